/**
 * A tiny valid data set, built in memory, that each validation test breaks in
 * exactly one way. `fixture(d => { ... })` hands the mutator a fresh copy.
 */
import type { AssetFile } from '../../src/facts/compile';

export const ARTICLE = '001_0123456789abcdef';
export const FACTS_FILE = `assets/facts/${ARTICLE}.json`;

export interface FixtureData {
  articles: Record<string, { meta: Record<string, unknown>; text: string }>;
  entities: Record<string, Record<string, unknown>>;
  /** Facts files by base name: `{ facts: [...] }`. */
  facts: Record<string, { facts: Record<string, unknown>[] }>;
}

const entity = (id: string, en: string, ar: string, he: string): Record<string, unknown> => ({
  id,
  kind: 'organisation',
  names: { en, ar, he },
  summary: { en: `${en} summary.`, ar: `ملخص ${ar}.`, he: `תקציר ${he}.` },
  aliases: { en: [en], ar: [ar], he: [he] },
});

export function baseData(): FixtureData {
  return {
    articles: {
      [ARTICLE]: {
        meta: { id: ARTICLE, title: 'Trade news', lang: 'en', dir: 'ltr', outlet: 'Test Wire', date: '2024-07-05' },
        text: 'Trade news\n\nTrade between Kazakhstan and China reached $41 billion in 2023.\n \nTrade was $31 billion in 2022.\nThe SCO summit met in Astana.\n',
      },
    },
    entities: {
      kazakhstan: entity('kazakhstan', 'Kazakhstan', 'كازاخستان', 'קזחסטן'),
      sco: entity('sco', 'SCO', 'منظمة شنغهاي للتعاون', 'ארגון שנגחאי לשיתוף פעולה'),
    },
    facts: {
      [ARTICLE]: {
        facts: [
          {
            id: 'trade-2023',
            entities: ['kazakhstan'],
            date: '2023',
            series: 'trade',
            text: { en: 'Trade reached $41bn in 2023.', ar: 'بلغت التجارة 41 مليار دولار في 2023.', he: 'הסחר הגיע ל-41 מיליארד דולר ב-2023.' },
            source: { article: ARTICLE, paragraph: 2, quote: 'reached $41 billion in 2023' },
          },
          {
            id: 'trade-2022',
            entities: ['kazakhstan'],
            date: '2022',
            series: 'trade',
            text: { en: 'Trade was $31bn in 2022.', ar: 'بلغت التجارة 31 مليار دولار في 2022.', he: 'הסחר עמד על 31 מיליארד דולר ב-2022.' },
            source: { article: ARTICLE, paragraph: 3, quote: 'Trade was $31 billion in 2022.' },
          },
          {
            id: 'sco-astana',
            entities: ['sco', 'kazakhstan'],
            text: { en: 'The SCO met in Astana.', ar: 'اجتمعت المنظمة في أستانا.', he: 'הארגון התכנס באסטנה.' },
            source: { article: ARTICLE, paragraph: 4, quote: 'The SCO summit met in Astana.' },
          },
        ],
      },
      background: {
        facts: [
          {
            id: 'sco-founded',
            entities: ['sco'],
            date: '2001-06-15',
            background: true,
            text: { en: 'Founded in 2001.', ar: 'تأسست عام 2001.', he: 'נוסד ב-2001.' },
          },
        ],
      },
    },
  };
}

export function toFiles(data: FixtureData): AssetFile[] {
  const files: AssetFile[] = [];
  for (const [id, { meta, text }] of Object.entries(data.articles)) {
    files.push({ path: `assets/articles/${id}.json`, text: JSON.stringify(meta) });
    files.push({ path: `assets/articles/${id}.txt`, text });
  }
  for (const [id, e] of Object.entries(data.entities)) files.push({ path: `assets/entities/${id}.json`, text: JSON.stringify(e) });
  for (const [name, f] of Object.entries(data.facts)) files.push({ path: `assets/facts/${name}.json`, text: JSON.stringify(f) });
  return files;
}

export function fixture(mutate: (data: FixtureData) => void = () => {}): AssetFile[] {
  const data = baseData();
  mutate(data);
  return toFiles(data);
}

/** The n-th fact of the article's facts file, for mutators. */
export function fact(data: FixtureData, n: number, file = ARTICLE): Record<string, unknown> {
  const f = data.facts[file]?.facts[n];
  if (!f) throw new Error(`fixture has no fact ${n} in ${file}`);
  return f;
}
