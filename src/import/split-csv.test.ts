/**
 * The import's own CSV splitter is kept only because a reference parser agrees with it: csv-parse (a dev
 * dependency, never used at run time) reads the same generated files — quotes, doubled quotes, commas and
 * line breaks inside quotes, CRLF and LF, empty and blank lines, a BOM, a last line without a line break —
 * and both must give the same records, however the text is cut into pieces.
 */
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TempDir, tempDir } from './import-fixtures.js';
import { readRecords } from './read-records.js';
import { CsvSplitter, CsvSyntaxError, FIELD_KEEP } from './split-csv.js';

/** The reference: RFC 4180 with LF or CRLF line ends, blank lines skipped, a quote inside an unquoted field kept. */
function reference(text: string): string[][] {
  return parse(text, {
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    record_delimiter: ['\r\n', '\n'],
  });
}

function split(text: string, cuts: readonly number[] = []): string[][] {
  const splitter = new CsvSplitter();
  const out: string[][] = [];
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    out.push(...splitter.feed(text.slice(at, cut), false));
    at = cut;
  }
  out.push(...splitter.feed(text.slice(at), true));
  return out;
}

/** A field as a file would carry it: quoted when it must be, and sometimes when it need not be. */
const encodedField = fc
  .tuple(
    fc.string({ unit: fc.constantFrom('a', 'b', '王', ' ', ',', '"', '\n', '\r', '\r\n', 'é'), maxLength: 8 }),
    fc.boolean(),
  )
  .map(([value, quoteAnyway]) => {
    const mustQuote = /[",\r\n]/.test(value);
    if (mustQuote || quoteAnyway) return `"${value.replace(/"/g, '""')}"`;
    return value;
  });

/** Unquoted text with a quote inside (not first): kept as text by both. */
const looseQuoteField = fc.constantFrom('5" screen', 'a"b', 'x""y');

const record = fc.array(fc.oneof({ weight: 5, arbitrary: encodedField }, { weight: 1, arbitrary: looseQuoteField }), {
  minLength: 1,
  maxLength: 5,
});

const file = fc.record({
  records: fc.array(fc.tuple(record, fc.constantFrom('\n', '\r\n'), fc.constantFrom('', '', '\n', '\r\n')), {
    minLength: 1,
    maxLength: 10,
  }),
  bom: fc.boolean(),
  endsWithLineBreak: fc.boolean(),
});

function textOf(f: typeof file extends fc.Arbitrary<infer T> ? T : never): string {
  let text = f.bom ? '\uFEFF' : '';
  f.records.forEach(([fields, end, blank], i) => {
    text += fields.join(',');
    if (i < f.records.length - 1 || f.endsWithLineBreak) text += end + blank;
  });
  return text;
}

describe('CsvSplitter against csv-parse', () => {
  it('gives the same records as the reference for any generated file, however it is cut into pieces', () => {
    fc.assert(
      fc.property(file, fc.array(fc.nat(), { maxLength: 8 }), (f, rawCuts) => {
        const text = textOf(f);
        const body = text.replace(/^\uFEFF/, ''); // readText strips the BOM before the splitter sees the text
        const cuts = rawCuts.map((c) => c % (body.length + 1));
        expect(split(body, cuts)).toEqual(reference(text));
      }),
      { numRuns: 2000 },
    );
  });

  describe('through readRecords, on real files', () => {
    let dir: TempDir;
    beforeAll(() => {
      dir = tempDir();
    });
    afterAll(() => dir.remove());

    it('gives the same records as the reference, with the first record as the header', async () => {
      const header = fc.constantFrom('a,b,c', '"a","b","c"');
      const row = fc.array(encodedField, { minLength: 3, maxLength: 3 });
      const rows = fc.array(fc.tuple(row, fc.constantFrom('\n', '\r\n', '\n\n', '\r\n\r\n')), { maxLength: 6 });
      let n = 0;
      await fc.assert(
        fc.asyncProperty(header, rows, fc.boolean(), async (h, rs, bom) => {
          const text = `${bom ? '\uFEFF' : ''}${h}\n${rs.map(([fields, end]) => fields.join(',') + end).join('')}`;
          const expected = reference(text)
            .slice(1)
            .map(([a, b, c]) => ({ a, b, c }));
          const read: Record<string, unknown>[] = [];
          for await (const r of readRecords(dir.file(`f${n++}.csv`, text))) read.push(r);
          expect(read).toEqual(expected);
        }),
        { numRuns: 200 },
      );
    });
  });
});

describe('CsvSplitter on long fields', () => {
  /** Feeds `text` in 64 KiB pieces, as readRecords does. */
  function splitInPieces(text: string): string[][] {
    const splitter = new CsvSplitter();
    const out: string[][] = [];
    for (let at = 0; at < text.length; at += 65_536) out.push(...splitter.feed(text.slice(at, at + 65_536), false));
    out.push(...splitter.feed('', true));
    return out;
  }

  it('reads a 40 MB field in time linear in its length and keeps only the first FIELD_KEEP characters', () => {
    const big = 'x'.repeat(40_000_000);
    for (const text of [`a,b\n1,"${big}"\n2,z\n`, `a,b\n1,${big}\n2,z\n`, `a,b\n1,"${big}\n${big}"\n2,z\n`]) {
      const started = performance.now();
      const records = splitInPieces(text);
      // Quadratic splitting took 21 s for 50 MB; linear splitting takes a small fraction of a second.
      expect(performance.now() - started).toBeLessThan(5_000);
      expect(records.map((r) => r.map((f) => f.length))).toEqual([
        [1, 1],
        [1, FIELD_KEEP],
        [1, 1],
      ]);
      expect(records[1]?.[1]).toBe(`${'x'.repeat(FIELD_KEEP)}`);
      expect(records[2]).toEqual(['2', 'z']);
    }
  });

  it('keeps fields up to FIELD_KEEP whole, on the fast path and across pieces', () => {
    const exact = 'y'.repeat(FIELD_KEEP);
    expect(split(`${exact}\n`)).toEqual([[exact]]);
    expect(split(`${exact}y\n`)).toEqual([[exact]]);
    expect(split(`"${exact}"\n`, [10, 40_000])).toEqual([[exact]]);
  });

  it('counts lines after a cut field, for the messages', () => {
    const splitter = new CsvSplitter();
    const lines: number[] = [];
    const text = `h\n"${'\n'.repeat(70_000)}"\nnext\n`;
    for (let at = 0; at <= text.length; at += 4096) {
      for (const _ of splitter.feed(text.slice(at, at + 4096), at + 4096 >= text.length))
        lines.push(splitter.recordLine);
    }
    expect(lines).toEqual([1, 2, 70_003]);
  });

  it('refuses a record with more fields than allowed, before holding them all', () => {
    const splitter = new CsvSplitter();
    splitter.fieldLimit = { max: 3, why: 'the header has 3' };
    const run = (text: string) => [...splitter.feed(text, true)];
    expect(run('1,2,3\n')).toEqual([['1', '2', '3']]);
    expect(() => run('1,2,3,4\n')).toThrow(new CsvSyntaxError(2, 'more than 3 fields (the header has 3)'));
    const fresh = new CsvSplitter();
    expect(() => [...fresh.feed(`"a",${','.repeat(5_000_000)}`, false)]).toThrow(/more than 1000 fields/);
  });
});
