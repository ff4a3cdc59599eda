/**
 * A letter as an A4 PDF: the creditor's heading under a rule, the title, the addressee beside the
 * reference and date, the body (paragraphs justified, Chinese wrapped by character and English by word,
 * the table of amounts with figures aligned right, the payment channels), the signature, and the slip at
 * the foot of the last page below a cut line; every page numbered (第 1 页，共 2 页) with the reference.
 *
 * Text is set in the CJK font (find-cjk-font.ts) through pdfkit, which embeds only the glyphs used. The
 * layout is done here, line by line, so that page breaks never split a table row or a slip.
 */
import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import type { LetterBlock, LetterDocument, TableRow } from '../domain/letter/compose-letter.js';
import { LETTER_KIND_LABELS } from '../domain/letter/letter-codes.js';
import type { SlipLine } from '../domain/letter/letter-texts.js';
import { type WrappedLine, wrapLines } from '../domain/letter/wrap-lines.js';
import type { CjkFont } from './find-cjk-font.js';

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { top: 56, bottom: 64, side: 64 };
const CONTENT = A4.width - 2 * MARGIN.side;
/** The lowest y the body may reach; the footer sits below it. */
const BODY_END = A4.height - MARGIN.bottom;

const INK = '#1a1a1a';
const GREY = '#5b6270';
const ACCENT = '#1f3b63';
const RULE = '#b8c0cc';
const SHADE = '#eef2f7';

const SIZE = { sender: 14, small: 8.5, title: 18, body: 10.5, heading: 11, table: 9.5, footer: 8 };

type Pdf = PDFKit.PDFDocument;

export interface RenderOptions {
  font: CjkFont;
  /** Written as the document's creation date, so the same letter renders to the same bytes. */
  createdAt: Date;
}

const HAS_CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

class Layout {
  y = MARGIN.top;
  readonly lead: number;

  constructor(
    readonly pdf: Pdf,
    readonly chinese: boolean,
  ) {
    this.lead = chinese ? 1.65 : 1.45;
  }

  use(face: 'regular' | 'bold', size: number, color = INK): void {
    this.pdf.font(face).fontSize(size).fillColor(color);
  }

  lineHeight(size: number): number {
    return size * this.lead;
  }

  /** A new page when `height` more would not fit above the footer. */
  ensure(height: number): void {
    if (this.y + height <= BODY_END) return;
    this.pdf.addPage();
    this.y = MARGIN.top;
  }

  wrap(text: string, width: number): WrappedLine[] {
    return wrapLines(text, width, (t) => this.width(t));
  }

  /**
   * The text as this letter's font sets it: the CJK font draws curly quotes full-width, as Chinese wants
   * them, so an English letter gets straight ones.
   */
  set(text: string): string {
    return this.chinese ? text : text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
  }

  /** Draws text at (x, y) without wrapping. */
  draw(text: string, x: number, y: number, options: PDFKit.Mixins.TextOptions = { lineBreak: false }): void {
    this.pdf.text(this.set(text), x, y, options);
  }

  width(text: string): number {
    return this.pdf.widthOfString(this.set(text));
  }

  /** One line at (x, y); stretched to `width` when `justify` (by character for Chinese, by space for English). */
  line(text: string, x: number, y: number, width: number | null, justify: boolean): void {
    const natural = this.width(text);
    const options: PDFKit.Mixins.TextOptions = { lineBreak: false };
    if (justify && width !== null && natural < width && natural > width * 0.88) {
      const extra = width - natural;
      const spaces = (text.match(/ /g) ?? []).length;
      if (HAS_CJK.test(text)) options.characterSpacing = extra / Math.max(1, [...text].length - 1);
      else if (spaces > 0) options.wordSpacing = extra / spaces;
    }
    this.draw(text, x, y, options);
  }

  /** A wrapped paragraph at the cursor, breaking pages between lines. */
  paragraph(
    text: string,
    opts: { x?: number; width?: number; size?: number; face?: 'regular' | 'bold'; color?: string } = {},
  ): void {
    const x = opts.x ?? MARGIN.side;
    const width = opts.width ?? CONTENT;
    const size = opts.size ?? SIZE.body;
    this.use(opts.face ?? 'regular', size, opts.color);
    const h = this.lineHeight(size);
    for (const l of this.wrap(text, width)) {
      this.ensure(h);
      this.line(l.text, x, this.y, width, !l.last);
      this.y += h;
    }
  }

  /** Height of a wrapped text, without drawing it. */
  heightOf(text: string, width: number, size: number, face: 'regular' | 'bold' = 'regular'): number {
    this.use(face, size);
    return this.wrap(text, width).length * this.lineHeight(size);
  }

  rule(y: number, color = RULE, width = 0.6, from = MARGIN.side, to = A4.width - MARGIN.side): void {
    this.pdf.moveTo(from, y).lineTo(to, y).lineWidth(width).strokeColor(color).stroke();
  }
}

function header(l: Layout, doc: LetterDocument): void {
  l.use('bold', SIZE.sender, ACCENT);
  l.draw(doc.sender.name, MARGIN.side, l.y, { lineBreak: false });
  l.y += SIZE.sender * 1.5;
  for (const line of doc.sender.lines) l.paragraph(line, { size: SIZE.small, color: GREY });
  l.y += 4;
  l.rule(l.y, ACCENT, 1.2);
  l.y += 22;
  l.use('bold', SIZE.title, INK);
  const w = l.width(doc.title);
  l.draw(doc.title, (A4.width - w) / 2, l.y, { lineBreak: false });
  l.y += SIZE.title * 2;
}

/** The addressee on the left, reference, date and account on the right, as a window envelope expects. */
function addressBlock(l: Layout, doc: LetterDocument): void {
  const top = l.y;
  const leftWidth = CONTENT * 0.55;
  for (const [i, line] of doc.addressee.entries()) {
    l.paragraph(line, { width: leftWidth, face: i === 0 ? 'bold' : 'regular', size: SIZE.body });
  }
  const leftEnd = l.y;
  l.y = top;
  l.use('regular', SIZE.table, GREY);
  const labelWidth = Math.max(...doc.meta.map((m) => l.width(m.label)));
  const rightX = MARGIN.side + CONTENT * 0.58;
  for (const m of doc.meta) {
    l.use('regular', SIZE.table, GREY);
    l.draw(m.label, rightX, l.y, { lineBreak: false });
    l.use('regular', SIZE.table, INK);
    l.draw(m.value, rightX + labelWidth + 8, l.y, { lineBreak: false });
    l.y += l.lineHeight(SIZE.table);
  }
  l.y = Math.max(leftEnd, l.y) + 16;
}

function columnWidths(columns: number): number[] {
  if (columns === 2) return [CONTENT * 0.68, CONTENT * 0.32];
  const first = CONTENT * 0.31;
  return [first, ...Array.from({ length: columns - 1 }, () => (CONTENT - first) / (columns - 1))];
}

function tableRow(
  l: Layout,
  cells: readonly string[],
  widths: readonly number[],
  opts: { bold: boolean; shade: boolean },
): void {
  const pad = 6;
  const h = l.lineHeight(SIZE.table) + 4;
  l.ensure(h);
  if (opts.shade) l.pdf.rect(MARGIN.side, l.y, CONTENT, h).fillColor(SHADE).fill();
  let x = MARGIN.side;
  cells.forEach((cell, i) => {
    const w = widths[i] ?? 0;
    l.use(opts.bold ? 'bold' : 'regular', SIZE.table, INK);
    const textY = l.y + (h - SIZE.table * 1.2) / 2;
    // The first column is a label; figures align right so their decimal points line up.
    if (i === 0) l.draw(cell, x + pad, textY, { lineBreak: false });
    else l.draw(cell, x + w - pad - l.width(cell), textY, { lineBreak: false });
    x += w;
  });
  l.y += h;
}

function table(l: Layout, block: Extract<LetterBlock, { type: 'table' }>): void {
  const widths = columnWidths(block.columns.length);
  const rowHeight = l.lineHeight(SIZE.table) + 4;
  // Caption, head and the first rows stay together.
  l.ensure(SIZE.heading * 2 + rowHeight * 3);
  l.y += 4;
  l.use('bold', SIZE.table, INK);
  l.draw(block.caption, MARGIN.side, l.y, { lineBreak: false });
  l.use('regular', SIZE.small, GREY);
  l.draw(block.unit, A4.width - MARGIN.side - l.width(block.unit), l.y + 1, { lineBreak: false });
  l.y += SIZE.table * 1.8;
  l.rule(l.y, ACCENT, 0.8);
  tableRow(l, block.columns, widths, { bold: true, shade: true });
  l.rule(l.y);
  for (const row of block.rows as TableRow[]) {
    if (row.total) l.rule(l.y, ACCENT, 0.8);
    tableRow(l, row.cells, widths, { bold: row.total, shade: false });
    if (!row.total) l.rule(l.y, '#e1e5eb', 0.4);
  }
  l.rule(l.y, ACCENT, 0.8);
  l.y += 12;
}

function payments(l: Layout, block: Extract<LetterBlock, { type: 'payments' }>): void {
  l.paragraph(block.intro);
  l.y += 4;
  const labelWidth = 96;
  for (const item of block.items) {
    const textWidth = CONTENT - labelWidth - 8;
    const h = l.heightOf(item.text, textWidth, SIZE.body);
    l.ensure(Math.min(h, l.lineHeight(SIZE.body) * 2));
    const top = l.y;
    l.use('bold', SIZE.body, ACCENT);
    l.draw(item.label, MARGIN.side + 8, top, { lineBreak: false });
    l.paragraph(item.text, { x: MARGIN.side + labelWidth, width: textWidth });
    l.y += 3;
  }
  l.y += 6;
}

function body(l: Layout, blocks: readonly LetterBlock[]): void {
  for (const block of blocks) {
    if (block.type === 'heading') {
      l.ensure(SIZE.heading * 1.6 + l.lineHeight(SIZE.body) * 2);
      l.y += 6;
      l.paragraph(block.text, { face: 'bold', size: SIZE.heading, color: ACCENT });
      l.y += 2;
    } else if (block.type === 'paragraph') {
      l.paragraph(block.text);
      l.y += 6;
    } else if (block.type === 'table') {
      table(l, block);
    } else {
      payments(l, block);
    }
  }
}

function signature(l: Layout, lines: readonly string[]): void {
  const [signOff = '', ...rest] = lines;
  l.ensure(l.lineHeight(SIZE.body) * (lines.length + 1));
  l.y += 8;
  l.paragraph(signOff);
  l.y += 6;
  l.use('regular', SIZE.body, INK);
  for (const line of rest) {
    l.draw(line, A4.width - MARGIN.side - l.width(line), l.y, { lineBreak: false });
    l.y += l.lineHeight(SIZE.body);
  }
}

const SLIP_SIZE = 9.5;
const FIELD_HEIGHT = 26;

function slipLineHeight(l: Layout, line: SlipLine): number {
  if (line.type === 'field') return FIELD_HEIGHT;
  const indent = line.type === 'check' ? 16 : 0;
  return l.heightOf(line.text, CONTENT - indent, SLIP_SIZE) + 3;
}

/** The slip's height as drawn: the cut line, the title, its lines. */
/** Room between a writing line and text under it, so the text does not sit on the line. */
const AFTER_FIELD = 6;

function gapBefore(lines: readonly SlipLine[], i: number): number {
  return lines[i]?.type !== 'field' && lines[i - 1]?.type === 'field' ? AFTER_FIELD : 0;
}

function slipHeight(l: Layout, slip: LetterDocument['slip']): number {
  return (
    28 + SIZE.heading * 2 + slip.lines.reduce((h, line, i) => h + gapBefore(slip.lines, i) + slipLineHeight(l, line), 0)
  );
}

/** The slip at the foot of the page, below a dashed cut line, so it can be cut off and returned. */
function slip(l: Layout, doc: LetterDocument): void {
  const height = slipHeight(l, doc.slip);
  if (l.y + height + 12 > BODY_END) {
    l.pdf.addPage();
    l.y = MARGIN.top;
  }
  let y = BODY_END - height;
  l.pdf
    .moveTo(MARGIN.side - 20, y + 6)
    .lineTo(A4.width - MARGIN.side + 20, y + 6)
    .dash(4, { space: 3 })
    .lineWidth(0.7)
    .strokeColor(GREY)
    .stroke()
    .undash();
  l.use('regular', SIZE.small, GREY);
  const cut = ` ${doc.slip.cutHere} `;
  const cutWidth = l.width(cut);
  l.pdf
    .rect((A4.width - cutWidth) / 2, y, cutWidth, 12)
    .fillColor('#ffffff')
    .fill();
  l.use('regular', SIZE.small, GREY);
  l.draw(cut, (A4.width - cutWidth) / 2, y + 1, { lineBreak: false });
  y += 28;
  l.use('bold', SIZE.heading + 1, INK);
  const titleWidth = l.width(doc.slip.title);
  l.draw(doc.slip.title, (A4.width - titleWidth) / 2, y, { lineBreak: false });
  y += SIZE.heading * 2;
  l.y = y;
  for (const [i, line] of doc.slip.lines.entries()) {
    l.y += gapBefore(doc.slip.lines, i);
    if (line.type === 'field') {
      l.use('regular', SLIP_SIZE, INK);
      const labelWidth = l.width(line.text);
      l.draw(line.text, MARGIN.side, l.y + 8, { lineBreak: false });
      l.rule(
        l.y + 8 + SLIP_SIZE * 1.3,
        INK,
        0.5,
        MARGIN.side + labelWidth + 6,
        MARGIN.side + Math.max(labelWidth + 200, CONTENT * 0.7),
      );
      l.y += FIELD_HEIGHT;
    } else if (line.type === 'check') {
      l.pdf
        .rect(MARGIN.side + 1, l.y + 3, 8, 8)
        .lineWidth(0.7)
        .strokeColor(INK)
        .stroke();
      l.paragraph(line.text, { x: MARGIN.side + 16, width: CONTENT - 16, size: SLIP_SIZE });
      l.y += 3;
    } else {
      l.paragraph(line.text, { size: SLIP_SIZE });
      l.y += 3;
    }
  }
}

/** Page numbers and the reference under a rule at the foot of every page, once the page count is known. */
function footers(l: Layout, doc: LetterDocument): void {
  const range = l.pdf.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    l.pdf.switchToPage(range.start + i);
    const y = A4.height - MARGIN.bottom + 22;
    l.rule(y - 6, RULE, 0.5);
    l.use('regular', SIZE.footer, GREY);
    l.draw(doc.footer.reference, MARGIN.side, y, { lineBreak: false });
    const page = doc.footer.page.replace('{page}', String(i + 1)).replace('{pages}', String(range.count));
    l.draw(page, A4.width - MARGIN.side - l.width(page), y, { lineBreak: false });
  }
}

/** Font files read once per process: a collection is 20 MB, and a run may write many letters. */
const fontFiles = new Map<string, Buffer>();

function fontBytes(path: string): Buffer {
  let bytes = fontFiles.get(path);
  if (bytes === undefined) {
    bytes = readFileSync(path);
    fontFiles.set(path, bytes);
  }
  return bytes;
}

export async function renderLetterPdf(doc: LetterDocument, options: RenderOptions): Promise<Uint8Array> {
  const pdf = new PDFDocument({
    size: [A4.width, A4.height],
    // The layout keeps its own margins; pdfkit's are zero so it never breaks a page on its own.
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    bufferPages: true,
    autoFirstPage: true,
    lang: doc.language,
    displayTitle: true,
    info: {
      Title: `${doc.title} ${doc.footer.reference}`,
      Author: doc.sender.name,
      Subject: LETTER_KIND_LABELS[doc.kind].en,
      Creator: 'Dunwell',
      Producer: 'Dunwell',
      CreationDate: options.createdAt,
      ModDate: options.createdAt,
    },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    pdf.on('end', () => resolve());
    pdf.on('error', reject);
  });
  for (const [name, face] of [
    ['regular', options.font.regular],
    ['bold', options.font.bold],
  ] as const) {
    if (face.face === null) pdf.registerFont(name, fontBytes(face.path));
    else pdf.registerFont(name, fontBytes(face.path), face.face);
  }

  const layout = new Layout(pdf, doc.language === 'zh-CN');
  header(layout, doc);
  addressBlock(layout, doc);
  body(layout, doc.body);
  signature(layout, doc.signature);
  slip(layout, doc);
  footers(layout, doc);
  pdf.end();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}
