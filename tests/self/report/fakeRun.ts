/**
 * Fake Playwright objects for driving the reporters without running Playwright:
 * just the fields the reporters read, cast at the edge.
 */
import type { FullConfig, FullResult, Suite, TestCase, TestResult } from '@playwright/test/reporter';
import type { TranscriptEntry } from '../../../lib/client/types';
import type { ReportInputs } from '../../../lib/report/loadReportInputs';
import { toCurl } from '../../../lib/client/toCurl';
import type { RuleDefinition } from '../../../lib/rules/types';

export type Outcome = 'expected' | 'unexpected' | 'flaky' | 'skipped';

export interface FakeAttempt {
  status: TestResult['status'];
  annotations?: { type: string; description?: string }[];
  /** Attachments as name → JSON payload. */
  attach?: [string, unknown][];
  error?: string;
}

export interface FakeTest {
  test: TestCase;
  results: TestResult[];
}

let nextId = 0;

/** A TestCase whose `outcome()` is `outcome` and whose attempts are `attempts` (in order). */
export function fakeTest(title: string, outcome: Outcome, attempts: FakeAttempt[], rules: string[] = []): FakeTest {
  const results = attempts.map((a, retry) => ({
    status: a.status,
    retry,
    annotations: a.annotations ?? [],
    attachments: (a.attach ?? []).map(([name, payload]) => ({ name, contentType: 'application/json', body: Buffer.from(JSON.stringify(payload)) })),
    errors: a.error ? [{ message: a.error }] : [],
  })) as unknown as TestResult[];
  const test = {
    id: `t${nextId++}`,
    title,
    retries: attempts.length - 1,
    annotations: rules.map((id) => ({ type: 'rule', description: id })),
    results,
    outcome: () => outcome,
  } as unknown as TestCase;
  return { test, results };
}

export function rule(id: string, endpoint: RuleDefinition['endpoint'] = 'recentcontact/update_contact_group'): RuleDefinition {
  return { id, endpoint, title: `title of ${id}`, source: { title: 'Updating Conversation Group Data', url: 'https://www.tencentcloud.com/document/product/1047/53439', quote: `quote of ${id}` } };
}

export function stubInputs(rules: RuleDefinition[], overrides: Partial<ReportInputs> = {}): () => Promise<ReportInputs> {
  return async () => ({
    rules,
    documentedErrorCodes: [
      { code: 51011, endpoint: 'recentcontact/update_contact_group', meaning: 'group name too long' },
      { code: 70001, endpoint: 'public', meaning: 'UserSig expired' },
    ],
    specHash: 'spec-hash-stub',
    suiteVersion: '9.9.9',
    toCurl,
    problems: [],
    ...overrides,
  });
}

export function fakeSuite(tests: FakeTest[]): Suite {
  return { allTests: () => tests.map((t) => t.test) } as unknown as Suite;
}

export const fakeConfig = {} as FullConfig;

export function fullResult(status: FullResult['status']): FullResult {
  return { status, startTime: new Date('2026-01-01T00:00:00Z'), duration: 1234 };
}

export function entry(overrides: Partial<TranscriptEntry> = {}): TranscriptEntry {
  return {
    seq: 1,
    api: 'recentcontact/update_contact_group',
    url: 'http://127.0.0.1:9/v4/recentcontact/update_contact_group?sdkappid=1&identifier=admin&usersig=<redacted>&random=1&contenttype=json',
    requestBody: '{"From_Account":"rcc_a"}',
    httpStatus: 200,
    responseBody: '{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}',
    startedAt: '2026-01-01T00:00:00.000Z',
    elapsedMs: 10,
    attempts: 1,
    outcome: 'answered',
    schemaErrors: [],
    ...overrides,
  };
}
