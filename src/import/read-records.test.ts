import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TempDir, tempDir } from './import-fixtures.js';
import { readRecords } from './read-records.js';
import { RECORD_BATCHES, type SourceRecord } from './record-batches.js';
import { CsvSplitter, FIELD_KEEP } from './split-csv.js';

async function collect(path: string): Promise<SourceRecord[]> {
  const out: SourceRecord[] = [];
  for await (const r of readRecords(path)) out.push(r);
  return out;
}

describe('readRecords', () => {
  let dir: TempDir;
  beforeAll(() => {
    dir = tempDir();
  });
  afterAll(() => dir.remove());

  it('reads CSV with a BOM, CRLF line ends, quoted commas, quotes, line breaks and Chinese text', async () => {
    const path = dir.file(
      'parties.csv',
      '\uFEFFparty_id,name,employer\r\n' +
        'P-1,王芳,"华东贸易有限公司, 上海"\r\n' +
        '\r\n' +
        'P-2,"James ""Jim"" Miller","line one\nline two"\r\n' +
        'P-3,,\r\n',
    );
    expect(await collect(path)).toEqual([
      { party_id: 'P-1', name: '王芳', employer: '华东贸易有限公司, 上海' },
      { party_id: 'P-2', name: 'James "Jim" Miller', employer: 'line one\nline two' },
      { party_id: 'P-3', name: '', employer: '' },
    ]);
  });

  it('reads a last line without a line break, and a header-only file as no records', async () => {
    expect(await collect(dir.file('a.csv', 'a,b\n1,2'))).toEqual([{ a: '1', b: '2' }]);
    expect(await collect(dir.file('b.csv', 'a,b\n'))).toEqual([]);
    expect(await collect(dir.file('c.csv', ''))).toEqual([]);
  });

  it('reads JSON lines, keeping numbers and booleans as JSON gave them (the importer decides) and null as blank', async () => {
    const path = dir.file(
      'payments.jsonl',
      '{"payment_id":"PAY-1","amount":500.5,"verified":true,"payer_party_id":null}\n\n{"payment_id":"PAY-2","amount":"1.00"}',
    );
    expect(await collect(path)).toEqual([
      { payment_id: 'PAY-1', amount: 500.5, verified: true, payer_party_id: '' },
      { payment_id: 'PAY-2', amount: '1.00' },
    ]);
  });

  it('tells JSON lines from CSV by the first non-blank character when the extension does not say', async () => {
    expect(await collect(dir.file('export.txt', '\n  {"a":"1"}\n{"a":"2"}\n'))).toEqual([{ a: '1' }, { a: '2' }]);
    expect(await collect(dir.file('export.dat', 'a,b\n1,2\n'))).toEqual([{ a: '1', b: '2' }]);
  });

  it('refuses malformed files, naming the file and the line', async () => {
    const cases: [string, string, RegExp][] = [
      ['short.csv', 'a,b\n1,2\n3\n', /short\.csv: line 3 has 1 field, but the header has 2/],
      ['quote.csv', 'a,b\n1,"open\n2,3\n', /quote\.csv: line 2: a quoted field is not closed/],
      ['after.csv', 'a,b\n"x"y,2\n', /after\.csv: line 2: unexpected text after a closing quote/],
      ['dup.csv', 'a,a\n1,2\n', /dup\.csv: line 1: the header names column a twice/],
      ['blank.csv', 'a,,b\n1,2,3\n', /blank\.csv: line 1: column 2 of the header has no name/],
      ['bad.jsonl', '{"a":"1"}\n{"a":\n', /bad\.jsonl: line 2: not valid JSON/],
      ['array.json', '[{"a":"1"}]\n', /array\.json: line 1: expected one JSON object per line/],
      ['nested.jsonl', '{"a":{"b":1}}\n', /nested\.jsonl: line 1: a must be a string, number, boolean or null/],
    ];
    for (const [name, content, message] of cases) {
      const path = dir.file(name, content);
      await expect(collect(path), name).rejects.toMatchObject({ code: 'UNREADABLE_INPUT' });
      await expect(collect(path), name).rejects.toThrow(message);
    }
  });

  it('refuses a file that is not UTF-8 (a GBK export) and a missing file', async () => {
    // "王芳" in GBK.
    const gbk = Buffer.concat([
      Buffer.from('party_id,name\nP-1,'),
      Buffer.from([0xcd, 0xf5, 0xb7, 0xbc]),
      Buffer.from('\n'),
    ]);
    await expect(collect(dir.file('gbk.csv', gbk))).rejects.toThrow(/gbk\.csv is not UTF-8 text/);
    await expect(collect(`${dir.path}/missing.csv`)).rejects.toThrow(/cannot read .*missing\.csv: no such file/);
  });

  it('keeps a genuine U+FFFD and characters split across read pieces', async () => {
    const name = '王'.repeat(20_000); // 60 kB a field, 240 kB in all: crosses read pieces at arbitrary byte offsets
    const path = dir.file('big.csv', `a,b\n${`\uFFFD,${name}\n`.repeat(4)}`);
    expect(await collect(path)).toEqual(Array.from({ length: 4 }, () => ({ a: '\uFFFD', b: name })));
  });

  it('cuts a field longer than any the importer takes while reading it, so memory stays bounded', async () => {
    const path = dir.file('long.csv', `a,b\n1,"${'x'.repeat(5_000_000)}"\n2,y\n`);
    expect((await collect(path)).map((r) => [r.a, String(r.b).length])).toEqual([
      ['1', FIELD_KEEP],
      ['2', 1],
    ]);
  });

  it('tells an empty file by the onEmpty hook, and reads a file of blank space without holding it', async () => {
    const empty: string[] = [];
    for (const [name, content] of [
      ['e.csv', ''],
      ['e.jsonl', '\n\n'],
      ['e.txt', ' \n\t\n'],
    ] as const) {
      for await (const _ of readRecords(dir.file(name, content))[RECORD_BATCHES]({ onEmpty: () => empty.push(name) })) {
        // drain
      }
    }
    expect(empty).toEqual(['e.csv', 'e.jsonl', 'e.txt']);
    // 2 MiB of spaces before anything: read as CSV, whose header then has no name.
    const spaces = dir.file('spaces.txt', `${' '.repeat(2 << 20)}\nx\n`);
    await expect(collect(spaces)).rejects.toThrow(/line 1: column 1 of the header has no name/);
  });

  it('reports bytes read against the file size', async () => {
    const path = dir.file('bytes.csv', `a\n${'x\n'.repeat(100_000)}`);
    const seen: [number, number][] = [];
    for await (const _ of readRecords(path, { onBytes: (b, t) => seen.push([b, t]) })) {
      // drain
    }
    expect(seen.at(-1)).toEqual([200_002, 200_002]);
    expect(seen.length).toBeGreaterThan(1);
  });
});

/** RFC 4180 encoding of one record. */
function encode(fields: readonly string[]): string {
  return fields.map((f) => (/[",\r\n]/.test(f) || f === '' ? `"${f.replace(/"/g, '""')}"` : f)).join(',');
}

function splitAll(text: string, cuts: readonly number[]): string[][] {
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

describe('CsvSplitter', () => {
  const field = fc.string({ unit: fc.constantFrom('a', 'b', '王', ',', '"', '\n', '\r', ' ', 'x') });
  const records = fc.array(fc.array(field, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 });

  it('gives back exactly the encoded records, however the text is cut into pieces', () => {
    fc.assert(
      fc.property(records, fc.array(fc.nat(), { maxLength: 6 }), fc.boolean(), (rows, rawCuts, crlf) => {
        const text = rows.map(encode).join(crlf ? '\r\n' : '\n') + (crlf ? '\r\n' : '\n');
        const cuts = rawCuts.map((c) => c % (text.length + 1));
        expect(splitAll(text, cuts)).toEqual(rows);
      }),
      { numRuns: 500 },
    );
  });

  it('counts physical lines for messages, including line breaks inside quotes', () => {
    const splitter = new CsvSplitter();
    const lines: number[] = [];
    for (const _ of splitter.feed('h\n"a\nb"\n\nc\n', true)) lines.push(splitter.recordLine);
    expect(lines).toEqual([1, 2, 5]);
  });
});
