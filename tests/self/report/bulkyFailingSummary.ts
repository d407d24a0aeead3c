/**
 * A failing run at the size that made the old report about 190,000 px tall: two failed rules
 * (one a shrunk stateful sequence) carrying 500 recorded calls between them, long one-line
 * answers, and every other section full (passed and skipped rules, observations, limits,
 * error codes, a target profile, traffic).
 */
import type { TranscriptEntry } from '../../../lib/client/types';
import type { RuleResult, Summary, TargetProfileEntry } from '../../../lib/report/types';
import { exchange, syntheticSummary } from './syntheticSummary';

export const BULKY_EXCHANGES_PER_FAILURE = 250;

const PAGE = 'https://www.tencentcloud.com/document/product/1047/';

export function bulkyFailingSummary(): Summary {
  const base = syntheticSummary();
  const [rename, marks, ...rest] = base.rules as [RuleResult, RuleResult, ...RuleResult[]];
  const groupItems = (names: string[]) => JSON.stringify({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '', GroupItem: names.map((GroupName, i) => ({ GroupName, GroupId: i + 1, ContactItem: [{ Type: 1, To_Account: `rcc_run_peer${i}` }] })) });
  const names = Array.from({ length: 20 }, (_, i) => `group-${i}`);
  const failedRename: RuleResult = {
    ...rename,
    evidence: [{ ...rename.evidence![0]!, exchanges: calls('recentcontact/update_contact_group', 1), curl: curls('recentcontact/update_contact_group') }],
  };
  const failedMarks: RuleResult = {
    ...marks,
    evidence: [
      {
        ...marks.evidence![0]!,
        expected: `step 11 final ReadBack(A): search_contact_group GroupItem: ${groupItems(names)}`,
        actual: groupItems(names.map((n, i) => (i === 13 ? 'group-13-renamed-twice' : n))),
        exchanges: calls('recentcontact/mark_contact', 1000),
        curl: curls('recentcontact/mark_contact'),
        sequence: {
          commands: Array.from({ length: 12 }, (_, i) => (i === 11 ? 'ReadBack(A)' : `SetMark(A, c2c#${i}, [${i}, ${i + 31}])`)),
          divergingStep: 11,
          seed: 42,
          path: '7:3:0:1',
          family: 'marks',
          replay: 'CHAT_SEED=42 CHAT_PATH=7:3:0:1 CHAT_REPLAY_PATH=CDAAB npm run conformance -- --grep "stateful: random SetMark/ClearMark bits"',
        },
      },
    ],
  };
  const passed = Array.from({ length: 70 }, (_, i): RuleResult => ({
    id: `update.passed-rule.${i}`,
    endpoint: i % 2 ? 'recentcontact/update_contact_group' : 'recentcontact/search_contact_group',
    title: `passed rule number ${i} with a title as long as the catalogue's`,
    source: { title: 'Updating Conversation Group Data', url: `${PAGE}53439`, quote: 'The group name can contain up to 64 bytes. '.repeat(3) },
    status: 'passed',
    detail: '',
    tests: [`test ${i}`],
  }));
  const skipped = Array.from({ length: 6 }, (_, i): RuleResult => ({ ...passed[i]!, id: `stateful.skipped.${i}`, status: 'skipped', detail: 'not exercised by this run' }));
  return {
    ...base,
    requests: 7_400,
    fidelity: { passed: 71, applicable: 73 },
    rules: [failedRename, failedMarks, ...rest, ...skipped, ...passed],
    observations: Array.from({ length: 20 }, (_, i) => ({ ...base.observations[0]!, id: `observation.${i}`, seen: i + 1 })),
    limits: Array.from({ length: 10 }, (_, i) => ({ ...base.limits[0]!, rule: `limit.rule.${i}` })),
    errorCodes: Array.from({ length: 100 }, (_, i) => ({ ...base.errorCodes[i % 2]!, code: 51000 + i })),
    targetProfile: PROFILE,
    traffic: { perEndpoint: Array.from({ length: 10 }, (_, i) => ({ ...base.traffic.perEndpoint[0]!, api: `recentcontact/api_${i}` })) },
  };
}

/** Calls of a failing test: a setup import, then calls to `api` (last the one that diverged). */
function calls(api: string, firstSeq: number): TranscriptEntry[] {
  const body = JSON.stringify({ From_Account: 'rcc_run_a', MarkItem: Array.from({ length: 8 }, (_, i) => ({ OptType: 1, ContactItem: { Type: 1, To_Account: `rcc_run_peer${i}` }, SetMark: [i, i + 31] })) });
  return Array.from({ length: BULKY_EXCHANGES_PER_FAILURE }, (_, i) =>
    exchange({ seq: firstSeq + i, api: i === 0 ? 'im_open_login_svc/multiaccount_import' : api, url: `http://127.0.0.1:9/v4/${api}?sdkappid=1400000000&identifier=administrator&usersig=<redacted>&random=${i}&contenttype=json`, requestBody: body }),
  );
}

function curls(api: string): string[] {
  return Array.from({ length: BULKY_EXCHANGES_PER_FAILURE }, (_, i) => `curl -sS -X POST 'http://127.0.0.1:9/v4/${api}?sdkappid=1400000000&identifier=administrator&usersig='"$USERSIG"'&random=${i}&contenttype=json' -H 'Content-Type: application/json' --data-raw '{"From_Account":"rcc_run_a","MarkItem":[{"OptType":1,"ContactItem":{"Type":1,"To_Account":"rcc_run_peer0"},"SetMark":[0,31]}]}'`);
}

const PROFILE: TargetProfileEntry[] = [
  { choice: 'standardMarkBitOrder', gap: 'The documents do not say which end of StandardMark is bit 0.', values: ['msb-first'], scope: 'fixed', tests: ['observes the bit order'] },
  { choice: 'duplicateNameOnCreate', gap: 'The documents do not say what creating a taken group name does.', values: ['50002'], scope: 'fixed', tests: ['creates a duplicate name'] },
  { choice: 'itemOrder', gap: 'The documents do not say in which order batch results come back.', values: ['request-order', 'reverse'], scope: 'per-request', tests: ['stateful: rename chains', 'stateful: add/remove churn'] },
];
