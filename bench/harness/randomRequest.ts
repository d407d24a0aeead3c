/**
 * Random requests over a small pool of users, group names, peers and chat groups, so names,
 * groups and marks collide often: the load of the oracle's self-tests and its benchmark.
 * About one in four is a read-back of every get_contact_group page (`read-back`).
 */
import type { ApiPath } from '../../lib/apis';
import type { ChaosTarget } from './chaosTarget';

export const USERS = ['u0', 'u1'];
const NAMES = ['a', 'b', 'c'];
const PEERS = ['p0', 'p1', 'p2'];
export const CHAT_GROUPS = ['G1', 'G2'];

/** One random request over a small pool, so names, groups and marks collide often. */
export function randomRequest(target: ChaosTarget, rand: () => number): { api: ApiPath | 'read-back'; body: Record<string, unknown> } {
  const from = target.pick(USERS);
  const contact = rand() < 0.3 ? { Type: 2, ToGroupId: target.pick(CHAT_GROUPS) } : { Type: 1, To_Account: target.pick(PEERS) };
  const other = { Type: 1, To_Account: target.pick(PEERS) };
  const name = () => target.pick(NAMES);
  switch (Math.floor(rand() * 8)) {
    case 0:
      return { api: 'recentcontact/create_contact_group', body: { From_Account: from, GroupContactItem: [{ GroupName: name(), ContactItem: [contact, other] }] } };
    case 1:
      return { api: 'recentcontact/update_contact_group', body: { From_Account: from, UpdateType: 1, UpdateGroup: { UpdateGroupType: 1, OldGroupName: name(), NewGroupName: rand() < 0.2 ? 'x'.repeat(65) : name() } } };
    case 2: {
      const items = [{ ContactOptType: target.pick([1, 2]), ContactItem: contact }, { ContactOptType: target.pick([1, 2]), ContactItem: other }];
      return { api: 'recentcontact/update_contact_group', body: { From_Account: from, UpdateType: 1, UpdateGroup: { UpdateGroupType: 2, OldGroupName: name(), ContactUpdateItem: items } } };
    }
    case 3: {
      const item = { OptType: target.pick([1, 2, 3]), ContactItem: contact, SetMark: [target.pick([1, 2, 40, 64])], ClearMark: [target.pick([1, 2, 40])], CustomMark: target.pick(['', 'm', 'x'.repeat(257)]) };
      return { api: 'recentcontact/mark_contact', body: { From_Account: from, MarkItem: [item, { OptType: 1, ContactItem: other, SetMark: [3] }] } };
    }
    case 4:
      return { api: 'recentcontact/del_contact_group', body: { From_Account: from, GroupName: rand() < 0.2 ? [name(), name()] : [name()] } };
    case 5:
    case 6:
      return { api: 'read-back', body: { From_Account: from } };
    default:
      return { api: 'recentcontact/search_contact_group', body: { From_Account: from, ContactItem: [...PEERS.map((peer) => ({ Type: 1, To_Account: peer })), { Type: 2, ToGroupId: 'G1' }] } };
  }
}

