/**
 * A small seeded PRNG for the demo portfolio: sfc32 (Chris Doty-Humphrey's Small Fast Counter), seeded by
 * hashing the demo seed together with a stream name and an index. Every account draws from its own stream
 * (`streamFor(seed, 'account', 17)`), so one account's data never depends on how many numbers another
 * account used, and any kind of record can be regenerated for any account on its own.
 *
 * Not cryptographic and never used for anything but synthetic data.
 */

/** 32-bit FNV-1a of a string, then mixed: spreads similar seeds ("1", "2") far apart. */
function hash32(text: string, salt: number): number {
  let h = (0x811c9dc5 ^ salt) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // murmur3 finaliser
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(key: string) {
    this.a = hash32(key, 0x9e3779b9);
    this.b = hash32(key, 0x243f6a88);
    this.c = hash32(key, 0xb7e15162);
    this.d = 1;
    // Warm up so the first outputs of near-identical keys are already uncorrelated.
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  nextUint32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.nextUint32() / 4_294_967_296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    if (max < min) throw new RangeError(`int(${min}, ${max}): empty range`);
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Picks a key of `weights` with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Partial<Record<K, number>>>): K {
    const entries = (Object.entries(weights) as [K, number | undefined][]).filter(
      (e): e is [K, number] => e[1] !== undefined && e[1] > 0,
    );
    if (entries.length === 0) throw new RangeError('weighted pick with no positive weight');
    let total = 0;
    for (const [, w] of entries) total += w;
    let roll = this.next() * total;
    for (const [key, w] of entries) {
      roll -= w;
      if (roll < 0) return key;
    }
    return (entries.at(-1) as [K, number])[0];
  }

  /** Picks an item of a list of `[item, weight]` pairs. */
  weightedItem<T>(items: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of items) total += w;
    let roll = this.next() * total;
    for (const [item, w] of items) {
      roll -= w;
      if (roll < 0) return item;
    }
    const last = items.at(-1);
    if (!last) throw new RangeError('weightedItem from an empty list');
    return last[0];
  }

  /** `length` characters drawn from `alphabet`. */
  chars(alphabet: string, length: number): string {
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[Math.floor(this.next() * alphabet.length)];
    return out;
  }

  digits(length: number): string {
    return this.chars('0123456789', length);
  }
}

/** The stream for one purpose and one index under a demo seed. */
export function streamFor(seed: number, purpose: string, index: number): Random {
  return new Random(`${seed}/${purpose}/${index}`);
}
