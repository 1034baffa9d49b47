/**
 * Arabic proclitics and Hebrew prefix letters.
 *
 * Both languages write conjunctions, prepositions and the article as part of
 * the word: وكازاخستان is "and Kazakhstan", בקזחסטן is "in Kazakhstan". Which
 * leading letters are clitics cannot be decided without a lexicon (بكين is
 * Beijing, not ب + كين), so nothing is decided here: every plausible stem is
 * returned, the index stores the word under all of them, and the query side
 * looks up its own stems at a lower weight. A wrong stem costs a little
 * noise; a missing one costs a miss.
 */

/** Arabic proclitic sequences: conjunction? preposition? article?, longest first. */
const ARABIC_PREFIXES = [
  'وبال', 'وكال', 'فبال', 'فكال', 'ولل', 'فلل', 'وال', 'فال', 'بال', 'كال', 'لل', 'ال',
  'وب', 'وك', 'ول', 'فب', 'فك', 'فل', 'و', 'ف', 'ب', 'ك', 'ل',
];

/** Hebrew prefix letters: ו ה ב כ ל מ ש (folded text has no final forms). */
const HEBREW_PREFIX_LETTERS = new Set(['ו', 'ה', 'ב', 'כ', 'ל', 'מ', 'ש']);

/** Shortest stem kept: shorter leftovers are almost never the intended word. */
const MIN_ARABIC_STEM = 3;
const MIN_HEBREW_STEM = 3;
const MAX_HEBREW_PREFIX = 3;

/** Plausible stems of a folded term, without the term itself; empty for other scripts. */
export function stemsOf(term: string): string[] {
  const first = term.charCodeAt(0);
  if (first >= 0x0620 && first <= 0x064a) return arabicStems(term);
  if (first >= 0x05d0 && first <= 0x05ea) return hebrewStems(term);
  return [];
}

function arabicStems(term: string): string[] {
  const stems: string[] = [];
  for (const prefix of ARABIC_PREFIXES) {
    if (!term.startsWith(prefix) || term.length - prefix.length < MIN_ARABIC_STEM) continue;
    const stem = term.slice(prefix.length);
    add(stems, stem);
    // لل and ال forms keep their definite reading: للصين also stands for الصين.
    if (prefix.endsWith('ال') || prefix.endsWith('لل')) {
      if (prefix !== 'ال') add(stems, 'ال' + stem);
    }
  }
  return stems;
}

function hebrewStems(term: string): string[] {
  const stems: string[] = [];
  for (let k = 1; k <= MAX_HEBREW_PREFIX && term.length - k >= MIN_HEBREW_STEM; k++) {
    const letter = term[k - 1]!;
    if (!HEBREW_PREFIX_LETTERS.has(letter)) break;
    if (letter === 'ו' && k > 1) break; // ו only opens a prefix chain
    add(stems, term.slice(k));
  }
  return stems;
}

function add(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}
