import type { Article } from '../articles/types';

/** Languages every entity summary and fact statement must be written in. */
export const REQUIRED_LANGS = ['en', 'ar', 'he'] as const;
export type RequiredLang = (typeof REQUIRED_LANGS)[number];

/** Text in each required language, plus any others. */
export type LocalizedText = Record<RequiredLang, string> & Record<string, string>;

export type EntityKind =
  | 'country'
  | 'person'
  | 'organisation'
  | 'place'
  | 'initiative'
  | 'company'
  | 'event'
  | 'route';

export interface Entity {
  id: string;
  kind: EntityKind;
  /** Display name per language (en, ar, he required). */
  names: LocalizedText;
  summary: LocalizedText;
  /** Spellings the detector matches, per language tag. The detector defines the syntax. */
  aliases: Record<string, string[]>;
  /** Extra detection rules, read by src/detect only. */
  detect?: Record<string, unknown>;
}

export interface FactSource {
  article: string;
  /** Paragraph number, from 1. */
  paragraph: number;
  /** A verbatim substring of that paragraph. */
  quote: string;
}

export interface Fact {
  id: string;
  entities: string[];
  text: LocalizedText;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) the fact refers to, or holds for when background. */
  date?: string;
  /** A well-established fact the articles do not state. */
  background?: boolean;
  source?: FactSource;
  /** Facts sharing a series show the same measure at different dates (e.g. bilateral trade). */
  series?: string;
}

/** The compiled fact store: what the build hands to every extension context. */
export interface Store {
  articles: Article[];
  entities: Entity[];
  facts: Fact[];
}
