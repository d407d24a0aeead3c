/** Counters the progress line shows. */
export interface ProgressCounts {
  done: number;
  total: number;
  requests: number;
  failures: number;
  inconclusive: number;
}

/** `[done/total] requests N · failures N · inconclusive N` */
export function progressLine(counts: ProgressCounts): string {
  return `[${counts.done}/${counts.total}] requests ${counts.requests} · failures ${counts.failures} · inconclusive ${counts.inconclusive}`;
}

/**
 * Without a TTY the line cannot be rewritten, so it is printed only when progress
 * crosses another tenth of the run (and by the caller at the end): a CI log of a
 * 500-test run gets about ten lines, not five hundred.
 */
export function crossesTenth(previousDone: number, done: number, total: number): boolean {
  if (total <= 0) return false;
  return Math.floor((done * 10) / total) > Math.floor((previousDone * 10) / total);
}
