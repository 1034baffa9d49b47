/**
 * Compact number streams for the serialized index: unsigned LEB128 varints,
 * carried in JSON as base64. A posting list of small deltas costs one or two
 * bytes an entry instead of the five to eight of a JSON number, and decoding
 * is a tight loop, so a 5 MB corpus's index loads in milliseconds.
 *
 * Own base64 (no atob/Buffer) so the module runs unchanged in Node, a worker
 * and an extension page.
 */

/** Appends varints to a growable byte buffer. */
export class VarintWriter {
  private bytes = new Uint8Array(1024);
  length = 0;

  write(value: number): void {
    let v = Math.max(0, Math.floor(value));
    while (v >= 0x80) {
      this.push((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    this.push(v);
  }

  finish(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }

  private push(b: number): void {
    if (this.length === this.bytes.length) {
      const next = new Uint8Array(this.bytes.length * 2);
      next.set(this.bytes);
      this.bytes = next;
    }
    this.bytes[this.length++] = b;
  }
}

/** Reads the varint at `pos`; returns the value and leaves the next position in `cursor.pos`. */
export function readVarint(bytes: Uint8Array, cursor: { pos: number }): number {
  let value = 0;
  let scale = 1;
  let pos = cursor.pos;
  for (;;) {
    const b = bytes[pos++];
    if (b === undefined) break;
    value += (b & 0x7f) * scale;
    if (b < 0x80) break;
    scale *= 0x80;
  }
  cursor.pos = pos;
  return value;
}

export function encodeVarints(values: ArrayLike<number>): Uint8Array {
  const w = new VarintWriter();
  for (let i = 0; i < values.length; i++) w.write(values[i]!);
  return w.finish();
}

export function decodeVarints(bytes: Uint8Array, count?: number): number[] {
  const out: number[] = [];
  const cursor = { pos: 0 };
  while (cursor.pos < bytes.length && (count === undefined || out.length < count)) out.push(readVarint(bytes, cursor));
  return out;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

export function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    chunk +=
      ALPHABET[a >> 2]! +
      ALPHABET[((a & 3) << 4) | ((b ?? 0) >> 4)]! +
      (b === undefined ? '=' : ALPHABET[((b & 15) << 2) | ((c ?? 0) >> 6)]!) +
      (c === undefined ? '=' : ALPHABET[c & 63]!);
    if (chunk.length >= 8192) {
      parts.push(chunk);
      chunk = '';
    }
  }
  parts.push(chunk);
  return parts.join('');
}

/** Decodes base64; characters outside the alphabet are skipped, so bad input yields bytes, never an exception. */
export function fromBase64(text: string): Uint8Array {
  const out = new Uint8Array(Math.floor((text.length * 3) / 4) + 3);
  let length = 0;
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const v = code < 128 ? LOOKUP[code]! : -1;
    if (v < 0) continue;
    buffer = ((buffer << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[length++] = (buffer >> bits) & 0xff;
    }
  }
  return out.subarray(0, length);
}
