/** Drives a scanner by hand in DOM tests: a manual scheduler, a fake clock, and a fresh-scan oracle. */
import { expect } from 'vitest';
import { collectText } from '../../src/page/collect-text';
import { createScanner, type Scanner, type ScannerOptions } from '../../src/page/scanner';
import type { Schedule } from '../../src/page/schedule';
import type { FindMentions, PageMention } from '../../src/page/types';
import { fakeFindMentions } from './fake-detector';

export interface Harness {
  scanner: Scanner;
  /** Slices run so far. */
  slices: number;
  /** Clock reads per slice, and how far the fake clock moved in each slice. */
  sliceSpans: number[];
  /** Mentions as the onMentions stream describes them. */
  streamed: Set<PageMention>;
  /** Size (added + removed) of each change reported. */
  changeSizes: number[];
  runSlice(): boolean;
  /** With `remote`: batches sent to the detector and not answered yet, oldest first. */
  pendingBatches: number;
  /** With `remote`: answers the oldest batch, or the newest (detected now, with the texts as sent). False when none is out. */
  answer(newest?: boolean): Promise<boolean>;
  /** Delivers pending mutation records, then runs slices until the scanner is idle. */
  settle(maxSlices?: number): Promise<void>;
}

export function startScanner(
  root: ScannerOptions['root'] = document,
  opts: Partial<ScannerOptions> & { tick?: number; /** Detect through detectBatch, answered by hand (answer()). */ remote?: boolean } = {},
): Harness {
  const { remote, tick: _tick, ...scannerOpts } = opts;
  const batches: { texts: readonly string[]; resolve: (r: ReturnType<typeof fakeFindMentions>[]) => void }[] = [];
  const tasks: (() => void)[] = [];
  const schedule: Schedule = (task) => {
    tasks.push(task);
    return () => {
      const i = tasks.indexOf(task);
      if (i >= 0) tasks.splice(i, 1);
    };
  };
  const delayed: (() => void)[] = [];
  const delay = (task: () => void) => {
    delayed.push(task);
    return () => {
      const i = delayed.indexOf(task);
      if (i >= 0) delayed.splice(i, 1);
    };
  };
  let clock = 0;
  const tick = opts.tick ?? 0.01;
  const streamed = new Set<PageMention>();
  const h: Harness = {
    scanner: undefined as unknown as Scanner,
    slices: 0,
    sliceSpans: [],
    streamed,
    changeSizes: [],
    get pendingBatches() {
      return batches.length;
    },
    async answer(newest = false) {
      const batch = newest ? batches.pop() : batches.shift();
      if (!batch) return false;
      batch.resolve(batch.texts.map((t) => fakeFindMentions(t)));
      await Promise.resolve(); // the scanner takes it in a microtask
      await Promise.resolve();
      return true;
    },
    runSlice() {
      const task = tasks.shift();
      if (!task) return false;
      const before = clock;
      task();
      h.slices++;
      h.sliceSpans.push(clock - before);
      return true;
    },
    /** Runs slices, and the scanner's delayed re-checks as if their time had come, until nothing is left. */
    async settle(maxSlices = 100_000) {
      for (let i = 0; i < maxSlices; i++) {
        await new Promise((r) => setTimeout(r, 0)); // MutationObserver records arrive as microtasks
        if (h.runSlice()) continue;
        if (await h.answer()) continue;
        const later = delayed.shift();
        if (!later) return;
        later();
      }
      throw new Error('scanner did not settle');
    },
  };
  h.scanner = createScanner({
    root,
    ...(remote
      ? { detectBatch: (texts: readonly string[]) => new Promise<ReturnType<typeof fakeFindMentions>[]>((resolve) => batches.push({ texts, resolve })) }
      : { findMentions: fakeFindMentions }),
    schedule,
    delay,
    now: () => (clock += tick),
    onMentions(change) {
      h.changeSizes.push(change.added.length + change.removed.length);
      for (const m of change.removed) {
        expect(streamed.has(m)).toBe(true);
        streamed.delete(m);
      }
      for (const m of change.added) streamed.add(m);
    },
    ...scannerOpts,
  });
  return h;
}

/** The scanner agrees with a fresh scan of the page as it is now, and the change stream agrees with both. */
export function expectMatchesFreshScan(h: Harness, root: Node = document, find: FindMentions = fakeFindMentions): void {
  const expected = new Map<Text, { entity: string; start: number; end: number }[]>();
  for (const t of collectText(root, { deep: true }).texts) {
    const found = find(t.data);
    if (found.length > 0) expected.set(t, [...found]);
  }
  const actual = new Map<Text, { entity: string; start: number; end: number }[]>();
  for (const node of h.scanner.textNodes()) {
    actual.set(node, h.scanner.mentionsOf(node)!.map(({ entity, start, end }) => ({ entity, start, end })));
  }
  expect(new Set(actual.keys())).toEqual(new Set(expected.keys()));
  for (const [node, ms] of expected) expect(actual.get(node), node.data).toEqual(ms);
  const all = [...h.scanner.textNodes()].flatMap((n) => [...h.scanner.mentionsOf(n)!]);
  expect(new Set(all)).toEqual(h.streamed);
  const counts: Record<string, number> = {};
  for (const m of all) counts[m.entity] = (counts[m.entity] ?? 0) + 1;
  expect(h.scanner.counts()).toEqual(counts);
}
