import { actorName } from '../actorName';
import { contactRefText, type ContactRef } from '../ContactRef';
import type { StatefulWorld } from '../StatefulWorld';
import { WorldCommand } from './WorldCommand';

/**
 * search_contact_group for some conversations of the pool ("Up to 300 conversations can
 * be searched at a time", search_contact_group.txt); the answer (groups, marks, the group
 * dictionary) is checked against the model.
 */
export class Search extends WorldCommand {
  constructor(
    readonly actor: number,
    readonly contacts: readonly ContactRef[],
  ) {
    super();
  }

  protected async execute(world: StatefulWorld): Promise<void> {
    await world.exchange({
      api: 'recentcontact/search_contact_group',
      body: { From_Account: world.actor(this.actor), ContactItem: this.contacts.map((ref) => world.contact(this.actor, ref)) },
    });
  }

  toString(): string {
    return `Search(${actorName(this.actor)}, [${this.contacts.map(contactRefText).join(', ')}])`;
  }
}
