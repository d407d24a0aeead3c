import type { ChoiceName, ModelConfig, ModelResponse, ModelState, UndocumentedChoices } from './types';

/**
 * Resolves the choice points a request meets. The mock resolves each from its preset
 * (fixedChooser.ts); the oracle enumerates every value (enumerateOutcomes.ts).
 * `options` are the values to choose among: the registry's values for a plain point, the
 * request's own alternatives for `pick` (e.g. the documented errors that apply).
 */
export interface Chooser {
  choose(name: ChoiceName, options: readonly unknown[], kind: 'value' | 'pick'): unknown;
}

/**
 * What a handler gets besides state and body. Undocumented behaviour is reachable only
 * through `choice()` and `pick()`, so a handler cannot depend on a gap without the chooser,
 * and so the oracle, knowing. A point is resolved once per request: asking again gives the
 * same value.
 */
export interface HandlerContext {
  readonly config: ModelConfig;
  /** Unix seconds: the model's only clock. */
  readonly now: number;
  /** The value of a choice point for this request. */
  choice<K extends ChoiceName>(name: K): UndocumentedChoices[K];
  /** One of `options`, as the choice point `name` decides (errorPrecedence). `options` is never empty. */
  pick<T>(name: ChoiceName, options: readonly T[]): T;
  /** The failure code of a condition the documents name no code for (choice point undocumentedErrorCode). */
  undocumentedCode(): number;
}

/** What a handler returns; applyRequest adds `consulted`. */
export interface HandlerOutcome {
  readonly state: ModelState;
  readonly response: ModelResponse;
}

/** One API's behaviour. The body is untrusted. */
export type Handler = (state: ModelState, body: unknown, ctx: HandlerContext) => HandlerOutcome;

/** A context over `chooser`, and the decisions it records (name → value) in consultation order. */
export function createHandlerContext(config: ModelConfig, now: number, chooser: Chooser): { ctx: HandlerContext; decisions: Map<ChoiceName, unknown> } {
  const decisions = new Map<ChoiceName, unknown>();
  const decide = (name: ChoiceName, options: readonly unknown[], kind: 'value' | 'pick'): unknown => {
    if (decisions.has(name)) {
      const made = decisions.get(name);
      // A pick asked twice with other options keeps its position rule: the same value if offered.
      if (kind === 'value' || options.includes(made)) return made;
    }
    const value = chooser.choose(name, options, kind);
    decisions.set(name, value);
    return value;
  };
  const ctx: HandlerContext = {
    config,
    now,
    choice: (name) => decide(name, [], 'value') as never,
    pick: (name, options) => decide(name, options, 'pick') as never,
    undocumentedCode: () => decide('undocumentedErrorCode', [], 'value') as number,
  };
  return { ctx, decisions };
}
