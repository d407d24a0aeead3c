import { actorName } from '../actorName';
import type { StatefulWorld } from '../StatefulWorld';
import { WorldCommand } from './WorldCommand';

/**
 * get_contact_group page by page ("Enter 0 for the first pull and enter the value of
 * NextStartIndex returned last time", notes §3.6). Which conversations land on which page
 * depends on the page size and order, both undocumented (choice points getPageSize,
 * itemOrder), so the pages are judged together: their union against the model's whole view
 * of the actor, with no conversation listed twice and a cursor that moves on.
 */
export class GetPaged extends WorldCommand {
  constructor(readonly actor: number) {
    super();
  }

  protected async execute(world: StatefulWorld): Promise<void> {
    await world.readBack(world.actor(this.actor));
  }

  toString(): string {
    return `GetPaged(${actorName(this.actor)})`;
  }
}
