// @vitest-environment happy-dom
/**
 * Model-based: random page changes interleaved with partial scanner slices.
 * Whatever happened, once settled the scanner must agree with a fresh scan.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectMatchesFreshScan, startScanner, type Harness } from './scan-harness';

const TEXTS = ['Kazakhstan', 'Tokayev met the SCO', 'plain words', 'Republic of Kazakhstan', '', 'SCOs and Kazakhstani'];

type Op =
  | { op: 'add'; at: number; text: number; front: boolean }
  | { op: 'remove'; at: number }
  | { op: 'setText'; at: number; text: number }
  | { op: 'move'; at: number; to: number }
  | { op: 'hidden'; at: number }
  | { op: 'editable'; at: number }
  | { op: 'shadow'; at: number; text: number }
  | { op: 'upgrade'; at: number; text: number }
  | { op: 'html'; at: number; text: number }
  | { op: 'slices'; n: number }
  | { op: 'answer'; newest: boolean };

const idx = fc.nat(1000);
const text = fc.nat(TEXTS.length - 1);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('add' as const), at: idx, text, front: fc.boolean() }),
  fc.record({ op: fc.constant('remove' as const), at: idx }),
  fc.record({ op: fc.constant('setText' as const), at: idx, text }),
  fc.record({ op: fc.constant('move' as const), at: idx, to: idx }),
  fc.record({ op: fc.constant('hidden' as const), at: idx }),
  fc.record({ op: fc.constant('editable' as const), at: idx }),
  fc.record({ op: fc.constant('shadow' as const), at: idx, text }),
  fc.record({ op: fc.constant('upgrade' as const), at: idx, text }),
  fc.record({ op: fc.constant('html' as const), at: idx, text }),
  fc.record({ op: fc.constant('slices' as const), n: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ op: fc.constant('answer' as const), newest: fc.boolean() }),
);

/** Every element and text node in the page, shadow trees included. */
function inventory(): { elements: Element[]; texts: Text[] } {
  const elements: Element[] = [];
  const texts: Text[] = [];
  const stack: Node[] = [document.body];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeType === 3) texts.push(n as Text);
    if (n.nodeType === 1) {
      elements.push(n as Element);
      const sr = (n as Element).shadowRoot;
      if (sr) stack.push(...sr.childNodes);
    }
    stack.push(...n.childNodes);
  }
  return { elements, texts };
}

/** A browser refuses to move a node into its own shadow tree; happy-dom would make a cycle. */
function hostIncludingContains(a: Node, b: Node): boolean {
  for (let n: Node | null = b; n; n = n.nodeType === 11 ? (n as ShadowRoot).host : n.parentNode) if (n === a) return true;
  return false;
}

async function apply(h: Harness, op: Op): Promise<void> {
  const { elements, texts } = inventory();
  const el = (i: number) => elements[i % elements.length]!;
  switch (op.op) {
    case 'add': {
      const p = document.createElement('p');
      p.textContent = TEXTS[op.text]!;
      if (op.front) el(op.at).prepend(p);
      else el(op.at).append(p);
      break;
    }
    case 'remove':
      if (el(op.at) !== document.body) el(op.at).remove();
      break;
    case 'setText':
      if (texts.length) texts[op.at % texts.length]!.data = TEXTS[op.text]!;
      break;
    case 'move': {
      const a = el(op.at);
      const b = el(op.to);
      if (a !== document.body && !hostIncludingContains(a, b)) b.append(a);
      break;
    }
    case 'hidden':
      el(op.at).toggleAttribute('hidden');
      break;
    case 'editable':
      el(op.at).toggleAttribute('contenteditable');
      break;
    case 'shadow': {
      // A host that arrives with its shadow root (the usual case: attached in a constructor).
      const host = document.createElement('div');
      host.attachShadow({ mode: 'open' }).innerHTML = `<p>${TEXTS[op.text]}</p><x-widget>light</x-widget>`;
      el(op.at).append(host);
      break;
    }
    case 'upgrade': {
      // A custom element whose definition loads later: attachShadow makes no mutation record.
      const widgets = elements.filter((e) => e.localName === 'x-widget' && !e.shadowRoot);
      const w = widgets[op.at % Math.max(1, widgets.length)];
      if (w) w.attachShadow({ mode: 'open' }).innerHTML = `<i>${TEXTS[op.text]}</i>`;
      break;
    }
    case 'html':
      if (el(op.at) !== document.body) el(op.at).innerHTML = `<div><b>${TEXTS[op.text]}</b> and <i>SCO</i></div>`;
      break;
    case 'answer':
      await h.answer(op.newest); // with a detector elsewhere: a batch comes back, in or out of order (no-op otherwise)
      break;
    case 'slices':
      for (let i = 0; i < op.n; i++) {
        await new Promise((r) => setTimeout(r, 0));
        h.runSlice();
      }
      break;
  }
}

describe('scanner model', () => {
  // Remote: detection answered out of band, page changes landing between a batch's send and its
  // answer; small batches so the read-ahead limit is hit too.
  it.each([
    ['a detector in the slices', {}],
    ['a detector elsewhere (detectBatch)', { remote: true, batchChars: 40 }],
  ])('matches a fresh scan after any sequence of page changes and partial slices, with %s', { timeout: 120_000 }, async (_, mode) => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 40 }), async (ops) => {
        document.body.innerHTML = Array.from({ length: 30 }, (_, i) => `<div><p>${TEXTS[i % TEXTS.length]}</p><span>x</span><x-widget>w</x-widget></div>`).join('');
        const h = startScanner(document, { budgetMs: 1, tick: 0.3, ...mode });
        try {
          for (const op of ops) await apply(h, op);
          await h.settle();
          expectMatchesFreshScan(h);
        } finally {
          h.scanner.stop();
        }
        expect(h.streamed.size).toBe(0);
      }),
      { numRuns: Number(process.env.MODEL_RUNS ?? 150) },
    );
  });
});
