import { test, expect } from '@playwright/test';
import type { Envelope } from '../../../lib/client/types';
import { answeredAfterRetry, failedAfterRetry, noteAttempts } from '../../conformance/support/answeredAfterRetry';
import { requireWrite, writeTookEffect } from '../../conformance/support/writeTookEffect';

const RENAME = 'recentcontact/update_contact_group' as const;

function answer(code: number, attempts: number): Envelope {
  const body: Envelope = { ActionStatus: code === 0 ? 'OK' : 'FAIL', ErrorCode: code, ErrorInfo: code === 0 ? '' : 'x' };
  noteAttempts(body, attempts);
  return body;
}

test('knows which answers came only after the client retried, without adding a field to the envelope', () => {
  const once = answer(51009, 1);
  const retried = answer(51009, 3);
  expect([answeredAfterRetry(once), answeredAfterRetry(retried), failedAfterRetry(retried), failedAfterRetry(answer(0, 2))]).toEqual([false, true, true, false]);
  expect(Object.keys(retried)).toEqual(['ActionStatus', 'ErrorCode', 'ErrorInfo']);
  expect(answeredAfterRetry({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' })).toBe(false);
});

test('an OK answer is a done write, without reading the state back', async () => {
  let reads = 0;
  const outcome = await writeTookEffect(RENAME, answer(0, 2), async () => ++reads > 0);
  expect(outcome).toMatchObject({ done: true, readBack: false });
  expect(reads).toBe(0);
});

test('a failure answered after retries is a done write only when the read-back shows the change', async () => {
  expect(await writeTookEffect(RENAME, answer(51009, 2), async () => true)).toMatchObject({ done: true, readBack: true, seen: 'ErrorCode 51009 after retries; the change shows in a read-back' });
  expect(await writeTookEffect(RENAME, answer(51009, 2), async () => false)).toMatchObject({ done: false, readBack: false });
});

test('a failure answered on the first attempt is never explained away by a read-back', async () => {
  let reads = 0;
  expect(await writeTookEffect(RENAME, answer(51009, 1), async () => ++reads > 0)).toMatchObject({ done: false, seen: 'ErrorCode 51009' });
  expect(reads).toBe(0);
});

test('a write a test builds on that did not take effect fails the test against its own rule', async () => {
  const outcome = await writeTookEffect(RENAME, answer(51009, 1), async () => true);
  await expect(requireWrite('update.contacts.add', 'the add to answer OK', outcome)).rejects.toThrow('[update.contacts.add] expected the add to answer OK, got ErrorCode 51009');
});
