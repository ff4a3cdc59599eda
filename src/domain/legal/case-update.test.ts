/** The case state machine: every kind can reach an end, nothing follows an end, and each update's rules. */
import { describe, expect, it } from 'vitest';
import { isAppError } from '../errors.js';
import {
  CASE_KINDS,
  CASE_STATUS_LABELS,
  CASE_STATUSES,
  CASE_TRANSITIONS,
  FINAL_CASE_STATUSES,
  isFinalCaseStatus,
  nextCaseStatuses,
} from './case-codes.js';
import { applyCaseChange, type CaseState } from './case-update.js';

const TODAY = '2026-11-29';

function lawsuit(over: Partial<CaseState> = {}): CaseState {
  return {
    kind: 'lawsuit',
    status: 'preparing',
    openedOn: '2026-11-01',
    deadlineOn: null,
    claimAmount: 0,
    costs: 0,
    judgmentOn: null,
    judgmentAmount: null,
    recovered: 0,
    closedOn: null,
    ...over,
  };
}

function refused(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (error) {
    if (isAppError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('the case state machine', () => {
  it('lets every kind reach closed from preparing, and every reachable status end', () => {
    for (const kind of CASE_KINDS) {
      const reachable = new Set<string>(['preparing']);
      for (const s of reachable) for (const n of nextCaseStatuses(kind, s as never)) reachable.add(n);
      expect(reachable.has('closed'), kind).toBe(true);
      for (const s of reachable) {
        const ends = new Set<string>([s]);
        for (const e of ends) for (const n of nextCaseStatuses(kind, e as never)) ends.add(n);
        expect([...ends].some(isFinalCaseStatus), `${kind} ${s}`).toBe(true);
      }
    }
  });

  it('has nothing after a final status, and a label in both languages for every status', () => {
    for (const kind of CASE_KINDS)
      for (const s of FINAL_CASE_STATUSES) expect(CASE_TRANSITIONS[kind][s]).toBeUndefined();
    for (const s of CASE_STATUSES) {
      expect(CASE_STATUS_LABELS[s].en).not.toBe('');
      expect(CASE_STATUS_LABELS[s].zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('goes the notarized way only through the certificate, and the court ways never through it', () => {
    expect(nextCaseStatuses('notarized_enforcement', 'preparing')).toContain('certificate_applied');
    expect(nextCaseStatuses('notarized_enforcement', 'preparing')).not.toContain('filed');
    expect(nextCaseStatuses('notarized_enforcement', 'accepted')).not.toContain('hearing');
    expect(nextCaseStatuses('lawsuit', 'preparing')).not.toContain('certificate_applied');
    expect(nextCaseStatuses('lawsuit', 'judgment')).toContain('appeal');
    expect(nextCaseStatuses('arbitration', 'judgment')).not.toContain('appeal');
  });
});

describe('applyCaseChange', () => {
  it('moves along the machine and marks a filing', () => {
    const { next, filed } = applyCaseChange(lawsuit(), { status: 'filed', on: '2026-11-20', documents: 0 }, TODAY);
    expect(next.status).toBe('filed');
    expect(filed).toBe(true);
    expect(applyCaseChange(next, { status: 'accepted', on: '2026-11-21', documents: 0 }, TODAY).filed).toBe(false);
  });

  it('refuses a status the machine does not allow from here, naming what may follow', () => {
    const r = refused(() => applyCaseChange(lawsuit(), { status: 'judgment', on: TODAY, documents: 0 }, TODAY));
    expect(r.code).toBe('CONFLICT');
    expect(r.message).toBe('status: a lawsuit (诉讼) at preparing may go to filed, settled, withdrawn, not judgment');
    expect(
      refused(() => applyCaseChange(lawsuit(), { status: 'won', on: TODAY, documents: 0 }, TODAY)).message,
    ).toMatch(
      /"won" is not a case status; the statuses of a lawsuit are preparing, filed, settled, withdrawn, accepted/,
    );
    expect(
      refused(() => applyCaseChange(lawsuit(), { status: 'preparing', on: TODAY, documents: 0 }, TODAY)).message,
    ).toBe('status: the case is already preparing');
  });

  it('needs an amount for a judgment, the certificate for an issued certificate, and takes the day', () => {
    const hearing = lawsuit({ status: 'hearing' });
    expect(refused(() => applyCaseChange(hearing, { status: 'judgment', on: TODAY, documents: 0 }, TODAY)).code).toBe(
      'INVALID_INPUT',
    );
    const judged = applyCaseChange(
      hearing,
      { status: 'judgment', on: '2026-11-28', judgmentAmount: 310_000, documents: 0 },
      TODAY,
    );
    expect(judged.next).toMatchObject({ judgmentOn: '2026-11-28', judgmentAmount: 310_000 });
    expect(
      refused(() =>
        applyCaseChange(lawsuit({ status: 'filed' }), { judgmentAmount: 1, on: TODAY, documents: 0 }, TODAY),
      ).message,
    ).toMatch(/no judgment yet/);
    const applied = lawsuit({ kind: 'notarized_enforcement', status: 'certificate_applied' });
    expect(
      refused(() => applyCaseChange(applied, { status: 'certificate_issued', on: TODAY, documents: 0 }, TODAY)).message,
    ).toMatch(/执行证书/);
    expect(applyCaseChange(applied, { status: 'certificate_issued', on: TODAY, documents: 1 }, TODAY).next.status).toBe(
      'certificate_issued',
    );
  });

  it('closes on a final status, and afterwards takes only costs, recoveries and documents', () => {
    const { next } = applyCaseChange(lawsuit(), { status: 'withdrawn', on: '2026-11-10', documents: 0 }, TODAY);
    expect(next).toMatchObject({ status: 'withdrawn', closedOn: '2026-11-10' });
    expect(applyCaseChange(next, { costs: 50_000, recovered: 1, on: TODAY, documents: 1 }, TODAY).next).toMatchObject({
      costs: 50_000,
      recovered: 1,
      status: 'withdrawn',
    });
    const r = refused(() =>
      applyCaseChange(next, { status: 'filed', deadlineOn: '2027-01-01', on: TODAY, documents: 0 }, TODAY),
    );
    expect(r.code).toBe('CONFLICT');
    expect(r.message).toMatch(/^status, deadline: the case ended 2026-11-10 as withdrawn/);
  });

  it('checks the day, the amounts and that something changes', () => {
    expect(refused(() => applyCaseChange(lawsuit(), { on: TODAY, documents: 0 }, TODAY)).message).toMatch(
      /nothing to change/,
    );
    expect(
      refused(() => applyCaseChange(lawsuit(), { costs: 1, on: '2026-10-31', documents: 0 }, TODAY)).message,
    ).toMatch(/before the case was opened/);
    expect(
      refused(() => applyCaseChange(lawsuit(), { costs: 1, on: '2026-11-30', documents: 0 }, TODAY)).message,
    ).toMatch(/after today/);
    expect(refused(() => applyCaseChange(lawsuit(), { costs: -1, on: TODAY, documents: 0 }, TODAY)).message).toMatch(
      /costs: must be zero or more/,
    );
    expect(
      refused(() => applyCaseChange(lawsuit(), { deadlineOn: '2027-02-30', on: TODAY, documents: 0 }, TODAY)).message,
    ).toMatch(/deadline: "2027-02-30" is not a valid date/);
  });
});
