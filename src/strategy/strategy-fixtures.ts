/**
 * Strategy texts for the strategy tests: a small valid strategy (one early segment with a call, a
 * catch-all with an SMS) whose name can vary so two versions differ, and files on disk for the CLI.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Schema } from '../store/schema.js';

export function strategyYaml(name = 'early-and-late', callFrom = 1): string {
  return `name: ${name}
description: Borrower first, calls in the morning, a reminder for everyone else.
currency: CNY
windows:
  morning: { from: "09:00", to: "12:00", purpose: negotiation }
  afternoon: { from: "14:00", to: "18:00", purpose: follow-up }
grading:
  rules:
    - grade: poor
      when: { promises_broken: { gte: 2 } }
  default: good
tiering:
  rules:
    - tier: senior
      when: { dpd: { gte: 91 } }
  default: primary
tiers:
  primary:
    label_zh: 初级
    label_en: primary
    tone: friendly
    channels: [sms, email, wechat, phone, post]
    pressure: a reminder and an offer to help
    worked_by: [collector]
  intermediate:
    label_zh: 中级
    label_en: intermediate
    tone: firm
    channels: [sms, email, wechat, phone, post, visit]
    pressure: the consequences of not paying, stated plainly
    worked_by: [collector, team_lead]
  senior:
    label_zh: 高级
    label_en: senior
    tone: formal
    channels: [sms, email, wechat, phone, post, visit, review]
    pressure: lawful remedies, reviewed by legal
    worked_by: [team_lead, legal]
contact_order:
  obligors_after_days_without_rpc: 10
  third_parties_after_days_without_rpc: 20
tie_breaks: [easy_first, good_first, small_first]
segments:
  - id: early
    name_zh: 早期
    name_en: early
    when: { dpd: { between: [1, 30] } }
    treatment:
      - action: call
        on: { dpd_from: ${callFrom}, every: 3 }
        window: morning
  - id: rest
    name_zh: 其他
    name_en: everyone else
    treatment:
      - action: sms
        on: { paydays: true }
        window: afternoon
`;
}

export interface TempFiles {
  file(name: string, text: string): string;
  path(name: string): string;
  remove(): void;
}

export function tempFiles(): TempFiles {
  const dir = mkdtempSync(join(tmpdir(), 'dunwell-strategy-'));
  return {
    file(name, text) {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    },
    path: (name) => join(dir, name),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Users straight into the table: the user use cases are tested on their own. */
export async function seedUsers(
  db: Kysely<Schema>,
  users: readonly { id: string; role: string; active?: boolean }[],
): Promise<void> {
  const at = '2026-11-01T00:00:00.000Z';
  await db
    .insertInto('users')
    .values(
      users.map((u) => ({
        user_id: u.id,
        name: u.id,
        role: u.role,
        team_id: null,
        active: u.active === false ? 0 : 1,
        created_at: at,
        updated_at: at,
      })),
    )
    .execute();
}
