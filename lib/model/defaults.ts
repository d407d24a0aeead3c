import { CHOICE_NAMES, CHOICE_POINTS } from './choicePoints';
import type { ModelConfig, ModelLimits, UndocumentedChoices } from './types';

/**
 * The documented limits (update_contact_group.page.txt: "Each user can create up to 20
 * conversation groups ... The session cap is set at 1000"; "NewGroupName ... Maximum
 * length: 64 bytes"; mark_contact.txt: "up to 100 conversation marks", "CustomMark ...
 * Up to 256 bytes"; search_contact_group.txt: "Up to 300 conversations").
 */
export const DEFAULT_LIMITS: ModelLimits = Object.freeze({
  nameMaxBytes: 64,
  maxGroupsPerUser: 20,
  maxConversationsPerUser: 1000,
  maxItemsPerUpdate: 100,
  maxSearchItems: 300,
  customMarkMaxBytes: 256,
});

/** The mock's default preset: the most plausible reading of each gap (choicePoints.ts). */
export const DEFAULT_CHOICES: UndocumentedChoices = presetOf('default');

/**
 * Every undocumented choice flipped. The conformance suite must pass against a mock
 * running this too, which proves no test hard-codes a guess. The page size is small
 * so that paging really happens in short tests.
 */
export const ALTERNATIVE_CHOICES: UndocumentedChoices = presetOf('alternative');

function presetOf(which: 'default' | 'alternative'): UndocumentedChoices {
  const entries = CHOICE_NAMES.map((name) => [name, CHOICE_POINTS[name][which]]);
  return Object.freeze(Object.fromEntries(entries)) as unknown as UndocumentedChoices;
}

/** Documented limits, default choices. */
export const DEFAULT_CONFIG: ModelConfig = Object.freeze({ limits: DEFAULT_LIMITS, choices: DEFAULT_CHOICES });

/** Documented limits, every choice flipped. */
export const ALTERNATIVE_CONFIG: ModelConfig = Object.freeze({ limits: DEFAULT_LIMITS, choices: ALTERNATIVE_CHOICES });

/**
 * A configuration: the defaults with some limits or choices replaced
 * (e.g. the mock's seeded fault `{ limits: { nameMaxBytes: 65 } }`).
 */
export function modelConfig(overrides: { limits?: Partial<ModelLimits>; choices?: Partial<UndocumentedChoices> } = {}): ModelConfig {
  return Object.freeze({
    limits: Object.freeze({ ...DEFAULT_LIMITS, ...overrides.limits }),
    choices: Object.freeze({ ...DEFAULT_CHOICES, ...overrides.choices }),
  });
}
