import type { Summary } from '../report/types';
import { formatDuration } from './formatDuration';

/**
 * The one closing line of a soak, e.g.
 * `soak: PASS · ran 20s of 20s · 4,321 calls · 215.3 calls/s · 12 rounds · 0 divergences · 0 inconclusive ·
 * frequency-limit answers: none · RSS 80.1 → 95.3 MB (max 97.0) · report: reports/soak/index.html`.
 */
export function soakClosingLine(summary: Summary, reportPath: string): string {
  const soak = summary.soak;
  if (!soak) return `soak: ${summary.verdict.toUpperCase()} · report: ${reportPath}`;
  const rounds = soak.families.reduce((sum, f) => sum + f.passed + f.failed + f.inconclusive, 0);
  const limits = Object.entries(soak.frequencyLimitAnswers).map(([code, n]) => `${code}×${n}`);
  const rss = soak.memory.samples.map((s) => s.rssBytes / 1_048_576);
  const memory = rss.length ? `RSS ${rss[0]!.toFixed(1)} → ${rss.at(-1)!.toFixed(1)} MB (max ${Math.max(...rss).toFixed(1)})` : 'RSS not sampled';
  return [
    `soak: ${summary.verdict.toUpperCase()}`,
    `ran ${formatDuration(summary.durationMs)} of ${soak.duration}`,
    `${soak.calls.toLocaleString('en-US')} calls`,
    `${soak.callsPerSecond.toFixed(1)} calls/s`,
    `${rounds} rounds`,
    `${soak.divergences} divergences`,
    `${soak.inconclusive} inconclusive`,
    `frequency-limit answers: ${limits.length ? limits.join(', ') : 'none'}`,
    memory,
    ...(summary.error ? [summary.error] : []),
    `report: ${reportPath}`,
  ].join(' · ');
}
