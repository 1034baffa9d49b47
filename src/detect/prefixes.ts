/** The clitic prefixes of every script (scripts.ts) packed as one small trie over prefix-letter indexes. */
import { foldString } from './fold';
import { SCRIPT_RULES, type ScriptId } from './scripts';

export interface PrefixLetter {
  script: ScriptId;
  code: number;
  /** Some prefix starts with it. */
  first: boolean;
}

/** The clitic prefixes of every script as one small trie over prefix-letter indexes. */
export function buildPrefixes(): { prefixNext: Int32Array; prefixEnd: Uint8Array; letters: PrefixLetter[] } {
  const letters: PrefixLetter[] = [];
  const letterIndex = new Map<number, number>();
  const words: number[][] = [];
  for (const [id, rules] of Object.entries(SCRIPT_RULES)) {
    for (const p of rules.prefixes ?? []) {
      const folded = foldString(p);
      const word: number[] = [];
      for (let i = 0; i < folded.length; i++) {
        const code = folded.charCodeAt(i);
        let index = letterIndex.get(code);
        if (index === undefined) {
          index = letters.length;
          letterIndex.set(code, index);
          letters.push({ script: Number(id) as ScriptId, code, first: false });
        }
        if (i === 0) letters[index]!.first = true;
        word.push(index);
      }
      words.push(word);
    }
  }
  const width = letters.length;
  let next = new Int32Array(Math.max(1, width) * 64).fill(-1);
  const ends: number[] = [0];
  let nodes = 1;
  for (const word of words) {
    let node = 0;
    for (const letter of word) {
      const key = node * width + letter;
      if (next[key] === -1) {
        if (nodes * width >= next.length) {
          const grown = new Int32Array(next.length * 2).fill(-1);
          grown.set(next);
          next = grown;
        }
        next[key] = nodes++;
        ends.push(0);
      }
      node = next[key]!;
    }
    ends[node] = 1;
  }
  return { prefixNext: next.slice(0, Math.max(1, nodes * width)), prefixEnd: Uint8Array.from(ends), letters };
}
