/**
 * Messages between the extension's contexts. Every message crossing a context
 * boundary is checked with `parseMessage` before it is acted on: a page cannot
 * reach the background (no externally_connectable), but a content script runs
 * beside hostile page code, so shapes are never trusted.
 */
import { UI_LANGS, type UiLang } from '../i18n';

/** Content script → background: what this frame found (sent after each scan settles). */
export interface PageMentionsMessage {
  type: 'page-mentions';
  /** Mentions per entity id in this frame. */
  counts: Record<string, number>;
  /** The frame's hostname: the top frame's names the site for the popup's on/off switch. */
  host?: string;
}

/**
 * Content script → background: find the mentions in these texts (the page's
 * text nodes, read in document order). The background keeps the detector warm
 * for every page, so pages do not compile it or run it on their main thread.
 * The answer is a DetectReply (src/messaging/detect-reply.ts).
 */
export interface DetectMessage {
  type: 'detect';
  texts: string[];
}

/** Most characters and texts one detect message may carry (the scanner sends at most 64 Ki characters and 4,096 texts per batch). */
export const MAX_DETECT_CHARS = 1 << 20;
export const MAX_DETECT_TEXTS = 20_000;

/** Content script / side panel → background: the data a card shows for an entity. */
export interface GetCardMessage {
  type: 'get-card';
  entity: string;
  /** The card's UI language: the reply then carries its dates and numbers written out (CardData.formatted). */
  lang?: UiLang;
}

/** Card / popup → background: open the reader at a paragraph (side panel in Chrome, tab in Firefox). */
export interface OpenReaderMessage {
  type: 'open-reader';
  article: string;
  paragraph: number;
  /** Words to highlight inside the paragraph, as [start, end) offsets into its text. */
  ranges?: [number, number][];
}

/** Popup → background: the entity counts of a tab, summed over its frames. */
export interface GetTabMentionsMessage {
  type: 'get-tab-mentions';
  tabId: number;
}

/** Background → side panel: show this target now (the panel is already open). */
export interface ReaderTargetMessage {
  type: 'reader-target';
  article: string;
  paragraph: number;
  ranges?: [number, number][];
}

/** Background → content scripts of a tab: the keyboard command asks to open the card for the selection. */
export interface OpenCardForSelectionMessage {
  type: 'open-card-for-selection';
}

export type Message = DetectMessage | OpenCardForSelectionMessage | PageMentionsMessage | GetCardMessage | OpenReaderMessage | GetTabMentionsMessage | ReaderTargetMessage;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 200;
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) < 1e9;
const isUiLang = (v: unknown): v is UiLang => (UI_LANGS as readonly unknown[]).includes(v);
/** Tab ids are positive integers, and in Chromium they can be large (over 10^9). */
const isTabId = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isRanges = (v: unknown): v is [number, number][] =>
  Array.isArray(v) && v.length <= 1000 && v.every((r) => Array.isArray(r) && r.length === 2 && isCount(r[0]) && isCount(r[1]) && r[0] <= r[1]);

/** Returns the message if it has a known shape, else undefined. Extra fields are dropped. */
export function parseMessage(value: unknown): Message | undefined {
  if (!isRecord(value)) return undefined;
  switch (value.type) {
    case 'page-mentions': {
      const counts = value.counts;
      if (!isRecord(counts) || Object.keys(counts).length > 1000) return undefined;
      if (!Object.entries(counts).every(([k, n]) => isId(k) && isCount(n))) return undefined;
      const host = typeof value.host === 'string' && value.host.length <= 253 ? value.host : undefined;
      return { type: 'page-mentions', counts: counts as Record<string, number>, ...(host !== undefined ? { host } : {}) };
    }
    case 'detect': {
      const { texts } = value;
      if (!Array.isArray(texts) || texts.length > MAX_DETECT_TEXTS) return undefined;
      let chars = 0;
      for (const t of texts) {
        if (typeof t !== 'string') return undefined;
        chars += t.length;
      }
      return chars <= MAX_DETECT_CHARS ? { type: 'detect', texts: texts as string[] } : undefined;
    }
    case 'get-card':
      if (!isId(value.entity)) return undefined;
      if (value.lang === undefined) return { type: 'get-card', entity: value.entity };
      return isUiLang(value.lang) ? { type: 'get-card', entity: value.entity, lang: value.lang } : undefined;
    case 'open-reader':
    case 'reader-target': {
      const { article, paragraph, ranges } = value;
      if (!isId(article) || !isCount(paragraph) || paragraph < 1) return undefined;
      if (ranges !== undefined && !isRanges(ranges)) return undefined;
      return { type: value.type, article, paragraph, ...(ranges ? { ranges } : {}) };
    }
    case 'open-card-for-selection':
      return { type: 'open-card-for-selection' };
    case 'get-tab-mentions':
      return isTabId(value.tabId) ? { type: 'get-tab-mentions', tabId: value.tabId } : undefined;
    default:
      return undefined;
  }
}
