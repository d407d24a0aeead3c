import { actorName } from '../actorName';
import { contactRefText, type ContactRef } from '../ContactRef';
import { groupRefText, type GroupRef } from '../GroupRef';
import type { StatefulWorld } from '../StatefulWorld';
import { updateContacts } from './updateContacts';
import { WorldCommand } from './WorldCommand';

/** Adds conversations to a group (ContactOptType 1), re-adds included: the pool is small. */
export class AddContacts extends WorldCommand {
  constructor(
    readonly actor: number,
    readonly group: GroupRef,
    readonly contacts: readonly ContactRef[],
  ) {
    super();
  }

  protected execute(world: StatefulWorld): Promise<void> {
    return updateContacts(world, { actor: this.actor, group: this.group, contacts: this.contacts, optType: 1, verb: 'AddContacts' });
  }

  toString(): string {
    return `AddContacts(${actorName(this.actor)}, ${groupRefText(this.group)}, [${this.contacts.map(contactRefText).join(', ')}])`;
  }
}
