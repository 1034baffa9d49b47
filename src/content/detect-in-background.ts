/** The scanner's detector: a batch of the page's texts to the background and back (see DetectMessage). */
import { browser } from 'wxt/browser';
import { decodeDetectReply } from '../messaging/detect-reply';
import type { DetectMessage } from '../messaging/messages';
import type { DetectBatch } from '../page/types';

export const detectInBackground: DetectBatch = async (texts) => {
  const message: DetectMessage = { type: 'detect', texts: texts as string[] };
  const found = decodeDetectReply(await browser.runtime.sendMessage(message), texts);
  if (!found) throw new Error('the background sent no well-formed answer to a detect message');
  return found;
};
