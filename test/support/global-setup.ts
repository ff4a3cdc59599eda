/** Says out loud when the PostgreSQL half of the suite is not running, so a skip is never silent. */
export default function setup(): void {
  if (process.env.DUNWELL_TEST_PG) {
    console.log(
      `PostgreSQL suite: enabled (${process.env.DUNWELL_TEST_PG.replace(/\/\/([^:@/]+)(:[^@/]*)?@/, '//$1@')})`,
    );
  } else {
    console.log(
      'PostgreSQL suite: SKIPPED — set DUNWELL_TEST_PG=postgres://user@host:port/postgres to run every storage test on PostgreSQL too (.ci/run does).',
    );
  }
}
