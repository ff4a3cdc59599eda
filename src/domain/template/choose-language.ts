/**
 * Which language's text a party gets, from the languages a template is written in. In order: the party's
 * own language (BCP 47, compared without regard to case); another text of the same language family
 * (`zh-TW` reads `zh-CN`, `en-GB` reads `en`), the plain family tag first; the default language (the
 * channels config's `default_language`, zh-CN unless set) or its family; then English, then Chinese. A
 * party with no language on file starts at the default. Null when none of these is written.
 */

const family = (tag: string) => (tag.split('-')[0] ?? tag).toLowerCase();

export function chooseLanguage(
  partyLanguage: string | null,
  available: readonly string[],
  defaultLanguage: string,
): string | null {
  const wanted = [partyLanguage, defaultLanguage, 'en', 'zh-CN'].filter((l): l is string => l !== null && l !== '');
  for (const tag of wanted) {
    const exact = available.find((a) => a.toLowerCase() === tag.toLowerCase());
    if (exact !== undefined) return exact;
    const kin = available
      .filter((a) => family(a) === family(tag))
      .sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
    if (kin.length > 0) return kin[0] as string;
  }
  return null;
}
