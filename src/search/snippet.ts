/**
 * A short excerpt of the original paragraph around the best match, cut at word
 * boundaries with an ellipsis on each cut side, and the match ranges shifted
 * into it. Cuts never split a surrogate pair or separate a letter from its
 * combining marks.
 */
export type Range = [start: number, end: number];

export interface Snippet {
  readonly snippet: string;
  /** Ranges within `snippet`, sorted, non-overlapping, end exclusive. */
  readonly snippetRanges: Range[];
}

export const SNIPPET_CHARS = 200;
const ELLIPSIS = '…';
/** How far a cut may move to reach white space. */
const SNAP = 24;

const SPACE = /\s/u;
const JOINING = /[\p{M}\u200c\u200d\u0640]/u;

export function makeSnippet(text: string, ranges: readonly Range[], focus?: Range, maxChars = SNIPPET_CHARS): Snippet {
  let start = 0;
  let end = text.length;
  if (text.length > maxChars) {
    const [fs, fe] = focus ?? ranges[0] ?? [0, 0];
    if (fe - fs >= maxChars) {
      start = fs;
    } else {
      // Centre the focus, then pull the window back inside the text.
      start = Math.max(0, Math.floor((fs + fe) / 2 - maxChars / 2));
      start = Math.min(start, text.length - maxChars);
      start = Math.min(start, fs);
    }
    end = Math.min(text.length, start + maxChars);
    if (start > 0) start = snapStart(text, start, focus ? focus[0] : text.length);
    if (end < text.length) end = snapEnd(text, end, focus ? Math.min(focus[1], end) : 0);
  }
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  const lead = start > 0 ? ELLIPSIS : '';
  const tail = end < text.length ? ELLIPSIS : '';
  const shift = lead.length - start;
  const snippetRanges: Range[] = [];
  for (const [s, e] of ranges) {
    const cs = Math.max(s, start);
    const ce = Math.min(e, end);
    if (ce > cs) snippetRanges.push([cs + shift, ce + shift]);
  }
  return { snippet: lead + text.slice(start, end) + tail, snippetRanges };
}

/** Moves a start cut to just after white space (not past `limit`), else to a character boundary. */
function snapStart(text: string, start: number, limit: number): number {
  for (let i = start; i < Math.min(start + SNAP, limit); i++) if (SPACE.test(text[i]!)) return i + 1;
  for (let i = start; i > Math.max(0, start - SNAP); i--) if (SPACE.test(text[i - 1]!)) return i;
  return safeBoundary(text, start, -1);
}

/** Moves an end cut back to white space (not before `limit`), else to a character boundary. */
function snapEnd(text: string, end: number, limit: number): number {
  for (let i = end; i > Math.max(limit, end - SNAP); i--) if (SPACE.test(text[i - 1]!)) return i - 1;
  return safeBoundary(text, end, 1);
}

/** Nearest offset in `direction` that is not inside a surrogate pair or before a combining mark. */
function safeBoundary(text: string, at: number, direction: 1 | -1): number {
  let i = at;
  while (i > 0 && i < text.length) {
    const u = text.charCodeAt(i);
    const inPair = u >= 0xdc00 && u <= 0xdfff && isHigh(text.charCodeAt(i - 1));
    if (!inPair && !JOINING.test(text[i]!)) break;
    i += direction;
  }
  return i;
}

function isHigh(u: number): boolean {
  return u >= 0xd800 && u <= 0xdbff;
}
