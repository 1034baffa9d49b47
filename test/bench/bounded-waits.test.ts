import { afterEach, describe, expect, it, vi } from 'vitest';
import { Hang, onceMoreIfHung, within } from './lib/trace';

afterEach(() => vi.useRealTimers());

describe("the bench's own waits", () => {
  it('end in a Hang naming the wait, instead of hanging the bench', async () => {
    vi.useFakeTimers();
    const never = within(new Promise(() => {}), 60_000, 'Chromium did not complete the trace');
    const caught = never.catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(60_000);
    const error = await caught;
    expect(error).toBeInstanceOf(Hang);
    expect((error as Error).message).toBe('bench: Chromium did not complete the trace within 60 s');
    await expect(within(Promise.resolve(7), 60_000, 'x')).resolves.toBe(7);
  });

  it('run once more after a hang, only once, and never after any other error', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    let calls = 0;
    await expect(onceMoreIfHung(async () => (++calls === 1 ? Promise.reject(new Hang('h')) : 'ok'))).resolves.toBe('ok');
    expect(calls).toBe(2);
    calls = 0;
    await expect(onceMoreIfHung(async () => (++calls, Promise.reject(new Hang('again'))))).rejects.toThrow('again');
    expect(calls).toBe(2);
    calls = 0;
    await expect(onceMoreIfHung(async () => (++calls, Promise.reject(new Error('a slow figure'))))).rejects.toThrow('a slow figure');
    expect(calls).toBe(1);
    stderr.mockRestore();
  });

  it('count a run that never finishes, whatever it waits on, as a hang: once more, then fail', async () => {
    vi.useFakeTimers();
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    let calls = 0;
    const stuckOnce = onceMoreIfHung(() => (++calls === 1 ? new Promise<string>(() => {}) : Promise.resolve('ok')), 180_000);
    await vi.advanceTimersByTimeAsync(180_000);
    await expect(stuckOnce).resolves.toBe('ok');
    expect(calls).toBe(2);
    calls = 0;
    const stuck = onceMoreIfHung(() => (++calls, new Promise<string>(() => {})), 180_000).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(360_000);
    expect(String(await stuck)).toBe('Error: bench: a page run did not finish within 180 s');
    expect(calls).toBe(2);
    stderr.mockRestore();
  });
});
