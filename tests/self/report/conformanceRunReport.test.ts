import { test, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Summary } from '../../../lib/report/types';
import { chromiumInstalled, launchChromium } from './browserLaunch';
import { expectInFirstViewport } from './firstViewport';
import { findLeaks } from './findLeaks';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const CANARY = 'rcc-canary-secret-7f3a9c1e5b2d4f608a1c3e5b7d9f0a2c';
/** A seeded mock fault and the rule it breaks (mock/faults/clearMarkIgnored.ts). */
const FAULT = 'clear-mark-ignored';
const BROKEN_RULE = 'mark.clear-mark';
/** Every rule this fault may fail: the single-call rule and the stateful family that also sees it. */
const RULES_THE_FAULT_BREAKS = [BROKEN_RULE, 'stateful.set-clear-mark-bits'];

test.describe('a conformance run against the embedded mock with a seeded fault', () => {
  test.describe.configure({ mode: 'serial', timeout: 300_000 });
  let reports = '';
  let exitCode: number | null = null;

  test.beforeAll(async ({}, testInfo) => {
    // Why: describe.configure's timeout covers the tests, not this hook; a whole run on a busy 2-core box needs more than 120 s.
    test.setTimeout(300_000);
    test.skip(!existsSync(path.join(ROOT, 'bin', 'conformance.ts')) || !existsSync(path.join(ROOT, 'mock', 'startMockServer.ts')), 'bin/conformance.ts or the mock is not there yet');
    reports = testInfo.outputPath('reports');
    const child = spawn(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['bin/conformance.ts'], {
      cwd: ROOT,
      // Empty target variables win over a developer's .env: the run must stay on the loopback mock.
      env: { ...process.env, CHAT_TARGET_URL: '', CHAT_REGION: '', CHAT_MOCK_FAULTS: FAULT, CHAT_SECRET_KEY: CANARY, RCC_REPORTS_DIR: reports, RCC_WORKERS: '2', CI: '' },
      stdio: 'ignore',
    });
    exitCode = await new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  });

  test('fails the broken rule, exits 1 and gives a reproducer and the fidelity score in summary.json', async () => {
    expect(exitCode).toBe(1);
    const summary = JSON.parse(readFileSync(path.join(reports, 'summary.json'), 'utf8')) as Summary;
    expect(summary.target).toBe('embedded mock');
    expect(summary.verdict).toBe('fail');
    const broken = summary.rules.find((r) => r.id === BROKEN_RULE);
    expect(broken?.status).toBe('failed');
    const failed = summary.rules.filter((r) => r.status === 'failed').map((r) => r.id);
    expect(failed.filter((id) => !RULES_THE_FAULT_BREAKS.includes(id)), 'no false alarm on other rules').toEqual([]);
    expect(broken?.evidence?.[0]?.curl.some((c) => c.includes('/v4/recentcontact/mark_contact'))).toBe(true);
    expect(broken?.evidence?.[0]?.replay).toMatch(/^npm run conformance -- --grep "/);
    expect(summary.fidelity.applicable).toBe(summary.fidelity.passed + failed.length);
    expect(summary.requests).toBeGreaterThan(0);
  });

  test('the HTML report opens on the failing rule with its diff, replay and curl on the first 1280x800 screen, exchanges collapsed, under 10,000 px, in Chromium', async () => {
    test.skip(!chromiumInstalled(), 'chromium not installed: apt-get install chromium');
    const summary = JSON.parse(readFileSync(path.join(reports, 'summary.json'), 'utf8')) as Summary;
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(pathToFileURL(path.join(reports, 'index.html')).href);
      await expect(page.getByTestId('verdict')).toHaveText('FAIL');
      await expectInFirstViewport(page.getByTestId('verdict'), 'the verdict');
      await expect(page.getByTestId('fidelity')).toContainText(`${summary.fidelity.passed} / ${summary.fidelity.applicable}`);
      await expect(page.getByTestId('rule-matrix').locator(`[data-rule-id="${BROKEN_RULE}"]`)).toContainText('failed');
      const failure = page.locator(`[data-testid="failure"][data-rule-id="${BROKEN_RULE}"]`);
      await expect(failure.getByTestId('curl').filter({ hasText: 'mark_contact' }).first()).toBeVisible();
      for (const [testId, what] of [['failed-rule-id', 'its id'], ['expected', 'expected'], ['actual', 'actual'], ['replay', 'the replay command']] as const) {
        await expectInFirstViewport(failure.getByTestId(testId).first(), `${BROKEN_RULE}: ${what}`);
      }
      await expectInFirstViewport(failure.getByTestId('curl').first(), `${BROKEN_RULE}: the curl command`);
      await expect(page.locator('details[open]:has([data-testid="exchange"])')).toHaveCount(0);
      expect(await page.evaluate<number>('document.documentElement.scrollHeight')).toBeLessThan(10_000);
      await expect(page.getByTestId('error-codes')).toContainText('51011');
      // Kept beside the report it shows, as a user would attach both to a ticket.
      const screenshot = path.join(reports, 'report-screenshot.png');
      await page.screenshot({ path: screenshot, fullPage: true });
      expect(existsSync(screenshot)).toBe(true);
    } finally {
      await browser.close();
    }
  });

  test('no file under the reports dir (summary, HTML, Playwright report, junit, test results) holds the secret key or a UserSig', () => {
    expect(existsSync(path.join(reports, 'junit.xml'))).toBe(true);
    expect(existsSync(path.join(reports, 'playwright', 'index.html'))).toBe(true);
    expect(findLeaks(reports, CANARY)).toEqual([]);
  });
});
