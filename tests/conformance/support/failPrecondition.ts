import { test } from '@playwright/test';
import { ANNOTATION, ATTACHMENT } from '../../../lib/report/protocol';
import type { FailureDetail } from '../../../lib/report/protocol';

/**
 * Fails the running test because a documented call it builds on did not work (e.g. a fresh
 * user's first create_contact_group), and names the rule that call broke. Without this the
 * failure would count against the rules the test set out to check, which it never reached.
 */
export async function failPrecondition(rule: string, expected: string, actual: string): Promise<never> {
  const info = test.info();
  if (!info.annotations.some((a) => a.type === ANNOTATION.rule && a.description === rule)) info.annotations.push({ type: ANNOTATION.rule, description: rule });
  const detail: FailureDetail = { rule, expected, actual };
  await info.attach(ATTACHMENT.failure, { body: JSON.stringify(detail), contentType: 'application/json' });
  throw new Error(`[${rule}] expected ${expected}, got ${actual}`);
}

/**
 * Records that a documented call the running test builds on worked: a passed check of
 * `rule`, which a later, unrelated failure of the test must not turn into a failure of it.
 */
export function preconditionHeld(rule: string): void {
  const info = test.info();
  if (!info.annotations.some((a) => a.type === ANNOTATION.preconditionHeld && a.description === rule)) info.annotations.push({ type: ANNOTATION.preconditionHeld, description: rule });
}
