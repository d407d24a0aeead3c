/**
 * A synthetic Summary with one of everything the HTML report shows: a failed rule
 * with exchanges (one response carrying a `<script>`), a stateful failure, observations,
 * limits, error codes and traffic.
 */
import type { TranscriptEntry } from '../../../lib/client/types';
import type { Summary } from '../../../lib/report/types';

export const SCRIPT_BODY = '{"ActionStatus":"FAIL","ErrorCode":51011,"ErrorInfo":"<script>alert(1)</script>"}';

export function exchange(overrides: Partial<TranscriptEntry> = {}): TranscriptEntry {
  return {
    seq: 1,
    api: 'recentcontact/update_contact_group',
    url: 'http://127.0.0.1:9/v4/recentcontact/update_contact_group?sdkappid=1400000000&identifier=administrator&usersig=<redacted>&random=7&contenttype=json',
    requestBody: '{"From_Account":"rcc_a","UpdateType":2,"UpdateGroup":{"UpdateGroupType":1,"OldName":"g","NewName":"x"}}',
    httpStatus: 200,
    responseBody: SCRIPT_BODY,
    startedAt: '2026-01-01T00:00:00.000Z',
    elapsedMs: 12,
    attempts: 1,
    outcome: 'answered',
    schemaErrors: [],
    ...overrides,
  };
}

export function syntheticSummary(overrides: Partial<Summary> = {}): Summary {
  return {
    target: 'embedded mock',
    sdkAppId: 1400000000,
    suiteVersion: '0.1.0',
    specHash: 'abc123def456',
    seed: 42,
    startedAt: '2026-01-01T00:00:00.000Z',
    durationMs: 4321,
    verdict: 'fail',
    requests: 17,
    fidelity: { passed: 1, applicable: 3 },
    rules: [
      {
        id: 'update.rename.name-too-long.51011',
        endpoint: 'recentcontact/update_contact_group',
        title: 'rejects a 65-byte group name with 51011',
        source: { title: 'Updating Conversation Group Data', url: 'https://www.tencentcloud.com/document/product/1047/53439', quote: 'The group name can contain up to 64 bytes.' },
        status: 'failed',
        detail: 'expected ErrorCode 51011, got 0',
        tests: ['rejects a 65-byte group name with 51011'],
        evidence: [
          {
            test: 'rejects a 65-byte group name with 51011',
            expected: 'ErrorCode 51011',
            actual: 'ErrorCode 0 <b>bold</b>',
            exchanges: [exchange()],
            curl: ["curl -sS -X POST 'http://127.0.0.1:9/v4/recentcontact/update_contact_group?usersig='\"$USERSIG\"'' --data-raw '{}'"],
            replay: 'npm run conformance -- --grep "rejects a 65-byte group name with 51011"',
          },
        ],
      },
      {
        id: 'mark.clear.removes-bits',
        endpoint: 'recentcontact/mark_contact',
        title: 'clearing a mark removes it',
        source: { title: 'Creating or Updating Conversation Mark Data', url: 'https://www.tencentcloud.com/document/product/1047/53438', quote: 'ClearMark: the marks to clear.' },
        status: 'failed',
        detail: 'search still finds the cleared mark',
        tests: ['model-based: marks agree with the model'],
        evidence: [
          {
            test: 'model-based: marks agree with the model',
            expected: 'no contact with mark 3',
            actual: 'contact c2c:rcc_b still has mark 3',
            exchanges: [exchange({ seq: 2, api: 'recentcontact/mark_contact', responseBody: '{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}' })],
            curl: ["curl -sS -X POST 'http://127.0.0.1:9/v4/recentcontact/mark_contact' --data-raw '{}'"],
            replay: 'npm run conformance -- --grep "model-based: marks agree with the model"',
            sequence: { commands: ['setMark(b, 3)', 'clearMark(b, 3)', 'search(3)'], divergingStep: 2, seed: 42, path: '0:1:1', family: 'marks', replay: 'CHAT_SEED=42 CHAT_PATH=0:1:1 npm run conformance -- --grep "marks agree"' },
          },
        ],
      },
      {
        id: 'del.group.removes.0',
        endpoint: 'recentcontact/del_contact_group',
        title: 'deletes a group',
        source: { title: 'Deleting Conversation Group Data', url: 'https://www.tencentcloud.com/document/product/1047/53441', quote: 'Deletes conversation groups.' },
        status: 'passed',
        detail: '',
        tests: ['deletes a group'],
      },
      {
        id: 'search.by-mark.inconclusive',
        endpoint: 'recentcontact/search_contact_group',
        title: 'finds by mark',
        source: { title: 'Searching for Conversation Group Marks', url: 'https://www.tencentcloud.com/document/product/1047/53442', quote: 'Search by mark.' },
        status: 'inconclusive',
        detail: 'retries exhausted (70169)',
        tests: ['finds by mark'],
      },
    ],
    observations: [{ id: 'standard-mark.bit-order', endpoint: 'recentcontact/mark_contact', question: 'Which bit order does StandardMark use?', observed: 'bit 0 is the rightmost character', test: 'observes the bit order' }],
    limits: [
      {
        rule: 'update.rename.name-too-long.51011',
        limit: 'group name ≤ 64 bytes',
        tried: [
          { value: '63 bytes', expected: 'OK', actual: 'OK', ok: true },
          { value: '64 bytes', expected: 'OK', actual: 'OK', ok: true },
          { value: '65 bytes', expected: '51011', actual: 'OK', ok: false },
        ],
      },
    ],
    errorCodes: [
      { code: 51011, endpoint: 'recentcontact/update_contact_group', meaning: 'group name too long', triggered: true, how: 'rename to 65 bytes', answeredAsDocumented: false },
      { code: 70001, endpoint: 'public', meaning: 'UserSig expired', triggered: false },
    ],
    traffic: {
      perEndpoint: [
        { api: 'recentcontact/update_contact_group', requests: 10, p50: 5, p95: 9, p99: 12, retries: 1, inconclusive: 0 },
        { api: 'recentcontact/mark_contact', requests: 7, p50: 4, p95: 8, p99: 8, retries: 0, inconclusive: 1 },
      ],
    },
    cleanupFailures: [],
    ...overrides,
  };
}
