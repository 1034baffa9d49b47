import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { firefoxManifest } from './src/firefox/manifest';
import { localeFiles } from './scripts/lib/locales';
import { steppeData } from './scripts/vite-plugin-data';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // The Firefox sources zip (for addons.mozilla.org review) holds what `npm ci && npm run zip`
  // needs; WXT already leaves out node_modules, dot-directories and *.test.ts files.
  zip: { excludeSources: ['.output/**', 'web-ext-artifacts/**', 'test-results/**', '**/*.log'] },
  vite: () => ({
    plugins: [preact(), steppeData()],
    // Web Workers are bundled separately and need the data modules too.
    worker: { format: 'es', plugins: () => [steppeData()] },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extensionName__',
    description: '__MSG_extensionDescription__',
    default_locale: 'en',
    permissions: ['storage', 'sidePanel', 'contextMenus'],
    action: { default_title: '__MSG_extensionName__' },
    commands: {
      'open-card': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_commandOpenCard__' },
    },
    icons: { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 128: 'icons/128.png' },
    // Firefox: its own permissions (no sidePanel), add-on id, minimum versions, data consent.
    ...(browser === 'firefox' ? firefoxManifest() : {}),
  }),
  hooks: {
    // Icons live in assets/icons (the project keeps its assets together); copy them into the build.
    'build:publicAssets': (wxt, files) => {
      for (const size of [16, 32, 48, 128]) {
        files.push({ absoluteSrc: `${wxt.config.root}/assets/icons/${size}.png`, relativeDest: `icons/${size}.png` });
      }
      // UI strings live in src/i18n; the browser reads them from _locales.
      files.push(...localeFiles());
    },
  },
});
