import { render } from 'preact';
import { browser } from 'wxt/browser';
import store from 'virtual:steppe/store';
import { findMentions } from '../../src/detect';
import { dirFor, translator, uiLangFor } from '../../src/i18n';
import { isReaderTab, openReaderTab } from '../../src/reader/open-in-tab';
import { subscribeReaderTargets } from '../../src/reader/subscribe';
import { loadSettings, watchSettings } from '../../src/settings/storage';
import { DEFAULT_SETTINGS, type Settings } from '../../src/settings/schema';
import type { CardData } from '../../src/ui/card/card-model';
import { uiLocale } from '../../src/ui/locale';
import { ReaderApp } from '../../src/ui/reader/ReaderApp';
import '../../src/ui/theme.css';
import '../../src/ui/reader/reader.css';
import '../../src/ui/reader/article.css';

// The UI chrome follows the browser language and mirrors for Arabic and Hebrew; each article keeps its own lang/dir.
const locale = uiLocale();
const lang = uiLangFor(locale);
const t = translator(lang);
document.documentElement.lang = lang;
document.documentElement.dir = dirFor(lang);

const loadCard = (entity: string) => browser.runtime.sendMessage({ type: 'get-card', entity }) as Promise<CardData | null>;
const app = document.getElementById('app')!;

function draw(settings: Settings, inTab: boolean) {
  // Cards read like the page cards: the user's card language, theme and hover delay.
  const cardLang = settings.cardLanguage === 'auto' ? lang : settings.cardLanguage;
  render(
    <ReaderApp
      store={store}
      locale={locale}
      lang={lang}
      t={t}
      findMentions={findMentions}
      cards={{ loadCard, lang: cardLang, theme: settings.theme, dwellMs: settings.hoverDelayMs }}
      subscribeTargets={subscribeReaderTargets}
      openInTab={inTab ? undefined : (search) => void openReaderTab(search)}
    />,
    app,
  );
}

let settings: Settings = { ...DEFAULT_SETTINGS };
let inTab = true; // no "open in a tab" button until we know this is the panel
draw(settings, inTab);
void Promise.all([loadSettings().catch(() => settings), isReaderTab()]).then(([s, tab]) => {
  settings = s;
  inTab = tab;
  document.documentElement.dataset.readerContext = tab ? 'tab' : 'panel'; // for tests and styles
  draw(settings, inTab);
});
watchSettings((s) => draw((settings = s), inTab));
