/**
 * A test that compares an answer with a documented sample cannot judge an answer the client got
 * only after sending the call again: the repeat may meet the state its own first attempt made (a
 * rename answered 51009 because the old name is already gone; answeredAfterRetry.ts). When such
 * an answer is not OK, the test ends inconclusive with the reason, never failed (lib/report/protocol.ts
 * `inconclusive`, the same path as a call that got no answer at all).
 */
import { test } from '@playwright/test';
import type { ApiPath } from '../../../lib/apis';
import type { Envelope } from '../../../lib/client/types';
import { ANNOTATION } from '../../../lib/report/protocol';
import { answeredAfterRetry } from './answeredAfterRetry';
import { describeRejection, rejectionOf } from './rejectionOf';

/** Ends the running test inconclusive when `body` came after retries and is not OK; returns otherwise. */
export function inconclusiveAfterRetry(api: ApiPath, body: Envelope, what: string): void {
  const rejection = rejectionOf(api, body);
  if (!answeredAfterRetry(body) || rejection.where === 'none') return;
  const reason = `${what} was answered ${describeRejection(rejection)} only after the client retried it, so the answer may be its repeat's`;
  test.info().annotations.push({ type: ANNOTATION.inconclusive, description: reason });
  test.skip(true, `inconclusive: ${reason}`);
}
