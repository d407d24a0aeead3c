import type { ChoiceName, ModelConfig, UndocumentedChoices } from '../model/types';

/** One undocumented choice set to a value. */
export type ChoiceChange = readonly [ChoiceName, unknown];

/** `config` with the given choices changed; limits untouched. */
export function withChoices(config: ModelConfig, changes: readonly ChoiceChange[]): ModelConfig {
  const choices = { ...config.choices } as Record<ChoiceName, unknown>;
  for (const [name, value] of changes) choices[name] = value;
  return { limits: config.limits, choices: choices as unknown as UndocumentedChoices };
}
