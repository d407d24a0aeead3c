import fc from 'fast-check';
import type { CallStep, Probe } from '../Probe';
import { steps as s } from './steps';

/**
 * A small pool, so sequences collide: the same names renamed back and forth, the same
 * conversations re-added and re-marked. `{u0}` acts mostly; `{u1}` too, so state kept per app
 * rather than per user shows. `{g0}` has both users as members, `{g1}` neither (51007).
 */
const NAMES = ['a', 'b', 'c', '名前'];
const CONTACTS = [s.c2c('{u2}'), s.c2c('{u0}p1'), s.c2c('{u1}p1'), s.group('{g0}'), s.group('{g1}')];

const actor = fc.oneof({ arbitrary: fc.constant('{u0}'), weight: 4 }, { arbitrary: fc.constant('{u1}'), weight: 1 });
const name = fc.constantFrom(...NAMES);
const contacts = fc.uniqueArray(fc.nat(CONTACTS.length - 1), { minLength: 1, maxLength: 3 }).map((picks) => picks.map((i) => CONTACTS[i]!));
const bits = fc.uniqueArray(fc.oneof(fc.constantFrom(0, 1, 7, 31, 32, 63), fc.nat(63)), { maxLength: 3 });

/** One random request, built with the same step builders as the scripted probes. */
const stepArb: fc.Arbitrary<CallStep> = fc.oneof(
  { arbitrary: fc.tuple(actor, name, fc.subarray(CONTACTS, { maxLength: 2 })).map(([u, n, c]) => s.create(u, n, c)), weight: 3 },
  { arbitrary: fc.tuple(actor, name, name).map(([u, from, to]) => s.rename(u, from, to)), weight: 2 },
  { arbitrary: fc.tuple(actor, name, fc.constantFrom<1 | 2>(1, 2), contacts).map(([u, n, op, c]) => s.update(u, n, op, c)), weight: 4 },
  { arbitrary: fc.tuple(actor, name).map(([u, n]) => s.del(u, [n])), weight: 1 },
  { arbitrary: fc.tuple(actor, contacts, bits, bits).map(([u, c, set, clear]) => s.mark(u, c.map((contact) => ({ contact, set, clear })))), weight: 3 },
  { arbitrary: fc.tuple(actor, fc.constantFrom(...CONTACTS), fc.constantFrom('', 'x', 'é中😀')).map(([u, contact, custom]) => s.mark(u, [{ contact, opt: 2, custom }])), weight: 1 },
  { arbitrary: fc.tuple(actor, contacts).map(([u, c]) => s.search(u, c)), weight: 2 },
);

/**
 * `count` random command sequences of `length` steps, drawn from `seed` with fast-check's
 * seeded sampling, each ending with a read-back of both actors. The same seed gives the same
 * probes, so `random.<i>/<step>` replays exactly. (generators/ holds the conformance suite's
 * stateful commands; they drive one target through StatefulWorld and lib/ may not import them,
 * so the differential draws its sequences here, from the same request builders as its scripts.)
 */
export function randomProbes(seed: number, count: number, length = 12): Probe[] {
  const sequences = count === 0 ? [] : fc.sample(fc.array(stepArb, { minLength: length, maxLength: length }), { seed, numRuns: count });
  return sequences.map((sequence, i) => ({
    id: `random.${i}`,
    kind: 'random' as const,
    title: `random sequence ${i} (seed ${seed})`,
    users: 3,
    chatGroups: [{ owner: 0, members: [1] }, { owner: 2 }],
    steps: [...sequence, s.readAll(0), s.readAll(1)],
  }));
}
