/** parties: people and companies, keyed by party_id. Every field is descriptive, so changes are updates. */
import { rangeUntil } from '../../domain/calendar/date-range.js';
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
}

export const importParties: ChunkImporter = async (ctx, rows, tally) => {
  const ids = distinctValues(rows, 'party_id');
  const stored =
    ids.length === 0
      ? []
      : await ctx.trx
          .selectFrom('parties')
          .select(['id', 'party_id', ...FIELDS])
          .where(inList(ctx.store.engine, 'party_id', ids, 'text'))
          .execute();
  const plan = new ChangePlan<Party>(stored.map((p) => [p.party_id, { ...p, id: Number(p.id) }]));
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
    };
    if (c.problem) {
      tally.reject(c.problem);
      continue;
    }
    tally.add(
      plan.decide(source.row, party.party_id, party, (current) =>
        FIELDS.every((f) => current[f] === party[f])
          ? { kind: 'same' }
          : { kind: 'update', value: { ...party, id: current.id } },
      ),
    );
  }
  const inserts = plan.inserts();
  if (inserts.length > 0) {
    await ctx.bulk.insert(
      'parties',
      ['party_id', ...FIELDS, 'created_at', 'updated_at'],
      inserts.map((p) => [p.party_id, ...FIELDS.map((f) => p[f]), ctx.nowIso, ctx.nowIso]),
    );
  }
  const updates = plan.updates();
  if (updates.length > 0) {
    await ctx.bulk.update(
      'parties',
      [...FIELDS, 'updated_at'],
      ['id'],
      updates.map((p) => [...FIELDS.map((f) => p[f]), ctx.nowIso, p.id]),
    );
  }
};
