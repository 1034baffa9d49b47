// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cardFor } from '../../src/background/cards';
import { UI_LANGS } from '../../src/i18n';

// The bundled store, compiled from assets/ as the build does.
vi.mock('virtual:steppe/store', async () => {
  const { resolve } = await import('node:path');
  const { readAssetFiles } = await import('../../scripts/lib/read-assets');
  const { compileStore } = await import('../../src/facts/compile');
  const result = compileStore(readAssetFiles(resolve(import.meta.dirname, '../..')));
  if (!result.ok) throw new Error('the real data does not compile');
  return { default: result.store };
});
const store = (await import('virtual:steppe/store')).default;

afterEach(() => vi.restoreAllMocks());

describe('hover card', () => {
  // The card runs on the reader's page, where the first Intl.NumberFormat or DateTimeFormat
  // costs tens of milliseconds: with the background's card data it must need neither.
  it.each(UI_LANGS)('in %s, shows every date and number from the card data, starting no Intl formatter', async (lang) => {
    for (const entity of store.entities) {
      const data = cardFor(entity.id, lang)!;
      expect(data.formatted?.lang).toBe(lang);
      vi.resetModules(); // a fresh page: no Intl object made yet by our modules
      const { Card } = await import('../../src/ui/card/Card');
      const { translator } = await import('../../src/i18n');
      const { formatsFor } = await import('../../src/i18n/format');
      const numberFormat = vi.spyOn(Intl, 'NumberFormat');
      const dateFormat = vi.spyOn(Intl, 'DateTimeFormat');
      const root = document.createElement('div');
      document.body.append(root);
      render(<Card data={data} lang={lang} t={translator(lang, formatsFor(lang, data.formatted).number)} onReadInArticle={() => {}} onClose={() => {}} />, root);
      root.querySelector<HTMLButtonElement>('button.more')?.click(); // every fact, not just the lead
      await new Promise((r) => setTimeout(r, 0));
      const text = root.textContent ?? '';
      expect(root.querySelectorAll('.fact, .series').length, entity.id).toBe(data.facts.length);
      for (const time of root.querySelectorAll('time')) expect(data.formatted!.dates[time.dateTime], time.dateTime).toBe(time.textContent);
      expect(text).toContain(`${data.formatted!.numbers[data.facts[0]!.source!.paragraph]}`);
      expect(numberFormat, entity.id).not.toHaveBeenCalled();
      expect(dateFormat, entity.id).not.toHaveBeenCalled();
      render(null, root);
      root.remove();
      vi.restoreAllMocks();
    }
  });
});
