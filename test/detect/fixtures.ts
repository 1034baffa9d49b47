/** The three entity files this module owns, loaded as a lexicon (stable whatever other entities exist). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createDetector, type Detector, type Mention } from '../../src/detect/detector';
import type { LexiconEntry } from '../../src/detect/lexicon-types';

const ROOT = resolve(import.meta.dirname, '../..');

export function loadEntity(id: string): LexiconEntry {
  const { kind, aliases, detect } = JSON.parse(readFileSync(resolve(ROOT, 'assets/entities', `${id}.json`), 'utf8')) as LexiconEntry;
  return { id, kind, aliases, detect };
}

export const OWN = ['kazakhstan', 'tokayev', 'sco'].map(loadEntity);

let shared: Detector | undefined;
export function ownDetector(): Detector {
  return (shared ??= createDetector(OWN));
}

/** Mentions as "entity:text" strings, for readable assertions. */
export function found(text: string, detector: Detector = ownDetector()): string[] {
  return detector.findMentions(text).map((m: Mention) => `${m.entity}:${text.slice(m.start, m.end)}`);
}
