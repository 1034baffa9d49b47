/**
 * A deterministic synthetic corpus for the search benchmark: articles in
 * Arabic, Hebrew, English and Russian whose words follow a Zipf-like
 * distribution over a large generated vocabulary, mixed with the real words
 * of the bundled articles and with entity names (with clitics), numbers,
 * diacritics, tatweel and odd spaces, so the index sees what real text gives it.
 */
import type { Article, Direction } from '../../src/articles/types';

/** Small fast seeded PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Lang = 'ar' | 'he' | 'en' | 'ru';

interface Script {
  lang: Lang;
  dir: Direction;
  onsets: string[];
  vowels: string[];
  codas: string[];
  prefixes: string[];
  endings: string[];
  comma: string;
}

const SCRIPTS: Record<Lang, Script> = {
  ar: {
    lang: 'ar',
    dir: 'rtl',
    onsets: [...'بتثجحخدذرزسشصضطظعغفقكلمنهوي', 'أ', 'إ'],
    vowels: ['', '', 'ا', 'و', 'ي'],
    codas: ['', '', 'ن', 'ر', 'ل', 'م', 'ت'],
    prefixes: ['ال', 'و', 'وال', 'ب', 'بال', 'ل', 'لل', 'ف', 'ك'],
    endings: ['', '', 'ة', 'ات', 'ين', 'ون', 'ي', 'ية', 'ها', 'ى'],
    comma: '،',
  },
  he: {
    lang: 'he',
    dir: 'rtl',
    onsets: [...'אבגדהוזחטיכלמנסעפצקרשת'],
    vowels: ['', '', 'ו', 'י', 'א'],
    codas: ['', '', 'ר', 'ל', 'ת', 'ש'],
    prefixes: ['ה', 'ו', 'ב', 'ל', 'מ', 'ש', 'וה', 'וב', 'של'],
    endings: ['', '', 'ים', 'ות', 'ה', 'ית', 'ן', 'ם'],
    comma: ',',
  },
  en: {
    lang: 'en',
    dir: 'ltr',
    onsets: ['b', 'c', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w', 'st', 'tr', 'pr', 'ch', 'sh', 'th', 'gr'],
    vowels: ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou', 'y'],
    codas: ['', '', 'n', 'r', 's', 't', 'l', 'nd', 'st', 'ck'],
    prefixes: [],
    endings: ['', '', 's', 'ed', 'ing', 'ion', 'er', 'ly'],
    comma: ',',
  },
  ru: {
    lang: 'ru',
    dir: 'ltr',
    onsets: [...'бвгдзклмнпрстфхцчшж', 'ст', 'пр', 'тр', 'сл'],
    vowels: ['а', 'е', 'и', 'о', 'у', 'ы', 'я', 'ё', 'ю'],
    codas: ['', '', 'н', 'р', 'с', 'т', 'л', 'й'],
    prefixes: [],
    endings: ['', 'ов', 'ий', 'ая', 'ие', 'ого', 'ать', 'ами', 'ей'],
    comma: ',',
  },
};

const ARABIC_MARKS = ['\u064e', '\u064f', '\u0650', '\u0651', '\u0652', '\u064b'];
const HEBREW_MARKS = ['\u05b8', '\u05b7', '\u05b4', '\u05bc', '\u05b0', '\u05b6'];
const FINALS: Record<string, string> = { 'כ': 'ך', 'מ': 'ם', 'נ': 'ן', 'פ': 'ף', 'צ': 'ץ' };

/** Names the corpus mentions, per language, as written in running text. */
const NAMES: Record<Lang, string[]> = {
  ar: ['كازاخستان', 'وكازاخستان', 'لكازاخستان', 'توكاييف', 'لتوكاييف', 'منظمة شنغهاي للتعاون', 'أستانا', 'الصين', 'بكين', 'سامروك-كازينا'],
  he: ['קזחסטן', 'בקזחסטן', 'לקזחסטן', 'טוקאייב', 'ארגון שנגחאי לשיתוף פעולה', 'אסטנה', 'סין', 'בבייג\'ינג'],
  en: ['Kazakhstan', 'Tokayev', 'Kassym-Jomart Tokayev', 'Shanghai Cooperation Organisation', 'SCO', 'Astana', 'China', 'Beijing', 'Samruk-Kazyna'],
  ru: ['Казахстан', 'Казахстана', 'Токаев', 'Токаева', 'Шанхайская организация сотрудничества', 'ШОС', 'Астана', 'Китай', 'Пекин'],
};

class Vocabulary {
  private readonly words: string[];
  private readonly cumulative: Float64Array;

  constructor(script: Script, real: string[], size: number, random: () => number) {
    const seen = new Set<string>();
    const words: string[] = [];
    // Real words take ranks spread over the frequent end, generated words fill the rest.
    for (const w of real) if (!seen.has(w)) (seen.add(w), words.push(w));
    while (words.length < size) {
      const w = generateWord(script, random);
      if (!seen.has(w)) (seen.add(w), words.push(w));
    }
    shuffle(words, random);
    this.words = words;
    this.cumulative = new Float64Array(words.length);
    let total = 0;
    for (let r = 0; r < words.length; r++) {
      total += 1 / Math.pow(r + 1, 1.05);
      this.cumulative[r] = total;
    }
  }

  pick(random: () => number): string {
    const target = random() * this.cumulative[this.cumulative.length - 1]!;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return this.words[lo]!;
  }
}

function generateWord(script: Script, random: () => number): string {
  const syllables = 1 + Math.floor(random() * 3) + (random() < 0.3 ? 1 : 0);
  let w = '';
  for (let s = 0; s < syllables; s++) {
    w += pick(script.onsets, random) + pick(script.vowels, random);
    if (random() < 0.3) w += pick(script.codas, random);
  }
  w += pick(script.endings, random);
  if (script.lang === 'he') {
    const last = w[w.length - 1]!;
    if (FINALS[last]) w = w.slice(0, -1) + FINALS[last];
  }
  return w;
}

function pick<T>(list: readonly T[], random: () => number): T {
  return list[Math.floor(random() * list.length)]!;
}

function shuffle<T>(list: T[], random: () => number): void {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
}

function decorate(word: string, script: Script, random: () => number): string {
  const r = random();
  if (script.prefixes.length && r < 0.12) word = pick(script.prefixes, random) + word;
  if (script.lang === 'ar' && random() < 0.03) {
    const at = 1 + Math.floor(random() * Math.max(1, word.length - 1));
    word = word.slice(0, at) + pick(ARABIC_MARKS, random) + word.slice(at);
  }
  if (script.lang === 'ar' && random() < 0.005) word = word.slice(0, 1) + '\u0640' + word.slice(1);
  if (script.lang === 'he' && random() < 0.02) word = word.slice(0, 1) + pick(HEBREW_MARKS, random) + word.slice(1);
  if (script.lang === 'en' && random() < 0.08) word = word[0]!.toUpperCase() + word.slice(1);
  return word;
}

function sentence(script: Script, vocab: Vocabulary, random: () => number): string {
  const length = 6 + Math.floor(random() * 22);
  const words: string[] = [];
  for (let i = 0; i < length; i++) {
    const r = random();
    if (r < 0.005) words.push(pick(NAMES[script.lang], random));
    else if (r < 0.02) words.push(String(1 + Math.floor(random() * 3000)));
    else words.push(decorate(vocab.pick(random), script, random));
    if (random() < 0.06 && i < length - 1) words[words.length - 1] += script.comma;
  }
  const space = random() < 0.02 ? '\u00a0' : ' ';
  return words.join(space) + (random() < 0.1 ? '!' : '.');
}

const utf8 = new TextEncoder();

/** Real words of the bundled articles, per language (Latin words of the Hebrew article count as English). */
function realWords(articles: readonly Article[]): Record<Lang, string[]> {
  const out: Record<Lang, string[]> = { ar: [], he: [], en: [], ru: [] };
  for (const a of articles) {
    for (const p of a.paragraphs) {
      for (const w of p.split(/[\s.,;:()"“”«»،؛!?]+/u)) {
        if (!w) continue;
        if (/[\u0600-\u06ff]/u.test(w)) out.ar.push(w);
        else if (/[\u0590-\u05ff]/u.test(w)) out.he.push(w);
        else if (/^[A-Za-z'-]+$/u.test(w)) out.en.push(w);
      }
    }
  }
  return out;
}

export interface CorpusOptions {
  /** Articles to generate. */
  count: number;
  /** Target size of the whole corpus in UTF-8 bytes. */
  bytes: number;
  seed?: number;
  /** Real articles whose words seed the vocabularies (and which are prepended to the corpus). */
  base?: readonly Article[];
}

/** `base` followed by generated articles, `count` in all, about `bytes` of text. */
export function syntheticCorpus({ count, bytes, seed = 20240705, base = [] }: CorpusOptions): Article[] {
  const random = prng(seed);
  const real = realWords(base);
  const vocabularies = {
    ar: new Vocabulary(SCRIPTS.ar, real.ar, 40_000, random),
    he: new Vocabulary(SCRIPTS.he, real.he, 30_000, random),
    en: new Vocabulary(SCRIPTS.en, real.en, 30_000, random),
    ru: new Vocabulary(SCRIPTS.ru, real.ru, 30_000, random),
  };
  const baseBytes = base.reduce((n, a) => n + a.paragraphs.reduce((m, p) => m + utf8.encode(p).length + 1, 0), 0);
  const generated = count - base.length;
  const perArticle = Math.max(500, (bytes - baseBytes) / Math.max(1, generated));
  const articles: Article[] = [...base];
  for (let i = 0; i < generated; i++) {
    const r = random();
    const lang: Lang = r < 0.4 ? 'ar' : r < 0.6 ? 'he' : r < 0.85 ? 'en' : 'ru';
    const script = SCRIPTS[lang];
    const target = perArticle * (0.5 + random());
    const paragraphs: string[] = [];
    let size = 0;
    while (size < target) {
      const sentences = 1 + Math.floor(random() * 6);
      const parts: string[] = [];
      for (let s = 0; s < sentences; s++) parts.push(sentence(script, vocabularies[lang], random));
      const paragraph = parts.join(' ');
      paragraphs.push(paragraph);
      size += utf8.encode(paragraph).length + 1;
    }
    articles.push({
      id: `syn_${String(i).padStart(4, '0')}`,
      title: paragraphs[0]!.slice(0, 60),
      lang,
      dir: script.dir,
      outlet: 'Synthetic',
      date: `20${String(10 + (i % 15)).padStart(2, '0')}-01-01`,
      paragraphs,
    });
  }
  return articles;
}

export function corpusBytes(articles: readonly Article[]): number {
  return articles.reduce((n, a) => n + a.paragraphs.reduce((m, p) => m + utf8.encode(p).length + 1, 0), 0);
}
