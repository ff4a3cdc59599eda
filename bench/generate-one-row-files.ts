/**
 * Import files of one row each, a few per kind, for the per-file start-up figure: importing a 1-row file
 * costs what any file costs apart from its rows (opening it, the transaction, the lookups, the event), so set
 * beside the rows/s of the big files it tells per-file overhead from per-row throughput. Every file adds a
 * new row (fresh ids, never an unchanged re-import) to the case's database once its timed figures are taken:
 * a new borrower with one account opened on `day`, its schedule, relation, contact, payment, collateral, watch
 * event and an automatic text message's activity (staff `system`, so it needs no user).
 */
import { join } from 'node:path';
import { addDays, type IsoDate } from '../src/domain/calendar/calendar.js';
import { type ImportKind, KIND_COLUMNS } from '../src/import/import-kinds.js';
import { csvWriter } from './csv-writer.js';
import { businessHoursAt, CURRENCY, PORTFOLIO } from './dataset-format.js';

/** The kinds in an order where every row's references already exist. */
export const ONE_ROW_KINDS = [
  'parties',
  'accounts',
  'relations',
  'schedules',
  'contacts',
  'payments',
  'collateral',
  'events',
  'activities',
] as const satisfies readonly ImportKind[];

function rowOf(kind: (typeof ONE_ROW_KINDS)[number], r: number, day: IsoDate): (string | number)[] {
  const party = `PONE${r}`;
  const account = `AONE${r}`;
  switch (kind) {
    case 'parties':
      return [party, 'person', '测试用户', '', 'worker', '上海', 'Asia/Shanghai', 'zh-CN', '1985-06-01', '工人', ''];
    case 'accounts':
      return [
        account,
        PORTFOLIO,
        'installment_loan',
        CURRENCY,
        day,
        '1200.00',
        '0.1800',
        '0.5',
        '50.00',
        3,
        'standard',
        'act360',
        '',
        '',
        '',
      ];
    case 'relations':
      return [account, party, 'borrower'];
    case 'schedules':
      return [account, 1, addDays(day, 30), '1200.00', '18.00', '0.00'];
    case 'contacts':
      return [party, 'mobile', `+86 139 0000 ${String(r).padStart(4, '0')}`, 'true', ''];
    case 'payments':
      return [`PAYONE${r}`, account, businessHoursAt(day, 10, 0, 0), '100.00', CURRENCY, 'wechat_pay', party];
    case 'collateral':
      return [`CONE${r}`, account, 'vehicle', '比亚迪轿车 2024年', '90000.00', day];
    case 'events':
      return [`EVONE${r}`, account, '', 'address_change', day, '搬家', 'bureau'];
    case 'activities':
      return [
        `ACTONE${r}`,
        account,
        '',
        'sms',
        '',
        '',
        'system',
        businessHoursAt(day, 11, 0, 0),
        '',
        'delivered',
        '',
        '',
        '',
      ];
  }
}

/** `repeats` 1-row files per kind under dir, each kind's files in the order they are to be imported. */
export async function writeOneRowFiles(
  dir: string,
  day: IsoDate,
  repeats: number,
): Promise<{ kind: ImportKind; paths: string[] }[]> {
  const result: { kind: ImportKind; paths: string[] }[] = [];
  for (const kind of ONE_ROW_KINDS) {
    const paths: string[] = [];
    for (let r = 1; r <= repeats; r++) {
      const out = csvWriter(join(dir, `one-row-${kind}-${r}.csv`), KIND_COLUMNS[kind].columns);
      out.row(rowOf(kind, r, day));
      await out.close();
      paths.push(out.path);
    }
    result.push({ kind, paths });
  }
  return result;
}
