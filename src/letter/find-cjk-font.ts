/**
 * The font letters are set in: Noto Sans CJK (Simplified Chinese faces, which carry Latin too) from
 * Debian's fonts-noto-cjk, found where Debian puts it, or any OpenType file named by DUNWELL_CJK_FONT
 * (`path` or `path#PostScriptName` to pick a face of a .ttc collection). Only the glyphs a letter uses are
 * embedded (a subset), so a letter stays tens of kilobytes although the collection is 20 MB.
 */
import { existsSync } from 'node:fs';
import { AppError } from '../domain/errors.js';

export interface FontFace {
  path: string;
  /** The face's PostScript name inside a collection (.ttc); null for a single-face file. */
  face: string | null;
}

export interface CjkFont {
  regular: FontFace;
  bold: FontFace;
}

const NOTO = '/usr/share/fonts/opentype/noto';

/** Where Debian (and Ubuntu) install fonts-noto-cjk, best first: sans for letters, serif if that is all. */
export const DEBIAN_CJK_FONTS: readonly CjkFont[] = [
  {
    regular: { path: `${NOTO}/NotoSansCJK-Regular.ttc`, face: 'NotoSansCJKsc-Regular' },
    bold: { path: `${NOTO}/NotoSansCJK-Bold.ttc`, face: 'NotoSansCJKsc-Bold' },
  },
  {
    regular: { path: `${NOTO}/NotoSerifCJK-Regular.ttc`, face: 'NotoSerifCJKsc-Regular' },
    bold: { path: `${NOTO}/NotoSerifCJK-Bold.ttc`, face: 'NotoSerifCJKsc-Bold' },
  },
];

/** `path#Face` → the path and the face; a collection named without a face gets the Simplified Chinese one. */
function faceOf(spec: string): FontFace {
  const hash = spec.lastIndexOf('#');
  if (hash > 0) return { path: spec.slice(0, hash), face: spec.slice(hash + 1) };
  if (/NotoSansCJK-Regular\.ttc$/.test(spec)) return { path: spec, face: 'NotoSansCJKsc-Regular' };
  if (/NotoSerifCJK-Regular\.ttc$/.test(spec)) return { path: spec, face: 'NotoSerifCJKsc-Regular' };
  return { path: spec, face: null };
}

/**
 * The font to set letters in: DUNWELL_CJK_FONT when set (its one face serves for bold too, unless Debian's
 * bold is beside it), else the first Debian font installed; NOT_FOUND naming the package otherwise.
 */
export function findCjkFont(
  env: Readonly<Record<string, string | undefined>>,
  exists: (path: string) => boolean = existsSync,
): CjkFont {
  const given = env.DUNWELL_CJK_FONT?.trim();
  if (given) {
    const regular = faceOf(given);
    if (!exists(regular.path)) {
      throw new AppError(
        'NOT_FOUND',
        `DUNWELL_CJK_FONT names ${regular.path}, which does not exist; name an OpenType font with Chinese glyphs, or unset it to use Debian's fonts-noto-cjk`,
      );
    }
    return { regular, bold: regular };
  }
  const found = DEBIAN_CJK_FONTS.find((f) => exists(f.regular.path));
  if (!found) {
    throw new AppError(
      'NOT_FOUND',
      `no Chinese font for letters: install Debian's fonts-noto-cjk package (apt-get install fonts-noto-cjk), or set DUNWELL_CJK_FONT to an OpenType font file (looked in ${NOTO})`,
    );
  }
  return exists(found.bold.path) ? found : { regular: found.regular, bold: found.regular };
}
