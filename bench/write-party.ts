/**
 * One borrower party of the benchmark dataset: a Chinese or English name, an id number, segment, region, time
 * zone and employer drawn from small lists, so names and ids look like a real book without any real person.
 * Kept apart from the dataset's money so both read on their own.
 */
import type { CsvWriter } from './csv-writer.js';
import type { Random } from './seeded-random.js';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '林',
];
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
];
const FIRST_EN = [
  'James',
  'Mary',
  'John',
  'Linda',
  'David',
  'Susan',
  'Michael',
  'Karen',
  'Daniel',
  'Emma',
  'Wei',
  'Lin',
];
const LAST_EN = ['Smith', 'Chen', 'Brown', 'Wong', 'Taylor', 'Lee', 'Walker', 'Ng', 'Harris', 'Clark', 'Young', 'Lau'];
const COMPANY_WORDS = ['星河', '华信', '金桥', '恒通', '远航', '嘉禾', '鼎盛', '新源'];
const COMPANY_TRADES = ['贸易', '物流', '餐饮', '建材', '科技', '服装'];
export const CITIES = ['深圳市', '广州市', '杭州市', '成都市', '武汉市', '上海市', '北京市', '西安市'];
const REGIONS = ['广东', '浙江', '四川', '湖北', '上海', '北京', '陕西', '江苏', '山东', '河南', '新疆'];
const PERSON_SEGMENTS = ['white_collar', 'white_collar', 'worker', 'worker', 'retiree', 'small_business', 'other'];
const OCCUPATIONS: Record<string, string> = {
  white_collar: '职员',
  worker: '工人',
  retiree: '退休',
  small_business: '个体经营',
  other: '自由职业',
  company: '',
};
function personName(rnd: Random): string {
  if (rnd.chance(0.85)) return `${rnd.pick(SURNAMES)}${rnd.pick(GIVEN)}${rnd.chance(0.5) ? rnd.pick(GIVEN) : ''}`;
  return `${rnd.pick(FIRST_EN)} ${rnd.pick(LAST_EN)}`;
}

/** Writes party P<n> and says whether it is a company. */
export function writeParty(out: CsvWriter, rnd: Random, n: number): boolean {
  const company = rnd.chance(0.05);
  const segment = company ? 'company' : rnd.pick(PERSON_SEGMENTS);
  const region = rnd.pick(REGIONS);
  const birth = company ? '' : `${rnd.int(1955, 2003)}-${pad(rnd.int(1, 12), 2)}-${pad(rnd.int(1, 28), 2)}`;
  out.row([
    `P${pad(n, 8)}`,
    company ? 'company' : 'person',
    company ? `${rnd.pick(CITIES)}${rnd.pick(COMPANY_WORDS)}${rnd.pick(COMPANY_TRADES)}有限公司` : personName(rnd),
    company
      ? `91${pad(rnd.int(0, 99_999_999), 8)}${pad(rnd.int(0, 99_999_999), 8)}`
      : `${pad(rnd.int(110_000, 659_999), 6)}${birth.replaceAll('-', '')}${pad(rnd.int(0, 9999), 4)}`,
    segment,
    region,
    region === '新疆' ? 'Asia/Urumqi' : 'Asia/Shanghai',
    rnd.chance(0.92) ? 'zh-CN' : 'en',
    birth,
    OCCUPATIONS[segment] ?? '',
    company || segment === 'retiree'
      ? ''
      : `${rnd.pick(CITIES)}${rnd.pick(COMPANY_WORDS)}${rnd.pick(COMPANY_TRADES)}有限公司`,
  ]);
  return company;
}
