/**
 * Reads a PDF back as a viewer would, for the letter tests: pdf.js (pdfjs-dist, a development dependency)
 * parses it and gives each page's text, its items joined in drawing order and a line break where pdf.js
 * sees one, so an amount or a sentence set on one line can be searched for.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    let text = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      text += item.str + (item.hasEOL ? '\n' : '');
    }
    pages.push(text);
  }
  await doc.destroy();
  return pages;
}

/** The fonts a PDF embeds, by their BaseFont names (`ABCDEF+NotoSansCJKsc-Regular` for a subset). */
export function embeddedFonts(bytes: Uint8Array): string[] {
  const text = Buffer.from(bytes).toString('latin1');
  return [...new Set([...text.matchAll(/\/BaseFont \/([A-Za-z0-9+-]+)/g)].map((m) => m[1] ?? ''))];
}
