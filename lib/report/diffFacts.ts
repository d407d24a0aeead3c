import { escapeHtml } from './escapeHtml';

/** The header's facts list: `[label, value]` pairs as a `<dl class="facts">`, each value with a stable test id. */
export function diffFacts(facts: readonly (readonly [string, string])[]): string {
  const items = facts.map(([label, value]) => {
    const id = `fact-${label.toLowerCase().replaceAll(' ', '-')}`;
    return `<div><dt>${escapeHtml(label)}</dt><dd data-testid="${escapeHtml(id)}">${escapeHtml(value)}</dd></div>`;
  });
  return `<dl class="facts">${items.join('')}</dl>`;
}
