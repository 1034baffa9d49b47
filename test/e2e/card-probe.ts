/** Reads the hover card from outside, as the tests see it: through the <steppe-lens> host's open shadow root. */
import type { Frame, Page } from 'playwright-core';
import type { Point } from './text-geometry';

export interface CardState {
  open: boolean;
  entity?: string;
  label?: string;
  dir?: string;
  lang?: string;
  rect?: { left: number; top: number; right: number; bottom: number };
  text?: string;
}

export function cardState(target: Page | Frame): Promise<CardState> {
  return target.evaluate(() => {
    const dialog = document.querySelector('steppe-lens')?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]');
    // A card laid out unseen during the dwell is not open.
    if (!dialog || !dialog.checkVisibility({ visibilityProperty: true })) return { open: false };
    const r = dialog.getBoundingClientRect();
    return {
      open: true,
      entity: dialog.dataset.entity,
      label: dialog.getAttribute('aria-label') ?? undefined,
      dir: dialog.getAttribute('dir') ?? undefined,
      lang: dialog.getAttribute('lang') ?? undefined,
      rect: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
      text: dialog.textContent ?? '',
    };
  });
}

/**
 * Moves the pointer to `point` and measures, in the page's own clock, the time
 * from the pointer's arrival to a card for some entity being on screen.
 */
export async function hoverAndTimeCard(page: Page, point: Point, timeoutMs = 3000): Promise<{ ms: number; entity: string }> {
  await page.evaluate((timeout) => {
    const w = window as unknown as { __cardTiming?: Promise<{ ms: number; entity: string }> };
    w.__cardTiming = new Promise((resolve, reject) => {
      let start = 0;
      addEventListener('pointermove', () => (start ||= performance.now()), { capture: true, once: true });
      const deadline = performance.now() + timeout;
      const poll = () => {
        const dialog = document.querySelector('steppe-lens')?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"][data-entity]');
        if (start && dialog?.checkVisibility({ visibilityProperty: true })) resolve({ ms: performance.now() - start, entity: dialog.dataset.entity! });
        else if (performance.now() > deadline) reject(new Error('no card appeared'));
        else requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
    });
  }, timeoutMs);
  await page.mouse.move(point.x, point.y); // one move: the pointer arrives on the mention
  return page.evaluate(() => (window as unknown as { __cardTiming: Promise<{ ms: number; entity: string }> }).__cardTiming);
}

/** Puts the pointer somewhere with no text (the page's top-left margin). */
export async function movePointerAway(page: Page): Promise<void> {
  await page.mouse.move(2, 2, { steps: 3 });
}
