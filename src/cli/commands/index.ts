/**
 * Every sub-command, in the order `dunwell help` lists them: its name, summary and usage, and how to load
 * the module that runs it. Only the command that runs is loaded (with the database drivers and use cases
 * it needs), so `dunwell --help` answers in a few tens of milliseconds.
 */
import { HOLD_TYPES, PARTY_REQUEST_TYPES } from '../../domain/compliance/compliance-codes.js';
import { PERSONAL_FIELDS } from '../../domain/privacy/personal-fields.js';
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
    usage: `dunwell cycle [--as-of ${DATE}] [--allow-future] [--channels F] [--json] [--range-size N]   (as-of default: today in Asia/Shanghai; channels: the outbox step's, else $DUNWELL_CHANNELS)`,
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
    summary:
      'put an account on a typed hold (no outreach, no penalty interest, no late fees) from a date; the role must allow the type',
    usage: `dunwell account hold <account_id> [--type ${HOLD_TYPES.join('|')}] --from ${DATE} [--to ${DATE}] --reason TEXT --by USER [--json]   (type default: hardship; breathing_space runs 60 days unless --to)`,
    load: async () => (await import('./account-hold.js')).runHold,
  },
  {
    name: 'account release',
    summary:
      'lift an account’s holds (or those of one type); --last-day is the last held day; the role must allow each type',
    usage: `dunwell account release <account_id> --last-day ${DATE} [--type T] --by USER [--json]`,
    load: async () => (await import('./account-hold.js')).runRelease,
  },
  {
    name: 'account timeline',
    summary: 'one account’s story in time order: activities, promises, arrangements, payments, holds, work, messages',
    usage: `dunwell account timeline <account_id> [--from ${DATE}] [--to ${DATE}] [--json]`,
    load: async () => (await import('./account-timeline.js')).run,
  },
  {
    name: 'activity log',
    summary: 'record a call, visit, letter, message or note on an account, with its outcome',
    usage:
      'dunwell activity log <account_id> --by USER[,USER2] --channel C --outcome O [--direction outbound|inbound|internal] ' +
      '[--party PARTY_ID] [--contact-point VALUE] [--at INSTANT] [--ended-at INSTANT] [--excuse CATEGORY] ' +
      '[--note TEXT] [--evidence ref1,ref2] [--work-item ITEM_ID] [--request cease|stop_channel|…] [--lang zh-CN|en] [--json]\n' +
      '  a visit: --by A,B --channel visit --visit-type confirm|search|breach (--recording FILE | --recording-ref ID) [--entered-home --consent-by PARTY_ID]\n' +
      '  an outbound contact asks the contact gate first: a blocked one is refused (exit 1) and only the block is recorded',
    load: async () => (await import('./activity.js')).runLog,
  },
  {
    name: 'activity list',
    summary: 'an account’s activities, newest first',
    usage: `dunwell activity list <account_id> [--from ${DATE}] [--to ${DATE}] [--json]`,
    load: async () => (await import('./activity.js')).runList,
  },
  {
    name: 'party request add',
    summary:
      'record what a party asked: stop all contact, stop a channel, consent to calls, a third party’s refusal, representation, a statute-barred claim',
    usage: `dunwell party request add <party_id> --type ${PARTY_REQUEST_TYPES.join('|')} [--channel C] [--account A] [--at INSTANT] --by USER [--note TEXT] [--json]`,
    load: async () => (await import('./party.js')).runAdd,
  },
  {
    name: 'party request withdraw',
    summary: 'withdraw a party request from an instant on (the gate stops counting it); the role must allow the type',
    usage: 'dunwell party request withdraw <request_id> [--at INSTANT] --by USER [--json]',
    load: async () => (await import('./party.js')).runWithdraw,
  },
  {
    name: 'party request list',
    summary: 'party requests, for a party, an account or all, and whether each is in force now',
    usage: 'dunwell party request list [--party P] [--account A] [--active] [--json]',
    load: async () => (await import('./party.js')).runList,
  },
  {
    name: 'party reveal',
    summary:
      'show one personal field of a party in clear (every output masks it) for a role that needs it, with a reason; recorded in the audit chain',
    usage: `dunwell party reveal <party_id> --field ${PERSONAL_FIELDS.join('|')} --by USER --reason TEXT [--json]`,
    load: async () => (await import('./party-reveal.js')).run,
  },
  {
    name: 'privacy encrypt-existing',
    summary:
      'encrypt the personal data still stored in clear (ID numbers, contact points, recipients) and fill the blind indexes, in batches; idempotent',
    usage: 'dunwell privacy encrypt-existing [--batch N] [--json]',
    load: async () => (await import('./privacy.js')).runEncryptExisting,
  },
  {
    name: 'portfolio list',
    summary: 'list portfolios with their time zone, bucket and stage ladders, rate limit and paydays',
    usage: 'dunwell portfolio list [--json]',
    load: async () => (await import('./portfolio.js')).runList,
  },
  {
    name: 'portfolio set',
    summary:
      'create a portfolio or change its time zone, DPD ladders, rate limit, paydays, compliance pack and its tightening, lender kind',
    usage:
      'dunwell portfolio set <portfolio> [--time-zone IANA] [--buckets M0=0,M1=1,M2=31,…] ' +
      '[--stages current=0,early=1,mid=31,late=91,terminal=181] [--allow-rates-above-one yes|no] ' +
      '[--paydays 5,10,15,28,30] [--promise-grace-days N] [--plan-breach-days N] ' +
      '[--authority team_lead=10%:6,manager=30%:12,admin=100%:60] ' +
      '[--compliance-pack cn|us-regf|uk-conc] [--compliance-params FILE.json|-] [--lender-kind licensed|private] [--json]',
    load: async () => (await import('./portfolio.js')).runSet,
  },
  {
    name: 'user add',
    summary: 'add a user of the collection floor: role, team, languages, regions, skills, daily capacity',
    usage:
      'dunwell user add <user_id> --name N --role R [--team T] [--languages zh-CN,en] [--regions R1,R2] ' +
      '[--skills sme,field] [--capacity N] [--json]',
    load: async () => (await import('./user.js')).runAdd,
  },
  {
    name: 'user set',
    summary: 'change a user: name, role, team, languages, regions, skills, capacity, active',
    usage:
      'dunwell user set <user_id> [--name N] [--role R] [--team T|--no-team] [--languages …] [--regions …] ' +
      '[--skills …] [--capacity N] [--active yes|no] [--json]',
    load: async () => (await import('./user.js')).runSet,
  },
  {
    name: 'user list',
    summary: 'list users with their role, team, languages, regions, skills and capacity',
    usage: 'dunwell user list [--team T] [--role R] [--json]',
    load: async () => (await import('./user.js')).runList,
  },
  {
    name: 'team add',
    summary: 'add a team, with its lead and the life-cycle stages it works',
    usage: 'dunwell team add <team_id> --name N [--lead USER] [--stages early,mid] [--json]',
    load: async () => (await import('./team.js')).runAdd,
  },
  {
    name: 'team set',
    summary: 'change a team’s name, lead or stages',
    usage: 'dunwell team set <team_id> [--name N] [--lead USER] [--stages early,mid] [--json]',
    load: async () => (await import('./team.js')).runSet,
  },
  {
    name: 'team list',
    summary: 'list teams with their lead, stages and members',
    usage: 'dunwell team list [--json]',
    load: async () => (await import('./team.js')).runList,
  },
  {
    name: 'strategy validate',
    summary: 'check a strategy file against the schema; errors name the path',
    usage: 'dunwell strategy validate <file> [--json]   (exit 0 valid, 3 invalid, 2 unreadable)',
    load: async () => (await import('./strategy.js')).runValidate,
  },
  {
    name: 'strategy preview',
    summary: 'how many accounts each segment and action of a strategy file would take, against the active version',
    usage: `dunwell strategy preview <file> [--as-of ${DATE}] [--json]`,
    load: async () => (await import('./strategy-preview.js')).run,
  },
  {
    name: 'strategy submit',
    summary: 'submit a strategy file as a pending version (four eyes: another manager approves it)',
    usage: 'dunwell strategy submit <file> --by USER [--note TEXT] [--json]',
    load: async () => (await import('./strategy.js')).runSubmit,
  },
  {
    name: 'strategy approve',
    summary: 'activate a pending version; USER must be a manager other than the submitter',
    usage: 'dunwell strategy approve <version> --by USER [--json]',
    load: async () => (await import('./strategy.js')).runApprove,
  },
  {
    name: 'strategy reject',
    summary: 'reject a pending version',
    usage: 'dunwell strategy reject <version> --by USER [--note TEXT] [--json]',
    load: async () => (await import('./strategy.js')).runReject,
  },
  {
    name: 'strategy rollback',
    summary: 'submit an earlier version again as a pending version (four eyes, like any change)',
    usage: 'dunwell strategy rollback <version> --by USER [--json]',
    load: async () => (await import('./strategy.js')).runRollback,
  },
  {
    name: 'strategy history',
    summary: 'every strategy version with its status and who submitted and approved it',
    usage: 'dunwell strategy history [--json]',
    load: async () => (await import('./strategy.js')).runHistory,
  },
  {
    name: 'strategy show',
    summary: 'print the YAML of the active version, or of the version named',
    usage: 'dunwell strategy show [<version>]',
    load: async () => (await import('./strategy.js')).runShow,
  },
  {
    name: 'playbook show',
    summary: 'the playbook in force (the latest stored version, else the default) in one language',
    usage: 'dunwell playbook show [--lang zh-CN|en] [--json] | playbook show --yaml   (lang default: zh-CN)',
    load: async () => (await import('./playbook.js')).runShow,
  },
  {
    name: 'playbook set',
    summary: 'store a playbook file as the next version, in force at once',
    usage: 'dunwell playbook set --file F --by USER [--json]',
    load: async () => (await import('./playbook.js')).runSet,
  },
  {
    name: 'playbook suggest',
    summary: 'the recovery methods that apply to an account and why, and the answer to its last excuse',
    usage: 'dunwell playbook suggest <account_id> [--lang zh-CN|en] [--json]',
    load: async () => (await import('./playbook.js')).runSuggest,
  },
  {
    name: 'queue',
    summary: 'the day’s work queue, highest priority first, for everyone or one collector',
    usage: `dunwell queue [--as-of ${DATE}] [--collector USER] [--limit N] [--json]`,
    load: async () => (await import('./queue.js')).runShow,
  },
  {
    name: 'queue assign',
    summary: 'give a work item to another user (a manager or team lead does it)',
    usage: 'dunwell queue assign <item_id> --to USER --by USER [--json]',
    load: async () => (await import('./queue.js')).runAssign,
  },
  {
    name: 'promise add',
    summary: 'record a promise to pay taken from a debtor: amount, day and time, who took it (the cycle judges it)',
    usage:
      `dunwell promise add <account_id> --amount X --on ${DATE} [--time HH:MM] --by USER [--channel C] ` +
      '[--party PARTY_ID] [--activity ACTIVITY_ID] [--at INSTANT] [--json]',
    load: async () => (await import('./promise.js')).runAdd,
  },
  {
    name: 'promise list',
    summary: 'promises to pay, for one account or all, with their status and what was paid towards them',
    usage: 'dunwell promise list [<account_id>] [--status pending|kept|partly_kept|broken|cancelled] [--json]',
    load: async () => (await import('./promise.js')).runList,
  },
  {
    name: 'promise cancel',
    summary: 'cancel a pending promise taken in error (whoever took it, or a team lead or manager)',
    usage: 'dunwell promise cancel <promise_id> --by USER --reason TEXT [--json]',
    load: async () => (await import('./promise.js')).runCancel,
  },
  {
    name: 'arrangement propose',
    summary:
      'propose a settlement, plan or other arrangement with the three qualifying questions answered; the authority ladder says who may approve it',
    usage:
      `dunwell arrangement propose <account_id> --type settlement|debt_for_asset|offset|insurance|third_party_shares --amount X --pay-by ${DATE} --by USER --answers funds_now=yes,pay_today=no,sole_decider=yes [--waive-rest yes|no] [--asset TEXT --valuation X] [--counterparty NAME] [--payers NAME=X,NAME=X] [--note TEXT] [--at INSTANT] [--json]\n` +
      `  dunwell arrangement propose <account_id> --type plan|principal_first --installments N --first-due ${DATE} [--every month|week|2weeks] --by USER --answers … [--at INSTANT] [--json]`,
    load: async () => (await import('./arrangement.js')).runPropose,
  },
  {
    name: 'arrangement approve',
    summary: 'approve a proposed arrangement (never your own; your role must cover its discount and plan length)',
    usage: 'dunwell arrangement approve <arrangement_id> --by USER [--at INSTANT] [--json]',
    load: async () => (await import('./arrangement.js')).runApprove,
  },
  {
    name: 'arrangement reject',
    summary: 'reject a proposed arrangement, saying why',
    usage: 'dunwell arrangement reject <arrangement_id> --by USER --reason TEXT [--at INSTANT] [--json]',
    load: async () => (await import('./arrangement.js')).runReject,
  },
  {
    name: 'arrangement cancel',
    summary: 'cancel an arrangement before it acts on the ledger (a proposal withdrawn, a settlement walked away from)',
    usage: 'dunwell arrangement cancel <arrangement_id> --by USER --reason TEXT [--at INSTANT] [--json]',
    load: async () => (await import('./arrangement.js')).runCancel,
  },
  {
    name: 'arrangement list',
    summary: 'arrangements, for one account or all, with their terms, approvals and status',
    usage:
      'dunwell arrangement list [<account_id>] [--status proposed|approved|rejected|active|completed|breached|cancelled] [--json]',
    load: async () => (await import('./arrangement.js')).runList,
  },
  {
    name: 'template list',
    summary: 'message templates in force (defaults and what was set) by template, channel, language, tier, tone',
    usage:
      'dunwell template list [--template ID] [--channel sms|email|wechat|post] [--language L] [--tier T] [--tone T] [--json]',
    load: async () => (await import('./template.js')).runList,
  },
  {
    name: 'template show',
    summary: 'a template’s subject and body, per channel and language',
    usage: 'dunwell template show <template_id> [--channel C] [--language L] [--json]',
    load: async () => (await import('./template.js')).runShow,
  },
  {
    name: 'template set',
    summary: 'set templates from a file (the format of examples/templates.yaml); each change is a new version',
    usage: 'dunwell template set --file F --by USER [--json]',
    load: async () => (await import('./template.js')).runSet,
  },
  {
    name: 'template render',
    summary: 'render a template for an account, as the outbox would, to preview it',
    usage: `dunwell template render <template_id> --account A [--channel C] [--language L] [--as-of ${DATE}] [--channels F] [--json]`,
    load: async () => (await import('./template.js')).runRender,
  },
  {
    name: 'outbox send',
    summary: 'send the planned automatic messages whose window is open now, each exactly once',
    usage: `dunwell outbox send [--as-of ${DATE}] [--dry-run] [--channels F] [--limit N] [--json]   (channels: --channels, else $DUNWELL_CHANNELS)`,
    load: async () => (await import('./outbox.js')).runSend,
  },
  {
    name: 'compliance check',
    summary:
      'what-if: judge one contact request (JSON on standard input) against its rule pack; every rule, its citation, and when next allowed',
    usage:
      'dunwell compliance check [--lang zh-CN|en] [--json] < request.json   (exit 0 allowed or blocked, 2 malformed)',
    load: async () => (await import('./compliance-check.js')).runCheck,
  },
  {
    name: 'compliance lint',
    summary:
      'language guard: check a text on standard input for insults, threats, intimidation, posing as authority, false legal threats, disclosure, pressure',
    usage:
      'dunwell compliance lint [--lang zh|en] [--to-third-party] [--time-barred] [--json] < text.txt   (exit 0 whether it passes or not, 2 usage)',
    load: async () => (await import('./compliance-lint.js')).run,
  },
  {
    name: 'compliance blocks',
    summary:
      'contacts the gate refused (queue, outbox, desk) and those an override let through: the rules that fired, their citations and reasons, when next allowed',
    usage: `dunwell compliance blocks [--account A] [--day ${DATE}] [--limit N] [--lang zh-CN|en] [--json]`,
    load: async () => (await import('./compliance-blocks.js')).run,
  },
  {
    name: 'compliance precheck',
    summary:
      'ask the gate before a manual contact: may USER call, message or visit this party of the account now (or --at)? the rules in the way and when next allowed',
    usage:
      'dunwell compliance precheck <account_id> --channel phone|sms|email|wechat|post|visit --by USER[,USER2] [--party P] [--contact-point V] [--at INSTANT] [--lang zh-CN|en] [--json]   (exit 0 allowed or blocked)',
    load: async () => (await import('./compliance-precheck.js')).run,
  },
  {
    name: 'compliance override',
    summary:
      'set one rule of the pack aside for an account (a manager or admin, with a reason, until the end of the business day or --hours); the law’s absolutes never',
    usage:
      'dunwell compliance override <account_id> --rule RULE_ID --reason TEXT --by USER [--party P] [--hours N] [--json]   (hours: 1–168)',
    load: async () => (await import('./compliance-override.js')).runGrant,
  },
  {
    name: 'compliance override list',
    summary: 'overrides granted, for an account or all, newest first, and whether each is in force',
    usage: 'dunwell compliance override list [--account A] [--in-force] [--json]',
    load: async () => (await import('./compliance-override.js')).runList,
  },
  {
    name: 'evidence add',
    summary: 'store a recording, photo, letter, signed notice or document as evidence for an account (by its SHA-256)',
    usage:
      'dunwell evidence add <account_id> --file F --kind recording|photo|letter|notice|document --by USER [--activity ACTIVITY_ID] [--type MEDIA/TYPE] [--json]',
    load: async () => (await import('./evidence.js')).runAdd,
  },
  {
    name: 'evidence list',
    summary: 'an account’s evidence files, newest first, with their retention',
    usage: 'dunwell evidence list <account_id> [--json]',
    load: async () => (await import('./evidence.js')).runList,
  },
  {
    name: 'evidence show',
    summary: 'one evidence file and what it backs; --out writes its bytes (checked first); every look is recorded',
    usage: 'dunwell evidence show <sha256> [--out F] [--by USER] [--json]',
    load: async () => (await import('./evidence.js')).runShow,
  },
  {
    name: 'evidence purge',
    summary: 'delete evidence files past their retention (an administrator; never earlier), recorded in the chain',
    usage: `dunwell evidence purge [<sha256> …] [--before ${DATE}] --by USER [--json]`,
    load: async () => (await import('./evidence.js')).runPurge,
  },
  {
    name: 'audit verify',
    summary: 're-walk the audit chain, the activities it vouches for and every evidence file; exit 1 if anything fails',
    usage: 'dunwell audit verify [--lang zh-CN|en] [--json]',
    load: async () => (await import('./audit.js')).runVerify,
  },
  {
    name: 'legal limitation',
    summary:
      'what-if: the limitation clock of one debt (JSON on standard input) under its pack: when it runs out, what restarted or waived it',
    usage: 'dunwell legal limitation [--lang zh-CN|en] [--json] < request.json   (exit 0; 2 for a malformed request)',
    load: async () => (await import('./legal-limitation.js')).run,
  },
  {
    name: 'legal clock',
    summary:
      'an account’s limitation clock: when it runs out, days left, waived or not, and every event that restarted it',
    usage: `dunwell legal clock <account_id> [--as-of ${DATE}] [--lang zh-CN|en] [--json]`,
    load: async () => (await import('./legal-clock.js')).run,
  },
  {
    name: 'legal event add',
    summary:
      'record what restarts the limitation clock: a demand delivered, an acknowledgement, a suit filed, a notice of assignment delivered',
    usage:
      `dunwell legal event add <account_id> --type demand_delivered|acknowledgement|suit_filed|assignment_notice_delivered --on ${DATE} --by USER ` +
      '[--method M] [--activity ACTIVITY_ID] [--evidence SHA256] [--note TEXT] [--json]',
    load: async () => (await import('./legal-event.js')).runAdd,
  },
  {
    name: 'legal event list',
    summary: 'an account’s legal events (or all), oldest first, with how each was proven',
    usage: `dunwell legal event list [<account_id>] [--type T] [--from ${DATE}] [--to ${DATE}] [--json]`,
    load: async () => (await import('./legal-event.js')).runList,
  },
  {
    name: 'legal case open',
    summary: 'open a legal case on an account: notarized enforcement (needs notarized_on), lawsuit or arbitration',
    usage: `dunwell legal case open <account_id> --kind notarized_enforcement|lawsuit|arbitration --by USER [--forum TEXT] [--reference TEXT] [--on ${DATE}] [--json]`,
    load: async () => (await import('./legal-case.js')).runOpen,
  },
  {
    name: 'legal case update',
    summary:
      'move a case along its status machine; filing fixes the claim and records suit_filed; costs, judgment, recovered, deadline, documents',
    usage:
      `dunwell legal case update <case_id> --by USER [--status S] [--on ${DATE}] [--costs X] [--claim-amount X] ` +
      `[--judgment-amount X] [--recovered X] [--deadline ${DATE}] [--document F]… [--json]   (amounts: totals to date, in the account's currency)`,
    load: async () => (await import('./legal-case.js')).runUpdate,
  },
  {
    name: 'legal case list',
    summary: 'legal cases with their status, claim, costs, judgment, recovered and next deadline',
    usage: 'dunwell legal case list [--account A] [--status S] [--kind K] [--json]',
    load: async () => (await import('./legal-case.js')).runList,
  },
  {
    name: 'legal case show',
    summary:
      'one legal case: claim by component, deadlines (per instalment for notarized enforcement), documents, history',
    usage: 'dunwell legal case show <case_id> [--json]',
    load: async () => (await import('./legal-case.js')).runShow,
  },
  {
    name: 'legal suggest',
    summary:
      'accounts where the six lawsuit triggers fire (limitation near, secured long overdue, dead or missing, no agreement, assets to freeze, evasion), with reasons',
    usage: 'dunwell legal suggest [<account_id>] [--limit N] [--json]   (text shows 50 unless --limit)',
    load: async () => (await import('./legal-suggest.js')).run,
  },
  {
    name: 'restriction add',
    summary:
      'restrict a debtor: blacklist, stop_new_credit, or credit_bureau after prior notice (public posting is refused)',
    usage:
      `dunwell restriction add <account_id> --type blacklist|stop_new_credit|credit_bureau --by USER [--party P] ` +
      `[--notice-sent-on ${DATE} | --notice-activity ACTIVITY_ID] [--on ${DATE}] [--json]`,
    load: async () => (await import('./restriction.js')).runAdd,
  },
  {
    name: 'restriction list',
    summary: 'restrictions with their status, notice, and how long a bureau record is kept',
    usage: 'dunwell restriction list [--account A] [--status active|noticed|reported|lifted] [--type T] [--json]',
    load: async () => (await import('./restriction.js')).runList,
  },
  {
    name: 'restriction lift',
    summary: 'lift a restriction by hand, saying why (the cycle lifts them itself when the debt is paid)',
    usage: 'dunwell restriction lift <restriction_id> --reason TEXT --by USER [--json]',
    load: async () => (await import('./restriction.js')).runLift,
  },
  {
    name: 'letter issue',
    summary:
      'a demand letter or notice as PDF (zh-CN or English): the debt by component as of its date, how to pay, what may follow, the slip; stored as evidence, an activity',
    usage:
      `dunwell letter issue <account_id> --kind demand|final_demand|validation_notice|credit_report_notice --by USER ` +
      `[--lang zh|en] [--on ${DATE}] [--party PARTY_ID] [--out F.pdf] [--json]   (on: default today; the cycle must have run to it)`,
    load: async () => (await import('./letter.js')).runIssue,
  },
  {
    name: 'letter delivered',
    summary: 'record the proof that a letter reached the debtor; a demand delivered restarts the limitation clock',
    usage:
      `dunwell letter delivered <activity_id> --method registered_mail|notarized_service|signed_receipt|email_to_given_address|sms_to_given_number ` +
      `--on ${DATE} --by USER [--evidence F] [--json]`,
    load: async () => (await import('./letter.js')).runDelivered,
  },
  {
    name: 'letter list',
    summary: 'the letters and notices sent on an account, newest first, with their delivery',
    usage: 'dunwell letter list <account_id> [--json]',
    load: async () => (await import('./letter.js')).runList,
  },
  {
    name: 'letter letterhead',
    summary: 'show a portfolio’s letterhead (creditor, address, phone, how to pay), or set it from a YAML file',
    usage: 'dunwell letter letterhead <portfolio> [--file F --by USER] [--json]',
    load: async () => (await import('./letter.js')).runLetterhead,
  },
  {
    name: 'report aging',
    summary: 'accounts, outstanding and past-due totals per DPD bucket for a day the cycle has run',
    usage: `dunwell report aging [--as-of ${DATE}] [--portfolio NAME] [--json|--csv]`,
    load: async () => (await import('./report-aging.js')).run,
  },
  {
    name: 'report strategy',
    summary: 'champion/challenger: per variant, accounts, cure rate, roll-forward rate, recovered, promises kept',
    usage: `dunwell report strategy [--from ${DATE}] [--to ${DATE}] [--json]`,
    load: async () => (await import('./report-strategy.js')).run,
  },
  {
    name: 'report promises',
    summary:
      'promises to pay taken in a period: kept, partly kept, broken, pending and the kept rate, per collector, team and variant',
    usage: `dunwell report promises [--from ${DATE}] [--to ${DATE}] [--json]`,
    load: async () => (await import('./report-promises.js')).run,
  },
];
