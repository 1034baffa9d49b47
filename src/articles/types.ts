/** Text direction of a language's script. */
export type Direction = 'ltr' | 'rtl';

/** Metadata kept beside each article's text in `assets/articles/<id>.json`. */
export interface ArticleMeta {
  /** The file name without `.txt`. */
  id: string;
  /** Title in the article's own language. */
  title: string;
  /** English rendering of the title, for readers who do not read the article's language. */
  titleEn?: string;
  /** BCP 47 language tag of the text. */
  lang: string;
  dir: Direction;
  outlet: string;
  author?: string;
  dateline?: string;
  /** ISO date as precise as the text supports: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date: string;
  /** How the date was established when the text does not state it. */
  dateNote?: string;
  /** Lines of web-page residue in the text that are not part of the article. */
  residue?: string[];
}

/** An article as the extension loads it: paragraphs numbered from 1 (index + 1). */
export interface Article extends Omit<ArticleMeta, 'residue'> {
  paragraphs: string[];
}
