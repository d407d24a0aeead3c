import { ALTERNATIVE_CHOICES, DEFAULT_CHOICES } from '../model/defaults';
import type { ChoiceName, UndocumentedChoices } from '../model/types';

/**
 * The other values an undocumented choice could take, given the target's answer.
 * Two-valued choices flip; the get_contact_group page size (undocumented, notes §3.6
 * "Page size undocumented") also tries the size of the page the target actually returned
 * when it said more pages follow.
 */
export function choiceAlternatives<K extends ChoiceName>(name: K, current: UndocumentedChoices[K], actual: Record<string, unknown>): UndocumentedChoices[K][] {
  const candidates: unknown[] = [DEFAULT_CHOICES[name], ALTERNATIVE_CHOICES[name]];
  if (name === 'getPageSize' && Array.isArray(actual.ContactItem) && actual.CompleteFlag === 0 && actual.ContactItem.length > 0) {
    candidates.unshift(actual.ContactItem.length);
  }
  return [...new Set(candidates)].filter((value) => value !== current) as UndocumentedChoices[K][];
}
