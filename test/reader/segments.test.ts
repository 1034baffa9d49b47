import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeRanges, paragraphNodes, type InlineNode } from '../../src/reader/segments';

/** The nodes back as text with [mention] and <mark> brackets, easy to read in assertions. */
const show = (nodes: InlineNode[]) =>
  nodes
    .map((n) => (n.kind === 'text' ? (n.marked ? `<${n.text}>` : n.text) : `[${n.parts.map((p) => (p.marked ? `<${p.text}>` : p.text)).join('')}]`))
    .join('');

describe('paragraphNodes', () => {
  const text = 'Tokayev met the SCO in Astana';
  const tokayev = { entity: 'tokayev', start: 0, end: 7 };
  const sco = { entity: 'sco', start: 16, end: 19 };

  it('wraps mentions and highlights', () => {
    expect(show(paragraphNodes(text, [tokayev, sco]))).toBe('[Tokayev] met the [SCO] in Astana');
    expect(show(paragraphNodes(text, [], [[8, 11]]))).toBe('Tokayev <met> the SCO in Astana');
  });

  it('puts a highlight inside a mention it covers, keeping the mention one node', () => {
    expect(show(paragraphNodes(text, [sco], [[16, 19]]))).toBe('Tokayev met the [<SCO>] in Astana');
    expect(show(paragraphNodes(text, [tokayev], [[3, 5]]))).toBe('[Tok<ay>ev] met the SCO in Astana');
  });

  it('splits a highlight that crosses a mention edge', () => {
    expect(show(paragraphNodes(text, [tokayev], [[4, 11]]))).toBe('[Toka<yev>]< met> the SCO in Astana');
    expect(show(paragraphNodes(text, [sco], [[12, 17]]))).toBe('Tokayev met <the >[<S>CO] in Astana');
    expect(show(paragraphNodes(text, [tokayev, sco], [[0, 29]]))).toBe('[<Tokayev>]< met the >[<SCO>]< in Astana>');
  });

  it('ignores out-of-range, empty and overlapping input', () => {
    const nodes = paragraphNodes(text, [sco, { entity: 'x', start: 17, end: 20 }, { entity: 'y', start: 25, end: 99 }], [[5, 5], [-3, 2], [27, 50]]);
    expect(show(nodes)).toBe('<To>kayev met the [SCO] in Asta<na>');
  });

  it('merges overlapping and touching highlight ranges', () => {
    expect(normalizeRanges([[5, 8], [1, 3], [2, 4], [8, 9]], 20)).toEqual([[1, 4], [5, 9]]);
  });

  it('always gives back the text, every mention once and every highlighted character marked (property)', () => {
    const input = fc.string({ minLength: 1, maxLength: 40 }).chain((s) => {
      const offset = fc.integer({ min: 0, max: s.length });
      const pair = fc.tuple(offset, offset).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as [number, number]);
      return fc.tuple(fc.constant(s), fc.array(pair, { maxLength: 5 }), fc.array(pair, { maxLength: 5 }));
    });
    fc.assert(
      fc.property(input, ([s, spans, ranges]) => {
        // Mentions as the detector gives them: sorted, non-overlapping, non-empty.
        const kept: [number, number][] = [];
        for (const r of spans.filter(([a, b]) => b > a).sort((a, b) => a[0] - b[0])) if (!kept.length || r[0] >= kept.at(-1)![1]) kept.push(r);
        const mentions = kept.map(([start, end], i) => ({ entity: `e${i}`, start, end }));
        const nodes = paragraphNodes(s, mentions, ranges);
        const flat = nodes.flatMap((n) => (n.kind === 'text' ? [n] : n.parts));
        expect(flat.map((p) => p.text).join('')).toBe(s);
        expect(nodes.filter((n) => n.kind === 'mention').map((n) => n.kind === 'mention' && s.slice(n.start, n.end))).toEqual(mentions.map((m) => s.slice(m.start, m.end)));
        let at = 0;
        for (const part of flat) {
          for (let i = at; i < at + part.text.length; i++) expect(part.marked).toBe(ranges.some(([a, b]) => i >= a && i < b));
          at += part.text.length;
        }
      }),
    );
  });
});
