/**
 * Finds mentions in a document and keeps them current as the page changes.
 * All work runs in scheduled slices that stop at a time budget, so no task of
 * ours is long whatever the page. It only reads the page: it never writes to
 * it and does no layout reads. It does not enter iframes (the content script
 * runs in every frame by itself).
 *
 * The detector runs here (`findMentions`) or elsewhere (`detectBatch`, the
 * background): then the walk queues each text node with its data, sends the
 * queue in batches, one round trip at a time, and takes the answers only for
 * nodes that have not changed since they were read.
 */
import { PAUSED, TextCursor, VISIBILITY_ATTRIBUTES, isInSkippedRegion, type WalkHooks } from './collect-text';
import { MentionStore } from './mention-store';
import { applyRecords, createSkipMemo, skipHiddenWalks } from './mutations';
import { idleSchedule, timeoutDelay, type Delay, type Schedule } from './schedule';
import { ShadowRoots } from './shadow-roots';
import type { DetectBatch, FindMentions, Mention, MentionChange, MentionIndex, ShadowRootOf } from './types';
import { WindowedDetection, guardDetector } from './windows';

export interface ScannerOptions {
  root: Document | Element | ShadowRoot;
  /** The detector, run in our slices. Exactly one of findMentions and detectBatch. */
  findMentions?: FindMentions;
  /** A detector elsewhere: text nodes are sent to it in batches, MAX_IN_FLIGHT out at a time. */
  detectBatch?: DetectBatch;
  /** Characters per batch sent to `detectBatch`. */
  batchChars?: number;
  /** Texts per batch sent to `detectBatch` (a page of one-letter text nodes would otherwise send 65,536). */
  batchTexts?: number;
  /** Called after a slice in which mentions changed. */
  onMentions?: (change: MentionChange, scanner: Scanner) => void;
  /** Called when all known work is done (again after each burst of page changes). */
  onIdle?: (scanner: Scanner) => void;
  schedule?: Schedule;
  now?: () => number;
  /** Each slice stops once it has run this long. */
  budgetMs?: number;
  /** Text nodes longer than this are detected in windows of this size, across slices. */
  windowSize?: number;
  /** Longest mention the detector returns: the overlap between windows. */
  maxMentionLength?: number;
  MutationObserver?: typeof MutationObserver;
  /** Timer for re-checking custom elements that may attach a shadow root later (setTimeout by default). */
  delay?: Delay;
  /** Custom elements' closed shadow roots, where the browser shows them to extensions: scanned like open ones. */
  closedShadowRoot?: ShadowRootOf;
  /** The detector threw on a text: it counts as having no mentions. Default: logged once. */
  onError?: (error: unknown, node: Text) => void;
}

export interface Scanner extends MentionIndex {
  /** Scans and observes a shadow root found some other way (e.g. under the pointer). */
  addShadowRoot(root: ShadowRoot): void;
  counts(): Record<string, number>;
  /** Number of text nodes holding mentions. */
  readonly nodeCount: number;
  isIdle(): boolean;
  /** Disconnects everything and drops every mention (reported through onMentions). */
  stop(): void;
}

/** Whitespace only (the indentation between tags, a third of a page's text nodes): no mention there. */
const BLANK = /^\s*$/;
const isBlank = (text: string) => BLANK.test(text);
const NONE: readonly never[] = [];

/**
 * Batches out at once. Two did not bring the 1 MB bench page's last mark
 * sooner (a round trip of 64 Ki chars takes ~4.5 ms; the walk between them
 * is the larger part), and cost the page more main-thread time in 2 of 3
 * bench runs: one.
 */
const MAX_IN_FLIGHT = 1;

/** Default batch size for `detectBatch`: characters, texts (a batch holds at least one text, at most a window long). */
export const BATCH_CHARS = 65_536;
export const BATCH_TEXTS = 4096;

/** A failed batch is sent again once, this much later (the background may have been restarting). */
const RETRY_MS = 1000;

/** Text read but not yet sent to `detectBatch`, beyond which the walk waits for answers. */
const MAX_QUEUED_BATCHES = 4;

/** A text (or a huge text's window) waiting for, or out at, `detectBatch`. */
interface Pending {
  node: Text;
  text: string;
  /** Matches `tokens.get(node)` while the node is unchanged since it was read. */
  token: number;
  /** Set for a window of the huge text being detected. */
  job?: HugeJob;
  /** Sent before in a batch that failed. */
  retried?: boolean;
}

interface HugeJob {
  node: Text;
  run: WindowedDetection;
  taken: number;
  /** A window of it is out at `detectBatch`. */
  waiting: boolean;
}

/** Work units between clock reads; a read per text node would cost more than the walk. */
const CHECK_EVERY = 16;
const WALK_STEPS = 256;
const LONG_TEXT = 2048;

export function createScanner(options: ScannerOptions): Scanner {
  const { root, findMentions, detectBatch, onMentions, onIdle } = options;
  if (!findMentions === !detectBatch) throw new Error('createScanner needs exactly one of findMentions and detectBatch');
  const schedule = options.schedule ?? idleSchedule();
  const now = options.now ?? (() => performance.now());
  const budget = options.budgetMs ?? 8;
  const windowSize = options.windowSize ?? 32_768;
  const windowOptions = { windowSize, maxMentionLength: options.maxMentionLength ?? 128 };
  const Observer = options.MutationObserver ?? globalThis.MutationObserver;
  const detect = guardDetector(findMentions ?? (() => NONE), options.onError);
  const batchChars = options.batchChars ?? BATCH_CHARS;
  const batchTexts = options.batchTexts ?? BATCH_TEXTS;
  let batchFailed = false;
  const retryDelay = options.delay ?? timeoutDelay;
  let cancelRetry: (() => void) | null = null;

  const store = new MentionStore();
  /** Text nodes whose current data has been detected. Lets repeated walks skip the detector. */
  let scanned = new WeakSet<Text>();
  /** Walks to do: page changes first, then whole roots. */
  const updates: TextCursor[] = [];
  const roots: TextCursor[] = [];
  const dirtyTexts = new Set<Text>();
  /** A text node too long for one go, detected a window per work unit. */
  let huge: HugeJob | null = null;
  /** Huge texts met while another is being detected (with detectBatch, the walk goes on meanwhile). */
  const hugeWaiting: Text[] = [];
  /** detectBatch: texts read, not yet sent; the one batch out; a token per node read and unchanged since. */
  let queue: Pending[] = [];
  let queueHead = 0;
  let queuedChars = 0;
  /** Batches out at detectBatch; a failed one holds the queue until its retry. */
  let inFlight = 0;
  let holding = false;
  const tokens = new Map<Text, number>();
  let tokenSeq = 0;
  let records: MutationRecord[] = [];
  let recordIndex = 0;
  /** Records sorted over several slices still owe one clean-up at the end. */
  let pendingRemoved = false;
  let pendingHidden = false;
  let cancel: (() => void) | null = null;
  let stopped = false;
  let idle = false;

  const observeOptions: MutationObserverInit = {
    childList: true,
    characterData: true,
    subtree: true,
    attributes: true,
    attributeFilter: [...VISIBILITY_ATTRIBUTES],
  };
  const observer = new Observer((batch) => {
    for (const r of batch) records.push(r); // keep the page's microtask short: sort them out in our slice
    wake();
  });

  const shadows = new ShadowRoots(
    (sr) => observer.observe(sr, observeOptions),
    (sr) => {
      // Found by a re-check or the pointer, its host may be out of sight: unhiding it walks it then.
      if (stopped || isInSkippedRegion(sr)) return;
      updates.push(new TextCursor(sr, hooks));
      wake();
    },
    options.delay,
    options.closedShadowRoot,
  );
  const hooks: WalkHooks = {
    onShadowRoot: (sr) => shadows.passed(sr),
    onPendingHost: (el) => shadows.pendingHost(el),
    ...(options.closedShadowRoot ? { closedRoot: options.closedShadowRoot } : {}),
  };

  const scanner: Scanner = {
    mentionsOf: (node) => store.get(node),
    shadowRoots: () => [...shadows.known],
    addShadowRoot: (sr) => void shadows.add(sr),
    textNodes: () => store.nodes(),
    counts: () => store.countsByEntity(),
    get nodeCount() {
      return store.size;
    },
    isIdle: () => idle,
    stop() {
      if (stopped) return;
      stopped = true;
      observer.disconnect();
      cancel?.();
      cancel = null;
      shadows.stop();
      records = [];
      updates.length = roots.length = 0;
      dirtyTexts.clear();
      huge = null;
      hugeWaiting.length = 0;
      queue = [];
      queueHead = queuedChars = 0;
      tokens.clear();
      cancelRetry?.();
      cancelRetry = null;
      scanned = new WeakSet();
      store.clear();
      report();
    },
  };

  function wake(): void {
    idle = false;
    if (!cancel && !stopped) cancel = schedule(slice);
  }

  function report(): void {
    const change = store.takeChange();
    if (change) onMentions?.(change, scanner);
  }

  /** Detects one text node (or starts its windowed detection). Returns the work units spent. */
  function scanText(node: Text): number {
    if (!node.isConnected) return 1;
    if (tokens.has(node)) return 1; // read already, its answer is on the way
    const data = node.data; // one read: each DOM call from the content script's world costs
    if (data.length > windowSize) {
      if (huge && huge.node !== node) {
        if (!hugeWaiting.includes(node)) hugeWaiting.push(node);
        return CHECK_EVERY;
      }
      store.delete(node); // its mentions come back window by window
      huge = { node, run: new WindowedDetection(data, undefined, windowOptions), taken: 0, waiting: false };
      return CHECK_EVERY;
    }
    const blank = isBlank(data);
    if (detectBatch && !blank) {
      const token = ++tokenSeq;
      tokens.set(node, token);
      queue.push({ node, text: data, token });
      queuedChars += data.length;
      return data.length > LONG_TEXT ? CHECK_EVERY : 1;
    }
    store.set(node, blank ? NONE : detect(data, node));
    // Blank texts (a third of a typical page's) go unremembered: reading one again costs less
    // than the identity hash and set entry a memo would take for each.
    if (!blank) scanned.add(node);
    return data.length > LONG_TEXT ? CHECK_EVERY : 1;
  }

  /** Takes the mentions found in the huge text's latest window; when it was the last, the text is done. */
  function takeWindow(job: HugeJob, found: readonly Mention[]): void {
    const done = job.run.accept(found);
    // Committed window by window: one commit of 300,000 mentions was a 390 ms task.
    store.append(job.node, job.run.mentions.slice(job.taken));
    job.taken = job.run.mentions.length;
    if (!done) return;
    scanned.add(job.node);
    dropHuge();
  }

  /** The huge text is done or gone: those waiting go back to the work (the first becomes the next). */
  function dropHuge(): void {
    huge = null;
    for (const node of hugeWaiting) dirtyTexts.add(node);
    hugeWaiting.length = 0;
  }

  const blocked = () => queuedChars >= batchChars * MAX_QUEUED_BATCHES;

  /** Sends batches from the queue to detectBatch while fewer than MAX_IN_FLIGHT are out. */
  function send(): void {
    while (detectBatch && inFlight < MAX_IN_FLIGHT && !holding && !stopped && queueHead < queue.length) sendOne(detectBatch);
  }

  function sendOne(detectBatch: DetectBatch): void {
    const batch: Pending[] = [];
    let chars = 0;
    while (queueHead < queue.length && (batch.length === 0 || (batch.length < batchTexts && chars + queue[queueHead]!.text.length <= batchChars))) {
      const item = queue[queueHead++]!;
      queuedChars -= item.text.length;
      if (item.job ? item.job !== huge : tokens.get(item.node) !== item.token) continue; // changed since it was read
      batch.push(item);
      chars += item.text.length;
    }
    if (queueHead === queue.length) (queue = []), (queueHead = 0);
    if (batch.length === 0) return;
    inFlight++;
    const answered = (results: readonly (readonly Mention[])[] | null, error?: unknown) => receive(batch, results, error);
    detectBatch(batch.map((item) => item.text)).then(answered, (error: unknown) => answered(null, error));
  }

  /** Puts a failed batch back at the head of the queue, to go again after RETRY_MS (with nothing else out meanwhile). */
  function retryLater(batch: readonly Pending[]): void {
    const again = batch.map((item) => ({ ...item, retried: true }));
    queue = [...again, ...queue.slice(queueHead)];
    queueHead = 0;
    for (const item of again) queuedChars += item.text.length;
    holding = true;
    cancelRetry?.(); // another batch failed meanwhile: one retry, after the latest failure
    cancelRetry = retryDelay(() => {
      cancelRetry = null;
      holding = false;
      send();
      reschedule();
    }, RETRY_MS);
  }

  /** A batch's answers: kept for the nodes unchanged since they were read. */
  function receive(batch: readonly Pending[], results: readonly (readonly Mention[])[] | null, error?: unknown): void {
    inFlight--;
    if (stopped) return;
    if (!results || results.length !== batch.length) {
      if (!batch[0]!.retried) return retryLater(batch);
      // Failed twice: counted as mention-free, like a local detector that throws; the scan must go on.
      if (!batchFailed) console.error('Steppe Lens: detection failed for a batch of text', error ?? 'wrong number of results');
      batchFailed = true;
      results = batch.map(() => NONE);
    }
    for (let k = 0; k < batch.length; k++) {
      const item = batch[k]!;
      const found = results[k]!;
      if (item.job) {
        if (item.job !== huge) continue;
        item.job.waiting = false;
        takeWindow(item.job, found);
        continue;
      }
      if (tokens.get(item.node) !== item.token) continue;
      tokens.delete(item.node); // removed since it was read: the removal's record drops it (or dropped its token)
      store.set(item.node, found);
      scanned.add(item.node);
    }
    report();
    send();
    reschedule();
  }

  function slice(): void {
    cancel = null;
    if (stopped) return;
    const deadline = now() + budget;
    if (!sortRecords(deadline)) return reschedule();
    // `units` counts work since the last clock read; a long text or a window counts as a full batch.
    for (let units = 0; ; ) {
      if (units >= CHECK_EVERY) {
        if (now() >= deadline) break;
        units = 0;
      }
      if (detectBatch && blocked()) break; // enough read ahead: wait for answers
      if (huge && !huge.waiting) {
        units = CHECK_EVERY; // each window is a full batch of work
        const job = huge;
        const text = job.run.nextWindow();
        if (detectBatch) {
          queue.push({ node: job.node, text, token: 0, job });
          queuedChars += text.length;
          job.waiting = true;
        } else takeWindow(job, detect(text, job.node));
        continue;
      }
      const dirty = dirtyTexts.size > 0 ? first(dirtyTexts) : undefined; // no iterator per text node of a first walk
      if (dirty) {
        dirtyTexts.delete(dirty);
        units += scanned.has(dirty) ? 1 : scanText(dirty);
        continue;
      }
      const walk = updates[0] ?? roots[0];
      if (!walk) break;
      const text = walk.next(WALK_STEPS);
      if (text === null) (updates[0] === walk ? updates : roots).shift();
      else if (text === PAUSED) units = CHECK_EVERY;
      else units += scanned.has(text) ? 1 : scanText(text);
    }
    report();
    send();
    reschedule();
  }

  function reschedule(): void {
    if (stopped) return;
    const more = recordIndex < records.length || (huge && !huge.waiting) || dirtyTexts.size > 0 || updates.length > 0 || roots.length > 0;
    if (more && !(detectBatch && blocked())) {
      if (!cancel) cancel = schedule(slice);
    } else if (more || inFlight > 0 || holding || queueHead < queue.length) {
      // Waiting for detectBatch: its answer reschedules.
    } else if (!idle) {
      idle = true;
      onIdle?.(scanner);
    }
  }

  /** Turns pending mutation records into work. False when the budget ran out first. */
  function sortRecords(deadline: number): boolean {
    if (records.length === 0) return true;
    const memo = createSkipMemo();
    const result = applyRecords(records, recordIndex, deadline, now, memo, {
      textChanged(node) {
        scanned.delete(node);
        tokens.delete(node);
        if (huge?.node === node) dropHuge();
        dirtyTexts.add(node);
      },
      textHidden(node) {
        scanned.delete(node);
        tokens.delete(node);
        dirtyTexts.delete(node);
        if (huge?.node === node) dropHuge();
        store.delete(node);
      },
      textAdded: (node) => dirtyTexts.add(node),
      subtreeAdded(node) {
        updates.push(new TextCursor(node, hooks));
      },
      walks: () => [...updates, ...roots],
    });
    recordIndex = result.next;
    pendingRemoved ||= result.removed;
    pendingHidden ||= result.hidden;
    if (recordIndex < records.length) return false;
    records = [];
    recordIndex = 0;
    if (pendingRemoved || pendingHidden) {
      // Drop what left the document or went out of sight; forget it was scanned so a return rescans it.
      const hidden = pendingHidden;
      const keep = (node: Text) => node.isConnected && (!hidden || !memo.skipped(node));
      pendingRemoved = pendingHidden = false;
      store.retain((node) => keep(node) || (scanned.delete(node), false));
      for (const t of dirtyTexts) if (!keep(t)) dirtyTexts.delete(t);
      for (const t of tokens.keys()) if (!keep(t)) tokens.delete(t);
      if (hidden) {
        skipHiddenWalks(updates, memo);
        skipHiddenWalks(roots, memo);
      }
      if (huge && !keep(huge.node)) dropHuge();
      shadows.prune();
    }
    return true;
  }

  const first = <T>(set: Set<T>): T | undefined => set.values().next().value;

  observer.observe(root, observeOptions);
  roots.push(new TextCursor(root, hooks));
  wake();
  return scanner;
}
