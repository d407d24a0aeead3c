/**
 * The stateful properties: model-based fast-check sequences of real calls, every answer
 * checked against the executable model (lib/model) by the oracle (lib/oracle), failures
 * shrunk against the target and replayable with CHAT_SEED + CHAT_PATH + CHAT_REPLAY_PATH.
 * The shipped corpus and the target's own (corpusFile.ts) replay first; a new counterexample
 * goes to the target's, outside the checkout's tracked files.
 */
import { STATEFUL_FAMILIES } from '../../../generators/families';
import { runStatefulFamily } from '../../../generators/runStatefulFamily';
import { ANNOTATION, ATTACHMENT } from '../../../lib/report/protocol';
import type { FailureDetail } from '../../../lib/report/protocol';
import { test } from '../fixtures';
import { mockExtrasFromEnv } from '../support/mockExtrasFromEnv';
import { appendCorpus, readCorpus, targetCorpusFile } from './corpusFile';
import { corpusSlug } from './corpusSlug';
import { statefulFailureMessage, statefulReplayCommand } from './statefulFailureMessage';

for (const family of Object.values(STATEFUL_FAMILIES)) {
  test(family.title, { tag: '@stateful' }, async ({ config, target, client, newUser, newUsers, newChatGroup, rule, observe, transcript }, testInfo) => {
    rule(family.rule);
    const extras = mockExtrasFromEnv(process.env);
    const corpusFile = targetCorpusFile(corpusSlug(target, extras.ok ? extras.options : {}), config.corpusDir);
    const replayPath = config.replayCommands;
    const result = await runStatefulFamily(family.name, {
      client,
      newUser,
      newUsers,
      newChatGroup,
      transcript,
      nameMaxBytes: config.nameMaxBytes,
      seed: config.seed,
      runs: config.runs,
      ...(config.replayPath !== undefined && { path: config.replayPath }),
      ...(replayPath !== undefined && replayPath !== '' && { replayPath }),
      // Leave the test room to report: fast-check stops (and keeps its best shrink) at the budget.
      timeBudgetMs: Math.max(5_000, Math.floor(testInfo.timeout * 0.6)),
      corpus: config.replayPath === undefined ? readCorpus(corpusFile) : [],
    });
    for (const observation of result.observations) observe(observation);

    if (result.status === 'inconclusive') {
      testInfo.annotations.push({ type: ANNOTATION.inconclusive, description: result.reason });
      test.skip(true, `inconclusive: ${result.reason}`);
      return;
    }
    if (result.status === 'passed') return;

    const replay = statefulReplayCommand(result, family.title);
    // The divergence line names the step and the field ("step 3 final ReadBack(A): … GroupName expected …").
    const where = result.divergence.replace(/ expected [\s\S]*$/, '');
    const detail: FailureDetail = {
      rule: family.rule,
      expected: `${where}: ${result.expected}`,
      actual: result.actual,
      sequence: { commands: [...result.commands], divergingStep: result.divergingStep, seed: result.seed, path: result.path, family: family.name, replay },
    };
    await testInfo.attach(ATTACHMENT.failure, { body: JSON.stringify(detail), contentType: 'application/json' });
    await testInfo.attach(ATTACHMENT.transcript, { body: JSON.stringify(result.exchanges), contentType: 'application/json' });
    let stored = '';
    if (!result.fromCorpus && config.replayPath === undefined) {
      const appended = appendCorpus(corpusFile, { family: family.name, seed: result.seed, path: result.path, replayPath: result.replayPath, commands: result.commands, foundAt: new Date().toISOString() });
      stored = appended.ok ? `\ncounterexample stored in ${appended.file}: replayed first on the next run against this target` : `\ncounterexample not stored: ${appended.error}`;
    }
    throw new Error(`${statefulFailureMessage(result, family.title)}${stored}`);
  });
}
