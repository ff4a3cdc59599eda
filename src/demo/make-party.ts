/**
 * Synthetic parties for the demo: customers (the obligors of an account) and the third parties around
 * them (spouse, relatives, friends, an employer, colleagues), each with the contact points a lender would
 * hold. Customers follow the methodology's customer types — white-collar staff, retirees, small-business
 * owners, workers, companies — with the ages, jobs and employers that go with each. Identity numbers all
 * start with "DEMO-" so nobody can mistake them for real ones.
 */
import { fromDay } from '../domain/calendar/calendar.js';
import type { Segment } from '../domain/party/party-codes.js';
import {
  type CompanyName,
  chineseCompanyName,
  chineseName,
  chineseNameWithSurname,
  englishCompanyName,
  englishName,
  type PersonName,
  type Sex,
  surnameOf,
} from './demo-names.js';
import {
  type Country,
  cityShort,
  landlineNumber,
  mobileNumber,
  type Place,
  placeIn,
  regionText,
  streetAddress,
} from './demo-places.js';
import type { Random } from './random.js';

export type DemoRecord = Record<string, string>;
export type { Segment };
export type Language = 'zh-CN' | 'en';

export interface DemoParty {
  partyId: string;
  kind: 'person' | 'company';
  name: string;
  segment: Segment | null;
  place: Place;
  language: Language;
  sex: Sex | null;
  /** The employer's name as the party gave it (persons), for the employer relation. */
  employer: string | null;
  record: DemoRecord;
  contacts: DemoRecord[];
}

const PERSON_SEGMENTS: Readonly<Record<Country, Readonly<Record<Exclude<Segment, 'company'>, number>>>> = {
  CN: { white_collar: 38, worker: 25, small_business: 15, retiree: 12, other: 10 },
  US: { white_collar: 45, worker: 30, small_business: 10, retiree: 10, other: 5 },
  GB: { white_collar: 55, worker: 15, small_business: 10, retiree: 5, other: 15 },
};

/** Age range per segment, in years. */
const AGES: Readonly<Record<Segment, readonly [number, number]>> = {
  white_collar: [23, 52],
  worker: [19, 58],
  small_business: [27, 62],
  retiree: [58, 78],
  other: [19, 65],
  company: [0, 0],
};

const OCCUPATIONS_ZH: Readonly<Record<Exclude<Segment, 'company'>, readonly string[]>> = {
  white_collar: [
    '软件工程师',
    '会计',
    '销售经理',
    '中学教师',
    '护士',
    '行政专员',
    '产品经理',
    '银行柜员',
    '人事专员',
    '平面设计师',
  ],
  worker: ['快递员', '建筑工人', '工厂操作工', '外卖骑手', '货车司机', '保安', '厨师', '装修工人', '电工'],
  small_business: ['个体工商户', '餐馆经营者', '服装店店主', '便利店店主', '装修公司老板', '网店经营者', '养殖户'],
  retiree: ['退休职工', '退休教师', '退休工人'],
  other: ['自由职业', '在读研究生', '待业', '家庭主妇', '网约车司机'],
};

const OCCUPATIONS_EN: Readonly<Record<Exclude<Segment, 'company'>, readonly string[]>> = {
  white_collar: [
    'Software Developer',
    'Accountant',
    'Registered Nurse',
    'Teacher',
    'Sales Manager',
    'Office Administrator',
  ],
  worker: ['Truck Driver', 'Warehouse Associate', 'Electrician', 'Line Cook', 'Delivery Driver', 'Security Officer'],
  small_business: ['Restaurant Owner', 'Contractor', 'Salon Owner', 'Online Retailer'],
  retiree: ['Retired'],
  other: ['Freelancer', 'Graduate Student', 'Between Jobs', 'Homemaker'],
};

/** How a synthetic party is described; everything else is drawn from `random`. */
export interface PartyOptions {
  partyId: string;
  asOfDay: number;
}

function personName(random: Random, language: Language, sex?: Sex): PersonName {
  return language === 'zh-CN' ? chineseName(random, sex) : englishName(random, sex);
}

function birthDate(random: Random, segment: Segment, asOfDay: number): string {
  const [min, max] = AGES[segment];
  return fromDay(asOfDay - random.int(Math.round(min * 365.25), Math.round(max * 365.25)));
}

function idNumber(random: Random, country: Country, birth: string): string {
  switch (country) {
    case 'CN':
      return `DEMO-${random.digits(6)}${birth.replaceAll('-', '')}${random.digits(4)}`;
    case 'US':
      return `DEMO-US-${random.digits(9)}`;
    case 'GB':
      return `DEMO-GB-QQ${random.digits(6)}C`;
  }
}

function employerName(random: Random, place: Place, language: Language): CompanyName {
  if (place.country === 'CN') {
    const company = chineseCompanyName(random, cityShort(place));
    return language === 'zh-CN' ? company : { name: company.english, handle: company.handle };
  }
  return englishCompanyName(random, place.country);
}

function email(random: Random, handle: string): string {
  const domain = random.pick(['example.com', 'example.net', 'example.org']);
  const suffix = random.chance(0.6) ? String(random.int(1, 99)) : '';
  return `${handle}${suffix}@${domain}`;
}

function wechatId(random: Random, handle: string): string {
  return random.chance(0.5)
    ? `wxid_${random.chars('abcdefghijklmnopqrstuvwxyz0123456789', 14)}`
    : `${handle.replace('.', '_')}_${random.digits(3)}`;
}

function contact(partyId: string, type: string, value: string, verified: boolean, doNotContact = false): DemoRecord {
  return { party_id: partyId, type, value, verified: verified ? '1' : '0', do_not_contact: doNotContact ? '1' : '0' };
}

/** Drops a second contact point that happens to repeat the first (the import key is party, type, value). */
function unique(contacts: DemoRecord[]): DemoRecord[] {
  const seen = new Set<string>();
  return contacts.filter((c) => {
    const key = `${c.type}\u0000${c.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function partyRecord(p: {
  partyId: string;
  kind: 'person' | 'company';
  name: string;
  idNumber?: string | undefined;
  segment?: Segment | null | undefined;
  place: Place;
  language: Language;
  birthDate?: string | undefined;
  occupation?: string | undefined;
  employer?: string | null | undefined;
}): DemoRecord {
  return {
    party_id: p.partyId,
    kind: p.kind,
    name: p.name,
    id_number: p.idNumber ?? '',
    segment: p.segment ?? '',
    region: regionText(p.place),
    timezone: p.place.timeZone,
    language: p.language,
    birth_date: p.birthDate ?? '',
    occupation: p.occupation ?? '',
    employer: p.employer ?? '',
  };
}

export interface PersonOptions extends PartyOptions {
  country: Country;
  /** Forces a segment (a guarantor of a company is its owner: small_business). */
  segment?: Exclude<Segment, 'company'>;
  /** Chinese-speaking people abroad keep Chinese names and language. */
  language?: Language;
}

/** An obligor: a borrower, co-borrower or guarantor, with identity, job and the full set of contact points. */
export function makeObligorPerson(random: Random, options: PersonOptions): DemoParty {
  const { partyId, asOfDay, country } = options;
  const place = placeIn(random, country);
  const language: Language = options.language ?? (country === 'CN' ? (random.chance(0.01) ? 'en' : 'zh-CN') : 'en');
  const segment = options.segment ?? random.weighted(PERSON_SEGMENTS[country]);
  const person = personName(random, language);
  const birth = birthDate(random, segment, asOfDay);
  const occupation = random.pick((language === 'zh-CN' ? OCCUPATIONS_ZH : OCCUPATIONS_EN)[segment]);
  let employer: string | null = null;
  if (segment === 'white_collar' || segment === 'worker' || segment === 'small_business') {
    employer = employerName(random, place, language).name;
  } else if (segment === 'retiree' && random.chance(0.6)) {
    employer = language === 'zh-CN' ? `原${employerName(random, place, language).name}` : null;
  }
  const contacts: DemoRecord[] = [];
  const dncMobile = random.chance(0.02);
  contacts.push(contact(partyId, 'mobile', mobileNumber(random, place), random.chance(0.85), dncMobile));
  if (random.chance(0.25)) contacts.push(contact(partyId, 'mobile', mobileNumber(random, place), random.chance(0.4)));
  if (segment === 'retiree' && place.country === 'CN' && random.chance(0.4)) {
    contacts.push(contact(partyId, 'landline', landlineNumber(random, place), random.chance(0.7)));
  }
  if (random.chance(place.country === 'CN' ? 0.5 : 0.85)) {
    contacts.push(contact(partyId, 'email', email(random, person.handle), random.chance(0.6)));
  }
  if (random.chance(0.92)) contacts.push(contact(partyId, 'address', streetAddress(random, place), random.chance(0.7)));
  if (employer !== null && segment !== 'retiree' && random.chance(0.4)) {
    contacts.push(contact(partyId, 'address', streetAddress(random, place, true), random.chance(0.5)));
  }
  if (language === 'zh-CN' && random.chance(place.country === 'CN' ? 0.7 : 0.5)) {
    contacts.push(contact(partyId, 'wechat', wechatId(random, person.handle), random.chance(0.5)));
  }
  return {
    partyId,
    kind: 'person',
    name: person.name,
    segment,
    place,
    language,
    sex: person.sex,
    employer,
    record: partyRecord({
      partyId,
      kind: 'person',
      name: person.name,
      idNumber: idNumber(random, country, birth),
      segment,
      place,
      language,
      birthDate: birth,
      occupation,
      employer,
    }),
    contacts: unique(contacts),
  };
}

/** A company customer (the debtor of invoices), with an office address, a switchboard and an accounts e-mail. */
export function makeCompany(random: Random, options: PartyOptions): DemoParty {
  const { partyId } = options;
  const place = placeIn(random, 'CN');
  const company = chineseCompanyName(random, cityShort(place));
  const contacts = [
    contact(partyId, 'landline', landlineNumber(random, place), random.chance(0.8)),
    contact(partyId, 'address', streetAddress(random, place, true), random.chance(0.9)),
    contact(partyId, 'email', email(random, `finance.${company.handle}`), random.chance(0.7)),
  ];
  if (random.chance(0.5)) contacts.push(contact(partyId, 'mobile', mobileNumber(random, place), random.chance(0.6)));
  return {
    partyId,
    kind: 'company',
    name: company.name,
    segment: 'company',
    place,
    language: 'zh-CN',
    sex: null,
    employer: null,
    record: partyRecord({
      partyId,
      kind: 'company',
      name: company.name,
      idNumber: `DEMO-91${random.digits(4)}${random.chars('0123456789ABCDEFGHJKLMNPQRTUWXY', 10)}`,
      segment: 'company',
      place,
      language: 'zh-CN',
    }),
    contacts: unique(contacts),
  };
}

export type ThirdPartyRole = 'emergency_contact' | 'spouse' | 'relative' | 'friend' | 'colleague' | 'other';

/**
 * A person around an obligor. The lender holds little about them — a name, a phone, sometimes WeChat —
 * and no identity number: they owe nothing and are only ever asked to pass a message on.
 */
export function makeThirdPerson(
  random: Random,
  options: PartyOptions & { of: DemoParty; role: ThirdPartyRole },
): DemoParty {
  const { partyId, of, role } = options;
  // Most live in the same city; a few relatives have moved away or abroad.
  const abroad = role === 'relative' && random.chance(0.05);
  const place = abroad
    ? placeIn(random, random.chance(0.6) ? 'GB' : 'US')
    : random.chance(0.8)
      ? of.place
      : placeIn(random, of.place.country);
  const language = of.language;
  let sex: Sex = random.chance(0.5) ? 'male' : 'female';
  if (role === 'spouse' && of.sex) sex = of.sex === 'male' ? 'female' : 'male';
  const person =
    role === 'relative' && language === 'zh-CN' && of.kind === 'person' && random.chance(0.6)
      ? chineseNameWithSurname(random, surnameOf({ name: of.name, handle: '', sex }), sex)
      : personName(random, language, sex);
  const contacts = [contact(partyId, 'mobile', mobileNumber(random, place), random.chance(0.5), random.chance(0.03))];
  if (language === 'zh-CN' && random.chance(0.3)) {
    contacts.push(contact(partyId, 'wechat', wechatId(random, person.handle), random.chance(0.3)));
  }
  if (role === 'spouse' && random.chance(0.5)) {
    contacts.push(contact(partyId, 'address', streetAddress(random, place), random.chance(0.5)));
  }
  return {
    partyId,
    kind: 'person',
    name: person.name,
    segment: null,
    place,
    language,
    sex: person.sex,
    employer: null,
    record: partyRecord({ partyId, kind: 'person', name: person.name, place, language }),
    contacts: unique(contacts),
  };
}

/** The borrower's employer as a party of its own (a company, reached through its switchboard or HR). */
export function makeEmployerParty(random: Random, options: PartyOptions & { of: DemoParty }): DemoParty {
  const { partyId, of } = options;
  const name = of.employer ?? employerName(random, of.place, of.language).name;
  const contacts = [contact(partyId, 'landline', landlineNumber(random, of.place), random.chance(0.6))];
  if (random.chance(0.5)) contacts.push(contact(partyId, 'address', streetAddress(random, of.place, true), true));
  return {
    partyId,
    kind: 'company',
    name,
    segment: 'company',
    place: of.place,
    language: of.language,
    sex: null,
    employer: null,
    record: partyRecord({ partyId, kind: 'company', name, segment: 'company', place: of.place, language: of.language }),
    contacts: unique(contacts),
  };
}
