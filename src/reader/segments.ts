/**
 * Cuts a paragraph into what the reader renders: plain text, marked text
 * (deep-link `hl` ranges) and mentions. A mention stays ONE element (it is
 * focusable and hoverable), so a highlight that crosses its edge is split:
 * marks go inside the mention, never around part of it. Pure.
 */

export interface Span {
  entity: string;
  start: number;
  end: number;
}

export interface TextPart {
  text: string;
  marked: boolean;
}

export type InlineNode =
  | ({ kind: 'text' } & TextPart)
  | { kind: 'mention'; entity: string; start: number; end: number; parts: TextPart[] };

type Range = readonly [number, number];

/** Ranges clamped to the text, sorted, with overlapping or touching ones merged. */
export function normalizeRanges(ranges: readonly Range[], length: number): [number, number][] {
  const sorted = ranges
    .map(([s, e]): [number, number] => [Math.max(0, s), Math.min(length, e)])
    .filter(([s, e]) => Number.isInteger(s) && Number.isInteger(e) && e > s)
    .sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** Mentions inside the text, sorted; one overlapping an earlier one is dropped. */
function cleanMentions(mentions: readonly Span[], length: number): Span[] {
  const out: Span[] = [];
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    if (m.start < 0 || m.end > length || m.end <= m.start) continue;
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    out.push(m);
  }
  return out;
}

export function paragraphNodes(text: string, mentions: readonly Span[], ranges: readonly Range[] = []): InlineNode[] {
  const spans = cleanMentions(mentions, text.length);
  const marks = normalizeRanges(ranges, text.length);
  const cuts = new Set<number>([0, text.length]);
  for (const m of spans) cuts.add(m.start).add(m.end);
  for (const [s, e] of marks) cuts.add(s).add(e);
  const points = [...cuts].sort((a, b) => a - b);

  const nodes: InlineNode[] = [];
  let mi = 0;
  let ri = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    while (spans[mi] && spans[mi]!.end <= a) mi++;
    while (marks[ri] && marks[ri]![1] <= a) ri++;
    const span = spans[mi] && spans[mi]!.start <= a ? spans[mi] : undefined;
    const marked = !!marks[ri] && marks[ri]![0] <= a;
    const part: TextPart = { text: text.slice(a, b), marked };
    const last = nodes[nodes.length - 1];
    if (span) {
      if (last?.kind === 'mention' && last.start === span.start) appendPart(last.parts, part);
      else nodes.push({ kind: 'mention', entity: span.entity, start: span.start, end: span.end, parts: [part] });
    } else if (last?.kind === 'text' && last.marked === marked) {
      last.text += part.text;
    } else {
      nodes.push({ kind: 'text', ...part });
    }
  }
  return nodes;
}

function appendPart(parts: TextPart[], part: TextPart): void {
  const last = parts[parts.length - 1];
  if (last && last.marked === part.marked) last.text += part.text;
  else parts.push(part);
}
