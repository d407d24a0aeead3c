import { actorName } from '../actorName';
import { groupRefText, type GroupRef } from '../GroupRef';
import type { StatefulWorld } from '../StatefulWorld';
import { WorldCommand } from './WorldCommand';

/**
 * del_contact_group of one group ("only one conversation group can be deleted at a time",
 * del_contact_group.txt), or of a missing one (51009).
 */
export class DeleteGroup extends WorldCommand {
  constructor(
    readonly actor: number,
    readonly group: GroupRef,
  ) {
    super();
  }

  protected async execute(world: StatefulWorld): Promise<void> {
    const name = world.groupName(this.actor, this.group);
    world.retitle(`DeleteGroup(${actorName(this.actor)}, ${groupRefText(this.group)}=${JSON.stringify(name)})`);
    await world.exchange({ api: 'recentcontact/del_contact_group', body: { From_Account: world.actor(this.actor), GroupName: [name] } });
  }

  toString(): string {
    return `DeleteGroup(${actorName(this.actor)}, ${groupRefText(this.group)})`;
  }
}
