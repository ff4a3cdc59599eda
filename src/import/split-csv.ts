/**
 * A streaming RFC 4180 CSV splitter: fed text in pieces, it yields each complete record as an array of
 * fields. Fields may be quoted, with "" for a quote and commas and line breaks inside; lines end in LF or
 * CRLF; blank lines are skipped; a quote inside an unquoted field is kept as text. It exists because the
 * import must sustain well over 100k rows/s and a general-purpose parser costs more than the database
 * writes do: lines without quotes take a fast path (indexOf + split).
 */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

export class CsvSplitter {
  /** Text of an incomplete record carried over to the next piece. */
  private rest = '';
  /** Physical line number (1-based) where the next record starts. */
  private nextLine = 1;
  /** Line on which the most recently yielded record started. */
  recordLine = 0;

  *feed(text: string, final: boolean): Generator<string[]> {
    const buf = this.rest.length > 0 ? this.rest + text : text;
    this.rest = '';
    const n = buf.length;
    let pos = 0;
    let nextQuote = buf.indexOf('"');
    while (pos < n) {
      if (nextQuote !== -1 && nextQuote < pos) nextQuote = buf.indexOf('"', pos);
      const nl = buf.indexOf('\n', pos);
      if (nextQuote === -1 || (nl !== -1 && nextQuote > nl)) {
        // Fast path: the record is one line with no quotes.
        if (nl === -1 && !final) break;
        const end = nl === -1 ? n : nl;
        const lineEnd = end > pos && buf.charCodeAt(end - 1) === 13 ? end - 1 : end;
        const line = buf.slice(pos, lineEnd);
        this.recordLine = this.nextLine++;
        pos = nl === -1 ? n : nl + 1;
        if (line.length > 0) yield line.split(',');
        continue;
      }
      const parsed = this.quoted(buf, pos, final);
      if (!parsed) break;
      this.recordLine = this.nextLine;
      this.nextLine += parsed.lines;
      pos = parsed.next;
      yield parsed.fields;
    }
    if (pos < n) this.rest = buf.slice(pos);
  }

  /** Parses one record that contains quotes, or returns undefined when it continues past the text. */
  private quoted(
    buf: string,
    start: number,
    final: boolean,
  ): { fields: string[]; next: number; lines: number } | undefined {
    const n = buf.length;
    const fields: string[] = [];
    let lines = 1;
    let i = start;
    for (;;) {
      if (buf.charCodeAt(i) === 34) {
        let field = '';
        i++;
        for (;;) {
          const q = buf.indexOf('"', i);
          if (q === -1 || (q === n - 1 && !final)) {
            if (!final) return undefined;
            throw new CsvSyntaxError(this.nextLine, 'a quoted field is not closed');
          }
          const piece = buf.slice(i, q);
          for (let k = piece.indexOf('\n'); k !== -1; k = piece.indexOf('\n', k + 1)) lines++;
          field += piece;
          if (buf.charCodeAt(q + 1) === 34) {
            field += '"';
            i = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
        fields.push(field);
        const c = buf.charCodeAt(i);
        if (c === 44) {
          i++;
          continue;
        }
        if (i >= n) {
          if (!final) return undefined;
          return { fields, next: n, lines };
        }
        if (c === 10) return { fields, next: i + 1, lines };
        if (c === 13 && buf.charCodeAt(i + 1) === 10) return { fields, next: i + 2, lines };
        if (c === 13 && i + 1 >= n) {
          if (!final) return undefined;
          return { fields, next: n, lines };
        }
        throw new CsvSyntaxError(this.nextLine + lines - 1, 'unexpected text after a closing quote');
      }
      const comma = buf.indexOf(',', i);
      const nl = buf.indexOf('\n', i);
      if (comma !== -1 && (nl === -1 || comma < nl)) {
        fields.push(buf.slice(i, comma));
        i = comma + 1;
        continue;
      }
      if (nl === -1) {
        if (!final) return undefined;
        fields.push(buf.slice(i));
        return { fields, next: n, lines };
      }
      const end = nl > i && buf.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      fields.push(buf.slice(i, end));
      return { fields, next: nl + 1, lines };
    }
  }
}
