/**
 * The content script: reads the settings, and runs a session on this document
 * while Steppe Lens is on for this site; starts and stops it as settings change.
 */
import { browser } from 'wxt/browser';
import { parseMessage } from '../messaging/messages';
import { withdrawEarlyHighlightStyles } from '../page/highlight-styles';
import { isActiveOn, type Settings } from '../settings/schema';
import { loadSettings, watchSettings } from '../settings/storage';
import { detectInBackground } from './detect-in-background';
import { reportCounts } from './report-counts';
import { startSession, type Session } from './session';

export async function runContentScript(onInvalidated: (cb: () => void) => void): Promise<void> {
  let session: Session | null = null;
  const report = reportCounts();

  const apply = (settings: Settings) => {
    const active = isActiveOn(settings, location.hostname);
    if (session && !active) {
      session.stop();
      session = null;
    }
    if (active && !session) session = startSession(document, settings, { detectBatch: detectInBackground }, report);
    else if (session) session.update(settings);
    else {
      withdrawEarlyHighlightStyles(document); // adopted at document start, before the settings were known
      report({}); // off here: still tell the popup which site this is, so it can be turned back on
    }
  };

  apply(await loadSettings());
  const unwatch = watchSettings(apply);

  const onMessage = (raw: unknown) => {
    if (parseMessage(raw)?.type === 'open-card-for-selection') session?.openFromSelection();
  };
  browser.runtime.onMessage.addListener(onMessage);

  onInvalidated(() => {
    unwatch();
    browser.runtime.onMessage.removeListener(onMessage);
    session?.stop();
    session = null;
  });
}
