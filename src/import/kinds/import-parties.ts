/**
 * parties: people and companies, keyed by party_id. Every field is descriptive, so changes are updates.
 * The ID number is stored sealed with its blind index (src/privacy), and compared by that index.
 */
import { rangeUntil } from '../../domain/calendar/date-range.js';
import { idNumberIndex, sealIdNumber, storedValueIndex } from '../../privacy/contact-values.js';
import { keysForWriting } from '../../privacy/store-keys.js';
import { inList } from '../../store/in-list.js';
import { RowCheck } from '../check-fields.js';
import { type ChunkImporter, distinctValues } from '../chunk-context.js';
import { PARTY_KINDS, SEGMENTS } from '../import-codes.js';
import { ChangePlan } from '../plan-changes.js';

const FIELDS = [
  'kind',
  'name',
  'id_number',
  'segment',
  'region',
  'timezone',
  'language',
  'birth_date',
  'occupation',
  'employer',
] as const;
type Field = (typeof FIELDS)[number];

interface Party extends Record<Field, string | null> {
  id: number | null;
  party_id: string;
  /** The blind index of the ID number: what re-imports compare, since the stored number is sealed. */
  id_number_index: string | null;
}

/** Compared in clear: every field but the ID number, which is compared by its index. */
const CLEAR_FIELDS = FIELDS.filter((f) => f !== 'id_number');

export const importParties: ChunkImporter = async (ctx, rows, tally) => {
  const ids = distinctValues(rows, 'party_id');
  const keys = await keysForWriting({ store: ctx.store, db: ctx.trx, now: new Date(ctx.nowIso) });
  const indexOf = (plain: string | null) => (plain === null ? null : idNumberIndex(keys, plain));
  const stored =
    ids.length === 0
      ? []
      : await ctx.trx
          .selectFrom('parties')
          .select(['id', 'party_id', ...FIELDS, 'id_number_index'])
          .where(inList(ctx.store.engine, 'party_id', ids, 'text'))
          .execute();
  const plan = new ChangePlan<Party>(
    stored.map((p) => [
      p.party_id,
      {
        ...p,
        id: Number(p.id),
        id_number_index:
          p.id_number === null ? null : storedValueIndex(keys, 'id_number', p.id_number, p.id_number_index),
      },
    ]),
  );
  // Nobody is born after today.
  const bornBy = rangeUntil(ctx.today, 0);
  for (const source of rows) {
    const c = new RowCheck(source);
    const party: Party = {
      id: null,
      party_id: c.required('party_id'),
      kind: c.code('kind', PARTY_KINDS),
      name: c.required('name'),
      id_number: c.optional('id_number'),
      segment: c.optionalCode('segment', SEGMENTS),
      region: c.optional('region'),
      timezone: c.timeZone('timezone'),
      language: c.language('language'),
      birth_date: c.optionalDate('birth_date', bornBy),
      occupation: c.optional('occupation'),
      employer: c.optional('employer'),
      id_number_index: null,
    };
    party.id_number_index = indexOf(party.id_number);
    if (c.problem) {
      tally.reject(c.problem);
      continue;
    }
    tally.add(
      plan.decide(source.row, party.party_id, party, (current) =>
        CLEAR_FIELDS.every((f) => current[f] === party[f]) && current.id_number_index === party.id_number_index
          ? { kind: 'same' }
          : { kind: 'update', value: { ...party, id: current.id } },
      ),
    );
  }
  // What is written: the ID number sealed, beside its index.
  const written = (p: Party) => [
    ...FIELDS.map((f) => (f === 'id_number' && p.id_number !== null ? sealIdNumber(keys, p.id_number) : p[f])),
    p.id_number_index,
  ];
  const inserts = plan.inserts();
  if (inserts.length > 0) {
    await ctx.bulk.insert(
      'parties',
      ['party_id', ...FIELDS, 'id_number_index', 'created_at', 'updated_at'],
      inserts.map((p) => [p.party_id, ...written(p), ctx.nowIso, ctx.nowIso]),
    );
  }
  const updates = plan.updates();
  if (updates.length > 0) {
    await ctx.bulk.update(
      'parties',
      [...FIELDS, 'id_number_index', 'updated_at'],
      ['id'],
      updates.map((p) => [...written(p), ctx.nowIso, p.id]),
    );
  }
};
