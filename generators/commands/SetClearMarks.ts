import { actorName } from '../actorName';
import { contactRefText, type ContactRef } from '../ContactRef';
import type { StatefulWorld } from '../StatefulWorld';
import { WorldCommand } from './WorldCommand';

/** One MarkItem of SetClearMarks. */
export interface BitChange {
  readonly contact: ContactRef;
  readonly set: readonly number[];
  readonly clear: readonly number[];
}

/**
 * mark_contact OptType 1 ("Setting standard conversation marks"): SetMark / ClearMark bit
 * indices ("The value n indicates to set the mark value for bit n", mark_contact.txt),
 * random sets biased to 0, 31, 32, 63, sometimes the same bit in both (undocumented).
 */
export class SetClearMarks extends WorldCommand {
  constructor(
    readonly actor: number,
    readonly items: readonly BitChange[],
  ) {
    super();
  }

  protected async execute(world: StatefulWorld): Promise<void> {
    await world.exchange({
      api: 'recentcontact/mark_contact',
      body: {
        From_Account: world.actor(this.actor),
        MarkItem: this.items.map((item) => ({
          OptType: 1,
          ContactItem: world.contact(this.actor, item.contact),
          ...(item.set.length > 0 && { SetMark: [...item.set] }),
          ...(item.clear.length > 0 && { ClearMark: [...item.clear] }),
        })),
      },
    });
  }

  toString(): string {
    const items = this.items.map((item) => `${contactRefText(item.contact)} +[${item.set.join(',')}] -[${item.clear.join(',')}]`);
    return `SetClearMarks(${actorName(this.actor)}, ${items.join('; ')})`;
  }
}
