/**
 * The rule catalogue: every documented rule the conformance suite checks, with a
 * stable id, its endpoint, a title and the quote it comes from. Tests name the
 * rules they check with the `rule(id)` fixture; the summary lists every rule here.
 */
import type { RuleDefinition } from './types';
import { ENVELOPE_RULES } from './envelopeRules';
import { GATEWAY_RULES } from './gatewayRules';
import { UPDATE_RULES } from './updateRules';
import { MARK_RULES } from './markRules';
import { SEARCH_RULES } from './searchRules';
import { DEL_RULES } from './delRules';
import { READ_RULES } from './readRules';
import { STATEFUL_RULES } from './statefulRules';

/** Every rule, grouped envelope → gateway → endpoints. Ids are unique and stable. */
export const RULES: readonly RuleDefinition[] = Object.freeze([
  ...ENVELOPE_RULES,
  ...GATEWAY_RULES,
  ...UPDATE_RULES,
  ...DEL_RULES,
  ...MARK_RULES,
  ...SEARCH_RULES,
  ...READ_RULES,
  ...STATEFUL_RULES,
]);

const BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));

/** The rule with this id, or undefined when the catalogue has none. */
export function ruleById(id: string): RuleDefinition | undefined {
  return BY_ID.get(id);
}
