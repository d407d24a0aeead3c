import type { StepAnswer } from '../Probe';
import { choiceProbe } from './choiceProbe';
import { read } from './read';
import { steps as s } from './steps';

const U = '{u0}';
const P1 = s.c2c(`${U}p1`);
/** `{g0}`: a chat group owned by `{u1}` that `{u0}` is not in (51007, notes §4.2). */
const FOREIGN = s.group('{g0}');
const FOREIGN_GROUP = [{ owner: 1 }] as const;

/** 'ok' when the item and the call succeeded, 'item-error' when either failed. */
function membershipValue(answer: StepAnswer): string | undefined {
  if (answer === undefined) return undefined;
  return read.ok(answer) && read.firstItemCode(answer) === 0 ? 'ok' : 'item-error';
}

/** 1,000 conversations in group "g" ("The session cap is set at 1000", update_contact_group.page.txt), then one more. */
const FILL_TO_CAP = [s.create(U, 'g', s.peers(U, 100)), ...Array.from({ length: 9 }, (_, i) => s.update(U, 'g', 1, s.peers(U, 100, 100 * (i + 1)))), s.update(U, 'g', 1, s.peers(U, 1, 1000))];

/**
 * The choice points of conversations in groups (update_contact_group ContactUpdateItem):
 * re-adds, removes of non-members, where 51007/51008 go, whether the rest of a failed batch
 * still applies.
 */
export const MEMBERSHIP_CHOICE_PROBES = {
  reAddMember: choiceProbe('reAddMember', {
    users: 1,
    steps: [s.create(U, 'g', [P1]), s.update(U, 'g', 1, [P1])],
    reveal: (a) => membershipValue(a[1]),
  }),
  removeNonMember: choiceProbe('removeNonMember', {
    users: 1,
    steps: [s.create(U, 'g', [P1]), s.update(U, 'g', 2, [s.c2c(`${U}p2`)])],
    reveal: (a) => membershipValue(a[1]),
  }),
  placeMembershipFailure: choiceProbe('placeMembershipFailure', {
    // Shows only where a re-add or a remove of a non-member fails (reAddMember / removeNonMember 'item-error').
    users: 1,
    steps: [s.create(U, 'g', [P1]), s.update(U, 'g', 1, [P1]), s.update(U, 'g', 2, [s.c2c(`${U}p2`)])],
    reveal: (a) => read.placement(a[1]) ?? read.placement(a[2]),
  }),
  placeG2cFailure: choiceProbe('placeG2cFailure', {
    users: 2,
    chatGroups: FOREIGN_GROUP,
    steps: [s.create(U, 'g'), s.update(U, 'g', 1, [FOREIGN])],
    reveal: (a) => read.placement(a[1]),
  }),
  placeCapFailure: choiceProbe('placeCapFailure', {
    users: 1,
    steps: FILL_TO_CAP,
    reveal: (a) => read.placement(a[FILL_TO_CAP.length - 1]),
  }),
  g2cCheckOnRemove: choiceProbe('g2cCheckOnRemove', {
    users: 2,
    chatGroups: FOREIGN_GROUP,
    steps: [s.create(U, 'g'), s.update(U, 'g', 2, [FOREIGN])],
    reveal: (a) => (a[1] === undefined ? undefined : read.anyCode(a[1]) === 51007 ? 'check' : 'skip'),
  }),
  othersApplyOnItemFailure: choiceProbe('othersApplyOnItemFailure', {
    // Two batches whose first item fails: a mark over the 64 bits, and a foreign group conversation.
    // Whichever the target fails as a whole call shows whether the second item still took effect.
    users: 2,
    chatGroups: FOREIGN_GROUP,
    steps: [
      s.create(U, 'g'),
      s.mark(U, [{ contact: P1, set: [64] }, { contact: s.c2c(`${U}p2`), set: [3] }]),
      s.search(U, [s.c2c(`${U}p2`)]),
      s.update(U, 'g', 1, [FOREIGN, s.c2c(`${U}p3`)]),
      s.search(U, [s.c2c(`${U}p3`)]),
    ],
    reveal: (a) => {
      if (a[1] !== undefined && !read.ok(a[1])) return read.bits(read.item(a[2], `${U}p2`), 'msb-first') ? 'others' : 'none';
      if (a[3] !== undefined && !read.ok(a[3])) return ((read.item(a[4], `${U}p3`)?.ContactGroupId as unknown[] | undefined) ?? []).length > 0 ? 'others' : 'none';
      return undefined;
    },
  }),
};
