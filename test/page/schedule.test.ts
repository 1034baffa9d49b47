import { describe, expect, it } from 'vitest';
import { afterSteps, type Schedule } from '../../src/page/schedule';

function manual() {
  const queue: (() => void)[] = [];
  const schedule: Schedule = (task) => {
    queue.push(task);
    return () => {
      const i = queue.indexOf(task);
      if (i >= 0) queue.splice(i, 1);
    };
  };
  return { queue, schedule, runOne: () => queue.shift()?.() };
}

describe('afterSteps', () => {
  it('runs each step in a scheduled call of its own before the first task, then schedules plainly', () => {
    const m = manual();
    const log: string[] = [];
    const s = afterSteps([() => log.push('a'), () => log.push('b')], m.schedule);
    s(() => log.push('task'));
    m.runOne();
    expect(log).toEqual(['a']);
    m.runOne();
    expect(log).toEqual(['a', 'b']);
    m.runOne();
    expect(log).toEqual(['a', 'b', 'task']);
    s(() => log.push('next'));
    expect(m.queue).toHaveLength(1);
    m.runOne();
    expect(log.at(-1)).toBe('next');
  });

  it('cancels whichever call is pending, keeping the steps not yet run', () => {
    const m = manual();
    const log: string[] = [];
    const s = afterSteps([() => log.push('a'), () => log.push('b')], m.schedule);
    const cancel = s(() => log.push('task'));
    m.runOne();
    cancel();
    expect(m.queue).toHaveLength(0);
    s(() => log.push('later'));
    m.runOne();
    m.runOne();
    expect(log).toEqual(['a', 'b', 'later']);
  });
});
