import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { USER_ROLES } from '../team/team-codes.js';
import { DISCLOSURE_RULE, disclosureOf, revealRefusal } from './disclosure-rule.js';
import { maskValue } from './mask-value.js';
import { normaliseValue } from './normalise-value.js';
import {
  contactTypesOf,
  FIELD_OF_CONTACT_TYPE,
  kindOfChannel,
  kindOfShape,
  PERSONAL_FIELDS,
} from './personal-fields.js';

const digits = (min: number, max: number) =>
  fc.array(fc.constantFrom(...'0123456789'), { minLength: min, maxLength: max }).map((d) => d.join(''));
/** The longest run of consecutive digits in `text`. */
const longestDigitRun = (text: string) => Math.max(0, ...(text.match(/\d+/g) ?? []).map((r) => r.length));

describe('masking personal data', () => {
  it('shows what the examples say', () => {
    expect(maskValue('phone', '13812345678')).toBe('138****5678');
    expect(maskValue('phone', '+86 138 0013 8000')).toBe('+86 138****8000');
    expect(maskValue('phone', '+1 212 555 0142')).toBe('+1 212****0142');
    expect(maskValue('phone', '+8613796176547')).toBe('+86 137****6547');
    expect(maskValue('phone', '+12125550142')).toBe('+1 212****0142');
    expect(maskValue('phone', '+447700900123')).toBe('+44 770****0123');
    expect(maskValue('phone', '95588')).toBe('****88');
    expect(maskValue('email', 'ann.lee@example.com')).toBe('a***@example.com');
    expect(maskValue('id_number', '110101199003071234')).toBe('1101**********1234');
    expect(maskValue('id_number', 'G1234567')).toBe('******67');
    expect(maskValue('address', '上海市浦东新区世纪大道100号3栋2单元1201室')).toBe('上海市浦东新区****');
    expect(maskValue('address', '北京市海淀区中关村大街1号')).toBe('北京市海淀区****');
    expect(maskValue('address', '1600 Main St, Apt 4, Springfield, IL 62701')).toBe('****, Springfield, IL');
    expect(maskValue('address', '12 High Street, London SW1A 1AA')).toBe('****, London');
    expect(maskValue('address', '12 High Street')).toBe('****');
    expect(maskValue('wechat', 'wxid_abc123xyz')).toBe('wx****');
    expect(maskValue('other', 'Zhang')).toBe('Z***');
    expect(maskValue('phone', '  ')).toBe('');
  });

  it('a phone number keeps at most its first three and last four digits (and the country code as written)', () => {
    fc.assert(
      fc.property(fc.constantFrom('', '+86 ', '+1 ', '+44 '), digits(8, 15), (cc, number) => {
        const masked = maskValue('phone', `${cc}${number}`);
        expect(masked).toBe(`${cc}${number.slice(0, 3)}****${number.slice(-4)}`);
        expect(masked).not.toContain(number);
        expect(longestDigitRun(masked.slice(cc.length))).toBeLessThanOrEqual(4);
      }),
    );
  });

  it('an ID number keeps its first and last four characters, its length, and nothing between', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9A-Z]{12,24}$/), (id) => {
        const masked = maskValue('id_number', id);
        expect(masked).toHaveLength(id.length);
        expect(masked.slice(0, 4)).toBe(id.slice(0, 4));
        expect(masked.slice(-4)).toBe(id.slice(-4));
        expect(masked.slice(4, -4)).toMatch(/^\*+$/);
      }),
    );
  });

  it('an e-mail keeps one character of the mailbox and the domain', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9._]{1,30}$/), fc.domain(), (local, domain) => {
        expect(maskValue('email', `${local}@${domain}`)).toBe(`${local[0]}***@${domain}`);
      }),
    );
  });

  it('an address never keeps a street number or more than its region', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('上海市', '北京市', '广东省深圳市', '四川省成都市'),
        fc.constantFrom('浦东新区', '海淀区', '南山区', '武侯区', ''),
        fc.constantFrom('世纪大道', '中关村大街', '人民路'),
        fc.integer({ min: 1, max: 9999 }),
        (city, district, road, no) => {
          const address = `${city}${district}${road}${no}号`;
          const masked = maskValue('address', address);
          expect(masked.endsWith('****')).toBe(true);
          expect(address.startsWith(masked.slice(0, -4))).toBe(true);
          expect(masked).not.toContain(road);
          expect(masked).not.toMatch(/\d/);
        },
      ),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99999 }), fc.stringMatching(/^[A-Z][a-z]{2,10}$/), (no, town) => {
        const masked = maskValue('address', `${no} Elm Street, Unit ${no}, ${town}, ZZ ${no}`);
        expect(masked).toBe(`****, ${town}, ZZ`);
      }),
    );
  });

  it('never shows a value whole: whatever the kind, a value of eight or more characters is changed', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PERSONAL_FIELDS, 'other' as const),
        fc.string({ minLength: 8, maxLength: 40 }),
        (kind, v) => {
          fc.pre(v.trim().length >= 8);
          expect(maskValue(kind, v)).not.toBe(v.trim());
        },
      ),
    );
  });
});

describe('normalising for the blind index', () => {
  it('makes the same value written two ways equal', () => {
    expect(normaliseValue('phone', '+86 139-1234-5678')).toBe('13912345678');
    expect(normaliseValue('phone', '0086 13912345678')).toBe('13912345678');
    expect(normaliseValue('phone', '(212) 555-0142')).toBe('2125550142');
    expect(normaliseValue('email', ' Ann@Example.COM ')).toBe('ann@example.com');
    expect(normaliseValue('id_number', ' 11010119900307123x')).toBe('11010119900307123X');
    expect(normaliseValue('address', ' 上海市  浦东新区\n世纪大道 ')).toBe('上海市 浦东新区 世纪大道');
    expect(normaliseValue('wechat', 'WXID_AB')).toBe('wxid_ab');
    expect(normaliseValue('phone', '１３９１２３４５６７８')).toBe('13912345678');
  });
});

describe('kinds of personal data', () => {
  it('maps contact types and channels onto the fields a reveal names', () => {
    expect(contactTypesOf('phone')).toEqual(['mobile', 'landline']);
    expect(Object.keys(FIELD_OF_CONTACT_TYPE)).toEqual(['mobile', 'landline', 'email', 'address', 'wechat']);
    expect(kindOfChannel('sms', 'x')).toBe('phone');
    expect(kindOfChannel('visit', 'x')).toBe('address');
    expect(kindOfChannel('note', '+86 138 0013 8000')).toBe('phone');
    expect(kindOfShape('ann@example.com')).toBe('email');
    expect(kindOfShape('somewhere')).toBe('other');
  });
});

describe('the disclosure rule', () => {
  it('grants a reveal exactly as the rule says for every role, field and situation', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...USER_ROLES),
        fc.constantFrom(...PERSONAL_FIELDS),
        fc.boolean(),
        fc.boolean(),
        (role, field, works, visits) => {
          const d = DISCLOSURE_RULE[role][field];
          const granted = d === 'any' || (d === 'own_work' && works) || (d === 'own_visits' && visits);
          expect(revealRefusal(role, field, { works, visits }) === null).toBe(granted);
        },
      ),
    );
  });

  it('never lets an auditor or an unknown role see anything; always lets a manager', () => {
    for (const field of PERSONAL_FIELDS) {
      expect(revealRefusal('auditor', field, { works: true, visits: true })).toMatch(/稽核员无权查看/);
      expect(disclosureOf('intern', field)).toBe('never');
      expect(revealRefusal('manager', field, { works: false, visits: false })).toBeNull();
    }
    expect(revealRefusal('collector', 'phone', { works: false, visits: false })).toBe(
      'a collector sees phone numbers only of parties on accounts they work (assigned or in their open work) / 催收员只能查看本人负责或待办账户相关人的电话号码',
    );
  });
});
