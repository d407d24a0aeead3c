import type { TranscriptEntry } from '../client/types';
import { ANNOTATION } from './protocol';
import { readAttachments, type RawAttachment } from './readAttachments';
import type { TestOutcome, TestRecord } from './TestRecord';

/** The parts of Playwright's `TestResult` the summary reads (structural, so self-tests can fake it). */
export interface TestResultLike {
  status: 'passed' | 'failed' | 'timedOut' | 'skipped' | 'interrupted';
  retry: number;
  annotations?: readonly { type: string; description?: string }[];
  attachments: readonly RawAttachment[];
  errors: readonly { message?: string; value?: string }[];
}

/** The parts of Playwright's `TestCase` the summary reads. */
export interface TestCaseLike {
  id: string;
  title: string;
  annotations: readonly { type: string; description?: string }[];
  results: readonly TestResultLike[];
  outcome(): TestOutcome;
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/**
 * Flattens one test, all attempts included, into a {@link TestRecord}.
 * The outcome comes from `test.outcome()`, never from one attempt's status, because
 * `onTestEnd` fires once per retry (library-notes.md §2.6 pitfall 5).
 */
export function toTestRecord(test: TestCaseLike): TestRecord {
  const final = test.results.at(-1);
  const annotations = [...test.annotations, ...(final?.annotations ?? [])];
  const rules = [...new Set(annotations.filter((a) => a.type === ANNOTATION.rule && a.description).map((a) => a.description!.trim()))];
  const preconditionsHeld = [...new Set(annotations.filter((a) => a.type === ANNOTATION.preconditionHeld && a.description).map((a) => a.description!.trim()))];
  const inconclusive = annotations.find((a) => a.type === ANNOTATION.inconclusive);
  const skip = annotations.find((a) => a.type === 'skip' || a.type === 'fixme');
  const finalPayloads = readAttachments(final?.attachments ?? []);
  const trafficTranscript: TranscriptEntry[] = test.results.flatMap((r) => (r === final ? finalPayloads.transcript : readAttachments(r.attachments).transcript));
  const firstError = final?.errors[0];
  const errorMessage = firstError ? (firstError.message ?? firstError.value ?? '').replace(ANSI, '').trim() : undefined;
  let skipReason: string | undefined;
  if (test.outcome() === 'skipped') {
    skipReason = final?.status === 'interrupted' ? 'run interrupted before this test finished' : (skip?.description ?? (final ? 'skipped' : 'not run'));
  }
  return {
    id: test.id,
    title: test.title,
    outcome: test.outcome(),
    rules,
    preconditionsHeld,
    ...(inconclusive && { inconclusive: inconclusive.description ?? 'inconclusive' }),
    ...(skipReason !== undefined && { skipReason }),
    ...(errorMessage && { errorMessage }),
    transcript: finalPayloads.transcript,
    trafficTranscript,
    observations: finalPayloads.observations.map((o) => ({ ...o, test: o.test ?? test.title })),
    limits: finalPayloads.limits,
    errorCodes: finalPayloads.errorCodes,
    failures: finalPayloads.failures,
    cleanup: finalPayloads.cleanup,
    problems: finalPayloads.problems.map((p) => `unreadable attachment in "${test.title}": ${p}`),
  };
}
