/**
 * How a conformance test tells the reporters what it checked and saw.
 * Tests write these through the fixtures (tests/conformance/fixtures.ts);
 * SummaryReporter reads them. Keep both sides on these names.
 *
 * Annotations:
 * - `{ type: 'rule', description: ruleId }`: the test checks this rule (one or more).
 * - `{ type: 'precondition-held', description: ruleId }`: a documented call the test built
 *   on worked (e.g. creating a fresh user's group). A passed check of that rule whatever
 *   else the test finds; when such a call fails, the test names the rule with `rule` and
 *   attaches an `rcc-failure` for it instead.
 * - `{ type: 'inconclusive', description: reason }`: set before `test.skip()` when the
 *   target could not give an answer (retries exhausted, timeouts). Reported as inconclusive.
 *
 * JSON attachments (contentType application/json), one or more per test:
 */
export const ATTACHMENT = {
  /** TranscriptEntry[]: every call the test made, already redacted. */
  transcript: 'rcc-transcript',
  /** Observation: undocumented behaviour seen. */
  observation: 'rcc-observation',
  /** LimitProbe: a documented limit and the values tried. */
  limit: 'rcc-limit',
  /** ErrorCodeProbe: a documented error code the test tried to trigger. */
  errorCode: 'rcc-error-code',
  /** FailureDetail: expected vs actual, and for stateful tests the shrunk sequence. */
  failure: 'rcc-failure',
} as const;

export const ANNOTATION = { rule: 'rule', inconclusive: 'inconclusive', preconditionHeld: 'precondition-held' } as const;

/** Payload of an `rcc-error-code` attachment. */
export interface ErrorCodeProbe {
  code: number;
  endpoint: string;
  /** How the test tried to trigger it, e.g. `create a 21st group`. */
  how: string;
  /** What came back, e.g. `ErrorCode 51010` or `ResultCode 51007`. */
  answered: string;
  answeredAsDocumented: boolean;
}

/** Payload of an `rcc-failure` attachment. */
export interface FailureDetail {
  rule?: string;
  expected: string;
  actual: string;
  sequence?: { commands: string[]; divergingStep: number; seed: number; path: string; family: string; replay: string };
}
