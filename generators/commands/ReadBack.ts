import { actorName } from '../actorName';
import type { ContactRef } from '../ContactRef';
import type { StatefulWorld } from '../StatefulWorld';
import { WorldCommand } from './WorldCommand';

/**
 * Compares the actor's whole state on the target with the model's: the union of all
 * get_contact_group pages, then a search of every conversation of the pool (which also
 * shows conversations the target should have forgotten).
 */
export class ReadBack extends WorldCommand {
  constructor(
    readonly actor: number,
    /** The check every run ends with (not one of the generated commands). @defaultValue false */
    readonly options: { readonly final?: boolean } = {},
  ) {
    super();
  }

  protected async execute(world: StatefulWorld): Promise<void> {
    await world.readBack(world.actor(this.actor));
    const pool: ContactRef[] = [
      ...world.pool.users.slice(1).map((_, peer): ContactRef => ({ kind: 'c2c', peer })),
      ...world.pool.chatGroups.map((_, group): ContactRef => ({ kind: 'group', group })),
    ];
    await world.exchange({
      api: 'recentcontact/search_contact_group',
      body: { From_Account: world.actor(this.actor), ContactItem: pool.map((ref) => world.contact(this.actor, ref)) },
    });
  }

  toString(): string {
    return `${this.options.final ? 'final ' : ''}ReadBack(${actorName(this.actor)})`;
  }
}
