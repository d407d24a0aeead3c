import type { ChoiceName, ModelConfig } from '../model/types';
import { choiceAlternatives } from './choiceAlternatives';
import { withChoices, type ChoiceChange } from './withChoices';

/** How many choices one answer may flip at once, and how many configurations to try. */
const MAX_FLIPS = 3;
const MAX_ATTEMPTS = 64;

/** What evaluating the model under one configuration gave: a match, and what the answer consulted. */
export interface ChoiceAttempt<M> {
  readonly match?: M;
  readonly consulted: ReadonlySet<ChoiceName>;
}

/**
 * Breadth-first over the open (not pinned) choices: one flip, then two, then three. The
 * choices to flip come from what each tried answer consulted, since a flip can make the
 * model consult a choice it did not need before (a re-add error is placed per item or
 * top level only once there is an error). Returns the first match and the flips it took.
 */
export function searchChoices<M>(options: {
  consulted: ReadonlySet<ChoiceName>;
  config: ModelConfig;
  pinned: ReadonlyMap<ChoiceName, unknown>;
  /** The target's answer: some choices take their candidate values from it (e.g. the page size). */
  actual: Record<string, unknown>;
  evaluate: (config: ModelConfig) => ChoiceAttempt<M>;
}): { match: M; changes: readonly ChoiceChange[] } | undefined {
  const { config, pinned, actual, evaluate } = options;
  const queue: ChoiceChange[][] = [];
  const queued = new Set<string>();
  const extend = (changes: readonly ChoiceChange[], names: ReadonlySet<ChoiceName>) => {
    if (changes.length >= MAX_FLIPS) return;
    for (const name of names) {
      if (pinned.has(name) || changes.some(([changed]) => changed === name)) continue;
      for (const value of choiceAlternatives(name, config.choices[name], actual)) {
        const next = [...changes, [name, value] as ChoiceChange];
        const key = JSON.stringify([...next].sort((x, y) => x[0].localeCompare(y[0])));
        if (queued.has(key)) continue;
        queued.add(key);
        queue.push(next);
      }
    }
  };
  extend([], options.consulted);
  for (let attempts = 0; attempts < MAX_ATTEMPTS && queue.length > 0; attempts++) {
    const changes = queue.shift()!;
    const tried = evaluate(withChoices(config, changes));
    if (tried.match !== undefined) return { match: tried.match, changes };
    extend(changes, tried.consulted);
  }
  return undefined;
}
