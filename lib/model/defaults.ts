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

/** The most plausible reading of each gap in the docs (notes §5, §9). */
export const DEFAULT_CHOICES: UndocumentedChoices = Object.freeze({
  duplicateNameOnCreate: 'reject',
  renameOntoExisting: 'reject',
  reAddMember: 'ok',
  removeNonMember: 'ok',
  standardMarkBitOrder: 'msb-first',
  groupIdAllocation: 'reuse-lowest',
  itemOrder: 'request-order',
  getPageSize: 100,
  searchEmptyItem: 'include-empty',
  setAndClearSameBit: 'set-wins',
  itemErrorPlacement: 'per-item',
});

/**
 * Every undocumented choice flipped. The conformance suite must pass against a mock
 * running this too, which proves no test hard-codes a guess. The page size is small
 * so that paging really happens in short tests.
 */
export const ALTERNATIVE_CHOICES: UndocumentedChoices = Object.freeze({
  duplicateNameOnCreate: 'return-existing',
  renameOntoExisting: 'allow',
  reAddMember: 'item-error',
  removeNonMember: 'item-error',
  standardMarkBitOrder: 'lsb-first',
  groupIdAllocation: 'monotonic',
  itemOrder: 'reverse',
  getPageSize: 7,
  searchEmptyItem: 'omit',
  setAndClearSameBit: 'clear-wins',
  itemErrorPlacement: 'top-level',
});

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
