import { test, expect } from '@playwright/test';
import { TokenBucket } from '../../../lib/client/TokenBucket';
import { bucketShape, pacerFor, resetPacers } from '../../../lib/client/Pacer';
import { startLoopbackServer, envelope } from './loopbackServer';
import { testClient } from './testClient';
import { maxPerWindow } from './windowCount';

/** Drives a greedy taker on a fake clock for `durationMs`; returns the times tokens were taken. */
function simulate(bucket: (now: () => number) => TokenBucket, durationMs: number): number[] {
  let now = 0;
  const b = bucket(() => now);
  const taken: number[] = [];
  while (now < durationMs) {
    const wait = b.tryTake();
    if (wait === 0) taken.push(now);
    else now += wait;
  }
  return taken;
}

test.describe('TokenBucket and Pacer', () => {
  test('a bucket answers how long to wait and never hands out more than capacity + refill per second', () => {
    let now = 0;
    const bucket = new TokenBucket({ refillPerSecond: 10, capacity: 2, now: () => now });
    expect([bucket.tryTake(), bucket.tryTake()]).toEqual([0, 0]);
    expect(bucket.tryTake()).toBe(100);
    now += 99;
    expect(bucket.tryTake()).toBeGreaterThan(0);
    now += 1;
    expect(bucket.tryTake()).toBe(0);
    // capacity + ceil(refill × 1 s) − 1: the window [t, t + 1 s) is half-open.
    expect(maxPerWindow(simulate((clock) => new TokenBucket({ refillPerSecond: 10, capacity: 2, now: clock }), 10_000))).toBe(11);
  });

  test('take() reserves its slot, so a sleep that wakes late does not push later slots back', async () => {
    let now = 0;
    // Every sleep overshoots by 3 ms, as a busy event loop does.
    const bucket = new TokenBucket({ refillPerSecond: 100, now: () => now, sleep: async (ms) => void (now += ms + 3) });
    const calls: number[] = [];
    for (let i = 0; i < 100; i++) {
      await bucket.take();
      calls.push(now);
    }
    // 100 calls at 100/s: the last slot is at 990 ms; overshoot is not accumulated (it would be 1287 ms).
    expect(calls.at(-1)).toBeLessThanOrEqual(990 + 3 + 10);
    expect(maxPerWindow(calls)).toBeLessThanOrEqual(101);
  });

  test('a bucket with rate 0 never waits', () => {
    const bucket = new TokenBucket({ refillPerSecond: 0, now: () => 0 });
    for (let i = 0; i < 1000; i++) expect(bucket.tryTake()).toBe(0);
  });

  test('take() sleeps for the time tryTake() names', async () => {
    let now = 0;
    const sleeps: number[] = [];
    const bucket = new TokenBucket({ refillPerSecond: 4, now: () => now, sleep: async (ms) => void (sleeps.push(ms), (now += ms)) });
    await bucket.take();
    await bucket.take();
    expect(sleeps).toEqual([250]);
  });

  test('each worker share keeps every 1-second window at or under the rate (fake clock)', () => {
    for (const rate of [1, 2, 5, 20, 100, 199, 200]) {
      for (const workers of [1, 2, 4]) {
        if (rate < workers * 2) continue; // below one call per worker per window no share can be exact
        const shape = bucketShape(rate, workers);
        const taken = simulate((now) => new TokenBucket({ ...shape, now }), 10_000);
        expect(maxPerWindow(taken) * workers, `rate ${rate}, workers ${workers}`).toBeLessThanOrEqual(rate);
        // and the pacing is not needlessly slow: over 10 s (fake clock), at least 99 % of the whole calls per window the share allows
        const allowedPerWindow = Math.floor((rate * 0.98) / workers);
        expect(taken.length, `rate ${rate}, workers ${workers}`).toBeGreaterThanOrEqual(allowedPerWindow * 10 * 0.99);
      }
    }
  });

  test('the pacer shares one bucket per target and API, capped at the documented frequency', () => {
    resetPacers();
    const a = pacerFor('http://127.0.0.1:1', 'recentcontact/mark_contact', { rate: 200, workers: 1 });
    expect(pacerFor('http://127.0.0.1:1', 'recentcontact/mark_contact', { rate: 200, workers: 1 })).toBe(a);
    expect(pacerFor('http://127.0.0.1:2', 'recentcontact/mark_contact', { rate: 200, workers: 1 })).not.toBe(a);
    const check = pacerFor('http://127.0.0.1:1', 'im_open_login_svc/account_check', { rate: 200, workers: 1 });
    expect(check.refillPerSecond + check.capacity - 1).toBe(98); // account_check: "100 times/second", × 0.98
    expect(pacerFor('http://127.0.0.1:1', 'recentcontact/mark_contact', { rate: 0 }).unlimited).toBe(true);
  });

  test('calls arriving at a loopback server never exceed the rate in any sliding 1-second window', async () => {
    const RATE = 20;
    const server = await startLoopbackServer(() => ({ body: envelope(0) }));
    const client = testClient(server.baseUrl, { rateLimit: RATE, workers: 1 });
    try {
      const outcomes = await Promise.all(Array.from({ length: 45 }, () => client.call('recentcontact/get_contact_group', { From_Account: 'a' })));
      expect(outcomes.every((o) => o.kind === 'answered')).toBe(true);
      expect(server.arrivals).toHaveLength(45);
      expect(maxPerWindow(server.arrivals.map((a) => a.at))).toBeLessThanOrEqual(RATE);
    } finally {
      client.close();
      await server.close();
    }
  });
});
