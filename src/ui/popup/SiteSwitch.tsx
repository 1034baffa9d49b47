import type { Translate } from '../../i18n';
import { isActiveOn, normalizeHost, type Settings } from '../../settings/schema';

interface Props {
  settings: Settings;
  /** Hostname of the active tab's page, when Steppe Lens runs there. */
  host: string | undefined;
  t: Translate;
  save(change: Partial<Settings>): void;
  openSettings(): void;
}

/** The common switches: on/off for this site, on again when off everywhere, and the way to all settings. */
export function SiteSwitch({ settings, host, t, save, openSettings }: Props) {
  const site = host ? normalizeHost(host) : undefined;
  return (
    <div class="switches">
      {!settings.enabled ? (
        <button type="button" class="switch-button" onClick={() => save({ enabled: true })}>
          {t('turnOnEverywhere')}
        </button>
      ) : (
        site && (
          <label class="site-switch">
            <input
              type="checkbox"
              role="switch"
              name="site-enabled"
              checked={isActiveOn(settings, site)}
              onChange={(e) => {
                const on = (e.target as HTMLInputElement).checked;
                const others = settings.disabledSites.filter((s) => s !== site && !site.endsWith(`.${s}`));
                save({ disabledSites: on ? others : [...others, site] });
              }}
            />
            <span dir="auto">{isActiveOn(settings, site) ? t('onForSite', { site }) : t('offForSite', { site })}</span>
          </label>
        )
      )}
      <button type="button" class="settings-link" onClick={openSettings} title={t('openSettings')} aria-label={t('openSettings')}>
        ⚙
      </button>
    </div>
  );
}
