/**
 * How the gate tells that two contact points are the same (the number dialled now and the one in an
 * activity; the one attempted and one marked do-not-contact), and how it names one in a decision without
 * writing the number out (decisions are stored in contact_blocks and printed).
 *
 * The key is the value Unicode-normalised and trimmed: a phone number by its digits, so
 * `+86 138 0013 8000` and `+8613800138000` match; anything else in lower case with its spacing collapsed.
 * The label is the key masked (`138****8000`, `a***@example.com`) with four hex digits of a hash of the
 * key after it, so two numbers that mask alike are still told apart and the number itself is not shown.
 */
const PHONE_SHAPE = /^\+?[0-9][0-9 ().-]*$/;

export function contactPointKey(value: string): string {
  const v = value.normalize('NFKC').trim();
  if (PHONE_SHAPE.test(v) && v.replace(/\D/g, '').length >= 5) return `tel:${v.replace(/\D/g, '')}`;
  return v.toLowerCase().replace(/\s+/g, ' ');
}

/** FNV-1a over the key's UTF-16 units, 16 bits as four hex digits. */
function shortHash(key: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return ((h ^ (h >>> 16)) & 0xffff).toString(16).padStart(4, '0');
}

function mask(key: string): string {
  if (key.startsWith('tel:')) {
    const digits = key.slice(4);
    // Mainland mobiles keep their first three digits after the country code; others their last four only.
    const national = digits.startsWith('86') && digits.length === 13 ? digits.slice(2) : digits;
    return national.length >= 11 ? `${national.slice(0, 3)}****${national.slice(-4)}` : `****${national.slice(-4)}`;
  }
  const at = key.indexOf('@');
  if (at > 0) return `${key.slice(0, 1)}***${key.slice(at)}`;
  return `${[...key].slice(0, 1).join('')}***`;
}

/** A contact point's key as the gate's decisions name it: masked, with a short hash of the key. */
export function labelOfKey(key: string): string {
  return `${mask(key)}#${shortHash(key)}`;
}

export function contactPointLabel(value: string): string {
  return labelOfKey(contactPointKey(value));
}
