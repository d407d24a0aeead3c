/**
 * The reference mock against the mock with every undocumented choice flipped, the candidate's
 * full conformance run included, both signed with a canary secret key: every flipped point
 * shows up as a profile difference while no documented rule fails, the report reads right in
 * Chromium, and the canary is in no file the run wrote.
 */
import { test, expect } from '@playwright/test';
import { copyFileSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DifferentialSummary } from '../../../lib/differential/types';
import { CHOICE_NAMES, CHOICE_POINTS } from '../../../lib/model/choicePoints';
import { chromiumInstalled, launchChromium } from '../report/browserLaunch';
import { expectInFirstViewport } from '../report/firstViewport';
import { findLeaks } from '../report/findLeaks';
import { ROOT, runTool, type ToolRun } from './runTool';

test.describe.configure({ mode: 'serial' });

const CANARY = 'canary-secret-3f0c9a1d27b84e56a9d0c4e1f7b2a6d8';
let run: ToolRun | undefined;

function summaryOf(reports: string): DifferentialSummary {
  return JSON.parse(readFileSync(path.join(reports, 'differential', 'summary.json'), 'utf8')) as DifferentialSummary;
}

test('against the alternative preset every flipped choice point is a profile difference and the candidate breaks no documented rule', async () => {
  test.setTimeout(300_000);
  run = await runTool(['bin/differential.ts'], {
    CHAT_REFERENCE_MOCK_PRESET: 'default',
    CHAT_REFERENCE_SECRET_KEY: CANARY,
    CHAT_CANDIDATE_MOCK_PRESET: 'alternative',
    CHAT_CANDIDATE_SECRET_KEY: CANARY,
  });
  expect(run.code, run.stderr).toBe(1);
  const summary = summaryOf(run.reports);
  expect(summary.verdict).toBe('different');
  const flipped = CHOICE_NAMES.filter((name) => CHOICE_POINTS[name].default !== CHOICE_POINTS[name].alternative);
  const differing = new Map(summary.profileDifferences.map((d) => [d.choice, d]));
  for (const name of flipped) {
    const row = differing.get(name);
    expect(row, `${name} is a profile difference`).toBeDefined();
    expect(row!.candidate, name).toEqual([String(CHOICE_POINTS[name].alternative)]);
    expect(row!.words).toMatch(/^reference .+; candidate .+$/);
  }
  expect(summary.behaviourMatch.choicePoints.agree).toBe(summary.behaviourMatch.choicePoints.compared - flipped.length);
  expect(summary.candidateConformance).toMatchObject({ ran: true, verdict: 'pass', failedRules: [] });
  expect(summary.modelDivergences).toEqual({ reference: [], candidate: [] });
  expect(summary.specHash).toMatch(/^[0-9a-f]{8,}$/);
  expect(summary.suiteVersion).toBe((JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
  expect(summary.seed).toBe(20261123);
});

test('no file the differential run wrote, the candidate conformance report included, holds the secret key or a UserSig', () => {
  expect(run, 'the run above').toBeDefined();
  const written = path.join(run!.reports, 'differential');
  expect(statSync(path.join(written, 'candidate-conformance', 'summary.json')).isFile()).toBe(true);
  expect(findLeaks(written, CANARY)).toEqual([]);
  expect(`${run!.stdout}${run!.stderr}`).not.toContain(CANARY);
  // The scan is live: the summary's exchanges carry redacted URLs.
  expect(readFileSync(path.join(written, 'summary.json'), 'utf8')).toContain('usersig=<redacted>');
});

test('the differential report opens in Chromium on its verdict, both match figures, the candidate verdict and the profile differences, with a replay line per difference', async ({}, testInfo) => {
  test.skip(!chromiumInstalled(), 'chromium not installed: apt-get install chromium');
  expect(run, 'the run above').toBeDefined();
  const summary = summaryOf(run!.reports);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(pathToFileURL(path.join(run!.reports, 'differential', 'index.html')).href);
    await expect(page.getByTestId('verdict')).toHaveText('DIFFERENT');
    const { probes, choicePoints } = summary.behaviourMatch;
    await expect(page.getByTestId('behaviour-match')).toContainText(`${probes.equivalent} / ${probes.compared} probes`);
    await expect(page.getByTestId('profile-match')).toContainText(`${choicePoints.agree} / ${choicePoints.compared} choice points`);
    await expectInFirstViewport(page.getByTestId('verdict'), 'the verdict');
    await expectInFirstViewport(page.getByTestId('candidate-verdict'), "the candidate's documented-rule verdict");
    await expect(page.getByTestId('candidate-verdict')).toHaveText('pass');
    await expect(page.getByTestId('profile-difference')).toHaveCount(summary.profileDifferences.length);
    await expect(page.locator('[data-testid="profile-difference"][data-choice="groupIdAllocation"]')).toContainText('never reuses a GroupId');
    const first = page.getByTestId('difference').first();
    await expect(first.getByTestId('replay')).toContainText('npm run differential -- --replay ');
    // Exchanges stay collapsed until asked for.
    await expect(first.getByTestId('exchange').first()).toBeHidden();
    await first.locator('details.evidence > summary').click();
    await expect(first.getByTestId('exchange').first()).toBeVisible();
    await expect(page.getByTestId('probes-details')).not.toHaveAttribute('open');
    const screenshot = testInfo.outputPath('differential-screenshot.png');
    // A fresh page: a reload would restore the scroll position of the click above.
    const top = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await top.goto(page.url());
    await top.screenshot({ path: screenshot });
    expect(statSync(screenshot).size).toBeGreaterThan(10_000);
    // Why opt-in: a test run must not dirty the work tree; refresh the README's picture on purpose.
    if (process.env.RCC_UPDATE_SCREENSHOT === '1') {
      mkdirSync(path.join(ROOT, 'docs'), { recursive: true });
      copyFileSync(screenshot, path.join(ROOT, 'docs', 'differential-screenshot.png'));
    }
    expect(requested.filter((url) => !url.startsWith('file://'))).toEqual([]);
  } finally {
    await browser.close();
  }
});
