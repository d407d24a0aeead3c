import type { TranscriptEntry } from '../client/types';
import type { TrafficStats } from '../report/types';
import { frequencyLimitCodes } from './frequencyLimitCodes';
import { LatencyHistogram } from './LatencyHistogram';

interface ApiTally {
  latency: LatencyHistogram;
  requests: number;
  retries: number;
  inconclusive: number;
}

/**
 * The traffic of a soak, counted call by call as the client records them (Transcript.onEntry),
 * in constant memory: requests, retries and inconclusive calls per API, latency percentiles
 * (LatencyHistogram) and the frequency-limit answers. The same figures computeTraffic gives a
 * conformance run, without keeping the calls.
 */
export class SoakTraffic {
  private readonly byApi = new Map<string, ApiTally>();
  private readonly limitAnswers = new Map<number, number>();
  private attempts = 0;

  /** HTTP requests sent so far, retries included. */
  get calls(): number {
    return this.attempts;
  }

  record(entry: TranscriptEntry): void {
    const api = String(entry.api);
    let tally = this.byApi.get(api);
    if (!tally) this.byApi.set(api, (tally = { latency: new LatencyHistogram(), requests: 0, retries: 0, inconclusive: 0 }));
    const attempts = Math.max(1, entry.attempts || 1);
    tally.latency.add(entry.elapsedMs);
    tally.requests += attempts;
    tally.retries += attempts - 1;
    if (entry.outcome === 'inconclusive') tally.inconclusive++;
    this.attempts += attempts;
    for (const code of frequencyLimitCodes(entry)) this.limitAnswers.set(code, (this.limitAnswers.get(code) ?? 0) + 1);
  }

  /** Frequency-limit answers seen, by code; codes never seen are absent. */
  frequencyLimitAnswers(): Record<string, number> {
    return Object.fromEntries([...this.limitAnswers].sort(([a], [b]) => a - b).map(([code, n]) => [String(code), n]));
  }

  /** Per API, busiest first, as summary.json's `traffic` (latency in ms to one decimal). */
  traffic(): TrafficStats {
    const round = (ms: number) => Math.round(ms * 10) / 10;
    const perEndpoint = [...this.byApi].map(([api, t]) => ({
      api,
      requests: t.requests,
      p50: round(t.latency.percentile(50)),
      p95: round(t.latency.percentile(95)),
      p99: round(t.latency.percentile(99)),
      retries: t.retries,
      inconclusive: t.inconclusive,
    }));
    perEndpoint.sort((a, b) => b.requests - a.requests || a.api.localeCompare(b.api));
    return { perEndpoint };
  }
}
