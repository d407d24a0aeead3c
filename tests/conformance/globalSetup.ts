/**
 * Global setup of the conformance project (playwright.config.ts `globalSetup`).
 *
 * - Embedded target: starts the reference mock in-process on 127.0.0.1:0 with the
 *   CONFIG's credentials and limits (so a canary secret works end to end) plus the
 *   CHAT_MOCK_* extras, and tells the workers its URL (RCC_TARGET_URL, RCC_TARGET_LABEL).
 * - Remote target: passes the base URL on and labels it by host only (no credentials,
 *   no query: lib/report/types.ts Summary.target).
 * - Returns the teardown: sweeps whatever an interrupted worker left in the run's
 *   resource ledger (remote only), then closes the mock.
 *
 * The only file of tests/conformance that may import mock/ (docs/architecture.md).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ChatClient } from '../../lib/client/ChatClient';
import { reportsDir } from '../../lib/report/reportsDir';
import { startMockServer } from '../../mock/startMockServer';
import { cleanupResources } from './support/cleanupResources';
import { embeddedMockOptions } from './support/embeddedMockOptions';
import { GuardedClient } from './support/GuardedClient';
import { loadSuiteConfig } from './support/loadSuiteConfig';
import { mockExtrasFromEnv } from './support/mockExtrasFromEnv';
import { newRunId } from './support/newRunId';
import { ResourceLedger } from './support/ResourceLedger';

/** Playwright calls this once before the workers start. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const config = loadSuiteConfig();
  process.env.RCC_RUN_ID ??= newRunId();
  const runId = process.env.RCC_RUN_ID;

  if (config.target.kind === 'embedded') {
    const extras = mockExtrasFromEnv(process.env);
    if (!extras.ok) throw new Error(extras.error);
    const options = embeddedMockOptions(config, extras.options);
    const mock = await startMockServer({ port: 0, ...options });
    // The truth about the drawn run-wide choices, to compare with the report's learned target profile.
    if (options.preset === 'chaos') console.log(`chaos: fixed choices ${JSON.stringify(mock.fixedChoices())} (seed ${options.chaosSeed})`);
    process.env.RCC_TARGET_URL = mock.url;
    process.env.RCC_TARGET_LABEL = 'embedded mock';
    return async () => {
      await mock.close();
      // The mock's state dies with it: nothing to sweep.
      new ResourceLedger({ dir: reportsDir(), runId }).discard();
    };
  }

  process.env.RCC_TARGET_URL = config.target.baseUrl;
  process.env.RCC_TARGET_LABEL = new URL(config.target.baseUrl).host;
  return async () => {
    const ledger = new ResourceLedger({ dir: reportsDir(), runId });
    const left = ledger.outstanding();
    if (left.user.length === 0 && left['chat-group'].length === 0) {
      ledger.discard();
      return;
    }
    const inner = new ChatClient({
      baseUrl: config.target.kind === 'remote' ? config.target.baseUrl : '',
      sdkAppId: config.sdkAppId,
      admin: config.admin,
      secretKey: config.secretKey,
      rateLimit: config.rateLimit,
      timeoutMs: config.timeoutMs,
    });
    const client = new GuardedClient(inner, { prefix: `rcc_${runId}_` });
    for (const id of left['chat-group']) client.adoptGroup(id);
    const failures = await cleanupResources(client, { users: left.user, chatGroups: left['chat-group'] }, { removed: (kind, id) => ledger.removed(kind, id) });
    inner.close();
    if (failures.length === 0) {
      ledger.discard();
      return;
    }
    // The summary reads rcc-cleanup attachments of tests; the sweep has no test, so it leaves a file next to summary.json.
    writeFileSync(path.join(reportsDir(), 'cleanup-failures.json'), `${JSON.stringify(failures, null, 2)}\n`);
    console.error(`cleanup: ${failures.length} resource(s) could not be removed; see ${path.join(reportsDir(), 'cleanup-failures.json')}`);
  };
}
