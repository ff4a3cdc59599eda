/**
 * Who may see personal data in clear, as data: every output shows the masked form to everyone, and a
 * person whose role needs a value asks for it with a reason (`dunwell party reveal`), which is recorded.
 * The rule says, per role and field, when such a reveal is granted:
 *
 * - `never`: the role does not need it (an auditor verifies records, not people).
 * - `own_work`: for a party on an account the user works — assigned to them, or with an open work item of
 *   theirs (a collector about to call).
 * - `own_visits`: for a party on an account with an open visit the user makes (a field agent's address).
 * - `any`: for any party (a manager supervising, a legal officer filing a suit).
 */
import { ROLE_LABELS, type UserRole } from '../team/team-codes.js';
import type { PersonalField } from './personal-fields.js';

export const DISCLOSURES = ['never', 'own_work', 'own_visits', 'any'] as const;
export type Disclosure = (typeof DISCLOSURES)[number];

export const DISCLOSURE_RULE: Readonly<Record<UserRole, Readonly<Record<PersonalField, Disclosure>>>> = {
  admin: { phone: 'any', email: 'any', wechat: 'any', address: 'any', id_number: 'any' },
  manager: { phone: 'any', email: 'any', wechat: 'any', address: 'any', id_number: 'any' },
  team_lead: { phone: 'any', email: 'any', wechat: 'any', address: 'any', id_number: 'never' },
  collector: { phone: 'own_work', email: 'own_work', wechat: 'own_work', address: 'never', id_number: 'never' },
  field_agent: { phone: 'own_work', email: 'never', wechat: 'never', address: 'own_visits', id_number: 'never' },
  legal: { phone: 'any', email: 'any', wechat: 'never', address: 'any', id_number: 'any' },
  auditor: { phone: 'never', email: 'never', wechat: 'never', address: 'never', id_number: 'never' },
};

/** What the store knows about the user and the party, for the `own_*` grants. */
export interface RevealFacts {
  /** An account of the party is assigned to the user or has an open work item of theirs. */
  works: boolean;
  /** An account of the party has an open visit of theirs (as assignee or partner). */
  visits: boolean;
}

const FIELD_LABELS: Readonly<Record<PersonalField, { en: string; zh: string }>> = {
  phone: { en: 'phone numbers', zh: '电话号码' },
  email: { en: 'e-mail addresses', zh: '电子邮箱' },
  wechat: { en: 'WeChat ids', zh: '微信号' },
  address: { en: 'addresses', zh: '地址' },
  id_number: { en: 'ID numbers', zh: '证件号码' },
};

/** The disclosure of `field` to `role`; an unknown role gets `never`. */
export function disclosureOf(role: string, field: PersonalField): Disclosure {
  return (
    (DISCLOSURE_RULE as Readonly<Record<string, Readonly<Record<PersonalField, Disclosure>>>>)[role]?.[field] ?? 'never'
  );
}

/** Why `role` may not reveal `field` of this party (English / Chinese), or null when it may. */
export function revealRefusal(role: string, field: PersonalField, facts: RevealFacts): string | null {
  const disclosure = disclosureOf(role, field);
  const label = (ROLE_LABELS as Readonly<Record<string, { en: string; zh: string }>>)[role] ?? { en: role, zh: role };
  const what = FIELD_LABELS[field];
  const a = /^[aeiou]/.test(label.en) ? 'an' : 'a';
  switch (disclosure) {
    case 'any':
      return null;
    case 'own_work':
      return facts.works
        ? null
        : `${a} ${label.en} sees ${what.en} only of parties on accounts they work (assigned or in their open work) / ` +
            `${label.zh}只能查看本人负责或待办账户相关人的${what.zh}`;
    case 'own_visits':
      return facts.visits
        ? null
        : `${a} ${label.en} sees ${what.en} only of parties they have an open visit to / ${label.zh}只能查看本人待办外访对象的${what.zh}`;
    case 'never':
      return `${a} ${label.en} may not reveal ${what.en} / ${label.zh}无权查看${what.zh}明文`;
  }
}
