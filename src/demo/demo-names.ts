/**
 * Word lists for synthetic people and companies. Chinese characters carry their pinyin so e-mail
 * addresses and WeChat ids look like the ones real customers choose. Surnames are weighted roughly by how
 * common they are, so the demo has many 王, 李 and 张 and a few rarer names.
 */
import type { Random } from './random.js';

/** [surname, pinyin, weight] */
const CHINESE_SURNAMES: readonly (readonly [string, string, number])[] = [
  ['王', 'wang', 72],
  ['李', 'li', 70],
  ['张', 'zhang', 66],
  ['刘', 'liu', 53],
  ['陈', 'chen', 46],
  ['杨', 'yang', 35],
  ['黄', 'huang', 25],
  ['赵', 'zhao', 21],
  ['吴', 'wu', 20],
  ['周', 'zhou', 20],
  ['徐', 'xu', 15],
  ['孙', 'sun', 15],
  ['马', 'ma', 14],
  ['朱', 'zhu', 13],
  ['胡', 'hu', 12],
  ['郭', 'guo', 12],
  ['何', 'he', 11],
  ['林', 'lin', 10],
  ['高', 'gao', 10],
  ['罗', 'luo', 10],
  ['郑', 'zheng', 9],
  ['梁', 'liang', 9],
  ['谢', 'xie', 8],
  ['宋', 'song', 7],
  ['唐', 'tang', 7],
  ['许', 'xu', 7],
  ['韩', 'han', 6],
  ['冯', 'feng', 6],
  ['邓', 'deng', 6],
  ['曹', 'cao', 6],
  ['彭', 'peng', 5],
  ['曾', 'zeng', 5],
  ['肖', 'xiao', 5],
  ['田', 'tian', 5],
  ['董', 'dong', 5],
  ['潘', 'pan', 4],
  ['袁', 'yuan', 4],
  ['蔡', 'cai', 4],
  ['蒋', 'jiang', 4],
  ['余', 'yu', 4],
  ['于', 'yu', 4],
  ['杜', 'du', 4],
  ['叶', 'ye', 4],
  ['程', 'cheng', 4],
  ['魏', 'wei', 3],
  ['苏', 'su', 3],
  ['吕', 'lv', 3],
  ['丁', 'ding', 3],
  ['任', 'ren', 3],
  ['卢', 'lu', 3],
  ['姚', 'yao', 3],
  ['沈', 'shen', 3],
  ['钟', 'zhong', 3],
  ['姜', 'jiang', 3],
  ['崔', 'cui', 3],
  ['谭', 'tan', 3],
  ['陆', 'lu', 3],
  ['范', 'fan', 2],
  ['汪', 'wang', 2],
  ['廖', 'liao', 2],
  ['石', 'shi', 2],
  ['金', 'jin', 2],
  ['贾', 'jia', 2],
  ['夏', 'xia', 2],
  ['欧阳', 'ouyang', 1],
  ['司马', 'sima', 0.3],
];

const WEIGHTED_SURNAMES = CHINESE_SURNAMES.map(([s, p, w]) => [[s, p] as const, w] as const);

/** [character, pinyin]; given names are one or two of these. */
const GIVEN_MALE: readonly (readonly [string, string])[] = [
  ['伟', 'wei'],
  ['强', 'qiang'],
  ['磊', 'lei'],
  ['军', 'jun'],
  ['勇', 'yong'],
  ['杰', 'jie'],
  ['涛', 'tao'],
  ['斌', 'bin'],
  ['超', 'chao'],
  ['明', 'ming'],
  ['刚', 'gang'],
  ['平', 'ping'],
  ['辉', 'hui'],
  ['鹏', 'peng'],
  ['华', 'hua'],
  ['飞', 'fei'],
  ['鑫', 'xin'],
  ['波', 'bo'],
  ['宇', 'yu'],
  ['浩', 'hao'],
  ['凯', 'kai'],
  ['健', 'jian'],
  ['俊', 'jun'],
  ['帆', 'fan'],
  ['建', 'jian'],
  ['国', 'guo'],
  ['志', 'zhi'],
  ['文', 'wen'],
  ['博', 'bo'],
  ['海', 'hai'],
  ['东', 'dong'],
  ['晨', 'chen'],
  ['峰', 'feng'],
  ['子', 'zi'],
  ['天', 'tian'],
  ['成', 'cheng'],
];

const GIVEN_FEMALE: readonly (readonly [string, string])[] = [
  ['芳', 'fang'],
  ['娜', 'na'],
  ['敏', 'min'],
  ['静', 'jing'],
  ['丽', 'li'],
  ['艳', 'yan'],
  ['娟', 'juan'],
  ['霞', 'xia'],
  ['秀', 'xiu'],
  ['玲', 'ling'],
  ['婷', 'ting'],
  ['雪', 'xue'],
  ['慧', 'hui'],
  ['莹', 'ying'],
  ['欣', 'xin'],
  ['悦', 'yue'],
  ['佳', 'jia'],
  ['琳', 'lin'],
  ['倩', 'qian'],
  ['颖', 'ying'],
  ['梅', 'mei'],
  ['兰', 'lan'],
  ['红', 'hong'],
  ['晓', 'xiao'],
  ['雨', 'yu'],
  ['思', 'si'],
  ['诗', 'shi'],
  ['萱', 'xuan'],
  ['月', 'yue'],
  ['桂', 'gui'],
  ['英', 'ying'],
  ['春', 'chun'],
];

const ENGLISH_MALE = [
  'James',
  'John',
  'Robert',
  'Michael',
  'William',
  'David',
  'Richard',
  'Joseph',
  'Thomas',
  'Daniel',
  'Matthew',
  'Anthony',
  'Mark',
  'Steven',
  'Andrew',
  'Joshua',
  'Kevin',
  'Brian',
  'George',
  'Oliver',
  'Harry',
  'Jack',
  'Samuel',
  'Ethan',
  'Luis',
  'Carlos',
  'Marcus',
  'Tyrone',
] as const;

const ENGLISH_FEMALE = [
  'Mary',
  'Patricia',
  'Jennifer',
  'Linda',
  'Elizabeth',
  'Barbara',
  'Susan',
  'Jessica',
  'Sarah',
  'Karen',
  'Emily',
  'Emma',
  'Olivia',
  'Sophie',
  'Charlotte',
  'Amelia',
  'Grace',
  'Hannah',
  'Megan',
  'Rachel',
  'Maria',
  'Ana',
  'Keisha',
  'Priya',
] as const;

const ENGLISH_SURNAMES = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Garcia',
  'Miller',
  'Davis',
  'Rodriguez',
  'Martinez',
  'Wilson',
  'Anderson',
  'Taylor',
  'Thomas',
  'Moore',
  'Jackson',
  'Martin',
  'Lee',
  'Thompson',
  'White',
  'Harris',
  'Clark',
  'Lewis',
  'Walker',
  'Hall',
  'Young',
  'King',
  'Wright',
  'Evans',
  'Roberts',
  'Patel',
  'Hughes',
  'Green',
  'Baker',
  'Nguyen',
  'Kim',
  "O'Brien",
  'Murphy',
] as const;

export type Sex = 'male' | 'female';

export interface PersonName {
  /** As the person writes it: 王建国, or "Sarah Wilson". */
  name: string;
  /** Latin letters for handles and e-mail addresses: jianguo.wang, sarah.wilson. */
  handle: string;
  sex: Sex;
}

export function chineseName(random: Random, sex: Sex = random.chance(0.5) ? 'male' : 'female'): PersonName {
  const [surname, surnamePinyin] = random.weightedItem(WEIGHTED_SURNAMES);
  const pool = sex === 'male' ? GIVEN_MALE : GIVEN_FEMALE;
  const first = random.pick(pool);
  const two = random.chance(0.7);
  const second = two ? random.pick(pool) : undefined;
  const given = first[0] + (second?.[0] ?? '');
  const givenPinyin = first[1] + (second?.[1] ?? '');
  return { name: surname + given, handle: `${givenPinyin}.${surnamePinyin}`, sex };
}

export function englishName(random: Random, sex: Sex = random.chance(0.5) ? 'male' : 'female'): PersonName {
  const first = random.pick(sex === 'male' ? ENGLISH_MALE : ENGLISH_FEMALE);
  const last = random.pick(ENGLISH_SURNAMES);
  return { name: `${first} ${last}`, handle: `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, ''), sex };
}

/** A Chinese surname alone, for relatives who share it. */
export function surnameOf(name: PersonName): string {
  const two = CHINESE_SURNAMES.find(([s]) => s.length === 2 && name.name.startsWith(s));
  return two ? two[0] : name.name.slice(0, 1);
}

/** A Chinese name sharing a given surname (a parent, a sibling). */
export function chineseNameWithSurname(random: Random, surname: string, sex: Sex): PersonName {
  const other = chineseName(random, sex);
  const given = other.name.slice(surnameOf(other).length);
  const surnamePinyin = CHINESE_SURNAMES.find(([s]) => s === surname)?.[1] ?? other.handle.split('.')[1] ?? 'x';
  return { name: surname + given, handle: `${other.handle.split('.')[0]}.${surnamePinyin}`, sex };
}

const CN_TRADE_WORDS: readonly (readonly [string, string])[] = [
  ['华兴', 'Huaxing'],
  ['鑫源', 'Xinyuan'],
  ['恒达', 'Hengda'],
  ['宏图', 'Hongtu'],
  ['瑞丰', 'Ruifeng'],
  ['金泰', 'Jintai'],
  ['嘉禾', 'Jiahe'],
  ['永盛', 'Yongsheng'],
  ['博远', 'Boyuan'],
  ['天成', 'Tiancheng'],
  ['中联', 'Zhonglian'],
  ['海润', 'Hairun'],
  ['新锐', 'Xinrui'],
  ['安和', 'Anhe'],
  ['汇通', 'Huitong'],
  ['朗润', 'Langrun'],
  ['众合', 'Zhonghe'],
  ['启明', 'Qiming'],
  ['通达', 'Tongda'],
  ['晨光', 'Chenguang'],
];

/** [Chinese industry suffix, English industry word] */
const CN_INDUSTRIES: readonly (readonly [string, string])[] = [
  ['电子科技', 'Electronics'],
  ['机械制造', 'Machinery'],
  ['商贸', 'Trading'],
  ['建材', 'Building Materials'],
  ['物流', 'Logistics'],
  ['餐饮管理', 'Catering'],
  ['服装', 'Garments'],
  ['包装材料', 'Packaging'],
  ['信息技术', 'Information Technology'],
  ['食品', 'Foods'],
  ['装饰工程', 'Interior Works'],
  ['医疗器械', 'Medical Devices'],
  ['汽车配件', 'Auto Parts'],
  ['家具', 'Furniture'],
  ['印刷', 'Printing'],
];

const EN_COMPANY_WORDS = [
  'Summit',
  'Harbor',
  'Redwood',
  'Bluestone',
  'Northgate',
  'Crescent',
  'Ironbridge',
  'Lakeside',
  'Pioneer',
  'Silverline',
  'Westfield',
  'Oakmont',
] as const;

const EN_INDUSTRIES = [
  'Logistics',
  'Supply',
  'Builders',
  'Foods',
  'Software',
  'Auto Repair',
  'Dental Care',
  'Print & Design',
  'Hardware',
  'Cleaning Services',
] as const;

export interface CompanyName {
  name: string;
  /** For domain names and handles: huaxing-electronics */
  handle: string;
}

/** 深圳市华兴电子科技有限公司, with the English name it uses abroad (Huaxing Electronics Co., Ltd.). */
export function chineseCompanyName(random: Random, cityShort: string): CompanyName & { english: string } {
  const [word, wordLatin] = random.pick(CN_TRADE_WORDS);
  const [industry, industryEn] = random.pick(CN_INDUSTRIES);
  const form = random.chance(0.85) ? '有限公司' : '股份有限公司';
  return {
    name: `${cityShort}${word}${industry}${form}`,
    english: `${wordLatin} ${industryEn} Co., Ltd.`,
    handle: `${wordLatin}-${industryEn.split(' ')[0]}`.toLowerCase(),
  };
}

export function englishCompanyName(random: Random, country: 'US' | 'GB'): CompanyName {
  const word = random.pick(EN_COMPANY_WORDS);
  const industry = random.pick(EN_INDUSTRIES);
  const form =
    country === 'US' ? random.pick(['Inc.', 'LLC', 'Corp.'] as const) : random.pick(['Ltd', 'Limited'] as const);
  return {
    name: `${word} ${industry} ${form}`,
    handle: `${word}-${industry.split(' ')[0] ?? ''}`.toLowerCase().replace(/[^a-z-]/g, ''),
  };
}
