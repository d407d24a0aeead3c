import { escapeHtml } from '../escapeHtml';
import type { RuleStatus } from '../types';

/** A rule status as a coloured badge. */
export function renderStatus(status: RuleStatus): string {
  return `<span class="badge status-${escapeHtml(status)}">${escapeHtml(status)}</span>`;
}
