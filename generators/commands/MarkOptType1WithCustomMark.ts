import { actorName } from '../actorName';
import { contactRefText, type ContactRef } from '../ContactRef';
import type { StatefulWorld } from '../StatefulWorld';
import { WorldCommand } from './WorldCommand';

/**
 * mark_contact OptType 1 carrying a CustomMark: OptType 1 sets standard marks only, so the
 * CustomMark must be left as it was ([INF] notes §3.5 "OptType 1 ignores CustomMark").
 */
export class MarkOptType1WithCustomMark extends WorldCommand {
  constructor(
    readonly actor: number,
    readonly contact: ContactRef,
    readonly set: readonly number[],
    readonly customMark: string,
  ) {
    super();
  }

  protected async execute(world: StatefulWorld): Promise<void> {
    await world.exchange({
      api: 'recentcontact/mark_contact',
      body: {
        From_Account: world.actor(this.actor),
        MarkItem: [{ OptType: 1, ContactItem: world.contact(this.actor, this.contact), SetMark: [...this.set], CustomMark: this.customMark }],
      },
    });
  }

  toString(): string {
    return `MarkOptType1WithCustomMark(${actorName(this.actor)}, ${contactRefText(this.contact)}, +[${this.set.join(',')}], ${JSON.stringify(this.customMark)})`;
  }
}
