/** Display helpers shared by the library and the article view. */
import type { Entity } from '../../facts/types';
import type { UiLang } from '../../i18n';
import { ENTITY_UNDERLINES, FALLBACK_UNDERLINE } from '../../page/highlight-styles';
import { localized } from '../card/card-model';

/** Featured entities, listed first: the ones pages mark in colour. */
export const FEATURED_ENTITIES: readonly string[] = Object.keys(ENTITY_UNDERLINES);

export type NameOf = (entity: string) => string;

/** Entity names in the UI language (the id when the store does not know it). */
export function entityNamer(entities: readonly Entity[], lang: UiLang): NameOf {
  const names = new Map(entities.map((e) => [e.id, localized(e.names, lang)]));
  return (id) => names.get(id) ?? id;
}

/** The same underline pages draw for the entity, as CSS custom properties (reader.css reads them). */
export function underlineStyle(entity: string): string {
  const u = ENTITY_UNDERLINES[entity] ?? FALLBACK_UNDERLINE;
  return `--underline-color:${u.color};--underline-style:${u.style}`;
}

const languageNames = new Map<UiLang, Intl.DisplayNames | null>();

/** "Arabic" / "العربية" / "ערבית" for a language tag, in the UI language. */
export function languageName(tag: string, lang: UiLang): string {
  if (!languageNames.has(lang)) {
    try {
      languageNames.set(lang, new Intl.DisplayNames([lang], { type: 'language' }));
    } catch {
      languageNames.set(lang, null);
    }
  }
  return languageNames.get(lang)?.of(tag) ?? tag;
}
