/**
 * Every sub-command, in the order `dunwell help` lists them: its name, summary and usage, and how to load
 * the module that runs it. Only the command that runs is loaded (with the database drivers and use cases
 * it needs), so `dunwell --help` answers in a few tens of milliseconds.
 */
import { IMPORT_KINDS } from '../../import/import-kinds.js';
import type { Command } from '../command.js';

const DATE = 'YYYY-MM-DD';

export const COMMANDS: readonly Command[] = [
  {
    name: 'init',
    summary: 'create the database if missing and apply pending migrations',
    usage: 'dunwell init [--json]',
    load: async () => (await import('./init.js')).run,
  },
  {
    name: 'start',
    summary:
      'set up the embedded database, load the demo portfolio if it is empty, run the cycle to today, print the ageing',
    usage: 'dunwell start [--accounts N] [--seed S]',
    load: async () => (await import('./start.js')).run,
  },
  {
    name: 'import',
    summary: `import ${IMPORT_KINDS.join(', ')} from a CSV or JSON-lines file`,
    usage: `dunwell import <kind> <file> [--all-or-nothing] [--json]\n  kinds: ${IMPORT_KINDS.join(', ')}`,
    load: async () => (await import('./import.js')).run,
  },
  {
    name: 'cycle',
    summary: 'run the daily cycle up to a date: post and allocate payments, accrue, age, snapshot',
    usage: `dunwell cycle [--as-of ${DATE}] [--allow-future] [--json] [--range-size N]   (as-of default: today in Asia/Shanghai)`,
    load: async () => (await import('./cycle.js')).run,
  },
  {
    name: 'demo',
    summary: 'load a seeded synthetic portfolio into an empty database and run the cycle on it',
    usage: `dunwell demo [--accounts N] [--seed S] [--as-of ${DATE}] [--json]   (defaults: 5000 accounts, seed 1, today in Asia/Shanghai)`,
    load: async () => (await import('./demo.js')).run,
  },
  {
    name: 'account show',
    summary: 'show one account: ageing, balances, instalments and every ledger entry',
    usage: `dunwell account show <account_id> [--as-of ${DATE}] [--json]`,
    load: async () => (await import('./account-show.js')).run,
  },
  {
    name: 'account hold',
    summary: 'put an account on hold (no penalty interest, no late fees) from a date',
    usage: `dunwell account hold <account_id> --from ${DATE} [--to ${DATE}] --reason TEXT`,
    load: async () => (await import('./account-hold.js')).runHold,
  },
  {
    name: 'account release',
    summary: 'end an account’s hold; --last-day is the last held day',
    usage: `dunwell account release <account_id> --last-day ${DATE}`,
    load: async () => (await import('./account-hold.js')).runRelease,
  },
  {
    name: 'portfolio list',
    summary: 'list portfolios with their time zone, bucket and stage ladders and rate limit',
    usage: 'dunwell portfolio list [--json]',
    load: async () => (await import('./portfolio.js')).runList,
  },
  {
    name: 'portfolio set',
    summary: 'create a portfolio or change its time zone, DPD ladders and rate limit',
    usage:
      'dunwell portfolio set <portfolio> [--time-zone IANA] [--buckets M0=0,M1=1,M2=31,…] ' +
      '[--stages current=0,early=1,mid=31,late=91,terminal=181] [--allow-rates-above-one yes|no] [--json]',
    load: async () => (await import('./portfolio.js')).runSet,
  },
  {
    name: 'report aging',
    summary: 'accounts, outstanding and past-due totals per DPD bucket for a day the cycle has run',
    usage: `dunwell report aging [--as-of ${DATE}] [--portfolio NAME] [--json|--csv]`,
    load: async () => (await import('./report-aging.js')).run,
  },
];
