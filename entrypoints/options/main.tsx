import { render } from 'preact';
import store from 'virtual:steppe/store';
import { translator, uiLangFor } from '../../src/i18n';
import { loadSettings, saveSettings, watchSettings } from '../../src/settings/storage';
import { uiLocale } from '../../src/ui/locale';
import { OptionsApp } from '../../src/ui/options/OptionsApp';
import '../../src/ui/theme.css';
import '../../src/ui/options/options.css';

const lang = uiLangFor(uiLocale());
const t = translator(lang);
const app = document.getElementById('app')!;
document.documentElement.lang = lang;
document.title = t('settingsTitle');

const show = (settings: Awaited<ReturnType<typeof loadSettings>>) =>
  render(<OptionsApp settings={settings} entities={store.entities} lang={lang} t={t} save={async (change) => void (await saveSettings(change))} />, app);

void loadSettings().then(show);
watchSettings(show);
