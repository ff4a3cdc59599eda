import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compliancePack } from '../compliance/compliance-packs.js';
import { legalCostCap } from '../domain/legal/interest-cap.js';
import { lprOn } from '../domain/legal/lpr.js';
import { LPR_YAML } from './lpr-data.js';
import { lprTable, parseLprDocument } from './lpr-table.js';

describe('the shipped LPR table', () => {
  it('is the text of examples/lpr.yaml, byte for byte, and valid', () => {
    expect(LPR_YAML).toBe(readFileSync('examples/lpr.yaml', 'utf8'));
    expect(parseLprDocument(LPR_YAML)).toMatchObject({ ok: true });
  });

  it('has the one-year LPR since the reform of August 2019', () => {
    const table = lprTable();
    expect(table.values[0]).toMatchObject({ from: '2019-08-20', percent: '4.25' });
    expect(lprOn(table, '2019-08-19')).toBeNull();
    expect(lprOn(table, '2021-06-30')?.percent).toBe('3.85');
    expect(lprOn(table, '2023-01-01')?.percent).toBe('3.65');
    expect(lprOn(table, '2025-01-01')?.percent).toBe('3.10');
    expect(lprOn(table, '2026-06-01')?.percent).toBe('3.00');
  });

  it('gives the cn pack’s caps: 4 × LPR for private lending, 24 % for licensed lenders', () => {
    const { interest } = compliancePack('cn');
    const cap = (lenderKind: 'licensed' | 'private', openedOn: string) =>
      legalCostCap(interest, { lenderKind, openedOn, product: 'installment_loan' }, lprTable())?.rate.text;
    expect(cap('private', '2021-06-30')).toBe('0.154');
    expect(cap('private', '2026-06-01')).toBe('0.12');
    expect(cap('licensed', '2026-06-01')).toBe('0.24');
    expect(
      legalCostCap(interest, { lenderKind: 'private', openedOn: '2026-06-01', product: 'invoice' }, lprTable()),
    ).toBeNull();
    expect(compliancePack('us-regf').interest.caps).toEqual({});
  });
});

describe('an LPR table that is wrong', () => {
  it('refuses days out of order, a percentage typed as a fraction, a checked day before the last value', () => {
    const broken = (from: string, to: string) => parseLprDocument(LPR_YAML.replace(from, to));
    expect(broken("'2019-09-20', percent: '4.20'", "'2019-08-01', percent: '4.20'")).toMatchObject({
      ok: false,
      errors: [{ path: 'values[1].from' }],
    });
    expect(broken("percent: '3.85'", "percent: '0.0385'")).toMatchObject({
      ok: false,
      errors: [{ path: 'values[4].percent' }],
    });
    expect(broken("checked_through: '2025-05-20'", "checked_through: '2024-01-01'")).toMatchObject({
      ok: false,
      errors: [{ path: 'checked_through', message: "is before the last value's day, 2025-05-20" }],
    });
  });
});
