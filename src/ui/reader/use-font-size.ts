import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_FONT_SIZE, stepFontSize } from '../../reader/font-size';
import { loadFontSize, saveFontSize, watchFontSize } from '../../reader/font-size-store';

/** The reader's text size: stored, and followed when another reader (panel or tab) changes it. */
export function useFontSize(): [number, (delta: 1 | -1) => void] {
  const [size, setSize] = useState(DEFAULT_FONT_SIZE);
  useEffect(() => {
    let live = true;
    void loadFontSize().then((stored) => live && setSize(stored));
    const unwatch = watchFontSize(setSize);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  const step = (delta: 1 | -1) => {
    const next = stepFontSize(size, delta);
    setSize(next);
    void saveFontSize(next);
  };
  return [size, step];
}
