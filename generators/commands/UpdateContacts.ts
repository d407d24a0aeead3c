import { actorName } from '../actorName';
import { contactRefText, type ContactRef } from '../ContactRef';
import { groupRefText, type GroupRef } from '../GroupRef';
import type { StatefulWorld } from '../StatefulWorld';
import { WorldCommand } from './WorldCommand';

/** ContactOptType and how the command reads: "1: Adding a conversation to a group; 2: Deleting a conversation from a group". */
const VERB = { 1: 'AddContacts', 2: 'RemoveContacts' } as const;

/**
 * update_contact_group UpdateGroupType 2 with one ContactOptType for every item
 * (update_contact_group.page.txt). Adds re-add conversations already there (the pool is
 * small); removes touch ONE group and may name non-members, and membership in the user's
 * other groups must not change.
 */
export class UpdateContacts extends WorldCommand {
  constructor(
    readonly actor: number,
    readonly group: GroupRef,
    readonly contacts: readonly ContactRef[],
    readonly optType: 1 | 2,
  ) {
    super();
  }

  protected async execute(world: StatefulWorld): Promise<void> {
    const groupName = world.groupName(this.actor, this.group);
    world.retitle(`${VERB[this.optType]}(${actorName(this.actor)}, ${groupRefText(this.group)}=${JSON.stringify(groupName)}, [${this.contacts.map(contactRefText).join(', ')}])`);
    await world.exchange({
      api: 'recentcontact/update_contact_group',
      body: {
        From_Account: world.actor(this.actor),
        UpdateType: 1,
        UpdateGroup: {
          UpdateGroupType: 2,
          OldGroupName: groupName,
          ContactUpdateItem: this.contacts.map((ref) => ({ ContactOptType: this.optType, ContactItem: world.contact(this.actor, ref) })),
        },
      },
    });
  }

  toString(): string {
    return `${VERB[this.optType]}(${actorName(this.actor)}, ${groupRefText(this.group)}, [${this.contacts.map(contactRefText).join(', ')}])`;
  }
}
