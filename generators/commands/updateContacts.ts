import { actorName } from '../actorName';
import { contactRefText, type ContactRef } from '../ContactRef';
import { groupRefText, type GroupRef } from '../GroupRef';
import type { StatefulWorld } from '../StatefulWorld';

/**
 * Sends update_contact_group UpdateGroupType 2 with one ContactOptType for every item
 * ("1: Adding a conversation to a group; 2: Deleting a conversation from a group",
 * update_contact_group.page.txt). Shared by AddContacts and RemoveContacts.
 */
export async function updateContacts(
  world: StatefulWorld,
  options: { actor: number; group: GroupRef; contacts: readonly ContactRef[]; optType: 1 | 2; verb: string },
): Promise<void> {
  const groupName = world.groupName(options.actor, options.group);
  world.retitle(`${options.verb}(${actorName(options.actor)}, ${groupRefText(options.group)}=${JSON.stringify(groupName)}, [${options.contacts.map(contactRefText).join(', ')}])`);
  await world.exchange({
    api: 'recentcontact/update_contact_group',
    body: {
      From_Account: world.actor(options.actor),
      UpdateType: 1,
      UpdateGroup: {
        UpdateGroupType: 2,
        OldGroupName: groupName,
        ContactUpdateItem: options.contacts.map((ref) => ({ ContactOptType: options.optType, ContactItem: world.contact(options.actor, ref) })),
      },
    },
  });
}
