/** Letter case, for abbreviations matched with exact case and the given-name rule. */
import { APOSTROPHE, caseTable, foldTables, IGNORABLE, SEPARATOR } from './fold';

/** At least two capitals and never two lower-case letters in a row: an abbreviation (SCO, ШОС, ŞİÖ, ShHT). */
export function isAbbreviation(alias: string): boolean {
  const cases = letterCases(alias);
  return !cases.includes('ll') && cases.split('U').length > 2;
}

/** 'U' upper, 'l' lower, '.' caseless, one per UTF-16 unit; computed with two string calls (no per-char tables at compile time). */
function letterCases(s: string): string {
  const lower = s.toLowerCase();
  const upper = s.toUpperCase();
  if (lower.length !== s.length || upper.length !== s.length) return s.split('').map(caseOfChar).join(''); // İ, ß
  let out = '';
  for (let i = 0; i < s.length; i++) out += lower[i] === upper[i] ? '.' : s[i] === lower[i] ? 'l' : 'U';
  return out;
}

export function casePatternOf(alias: string): string {
  const { fold } = foldTables();
  const cases = letterCases(alias);
  let out = '';
  for (let i = 0; i < alias.length; i++) {
    const f = fold[alias.charCodeAt(i)]!;
    if (f === IGNORABLE || f === SEPARATOR || f === APOSTROPHE) continue;
    out += cases[i];
  }
  return out;
}

function caseOfChar(ch: string): string {
  const lo = ch.toLowerCase();
  if (lo === ch.toUpperCase()) return '.';
  return ch === lo ? 'l' : 'U';
}

/** 'U' upper, 'l' lower, '.' no case (table lookup: used per char of the text). */
export function caseOf(ch: string): string {
  return CASE_NAMES[caseTable()[ch.charCodeAt(0)]!]!;
}

const CASE_NAMES = ['.', 'l', 'U'];
