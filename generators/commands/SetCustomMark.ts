import { actorName } from '../actorName';
import { contactRefText, type ContactRef } from '../ContactRef';
import type { StatefulWorld } from '../StatefulWorld';
import { WorldCommand } from './WorldCommand';

/**
 * mark_contact OptType 2 ("Setting custom conversation marks") or 3 ("Setting both standard
 * and custom conversation marks") with a CustomMark biased to the 256-byte limit
 * ("Up to 256 bytes are supported", mark_contact.txt).
 */
export class SetCustomMark extends WorldCommand {
  constructor(
    readonly actor: number,
    readonly contact: ContactRef,
    readonly optType: 2 | 3,
    readonly customMark: string,
    readonly set: readonly number[],
  ) {
    super();
  }

  protected async execute(world: StatefulWorld): Promise<void> {
    await world.exchange({
      api: 'recentcontact/mark_contact',
      body: {
        From_Account: world.actor(this.actor),
        MarkItem: [
          {
            OptType: this.optType,
            ContactItem: world.contact(this.actor, this.contact),
            CustomMark: this.customMark,
            // With OptType 2 the standard bits must be ignored ([INF] notes §3.5).
            ...(this.set.length > 0 && { SetMark: [...this.set] }),
          },
        ],
      },
    });
  }

  toString(): string {
    const mark = this.customMark.length > 12 ? `${Buffer.byteLength(this.customMark)} bytes` : JSON.stringify(this.customMark);
    return `SetCustomMark(${actorName(this.actor)}, ${contactRefText(this.contact)}, OptType ${this.optType}, ${mark}, +[${this.set.join(',')}])`;
  }
}
