import { test, expect } from '@playwright/test';
import { renderHtmlReport } from '../../../lib/report/renderHtmlReport';
import { syntheticSummary } from './syntheticSummary';

/** The text between `<section id="{id}"` and the next `</section>`. */
function section(html: string, id: string): string {
  const start = html.indexOf(`<section id="${id}"`);
  expect(start, `section #${id}`).toBeGreaterThanOrEqual(0);
  return html.slice(start, html.indexOf('</section>', start));
}

test.describe('renderHtmlReport', () => {
  const html = renderHtmlReport(syntheticSummary());

  test('shows the verdict and the fidelity score as documented rules passed / applicable', () => {
    const header = section(html, 'header');
    expect(header).toMatch(/data-testid="verdict">FAIL</);
    expect(header).toContain('<div class="score">1 / 3</div>');
    expect(header).toContain('33.3%');
    for (const fact of ['embedded mock', '1400000000', '0.1.0', 'abc123def456', '42', '4.3 s', '17']) expect(header).toContain(fact);
  });

  test('escapes a <script> in a response body so it stays text', () => {
    expect(html).not.toContain('<script>');
    expect(section(html, 'failures')).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('ErrorCode 0 &lt;b&gt;bold&lt;/b&gt;');
  });

  test('needs no script or network: no script tag, no external URL in src or href', () => {
    expect(html).not.toMatch(/<script\b/i);
    expect(html).not.toMatch(/\s(?:src|href)="(?!#)/);
  });

  test('lists every rule grouped by endpoint, failed rules first, linked to their evidence', () => {
    const matrix = section(html, 'rule-matrix');
    expect(matrix.match(/data-testid="rule-row"/g)).toHaveLength(4);
    const groups = [...matrix.matchAll(/data-endpoint="([^"]+)"/g)].map((m) => m[1]);
    expect(groups.slice(0, 2).sort()).toEqual(['recentcontact/mark_contact', 'recentcontact/update_contact_group']);
    expect(matrix).toContain('href="#evidence-update.rename.name-too-long.51011"');
    expect(html).toContain('id="evidence-update.rename.name-too-long.51011"');
    expect(matrix).toContain('“The group name can contain up to 64 bytes.”');
  });

  test('shows a failure with expected, actual, the pretty-printed exchange, curl and replay', () => {
    const failures = section(html, 'failures');
    expect(failures).toContain('Failures (2)');
    expect(failures).toContain('data-testid="curl"');
    expect(failures).toContain('npm run conformance -- --grep &quot;rejects a 65-byte group name with 51011&quot;');
    expect(failures).toContain('\n  &quot;UpdateType&quot;: 2,');
  });

  test('marks the diverging step of a shrunk stateful sequence', () => {
    const failures = section(html, 'failures');
    expect(failures).toMatch(/<li class="diverging" data-testid="diverging-step">search\(3\)/);
    expect(failures).toContain('CHAT_PATH=0:1:1');
  });

  test('lists error codes, limits, neutral observations and traffic with SVG charts', () => {
    const codes = section(html, 'error-codes');
    expect(codes.match(/data-testid="error-code-row"/g)).toHaveLength(2);
    expect(codes).toContain('1 of 2 documented codes triggered');
    expect(section(html, 'limits').match(/data-testid="limit-row"/g)).toHaveLength(3);
    const observations = section(html, 'observations');
    expect(observations).toContain('class="observation"');
    expect(observations).not.toMatch(/status-failed|class="no"/);
    const traffic = section(html, 'traffic');
    expect(traffic.match(/<svg /g)).toHaveLength(2);
    expect(traffic).toContain('data-api="recentcontact/mark_contact"');
  });

  test('says so when nothing failed and shows the run error for an errored run', () => {
    const errored = renderHtmlReport(syntheticSummary({ verdict: 'error', error: 'globalSetup: mock did not start', rules: [], fidelity: { passed: 0, applicable: 0 } }));
    expect(section(errored, 'failures')).toContain('No rule failed.');
    expect(section(errored, 'header')).toContain('data-testid="run-error">globalSetup: mock did not start');
    expect(section(errored, 'header')).toContain('(n/a)');
  });
});
