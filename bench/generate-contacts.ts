/**
 * The contacts file of the benchmark dataset: one or two contact points per party, as a collections book has
 * them — a mobile number for everyone (mostly verified, a few marked do-not-contact), and for some parties
 * (most companies) an e-mail address or a WeChat id as well. About 1.4 rows per party.
 */
import { KIND_COLUMNS } from '../src/import/import-kinds.js';
import { csvWriter } from './csv-writer.js';
import { pad } from './dataset-format.js';
import type { Random } from './seeded-random.js';

const MOBILE_PREFIXES = ['13', '15', '17', '18', '19'];
const MAIL_NAMES = ['wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'lily', 'james', 'mary', 'info'];
const MAIL_DOMAINS = ['qq.com', '163.com', '126.com', 'sina.com', 'gmail.com', 'outlook.com'];

export async function writeContacts(path: string, company: Uint8Array, rnd: Random): Promise<number> {
  const out = csvWriter(path, KIND_COLUMNS.contacts.columns);
  const flags = () => [rnd.chance(0.7) ? 'true' : 'false', rnd.chance(0.02) ? 'true' : ''];
  for (let i = 0; i < company.length; i++) {
    const party = `P${pad(i + 1, 8)}`;
    const mobile = `+86 ${rnd.pick(MOBILE_PREFIXES)}${rnd.int(0, 9)} ${pad(rnd.int(0, 9999), 4)} ${pad(rnd.int(0, 9999), 4)}`;
    out.row([party, 'mobile', mobile, ...flags()]);
    if (rnd.chance(company[i] ? 0.8 : 0.4)) {
      if (company[i] || rnd.chance(0.55)) {
        out.row([party, 'email', `${rnd.pick(MAIL_NAMES)}${rnd.int(1, 99_999)}@${rnd.pick(MAIL_DOMAINS)}`, ...flags()]);
      } else {
        out.row([
          party,
          'wechat',
          `wxid_${rnd.int(0, 46_655).toString(36)}${rnd.int(0, 2_176_782_335).toString(36)}`,
          ...flags(),
        ]);
      }
    }
    await out.drain();
  }
  await out.close();
  return out.rows;
}
