/**
 * The demo's contact-gate story, at the end of the desk's weeks. Every cycle of the demo already put each
 * planned call, visit and message to the gate (the queue dropped or moved what the cn pack forbids, the
 * outbox never sent what it blocks); this step tells what it did, and then the demo's first Chinese book
 * tightens its pack as a lender may — contact from 09:00 to 21:00 only, at most 4 unanswered calls a day to
 * a number — through `portfolio set` (the tightening is checked stricter-only and recorded as an event), so
 * `dunwell portfolio list` shows it and the next cycle judges by it. `dunwell compliance blocks --day D`
 * lists each block with its rules, citations, reasons and next allowed time. The demo's American book
 * (a New York zone) chooses the us-regf pack, as a lender collecting there would, so the next cycle judges
 * its calls by Regulation F (7 calls in 7 days, the 7-day cooldown after a conversation, 08:00–21:00).
 */
import type { IsoDate } from '../domain/calendar/calendar.js';
import { configurePortfolio } from '../portfolio/configure-portfolio.js';
import type { Store } from '../store/open-database.js';

export interface DemoGateSummary {
  /** The day's contacts the gate refused or an override let through, by where they came from. */
  blocks: Record<string, number>;
  /** The portfolio whose pack was tightened, or null when the demo has no Chinese book. */
  tightened: string | null;
  /** Portfolios that chose us-regf. */
  regulationF: string[];
}

/** Stricter than the cn pack on two rules: the window and the daily unanswered calls. */
const DEMO_TIGHTENING = JSON.stringify({
  'cn.contact_window': { start: '09:00', end: '21:00' },
  'cn.daily_attempts': { max: 4 },
});

export async function demoGate(options: { store: Store; asOf: IsoDate; now: () => Date }): Promise<DemoGateSummary> {
  const { store, asOf } = options;
  const counts = await store.db
    .selectFrom('contact_blocks')
    .select((eb) => ['source', eb.fn.countAll<number>().as('n')])
    .where('business_day', '=', asOf)
    .groupBy('source')
    .execute();
  const blocks = Object.fromEntries(counts.map((c) => [c.source, Number(c.n)]));
  const book = await store.db
    .selectFrom('portfolios')
    .select('portfolio_id')
    .where('compliance_pack', '=', 'cn')
    .where('time_zone', '=', 'Asia/Shanghai')
    .orderBy('portfolio_id')
    .executeTakeFirst();
  if (book) {
    await configurePortfolio({
      db: store.db,
      portfolioId: book.portfolio_id,
      complianceParams: DEMO_TIGHTENING,
      actor: 'demo',
      now: options.now(),
    });
  }
  const american = await store.db
    .selectFrom('portfolios')
    .select('portfolio_id')
    .where('time_zone', 'like', 'America/%')
    .where('compliance_pack', '=', 'cn')
    .execute();
  for (const p of american) {
    await configurePortfolio({
      db: store.db,
      portfolioId: p.portfolio_id,
      compliancePack: 'us-regf',
      actor: 'demo',
      now: options.now(),
    });
  }
  return { blocks, tightened: book?.portfolio_id ?? null, regulationF: american.map((p) => p.portfolio_id) };
}
