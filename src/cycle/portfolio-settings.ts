import type { Kysely } from 'kysely';
import {
  type BucketRung,
  DEFAULT_BUCKETS,
  DEFAULT_STAGES,
  DEFAULT_TIME_ZONE,
  type StageRung,
} from '../domain/ageing/ageing.js';
import type { IsoDate } from '../domain/calendar/calendar.js';
import type { Schema } from '../store/schema.js';

export interface PortfolioSettings {
  portfolioId: string;
  timeZone: string;
  buckets: readonly BucketRung[];
  stages: readonly StageRung[];
  /** The last day a completed cycle run closed for this portfolio; null before the first. */
  closedThrough: IsoDate | null;
}

export async function loadPortfolioSettings(db: Kysely<Schema>): Promise<Map<string, PortfolioSettings>> {
  const rows = await db.selectFrom('portfolios').selectAll().execute();
  return new Map(
    rows.map((r) => [
      r.portfolio_id,
      {
        portfolioId: r.portfolio_id,
        timeZone: r.time_zone || DEFAULT_TIME_ZONE,
        buckets: r.buckets ? (JSON.parse(r.buckets) as BucketRung[]) : DEFAULT_BUCKETS,
        stages: r.stages ? (JSON.parse(r.stages) as StageRung[]) : DEFAULT_STAGES,
        closedThrough: r.closed_through,
      },
    ]),
  );
}

export function settingsFor(all: Map<string, PortfolioSettings>, portfolioId: string): PortfolioSettings {
  return (
    all.get(portfolioId) ?? {
      portfolioId,
      timeZone: DEFAULT_TIME_ZONE,
      buckets: DEFAULT_BUCKETS,
      stages: DEFAULT_STAGES,
      closedThrough: null,
    }
  );
}
