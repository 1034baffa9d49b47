/**
 * The prebuilt index: built once at build time, shipped as a JSON string and
 * loaded without tokenizing a single paragraph. It carries the window offsets
 * and the inverted index (vocabulary and varint posting lists as base64);
 * paragraph text stays in the store.
 *
 * A fingerprint of the articles (ids and paragraph text) and of the
 * analyzer version guards against a stale index: on a mismatch the index is
 * rebuilt from the articles instead of pointing highlights at wrong offsets.
 */
import type { Article } from '../articles/types';
import { buildParts, entityMatcher, type IndexOptions } from './build';
import { decodeVarints, encodeVarints, fromBase64, toBase64 } from './codec';
import type { EngineParts } from './engine';
import { InvertedIndex, type SerializedInvertedIndex } from './inverted-index';
import { paragraphTable } from './records';

/** Bump when folding, tokenizing, stemming or windowing changes what the index holds. */
export const ANALYZER_VERSION = 1;
const FORMAT = 'steppe-search';

export interface SerializedIndex {
  format: typeof FORMAT;
  version: number;
  fingerprint: string;
  /** Records: base64 varints, [paragraph delta, start, length] per record. */
  windows: string;
  records: number;
  index: SerializedInvertedIndex;
}

export function serializeParts(parts: EngineParts): string {
  const data: SerializedIndex = {
    format: FORMAT,
    version: ANALYZER_VERSION,
    fingerprint: fingerprint(parts.articles),
    windows: encodeWindows(parts.windows),
    records: parts.windows.length / 3,
    index: parts.index.serialize(),
  };
  return JSON.stringify(data);
}

export interface LoadedParts {
  parts: EngineParts;
  /** False when the serialized index did not fit the articles and was rebuilt. */
  fromSerialized: boolean;
}

export function loadParts(serialized: string | SerializedIndex, articles: readonly Article[], options: IndexOptions = {}): LoadedParts {
  const data = parse(serialized);
  if (!data || data.version !== ANALYZER_VERSION || data.fingerprint !== fingerprint(articles)) {
    return { parts: buildParts(articles, options), fromSerialized: false };
  }
  try {
    const table = paragraphTable(articles);
    const windows = decodeWindows(data.windows, data.records);
    const index = InvertedIndex.deserialize(data.index, data.records);
    if (!validWindows(windows, articles, table)) throw new Error('search index: windows do not fit the articles');
    return { parts: { articles, table, windows, index, entities: entityMatcher(options) }, fromSerialized: true };
  } catch {
    return { parts: buildParts(articles, options), fromSerialized: false };
  }
}

/** Paragraph ids ascend and windows are short, so deltas and lengths make small varints. */
function encodeWindows(windows: Int32Array): string {
  const values: number[] = [];
  let prev = 0;
  for (let r = 0; r * 3 < windows.length; r++) {
    values.push(windows[r * 3]! - prev, windows[r * 3 + 1]!, windows[r * 3 + 2]! - windows[r * 3 + 1]!);
    prev = windows[r * 3]!;
  }
  return toBase64(encodeVarints(values));
}

function decodeWindows(encoded: string, records: number): Int32Array {
  const values = decodeVarints(fromBase64(encoded), records * 3);
  const windows = new Int32Array(records * 3);
  let paragraph = 0;
  for (let r = 0; r < records; r++) {
    paragraph += values[r * 3] ?? 0;
    windows[r * 3] = paragraph;
    windows[r * 3 + 1] = values[r * 3 + 1] ?? 0;
    windows[r * 3 + 2] = (values[r * 3 + 1] ?? 0) + (values[r * 3 + 2] ?? 0);
  }
  return windows;
}

function validWindows(windows: Int32Array, articles: readonly Article[], table: ReturnType<typeof paragraphTable>): boolean {
  for (let r = 0; r * 3 < windows.length; r++) {
    const p = windows[r * 3]!;
    if (p < 0 || p >= table.article.length) return false;
    const text = articles[table.article[p]!]!.paragraphs[table.number[p]! - 1]!;
    if (windows[r * 3 + 2]! > text.length) return false;
  }
  return true;
}

function parse(serialized: string | SerializedIndex): SerializedIndex | undefined {
  try {
    const data: unknown = typeof serialized === 'string' ? JSON.parse(serialized) : serialized;
    if (!data || typeof data !== 'object') return undefined;
    const d = data as Partial<SerializedIndex>;
    if (d.format !== FORMAT || typeof d.windows !== 'string' || typeof d.records !== 'number' || !d.index || typeof d.index !== 'object') {
      return undefined;
    }
    return d as SerializedIndex;
  } catch {
    return undefined;
  }
}

/**
 * FNV-1a over what the index depends on: article ids, paragraph lengths and
 * every 8th character (all of them cost 40 ms at 5 MB; a sample catches real edits).
 */
export function fingerprint(articles: readonly Article[]): string {
  let h = 0x811c9dc5;
  const mix = (n: number) => {
    h ^= n;
    h = Math.imul(h, 0x01000193) >>> 0;
  };
  for (const article of articles) {
    for (let i = 0; i < article.id.length; i++) mix(article.id.charCodeAt(i));
    mix(article.paragraphs.length);
    for (const p of article.paragraphs) {
      mix(p.length);
      for (let i = 0; i < p.length; i += 8) mix(p.charCodeAt(i));
    }
  }
  return `${articles.length}-${h.toString(36)}`;
}
