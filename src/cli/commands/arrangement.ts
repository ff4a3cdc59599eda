/** `dunwell arrangement propose|approve|reject|cancel|list`: settlements, plans and their kin. */
import type { ArrangementView } from '../../arrangement/arrangement-view.js';
import { cancelArrangement } from '../../arrangement/cancel-arrangement.js';
import { decideArrangement } from '../../arrangement/decide-arrangement.js';
import { listArrangements } from '../../arrangement/list-arrangements.js';
import { proposeArrangement } from '../../arrangement/propose-arrangement.js';
import {
  PLAN_FREQUENCIES,
  type PlanFrequency,
  QUALIFYING_QUESTIONS,
  type QualifyingQuestion,
} from '../../domain/arrangement/arrangement-codes.js';
import { type RunCommand, usageError } from '../command.js';
import { EXIT } from '../exit-status.js';
import { withStore } from '../open-cli-store.js';
import {
  dateOption,
  oneArgument,
  optionalArgument,
  parseOptions,
  requiredOption,
  wholeNumberOption,
  yesNoOption,
} from '../parse-options.js';
import { printResult } from '../print-result.js';

/** `funds_now=yes,pay_today=no,sole_decider=yes` → answers. */
function parseAnswers(text: string | undefined): Partial<Record<QualifyingQuestion, boolean>> {
  const answers: Partial<Record<QualifyingQuestion, boolean>> = {};
  if (text === undefined) return answers;
  for (const part of text.split(',')) {
    const [key = '', value = ''] = part.split('=').map((s) => s.trim());
    if (!(QUALIFYING_QUESTIONS as readonly string[]).includes(key)) {
      throw usageError(`--answers: "${key}" is not one of ${QUALIFYING_QUESTIONS.join(', ')}`);
    }
    const answer = yesNoOption(`answers ${key}`, value);
    if (answer !== undefined) answers[key as QualifyingQuestion] = answer;
  }
  return answers;
}

/** `name=amount,name=amount` → payers (amounts stay decimal text: the use case knows the currency). */
function parsePayers(text: string | undefined): { name: string; amount: string }[] | undefined {
  if (text === undefined) return undefined;
  return text.split(',').map((part) => {
    const at = part.lastIndexOf('=');
    if (at <= 0) throw usageError(`--payers: "${part}" is not NAME=AMOUNT`);
    return { name: part.slice(0, at).trim(), amount: part.slice(at + 1).trim() };
  });
}

function line(a: ArrangementView): string {
  const t = a.terms;
  const what =
    a.plan_installments > 0
      ? `${a.plan_installments} instalments from ${String(t.first_due)} every ${String(t.every)}`
      : `${a.currency} ${String(t.amount)} by ${String(t.pay_by)}${t.waive_rest ? `, rest waived (${a.discount_percent}% off)` : ''}`;
  const decided = a.approved_by
    ? `, approved by ${a.approved_by}`
    : a.rejected_by
      ? `, rejected by ${a.rejected_by}`
      : '';
  return `${a.id} ${a.account_id} ${a.type} ${a.status}: ${what}; proposed by ${a.proposed_by} on ${a.proposed_on}${decided}${a.required_role && a.status === 'proposed' ? `; needs a ${a.required_role}` : ''}`;
}

export const runPropose: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    type: { type: 'string' },
    amount: { type: 'string' },
    'pay-by': { type: 'string' },
    installments: { type: 'string' },
    'first-due': { type: 'string' },
    every: { type: 'string' },
    'waive-rest': { type: 'string' },
    asset: { type: 'string' },
    valuation: { type: 'string' },
    counterparty: { type: 'string' },
    payers: { type: 'string' },
    answers: { type: 'string' },
    note: { type: 'string' },
    by: { type: 'string' },
    at: { type: 'string' },
    json: { type: 'boolean' },
  });
  const accountId = oneArgument(positionals, 'the account_id');
  const every = values.every;
  if (every !== undefined && !(PLAN_FREQUENCIES as readonly string[]).includes(every)) {
    throw usageError(`--every takes ${PLAN_FREQUENCIES.join(', ')}, not "${every}"`);
  }
  const view = await withStore(ctx, 'write', (store) =>
    proposeArrangement({
      store,
      accountId,
      type: requiredOption('type', values.type),
      by: requiredOption('by', values.by),
      at: values.at,
      now: ctx.now(),
      amount: values.amount,
      payBy: dateOption('pay-by', values['pay-by']),
      installments: wholeNumberOption('installments', values.installments, 1, 999),
      firstDue: dateOption('first-due', values['first-due']),
      every: every as PlanFrequency | undefined,
      waiveRest: yesNoOption('waive-rest', values['waive-rest']),
      asset:
        values.asset === undefined
          ? undefined
          : { description: values.asset, valuation: requiredOption('valuation', values.valuation) },
      counterparty: values.counterparty,
      payers: parsePayers(values.payers),
      answers: parseAnswers(values.answers),
      note: values.note,
    }),
  );
  printResult(ctx, values.json, view, () => line(view));
  return EXIT.ok;
};

function decide(decision: 'approve' | 'reject'): RunCommand {
  return async (ctx) => {
    const { values, positionals } = parseOptions(ctx.args, {
      by: { type: 'string' },
      at: { type: 'string' },
      reason: { type: 'string' },
      json: { type: 'boolean' },
    });
    const arrangementId = oneArgument(positionals, 'the arrangement id');
    const view = await withStore(ctx, 'write', (store) =>
      decideArrangement({
        store,
        arrangementId,
        decision,
        by: requiredOption('by', values.by),
        at: values.at,
        reason: values.reason,
        now: ctx.now(),
      }),
    );
    printResult(ctx, values.json, view, () => line(view));
    return EXIT.ok;
  };
}

export const runApprove = decide('approve');
export const runReject = decide('reject');

export const runCancel: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, {
    by: { type: 'string' },
    reason: { type: 'string' },
    at: { type: 'string' },
    json: { type: 'boolean' },
  });
  const arrangementId = oneArgument(positionals, 'the arrangement id');
  const view = await withStore(ctx, 'write', (store) =>
    cancelArrangement({
      store,
      arrangementId,
      by: requiredOption('by', values.by),
      reason: requiredOption('reason', values.reason),
      at: values.at,
      now: ctx.now(),
    }),
  );
  printResult(ctx, values.json, view, () => line(view));
  return EXIT.ok;
};

export const runList: RunCommand = async (ctx) => {
  const { values, positionals } = parseOptions(ctx.args, { status: { type: 'string' }, json: { type: 'boolean' } });
  const accountId = optionalArgument(positionals);
  const result = await withStore(ctx, 'read', (store) => listArrangements({ store, accountId, status: values.status }));
  printResult(ctx, values.json, result, () =>
    result.arrangements.length === 0 ? 'no arrangements' : result.arrangements.map(line),
  );
  return EXIT.ok;
};
