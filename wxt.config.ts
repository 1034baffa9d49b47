import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { steppeData } from './scripts/vite-plugin-data';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), steppeData()],
  }),
  manifest: ({ browser }) => ({
    name: 'Steppe Lens',
    description:
      'Facts about Kazakhstan, President Tokayev and the SCO on every page you read, in any language. Fully offline.',
    permissions: ['storage', 'sidePanel', 'contextMenus'],
    action: { default_title: 'Steppe Lens' },
    icons: { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 128: 'icons/128.png' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'steppe-lens@example.org',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // Icons live in assets/icons (the project keeps its assets together); copy them into the build.
    'build:publicAssets': (wxt, files) => {
      for (const size of [16, 32, 48, 128]) {
        files.push({ absoluteSrc: `${wxt.config.root}/assets/icons/${size}.png`, relativeDest: `icons/${size}.png` });
      }
    },
  },
});
