/** One measured figure of `npm run bench`: a titled table of rows. Never a pass/fail verdict. */
export interface BenchFigure {
  /** `throughput`, `pacing`, `wall`, `mock`, `scale`, `oracle`. */
  readonly figure: BenchFigureName;
  readonly title: string;
  readonly rows: BenchRow[];
  /** What the figure could not measure and why (one line each). */
  readonly notes: string[];
}

export interface BenchRow {
  readonly label: string;
  readonly value: number;
  readonly unit: string;
  /** The aim, as text, e.g. `≥ 98%`: printed next to the value, never enforced. */
  readonly aim?: string;
  /** Extra facts, e.g. `errors 0`. */
  readonly detail?: string;
}

export const BENCH_FIGURES = ['throughput', 'pacing', 'wall', 'mock', 'scale', 'oracle'] as const;
export type BenchFigureName = (typeof BENCH_FIGURES)[number];
