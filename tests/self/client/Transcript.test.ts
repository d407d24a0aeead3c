import { test, expect } from '@playwright/test';
import { Transcript } from '../../../lib/client/Transcript';
import type { NewTranscriptEntry } from '../../../lib/client/Transcript';
import { DEFAULT_RETRY_POLICY, backoffDelay, isRetryable } from '../../../lib/client/retryPolicy';

const entry = (over: Partial<NewTranscriptEntry> = {}): NewTranscriptEntry => ({
  api: 'recentcontact/mark_contact',
  url: 'http://127.0.0.1/v4/recentcontact/mark_contact?usersig=abc',
  requestBody: '{}',
  startedAt: '2026-11-23T00:00:00.000Z',
  elapsedMs: 1,
  attempts: 1,
  outcome: 'answered',
  schemaErrors: [],
  ...over,
});

test.describe('Transcript', () => {
  test('numbers, redacts and stores entries, tells listeners, and clears', () => {
    const transcript = new Transcript({ secrets: ['s3cret'] });
    const seen: number[] = [];
    const stop = transcript.onEntry((e) => seen.push(e.seq));
    transcript.record(entry({ requestBody: '{"k":"s3cret"}' }));
    stop();
    transcript.record(entry());
    const [first, second] = transcript.entries();
    expect(first).toMatchObject({ seq: 1, url: 'http://127.0.0.1/v4/recentcontact/mark_contact?usersig=<redacted>', requestBody: '{"k":"<redacted>"}' });
    expect(second!.seq).toBe(2);
    expect(seen).toEqual([1]);
    transcript.clear();
    expect(transcript.entries()).toEqual([]);
  });

  test('keeps at most maxEntries, dropping the oldest', () => {
    const transcript = new Transcript({ maxEntries: 2 });
    for (let i = 0; i < 3; i++) transcript.record(entry());
    expect(transcript.entries().map((e) => e.seq)).toEqual([2, 3]);
  });

  test('keeps exactly the newest maxEntries across many drops, and starts empty again after clear', () => {
    const transcript = new Transcript({ maxEntries: 3 });
    for (let i = 1; i <= 10; i++) {
      transcript.record(entry());
      expect(transcript.entries().map((e) => e.seq)).toEqual([i - 2, i - 1, i].filter((seq) => seq >= 1));
    }
    transcript.clear();
    transcript.record(entry());
    expect(transcript.entries().map((e) => e.seq)).toEqual([11]);
  });

  test('redacts with secrets added after it was made, a longer secret before one it contains', () => {
    const transcript = new Transcript({ secrets: ['abc'] });
    transcript.addSecret('xxabcxx');
    transcript.addSecret('abc');
    const stored = transcript.record(entry({ requestBody: 'xxabcxx abc', responseBody: 'abc', schemaErrors: ['request: xxabcxx'], retries: ['abc'] }));
    expect([stored.requestBody, stored.responseBody, ...stored.schemaErrors, ...(stored.retries ?? [])]).toEqual(['<redacted> <redacted>', '<redacted>', 'request: <redacted>', '<redacted>']);
    expect(transcript.redact('1 xxabcxx 2')).toBe('1 <redacted> 2');
  });
});

test.describe('retryPolicy', () => {
  test('retries the documented transient codes, 5xx, network errors and timeouts only', () => {
    for (const errorCode of [50004, 50005, 60007, 60018, 60019, 70169]) expect(isRetryable({ kind: 'envelope', errorCode })).toBe(true);
    for (const errorCode of [0, 50001, 50002, 51011, 60010, 70001]) expect(isRetryable({ kind: 'envelope', errorCode })).toBe(false);
    expect(isRetryable({ kind: 'http', status: 502 })).toBe(true);
    expect(isRetryable({ kind: 'http', status: 404 })).toBe(false);
    expect(isRetryable({ kind: 'network', code: 'ECONNRESET' })).toBe(true);
    expect(isRetryable({ kind: 'timeout' })).toBe(true);
    expect(isRetryable({ kind: 'malformed' })).toBe(false);
  });

  test('backs off exponentially with full jitter up to the cap', () => {
    const top = () => 0.999999;
    expect([1, 2, 3, 4, 5, 6, 10].map((n) => backoffDelay(n, DEFAULT_RETRY_POLICY, top))).toEqual([99, 199, 399, 799, 1599, 1999, 1999]);
    expect(backoffDelay(3, DEFAULT_RETRY_POLICY, () => 0)).toBe(0);
    expect(DEFAULT_RETRY_POLICY).toEqual({ maxAttempts: 4, baseMs: 100, capMs: 2000 });
  });
});
