import type { TranscriptEntry } from '../client/types';
import { percentile } from './percentile';
import type { TrafficStats } from './types';

/**
 * Requests, latency percentiles, retries and inconclusive calls per API, from the
 * recorded exchanges of every attempt. A recorded call with `attempts: 3` sent three
 * HTTP requests (two retries); its latency is the call's elapsed time as the suite saw it.
 * Endpoints are listed busiest first.
 */
export function computeTraffic(entries: readonly TranscriptEntry[]): TrafficStats {
  const byApi = new Map<string, TranscriptEntry[]>();
  for (const entry of entries) byApi.set(String(entry.api), [...(byApi.get(String(entry.api)) ?? []), entry]);
  const perEndpoint = [...byApi].map(([api, calls]) => {
    const latencies = calls.map((c) => c.elapsedMs).filter((ms) => Number.isFinite(ms));
    const attempts = calls.map((c) => Math.max(1, c.attempts || 1));
    return {
      api,
      requests: attempts.reduce((a, b) => a + b, 0),
      p50: round(percentile(latencies, 50)),
      p95: round(percentile(latencies, 95)),
      p99: round(percentile(latencies, 99)),
      retries: attempts.reduce((a, b) => a + b - 1, 0),
      inconclusive: calls.filter((c) => c.outcome === 'inconclusive').length,
    };
  });
  perEndpoint.sort((a, b) => b.requests - a.requests || a.api.localeCompare(b.api));
  return { perEndpoint };
}

/** Milliseconds to one decimal: enough to read, stable to print. */
function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
