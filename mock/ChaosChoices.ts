/**
 * The `chaos` preset: every undocumented choice (lib/model/choicePoints.ts) resolved at
 * random from a seed, within what the registry says a server may do. Points of scope
 * `fixed` are drawn once per mock (a server keeps its storage layout, id allocation and
 * formats for the whole run); points of scope `per-request` are drawn afresh for every
 * request that reaches the model. For `open` points the registry's listed values are the
 * pool. Same seed and same request sequence: same choices; `reset()` starts over.
 */
import { CHOICE_NAMES, CHOICE_POINTS } from '../lib/model/choicePoints';
import type { ChoiceName, UndocumentedChoices } from '../lib/model/types';
import { mulberry32 } from './random/mulberry32';

/** Keeps the per-request stream apart from the fixed one, so adding a fixed point does not shift it. */
const PER_REQUEST_STREAM = 0x9e3779b9;

const FIXED_NAMES = CHOICE_NAMES.filter((name) => CHOICE_POINTS[name].scope === 'fixed');
const PER_REQUEST_NAMES = CHOICE_NAMES.filter((name) => CHOICE_POINTS[name].scope === 'per-request');

function drawValue(name: ChoiceName, random: () => number): unknown {
  const values = CHOICE_POINTS[name].values as readonly unknown[];
  return values[Math.floor(random() * values.length)];
}

export class ChaosChoices {
  private fixed!: Readonly<Partial<UndocumentedChoices>>;
  private perRequest!: () => number;

  constructor(private readonly seed: number) {
    this.reset();
  }

  /** Draws the fixed points again from the seed (the same values) and restarts the per-request draws. */
  reset(): void {
    const random = mulberry32(this.seed);
    this.fixed = Object.freeze(Object.fromEntries(FIXED_NAMES.map((name) => [name, drawValue(name, random)]))) as Partial<UndocumentedChoices>;
    this.perRequest = mulberry32(this.seed ^ PER_REQUEST_STREAM);
  }

  /** The values of the `fixed` points this mock drew, in registry order. */
  fixedChoices(): Readonly<Partial<UndocumentedChoices>> {
    return this.fixed;
  }

  /** The choices for the next request that reaches the model: the fixed draws plus fresh per-request draws. */
  nextChoices(): UndocumentedChoices {
    const drawn = Object.fromEntries(PER_REQUEST_NAMES.map((name) => [name, drawValue(name, this.perRequest)]));
    return Object.freeze({ ...this.fixed, ...drawn }) as UndocumentedChoices;
  }
}
