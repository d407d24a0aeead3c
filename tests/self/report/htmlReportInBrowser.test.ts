import { test, expect } from '@playwright/test';
import { copyFileSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderHtmlReport } from '../../../lib/report/renderHtmlReport';
import { chromiumInstalled, launchChromium } from './browserLaunch';
import { syntheticSummary } from './syntheticSummary';

const DOCS_SCREENSHOT = path.resolve(import.meta.dirname, '..', '..', '..', 'docs', 'report-screenshot.png');

test('the HTML report of a failing run renders verdict, fidelity, rule matrix, error codes and a failure with its curl reproducer in Chromium', async ({}, testInfo) => {
  test.skip(!chromiumInstalled(), 'chromium not installed: apt-get install chromium');
  const file = testInfo.outputPath('reports', 'index.html');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, renderHtmlReport(syntheticSummary()));

  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.message())));
    await page.goto(pathToFileURL(file).href);

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
    await expect(failure.getByTestId('curl')).toContainText('curl -sS -X POST');
    await expect(failure.getByTestId('replay')).toContainText('npm run conformance -- --grep');
    // The escaped <script> shows as text and never runs.
    await expect(failure).toContainText('<script>alert(1)</script>');
    expect(dialogs).toEqual([]);
    // The evidence link from the matrix lands on the failure.
    await matrix.locator('[data-rule-id="update.rename.name-too-long.51011"] a').click();
    await expect(page).toHaveURL(/#evidence-update\.rename\.name-too-long\.51011$/);
    await expect(page.getByTestId('diverging-step')).toContainText('search(3)');
    expect(requested.filter((url) => !url.startsWith('file://'))).toEqual([]);

    await page.evaluate('window.scrollTo(0, 0)');
    const screenshot = testInfo.outputPath('reports', 'report-screenshot.png');
    await page.screenshot({ path: screenshot });
    expect(statSync(screenshot).size).toBeGreaterThan(10_000);
    // Why opt-in: a test run must not dirty the work tree; refresh the README's picture on purpose.
    if (process.env.RCC_UPDATE_SCREENSHOT === '1') {
      mkdirSync(path.dirname(DOCS_SCREENSHOT), { recursive: true });
      copyFileSync(screenshot, DOCS_SCREENSHOT);
    }
  } finally {
    await browser.close();
  }
});
