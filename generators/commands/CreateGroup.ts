import { actorName } from '../actorName';
import { contactRefText, type ContactRef } from '../ContactRef';
import type { StatefulWorld } from '../StatefulWorld';
import { WorldCommand } from './WorldCommand';

/**
 * create_contact_group: one group per call ("Only one conversation group can be added at a
 * time", notes §3.1), with an optional initial conversation list.
 */
export class CreateGroup extends WorldCommand {
  constructor(
    readonly actor: number,
    readonly name: string,
    readonly contacts: readonly ContactRef[],
  ) {
    super();
  }

  protected async execute(world: StatefulWorld): Promise<void> {
    const items = this.contacts.map((ref) => world.contact(this.actor, ref));
    await world.exchange({
      api: 'recentcontact/create_contact_group',
      body: {
        From_Account: world.actor(this.actor),
        GroupContactItem: [{ GroupName: this.name, ...(items.length > 0 && { ContactItem: items }) }],
      },
    });
  }

  toString(): string {
    return `CreateGroup(${actorName(this.actor)}, ${JSON.stringify(this.name)}, [${this.contacts.map(contactRefText).join(', ')}])`;
  }
}
