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
 * Compiles the detector (and lets the JIT see it once) soon after the worker
 * starts, so the first page after a browser start does not wait for it
 * (first mentions came 20-60 ms after script start, against 100-220 ms).
 * Not at once: the message that woke the worker (a card asked for on hover)
 * is answered first, not after the 40-odd ms of a cold compile. 250 ms, not 50:
 * on a loaded machine the waking reply itself took over 50 ms, the compile
 * landed before it, and a hover that woke the worker missed dwell + 100 ms
 * (251 ms once in CI; 168-211 ms with 250 here, 169-238 with 50).
 */
export function warmDetector(delayMs = 250): void {
  setTimeout(() => findMentions('Kazakhstan'), delayMs);
}
