import { actorName } from '../actorName';
import { contactRefText, type ContactRef } from '../ContactRef';
import { groupRefText, type GroupRef } from '../GroupRef';
import type { StatefulWorld } from '../StatefulWorld';
import { updateContacts } from './updateContacts';
import { WorldCommand } from './WorldCommand';

/**
 * Removes conversations from ONE group (ContactOptType 2: "Deleting a conversation from a
 * group"), non-members included; membership in the user's other groups must not change.
 */
export class RemoveContacts extends WorldCommand {
  constructor(
    readonly actor: number,
    readonly group: GroupRef,
    readonly contacts: readonly ContactRef[],
  ) {
    super();
  }

  protected execute(world: StatefulWorld): Promise<void> {
    return updateContacts(world, { actor: this.actor, group: this.group, contacts: this.contacts, optType: 2, verb: 'RemoveContacts' });
  }

  toString(): string {
    return `RemoveContacts(${actorName(this.actor)}, ${groupRefText(this.group)}, [${this.contacts.map(contactRefText).join(', ')}])`;
  }
}
