/** One figure a benchmark part reports. `npm run bench` prints every part's rows as one table. */
export interface BenchRow {
  /** Which part of the product: detect, page, search, bundle. */
  part: string;
  /** What was measured, e.g. "steppe detector, ms per million chars". */
  metric: string;
  value: number;
  unit: string;
  /** How the figure compares with the baseline measured in the same run, e.g. "2.1x faster than RegExp". */
  comparison?: string;
  /**
   * Stable id the budget file refers to (e.g. "page.main-thread-ms"); rows
   * without one are informational. Keys never change meaning: add new ones.
   */
  key?: string;
}

/** A benchmark part: measures its baselines in the same process and returns its rows. */
export type BenchPart = () => Promise<BenchRow[]>;
