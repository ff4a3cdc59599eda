import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkCapacity,
  checkId,
  checkLanguages,
  checkName,
  checkRegions,
  checkRole,
  checkSkills,
  checkStages,
  joinList,
  splitList,
  storedList,
} from './team-rules.js';

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    expect(error).toMatchObject({ code: 'INVALID_INPUT' });
    return error instanceof Error ? error.message : String(error);
  }
  return 'accepted';
};

describe('team rules', () => {
  it('takes ids of 1–64 safe characters and names the field of a bad one', () => {
    expect(checkId('user_id', 'wang.li_2-a')).toBe('wang.li_2-a');
    expect(refusal(() => checkId('user_id', ''))).toMatch(/^user_id: "" must be 1–64/);
    expect(refusal(() => checkId('team', 'early team'))).toMatch(/^team: /);
    expect(refusal(() => checkId('user_id', 'a'.repeat(65)))).toMatch(/^user_id: /);
    expect(refusal(() => checkId('user_id', '王伟'))).toMatch(/^user_id: /);
  });

  it('canonicalises language tags and refuses what is not one', () => {
    expect(checkLanguages(['zh-cn', 'EN', 'zh-CN', 'zh-Hans-CN'])).toEqual(['zh-CN', 'en', 'zh-Hans-CN']);
    expect(refusal(() => checkLanguages(['Chinese']))).toMatch(/^languages: "Chinese" is not a language tag/);
    expect(refusal(() => checkLanguages(['en-US-u-ca-gregory']))).toMatch(/^languages: /);
  });

  it('checks roles, skills, stages, names, regions and capacity, naming the field', () => {
    expect(checkRole('field_agent')).toBe('field_agent');
    expect(refusal(() => checkRole('boss'))).toMatch(/^role: "boss" is not a role; the roles are admin, manager/);
    expect(checkSkills(['sme', 'field'])).toEqual(['sme', 'field']);
    expect(refusal(() => checkSkills(['sme', 'karate']))).toMatch(/^skills: "karate"/);
    // Stages come back in life-cycle order, whatever order they were typed in.
    expect(checkStages(['terminal', 'late'])).toEqual(['late', 'terminal']);
    expect(checkStages([])).toEqual([]);
    expect(refusal(() => checkStages(['early', 'M2']))).toMatch(/^stages: "M2" is not a stage/);
    expect(checkName('name', '  王丽  ')).toBe('王丽');
    expect(refusal(() => checkName('name', '   '))).toBe('name: must not be blank');
    expect(checkRegions(['CN-GD 深圳市'])).toEqual(['CN-GD 深圳市']);
    expect(refusal(() => checkRegions(['a\tb']))).toMatch(/^regions: /);
    expect(checkCapacity(0)).toBe(0);
    expect(checkCapacity(500)).toBe(500);
    for (const bad of [-1, 501, 2.5, Number.NaN]) expect(refusal(() => checkCapacity(bad))).toMatch(/^capacity: /);
  });

  it('splits comma lists as typed and stores them so they read back the same', () => {
    expect(splitList(' zh-CN, en,,zh-CN ')).toEqual(['zh-CN', 'en']);
    expect(splitList('')).toEqual([]);
    const item = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !s.includes(',') && s.trim() === s);
    fc.assert(
      fc.property(fc.uniqueArray(item, { maxLength: 8 }), (items) => {
        expect(storedList(joinList(items))).toEqual(items);
        expect(splitList(joinList(items))).toEqual(items);
      }),
    );
  });
});
