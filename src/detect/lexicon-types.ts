import type { Entity } from '../facts/types';

/** What the detector needs of an entity: no names for display, no facts. */
export type LexiconEntry = Pick<Entity, 'id' | 'kind' | 'aliases' | 'detect'>;

/**
 * The `detect` field of an entity file: every key optional. Aliases stay plain
 * spellings; these rules only say what the generic per-script rules cannot.
 * Keys that name an alias ("SCO") must spell it exactly as in `aliases`.
 * See src/detect/README.md for examples.
 */
export interface DetectRules {
  /** Aliases matched with their exact letter case. All-capital aliases (SCO, ШОС) always are. */
  caseSensitive?: string[];
  /** Aliases whose first letter must be upper case ("Kazak": lower-case "kazak" is a Turkish sweater). */
  capitalized?: string[];
  /** Alias -> words; when one directly follows the match it is not a mention ("SCO Group", "SCO TV"). */
  notFollowedBy?: Record<string, string[]>;
  /** Alias -> words or characters; when one directly precedes the match it is not a mention. */
  notPrecededBy?: Record<string, string[]>;
  /**
   * Alias -> codes written exactly so (ENG, GER); when one stands on either side with only
   * digits, spaces and punctuation between, the match is one code among others (a score line
   * "ENG 2-1 SCO", a group "GER, SCO, HUN"), not a mention.
   */
  notBeside?: Record<string, string[]>;
  /** Alias -> one of these must directly follow ("上合" + "组织"). */
  requireFollowedBy?: Record<string, string[]>;
  /** Alias -> one of these must directly precede ("l'", "la", "(" before "OCS"). */
  requirePrecededBy?: Record<string, string[]>;
  /**
   * Person entities: the person's own given names per language. Each is joined
   * to every one-word alias (the surname) of the same script, so the full name
   * is one mention; and one-word aliases become guarded by the given-name rule.
   */
  givenNames?: Record<string, string[]>;
  /** Given names of other people, per language: directly before the surname, they make it someone else. */
  otherGivenNames?: Record<string, string[]>;
  /** Titles and honorifics, per language, that may stand capitalised directly before the surname. */
  titles?: Record<string, string[]>;
}

export const DETECT_KEYS = [
  'caseSensitive',
  'capitalized',
  'notFollowedBy',
  'notPrecededBy',
  'notBeside',
  'requireFollowedBy',
  'requirePrecededBy',
  'givenNames',
  'otherGivenNames',
  'titles',
] as const satisfies readonly (keyof DetectRules)[];
