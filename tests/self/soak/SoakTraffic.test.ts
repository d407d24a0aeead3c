/**
 * The soak's traffic figures from real client calls: frequency-limit answers counted one per
 * answer (retried ones included), latency percentiles close to the exact ones in constant memory.
 */
import { test, expect } from '@playwright/test';
import { Transcript } from '../../../lib/client/Transcript';
import { percentile } from '../../../lib/report/percentile';
import { LatencyHistogram } from '../../../lib/soak/LatencyHistogram';
import { SoakTraffic } from '../../../lib/soak/SoakTraffic';
import { envelope, startLoopbackServer } from '../client/loopbackServer';
import { testClient } from '../client/testClient';

test('counts every 60007/60018/60019 answer, retried or final, and no other code', async () => {
  // Per arrival: the first call gets 60007, 60018, then OK; the second 50004 then 60019 until the retries run out.
  const script = [60007, 60018, 0, 50004, 60019, 60019, 60019];
  const server = await startLoopbackServer((_arrival, i) => ({ body: envelope(script[i] ?? 0) }));
  const transcript = new Transcript();
  const traffic = new SoakTraffic();
  transcript.onEntry((entry) => traffic.record(entry));
  const client = testClient(server.baseUrl, { transcript });
  try {
    const first = await client.call('recentcontact/search_contact_group', { From_Account: 'rcc_a', ContactItem: [] });
    const second = await client.call('recentcontact/search_contact_group', { From_Account: 'rcc_a', ContactItem: [] });
    expect([first.kind, second.kind]).toEqual(['answered', 'inconclusive']);
  } finally {
    client.close();
    await server.close();
  }
  expect(traffic.frequencyLimitAnswers()).toEqual({ '60007': 1, '60018': 1, '60019': 3 });
  expect(traffic.calls).toBe(7);
  expect(traffic.traffic().perEndpoint).toEqual([
    expect.objectContaining({ api: 'recentcontact/search_contact_group', requests: 7, retries: 5, inconclusive: 1 }),
  ]);
});

test('latency percentiles are never below the exact nearest-rank value and at most 2 % above it', () => {
  const histogram = new LatencyHistogram();
  // A spread like a loopback run with a slow tail: 0.05 ms … 3 s.
  const values = Array.from({ length: 5000 }, (_, i) => 0.05 * 1.0021 ** ((i * 7919) % 5000));
  for (const v of values) histogram.add(v);
  expect(histogram.count).toBe(values.length);
  for (const p of [1, 50, 90, 95, 99, 99.9, 100]) {
    const exact = percentile(values, p);
    const approx = histogram.percentile(p);
    expect(approx, `p${p}`).toBeGreaterThanOrEqual(exact);
    expect(approx, `p${p}`).toBeLessThanOrEqual(exact * 1.02);
  }
  expect(new LatencyHistogram().percentile(50)).toBe(0);
});
