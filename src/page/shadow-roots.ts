/**
 * The shadow roots the scanner knows (open ones; closed ones too where the
 * browser shows them to extensions). A document's MutationObserver
 * does not see into shadow trees, so each root is observed and walked on its
 * own. attachShadow makes no mutation record: custom elements that had no
 * shadow root when walked (their definition may load later) are looked at
 * again a few times, then given up on (many never attach one).
 */
import { timeoutDelay, type Delay } from './schedule';
import type { ShadowRootOf } from './types';

/** When to look again at custom elements without a shadow root. */
const HOST_CHECKS_MS = [250, 1000, 3000, 10_000, 30_000];


export class ShadowRoots {
  readonly known = new Set<ShadowRoot>();
  private readonly pendingHosts = new Set<Element>();
  private hostCheck = 0;
  private cancelHostCheck: (() => void) | null = null;

  constructor(
    /** Start observing a root we had not seen. */
    private readonly observe: (root: ShadowRoot) => void,
    /** Queue a walk of a root's text. */
    private readonly walk: (root: ShadowRoot) => void,
    private readonly delay: Delay = timeoutDelay,
    /** A custom element's closed root, where the browser shows it (see ShadowRootOf). */
    private readonly closedRoot?: ShadowRootOf,
  ) {}

  /** A root found outside a walk (a re-check, the pointer): observed and walked if new. */
  add(root: ShadowRoot): boolean {
    if (this.known.has(root)) return false;
    this.known.add(root);
    this.observe(root);
    this.walk(root);
    return true;
  }

  /** A walk passed this root's host: walk the root too (again if known: an ancestor is being rewalked). */
  passed(root: ShadowRoot): void {
    if (!this.add(root)) this.walk(root);
  }

  /** A custom element without a shadow root yet. */
  pendingHost(el: Element): void {
    this.pendingHosts.add(el);
    this.hostCheck = 0;
    this.cancelHostCheck ??= this.delay(this.checkHosts, HOST_CHECKS_MS[this.hostCheck++]!);
  }

  /** Forgets roots whose host left the document (a return is met by a walk again). */
  prune(): void {
    for (const root of this.known) if (!root.host.isConnected) this.known.delete(root);
  }

  stop(): void {
    this.cancelHostCheck?.();
    this.cancelHostCheck = null;
    this.pendingHosts.clear();
    this.known.clear();
  }

  private readonly checkHosts = (): void => {
    this.cancelHostCheck = null;
    for (const el of this.pendingHosts) {
      const root = el.shadowRoot ?? this.closedRoot?.(el) ?? null;
      if (root) this.add(root);
      if (root || !el.isConnected) this.pendingHosts.delete(el);
    }
    const wait = HOST_CHECKS_MS[this.hostCheck++];
    if (this.pendingHosts.size > 0 && wait !== undefined) this.cancelHostCheck = this.delay(this.checkHosts, wait);
    else this.pendingHosts.clear();
  };
}
