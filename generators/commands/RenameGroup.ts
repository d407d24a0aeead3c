import { actorName } from '../actorName';
import { groupRefText, type GroupRef } from '../GroupRef';
import type { StatefulWorld } from '../StatefulWorld';
import { WorldCommand } from './WorldCommand';

/** The new name: a literal, or the current name of another of the actor's groups (a taken name). */
export type NewName = { readonly name: string } | { readonly takenFrom: GroupRef };

/**
 * update_contact_group UpdateGroupType 1 ("1: Update group name", update_contact_group.page.txt).
 * Random renames over a small name pool make chains (A→B→C→A); `takenFrom` renames onto a
 * name the user already has (undocumented: the oracle pins what the target does).
 */
export class RenameGroup extends WorldCommand {
  constructor(
    readonly actor: number,
    readonly group: GroupRef,
    readonly to: NewName,
  ) {
    super();
  }

  protected async execute(world: StatefulWorld): Promise<void> {
    const oldName = world.groupName(this.actor, this.group);
    const newName = 'name' in this.to ? this.to.name : world.groupName(this.actor, this.to.takenFrom);
    world.retitle(`RenameGroup(${actorName(this.actor)}, ${groupRefText(this.group)}=${JSON.stringify(oldName)} → ${JSON.stringify(newName)})`);
    await world.exchange({
      api: 'recentcontact/update_contact_group',
      body: {
        From_Account: world.actor(this.actor),
        UpdateType: 1,
        UpdateGroup: { UpdateGroupType: 1, OldGroupName: oldName, NewGroupName: newName },
      },
    });
  }

  toString(): string {
    const to = 'name' in this.to ? JSON.stringify(this.to.name) : `name of ${groupRefText(this.to.takenFrom)}`;
    return `RenameGroup(${actorName(this.actor)}, ${groupRefText(this.group)} → ${to})`;
  }
}
