import { test, expect, type Page } from '@playwright/test';
import { copyFileSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderHtmlReport } from '../../../lib/report/renderHtmlReport';
import type { Summary } from '../../../lib/report/types';
import { chromiumInstalled, launchChromium } from './browserLaunch';
import { BULKY_EXCHANGES_PER_FAILURE, bulkyFailingSummary } from './bulkyFailingSummary';
import { expectInFirstViewport } from './firstViewport';
import { syntheticSummary } from './syntheticSummary';

const DOCS_SCREENSHOT = path.resolve(import.meta.dirname, '..', '..', '..', 'docs', 'report-screenshot.png');
/** The first screen the report is designed for. */
const FIRST_SCREEN = { width: 1280, height: 800 };
/** A failing run's report must stay this short by default, whatever it recorded. */
const MAX_HEIGHT_PX = 10_000;

test.skip(!chromiumInstalled(), 'chromium not installed: apt-get install chromium');

/** Writes the report of `summary` beside its screenshot and opens it at the first screen's size. */
async function openReport(summary: Summary, file: string, run: (page: Page) => Promise<void>): Promise<void> {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, renderHtmlReport(summary));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: FIRST_SCREEN });
    await page.goto(pathToFileURL(file).href);
    await run(page);
  } finally {
    await browser.close();
  }
}

test('the HTML report of a failing run renders verdict, fidelity, rule matrix, error codes and a failure with its curl reproducer in Chromium', async ({}, testInfo) => {
  await openReport(syntheticSummary(), testInfo.outputPath('reports', 'index.html'), async (page) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.message())));
    await page.reload();

    await expect(page.getByTestId('verdict')).toHaveText('FAIL');
    await expect(page.getByTestId('fidelity')).toContainText('1 / 3');
    await expect(page.getByTestId('fidelity')).toContainText('documented rules passed / applicable');
    const matrix = page.getByTestId('rule-matrix');
    await expect(matrix).toBeVisible();
    await expect(matrix.getByTestId('rule-row')).toHaveCount(4);
    await expect(matrix.locator('[data-rule-id="update.rename.name-too-long.51011"]')).toContainText('failed');
    await expect(page.getByTestId('error-codes').getByTestId('error-code-row').first()).toContainText('51011');
    const failure = page.locator('[data-testid="failure"][data-rule-id="update.rename.name-too-long.51011"]');
    await expect(failure).toBeVisible();
    await expect(failure.getByTestId('curl').first()).toBeVisible();
    await expect(failure.getByTestId('curl').first()).toContainText('curl -sS -X POST');
    await expect(failure.getByTestId('replay')).toContainText('npm run conformance -- --grep');
    // The escaped <script> shows as text and never runs.
    await failure.locator('details.evidence > summary').click();
    await expect(failure.getByTestId('exchange').first()).toContainText('<script>alert(1)</script>');
    expect(dialogs).toEqual([]);
    // The evidence link from the matrix lands on the failure.
    await matrix.locator('[data-rule-id="update.rename.name-too-long.51011"] a', { hasText: 'evidence' }).click();
    await expect(page).toHaveURL(/#evidence-update\.rename\.name-too-long\.51011$/);
    await expect(page.getByTestId('diverging-step')).toContainText('search(3)');
    expect(requested.filter((url) => !url.startsWith('file://'))).toEqual([]);
  });
});

test('a failing run with 500 recorded calls opens on its failures: verdict, each failed rule with its diff, replay and curl on the first 1280x800 screen, every exchange collapsed, the page under 10,000 px', async ({}, testInfo) => {
  const summary = bulkyFailingSummary();
  const failed = summary.rules.filter((r) => r.status === 'failed');
  expect(failed).toHaveLength(2);
  expect(failed.flatMap((r) => r.evidence ?? []).reduce((n, ev) => n + ev.exchanges.length, 0)).toBe(2 * BULKY_EXCHANGES_PER_FAILURE);
  const file = testInfo.outputPath('reports', 'index.html');
  await openReport(summary, file, async (page) => {
    await expectInFirstViewport(page.getByTestId('verdict'), 'the verdict');
    for (const rule of failed) {
      const card = page.locator(`[data-testid="failure"][data-rule-id="${rule.id}"]`);
      await expect(card.getByTestId('failed-rule-id')).toHaveText(rule.id);
      await expectInFirstViewport(card.getByTestId('failed-rule-id'), `${rule.id}: its id`);
      await expectInFirstViewport(card.getByTestId('expected'), `${rule.id}: expected`);
      await expectInFirstViewport(card.getByTestId('actual'), `${rule.id}: actual`);
      await expectInFirstViewport(card.getByTestId('replay'), `${rule.id}: the replay command`);
      await expectInFirstViewport(card.getByTestId('curl').first(), `${rule.id}: the curl command`);
      await expect(card.getByTestId('replay')).toContainText('npm run conformance -- --grep');
      await expect(card.getByTestId('curl').first()).toContainText(`/v4/${rule.endpoint}?`);
    }
    // The stateful failure names its diverging step on the first screen.
    await expectInFirstViewport(page.getByTestId('diverging-step'), 'the diverging step');
    await expect(page.getByTestId('diverging-step')).toContainText('step 11 (12th of 12): ReadBack(A)');

    const withExchanges = page.locator('details:has([data-testid="exchange"])');
    await expect(withExchanges).toHaveCount(2);
    await expect(page.locator('details[open]:has([data-testid="exchange"])')).toHaveCount(0);
    await expect(page.getByTestId('exchange').first()).toBeHidden();
    for (const id of ['passed-rules', 'skipped-rules', 'error-codes-details', 'limits-details', 'observations-details', 'target-profile-details', 'traffic-details']) {
      await expect(page.getByTestId(id), `${id} is collapsed`).not.toHaveAttribute('open');
    }
    const height = await page.evaluate<number>('document.documentElement.scrollHeight');
    expect(height, 'scrollHeight of the whole page').toBeLessThan(MAX_HEIGHT_PX);

    const screenshot = path.join(path.dirname(file), 'report-screenshot.png');
    await page.screenshot({ path: screenshot });
    expect(statSync(screenshot).size).toBeGreaterThan(10_000);
    // Why opt-in: a test run must not dirty the work tree; refresh the README's picture on purpose.
    if (process.env.RCC_UPDATE_SCREENSHOT === '1') {
      mkdirSync(path.dirname(DOCS_SCREENSHOT), { recursive: true });
      copyFileSync(screenshot, DOCS_SCREENSHOT);
    }

    // One click opens a failing test's full evidence: its calls, request and response.
    const marks = page.locator(`[data-testid="failure"][data-rule-id="${failed[1]!.id}"]`);
    await marks.locator('details.evidence > summary').click();
    await expect(marks.getByTestId('exchange')).toHaveCount(BULKY_EXCHANGES_PER_FAILURE);
    await expect(marks.getByTestId('exchange').first()).toBeVisible();
  });
});
