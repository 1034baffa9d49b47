/** Parses the corpus markup: [[entity:text]] = expected mention, {{text}} = near-miss. */
export interface Span {
  entity: string;
  start: number;
  end: number;
}

export interface Labeled {
  text: string;
  mentions: Span[];
  traps: { start: number; end: number }[];
}

const MARKUP = /\[\[([a-z0-9_-]+):([\s\S]*?)\]\]|\{\{([\s\S]*?)\}\}/g;

export function parseLabeled(source: string): Labeled {
  let text = '';
  let last = 0;
  const mentions: Span[] = [];
  const traps: Labeled['traps'] = [];
  for (const m of source.matchAll(MARKUP)) {
    text += source.slice(last, m.index);
    const inner = m[1] !== undefined ? m[2]! : m[3]!;
    const start = text.length;
    text += inner;
    if (m[1] !== undefined) mentions.push({ entity: m[1], start, end: text.length });
    else traps.push({ start, end: text.length });
    last = m.index + m[0].length;
  }
  text += source.slice(last);
  if (/\[\[|\]\]|\{\{|\}\}/.test(text)) throw new Error(`unbalanced markup in: ${source}`);
  return { text, mentions, traps };
}

export interface Score {
  mentions: number;
  tp: number;
  fp: number;
  fn: number;
  traps: number;
  trapsHit: number;
  errors: string[];
}

/** Scores predictions (only the entities in `scored`) against one labeled text. */
export function scoreOne(labeled: Labeled, predicted: readonly Span[], scored: ReadonlySet<string>, into: Score): void {
  const preds = predicted.filter((p) => scored.has(p.entity));
  const key = (s: Span) => `${s.entity}@${s.start}-${s.end}`;
  const gold = new Set(labeled.mentions.map(key));
  const got = new Set(preds.map(key));
  const show = (s: Span) => `${s.entity}:«${labeled.text.slice(s.start, s.end)}»`;
  into.mentions += labeled.mentions.length;
  for (const g of labeled.mentions) {
    if (got.has(key(g))) into.tp++;
    else {
      into.fn++;
      into.errors.push(`missed ${show(g)} in: ${labeled.text}`);
    }
  }
  for (const p of preds) {
    if (!gold.has(key(p))) {
      into.fp++;
      into.errors.push(`false ${show(p)} in: ${labeled.text}`);
    }
  }
  into.traps += labeled.traps.length;
  for (const t of labeled.traps) if (preds.some((p) => p.start < t.end && t.start < p.end)) into.trapsHit++;
}

export function emptyScore(): Score {
  return { mentions: 0, tp: 0, fp: 0, fn: 0, traps: 0, trapsHit: 0, errors: [] };
}
