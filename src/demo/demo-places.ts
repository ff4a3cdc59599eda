/**
 * Where synthetic parties live: regions (ISO 3166-2 code plus city), the IANA time zone that goes with
 * each, and phone numbers and addresses in the local format. US and UK numbers come from the ranges set
 * aside for fiction (555-01xx, 07700 900xxx); Chinese mobiles have no such range, so they are random.
 */
import type { Random } from './random.js';

export type Country = 'CN' | 'US' | 'GB';

export interface Place {
  country: Country;
  /** ISO 3166-2 subdivision code */
  code: string;
  /** The city as locals write it */
  city: string;
  timeZone: string;
  /** Landline area code without the trunk prefix */
  areaCode: string;
  postcode: string;
  /** Relative share of customers */
  weight: number;
}

const CN: readonly Place[] = [
  {
    country: 'CN',
    code: 'CN-BJ',
    city: '北京市',
    timeZone: 'Asia/Shanghai',
    areaCode: '10',
    postcode: '100',
    weight: 7,
  },
  {
    country: 'CN',
    code: 'CN-SH',
    city: '上海市',
    timeZone: 'Asia/Shanghai',
    areaCode: '21',
    postcode: '200',
    weight: 7,
  },
  {
    country: 'CN',
    code: 'CN-GD',
    city: '广州市',
    timeZone: 'Asia/Shanghai',
    areaCode: '20',
    postcode: '510',
    weight: 5,
  },
  {
    country: 'CN',
    code: 'CN-GD',
    city: '深圳市',
    timeZone: 'Asia/Shanghai',
    areaCode: '755',
    postcode: '518',
    weight: 6,
  },
  {
    country: 'CN',
    code: 'CN-GD',
    city: '东莞市',
    timeZone: 'Asia/Shanghai',
    areaCode: '769',
    postcode: '523',
    weight: 3,
  },
  {
    country: 'CN',
    code: 'CN-ZJ',
    city: '杭州市',
    timeZone: 'Asia/Shanghai',
    areaCode: '571',
    postcode: '310',
    weight: 4,
  },
  {
    country: 'CN',
    code: 'CN-ZJ',
    city: '温州市',
    timeZone: 'Asia/Shanghai',
    areaCode: '577',
    postcode: '325',
    weight: 2,
  },
  {
    country: 'CN',
    code: 'CN-JS',
    city: '南京市',
    timeZone: 'Asia/Shanghai',
    areaCode: '25',
    postcode: '210',
    weight: 3,
  },
  {
    country: 'CN',
    code: 'CN-JS',
    city: '苏州市',
    timeZone: 'Asia/Shanghai',
    areaCode: '512',
    postcode: '215',
    weight: 3,
  },
  {
    country: 'CN',
    code: 'CN-SC',
    city: '成都市',
    timeZone: 'Asia/Shanghai',
    areaCode: '28',
    postcode: '610',
    weight: 4,
  },
  {
    country: 'CN',
    code: 'CN-CQ',
    city: '重庆市',
    timeZone: 'Asia/Shanghai',
    areaCode: '23',
    postcode: '400',
    weight: 3,
  },
  {
    country: 'CN',
    code: 'CN-HB',
    city: '武汉市',
    timeZone: 'Asia/Shanghai',
    areaCode: '27',
    postcode: '430',
    weight: 3,
  },
  {
    country: 'CN',
    code: 'CN-HN',
    city: '长沙市',
    timeZone: 'Asia/Shanghai',
    areaCode: '731',
    postcode: '410',
    weight: 2,
  },
  {
    country: 'CN',
    code: 'CN-HA',
    city: '郑州市',
    timeZone: 'Asia/Shanghai',
    areaCode: '371',
    postcode: '450',
    weight: 3,
  },
  {
    country: 'CN',
    code: 'CN-SD',
    city: '济南市',
    timeZone: 'Asia/Shanghai',
    areaCode: '531',
    postcode: '250',
    weight: 2,
  },
  {
    country: 'CN',
    code: 'CN-SD',
    city: '青岛市',
    timeZone: 'Asia/Shanghai',
    areaCode: '532',
    postcode: '266',
    weight: 2,
  },
  {
    country: 'CN',
    code: 'CN-FJ',
    city: '厦门市',
    timeZone: 'Asia/Shanghai',
    areaCode: '592',
    postcode: '361',
    weight: 2,
  },
  {
    country: 'CN',
    code: 'CN-FJ',
    city: '福州市',
    timeZone: 'Asia/Shanghai',
    areaCode: '591',
    postcode: '350',
    weight: 2,
  },
  {
    country: 'CN',
    code: 'CN-SN',
    city: '西安市',
    timeZone: 'Asia/Shanghai',
    areaCode: '29',
    postcode: '710',
    weight: 2,
  },
  {
    country: 'CN',
    code: 'CN-TJ',
    city: '天津市',
    timeZone: 'Asia/Shanghai',
    areaCode: '22',
    postcode: '300',
    weight: 2,
  },
  {
    country: 'CN',
    code: 'CN-LN',
    city: '沈阳市',
    timeZone: 'Asia/Shanghai',
    areaCode: '24',
    postcode: '110',
    weight: 2,
  },
  {
    country: 'CN',
    code: 'CN-HL',
    city: '哈尔滨市',
    timeZone: 'Asia/Shanghai',
    areaCode: '451',
    postcode: '150',
    weight: 1,
  },
  {
    country: 'CN',
    code: 'CN-YN',
    city: '昆明市',
    timeZone: 'Asia/Shanghai',
    areaCode: '871',
    postcode: '650',
    weight: 1,
  },
  {
    country: 'CN',
    code: 'CN-GX',
    city: '南宁市',
    timeZone: 'Asia/Shanghai',
    areaCode: '771',
    postcode: '530',
    weight: 1,
  },
  // Xinjiang keeps its own local time as well as Beijing time; the demo records the local zone.
  {
    country: 'CN',
    code: 'CN-XJ',
    city: '乌鲁木齐市',
    timeZone: 'Asia/Urumqi',
    areaCode: '991',
    postcode: '830',
    weight: 1.5,
  },
  {
    country: 'CN',
    code: 'CN-XJ',
    city: '喀什市',
    timeZone: 'Asia/Urumqi',
    areaCode: '998',
    postcode: '844',
    weight: 0.5,
  },
];

const US: readonly Place[] = [
  {
    country: 'US',
    code: 'US-NY',
    city: 'New York',
    timeZone: 'America/New_York',
    areaCode: '212',
    postcode: '100',
    weight: 4,
  },
  {
    country: 'US',
    code: 'US-NJ',
    city: 'Newark',
    timeZone: 'America/New_York',
    areaCode: '973',
    postcode: '071',
    weight: 1,
  },
  {
    country: 'US',
    code: 'US-CA',
    city: 'Los Angeles',
    timeZone: 'America/Los_Angeles',
    areaCode: '213',
    postcode: '900',
    weight: 3,
  },
  {
    country: 'US',
    code: 'US-CA',
    city: 'San Francisco',
    timeZone: 'America/Los_Angeles',
    areaCode: '415',
    postcode: '941',
    weight: 2,
  },
  {
    country: 'US',
    code: 'US-WA',
    city: 'Seattle',
    timeZone: 'America/Los_Angeles',
    areaCode: '206',
    postcode: '981',
    weight: 1,
  },
  {
    country: 'US',
    code: 'US-IL',
    city: 'Chicago',
    timeZone: 'America/Chicago',
    areaCode: '312',
    postcode: '606',
    weight: 2,
  },
  {
    country: 'US',
    code: 'US-TX',
    city: 'Houston',
    timeZone: 'America/Chicago',
    areaCode: '713',
    postcode: '770',
    weight: 2,
  },
];

const GB: readonly Place[] = [
  {
    country: 'GB',
    code: 'GB-LND',
    city: 'London',
    timeZone: 'Europe/London',
    areaCode: '20',
    postcode: 'E1',
    weight: 3,
  },
  {
    country: 'GB',
    code: 'GB-MAN',
    city: 'Manchester',
    timeZone: 'Europe/London',
    areaCode: '161',
    postcode: 'M1',
    weight: 1,
  },
];

const weighted = (places: readonly Place[]) => places.map((p) => [p, p.weight] as const);
const BY_COUNTRY: Readonly<Record<Country, readonly (readonly [Place, number])[]>> = {
  CN: weighted(CN),
  US: weighted(US),
  GB: weighted(GB),
};

export function placeIn(random: Random, country: Country): Place {
  return random.weightedItem(BY_COUNTRY[country]);
}

/** "CN-GD 深圳市", "US-NY New York": groupable by code, readable by people. */
export function regionText(place: Place): string {
  return `${place.code} ${place.city}`;
}

/** The city without its administrative suffix, as a company name prefix: 深圳市 → 深圳. */
export function cityShort(place: Place): string {
  return place.country === 'CN' ? place.city.replace(/市$/, '') : place.city;
}

const CN_MOBILE_PREFIXES = [
  '130',
  '131',
  '132',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '155',
  '158',
  '159',
  '166',
  '177',
  '180',
  '181',
  '186',
  '187',
  '188',
  '189',
  '199',
];

export function mobileNumber(random: Random, place: Place): string {
  switch (place.country) {
    case 'CN':
      return `+86${random.pick(CN_MOBILE_PREFIXES)}${random.digits(8)}`;
    case 'US':
      return `+1${place.areaCode}55501${random.digits(2)}`;
    case 'GB':
      return `+447700900${random.digits(3)}`;
  }
}

export function landlineNumber(random: Random, place: Place): string {
  switch (place.country) {
    case 'CN': {
      const length = place.areaCode.length === 2 ? 8 : 7;
      return `+86${place.areaCode}${String(random.int(2, 8))}${random.digits(length - 1)}`;
    }
    case 'US':
      return `+1${place.areaCode}55501${random.digits(2)}`;
    case 'GB':
      // Ofcom's drama ranges: London 020 7946 0xxx, Manchester 0161 496 0xxx.
      return place.areaCode === '20' ? `+442079460${random.digits(3)}` : `+441614960${random.digits(3)}`;
  }
}

const CN_DISTRICTS = ['高新区', '经济开发区', '城东区', '城西区', '新城区', '滨江区', '南山区', '中心区'];
const CN_ROADS = [
  '人民路',
  '中山路',
  '解放路',
  '建设路',
  '和平路',
  '新华路',
  '长江路',
  '科技园路',
  '环城东路',
  '文化路',
  '工业大道',
  '学府路',
];
const CN_COMPOUNDS = ['阳光花园', '锦绣家园', '翠湖苑', '金色港湾', '幸福里小区', '紫荆城', '御景华庭', '世纪新城'];
const US_STREETS = [
  'Main St',
  'Oak Ave',
  'Maple Dr',
  'Cedar Ln',
  'Elm St',
  'Park Ave',
  'Washington Blvd',
  'Lake Rd',
  'Pine St',
  'Sunset Blvd',
];
const GB_STREETS = [
  'High Street',
  'Station Road',
  'Church Lane',
  'Victoria Road',
  'Mill Lane',
  'Green Lane',
  'Queens Road',
];

/** A home (or, for companies, office) address in the place's own format. */
export function streetAddress(random: Random, place: Place, office = false): string {
  switch (place.country) {
    case 'CN': {
      const district = random.pick(CN_DISTRICTS);
      const road = random.pick(CN_ROADS);
      const number = random.int(1, 999);
      if (office)
        return `${place.city}${district}${road}${number}号${random.int(1, 30)}层${random.int(1, 20)}0${random.int(1, 9)}室`;
      return `${place.city}${district}${road}${number}号${random.pick(CN_COMPOUNDS)}${random.int(1, 30)}栋${random.int(1, 4)}单元${random.int(1, 33)}0${random.int(1, 6)}室`;
    }
    case 'US': {
      const unit = office ? `, Suite ${random.int(100, 900)}` : random.chance(0.4) ? `, Apt ${random.int(1, 40)}` : '';
      const state = place.code.slice(3);
      return `${random.int(10, 9999)} ${random.pick(US_STREETS)}${unit}, ${place.city}, ${state} ${place.postcode}${random.digits(2)}`;
    }
    case 'GB':
      return `${random.int(1, 220)} ${random.pick(GB_STREETS)}, ${place.city} ${place.postcode} ${random.int(1, 9)}${random.chars('ABDEFGHJLNPQRSTUWXYZ', 2)}`;
  }
}
