/**
 * Where a party may be, as the time zones the gate judges a contact in (a rule blocks when it blocks in any
 * of them; a window must be open in all). Decided once here:
 *
 * 1. The party's own zone when it is on file, else its portfolio's: the zone the lender gave for its book.
 * 2. Both clocks of a place where two are in everyday use. In Xinjiang, official business runs on Beijing
 *    time (Asia/Shanghai) while much of daily life keeps Xinjiang time (UTC+6, Asia/Urumqi): a party whose
 *    zone is either of them and whose region is Xinjiang, or whose zone is Asia/Urumqi, may be on either
 *    clock, so both are plausible — 08:00 in Urumqi is 10:00 in Shanghai.
 *
 * Contact points (a phone's country code, an address) are not read: they are encrypted at rest, and a
 * foreign number says little about where its holder is tonight. A party known to be elsewhere gets that
 * zone on file.
 */

/** Zones read together with another on the same ground, keyed by either. */
const SHARED_CLOCKS: Readonly<Record<string, readonly string[]>> = {
  'Asia/Urumqi': ['Asia/Urumqi', 'Asia/Shanghai'],
};

/** Regions (as the import writes them, in either language) where two clocks are in everyday use. */
const TWO_CLOCK_REGIONS: Readonly<Record<string, readonly string[]>> = {
  新疆: ['Asia/Shanghai', 'Asia/Urumqi'],
  新疆维吾尔自治区: ['Asia/Shanghai', 'Asia/Urumqi'],
  xinjiang: ['Asia/Shanghai', 'Asia/Urumqi'],
};

export interface ZoneFacts {
  /** The party's zone on file, or null. */
  partyZone: string | null;
  /** The region on file (a province, a state), or null. */
  region: string | null;
  portfolioZone: string;
}

/** The zones the party may be in: at least one, the one on file (or the portfolio's) first. */
export function plausibleZones(facts: ZoneFacts): string[] {
  const own = facts.partyZone !== null && facts.partyZone.trim() !== '' ? facts.partyZone : facts.portfolioZone;
  const zones = [own, ...(SHARED_CLOCKS[own] ?? [])];
  const region = facts.region?.trim().toLowerCase() ?? '';
  const byRegion = TWO_CLOCK_REGIONS[region];
  if (byRegion?.includes(own)) zones.push(...byRegion);
  return [...new Set(zones)];
}
