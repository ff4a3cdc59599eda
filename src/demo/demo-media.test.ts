import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { demoCallRecording, demoVisitPhoto } from './demo-media.js';

describe('demo media', () => {
  it('makes a well-formed 8 kHz mono WAV of the asked length that says it is demo data', () => {
    const wav = Buffer.from(demoCallRecording(2));
    expect(wav.toString('ascii', 0, 4)).toBe('RIFF');
    expect(wav.readUInt32LE(4)).toBe(wav.length - 8);
    expect(wav.toString('ascii', 8, 16)).toBe('WAVEfmt ');
    expect([wav.readUInt16LE(20), wav.readUInt16LE(22), wav.readUInt32LE(24), wav.readUInt16LE(34)]).toEqual([
      1, 1, 8000, 16,
    ]);
    const chunks = new Map<string, { at: number; size: number }>();
    for (let at = 12; at < wav.length; ) {
      const size = wav.readUInt32LE(at + 4);
      chunks.set(wav.toString('ascii', at, at + 4), { at: at + 8, size });
      at += 8 + size + (size % 2);
    }
    expect([...chunks.keys()]).toEqual(['fmt ', 'LIST', 'data']);
    const list = chunks.get('LIST') as { at: number; size: number };
    expect(wav.toString('utf8', list.at, list.at + list.size)).toContain('Dunwell demo data');
    const { at: data, size } = chunks.get('data') as { at: number; size: number };
    expect(size).toBe(2 * 8000 * 2);
    expect(wav.length).toBe(data + size);
    // A ringing tone for 1.5 s, then silence.
    expect(Math.abs(wav.readInt16LE(data + 2 * 101))).toBeGreaterThan(0);
    expect(wav.readInt16LE(data + 2 * 13_000)).toBe(0);
  });

  it('makes a PNG whose chunks check out and whose pixels decode to 160 × 120 RGB', () => {
    const png = Buffer.from(demoVisitPhoto(7));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const chunks: { type: string; data: Buffer }[] = [];
    for (let at = 8; at < png.length; ) {
      const length = png.readUInt32BE(at);
      chunks.push({ type: png.toString('ascii', at + 4, at + 8), data: png.subarray(at + 8, at + 8 + length) });
      at += 12 + length;
    }
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'tEXt', 'IDAT', 'IEND']);
    const ihdr = chunks[0]?.data as Buffer;
    expect([ihdr.readUInt32BE(0), ihdr.readUInt32BE(4), ihdr[8], ihdr[9]]).toEqual([160, 120, 8, 2]);
    expect(chunks[1]?.data.toString('latin1')).toContain('Dunwell demo data');
    expect(inflateSync(chunks[2]?.data as Buffer).length).toBe((160 * 3 + 1) * 120);
    expect(Buffer.from(demoVisitPhoto(7))).toEqual(png);
    expect(Buffer.from(demoVisitPhoto(8))).not.toEqual(png);
  });
});
