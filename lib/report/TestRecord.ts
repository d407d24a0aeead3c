/**
 * What the summary needs from one Playwright test, as plain data: the reporter
 * converts TestCase + TestResult into this (toTestRecord.ts) so that every rule of
 * status derivation is a pure function that self-tests can feed directly.
 */
import type { TranscriptEntry } from '../client/types';
import type { AttachmentPayloads } from './readAttachments';

/** Playwright's final verdict on a test across retries (`TestCase.outcome()`). */
export type TestOutcome = 'expected' | 'unexpected' | 'flaky' | 'skipped';

/** The test's facts; the `rcc-*` payloads (AttachmentPayloads) are those of the final attempt. */
export interface TestRecord extends AttachmentPayloads {
  /** Playwright's test id. */
  id: string;
  /** The test's own title (what `--grep` matches and the report shows). */
  title: string;
  outcome: TestOutcome;
  /** Rule ids from `rule` annotations, deduplicated. */
  rules: string[];
  /** Rules whose documented call held as a precondition of the test (passed checks, whatever the outcome). */
  preconditionsHeld: string[];
  /** Reason from the `inconclusive` annotation, when the target could not answer. */
  inconclusive?: string;
  /** Why the test was skipped (skip/fixme annotation, or the run was interrupted). */
  skipReason?: string;
  /** The first error of the final attempt, ANSI codes removed. */
  errorMessage?: string;
  /** Exchanges of every attempt (the traffic); `transcript` holds the final attempt's (the evidence). */
  trafficTranscript: TranscriptEntry[];
}
