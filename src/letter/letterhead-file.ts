/**
 * The letterhead document a manager sets for a portfolio (`dunwell letter letterhead P --file F`), YAML or
 * JSON, and the JSON stored in `portfolios.letterhead`, read back by the same schema:
 *
 * ```yaml
 * creditor: { zh-CN: 示例消费金融有限公司, en: Example Consumer Finance Co., Ltd. }
 * address: { zh-CN: 上海市浦东新区世纪大道100号20层, en: "20/F, 100 Century Avenue, Shanghai" }
 * phone: 400-800-1234
 * hours: { zh-CN: 工作日 9:00–18:00, en: weekdays 9:00–18:00 }   # optional
 * payment:
 *   - channel: bank_transfer          # bank_transfer, direct_debit, card, wechat_pay, alipay, counter_deposit
 *     details: { zh-CN: 户名…；账号…, en: Account name …; account number … }
 * ```
 * Cash, or a personal account, is refused by rule with its reason (payment-codes.ts).
 */
import { z } from 'zod';
import type { SchemaCheck } from '../document/parse-yaml-document.js';
import { schemaProblems } from '../document/schema-problems.js';
import { AppError } from '../domain/errors.js';
import { LETTER_PAYMENT_CHANNELS, type Letterhead } from '../domain/letter/letterhead.js';
import { refusedPaymentChannel } from '../domain/payment/payment-codes.js';

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be blank')
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !/\p{Cc}/u.test(s), 'must not hold control characters (a line break, a tab)');
const bilingual = (max: number) => z.strictObject({ 'zh-CN': text(max), en: text(max) });

const channel = z.string().superRefine((value, ctx) => {
  const refused = refusedPaymentChannel(value);
  if (refused !== null) ctx.addIssue({ code: 'custom', message: refused.en });
  else if (!(LETTER_PAYMENT_CHANNELS as readonly string[]).includes(value)) {
    ctx.addIssue({ code: 'custom', message: `"${value}" is not one of ${LETTER_PAYMENT_CHANNELS.join(', ')}` });
  }
});

const LETTERHEAD_SCHEMA = z.strictObject({
  creditor: bilingual(120),
  address: bilingual(200),
  phone: text(40),
  hours: bilingual(60).optional(),
  payment: z
    .array(z.strictObject({ channel, details: bilingual(300) }))
    .min(1, 'name at least one way to pay')
    .max(6, 'name at most 6 ways to pay'),
});

export const checkLetterhead: SchemaCheck<Letterhead> = (value) => {
  const parsed = LETTERHEAD_SCHEMA.safeParse(value);
  if (!parsed.success) return { ok: false, problems: schemaProblems(parsed.error.issues) };
  const d = parsed.data;
  return {
    ok: true,
    document: {
      creditor: d.creditor,
      address: d.address,
      phone: d.phone,
      hours: d.hours ?? null,
      payment: d.payment.map((p) => ({
        channel: p.channel as Letterhead['payment'][number]['channel'],
        details: p.details,
      })),
    },
  };
};

/** The JSON stored for a letterhead (the document's own keys). */
export function letterheadJson(l: Letterhead): string {
  return JSON.stringify({
    creditor: l.creditor,
    address: l.address,
    phone: l.phone,
    ...(l.hours === null ? {} : { hours: l.hours }),
    payment: l.payment,
  });
}

/** The portfolio's stored letterhead, or null when none is set. */
export function storedLetterhead(json: string): Letterhead | null {
  if (json === '') return null;
  const checked = checkLetterhead(JSON.parse(json));
  if (!checked.ok) throw new AppError('INTERNAL', 'a stored letterhead no longer passes its schema');
  return checked.document;
}
