/**
 * Consonant skeletons: a bridge for names that no entity lists. A foreign name
 * written in Arabic or Hebrew letters keeps its consonants, so "Samruk" and
 * سامروك both reduce to SMRK. Vowels, h-sounds, w and y are dropped (Arabic
 * and Hebrew write them inconsistently or not at all), voicing pairs share a
 * class (Tashkent / طشقند), and repeats collapse (Kassym / قاسم).
 *
 * The index stores each word's skeleton under a key marked with its script
 * family; a query word looks up the other family's key only, so the bridge
 * links scripts and never matches, say, two unrelated English words. Keys are
 * upper case, which folded text never is, so they cannot collide with words.
 */

/** Semitic-script words (Arabic, Hebrew) are stored under this mark. */
const SEMITIC = '#';
/** Latin and Cyrillic words are stored under this mark. */
const EUROPEAN = '%';
/** Fewer classes than this match too many unrelated words. */
export const MIN_SKELETON = 3;

/** Consonant class per code unit (0 = none), for everything up to the Arabic block. */
const CLASS = new Uint8Array(0x0700);
function assign(letters: string, cls: string): void {
  for (const ch of letters) CLASS[ch.charCodeAt(0)] = cls.charCodeAt(0);
}
// Latin (folded: lower case, no accents)
assign('bpfv', 'B');
assign('td', 'T');
assign('kgqj', 'K');
assign('sx', 'S');
assign('z', 'Z');
assign('l', 'L');
assign('m', 'M');
assign('n', 'N');
assign('r', 'R');
// Arabic (folded: ة → ه, ى → ي, hamza forms → bare letters)
assign('بپفڤ', 'B');
assign('تثدضط', 'T');
assign('جخغقكگ', 'K');
assign('سشص', 'S');
assign('زذظژ', 'Z');
assign('ل', 'L');
assign('م', 'M');
assign('ن', 'N');
assign('ر', 'R');
// Hebrew (folded: no final forms)
assign('בפ', 'B');
assign('דטת', 'T');
assign('גחכק', 'K');
assign('סשצ', 'S');
assign('ז', 'Z');
assign('ל', 'L');
assign('מ', 'M');
assign('נ', 'N');
assign('ר', 'R');
// Cyrillic (folded: lower case, ё → е, й → и)
assign('бпфв', 'B');
assign('тд', 'T');
assign('гкх', 'K');
assign('сшщцч', 'S');
assign('жз', 'Z');
assign('л', 'L');
assign('м', 'M');
assign('н', 'N');
assign('р', 'R');
// Kazakh letters beyond Russian
assign('қғ', 'K');
assign('ң', 'N');

type Family = typeof SEMITIC | typeof EUROPEAN;

function familyOf(term: string): Family | undefined {
  const u = term.charCodeAt(0);
  if ((u >= 0x0620 && u <= 0x06ff) || (u >= 0x05d0 && u <= 0x05ea)) return SEMITIC;
  if ((u >= 97 && u <= 122) || (u >= 0x0430 && u <= 0x04ff)) return EUROPEAN;
  return undefined;
}

/** Consonant classes of a folded word, or undefined when too short or not in a bridged script. */
export function skeletonOf(term: string): string | undefined {
  if (term.length < 4 || !familyOf(term)) return undefined;
  let out = '';
  let last = 0;
  for (let i = 0; i < term.length; i++) {
    const u = term.charCodeAt(i);
    let cls = u < CLASS.length ? CLASS[u]! : 0;
    // Latin c: ch is one sound (S), c before e/i/y is S, else K.
    if (u === 99) cls = 'heiy'.includes(term[i + 1] ?? '') ? 83 : 75;
    if (!cls || cls === last) continue;
    out += String.fromCharCode(cls);
    last = cls;
  }
  return out.length >= MIN_SKELETON ? out : undefined;
}

/** The key the index stores a word's skeleton under. */
export function skeletonKey(term: string): string | undefined {
  const skeleton = skeletonOf(term);
  return skeleton && familyOf(term) + skeleton;
}

/** The key a query word looks up: the same skeleton in the other script family. */
export function skeletonProbe(term: string): string | undefined {
  const skeleton = skeletonOf(term);
  if (!skeleton) return undefined;
  return (familyOf(term) === SEMITIC ? EUROPEAN : SEMITIC) + skeleton;
}
