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
