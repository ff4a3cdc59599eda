/**
 * The legal parts of the shipped rule packs (limitation and interest) as data: what each pack encodes,
 * every effect with its citation, and a pack whose legal part is wrong refused by path.
 */
import { describe, expect, it } from 'vitest';
import { compliancePack, PACK_TEXTS, parseCompliancePack } from '../compliance/compliance-packs.js';
import { PACK_IDS } from '../domain/compliance/compliance-codes.js';
import { LIMITATION_EVENT_TYPES } from '../domain/legal/limitation-codes.js';

describe('the packs’ limitation and interest parts', () => {
  it('cn: 3 years, the cn calendar, 20 years absolute; every event restarts, payment and acknowledgement waive', () => {
    const { limitation, interest } = compliancePack('cn');
    expect(limitation).toMatchObject({
      periods: { all: 3 },
      default_period: 'all',
      counting: { no_matching_day: 'month_end', last_day_off: 'next_working_day', calendar: 'cn' },
      absolute: { years: 20 },
    });
    expect(Object.keys(limitation.restarts).sort()).toEqual([...LIMITATION_EVENT_TYPES].sort());
    expect(Object.keys(limitation.waived_by).sort()).toEqual(['acknowledgement', 'payment', 'plan_agreed']);
    expect(limitation.restarts.demand_delivered).toMatch(/第一百九十五条.*第八条/);
    expect(limitation.restarts.assignment_notice_delivered).toMatch(/第十七条/);
    expect(limitation.waived_by.acknowledgement).toMatch(/第一百九十二条.*第十九条/);
    expect(interest).toMatchObject({
      products: ['installment_loan'],
      caps: { licensed: { rate: '0.24' }, private: { lpr_multiple: 4, lpr_from: '2020-08-20', before: '0.24' } },
      penalty_uplift: { min: '0.3', max: '0.5', lender_kinds: ['licensed'] },
    });
  });

  it('uk-conc: 6 years (5 in Scotland), no demand restarts it, nothing revives it; us-regf: 3 years by default', () => {
    const uk = compliancePack('uk-conc').limitation;
    expect(uk).toMatchObject({ default_period: 'england_wales', absolute: null, waived_by: {} });
    expect(uk.restarts.demand_delivered).toBeUndefined();
    expect(uk.restarts.acknowledgement).toMatch(/s\.30/);
    const us = compliancePack('us-regf').limitation;
    expect(us).toMatchObject({ periods: { default: 3 }, default_period: 'default', waived_by: {} });
    expect(us.citation).toMatch(/\[check\]/);
    for (const pack of ['uk-conc', 'us-regf'] as const) {
      expect(compliancePack(pack).interest).toMatchObject({ products: [], caps: {}, penalty_uplift: null });
    }
  });

  it('every effect of every pack has a citation', () => {
    for (const id of PACK_IDS) {
      const { limitation } = compliancePack(id);
      for (const citation of [...Object.values(limitation.restarts), ...Object.values(limitation.waived_by)]) {
        expect(citation?.length, id).toBeGreaterThan(5);
      }
      expect(limitation.counting.citation.length, id).toBeGreaterThan(5);
    }
  });
});

describe('a pack whose legal part is wrong', () => {
  const broken = (from: string, to: string) => {
    expect(PACK_TEXTS.cn).toContain(from);
    return parseCompliancePack(PACK_TEXTS.cn.replace(from, to));
  };

  it('names the path of an unknown period, calendar or event, and an uplift range upside down', () => {
    expect(broken('  default_period: all\n', '  default_period: mainland\n')).toMatchObject({
      ok: false,
      errors: [{ path: 'limitation.default_period', message: '"mainland" is not one of the periods (all)' }],
    });
    expect(broken('    calendar: cn\n', '    calendar: hk\n')).toMatchObject({
      ok: false,
      errors: [
        { path: 'limitation.counting.calendar', message: 'no holiday calendar "hk" is shipped (there are: cn)' },
      ],
    });
    expect(broken('    demand_delivered: 《民法典》', '    demand_posted: 《民法典》')).toMatchObject({
      ok: false,
      errors: [{ path: 'limitation.restarts.demand_posted', message: 'unknown key "demand_posted"' }],
    });
    expect(broken("    max: '0.5'\n", "    max: '0.2'\n")).toMatchObject({
      ok: false,
      errors: [{ path: 'interest.penalty_uplift.max', message: 'is below min (0.3)' }],
    });
    expect(broken("      rate: '0.24'\n", "      rate: '24'\n")).toMatchObject({
      ok: false,
      errors: [{ path: 'interest.caps.licensed.rate', message: "a rate is a decimal fraction: '0.24' is 24 %" }],
    });
  });
});
