/**
 * The oracle against targets that are correct but resolve every undocumented choice at random,
 * lose answers and apply retried writes twice: it must never report a divergence. And against
 * the same targets with a seeded bug: it must catch it.
 */
import { expect, test } from '@playwright/test';
import type { TargetFault } from '../../../bench/harness/chaosTarget';
import { checkChaosSequence } from '../../../bench/harness/checkChaosSequence';

/** The first divergence (or inconclusive) line of a checked sequence, if any. */
function run(seed: number, steps: number, options: Parameters<typeof checkChaosSequence>[2] = {}): string | undefined {
  return checkChaosSequence(seed, steps, options).stopped;
}

test('never reports a divergence on a correct target that resolves every choice at random, loses 5% of answers and applies retried writes twice', () => {
  for (let seed = 1; seed <= 80; seed++) expect(run(seed, 60, { lostRate: 0.05, retryRate: 0.08 }), `seed ${seed}`).toBeUndefined();
});

test('catches a target that ignores ClearMark, whatever it resolves the choices to', () => {
  const ignoreClear: TargetFault = (request) => {
    if (request.api !== 'recentcontact/mark_contact') return request;
    const body = request.body as { MarkItem: Record<string, unknown>[] };
    return { ...request, body: { ...body, MarkItem: body.MarkItem.map(({ ClearMark: _ignored, ...item }) => item) } };
  };
  // A run that never clears a set bit and reads it back cannot show the bug: most runs do.
  let caught = 0;
  for (let seed = 1; seed <= 30; seed++) if (run(seed, 200, { fault: ignoreClear }) !== undefined) caught++;
  expect(caught).toBeGreaterThanOrEqual(15);
});

test('catches a target whose rename changes nothing, even with lost answers', () => {
  const noRename: TargetFault = (request) => {
    const update = (request.body as { UpdateGroup?: { UpdateGroupType?: number; OldGroupName?: string } }).UpdateGroup;
    if (request.api !== 'recentcontact/update_contact_group' || update?.UpdateGroupType !== 1) return request;
    return { ...request, body: { ...(request.body as object), UpdateGroup: { ...update, NewGroupName: update.OldGroupName } } };
  };
  let caught = 0;
  for (let seed = 1; seed <= 30; seed++) if (run(seed, 60, { fault: noRename, lostRate: 0.05 })?.includes('inconclusive') === false) caught++;
  expect(caught).toBeGreaterThanOrEqual(20);
});
