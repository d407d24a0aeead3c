import type { ChoiceName, ModelConfig, ModelResponse, ModelState, UndocumentedChoices } from './types';

/**
 * What a handler gets besides state and body. Reading a choice through `choice()`
 * records it in `consulted`, so a handler cannot depend on a choice without the oracle
 * knowing. `config.choices` may be read directly only to decide whether a choice
 * influenced the answer at all (then `note()` it).
 */
export interface HandlerContext {
  readonly config: ModelConfig;
  /** Unix seconds: the model's only clock. */
  readonly now: number;
  /** Reads an undocumented choice and records that the answer depends on it. */
  choice<K extends ChoiceName>(name: K): UndocumentedChoices[K];
  /** Records that the answer depends on a choice read through `config.choices`. */
  note(name: ChoiceName): void;
}

/** What a handler returns; applyRequest adds `consulted`. */
export interface HandlerOutcome {
  readonly state: ModelState;
  readonly response: ModelResponse;
}

/** One API's behaviour. The body is untrusted. */
export type Handler = (state: ModelState, body: unknown, ctx: HandlerContext) => HandlerOutcome;

/** A context and the set it records consulted choices into. */
export function createHandlerContext(config: ModelConfig, now: number): { ctx: HandlerContext; consulted: Set<ChoiceName> } {
  const consulted = new Set<ChoiceName>();
  const ctx: HandlerContext = {
    config,
    now,
    choice(name) {
      consulted.add(name);
      return config.choices[name];
    },
    note(name) {
      consulted.add(name);
    },
  };
  return { ctx, consulted };
}
