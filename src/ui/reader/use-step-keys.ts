import { useEffect, useRef } from 'preact/hooks';

/** N / P step to the next / previous mention (as the stepper's aria-keyshortcuts say), unless typing. */
export function useStepKeys(step: ((delta: 1 | -1) => void) | undefined): void {
  const latest = useRef(step);
  latest.current = step;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!latest.current || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable]')) return;
      // By key position, so it works on Arabic and Hebrew keyboard layouts too.
      if (e.code !== 'KeyN' && e.code !== 'KeyP') return;
      e.preventDefault();
      latest.current(e.code === 'KeyN' ? 1 : -1);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
