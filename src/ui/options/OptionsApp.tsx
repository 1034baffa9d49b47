import { useState } from 'preact/hooks';
import type { Entity } from '../../facts/types';
import { dirFor, type Translate, type UiLang } from '../../i18n';
import { CARD_LANGUAGES, HOVER_DELAY_RANGE, MODIFIER_KEYS, normalizeHost, THEMES, type Settings } from '../../settings/schema';
import { localized } from '../card/card-model';

interface Props {
  settings: Settings;
  entities: Entity[];
  lang: UiLang;
  t: Translate;
  save(change: Partial<Settings>): Promise<void>;
}

const LANGUAGE_NAMES: Record<(typeof CARD_LANGUAGES)[number], string> = { auto: '', en: 'English', ar: 'العربية', he: 'עברית' };

/** Every setting on one page; each change is saved at once and applies to open tabs. */
export function OptionsApp({ settings, entities, lang, t, save }: Props) {
  const [site, setSite] = useState('');
  const [siteError, setSiteError] = useState('');
  const [savedAt, setSavedAt] = useState(0);
  const update = (change: Partial<Settings>) => void save(change).then(() => setSavedAt(Date.now()));

  const addSite = (e: Event) => {
    e.preventDefault();
    const host = normalizeHost(site);
    if (!host) {
      setSiteError(t('invalidSite', { site }));
      return;
    }
    setSiteError('');
    setSite('');
    if (!settings.disabledSites.includes(host)) update({ disabledSites: [...settings.disabledSites, host] });
  };
  const toggleEntity = (id: string, on: boolean) =>
    update({ disabledEntities: on ? settings.disabledEntities.filter((e) => e !== id) : [...settings.disabledEntities, id] });

  return (
    <main class="options" lang={lang} dir={dirFor(lang)}>
      <h1>{t('settingsTitle')}</h1>
      <p class="saved" role="status" aria-live="polite">
        {savedAt ? t('saved') : ''}
      </p>

      <label class="row switch">
        <input type="checkbox" name="enabled" checked={settings.enabled} onChange={(e) => update({ enabled: (e.target as HTMLInputElement).checked })} />
        <span>{t('enabledLabel')}</span>
      </label>

      <fieldset>
        <legend>{t('sitesHeading')}</legend>
        {settings.disabledSites.length === 0 ? (
          <p class="muted">{t('sitesEmpty')}</p>
        ) : (
          <ul class="sites">
            {settings.disabledSites.map((host) => (
              <li key={host}>
                <span dir="ltr">{host}</span>
                <button type="button" aria-label={t('removeSite', { site: host })} onClick={() => update({ disabledSites: settings.disabledSites.filter((s) => s !== host) })}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <form class="row" onSubmit={addSite}>
          <input name="site" dir="ltr" placeholder={t('addSitePlaceholder')} value={site} aria-label={t('sitesHeading')} aria-invalid={!!siteError} onInput={(e) => setSite((e.target as HTMLInputElement).value)} />
          <button type="submit">{t('addSite')}</button>
        </form>
        {siteError && <p class="error" role="alert">{siteError}</p>}
      </fieldset>

      <fieldset>
        <legend>{t('entitiesHeading')}</legend>
        <ul class="entities">
          {entities.map((entity) => (
            <li key={entity.id}>
              <label>
                <input type="checkbox" name={`entity-${entity.id}`} checked={!settings.disabledEntities.includes(entity.id)} onChange={(e) => toggleEntity(entity.id, (e.target as HTMLInputElement).checked)} />
                <span>{localized(entity.names, lang)}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>

      <fieldset>
        <legend>{t('triggerHeading')}</legend>
        <label class="row">
          <input type="radio" name="trigger" value="hover" checked={settings.trigger === 'hover'} onChange={() => update({ trigger: 'hover' })} />
          <span>{t('triggerHover')}</span>
        </label>
        <label class="row">
          <input type="radio" name="trigger" value="modifier" checked={settings.trigger === 'modifier'} onChange={() => update({ trigger: 'modifier' })} />
          <span>{t('triggerModifier')}</span>
          <select name="modifierKey" value={settings.modifierKey} aria-label={t('triggerModifier')} onChange={(e) => update({ modifierKey: (e.target as HTMLSelectElement).value as Settings['modifierKey'], trigger: 'modifier' })}>
            {MODIFIER_KEYS.map((key) => (
              <option key={key} value={key}>
                {key}
              </option>
            ))}
          </select>
        </label>
        <label class="row">
          <span>{t('hoverDelayLabel')}</span>
          <input type="range" name="hoverDelayMs" min={HOVER_DELAY_RANGE.min} max={1000} step={50} value={settings.hoverDelayMs} onChange={(e) => update({ hoverDelayMs: Number((e.target as HTMLInputElement).value) })} />
          <output>{t('milliseconds', { n: settings.hoverDelayMs })}</output>
        </label>
      </fieldset>

      <fieldset>
        <legend>{t('themeHeading')}</legend>
        {THEMES.map((theme) => (
          <label class="row" key={theme}>
            <input type="radio" name="theme" value={theme} checked={settings.theme === theme} onChange={() => update({ theme })} />
            <span>{t(theme === 'auto' ? 'themeAuto' : theme === 'light' ? 'themeLight' : 'themeDark')}</span>
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('cardLanguageHeading')}</legend>
        <select name="cardLanguage" value={settings.cardLanguage} aria-label={t('cardLanguageHeading')} onChange={(e) => update({ cardLanguage: (e.target as HTMLSelectElement).value as Settings['cardLanguage'] })}>
          {CARD_LANGUAGES.map((code) => (
            <option key={code} value={code} lang={code === 'auto' ? undefined : code}>
              {code === 'auto' ? t('languageAuto') : LANGUAGE_NAMES[code]}
            </option>
          ))}
        </select>
      </fieldset>
    </main>
  );
}
