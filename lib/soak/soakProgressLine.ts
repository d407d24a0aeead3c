import { formatDuration } from './formatDuration';

/** What the live line shows. */
export interface SoakProgress {
  elapsedMs: number;
  plannedMs: number;
  /** HTTP requests sent so far, retries included. */
  calls: number;
  /** Requests per second over the last few seconds (not since the start: a live line shows now). */
  callsPerSecond: number;
  divergences: number;
  inconclusive: number;
  /** Rounds finished, all families. */
  rounds: number;
}

/** `soak 1m05s / 10m00s · 8m55s left · rounds 12 · calls 12,345 · 198.2 calls/s · divergences 0 · inconclusive 0` */
export function soakProgressLine(p: SoakProgress): string {
  const left = Math.max(0, p.plannedMs - p.elapsedMs);
  return [
    `soak ${formatDuration(p.elapsedMs)} / ${formatDuration(p.plannedMs)}`,
    `${formatDuration(left)} left`,
    `rounds ${p.rounds}`,
    `calls ${p.calls.toLocaleString('en-US')}`,
    `${p.callsPerSecond.toFixed(1)} calls/s`,
    `divergences ${p.divergences}`,
    `inconclusive ${p.inconclusive}`,
  ].join(' · ');
}
