/**
 * Mention detection for every page, in the background: the detector is
 * compiled once and stays warm (JIT-optimised) across pages and frames, so a
 * page's main thread only reads its text and marks the answers.
 */
import { findMentions } from '../detect';
import { encodeDetectReply, type DetectReply } from '../messaging/detect-reply';

export function detectTexts(texts: readonly string[]): DetectReply {
  return encodeDetectReply(texts.map((text) => findMentions(text)));
}

/**
 * Compiles the detector (and lets the JIT see it once) as the worker starts,
 * so the first page after a browser start or a worker wake-up does not wait
 * for it. A task of its own: messages already queued are not held up.
 */
export function warmDetector(): void {
  setTimeout(() => findMentions('Kazakhstan'), 0);
}
