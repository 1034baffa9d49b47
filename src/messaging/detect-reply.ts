/**
 * The background's answer to a `detect` message, compact for the trip
 * (extension messages are serialised as JSON): the entity ids once, then per
 * text a flat list of [entity index, start, end] triples. The content script
 * checks every number before it uses one: a reply it cannot trust counts as
 * no answer.
 */
import type { Mention } from '../page/types';

export interface DetectReply {
  entities: string[];
  found: number[][];
}

export function encodeDetectReply(results: readonly (readonly Mention[])[]): DetectReply {
  const index = new Map<string, number>();
  const entities: string[] = [];
  const found = results.map((mentions) => {
    const flat: number[] = [];
    for (const m of mentions) {
      let k = index.get(m.entity);
      if (k === undefined) index.set(m.entity, (k = entities.push(m.entity) - 1));
      flat.push(k, m.start, m.end);
    }
    return flat;
  });
  return { entities, found };
}

/**
 * The mentions per text, or null when `reply` is not a well-formed answer for
 * `texts`: one list per text, offsets inside the text, sorted, non-overlapping.
 */
export function decodeDetectReply(reply: unknown, texts: readonly string[]): Mention[][] | null {
  if (typeof reply !== 'object' || reply === null) return null;
  const { entities, found } = reply as Partial<DetectReply>;
  if (!Array.isArray(entities) || !entities.every((e) => typeof e === 'string' && e.length > 0)) return null;
  if (!Array.isArray(found) || found.length !== texts.length) return null;
  const out: Mention[][] = [];
  for (let t = 0; t < texts.length; t++) {
    const flat = found[t];
    if (!Array.isArray(flat) || flat.length % 3 !== 0) return null;
    const length = texts[t]!.length;
    const mentions: Mention[] = [];
    let last = 0;
    for (let k = 0; k < flat.length; k += 3) {
      const [e, start, end] = [flat[k], flat[k + 1], flat[k + 2]];
      if (!Number.isInteger(e) || !Number.isInteger(start) || !Number.isInteger(end)) return null;
      const entity = entities[e as number];
      if (entity === undefined || (start as number) < last || (end as number) <= (start as number) || (end as number) > length) return null;
      mentions.push({ entity, start: start as number, end: end as number });
      last = end as number;
    }
    out.push(mentions);
  }
  return out;
}
