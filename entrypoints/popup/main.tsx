import { render } from 'preact';
import { browser } from 'wxt/browser';
import store from 'virtual:steppe/store';
import { translator, uiLangFor } from '../../src/i18n';
import { openReader } from '../../src/messaging/open-reader';
import { loadSettings, saveSettings, watchSettings } from '../../src/settings/storage';
import type { Settings } from '../../src/settings/schema';
import type { CardData } from '../../src/ui/card/card-model';
import { uiLocale } from '../../src/ui/locale';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import { createPopupSearch } from '../../src/ui/popup/popup-search';
import { SiteSwitch } from '../../src/ui/popup/SiteSwitch';
import '../../src/ui/theme.css';
import '../../src/ui/card/card.css';
import '../../src/ui/popup/popup.css';

const locale = uiLocale();
const lang = uiLangFor(locale);
const t = translator(lang);
const params = new URLSearchParams(location.search);
const search = createPopupSearch(store, params.has('worker'));
const loadCard = (entity: string) => browser.runtime.sendMessage({ type: 'get-card', entity }) as Promise<CardData | null>;
const app = document.getElementById('app')!;
document.documentElement.lang = lang;

let settings: Settings | undefined;
let tab: { counts: Record<string, number>; host?: string } | null | undefined;

function draw() {
  render(
    <PopupApp
      store={store}
      lang={lang}
      locale={locale}
      t={t}
      search={search}
      initialQuery={params.get('q') ?? ''}
      tabCounts={tab === undefined ? undefined : (tab?.counts ?? null)}
      loadCard={loadCard}
      openReader={(target) => void openReader(target)}
      switches={
        settings && (
          <SiteSwitch settings={settings} host={tab?.host} t={t} save={(change) => void saveSettings(change)} openSettings={() => void browser.runtime.openOptionsPage()} />
        )
      }
    />,
    app,
  );
}

async function loadTab() {
  // The popup is for the tab it was opened over; `?tab=ID` lets the reader tab or tests name another.
  const tabId = Number(params.get('tab')) || (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  tab = tabId === undefined ? null : ((await browser.runtime.sendMessage({ type: 'get-tab-mentions', tabId })) as typeof tab) ?? null;
}

draw();
void Promise.all([loadSettings().then((s) => (settings = s)), loadTab().catch(() => (tab = null))]).then(draw);
watchSettings((s) => {
  settings = s;
  draw();
});
