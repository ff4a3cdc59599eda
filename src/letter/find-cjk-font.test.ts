import { describe, expect, it } from 'vitest';
import { isAppError } from '../domain/errors.js';
import { DEBIAN_CJK_FONTS, findCjkFont } from './find-cjk-font.js';

const only =
  (...paths: string[]) =>
  (p: string) =>
    paths.includes(p);

describe('findCjkFont', () => {
  it('takes Debian’s Noto Sans CJK, Simplified Chinese faces of the collection', () => {
    const [sans] = DEBIAN_CJK_FONTS;
    const font = findCjkFont({}, only(sans?.regular.path ?? '', sans?.bold.path ?? ''));
    expect(font.regular).toEqual({
      path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
      face: 'NotoSansCJKsc-Regular',
    });
    expect(font.bold.face).toBe('NotoSansCJKsc-Bold');
  });

  it('falls back to the serif faces, and to the regular face for bold when there is no bold file', () => {
    const serif = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc';
    const font = findCjkFont({}, only(serif));
    expect(font.regular).toEqual({ path: serif, face: 'NotoSerifCJKsc-Regular' });
    expect(font.bold).toEqual(font.regular);
  });

  it('uses DUNWELL_CJK_FONT, with a face after #', () => {
    expect(
      findCjkFont({ DUNWELL_CJK_FONT: '/fonts/a.ttc#SourceHanSansSC-Regular' }, only('/fonts/a.ttc')).regular,
    ).toEqual({
      path: '/fonts/a.ttc',
      face: 'SourceHanSansSC-Regular',
    });
    expect(findCjkFont({ DUNWELL_CJK_FONT: '/fonts/b.otf' }, only('/fonts/b.otf')).regular).toEqual({
      path: '/fonts/b.otf',
      face: null,
    });
  });

  it('names the package to install when no font is there, and a wrong DUNWELL_CJK_FONT', () => {
    const missing = () => findCjkFont({}, () => false);
    expect(missing).toThrow(/apt-get install fonts-noto-cjk/);
    try {
      missing();
    } catch (error) {
      expect(isAppError(error, 'NOT_FOUND')).toBe(true);
    }
    expect(() => findCjkFont({ DUNWELL_CJK_FONT: '/nope.otf' }, () => false)).toThrow(
      /DUNWELL_CJK_FONT names \/nope\.otf, which does not exist/,
    );
  });
});
