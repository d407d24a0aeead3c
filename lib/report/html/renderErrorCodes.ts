import { escapeHtml as e } from '../escapeHtml';
import type { Summary } from '../types';
import { renderCollapsedSection } from './renderCollapsedSection';

/**
 * Every documented error code per endpoint (and the public ones): triggered, how, answered as
 * documented. Collapsed; the gist counts the codes triggered and those answered otherwise.
 */
export function renderErrorCodes(summary: Summary): string {
  const triggered = summary.errorCodes.filter((c) => c.triggered).length;
  const rows = summary.errorCodes.map((c) => {
    const asDoc = c.answeredAsDocumented === undefined ? '<span class="muted">—</span>' : c.answeredAsDocumented ? '<span class="yes">yes</span>' : '<span class="no">no</span>';
    return `<tr data-testid="error-code-row" data-code="${c.code}" data-endpoint="${e(c.endpoint)}">
<td><code>${c.code}</code></td><td>${e(c.endpoint)}</td><td>${e(c.meaning)}</td>
<td>${c.triggered ? '<span class="yes">yes</span>' : '<span class="muted">no</span>'}</td><td>${e(c.how ?? '')}</td><td>${asDoc}</td></tr>`;
  });
  const otherwise = summary.errorCodes.filter((c) => c.answeredAsDocumented === false).length;
  const gist = `${triggered} of ${summary.errorCodes.length} documented codes triggered` + (otherwise ? `, ${otherwise} answered otherwise than documented` : '');
  return renderCollapsedSection({
    id: 'error-codes',
    title: 'Error-code coverage',
    gist,
    body: `<table><thead><tr><th>Code</th><th>Endpoint</th><th>Meaning</th><th>Triggered</th><th>How</th><th>Answered as documented</th></tr></thead>
<tbody>
${rows.join('\n') || '<tr><td colspan="6" class="muted">No documented error codes were listed.</td></tr>'}
</tbody></table>`,
  });
}
