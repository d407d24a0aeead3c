/**
 * Stable anchors, so the rule matrix can link to a failure's evidence and the browser
 * test and readers can deep-link (`index.html#evidence-update.rename.name-too-long.51011`).
 */
export function evidenceAnchor(ruleId: string): string {
  return `evidence-${slug(ruleId)}`;
}

export function ruleAnchor(ruleId: string): string {
  return `rule-${slug(ruleId)}`;
}

function slug(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]/g, '_');
}
