import { actorName } from '../actorName';
import type { ContactItem } from '../../lib/model/types';
import type { StatefulWorld } from '../StatefulWorld';
import { WorldCommand } from './WorldCommand';

/** Which batch limit an OverCountBatch probes. */
export type BatchKind = 'update' | 'create' | 'mark' | 'search';

/**
 * A batch of `size` items, cycling over the run's pool, against a documented per-call
 * maximum: ContactUpdateItem / create ContactItem / MarkItem ≤ 100 (51006 "keep ≤ 100",
 * notes §4.2), search ContactItem ≤ 300 (search_contact_group.txt). Sizes come from
 * batchSizeArb (0, 1, limit, limit+1); the model gives the code each must get.
 */
export class OverCountBatch extends WorldCommand {
  constructor(
    readonly actor: number,
    readonly kind: BatchKind,
    readonly size: number,
  ) {
    super();
  }

  protected async execute(world: StatefulWorld): Promise<void> {
    const from = world.actor(this.actor);
    const items = Array.from({ length: this.size }, (_, i) => this.cycled(world, i));
    const group = world.oracle.groupsOf(from)[0]?.name ?? 'rcc-no-such-group';
    switch (this.kind) {
      case 'update':
        await world.exchange({
          api: 'recentcontact/update_contact_group',
          body: { From_Account: from, UpdateType: 1, UpdateGroup: { UpdateGroupType: 2, OldGroupName: group, ContactUpdateItem: items.map((ContactItem) => ({ ContactOptType: 1, ContactItem })) } },
        });
        return;
      case 'create':
        await world.exchange({ api: 'recentcontact/create_contact_group', body: { From_Account: from, GroupContactItem: [{ GroupName: `batch${this.size}`, ContactItem: items }] } });
        return;
      case 'mark':
        await world.exchange({ api: 'recentcontact/mark_contact', body: { From_Account: from, MarkItem: items.map((ContactItem) => ({ OptType: 1, ContactItem, SetMark: [40] })) } });
        return;
      case 'search':
        await world.exchange({ api: 'recentcontact/search_contact_group', body: { From_Account: from, ContactItem: items } });
    }
  }

  /** Item i: the pool's C2C peers and the member chat group, in turn. */
  private cycled(world: StatefulWorld, i: number): ContactItem {
    const peers = world.pool.users.length - 1;
    return i % (peers + 1) === peers ? world.contact(this.actor, { kind: 'group', group: 0 }) : world.contact(this.actor, { kind: 'c2c', peer: i % (peers + 1) });
  }

  toString(): string {
    return `OverCountBatch(${actorName(this.actor)}, ${this.kind}, ${this.size} items)`;
  }
}
