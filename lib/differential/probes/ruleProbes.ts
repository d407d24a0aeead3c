import type { Probe } from '../Probe';
import { steps as s } from './steps';

const U = '{u0}';
const [P1, P2] = [s.c2c(`${U}p1`), s.c2c(`${U}p2`)];
/** 64 bytes ending in a 3-byte character, and 65: "Maximum length: 64 bytes" (update_contact_group.page.txt). */
const NAME_64 = `${'a'.repeat(61)}中`;
const NAME_65 = `${'a'.repeat(62)}中`;

function rule(id: string, title: string, probe: Pick<Probe, 'users' | 'chatGroups' | 'steps'>): Probe {
  return { id: `rule.${id}`, kind: 'rule', title, ...probe };
}

/**
 * Documented-rule probes: short sequences over what the pages do say, so two targets that
 * both claim the documented behaviour are compared on it answer by answer (the candidate's
 * own verdict comes from the conformance run). Each title quotes or names its source.
 */
export const RULE_PROBES: readonly Probe[] = [
  rule('name-limit-bytes', 'GroupName is limited to 64 bytes, not characters; 65 bytes is 51011 (update_contact_group.page.txt)', {
    users: 1,
    steps: [s.create(U, NAME_64), s.create(U, NAME_65), s.create(U, 'a'), s.rename(U, 'a', NAME_65), s.readAll(0)],
  }),
  rule('rename-keeps-group', 'A rename keeps the GroupId and the group\'s conversations (update_contact_group rename sample)', {
    users: 1,
    steps: [s.create(U, 'a', [P1]), s.rename(U, 'a', 'b'), s.rename(U, 'b', 'c'), s.search(U, [P1]), s.readAll(0)],
  }),
  rule('missing-group-51009', 'A group name the user does not have is 51009 for rename, update and delete (notes §4.2)', {
    users: 1,
    steps: [s.rename(U, 'nope', 'x'), s.update(U, 'nope', 1, [P1]), s.del(U, ['nope'])],
  }),
  rule('delete-forgets-group', 'Deleting a group removes it from its conversations (del_contact_group.txt, notes §5)', {
    users: 1,
    steps: [s.create(U, 'a', [P1, P2]), s.create(U, 'b', [P1]), s.del(U, ['a']), s.search(U, [P1, P2]), s.readAll(0)],
  }),
  rule('mark-set-clear', 'SetMark sets and ClearMark clears standard mark bits; CustomMark is set with OptType 2 (mark_contact.txt)', {
    users: 1,
    steps: [
      s.mark(U, [{ contact: P1, set: [1, 40] }, { contact: P2, set: [63] }]),
      s.mark(U, [{ contact: P1, clear: [1] }]),
      s.mark(U, [{ contact: P2, opt: 2, custom: 'vip' }]),
      s.search(U, [P1, P2]),
      s.mark(U, [{ contact: P2, opt: 3, clear: [63], custom: 'gold' }]),
      s.search(U, [P1, P2]),
    ],
  }),
  rule('batch-limit-51006', 'More than 100 items in one update or mark is 51006 (notes §4.2: keep ≤ 100)', {
    users: 1,
    steps: [s.create(U, 'g'), s.update(U, 'g', 1, s.peers(U, 101)), s.mark(U, s.peers(U, 101).map((contact) => ({ contact, set: [1] }))), s.readAll(0)],
  }),
  rule('group-limit-51010', 'Each user can create up to 20 conversation groups; the 21st is 51010 (update_contact_group.page.txt)', {
    users: 1,
    steps: [...Array.from({ length: 21 }, (_, i) => s.create(U, `g${i}`)), s.readAll(0)],
  }),
  rule('g2c-51007', 'Adding a group conversation of a chat group the user is not in is 51007; one the user is in is accepted (notes §4.2)', {
    users: 2,
    chatGroups: [{ owner: 1 }, { owner: 0, members: [1] }],
    steps: [s.create(U, 'g'), s.update(U, 'g', 1, [s.group('{g1}')]), s.update(U, 'g', 1, [s.group('{g0}')]), s.search(U, [s.group('{g0}'), s.group('{g1}')])],
  }),
  rule('unimported-50001', 'A From_Account that was never imported is 50001 (notes §4.2)', {
    users: 1,
    steps: [s.create(`${U}x`, 'a'), s.search(`${U}x`, [P1])],
  }),
];
