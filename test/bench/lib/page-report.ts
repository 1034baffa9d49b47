/** How the page benchmark prints what it measured: task descriptions, the profile, scroll coverage. */
import type { ScrollResult } from './page-probes';
import { profileSelfTimes, summarize, type Summary, type Task, type TraceEvent } from './trace';

export interface ProfiledRun {
  main: Summary;
  longest: Task;
  profile: Map<string, number> | null;
}

export function selfTimesIn(events: readonly TraceEvent[], pid: number, tid: number, tasks: readonly Task[]): Map<string, number> {
  const total = new Map<string, number>();
  for (const t of tasks) {
    for (const [k, v] of profileSelfTimes(events, pid, tid, t.ts, t.ts + t.dur)) total.set(k, (total.get(k) ?? 0) + v);
  }
  return total;
}

export function printProfile(runs: readonly ProfiledRun[]): void {
  const out: string[] = ['', 'page --profile: content-script tasks (content-script start to all marked), per run:'];
  runs.forEach((r, i) => {
    out.push(`run ${i + 1}: ${fmt(r.main.ms)} ms in ${r.main.count} tasks; longest: ${describeTask(r.longest)}`);
  });
  const merged = new Map<string, number>();
  for (const r of runs) for (const [k, v] of r.profile ?? []) merged.set(k, (merged.get(k) ?? 0) + v / runs.length);
  out.push('sampled self time in those tasks, mean per run (ms; names as bundled):');
  for (const [k, v] of [...merged].sort((a, b) => b[1] - a[1]).slice(0, 30)) out.push(`  ${fmt(v / 1000).padStart(7)}  ${k}`);
  console.error(out.join('\n'));
}

export function describeTask(t: Task): string {
  const top = [...t.children]
    .filter(([name]) => !name.startsWith('v8.') && name !== 'FunctionCall')
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([name, us]) => `${name} ${fmt(us / 1000)}`)
    .join(', ');
  const whole = t.pageDriven ? ` of a ${fmt(t.dur / 1000)} ms task the page drives (script ${fmt(t.scriptDur / 1000)}, IntersectionObserver ${fmt(t.ioDur / 1000)})` : '';
  return `${fmt(t.charge / 1000)} ms${whole}${t.deferred ? ' (restyle/layout our code scheduled)' : ''}: ${top}`;
}

/** Our longest tasks of a phase, with what ran in them (STEPPE_BENCH_DEBUG=1). */export function debugTasks(phase: string, tasks: readonly Task[], origin: number): void {
  console.error(`${phase}: ${tasks.length} tasks of ours, ${fmt(summarize(tasks).ms)} ms`);
  for (const t of [...tasks].sort((a, b) => b.charge - a.charge).slice(0, 8)) console.error(`  at ${fmt((t.ts - origin) / 1000)} ms, script ${fmt(t.scriptDur / 1000)}: ${describeTask(t)}`);
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export function fmt(v: number): string {
  return Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2);
}

export function frameStats(frames: readonly number[]): string {
  if (frames.length === 0) return 'none';
  return `${frames.length}, median ${fmt(median(frames))} ms, longest ${fmt(Math.max(...frames))} ms`;
}

export function coverageOf(r: ScrollResult): { percent: number; inView: number; underlined: number; steps: number; fullSteps: number; stray: number } {
  let inView = 0;
  let underlined = 0;
  let fullSteps = 0;
  let stray = 0;
  for (const s of r.steps) {
    inView += s.inView;
    underlined += s.underlined;
    if (s.underlined === s.inView) fullSteps++;
    stray = Math.max(stray, s.stray);
  }
  return { percent: inView ? (100 * underlined) / inView : 100, inView, underlined, steps: r.steps.length, fullSteps, stray };
}
