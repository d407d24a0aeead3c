/** The soak's live progress line and memory samples. */
import { test, expect } from '@playwright/test';
import { LiveLine } from '../../../lib/soak/LiveLine';
import { MemorySampler } from '../../../lib/soak/MemorySampler';

function stream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, isTTY, write: (text: string) => void writes.push(text) };
}

const at = (elapsedMs: number, calls: number) => ({ elapsedMs, plannedMs: 600_000, calls, rounds: 3, divergences: 1, inconclusive: 0 });

test('on a TTY the line is rewritten in place and shows calls/s over the last 5 s', () => {
  const out = stream(true);
  const line = new LiveLine({ stream: out, plannedMs: 600_000 });
  line.tick(at(0, 0));
  line.tick(at(10_000, 5_000));
  line.tick(at(15_000, 5_500));
  expect(out.writes.every((w) => w.startsWith('\r') && w.endsWith('\u001b[K'))).toBe(true);
  // Over the last 5 s: 500 calls / 5 s, not 5,500 / 15 s.
  expect(out.writes.at(-1)).toBe('\rsoak 15s / 10m00s · 9m45s left · rounds 3 · calls 5,500 · 100.0 calls/s · divergences 1 · inconclusive 0\u001b[K');
  line.print('✘ divergence');
  expect(out.writes.slice(-2)).toEqual(['\n', '✘ divergence\n']);
});

test('in a CI log the line is printed once per tenth of the soak (at most a minute apart), not every tick', () => {
  const out = stream(false);
  const line = new LiveLine({ stream: out, plannedMs: 600_000 });
  for (let s = 1; s <= 600; s++) line.tick(at(s * 1000, s * 100));
  expect(out.writes).toHaveLength(10);
  expect(out.writes.every((w) => w.endsWith('\n') && !w.includes('\r'))).toBe(true);
});

test('memory is sampled at start, every period and at stop, oldest first, with elapsed time', async () => {
  const sampler = new MemorySampler({ everyMs: 20 });
  await new Promise((resolve) => setTimeout(resolve, 150));
  const samples = sampler.stop();
  // Start + at least one timer sample + stop (timers may run late on a busy machine, never early).
  expect(samples.length).toBeGreaterThanOrEqual(3);
  expect(samples[0]!.atMs).toBe(0);
  expect(samples.at(-1)!.atMs).toBeGreaterThanOrEqual(150);
  for (let i = 1; i < samples.length; i++) expect(samples[i]!.atMs).toBeGreaterThanOrEqual(samples[i - 1]!.atMs);
  for (const s of samples) expect(s.rssBytes).toBeGreaterThan(s.heapUsedBytes);
  // Stopped: no more samples, and stopping again changes nothing.
  await new Promise((resolve) => setTimeout(resolve, 60));
  expect(sampler.stop()).toEqual(samples);
});
