import type fc from 'fast-check';
import type { StatefulWorld } from '../StatefulWorld';

/**
 * fast-check's model for our commands: empty, because the executable model lives in the
 * oracle inside the world (fast-check needs an object; library-notes §2.2).
 */
export type RunModel = object;

/**
 * Base of every stateful command: always applicable (arguments are symbolic and resolve
 * against the run's state, so shrinking can drop any command), immutable, and readable.
 * `run` opens a step in the world, then `execute` sends the requests through the oracle.
 */
export abstract class WorldCommand implements fc.AsyncCommand<RunModel, StatefulWorld> {
  check(_model: Readonly<RunModel>): boolean {
    return true;
  }

  async run(_model: RunModel, world: StatefulWorld): Promise<void> {
    world.begin(this.toString());
    await this.execute(world);
  }

  /** Sends this command's requests; each answer is judged by the oracle. */
  protected abstract execute(world: StatefulWorld): Promise<void>;

  /** Readable form, e.g. `RenameGroup(A, #0 → "b")`. */
  abstract toString(): string;
}
