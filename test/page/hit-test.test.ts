// @vitest-environment happy-dom
/**
 * Hit-testing with a fake layout (happy-dom has none): one line, 10 px per
 * character, y 0-20. The real thing is checked in Chromium (chromium.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { mentionAt, mentionInSelection, sameMention } from '../../src/page/hit-test';
import type { MentionIndex, PageMention } from '../../src/page/types';

function fakeLayout(text: string) {
  const doc = document.implementation.createHTMLDocument('t');
  const p = doc.createElement('p');
  p.textContent = text;
  doc.body.append(p);
  const node = p.firstChild as Text;
  const rect = (l: number, r: number) => new DOMRect(l, 0, r - l, 20);
  // Caret: nearest character boundary on the line; past the end of the line it stays at the end.
  doc.caretPositionFromPoint = (x: number, y: number) =>
    y < 0 || y > 20 ? null : ({ offsetNode: node, offset: Math.min(text.length, Math.round(x / 10)) } as unknown as CaretPosition);
  let start = 0;
  let end = 0;
  const fakeRange = {
    setStart: (_n: Node, o: number) => void (start = o),
    setEnd: (_n: Node, o: number) => {
      if (o > node.length) throw new DOMException('offset', 'IndexSizeError');
      end = o;
    },
    collapse: () => void (end = start),
    getClientRects: () => (end > start ? [rect(start * 10, end * 10)] : []),
  };
  doc.createRange = () => fakeRange as unknown as Range;
  return { doc, node };
}

function indexOf(mentions: PageMention[]): MentionIndex {
  const byNode = new Map<Text, PageMention[]>();
  for (const m of mentions) byNode.set(m.node, [...(byNode.get(m.node) ?? []), m]);
  return { mentionsOf: (n) => byNode.get(n), shadowRoots: () => [], textNodes: () => byNode.keys() };
}

describe('mentionAt', () => {
  const text = 'Tokayev and SCO.          ';
  it('finds the mention under the point and returns its line box', () => {
    const { doc, node } = fakeLayout(text);
    const tok: PageMention = { entity: 'tokayev', node, start: 0, end: 7 };
    const sco: PageMention = { entity: 'sco', node, start: 12, end: 15 };
    const index = indexOf([tok, sco]);
    expect(mentionAt(33, 10, doc, index)?.mention).toBe(tok);
    expect(mentionAt(69, 10, doc, index)?.mention).toBe(tok); // right half of the last letter: caret offset === end
    expect(mentionAt(135, 10, doc, index)).toMatchObject({ mention: sco, rect: { left: 120, right: 150 } });
    expect(mentionAt(95, 10, doc, index)).toBeNull(); // "and"
    expect(mentionAt(33, 50, doc, index)).toBeNull(); // no caret there
  });

  it('rejects a caret that snapped to a mention from outside its box', () => {
    const { doc, node } = fakeLayout('SCO');
    const sco: PageMention = { entity: 'sco', node, start: 0, end: 3 };
    // Far right of the line end: the caret snaps to offset 3, but the point is not on the text.
    expect(mentionAt(400, 10, doc, indexOf([sco]))).toBeNull();
  });

  it('survives a node whose text changed before the scanner caught up', () => {
    const { doc, node } = fakeLayout('SCO');
    const stale: PageMention = { entity: 'sco', node, start: 0, end: 30 };
    expect(mentionAt(5, 10, doc, indexOf([stale]))).toBeNull();
  });
});

describe('mentionInSelection', () => {
  it('finds the first mention touching a selection or a caret', () => {
    document.body.innerHTML = '<p>Tokayev and SCO</p><p>then Kazakhstan</p>';
    const [a, b] = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text) as [Text, Text];
    const tok: PageMention = { entity: 'tokayev', node: a, start: 0, end: 7 };
    const sco: PageMention = { entity: 'sco', node: a, start: 12, end: 15 };
    const kz: PageMention = { entity: 'kazakhstan', node: b, start: 5, end: 15 };
    const index = indexOf([tok, sco, kz]);
    const select = (sn: Node, so: number, en: Node, eo: number) => {
      const sel = document.getSelection()!;
      sel.removeAllRanges();
      const r = document.createRange();
      r.setStart(sn, so);
      r.setEnd(en, eo);
      sel.addRange(r);
      return sel;
    };
    const found = (sel: Selection) => {
      // happy-dom has no layout: look at the mention, not the rect.
      let hit: PageMention | null = null;
      const proto = Range.prototype as unknown as { getClientRects: () => DOMRect[] };
      const saved = proto.getClientRects;
      proto.getClientRects = () => [new DOMRect(0, 0, 1, 1)];
      try {
        hit = mentionInSelection(sel, index)?.mention ?? null;
      } finally {
        proto.getClientRects = saved;
      }
      return hit;
    };
    expect(found(select(a, 12, a, 15))).toBe(sco);
    expect(found(select(a, 13, a, 13))).toBe(sco); // caret inside
    expect(found(select(a, 8, a, 11))).toBeNull(); // "and"
    expect(found(select(a, 9, b, 3))).toBe(sco); // across nodes, before Kazakhstan
    expect(found(select(a, 15, b, 15))).toBe(kz);
    expect(mentionInSelection(null, index)).toBeNull();
  });
});

describe('sameMention', () => {
  it('compares by place, not identity', () => {
    const node = document.createTextNode('SCO');
    expect(sameMention({ entity: 'sco', node, start: 0, end: 3 }, { entity: 'sco', node, start: 0, end: 3 })).toBe(true);
    expect(sameMention({ entity: 'sco', node, start: 0, end: 3 }, { entity: 'sco', node, start: 1, end: 3 })).toBe(false);
  });
});
