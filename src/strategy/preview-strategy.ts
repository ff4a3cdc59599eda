/**
 * `dunwell strategy preview`: what a strategy file would do to the book before anyone submits it. For
 * each segment (and variant) and each of its actions, how many accounts the file would take on day D, how
 * many the active version takes, and the difference; plus how many accounts would change segment or
 * grade. It reads the facts the last cycle stored and changes nothing.
 */
import type { Kysely } from 'kysely';
import { loadAccountFacts } from '../cycle/features/load-account-facts.js';
import { accountIdRanges } from '../cycle/find-accounts-needing-work.js';
import { type IsoDate, isIsoDate } from '../domain/calendar/calendar.js';
import { AppError } from '../domain/errors.js';
import type { CompiledStrategy, Decision } from '../domain/strategy/decision.js';
import { GRADES } from '../domain/strategy/strategy-codes.js';
import type { Schema } from '../store/schema.js';
import { loadPortfolioSettings, settingsFor } from '../store/shapes/portfolio-settings.js';
import { loadActiveStrategy } from './load-active-strategy.js';
import { checkStrategyText } from './strategy-text.js';

export interface PreviewCount {
  accounts: number;
  active_accounts: number;
  difference: number;
}

export interface PreviewSegment extends PreviewCount {
  segment: string;
  variant: string | null;
  actions: ({ action: string } & PreviewCount)[];
}

export interface StrategyPreview {
  as_of: IsoDate;
  name: string;
  active_version: number | null;
  accounts: number;
  segments: PreviewSegment[];
  grades: Record<string, PreviewCount>;
  /** Accounts the file would place in another segment/variant than the active version does. */
  changed_segment: number;
  unsegmented: PreviewCount;
}

type Tally = Map<string, { file: number; active: number; actions: Map<string, { file: number; active: number }> }>;

function count(tally: Tally, decision: Decision, side: 'file' | 'active') {
  const key = decision.segment === null ? null : `${decision.segment}\u0000${decision.variant ?? ''}`;
  if (key === null) return;
  let entry = tally.get(key);
  if (!entry) {
    entry = { file: 0, active: 0, actions: new Map() };
    tally.set(key, entry);
  }
  entry[side]++;
  for (const a of new Set(decision.actions.map((p) => p.action))) {
    const action = entry.actions.get(a) ?? { file: 0, active: 0 };
    action[side]++;
    entry.actions.set(a, action);
  }
}

const diff = (file: number, active: number): PreviewCount => ({
  accounts: file,
  active_accounts: active,
  difference: file - active,
});

export async function previewStrategy(options: {
  db: Kysely<Schema>;
  text: string;
  asOf?: IsoDate;
  rangeSize?: number;
}): Promise<StrategyPreview> {
  const { db } = options;
  const { document, compiled } = checkStrategyText(options.text, 'the strategy file');
  // The facts are those of the last completed cycle run: a features row's own as_of is only the last day
  // that row changed.
  const stored = await db
    .selectFrom('cycle_runs')
    .select((eb) => eb.fn.max('as_of').as('d'))
    .where('status', '=', 'done')
    .executeTakeFirst();
  const factsDay = stored?.d ?? null;
  if (factsDay === null) throw new AppError('NOT_FOUND', 'the cycle has not computed account facts yet: run it first');
  const asOf = options.asOf ?? factsDay;
  if (!isIsoDate(asOf)) throw new AppError('INVALID_INPUT', `--as-of "${asOf}" is not a valid date (YYYY-MM-DD)`);
  if (asOf < factsDay) {
    throw new AppError('INVALID_INPUT', `--as-of ${asOf} is before ${factsDay}, the day the stored facts are for`);
  }
  const active = await loadActiveStrategy(db);
  const portfolios = await loadPortfolioSettings(db);
  const tally: Tally = new Map();
  const grades = new Map<string, { file: number; active: number }>(GRADES.map((g) => [g, { file: 0, active: 0 }]));
  let accounts = 0;
  let changed = 0;
  let unsegmentedFile = 0;
  let unsegmentedActive = 0;
  const decideWith = (strategy: CompiledStrategy, facts: Parameters<CompiledStrategy['decide']>[0]) => {
    const paydays = strategy.paydays ?? settingsFor(portfolios, facts.portfolio).paydays;
    return strategy.decide(facts, { asOf, paydays });
  };
  for (const range of await accountIdRanges(db, options.rangeSize ?? 20_000)) {
    for (const facts of await loadAccountFacts({ db, asOf, range })) {
      accounts++;
      const mine = decideWith(compiled, facts);
      count(tally, mine, 'file');
      const g = grades.get(mine.grade);
      if (g) g.file++;
      if (mine.segment === null) unsegmentedFile++;
      if (!active) continue;
      const theirs = decideWith(active.compiled, facts);
      count(tally, theirs, 'active');
      const h = grades.get(theirs.grade);
      if (h) h.active++;
      if (theirs.segment === null) unsegmentedActive++;
      if (theirs.segment !== mine.segment || theirs.variant !== mine.variant) changed++;
    }
  }
  // The file's segments in document order (even those that take no account), then any the active version
  // uses that the file does not have.
  const order = compiled.segments.flatMap((s) =>
    s.variants.length > 0 ? s.variants.map((v) => `${s.id}\u0000${v}`) : [`${s.id}\u0000`],
  );
  const keys = [...new Set([...order, ...tally.keys()])];
  const segments: PreviewSegment[] = keys.map((k) => {
    const [segment = '', variant = ''] = k.split('\u0000');
    const t = tally.get(k) ?? { file: 0, active: 0, actions: new Map() };
    return {
      segment,
      variant: variant === '' ? null : variant,
      ...diff(t.file, t.active),
      actions: [...t.actions.entries()].map(([action, c]) => ({ action, ...diff(c.file, c.active) })),
    };
  });
  return {
    as_of: asOf,
    name: document.name,
    active_version: active?.version ?? null,
    accounts,
    segments,
    grades: Object.fromEntries([...grades.entries()].map(([g, c]) => [g, diff(c.file, c.active)])),
    changed_segment: active ? changed : accounts - unsegmentedFile,
    unsegmented: diff(unsegmentedFile, unsegmentedActive),
  };
}
