/**
 * Checks that look across entries and files, run by `compileStore` once every
 * file has parsed. Each error names the file, entry and field to fix; where two
 * entries clash, the message names the other one too.
 *
 * Errors: two entities claiming one alias, Arabic or Hebrew text with no letter
 * of its script, a fact in the wrong file, a series member without a date or
 * with no entity in common with the rest of its series.
 * Warnings: an entity no fact mentions, an article no fact cites, a series of
 * one fact, an alias an entity lists twice verbatim.
 */
import type { Article } from '../articles/types';
import type { DataError } from './errors';
import type { Entity, Fact } from './types';

export interface EntityInFile {
  entity: Entity;
  file: string;
}

export interface FactInFile {
  fact: Fact;
  file: string;
  /** How errors name the fact: `facts[3] "id"`. */
  entry: string;
}

/** The file that holds the facts no article states. */
export const BACKGROUND_FILE = 'background';

/** Article ids look like `000_b209a1a918feb129`; a facts file named so must belong to an article. */
const ARTICLE_ID = /^\d{3}_[0-9a-f]{16}$/;

/** Letters a text in that language must contain at least one of: catches a paste into the wrong language. */
const SCRIPTS: Record<string, { pattern: RegExp; name: string }> = {
  ar: { pattern: /\p{Script=Arabic}/u, name: 'Arabic' },
  fa: { pattern: /\p{Script=Arabic}/u, name: 'Arabic' },
  he: { pattern: /\p{Script=Hebrew}/u, name: 'Hebrew' },
  ru: { pattern: /\p{Script=Cyrillic}/u, name: 'Cyrillic' },
  kk: { pattern: /\p{Script=Cyrillic}/u, name: 'Cyrillic' },
  zh: { pattern: /\p{Script=Han}/u, name: 'Chinese' },
};

export function checkScripts(entities: readonly EntityInFile[], facts: readonly FactInFile[], errors: DataError[]): void {
  const check = (texts: Record<string, string>, field: string, file: string, entry: string) => {
    for (const [lang, text] of Object.entries(texts)) {
      // Exact tags only: `kk-Latn` or `uz-Latn` text is rightly not Cyrillic.
      const script = SCRIPTS[lang];
      if (script && !script.pattern.test(text)) {
        errors.push({ file, entry, field: `${field}.${lang}`, message: `has no ${script.name} letters: is this text in the right language?` });
      }
    }
  };
  for (const { entity, file } of entities) {
    check(entity.names, 'names', file, entity.id);
    check(entity.summary, 'summary', file, entity.id);
  }
  for (const { fact, file, entry } of facts) check(fact.text, 'text', file, entry);
}

/**
 * The same spelling may not stand for two entities in one language: the
 * detector could not tell which one a page means. Spellings that differ only
 * in case, width, dashes, apostrophes, vowel points or invisible characters
 * count as the same; the detector's own letter folding may merge more.
 */
export function checkAliases(entities: readonly EntityInFile[], errors: DataError[], warnings: DataError[]): void {
  const claimed = new Map<string, { id: string; file: string; field: string }>();
  for (const { entity, file } of entities) {
    const own = new Map<string, string>();
    for (const [lang, aliases] of Object.entries(entity.aliases)) {
      const language = (lang.split('-')[0] ?? lang).toLowerCase();
      aliases.forEach((alias, i) => {
        const field = `aliases.${lang}.${i}`;
        // Variants of one entity's alias (en dash and hyphen) may be deliberate; a verbatim repeat is not.
        const repeated = own.get(`${language}\u0000${alias}`);
        if (repeated) warnings.push({ file, entry: entity.id, field, message: `repeats alias "${alias}" (${repeated})` });
        else own.set(`${language}\u0000${alias}`, field);

        const key = `${language}\u0000${aliasKey(alias)}`;
        const earlier = claimed.get(key);
        if (!earlier) claimed.set(key, { id: entity.id, file, field });
        else if (earlier.id !== entity.id) {
          errors.push({ file, entry: entity.id, field, message: `alias "${alias}" is also claimed by entity "${earlier.id}" in ${earlier.file} (${earlier.field})` });
        }
      });
    }
  }
}

/** The comparison key of an alias: see `checkAliases` for what counts as the same spelling. */
export function aliasKey(alias: string): string {
  return alias
    .normalize('NFKC')
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '') // Arabic vowel marks and tatweel
    .replace(/\u05BE/g, '-') // Hebrew maqaf
    .replace(/[\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7]/g, '') // Hebrew points and accents
    .replace(/[\u200B-\u200F\u202A-\u202E\u2060\u061C\uFEFF]/g, '')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019\u02BC\u05F3`´]/g, "'")
    .replace(/[\u201C\u201D\u05F4]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * File conventions: `facts/<article id>.json` holds the facts citing that
 * article and nothing else; `facts/background.json` holds background facts
 * only; other names (topic files) may hold any mix.
 */
export function checkFactFiles(factFiles: readonly string[], facts: readonly FactInFile[], articleIds: ReadonlySet<string>, errors: DataError[]): void {
  for (const file of factFiles) {
    const base = baseName(file);
    if (ARTICLE_ID.test(base) && !articleIds.has(base)) {
      errors.push({ file, message: `is named for article "${base}", which does not exist: name a facts file after the article its facts cite` });
    }
  }
  for (const { fact, file, entry } of facts) {
    const base = baseName(file);
    if (base === BACKGROUND_FILE) {
      if (!fact.background) errors.push({ file, entry, field: 'source', message: `${BACKGROUND_FILE}.json holds background facts only: a cited fact belongs in the facts file of its article` });
    } else if (articleIds.has(base)) {
      if (fact.background) {
        errors.push({ file, entry, field: 'background', message: `a background fact belongs in assets/facts/${BACKGROUND_FILE}.json, not in the facts of article ${base}` });
      } else if (fact.source && fact.source.article !== base) {
        errors.push({ file, entry, field: 'source.article', message: `cites article "${fact.source.article}", but this file holds the facts of article "${base}"` });
      }
    }
  }
}

/**
 * A series shows one measure at several dates, so every member needs a date
 * and all members must concern a common entity (the card shows the series on
 * that entity's card).
 */
export function checkSeries(facts: readonly FactInFile[], errors: DataError[], warnings: DataError[]): void {
  const bySeries = new Map<string, FactInFile[]>();
  for (const item of facts) {
    if (!item.fact.series) continue;
    const members = bySeries.get(item.fact.series) ?? [];
    members.push(item);
    bySeries.set(item.fact.series, members);
  }
  for (const [series, members] of bySeries) {
    for (const { fact, file, entry } of members) {
      if (!fact.date) errors.push({ file, entry, field: 'date', message: `is required: the fact belongs to series "${series}", which is ordered by date` });
    }
    const [first, ...rest] = members;
    if (!first) continue;
    if (!rest.length) {
      warnings.push({ file: first.file, entry: first.entry, field: 'series', message: `series "${series}" has only this fact: a series compares one measure at several dates` });
    }
    let common = new Set(first.fact.entities);
    for (const { fact, file, entry } of rest) {
      const shared = new Set(fact.entities.filter((id) => common.has(id)));
      if (shared.size) {
        common = shared;
      } else {
        errors.push({ file, entry, field: 'series', message: `shares no entity with the rest of series "${series}" (which starts with fact "${first.fact.id}" in ${first.file})` });
      }
    }
  }
}

/** Data that compiles but shows nothing: an entity without facts, an article no fact cites. */
export function checkUnused(entities: readonly EntityInFile[], facts: readonly FactInFile[], articles: readonly Article[], warnings: DataError[]): void {
  const mentioned = new Set(facts.flatMap(({ fact }) => fact.entities));
  const cited = new Set(facts.map(({ fact }) => fact.source?.article));
  for (const { entity, file } of entities) {
    if (!mentioned.has(entity.id)) warnings.push({ file, entry: entity.id, message: 'no fact mentions this entity: its card will show no facts' });
  }
  for (const article of articles) {
    if (!cited.has(article.id)) warnings.push({ file: `assets/articles/${article.id}.json`, entry: article.id, message: 'no fact cites this article' });
  }
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
}
