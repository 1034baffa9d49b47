/**
 * Turns a typed query into groups, one per query word or per run of words that
 * names an entity, each in a fixed normal form that retrieve.ts evaluates:
 *
 *   group        any alternative: the words as typed, or one alias of the named entity
 *   alternative  all conjuncts: one per word
 *   conjunct     any leaf:
 *                  the word: exact, typo (1 edit from 4 letters, 2 from 8, clitics not counted),
 *                            prefix (last word, still typed)
 *                  its clitic stems
 *                  its consonant skeleton in the other scripts (translit.ts)
 *
 * A paragraph's score counts how many groups it satisfies (engine.ts), so a
 * query stays useful when one word has no match at all.
 */
import { stemsOf } from './clitics';
import type { EntityMatcher } from './entity-expansion';
import { fold } from './normalize';
import { tokenizeFolded } from './tokenize';
import { skeletonProbe } from './translit';

/** Queries are cut here: nobody types more, and the cost stays bounded. */
export const MAX_QUERY_CHARS = 256;
export const MAX_QUERY_TERMS = 10;
/** Shortest last word that is searched as a prefix. */
const MIN_PREFIX = 2;
/** Shortest consonant skeleton (plus its script mark) searched as a prefix. */
const MIN_PREFIX_SKELETON = 4;

/** Score weight of each kind of leaf. */
const WEIGHT = { literal: 1, stem: 0.7, alias: 0.85, aliasStem: 0.6, skeleton: 0.4 } as const;
/** How good a match of each kind is, for ranking (engine.ts); prefix multiplies. */
const QUALITY = { exact: 1, stem: 0.9, alias: 0.95, aliasStem: 0.9, prefix: 0.95 } as const;

/** Words that say little about which paragraph is meant; they still count, a little. */
const STOPWORDS = new Set(
  [
    'the', 'of', 'and', 'in', 'on', 'to', 'a', 'an', 'for', 'with', 'by', 'at', 'from', 'is', 'was', 'as', 'that', 'this', 'its',
    'في', 'من', 'على', 'الى', 'عن', 'مع', 'ان', 'او', 'ثم', 'هذا', 'هذه', 'التي', 'الذي', 'ما', 'لا', 'قد', 'كان', 'و',
    'של', 'את', 'על', 'עמ', 'זה', 'זו', 'הוא', 'היא', 'כי', 'גמ', 'או', 'אל', 'מנ', 'כל', 'לא', 'יש', 'בינ', 'ו', 'ה',
    'и', 'в', 'во', 'на', 'с', 'со', 'по', 'к', 'о', 'об', 'от', 'до', 'из', 'за', 'для', 'что', 'как', 'не', 'это',
  ].map(fold),
);

/** Index terms to look up, with expansion. */
export interface Leaf {
  readonly terms: readonly string[];
  readonly prefix: boolean;
  /** Edits forgiven; 0 for none. */
  readonly fuzzy: number;
  readonly weight: number;
}
/** Matches when any leaf matches. */
export type Conjunct = readonly Leaf[];
/** Matches when every conjunct matches. */
export type Alternative = readonly Conjunct[];

export interface QueryGroup {
  /** Folded query terms of the group. */
  readonly terms: readonly string[];
  /** How much the group counts towards coverage. */
  readonly weight: number;
  /** Entities the group names; their aliases are further alternatives (entityAlternatives). */
  readonly entities: readonly string[];
  /** The words as typed: matches when any alternative matches (there is one). */
  readonly alternatives: readonly Alternative[];
  /** Identifies the words' search, for caching across keystrokes. */
  readonly key: string;
  /** Match quality (0..1] of each index term the group asks for; a typo match not listed here is FUZZY_QUALITY. */
  readonly quality: ReadonlyMap<string, number>;
  /** Prefixes of the word being typed, with the quality of a token that starts with them. */
  readonly prefixes: ReadonlyArray<readonly [string, number]>;
}

export const FUZZY_QUALITY = 0.7;

export interface QueryPlan {
  readonly groups: readonly QueryGroup[];
  readonly totalWeight: number;
}

/** The plan for a raw query; undefined when it has no searchable term. */
export function planQuery(raw: string, matcher?: EntityMatcher): QueryPlan | undefined {
  const folded = fold(raw.slice(0, MAX_QUERY_CHARS));
  const all = tokenizeFolded(folded);
  const terms = all.slice(0, MAX_QUERY_TERMS).map((t) => t.term);
  if (!terms.length) return undefined;
  // The last word is still being typed unless a space or punctuation follows it.
  const lastIsPrefix = !folded.endsWith(' ') && all.length <= MAX_QUERY_TERMS;
  const isPrefix = (i: number) => lastIsPrefix && i === terms.length - 1;

  const spans = matcher?.size ? matcher.spans(terms, lastIsPrefix) : [];
  const groups: QueryGroup[] = [];
  let i = 0;
  while (i < terms.length) {
    const span = spans.find((s) => s.start === i);
    const end = span ? span.end : i + 1;
    const spanTerms = terms.slice(i, end);
    const group = new GroupBuilder();
    const alternatives: Alternative[] = [spanTerms.map((t, k) => group.word(t, isPrefix(i + k)))];
    groups.push({
      terms: spanTerms,
      weight: spanTerms.reduce((w, t) => w + weightOf(t), 0),
      entities: span?.entities ?? [],
      alternatives,
      key: JSON.stringify(alternatives),
      quality: group.quality,
      prefixes: group.prefixes,
    });
    i = end;
  }
  return { groups, totalWeight: groups.reduce((w, g) => w + g.weight, 0) };
}

export interface EntityAlternatives {
  readonly alternatives: readonly Alternative[];
  readonly quality: ReadonlyMap<string, number>;
}

/**
 * Every alias of an entity as an alternative: the same for every query that
 * names it, so the engine evaluates it once and caches the result.
 */
export function entityAlternatives(aliases: readonly (readonly string[])[]): EntityAlternatives {
  const group = new GroupBuilder();
  const seen = new Set<string>();
  const alternatives: Alternative[] = [];
  for (const alias of aliases) {
    const key = alias.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    alternatives.push(alias.map((t) => group.alias(t)));
  }
  return { alternatives, quality: group.quality };
}

function weightOf(term: string): number {
  if (STOPWORDS.has(term)) return 0.2;
  if (/^\d+$/.test(term)) return 1;
  return term.length === 1 ? 0.3 : 1;
}

/**
 * Edits forgiven in a word: by the length of its shortest stem, so the article
 * does not buy a typo (الصين is three letters plus ال, and الذين is not China).
 * Numbers must match exactly.
 */
function fuzzyFor(term: string, prefix: boolean): number {
  if (/^\d+$/.test(term)) return 0;
  const core = Math.min(term.length, ...stemsOf(term).map((s) => s.length));
  if (core >= 8 && !prefix) return 2;
  return core >= 4 ? 1 : 0;
}

/** Builds one group's conjuncts and records the quality of each term they ask for. */
class GroupBuilder {
  readonly quality = new Map<string, number>();
  readonly prefixes: Array<readonly [string, number]> = [];

  /** A word the user typed: exact, typo, prefix, clitic stems, and the consonant skeleton in other scripts. */
  word(term: string, prefix: boolean): Conjunct {
    const doPrefix = prefix && term.length >= MIN_PREFIX;
    const stems = stemsOf(term);
    this.note(term, QUALITY.exact, doPrefix);
    for (const stem of stems) this.note(stem, QUALITY.stem, doPrefix);
    const leaves: Leaf[] = [leaf([term], WEIGHT.literal, doPrefix, fuzzyFor(term, prefix))];
    if (stems.length) leaves.push(leaf(stems, WEIGHT.stem, doPrefix, 0));
    const probes = unique([term, ...stems].map(skeletonProbe));
    // A short skeleton as a prefix matches half the vocabulary of the other script.
    const probePrefix = doPrefix && probes.every((p) => p.length > MIN_PREFIX_SKELETON);
    // A longer skeleton is less likely to be a chance match.
    for (const probe of probes) this.note(probe, skeletonQuality(probe), probePrefix);
    if (probes.length) leaves.push(leaf(probes, WEIGHT.skeleton, probePrefix, 0));
    return leaves;
  }

  /** A word of an entity alias: exact, typo and clitic stems, never a prefix. */
  alias(term: string): Conjunct {
    const stems = stemsOf(term);
    this.note(term, QUALITY.alias, false);
    for (const stem of stems) this.note(stem, QUALITY.aliasStem, false);
    const leaves: Leaf[] = [leaf([term], WEIGHT.alias, false, fuzzyFor(term, false))];
    if (stems.length) leaves.push(leaf(stems, WEIGHT.aliasStem, false, 0));
    return leaves;
  }

  private note(term: string, quality: number, prefix: boolean): void {
    this.quality.set(term, Math.max(quality, this.quality.get(term) ?? 0));
    if (prefix) this.prefixes.push([term, quality * QUALITY.prefix]);
  }
}

/** 0.5 for three consonant classes, up to 0.8 from five. */
function skeletonQuality(probe: string): number {
  return Math.min(0.8, 0.5 + 0.15 * (probe.length - 1 - 3));
}

function leaf(terms: string[], weight: number, prefix: boolean, fuzzy: number): Leaf {
  return { terms, prefix, fuzzy, weight };
}

function unique(values: Array<string | undefined>): string[] {
  return [...new Set(values.filter((v): v is string => !!v))];
}

