/**
 * The collateral file of the benchmark dataset: 15% of the accounts are secured — larger loans by a flat or
 * a car, smaller ones by a car, equipment or a deposit — valued in the account's currency on its opening day
 * at a multiple of the principal that suits the asset.
 */
import { KIND_COLUMNS } from '../src/import/import-kinds.js';
import type { AccountCalendar, BookFacts } from './book-facts.js';
import { csvWriter } from './csv-writer.js';
import { money, pad } from './dataset-format.js';
import type { Random } from './seeded-random.js';
import { CITIES } from './write-party.js';

export const SECURED_SHARE = 0.15;

const CAR_MAKES = ['大众', '丰田', '比亚迪', '吉利', '本田', '长安'];
const EQUIPMENT = ['数控机床', '叉车', '冷藏设备', '印刷机', '挖掘机'];

/** [type, description, lowest and highest value as a multiple of the principal] */
function asset(rnd: Random, principal: number): [string, string, number, number] {
  const large = principal >= 10_000_000;
  const u = rnd.next();
  if (large && u < 0.5) return ['real_estate', `${rnd.pick(CITIES)}住宅 ${rnd.int(50, 160)}平方米`, 2, 5];
  if (u < (large ? 1 : 0.5)) return ['vehicle', `${rnd.pick(CAR_MAKES)}轿车 ${rnd.int(2015, 2026)}年`, 1.1, 1.6];
  if (u < 0.75) return ['equipment', rnd.pick(EQUIPMENT), 1, 1.5];
  return ['deposit', '定期存单', 1, 1.2];
}

export async function writeCollateral(
  path: string,
  facts: BookFacts,
  calendarOf: (offset: number) => AccountCalendar,
  rnd: Random,
): Promise<number> {
  const out = csvWriter(path, KIND_COLUMNS.collateral.columns);
  for (let i = 0; i < facts.accounts; i++) {
    if (!rnd.chance(SECURED_SHARE)) continue;
    const principal = facts.principal[i]!;
    const [type, description, low, high] = asset(rnd, principal);
    // Whole hundreds of yuan, as a valuer would state them.
    const value = Math.round((principal * (low + rnd.next() * (high - low))) / 10_000) * 10_000;
    out.row([
      `C${pad(i + 1, 8)}`,
      `A${pad(i + 1, 8)}`,
      type,
      description,
      money(value),
      calendarOf(facts.firstDueOffset[i]!).opened,
    ]);
    await out.drain();
  }
  await out.close();
  return out.rows;
}
