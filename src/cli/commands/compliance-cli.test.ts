/**
 * `dunwell compliance check` end to end: a request on standard input, the decision as issue 8 prints it,
 * exit 0 allowed or blocked and 2 for a malformed request. No database is opened.
 */
import { describe, expect, it } from 'vitest';
import { cnCall, pastCall, usCall } from '../../../test/support/contact-requests.js';
import { runCliWithInput } from '../../../test/support/run-cli.js';

const DB = '/nonexistent/never-opened.db';
const check = (input: string, ...args: string[]) => runCliWithInput(DB, input, 'compliance', 'check', ...args);

describe('dunwell compliance check', () => {
  it('prints an allowed decision as JSON in exactly the shape of the issue, reasons in Chinese by default', async () => {
    const result = await check(JSON.stringify(cnCall('2026-12-01T10:00:00+08:00')), '--json');
    expect(result).toMatchObject({ code: 0, err: '' });
    const response = JSON.parse(result.out);
    expect(Object.keys(response)).toEqual(['allowed', 'rules', 'next_allowed_at']);
    expect(response.allowed).toBe(true);
    expect(response.next_allowed_at).toBe('2026-12-01T02:00:00.000Z');
    for (const rule of response.rules) {
      expect(Object.keys(rule)).toEqual(['id', 'verdict', 'citation', 'reason']);
      expect(rule.reason).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('prints a blocked decision with exit 0, the rule that fired and when it is next allowed, in English on request', async () => {
    const request = usCall('2026-12-01T10:00:00-05:00');
    request.history = [pastCall(request, '2026-11-30T15:00:00-05:00', { conversation: true })];
    const result = await check(JSON.stringify(request), '--json', '--lang', 'en');
    expect(result.code).toBe(0);
    const response = JSON.parse(result.out);
    expect(response.allowed).toBe(false);
    expect(response.next_allowed_at).toBe('2026-12-07T13:00:00.000Z');
    const fired = response.rules.filter((r: { verdict: string }) => r.verdict === 'block');
    expect(fired).toEqual([
      {
        id: 'us-regf.conversation_cooldown',
        verdict: 'block',
        citation: '12 CFR 1006.14(b)(2)(i)(B), (b)(3) and official comments',
        reason: expect.stringMatching(
          /^No call to a person about a debt within 7 consecutive days.*allowed again from 2026-12-07T05:00:00.000Z\.$/,
        ),
      },
    ]);
  });

  it('prints the decision as lines a person reads without --json', async () => {
    const result = await check(JSON.stringify(cnCall('2026-12-01T23:00:00+08:00')), '--lang', 'en');
    expect(result.code).toBe(0);
    const lines = result.out.split('\n');
    expect(lines[0]).toBe('blocked — next allowed at 2026-12-02T00:00:00.000Z');
    expect(lines[1]).toMatch(/^ {2}block cn\.contact_window +No calls, visits .* \[中国银行业协会/);
  });

  it('refuses a malformed request with exit 2 and a message naming what is wrong', async () => {
    const cases: [string, RegExp][] = [
      ['', /no request: give one JSON object on standard input/],
      ['{"pack": "cn",', /the request is not JSON/],
      ['[]', /the request is a JSON object/],
    ];
    const bad = cnCall('2026-12-01T10:00:00+08:00');
    bad.pack = 'de';
    cases.push([JSON.stringify(bad), /pack: Invalid option: expected one of "cn"\|"us-regf"\|"uk-conc"/]);
    const noZone = cnCall('2026-12-01T10:00:00', { party: { id: 'p', role: 'borrower', timezones: ['CST'] } });
    cases.push([
      JSON.stringify(noZone),
      /now: "2026-12-01T10:00:00" is not an ISO 8601 instant with an offset.*attempt\.party\.timezones\[0\]: not an IANA time zone/,
    ]);
    const stranger = cnCall('2026-12-01T10:00:00+08:00');
    stranger.history = [{ ...pastCall(stranger, '2026-11-30T10:00:00+08:00'), party_id: 'p-unknown' }];
    cases.push([JSON.stringify(stranger), /history\[0\]\.party_id: party "p-unknown" is not named in parties/]);
    const extra = { ...cnCall('2026-12-01T10:00:00+08:00'), priority: 'high' };
    cases.push([JSON.stringify(extra), /priority: unknown key "priority"/]);
    for (const [input, message] of cases) {
      const result = await check(input, '--json');
      expect(result.code, input).toBe(2);
      expect(result.out, input).toBe('');
      expect(result.err, input).toMatch(/^dunwell compliance check: /);
      expect(result.err, input).toMatch(message);
    }
  });

  it('refuses an unknown language or a stray argument as a usage error', async () => {
    const input = JSON.stringify(cnCall('2026-12-01T10:00:00+08:00'));
    expect((await check(input, '--lang', 'fr')).code).toBe(2);
    expect((await check(input, 'extra')).code).toBe(2);
  });
});
