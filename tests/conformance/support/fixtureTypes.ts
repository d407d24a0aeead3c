/**
 * The types of the conformance fixtures (fixtures.ts): what a spec can ask for.
 */
import type { ChoiceName } from '../../../lib/model/types';
import type { ApiPath } from '../../../lib/apis';
import type { Transcript } from '../../../lib/client/Transcript';
import type { CallOptions, ChatClientLike, Envelope } from '../../../lib/client/types';
import type { SuiteConfig } from '../../../lib/config/types';
import type { Observation } from '../../../lib/report/types';
import type { UserState } from './readAllPages';
import type { ResourceLedger } from './ResourceLedger';
import type { BitOrder } from './standardMark';

/** Where the workers send their calls (set by globalSetup.ts). */
export interface TargetInfo {
  baseUrl: string;
  /** Host only, or `embedded mock`. */
  label: string;
  embedded: boolean;
}

/** An error code the test tries to trigger; see {@link ConformanceFixtures.probeErrorCode}. */
export interface ErrorCodeAttempt {
  rule: string;
  api: ApiPath;
  body: unknown;
  /** The documented code. */
  code: number;
  /** Other codes the docs allow for the same case (e.g. 50003 for 60010). @defaultValue [] */
  alsoAccept?: number[];
  /** How the test triggers it, e.g. `create a 21st group`. */
  how: string;
  options?: CallOptions;
  /**
   * Fail the test unless the code came back. `false` only records the probe, for
   * cases where the docs name no code and any rejection counts. @defaultValue true
   */
  assert?: boolean;
}

/** Records one documented limit and the values tried against it; attached when the test ends. */
export interface LimitRecorder {
  record(value: string, expected: string, actual: string, ok: boolean): void;
}

export interface ConformanceFixtures {
  /** Names the catalogue rules this test checks (annotations `rule`). Unknown ids are a suite bug. */
  rule: (...ids: string[]) => void;
  /** Records undocumented behaviour: never a failure. `test` is filled in. */
  /**
   * Records undocumented behaviour. With `choice`, what was seen is also the value of that choice
   * point of lib/model/choicePoints.ts, recorded as `choice.<name>`: the run's target profile, the
   * same store the stateful oracle's pinned choices go to.
   */
  observe: (observation: Omit<Observation, 'test'> & { choice?: { name: ChoiceName; value: unknown } }) => void;
  /**
   * client.call plus the envelope and schema invariants. Returns the envelope;
   * throws a readable error (with an `rcc-failure` naming the broken rule) on a
   * malformed or invalid answer; marks the test inconclusive and skips it when
   * the target gave no answer.
   */
  call: (api: ApiPath, body: unknown, options?: CallOptions) => Promise<Envelope>;
  /** Runs assertions; when they throw, attaches an `rcc-failure` for `ruleId` so only that rule fails. */
  checkRule: <T>(ruleId: string, expected: string, assertions: () => T | Promise<T>) => Promise<T>;
  /** Sends a request that should fail with `code` (top level or per item) and records an `rcc-error-code`. */
  probeErrorCode: (attempt: ErrorCodeAttempt) => Promise<Envelope>;
  /** Starts an `rcc-limit` record for `rule`. */
  probeLimit: (rule: string, limit: string) => LimitRecorder;
  /** Imports a fresh user under the run prefix; deleted at teardown. */
  newUser: () => Promise<string>;
  /** Imports `count` fresh users in one multiaccount_import call. */
  newUsers: (count: number) => Promise<string[]>;
  /** A chat group (create_group, Public) owned by `owner` with `members`; destroyed at teardown. */
  newChatGroup: (options: { owner: string; members?: string[] }) => Promise<string>;
  /** A user's whole state via paged get_contact_group; fails the test when paging breaks. */
  readAll: (user: string) => Promise<UserState>;
  /** The StandardMark character order, inferred once per worker (notes §2.4). */
  standardMarkOrder: () => Promise<BitOrder>;
}

/** Building blocks of `call`, for probes that judge the error code before the schema. */
export interface InternalFixtures {
  /** client.call plus the envelope invariants (no schema check). */
  envelopeCall: ConformanceFixtures['call'];
  /** Fails the test (rule envelope.response-schema) when `body` does not match the spec. */
  schemaCheck: (api: ApiPath, body: Envelope) => void;
}

export interface WorkerFixtures {
  config: SuiteConfig;
  target: TargetInfo;
  /** `rcc_<runid>_w<worker>_`: every account this worker writes starts with it. */
  runPrefix: string;
  /** The guarded ChatClient shared by the worker's tests. */
  client: ChatClientLike;
  /** The worker's transcript (the client records into it). */
  transcript: Transcript;
  /** The run's resource ledger (for interrupted-run sweeps). */
  ledger: ResourceLedger;
}
