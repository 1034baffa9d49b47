/**
 * Detector benchmark: `npx tsx test/bench/run.ts --only=detect`.
 *
 * One run measures, over >= 2 million chars of generated mixed-script news-like
 * text with mentions sprinkled in: the detector (median ms per million chars
 * after warm-up), a one-RegExp baseline over the same lexicon, a bare loop that
 * reads every char once, lexicon compile time, linearity (10x the text) and
 * adversarial inputs.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileAssets } from '../../scripts/lib/compile-assets';
import { foldTables } from '../../src/detect/fold';
import { createDetector } from '../../src/detect/detector';
import type { LexiconEntry } from '../../src/detect/lexicon-types';
import { CORPUS } from '../detect/corpus';
import { parseLabeled } from '../detect/labels';
import type { BenchPart, BenchRow } from './types';

const ROOT = resolve(import.meta.dirname, '../..');
const TARGET_CHARS = 2_000_000;

/** Mention-free sentences per script, so the names are as rare as on real pages. */
const FILLER: readonly string[] = [
  'The central bank kept its key rate unchanged on Thursday, citing slowing inflation and a stronger currency.',
  'Heavy rain flooded several districts overnight, and emergency services evacuated more than 400 residents.',
  'Shares in European carmakers fell after the company cut its annual forecast for the second time this year.',
  'The ministry said the new railway line would cut travel times between the two cities by almost three hours.',
  'Der Bundestag hat am Freitag ein Gesetz zur Beschleunigung der Planungsverfahren für Stromleitungen beschlossen.',
  'Le gouvernement a présenté mercredi un projet de loi visant à simplifier les démarches administratives des entreprises.',
  'El Banco Central mantuvo sin cambios los tipos de interés y advirtió sobre la incertidumbre en los mercados.',
  'Il governo ha approvato un decreto per sostenere le famiglie colpite dall’aumento dei prezzi dell’energia.',
  'O governo anunciou um pacote de investimentos em infraestrutura para os próximos quatro anos.',
  'Merkez Bankası politika faizini sabit tuttu ve enflasyonun yılın ikinci yarısında düşmesini beklediğini açıkladı.',
  'Центральный банк сохранил ключевую ставку, сославшись на замедление инфляции и укрепление рубля.',
  'Уряд ухвалив постанову про підтримку малого бізнесу в прифронтових регіонах.',
  'Ұлттық банк базалық мөлшерлемені өзгеріссіз қалдырды, деп хабарлады агенттік.',
  'Улуттук банк эсептик ченди өзгөртпөй калтырды деп билдирди агенттик.',
  'Markaziy bank asosiy stavkani oʻzgarishsiz qoldirdi, deb xabar berdi agentlik.',
  'قال البنك المركزي إنه أبقى أسعار الفائدة دون تغيير في ظل تباطؤ التضخم وتحسن أداء العملة المحلية.',
  'وأعلنت الحكومة عن حزمة من الإجراءات لدعم الشركات الصغيرة والمتوسطة خلال العام المقبل.',
  'הבנק המרכזי הותיר את הריבית ללא שינוי, בשל האטה באינפלציה והתחזקות השקל.',
  'הממשלה אישרה את תוכנית החומש לפיתוח התחבורה הציבורית בפריפריה.',
  'بانک مرکزی اعلام کرد نرخ بهره را بدون تغییر نگه می‌دارد و تورم در حال کاهش است.',
  'مرکزی بینک نے شرح سود میں کوئی تبدیلی نہیں کی اور مہنگائی میں کمی کی توقع ظاہر کی۔',
  'केंद्रीय बैंक ने ब्याज दरों में कोई बदलाव नहीं किया और महंगाई घटने की उम्मीद जताई।',
  '中国人民银行宣布维持贷款市场报价利率不变，市场预期下半年经济将继续回升。',
  '行政院會通過前瞻基礎建設計畫第四期特別預算，預計明年上半年動工。',
  '日本銀行は金融政策決定会合で大規模な金融緩和策の維持を決めた。',
  '한국은행은 기준금리를 동결했으며 물가 상승세가 둔화하고 있다고 밝혔다.',
  'Η κυβέρνηση ανακοίνωσε νέα μέτρα στήριξης για τις μικρές επιχειρήσεις.',
  'Rząd przyjął projekt ustawy o wsparciu dla rodzin w związku z wysokimi cenami energii.',
];

/** Corpus sentences (markup removed) and article paragraphs: the text that carries mentions. */
function mentionSentences(): string[] {
  const out = Object.values(CORPUS)
    .flat()
    .map((s) => parseLabeled(s).text);
  const dir = resolve(ROOT, 'assets/articles');
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
    out.push(...readFileSync(resolve(dir, name), 'utf8').split(/\n\s*\n/).filter((p) => p.trim().length > 40));
  }
  return out;
}

/** Deterministic news-like text: filler sentences with one mention-bearing sentence in ~8. */
export function generateText(chars: number, seed = 7): string {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const mentions = mentionSentences();
  const parts: string[] = [];
  let length = 0;
  while (length < chars) {
    const pool = random() < 0.125 ? mentions : FILLER;
    const sentence = pool[Math.floor(random() * pool.length)]!;
    parts.push(sentence, random() < 0.15 ? '\n\n' : ' ');
    length += sentence.length + 1;
  }
  return parts.join('');
}

export function loadLexicon(): LexiconEntry[] {
  return compileAssets(ROOT).entities.map(({ id, kind, aliases, detect }) => ({ id, kind, aliases, detect }));
}

/** The baseline: one alternation of every alias, Unicode look-around boundaries, over NFKC/lower-cased text. */
export function baselineRegExp(lexicon: readonly LexiconEntry[]): RegExp {
  const alts = new Set<string>();
  for (const entry of lexicon) {
    for (const list of Object.values(entry.aliases)) {
      for (const alias of list) {
        const norm = alias.normalize('NFKC').toLowerCase();
        alts.add(norm.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s\-‐‑–]+/g, '[\\s\\-‐‑–]+'));
      }
    }
  }
  const sorted = [...alts].sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}\\p{M}])(?:${sorted.join('|')})(?![\\p{L}\\p{M}])`, 'giu');
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Wall times of `fn` over `runs` runs after `warmup` unmeasured ones. */
function times(fn: () => unknown, runs: number, warmup: number): number[] {
  let sink = 0;
  for (let i = 0; i < warmup; i++) sink += Number(!!fn());
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    sink += Number(!!fn());
    ms.push(performance.now() - t);
  }
  if (sink < 0) console.log(sink);
  return ms;
}

/** Median wall time of `fn` over `runs` runs after `warmup` unmeasured ones. */
function time(fn: () => unknown, runs = 9, warmup = 3): number {
  return median(times(fn, runs, warmup));
}

function bareLoop(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
  return sum;
}

export const run: BenchPart = async () => {
  const lexicon = loadLexicon();

  // Compile: the first one also builds the shared fold tables (what a fresh content script pays).
  const tables = performance.now();
  foldTables();
  const tablesMs = performance.now() - tables;
  const first = performance.now();
  const detector = createDetector(lexicon);
  const firstMs = performance.now() - first + tablesMs;
  const compileMs = time(() => createDetector(lexicon), 15, 5);

  const text = generateText(TARGET_CHARS);
  const mentions = detector.findMentions(text).length;
  const oursMs = time(() => detector.findMentions(text));
  const bareMs = time(() => bareLoop(text));

  const normalizeStart = performance.now();
  const normalized = text.normalize('NFKC').toLowerCase();
  const normalizeMs = performance.now() - normalizeStart;
  const re = baselineRegExp(lexicon);
  const regexMatches = [...normalized.matchAll(re)].length;
  const regexMs = time(() => {
    re.lastIndex = 0;
    let n = 0;
    while (re.exec(normalized)) n++;
    return n;
  }, 5, 1);

  // Linearity: 1x and 10x runs interleaved, fastest of each (the least disturbed by other load on the machine).
  const big = text.repeat(10);
  let bigMs = Infinity;
  let small = Infinity;
  for (let round = 0; round < 4; round++) {
    small = Math.min(small, ...times(() => detector.findMentions(text), 5, round ? 0 : 1));
    bigMs = Math.min(bigMs, ...times(() => detector.findMentions(big), 1, round ? 0 : 1));
  }

  const perM = (ms: number, chars: number) => ms / (chars / 1e6);
  const ours = perM(oursMs, text.length);
  const adversarial: [string, string][] = [
    ['a million Hebrew prefix letters (ובבב...)', `ו${'ב'.repeat(999_999)}`],
    ['a million partial matches (Kazakhsta Kazakhsta ...)', 'Kazakhsta '.repeat(1_000_000)],
    ['a million Arabic partial matches (كازاخستا ...)', 'كازاخستا '.repeat(1_000_000)],
    ['partial multi-word matches (Shanghai Cooperation ...)', 'Shanghai Cooperation '.repeat(100_000)],
    ['a million partial Han matches (上海合作组...)', '上海合作组'.repeat(200_000)],
  ];

  const rows: BenchRow[] = [
    { part: 'detect', metric: `generated text: chars (${mentions} mentions; RegExp found ${regexMatches})`, value: text.length, unit: 'chars' },
    { part: 'detect', metric: 'steppe detector, ms per million chars (median of 9)', value: ours, unit: 'ms/Mchar', comparison: `${(perM(regexMs, text.length) / ours).toFixed(1)}x faster than RegExp; ${(ours / perM(bareMs, text.length)).toFixed(1)}x the bare loop` },
    { part: 'detect', metric: 'baseline: one alternation RegExp, ms per million chars', value: perM(regexMs, text.length), unit: 'ms/Mchar', comparison: `plus ${perM(normalizeMs, text.length).toFixed(1)} ms/Mchar for NFKC + lower-case` },
    { part: 'detect', metric: 'bare loop (charCodeAt sum), ms per million chars', value: perM(bareMs, text.length), unit: 'ms/Mchar' },
    { part: 'detect', metric: 'lexicon compile, warm (median of 15)', value: compileMs, unit: 'ms', comparison: `${lexicon.length} entities, ${detector.lexicon.nodeCount} trie nodes` },
    { part: 'detect', metric: 'lexicon compile, first in process (incl. fold tables)', value: firstMs, unit: 'ms', comparison: `fold tables ${tablesMs.toFixed(1)} ms` },
    { part: 'detect', metric: 'linearity: time at 10x the text / time at 1x (fastest runs)', value: bigMs / small, unit: 'ratio', comparison: 'linear would be 10' },
  ];
  for (const [name, input] of adversarial) {
    const ms = time(() => detector.findMentions(input), 3, 1);
    const ratio = perM(ms, input.length) / ours;
    rows.push({ part: 'detect', metric: `adversarial: ${name}`, value: perM(ms, input.length), unit: 'ms/Mchar', comparison: `${ratio.toFixed(1)}x normal text` });
  }
  // Per-call overhead on short strings (the content script calls once per text node).
  const shorts = text.slice(0, 200_000).split(/(?<=[.!?。])\s+/);
  const shortMs = time(() => {
    let n = 0;
    for (const s of shorts) n += detector.findMentions(s).length;
    return n;
  });
  rows.push({ part: 'detect', metric: `short strings: ${shorts.length} sentences, ns per call`, value: (shortMs * 1e6) / shorts.length, unit: 'ns', comparison: `avg ${(200_000 / shorts.length).toFixed(0)} chars` });
  return rows;
};
