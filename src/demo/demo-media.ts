/**
 * Small, real media files for the demo's evidence, made here rather than shipped: a WAV recording (a
 * few seconds of a two-tone signal, like a line ringing) and a PNG picture (a doorway with a house
 * number, drawn in a few shapes with some grain). Both say inside that they are demo data, generated,
 * not a real call or a real photo: the WAV in its INFO comment chunk, the PNG in a tEXt chunk.
 */
import { deflateSync } from 'node:zlib';

const DEMO_NOTE =
  'Dunwell demo data: generated, not a real call or photo / Dunwell 演示数据：程序生成，非真实录音或照片';

/** 16-bit mono PCM at 8 kHz (telephone quality): `seconds` of a 440 + 480 Hz ring cadence. */
export function demoCallRecording(seconds = 2): Uint8Array {
  const rate = 8000;
  const samples = Math.round(rate * seconds);
  const pcm = Buffer.alloc(samples * 2);
  for (let i = 0; i < samples; i++) {
    const t = i / rate;
    // The North American ring: 440 Hz and 480 Hz together, on for a second and a half, off for half a second.
    const on = t % 2 < 1.5 ? 1 : 0;
    const v = on * 6000 * (Math.sin(2 * Math.PI * 440 * t) + Math.sin(2 * Math.PI * 480 * t));
    pcm.writeInt16LE(Math.round(v), i * 2);
  }
  const note = Buffer.from(`${DEMO_NOTE}\0`, 'utf8');
  const padded = note.length % 2 === 0 ? note : Buffer.concat([note, Buffer.alloc(1)]);
  const icmt = Buffer.concat([Buffer.from('ICMT', 'ascii'), u32(note.length), padded]);
  const list = Buffer.concat([Buffer.from('LIST', 'ascii'), u32(4 + icmt.length), Buffer.from('INFO', 'ascii'), icmt]);
  const fmt = Buffer.alloc(24);
  fmt.write('fmt ', 0, 'ascii');
  fmt.writeUInt32LE(16, 4);
  fmt.writeUInt16LE(1, 8); // PCM
  fmt.writeUInt16LE(1, 10); // mono
  fmt.writeUInt32LE(rate, 12);
  fmt.writeUInt32LE(rate * 2, 16);
  fmt.writeUInt16LE(2, 20);
  fmt.writeUInt16LE(16, 22);
  const data = Buffer.concat([Buffer.from('data', 'ascii'), u32(pcm.length), pcm]);
  const body = Buffer.concat([Buffer.from('WAVE', 'ascii'), fmt, list, data]);
  return new Uint8Array(Buffer.concat([Buffer.from('RIFF', 'ascii'), u32(body.length), body]));
}

/** A 160 × 120 RGB picture of a doorway: wall, door, frame, a house number plate, a step, and grain. */
export function demoVisitPhoto(seed = 1): Uint8Array {
  const width = 160;
  const height = 120;
  let state = seed >>> 0 || 1;
  const grain = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return ((state >>> 0) % 17) - 8;
  };
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    raw[row] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      let rgb: [number, number, number] = [196 - y / 3, 186 - y / 3, 170 - y / 3]; // a plastered wall, darker low
      if (y > 104) rgb = [120, 118, 112]; // the step
      if (x >= 56 && x < 104 && y >= 18 && y <= 104) rgb = [92, 54, 34]; // the frame
      if (x >= 60 && x < 100 && y >= 22 && y <= 104) rgb = [128 - (x % 10 === 0 ? 20 : 0), 70, 42]; // the door's boards
      if (x >= 92 && x < 96 && y >= 60 && y < 66) rgb = [210, 180, 60]; // the handle
      if (x >= 110 && x < 134 && y >= 30 && y < 44) rgb = [30, 70, 140]; // the house number plate
      if (x >= 114 && x < 130 && y >= 34 && y < 40 && (x - 114) % 5 < 2) rgb = [235, 235, 235]; // its digits
      const g = grain();
      const at = row + 1 + x * 3;
      raw[at] = clamp(rgb[0] + g);
      raw[at + 1] = clamp(rgb[1] + g);
      raw[at + 2] = clamp(rgb[2] + g);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // RGB
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('tEXt', Buffer.from(`Comment\0${DEMO_NOTE.split(' / ')[0]}`, 'latin1')),
      chunk('IDAT', deflateSync(raw)),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

function clamp(v: number): number {
  return Math.max(0, Math.min(255, Math.round(v)));
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n, 0);
  return b;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed), 0);
  return Buffer.concat([length, typed, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
