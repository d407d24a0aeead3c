import { test, expect } from '@playwright/test';
import { renderHtmlReport } from '../../../lib/report/renderHtmlReport';
import { bulkyFailingSummary } from './bulkyFailingSummary';
import { syntheticSummary } from './syntheticSummary';

/** The text between `<section id="{id}"` and the next `</section>`. */
function section(html: string, id: string): string {
  const start = html.indexOf(`<section id="${id}"`);
  expect(start, `section #${id}`).toBeGreaterThanOrEqual(0);
  return html.slice(start, html.indexOf('</section>', start));
}

/** The `<details ...>` opening tags of `html`. */
function detailsTags(html: string): string[] {
  return html.match(/<details\b[^>]*>/g) ?? [];
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
    expect(html).not.toContain('<b>bold');
    expect(html).toContain('&lt;b&gt;bold&lt;/b&gt;');
  });

  test('needs no script or network: no script tag, no src, links only to anchors or https documentation pages', () => {
    expect(html).not.toMatch(/<script\b/i);
    expect(html).not.toMatch(/\ssrc=/i);
    const external = [...html.matchAll(/\shref="([^"#][^"]*)"/g)].map((m) => m[1]);
    expect(external.length).toBeGreaterThan(0);
    for (const url of external) expect(url).toMatch(/^https:\/\/www\.tencentcloud\.com\/document\//);
  });

  test('puts the failed rules right under the header, before the rule matrix and every other section', () => {
    const order = [...html.matchAll(/<section id="([^"]+)"/g)].map((m) => m[1]);
    expect(order.slice(0, 3)).toEqual(['header', 'failures', 'rule-matrix']);
  });

  test('shows each failed rule with its id, quoted source, a short expected/actual diff, the replay and one curl command', () => {
    const failures = section(html, 'failures');
    expect(failures).toContain('Failed rules (2)');
    expect(failures.match(/data-testid="failure"/g)).toHaveLength(2);
    expect(failures).toContain('“The group name can contain up to 64 bytes.”');
    expect(failures).toMatch(/data-testid="expected">.*ErrorCode <mark>51011<\/mark>/);
    expect(failures).toMatch(/data-testid="actual">.*ErrorCode <mark>0 &lt;b&gt;bold&lt;\/b&gt;<\/mark>/);
    expect(failures).toContain('<pre data-testid="replay">npm run conformance -- --grep &quot;rejects a 65-byte group name with 51011&quot;</pre>');
    expect(failures).toContain('call #1 recentcontact/update_contact_group → HTTP 200 · ErrorCode 51011');
  });

  test('keeps every exchange, pretty-printed with its curl, in a collapsed <details> under its failing test', () => {
    const failures = section(html, 'failures');
    const evidence = failures.slice(failures.indexOf('<details class="evidence"'));
    expect(evidence).toContain('data-testid="exchange"');
    expect(evidence).toContain('\n  &quot;UpdateType&quot;: 2,');
    expect(evidence).toContain('data-testid="curl"');
    expect(detailsTags(failures).filter((tag) => tag.includes('evidence'))).toEqual(['<details class="evidence" data-testid="evidence-details">', '<details class="evidence" data-testid="evidence-details">']);
  });

  test("names a stateful failure's diverging step and replays just its counterexample, the whole sequence one click away", () => {
    const failures = section(html, 'failures');
    expect(failures).toContain('data-testid="diverging-step">at step 2 (3rd of 3): <code>search(3)</code>');
    expect(failures).toContain('<pre data-testid="replay">CHAT_SEED=42 CHAT_PATH=0:1:1 npm run conformance -- --grep &quot;marks agree&quot;</pre>');
    expect(failures).toMatch(/<li class="diverging" data-testid="sequence-diverging-step">search\(3\)/);
    expect(failures).toContain('data-testid="test-replay">npm run conformance -- --grep &quot;model-based: marks agree with the model&quot;');
  });

  test('shows a clipped expected/actual whole inside the evidence, and lists all failed rule ids first when there are three or more', () => {
    const bulky = renderHtmlReport(bulkyFailingSummary());
    const marks = bulky.slice(bulky.indexOf('data-rule-id="mark.clear.removes-bits"'));
    expect(marks).toMatch(/data-testid="actual"><span class="diff-label">actual<\/span><code>…[^<]+group-13<mark>-renamed-twice<\/mark>[^<]+…<\/code>/);
    expect(marks).toContain('Actual, in full');
    expect(section(bulky, 'failures')).not.toContain('class="failure-index"');
    const summary = bulkyFailingSummary();
    const third = { ...summary.rules[0]!, id: 'update.third.failure' };
    const three = renderHtmlReport({ ...summary, rules: [...summary.rules, third] });
    expect(section(three, 'failures')).toMatch(/class="failure-index">.*update\.rename\.name-too-long\.51011.*mark\.clear\.removes-bits.*update\.third\.failure/);
  });

  test('counts rules per endpoint with failing endpoints first, shows failed and inconclusive rules in full, skipped and passed ones collapsed', () => {
    const matrix = section(renderHtmlReport(bulkyFailingSummary()), 'rule-matrix');
    const groups = [...matrix.matchAll(/data-testid="rule-group" data-endpoint="([^"]+)"/g)].map((m) => m[1]);
    expect(groups.slice(0, 2).sort()).toEqual(['recentcontact/mark_contact', 'recentcontact/update_contact_group']);
    const open = matrix.slice(0, matrix.indexOf('<details'));
    expect([...open.matchAll(/data-status="([a-z]+)"/g)].map((m) => m[1])).toEqual(['failed', 'failed', 'inconclusive']);
    expect(open).toContain('href="#evidence-update.rename.name-too-long.51011"');
    expect(detailsTags(matrix)).toEqual(['<details data-testid="skipped-rules">', '<details data-testid="passed-rules">']);
    expect(matrix).toContain('Passed rules (71), with their sources');
    expect(matrix.match(/data-status="passed"/g)).toHaveLength(71);
  });

  test('collapses error codes, limits, observations and traffic, each with a one-line gist', () => {
    const gist = (id: string) => section(html, id).match(/<span class="gist muted">([^<]*)<\/span>/)?.[1];
    expect(gist('error-codes')).toBe('1 of 2 documented codes triggered, 1 answered otherwise than documented');
    expect(gist('limits')).toBe('1 limits probed with 3 values: 1 differ from the documents');
    expect(gist('observations')).toBe('1 recorded, never failures');
    expect(gist('traffic')).toBe('17 requests to 2 APIs, 1 retries, 1 inconclusive');
    for (const id of ['error-codes', 'limits', 'observations', 'traffic']) expect(detailsTags(section(html, id))).toEqual([`<details data-testid="${id}-details">`]);
    expect(section(html, 'error-codes').match(/data-testid="error-code-row"/g)).toHaveLength(2);
    expect(section(html, 'limits').match(/data-testid="limit-row"/g)).toHaveLength(3);
    expect(section(html, 'observations')).not.toMatch(/status-failed|class="no"/);
    expect(section(html, 'traffic').match(/<svg /g)).toHaveLength(2);
  });

  test('renders the target profile as a collapsed table of choice, values, scope and tests, and nothing without one', () => {
    const profile = section(renderHtmlReport(bulkyFailingSummary()), 'target-profile');
    expect(profile).toContain('<h2>Target profile (undocumented behaviour seen)</h2>');
    expect(detailsTags(profile)).toEqual(['<details data-testid="target-profile-details">']);
    expect(profile).toContain('<th>Choice</th><th>Values</th><th>Scope</th><th>Tests</th>');
    expect(profile.match(/data-testid="profile-row"/g)).toHaveLength(3);
    expect(profile).toMatch(/data-choice="itemOrder">[\s\S]*<code>request-order<\/code>, <code>reverse<\/code><\/td><td>per-request<\/td><td class="tests muted">stateful: rename chains · stateful: add\/remove churn<\/td>/);
    expect(profile).toContain('3 choice points resolved, 1 with more than one value');
    expect(html).not.toContain('id="target-profile"');
  });

  test('says so when nothing failed and shows the run error for an errored run', () => {
    const errored = renderHtmlReport(syntheticSummary({ verdict: 'error', error: 'globalSetup: mock did not start', rules: [], fidelity: { passed: 0, applicable: 0 } }));
    expect(section(errored, 'failures')).toContain('No rule failed.');
    expect(section(errored, 'header')).toContain('data-testid="run-error">globalSetup: mock did not start');
    expect(section(errored, 'header')).toContain('(n/a)');
  });
});
