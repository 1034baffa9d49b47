/**
 * The detector with the bundled lexicon (every entity's aliases and rules).
 * Node scripts and benches that cannot import the virtual module use
 * createDetector from ./detector with a lexicon of their own.
 */
import lexicon from 'virtual:steppe/lexicon';
import { createDetector, type Mention } from './detector';

export type { Detector, Mention } from './detector';
export { createDetector } from './detector';
export { validateLexiconEntry } from './validate';
export { MAX_MENTION_LENGTH } from './limits';

let detector: ReturnType<typeof createDetector> | undefined;

/** Mentions of known entities in `text`: UTF-16 offsets, sorted, non-overlapping, longest first. */
export function findMentions(text: string): Mention[] {
  detector ??= createDetector(lexicon, { validated: true }); // the data build validated it
  return detector.findMentions(text);
}
