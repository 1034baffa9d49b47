/**
 * Checks an entity's `aliases` and `detect` against what the detector can
 * compile. The data build reports these per entity; compileLexicon throws on
 * them. Pure: no zod, so it can run inside the content script too.
 */
import { foldString, foldTables, IGN, SCRIPT_MASK } from './fold';
import { DETECT_KEYS, type LexiconEntry } from './lexicon-types';
import { MAX_MENTION_LENGTH } from './limits';

export interface LexiconIssue {
  /** Dotted path inside the entity: `aliases.en[2]`, `detect.notFollowedBy.SCO[0]`. */
  field: string;
  message: string;
}

const LANG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export function validateLexiconEntry(entry: LexiconEntry): LexiconIssue[] {
  const issues: LexiconIssue[] = [];
  const add = (field: string, message: string) => issues.push({ field, message });
  const aliases = new Set<string>();

  if (!isRecord(entry.aliases)) {
    add('aliases', 'must be an object of language tag -> list of spellings');
  } else {
    for (const [lang, list] of Object.entries(entry.aliases)) {
      if (!LANG.test(lang)) add(`aliases.${lang}`, 'key must be a language tag like "ar" or "zh-Hant"');
      if (!Array.isArray(list) || !list.length) {
        add(`aliases.${lang}`, 'must be a non-empty list of spellings');
        continue;
      }
      list.forEach((alias, i) => {
        const problem = aliasProblem(alias);
        if (problem) add(`aliases.${lang}[${i}]`, problem);
        else aliases.add(alias);
      });
    }
  }

  const detect = entry.detect;
  if (detect === undefined) return issues;
  if (!isRecord(detect)) {
    add('detect', 'must be an object');
    return issues;
  }
  for (const key of Object.keys(detect)) {
    if (!(DETECT_KEYS as readonly string[]).includes(key)) add(`detect.${key}`, `unknown rule; known rules: ${DETECT_KEYS.join(', ')}`);
  }
  for (const key of ['caseSensitive', 'capitalized'] as const) {
    const value = detect[key];
    if (value === undefined) continue;
    if (!isStringList(value)) {
      add(`detect.${key}`, 'must be a list of aliases');
      continue;
    }
    value.forEach((alias, i) => {
      if (!aliases.has(alias)) add(`detect.${key}[${i}]`, `"${alias}" is not one of this entity's aliases`);
    });
  }
  for (const key of ['notFollowedBy', 'notPrecededBy', 'notBeside', 'requireFollowedBy', 'requirePrecededBy'] as const) {
    const value = detect[key];
    if (value === undefined) continue;
    if (!isRecord(value)) {
      add(`detect.${key}`, 'must be an object of alias -> list of words');
      continue;
    }
    for (const [alias, list] of Object.entries(value)) {
      if (!aliases.has(alias)) add(`detect.${key}.${alias}`, `"${alias}" is not one of this entity's aliases`);
      checkWordList(list, `detect.${key}.${alias}`, add, false);
    }
  }
  for (const key of ['givenNames', 'otherGivenNames', 'titles'] as const) {
    const value = detect[key];
    if (value === undefined) continue;
    if (!isRecord(value)) {
      add(`detect.${key}`, 'must be an object of language tag -> list of names');
      continue;
    }
    for (const [lang, list] of Object.entries(value)) {
      if (!LANG.test(lang)) add(`detect.${key}.${lang}`, 'key must be a language tag like "ar" or "zh-Hant"');
      checkWordList(list, `detect.${key}.${lang}`, add, true);
    }
  }
  if (detect.givenNames !== undefined && entry.kind !== 'person') add('detect.givenNames', 'only a person has given names');
  return issues;
}

/** Why an alias spelling cannot be compiled, or undefined when it can. */
export function aliasProblem(alias: unknown): string | undefined {
  if (typeof alias !== 'string') return 'must be a string';
  if (alias !== alias.trim() || !alias) return 'must not be empty or start/end with spaces';
  if (/[\uD800-\uDFFF]/.test(alias)) return 'must use characters of the Basic Multilingual Plane only (no emoji or rare ideographs)';
  if (/[\p{Cc}]/u.test(alias)) return 'must not contain control characters';
  const nfc = alias.normalize('NFC');
  const folded = foldString(nfc);
  if (!folded) return 'has no letters once invisible characters are removed';
  const { char } = foldTables();
  let k = 0;
  while (k < nfc.length && char[nfc.charCodeAt(k)]! & IGN) k++;
  if (!(char[nfc.charCodeAt(k)]! & SCRIPT_MASK)) return 'must start with a letter';
  if (folded.length > MAX_MENTION_LENGTH / 2) return `is too long (at most ${MAX_MENTION_LENGTH / 2} letters)`;
  return undefined;
}

function checkWordList(list: unknown, field: string, add: (field: string, message: string) => void, lettersOnly: boolean): void {
  if (!Array.isArray(list) || !list.length) {
    add(field, 'must be a non-empty list of strings');
    return;
  }
  list.forEach((word, i) => {
    if (typeof word !== 'string' || !word.trim() || word !== word.trim()) add(`${field}[${i}]`, 'must be a non-empty string without surrounding spaces');
    else if (!foldString(word)) add(`${field}[${i}]`, 'has nothing left once invisible characters are removed');
    else if (lettersOnly && aliasProblem(word)) add(`${field}[${i}]`, aliasProblem(word)!);
  });
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isStringList(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((s) => typeof s === 'string');
}
