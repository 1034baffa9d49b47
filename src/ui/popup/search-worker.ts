/** The search worker: loads the bundled index once and answers queries off the UI thread. */
import { getBundledSearchIndex } from '../../search/bundled';
import { createSearchHandler } from '../../search/worker-protocol';

const handle = createSearchHandler(getBundledSearchIndex);
self.onmessage = (e: MessageEvent) => self.postMessage(handle(e.data));
