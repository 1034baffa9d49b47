/** The reader's text size, shared by the side panel and reader tabs through extension storage. */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_FONT_SIZE, sanitizeFontSize } from './font-size';

const item = storage.defineItem<number>('local:readerFontSize', { fallback: DEFAULT_FONT_SIZE });

export async function loadFontSize(): Promise<number> {
  try {
    return sanitizeFontSize(await item.getValue());
  } catch {
    return DEFAULT_FONT_SIZE;
  }
}

export const saveFontSize = (size: number): Promise<void> => item.setValue(sanitizeFontSize(size));

/** Calls back when another reader (panel or tab) changes the size. */
export const watchFontSize = (callback: (size: number) => void): (() => void) => item.watch((value) => callback(sanitizeFontSize(value)));
