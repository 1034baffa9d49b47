import { runContentScript } from '../src/content/main';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    void runContentScript((cb) => ctx.onInvalidated(cb));
  },
});
