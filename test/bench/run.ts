/**
 * `npm run bench`: runs every benchmark part and prints one table.
 * `npm run bench -- --only detect,search` runs some parts.
 */
import type { BenchPart, BenchRow } from './types';

const PARTS: Record<string, () => Promise<{ run: BenchPart }>> = {
  detect: () => import('./detect'),
  search: () => import('./search'),
  page: () => import('./page'),
  bundle: () => import('./bundle'),
};

const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const rows: BenchRow[] = [];
for (const [name, load] of Object.entries(PARTS)) {
  if (only && !only.includes(name)) continue;
  const part = await load();
  rows.push(...(await part.run()));
}
printTable(rows);

function printTable(all: BenchRow[]): void {
  const cells = all.map((r) => [r.part, r.metric, formatValue(r.value), r.unit, r.comparison ?? '']);
  const header = ['part', 'metric', 'value', 'unit', 'comparison'];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((v, i) => (i === 2 ? v.padStart(widths[i]!) : v.padEnd(widths[i]!))).join('  ').trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const c of cells) console.log(line(c));
}

function formatValue(v: number): string {
  return Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2);
}
