/**
 * A streaming RFC 4180 CSV splitter: fed text in pieces, it yields each complete record as an array of
 * fields. Fields may be quoted, with "" for a quote and commas and line breaks inside; lines end in LF or
 * CRLF; blank lines are skipped; a quote inside an unquoted field is kept as text. It exists because the
 * import must sustain well over 100k rows/s and a general-purpose parser costs more than the database
 * writes do: a whole line without quotes takes a fast path (indexOf + split). A differential property test
 * holds it to csv-parse.
 *
 * Everything else is a state machine that keeps its place between pieces, so each character is looked at
 * a bounded number of times however long a field is (time linear in the input), and a field longer than
 * the importer takes is cut to FIELD_KEEP characters while it is read (memory bounded by the number of
 * fields, not by the file): the cut value is still too long, so the importer rejects that row.
 */
import { MAX_FIELD_BYTES } from './field-limits.js';

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The most characters of one field kept: one more than any field the importer takes (a string longer
 * than MAX_FIELD_BYTES UTF-16 units has more than that many UTF-8 bytes), so a cut field is still refused.
 */
export const FIELD_KEEP = MAX_FIELD_BYTES + 1;

/** How many fields a record may have unless the caller says otherwise (see `fieldLimit`). */
export const DEFAULT_MAX_FIELDS = 1000;

// Where the splitter is between two characters.
const RECORD = 0; // at the start of a record
const FIELD = 1; // at the start of a field after a comma, or of a record's first field
const UNQUOTED = 2; // inside an unquoted field
const QUOTED = 3; // inside a quoted field
const QUOTE = 4; // just after a quote inside a quoted field: "" (a quote) or the closing quote
const CLOSED = 5; // after a closing quote: a comma or a line end must follow
const CLOSED_CR = 6; // after a closing quote and a CR: LF must follow
type State =
  | typeof RECORD
  | typeof FIELD
  | typeof UNQUOTED
  | typeof QUOTED
  | typeof QUOTE
  | typeof CLOSED
  | typeof CLOSED_CR;

const LF = 10;
const CR = 13;
const COMMA = 44;
const DQUOTE = 34;

export class CsvSplitter {
  /** Line on which the most recently yielded record started. */
  recordLine = 0;
  /** At most this many fields per record (a CSV file's header says how many); `why` is said when exceeded. */
  fieldLimit: { max: number; why: string } = { max: DEFAULT_MAX_FIELDS, why: 'the most a record may have' };

  /** Physical line (1-based) at the read position. */
  private line = 1;
  /** Line on which the record in progress started. */
  private startLine = 1;
  private state: State = RECORD;
  /** Finished fields of the record in progress. */
  private fields: string[] = [];
  /** The field in progress, at most FIELD_KEEP characters of it. */
  private value = '';
  /** Its whole length so far. */
  private length = 0;
  /** Whether the field in progress was quoted (a quoted empty line is a record, a blank line is not). */
  private quoted = false;

  *feed(text: string, final: boolean): Generator<string[]> {
    const n = text.length;
    let pos = 0;
    // Next positions of LF, quote and comma at or after pos (-1: none in this text); recomputed only when
    // pos has passed them, so each search covers new ground and a piece is scanned a bounded number of times.
    let nl = -2;
    let quote = -2;
    let comma = -2;
    while (pos < n) {
      switch (this.state) {
        case RECORD: {
          if (nl !== -1 && nl < pos) nl = text.indexOf('\n', pos);
          if (quote !== -1 && quote < pos) quote = text.indexOf('"', pos);
          if (nl !== -1 && (quote === -1 || quote > nl)) {
            // Fast path: the record is a whole line of this text with no quotes.
            const end = nl > pos && text.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
            this.recordLine = this.line++;
            const start = pos;
            pos = nl + 1;
            if (end > start) yield this.checked(text.slice(start, end).split(','), end - start);
            continue;
          }
          this.startLine = this.line;
          this.state = FIELD;
          break;
        }
        case FIELD: {
          if (text.charCodeAt(pos) === DQUOTE) {
            this.quoted = true;
            this.state = QUOTED;
            pos++;
          } else {
            this.state = UNQUOTED;
          }
          break;
        }
        case UNQUOTED: {
          if (nl !== -1 && nl < pos) nl = text.indexOf('\n', pos);
          if (comma !== -1 && comma < pos) comma = text.indexOf(',', pos);
          const stop = comma === -1 ? nl : nl === -1 ? comma : Math.min(comma, nl);
          if (stop === -1) {
            this.append(text, pos, n);
            pos = n;
            break;
          }
          this.append(text, pos, stop);
          pos = stop + 1;
          if (stop === comma) {
            this.endField();
          } else {
            // A CR before the LF ends the line, not the field's text.
            if (this.length <= FIELD_KEEP && this.value.charCodeAt(this.value.length - 1) === CR) {
              this.value = this.value.slice(0, -1);
              this.length--;
            }
            const record = this.endRecord();
            this.line++;
            if (record) yield record;
          }
          break;
        }
        case QUOTED: {
          if (quote !== -1 && quote < pos) quote = text.indexOf('"', pos);
          const stop = quote === -1 ? n : quote;
          this.countLines(text, pos, stop);
          this.append(text, pos, stop);
          pos = quote === -1 ? n : quote + 1;
          if (quote !== -1) this.state = QUOTE;
          break;
        }
        case QUOTE: {
          if (text.charCodeAt(pos) === DQUOTE) {
            this.append('"', 0, 1);
            this.state = QUOTED;
            pos++;
          } else {
            this.state = CLOSED;
          }
          break;
        }
        case CLOSED: {
          const c = text.charCodeAt(pos);
          if (c === COMMA) {
            this.endField();
            pos++;
          } else if (c === LF) {
            const record = this.endRecord();
            this.line++;
            pos++;
            if (record) yield record;
          } else if (c === CR) {
            this.state = CLOSED_CR;
            pos++;
          } else {
            throw new CsvSyntaxError(this.line, 'unexpected text after a closing quote');
          }
          break;
        }
        case CLOSED_CR: {
          if (text.charCodeAt(pos) !== LF) throw new CsvSyntaxError(this.line, 'unexpected text after a closing quote');
          const record = this.endRecord();
          this.line++;
          pos++;
          if (record) yield record;
          break;
        }
      }
    }
    if (!final) return;
    switch (this.state) {
      case RECORD:
        return;
      case QUOTED:
        throw new CsvSyntaxError(this.startLine, 'a quoted field is not closed');
      case UNQUOTED:
        if (this.length <= FIELD_KEEP && this.value.charCodeAt(this.value.length - 1) === CR) {
          this.value = this.value.slice(0, -1);
          this.length--;
        }
        break;
    }
    // FIELD (after a trailing comma), UNQUOTED, QUOTE (the closing quote), CLOSED, CLOSED_CR: the last record.
    const record = this.endRecord();
    if (record) yield record;
  }

  /** Adds text[from, to) to the field in progress, keeping at most FIELD_KEEP characters of it. */
  private append(text: string, from: number, to: number): void {
    const count = to - from;
    if (count <= 0) return;
    if (this.length < FIELD_KEEP) {
      const take = Math.min(count, FIELD_KEEP - this.length);
      this.value += from === 0 && take === text.length ? text : text.slice(from, from + take);
    }
    this.length += count;
  }

  private countLines(text: string, from: number, to: number): void {
    for (let k = text.indexOf('\n', from); k !== -1 && k < to; k = text.indexOf('\n', k + 1)) this.line++;
  }

  private endField(): void {
    this.fields.push(this.value);
    if (this.fields.length >= this.fieldLimit.max) this.tooManyFields(this.startLine);
    this.value = '';
    this.length = 0;
    this.quoted = false;
    this.state = FIELD;
  }

  /** Ends the record in progress; undefined for a blank line (one unquoted empty field). */
  private endRecord(): string[] | undefined {
    const blank = this.fields.length === 0 && this.length === 0 && !this.quoted;
    const fields = this.fields;
    if (!blank) fields.push(this.value);
    this.fields = [];
    this.value = '';
    this.length = 0;
    this.quoted = false;
    this.state = RECORD;
    if (blank) return undefined;
    this.recordLine = this.startLine;
    return fields;
  }

  /** Applies the field limits to a record split on the fast path (`chars`: the line's length). */
  private checked(fields: string[], chars: number): string[] {
    if (fields.length > this.fieldLimit.max) this.tooManyFields(this.recordLine);
    if (chars > FIELD_KEEP) {
      for (let i = 0; i < fields.length; i++) {
        const f = fields[i] as string;
        if (f.length > FIELD_KEEP) fields[i] = f.slice(0, FIELD_KEEP);
      }
    }
    return fields;
  }

  private tooManyFields(line: number): never {
    throw new CsvSyntaxError(line, `more than ${this.fieldLimit.max} fields (${this.fieldLimit.why})`);
  }
}
