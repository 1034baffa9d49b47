import { afterEach, describe, expect, it, vi } from 'vitest';

const findMentions = vi.fn(() => []);
vi.mock('../../src/detect', () => ({ findMentions }));
vi.mock('../../src/background/commands', () => ({ registerCommands: () => {} })); // the fake browser has no commands API

afterEach(() => vi.useRealTimers());

describe('background detector warm-up', () => {
  it('the worker compiles the detector soon after it starts, after the events that woke it', async () => {
    vi.useFakeTimers();
    const { startBackground } = await import('../../src/background/main');
    startBackground();
    await vi.advanceTimersByTimeAsync(0);
    expect(findMentions).not.toHaveBeenCalled(); // the waking message goes first
    await vi.advanceTimersByTimeAsync(200);
    expect(findMentions).not.toHaveBeenCalled(); // nor soon after it, while its reply may still be on the way
    await vi.advanceTimersByTimeAsync(50);
    expect(findMentions).toHaveBeenCalledTimes(1);
  });
});
