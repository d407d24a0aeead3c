import { escapeHtml as e } from '../escapeHtml';
import type { DiffPiece, ShortDiff } from './shortDiff';

/**
 * A short diff as two labelled lines, expected then actual, the differing part of each in a
 * `<mark>`; an empty differing part (one side only adds text) shows as a thin caret.
 */
export function renderShortDiff(diff: ShortDiff): string {
  return `<div class="diff" data-testid="diff">
<div class="diff-line diff-expected" data-testid="expected"><span class="diff-label">expected</span><code>${pieces(diff.expected)}</code></div>
<div class="diff-line diff-actual" data-testid="actual"><span class="diff-label">actual</span><code>${pieces(diff.actual)}</code></div>
</div>`;
}

function pieces(list: readonly DiffPiece[]): string {
  return list.map((p) => (!p.changed ? e(p.text) : p.text === '' ? '<mark class="caret" title="nothing here on this side"></mark>' : `<mark>${e(p.text)}</mark>`)).join('');
}
