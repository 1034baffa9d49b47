import type { ComponentChildren } from 'preact';

export interface MetaItem {
  key: string;
  content: ComponentChildren;
  /** The item's own direction (a date in the UI language); `auto` for names of unknown script. */
  dir?: 'ltr' | 'rtl' | 'auto';
  class?: string;
}

/**
 * "Astana · 1 July 2024 · Arabic". The separators belong to the line, not to the
 * items: an item with its own `dir` inside a line of the other direction would
 * otherwise draw its dot on the wrong side.
 */
export function MetaLine({ items, class: className, lang }: { items: (MetaItem | false | undefined)[]; class?: string; lang?: string }) {
  const shown = items.filter((x): x is MetaItem => !!x);
  return (
    <span class={className ? `meta ${className}` : 'meta'} lang={lang}>
      {shown.map((item, i) => (
        <span key={item.key} class={item.class ? `meta-item ${item.class}` : 'meta-item'}>
          {i > 0 && (
            <span class="sep" aria-hidden="true">
              ·
            </span>
          )}
          <span dir={item.dir}>{item.content}</span>
        </span>
      ))}
    </span>
  );
}
