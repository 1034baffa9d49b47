/** Shapes shared by the page modules. None of them imports the detector: it is injected. */

/**
 * An element's shadow root, open or closed: closed ones only through an
 * extension API (chrome.dom.openOrClosedShadowRoot, Firefox's
 * element.openOrClosedShadowRoot), injected where the content script has it.
 */
export type ShadowRootOf = (el: Element) => ShadowRoot | null;

/** One detector hit, in UTF-16 offsets of the text it was given. */
export interface Mention {
  entity: string;
  start: number;
  end: number;
}

/** The detector's signature: results sorted by start and non-overlapping. */
export type FindMentions = (text: string) => readonly Mention[];

/**
 * A detector in another context (the background): detects a batch of texts in
 * one round trip; one result list per text, in order, each as FindMentions'.
 */
export type DetectBatch = (texts: readonly string[]) => Promise<readonly (readonly Mention[])[]>;

/** A mention located in the page: `node.data.slice(start, end)` is the mentioned text. */
export interface PageMention {
  readonly entity: string;
  readonly node: Text;
  readonly start: number;
  readonly end: number;
}

/** What changed in one scanner slice. A rescanned node reports all its old mentions removed, all new ones added. */
export interface MentionChange {
  added: readonly PageMention[];
  removed: readonly PageMention[];
}

/** What hit-testing needs from the scanner. */
export interface MentionIndex {
  mentionsOf(node: Text): readonly PageMention[] | undefined;
  /** Open shadow roots the scanner has found (caretPositionFromPoint needs them to look inside). */
  shadowRoots(): readonly ShadowRoot[];
  /** Every text node that has mentions (for selection lookups). */
  textNodes(): Iterable<Text>;
  /** Told about an open shadow root met under the pointer that it did not know (attached after its walk). */
  addShadowRoot?(root: ShadowRoot): void;
}
