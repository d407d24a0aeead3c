/**
 * The ONE fixtures module of the conformance suite (library-notes.md §1.6 rule 9).
 * Every spec, the stateful ones included, imports `test` and `expect` from here.
 *
 * Worker fixtures: `config`, `target`, `runPrefix`, `client` (the guarded ChatClient).
 * Test fixtures: `rule`, `observe`, `call`, `checkRule`, `probeErrorCode`, `probeLimit`,
 * `newUser`, `newUsers`, `newChatGroup`, `readAll`, `standardMarkOrder`.
 *
 * Annotations and attachments follow lib/report/protocol.ts.
 */
import { describeChoice } from '../../lib/oracle/describeChoice';
import { test as base, expect } from '@playwright/test';
import type { TestInfo } from '@playwright/test';
import { ChatClient } from '../../lib/client/ChatClient';
import { ServerErrorPolicy } from '../../lib/client/ServerErrorPolicy';
import { isServerErrorVerdict } from '../../lib/client/serverErrorVerdict';
import { Transcript } from '../../lib/client/Transcript';
import { ANNOTATION, ATTACHMENT } from '../../lib/report/protocol';
import type { ErrorCodeProbe } from '../../lib/report/protocol';
import type { LimitProbe } from '../../lib/report/types';
import { reportsDir } from '../../lib/report/reportsDir';
import { createSchemaValidator } from '../../lib/spec/createSchemaValidator';
import { ruleById } from '../../lib/rules/catalogue';
import { cleanupResources } from './support/cleanupResources';
import { noteAttempts } from './support/answeredAfterRetry';
import { describeAssertionFailure } from './support/describeAssertionFailure';
import { envelopeViolations } from './support/envelopeViolations';
import { GuardedClient } from './support/GuardedClient';
import { readAllPages } from './support/readAllPages';
import { searchControl } from './support/searchControl';
import { serverErrorViolations } from './support/serverErrorViolations';
import type { UserState } from './support/readAllPages';
import { ResourceLedger } from './support/ResourceLedger';
import { describeRejection, rejectionOf } from './support/rejectionOf';
import { c2c } from './support/contacts';
import { bitsOf, inferBitOrder } from './support/standardMark';
import type { BitOrder } from './support/standardMark';
import { loadSuiteConfig } from './support/loadSuiteConfig';
import type { ConformanceFixtures, ErrorCodeAttempt, InternalFixtures, LimitRecorder, TargetInfo, WorkerFixtures } from './support/fixtureTypes';

export { expect };
export type { UserState, BitOrder };

export type { ConformanceFixtures, ErrorCodeAttempt, LimitRecorder, TargetInfo, WorkerFixtures };

const runId = () => process.env.RCC_RUN_ID ?? 'local';
let userSeq = 0;
let cachedOrder: BitOrder | undefined;

function attachJson(testInfo: TestInfo, name: string, payload: unknown): Promise<void> {
  return testInfo.attach(name, { body: JSON.stringify(payload), contentType: 'application/json' });
}

function failWith(testInfo: TestInfo, rule: string | undefined, expected: string, actual: string): never {
  if (rule && !testInfo.annotations.some((a) => a.type === ANNOTATION.rule && a.description === rule)) {
    testInfo.annotations.push({ type: ANNOTATION.rule, description: rule });
  }
  void attachJson(testInfo, ATTACHMENT.failure, { ...(rule && { rule }), expected, actual });
  throw new Error(`${rule ? `[${rule}] ` : ''}expected ${expected}, got ${actual}`);
}

export const test = base.extend<ConformanceFixtures & InternalFixtures, WorkerFixtures>({
  config: [
    async ({}, use) => {
      await use(loadSuiteConfig());
    },
    { scope: 'worker' },
  ],
  target: [
    async ({ config }, use) => {
      const baseUrl = process.env.RCC_TARGET_URL ?? (config.target.kind === 'remote' ? config.target.baseUrl : undefined);
      if (!baseUrl) throw new Error('RCC_TARGET_URL is not set: run the suite with `npm run conformance` (globalSetup starts the embedded mock)');
      await use({ baseUrl, label: process.env.RCC_TARGET_LABEL ?? new URL(baseUrl).host, embedded: config.target.kind === 'embedded' });
    },
    { scope: 'worker' },
  ],
  runPrefix: [
    async ({}, use, workerInfo) => {
      await use(`rcc_${runId()}_w${workerInfo.workerIndex}_`);
    },
    { scope: 'worker' },
  ],
  transcript: [
    async ({ config }, use) => {
      await use(new Transcript({ secrets: [config.secretKey] }));
    },
    { scope: 'worker' },
  ],
  ledger: [
    async ({}, use) => {
      await use(new ResourceLedger({ dir: reportsDir(), runId: runId() }));
    },
    { scope: 'worker' },
  ],
  client: [
    async ({ config, target, transcript }, use) => {
      const validator = createSchemaValidator({ nameMaxBytes: config.nameMaxBytes });
      const inner = new ChatClient({
        baseUrl: target.baseUrl,
        sdkAppId: config.sdkAppId,
        admin: config.admin,
        secretKey: config.secretKey,
        rateLimit: config.rateLimit,
        timeoutMs: config.timeoutMs,
        validator,
        transcript,
      });
      const guarded = new GuardedClient(inner, { prefix: `rcc_${runId()}_` });
      // A 5xx that repeats on one request while the control call is answered OK fails the rule (ServerErrorPolicy.ts).
      await use(new ServerErrorPolicy(guarded, { control: searchControl(guarded) }));
      await inner.close();
    },
    { scope: 'worker' },
  ],

  rule: async ({}, use, testInfo) => {
    await use((...ids) => {
      for (const id of ids) {
        if (!ruleById(id)) throw new Error(`rule "${id}" is not in lib/rules/catalogue.ts`);
        testInfo.annotations.push({ type: ANNOTATION.rule, description: id });
      }
    });
  },
  observe: async ({}, use, testInfo) => {
    await use(({ choice, ...observation }) => {
      void attachJson(testInfo, ATTACHMENT.observation, { ...observation, test: testInfo.title });
      if (choice !== undefined) void attachJson(testInfo, ATTACHMENT.observation, { ...describeChoice(choice.name, [choice.value]), test: testInfo.title });
    });
  },
  envelopeCall: async ({ client, config, transcript }, use, testInfo) => {
    transcript.clear();
    const validator = createSchemaValidator({ nameMaxBytes: config.nameMaxBytes });
    await use(async (api, body, options) => {
      if (!options?.invalidOnPurpose && options?.rawBody === undefined) {
        const request = validator.validateRequest(api, body);
        if (!request.valid) throw new Error(`suite bug: request to ${api} breaks the spec: ${request.errors.join('; ')}`);
      }
      const outcome = await client.call(api, body, options);
      if (outcome.kind === 'inconclusive') {
        const reason = `${api}: ${outcome.reason}`;
        testInfo.annotations.push({ type: ANNOTATION.inconclusive, description: reason });
        base.skip(true, `inconclusive: ${reason}`);
        throw new Error('unreachable: test.skip throws');
      }
      const violations = isServerErrorVerdict(outcome)
        ? serverErrorViolations(api, outcome, testInfo.annotations.filter((a) => a.type === ANNOTATION.rule).map((a) => a.description ?? ''))
        : envelopeViolations(api, outcome);
      if (violations.length > 0) {
        for (const v of violations.slice(1)) void attachJson(testInfo, ATTACHMENT.failure, v);
        const first = violations[0]!;
        failWith(testInfo, first.rule, first.expected, `${first.actual} (from ${api})`);
      }
      if (outcome.kind !== 'answered') throw new Error('unreachable: malformed answers are violations');
      noteAttempts(outcome.body, outcome.attempts);
      return outcome.body;
    });
    const entries = transcript.entries();
    if (entries.length > 0) await attachJson(testInfo, ATTACHMENT.transcript, entries);
  },
  schemaCheck: async ({ config }, use, testInfo) => {
    const validator = createSchemaValidator({ nameMaxBytes: config.nameMaxBytes });
    await use((api, body) => {
      const response = validator.validateResponse(api, body);
      if (!response.valid) failWith(testInfo, 'envelope.response-schema', `a ${api} response matching the spec`, response.errors.slice(0, 5).join('; '));
    });
  },
  call: async ({ envelopeCall, schemaCheck }, use) => {
    await use(async (api, body, options) => {
      const answer = await envelopeCall(api, body, options);
      schemaCheck(api, answer);
      return answer;
    });
  },
  checkRule: async ({}, use, testInfo) => {
    await use(async (ruleId, expected, assertions) => {
      try {
        return await assertions();
      } catch (error) {
        if ((error as Error).message.startsWith('[')) throw error; // already attributed by call()
        const actual = describeAssertionFailure(error);
        if (!testInfo.annotations.some((a) => a.type === ANNOTATION.rule && a.description === ruleId)) {
          testInfo.annotations.push({ type: ANNOTATION.rule, description: ruleId });
        }
        await attachJson(testInfo, ATTACHMENT.failure, { rule: ruleId, expected, actual });
        throw error;
      }
    });
  },
  probeErrorCode: async ({ envelopeCall, schemaCheck, checkRule }, use, testInfo) => {
    await use(async (attempt) => {
      // The code is judged before the schema, so a wrong answer fails the rule it breaks first.
      const body = await envelopeCall(attempt.api, attempt.body, attempt.options);
      const rejection = rejectionOf(attempt.api, body);
      const accepted = [attempt.code, ...(attempt.alsoAccept ?? [])];
      const asDocumented = rejection.codes.some((code) => accepted.includes(code));
      const probe: ErrorCodeProbe = { code: attempt.code, endpoint: attempt.api, how: attempt.how, answered: describeRejection(rejection), answeredAsDocumented: asDocumented };
      await attachJson(testInfo, ATTACHMENT.errorCode, probe);
      if (attempt.assert !== false) {
        await checkRule(attempt.rule, `${accepted.join(' or ')} when we ${attempt.how}`, () => {
          expect(asDocumented, `${attempt.how}: expected ${accepted.join(' or ')} (top level or per item), got ${describeRejection(rejection)}`).toBe(true);
        });
      }
      schemaCheck(attempt.api, body);
      return body;
    });
  },
  probeLimit: async ({}, use, testInfo) => {
    const probes: LimitProbe[] = [];
    await use((rule, limit) => {
      const probe: LimitProbe = { rule, limit, tried: [] };
      probes.push(probe);
      return { record: (value, expected, actual, ok) => void probe.tried.push({ value, expected, actual, ok }) };
    });
    for (const probe of probes) await attachJson(testInfo, ATTACHMENT.limit, probe);
  },

  newUsers: async ({ client, call, runPrefix, ledger, target }, use, testInfo) => {
    const users: string[] = [];
    const chatGroups: string[] = [];
    await use(async (count) => {
      const ids = Array.from({ length: count }, () => `${runPrefix}u${++userSeq}`);
      for (const id of ids) ledger.created('user', id);
      users.push(...ids);
      const body = await call('im_open_login_svc/multiaccount_import', { Accounts: ids });
      const failed = Array.isArray(body.FailAccounts) ? body.FailAccounts : [];
      if (body.ErrorCode !== 0 || failed.length > 0) throw new Error(`fixture: multiaccount_import failed: ErrorCode ${body.ErrorCode}, FailAccounts ${JSON.stringify(failed)}`);
      return ids;
    });
    const failures = await cleanupResources(client, { users, chatGroups }, { removed: (kind, id) => ledger.removed(kind, id), deleteContactGroups: !target.embedded });
    if (failures.length > 0 && !target.embedded) await attachJson(testInfo, 'rcc-cleanup', failures);
  },
  newUser: async ({ newUsers }, use) => {
    await use(async () => (await newUsers(1))[0]!);
  },
  // Depends on newUsers so chat groups are destroyed before their owners are deleted.
  newChatGroup: async ({ client, call, ledger, target, newUsers: _users }, use, testInfo) => {
    const groups: string[] = [];
    await use(async ({ owner, members = [] }) => {
      const body = await call('group_open_http_svc/create_group', {
        Owner_Account: owner,
        Type: 'Public',
        Name: 'rcc group',
        ...(members.length > 0 && { MemberList: members.map((Member_Account) => ({ Member_Account })) }),
      });
      if (body.ErrorCode !== 0 || typeof body.GroupId !== 'string') throw new Error(`fixture: create_group failed: ErrorCode ${body.ErrorCode} ${body.ErrorInfo}`);
      groups.push(body.GroupId);
      ledger.created('chat-group', body.GroupId);
      return body.GroupId;
    });
    const failures = await cleanupResources(client, { users: [], chatGroups: groups }, { removed: (kind, id) => ledger.removed(kind, id) });
    if (failures.length > 0 && !target.embedded) await attachJson(testInfo, 'rcc-cleanup', failures);
  },
  readAll: async ({ call }, use) => {
    await use(async (user) => {
      const read = await readAllPages((page) => call('recentcontact/get_contact_group', page), user);
      if (!read.ok) throw new Error(read.error);
      return read.state;
    });
  },
  standardMarkOrder: async ({ call, newUser, checkRule }, use) => {
    await use(async () => {
      if (cachedOrder) return cachedOrder;
      const user = await newUser();
      const contact = c2c(`${user}p0`);
      await call('recentcontact/mark_contact', { From_Account: user, MarkItem: [{ OptType: 1, ContactItem: contact, SetMark: [1] }] });
      const found = await call('recentcontact/search_contact_group', { From_Account: user, ContactItem: [contact] });
      const item = (found.ContactResultItem as { StandardMark?: string }[] | undefined)?.[0];
      const mark = item?.StandardMark ?? '';
      const order = inferBitOrder(mark);
      await checkRule('mark.bit-order.consistent', 'a bit string with exactly bit 1 set ("10" msb-first or "01…" lsb-first)', () => {
        expect(order, `StandardMark after SetMark [1] was ${JSON.stringify(mark)}`).toBeDefined();
        expect(bitsOf(mark, order!)).toEqual([1]);
      });
      cachedOrder = order!;
      return cachedOrder;
    });
  },
});
