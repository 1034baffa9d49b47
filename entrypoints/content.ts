import { runContentScript } from '../src/content/main';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  // WXT's "a newer copy started" signal goes by a DOM event only, not also by window.postMessage:
  // a posted message reaches every page listener (revealing us, and tripping pages that parse
  // all messages as their own).
  noScriptStartedPostMessage: true,
  main(ctx) {
    void runContentScript((cb) => ctx.onInvalidated(cb));
  },
});
