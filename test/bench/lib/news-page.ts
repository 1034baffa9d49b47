/**
 * A generated news page for the page benchmark: articles in Arabic, Hebrew,
 * English, Russian and Chinese (each with lang/dir), with headlines, bylines,
 * paragraphs, inline links and emphasis, asides with lists, and mentions
 * sprinkled evenly (one mention-bearing sentence whenever the page has fallen
 * behind one mention per `charsPerMention` chars).
 *
 * It also returns the number of mentions the extension should mark: the
 * detector run over each text node exactly as the page will hold it (the
 * scanner detects text node by text node).
 */
import type { Mention } from '../../../src/detect/detector';
import { NEWS_TEXT, type BenchLang } from '../fixtures/news-text';

export interface NewsPage {
  html: string;
  /** Visible text, in UTF-16 code units (what the scanner reads). */
  chars: number;
  /** Visible text, UTF-8 bytes. */
  bytes: number;
  elements: number;
  textNodes: number;
  /** Mentions the detector finds in the page's text nodes. */
  mentions: number;
  /** Mentions per entity. */
  byEntity: Record<string, number>;
}

export interface NewsPageOptions {
  /** At least this many chars of visible text. */
  minChars: number;
  charsPerMention: number;
  findMentions: (text: string) => Mention[];
  seed?: number;
}

const LANGS: readonly BenchLang[] = ['ar', 'he', 'en', 'ru', 'zh'];

export function generateNewsPage(options: NewsPageOptions): NewsPage {
  const { minChars, charsPerMention, findMentions } = options;
  let state = (options.seed ?? 20250611) >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const between = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));

  for (const lang of LANGS) {
    for (const s of NEWS_TEXT[lang].filler) {
      const found = findMentions(s);
      if (found.length) throw new Error(`bench fixture: filler sentence (${lang}) has mentions ${found.map((m) => m.entity).join(', ')}: ${s}`);
    }
  }

  let chars = 0;
  let bytes = 0;
  let mentions = 0;
  let elements = 0;
  let textNodes = 0;
  const byEntity: Record<string, number> = {};

  /** A text node: counted, detected and escaped. */
  const text = (s: string): string => {
    chars += s.length;
    bytes += Buffer.byteLength(s);
    textNodes++;
    for (const m of findMentions(s)) {
      mentions++;
      byEntity[m.entity] = (byEntity[m.entity] ?? 0) + 1;
    }
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  };
  const el = (tag: string, inner: string, attrs = ''): string => {
    elements++;
    return `<${tag}${attrs}>${inner}</${tag}>`;
  };
  /** The next sentence: a mention-bearing one whenever the page is behind its mention rate. */
  let plannedChars = 0;
  let plannedMentions = 0;
  const sentence = (lang: BenchLang): string => {
    const t = NEWS_TEXT[lang];
    const s = plannedMentions < (plannedChars + charsPerMention / 2) / charsPerMention ? pick(t.mentions) : pick(t.filler);
    plannedChars += s.length + 1;
    plannedMentions += findMentions(s).length;
    return s;
  };
  const joiner = (lang: BenchLang) => (lang === 'zh' ? '' : ' ');

  /** A paragraph of 2-6 sentences; sometimes one filler sentence is a link or emphasised (its own text node). */
  const paragraph = (lang: BenchLang): string => {
    const n = between(2, 6);
    const parts: string[] = [];
    let plain: string[] = [];
    const flush = () => {
      const joined = plain.join(joiner(lang));
      if (joined) parts.push(text(joined));
      plain = [];
    };
    for (let i = 0; i < n; i++) {
      const s = sentence(lang);
      const inline = random() < 0.12 ? pick(['a', 'em', 'strong']) : null;
      if (inline && NEWS_TEXT[lang].filler.includes(s)) {
        if (plain.length) plain.push('');
        flush();
        parts.push(el(inline, text(s), inline === 'a' ? ' href="#top"' : ''));
        plain.push('');
      } else plain.push(s);
    }
    flush();
    return el('p', parts.join(''));
  };

  const articles: string[] = [];
  let id = 0;
  while (chars < minChars) {
    const lang = LANGS[id % LANGS.length]!;
    const dir = NEWS_TEXT[lang].dir;
    const body: string[] = [];
    body.push(el('h2', text(sentence(lang))));
    body.push(el('p', el('time', text(`2025-${String(1 + (id % 12)).padStart(2, '0')}-${String(1 + (id % 28)).padStart(2, '0')}`)), ' class="byline"'));
    const paragraphs = between(5, 14);
    for (let p = 0; p < paragraphs; p++) body.push(paragraph(lang));
    if (random() < 0.3) {
      const items = Array.from({ length: between(3, 5) }, () => el('li', el('a', text(sentence(lang)), ' href="#top"')));
      body.push(el('aside', el('ul', items.join(''))));
    }
    articles.push(el('article', `\n${body.join('\n')}\n`, ` id="a${id}" lang="${lang}" dir="${dir}"`));
    id++;
  }
  const nav = el('nav', el('ul', LANGS.map((l, i) => el('li', el('a', text(`Section ${i + 1}: ${l}`), ` href="#a${i}"`))).join('')));
  const html = [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8"><title>Steppe Lens page benchmark: world news</title>',
    '<style>body{font:16px/1.5 Georgia,serif;max-width:62em;margin:0 auto;padding:1em}article{margin:2em 0;border-bottom:1px solid #ccc}aside{float:right;width:14em;margin:0 0 1em 1em;font-size:.9em}.byline{color:#666}</style>',
    `</head><body id="top">${el('header', nav)}`,
    `<main>\n${articles.join('\n')}\n</main>`,
    `${el('footer', el('p', text('Generated for the Steppe Lens page benchmark.')))}</body></html>`,
  ].join('\n');
  return { html, chars, bytes, elements: elements + 5 /* html, head, meta, title, style */ + 1 /* body */, textNodes, mentions, byEntity };
}
