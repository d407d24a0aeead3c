import { actorName } from '../actorName';
import type { StatefulWorld } from '../StatefulWorld';
import { WorldCommand } from './WorldCommand';

/** Most pages one GetPaged follows. */
const MAX_PAGES = 50;

/**
 * get_contact_group page by page ("Enter 0 for the first pull and enter the value of
 * NextStartIndex returned last time", notes §3.6), each page checked against the model's
 * page. The cursor is opaque, so each side continues from its own NextStartIndex.
 */
export class GetPaged extends WorldCommand {
  constructor(readonly actor: number) {
    super();
  }

  protected async execute(world: StatefulWorld): Promise<void> {
    const user = world.actor(this.actor);
    let targetStart: unknown = 0;
    let modelStart: unknown = 0;
    for (let page = 0; page < MAX_PAGES; page++) {
      const { actual, expected } = await world.exchange({
        api: 'recentcontact/get_contact_group',
        body: { From_Account: user, StartIndex: targetStart },
        modelBody: { From_Account: user, StartIndex: modelStart },
      });
      if (actual.ActionStatus !== 'OK' || actual.CompleteFlag !== 0) return;
      if (actual.NextStartIndex === targetStart) return;
      targetStart = actual.NextStartIndex;
      modelStart = expected.NextStartIndex;
    }
  }

  toString(): string {
    return `GetPaged(${actorName(this.actor)})`;
  }
}
