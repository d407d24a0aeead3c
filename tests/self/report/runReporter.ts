import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FullResult, TestError } from '@playwright/test/reporter';
import type { ReportInputs } from '../../../lib/report/loadReportInputs';
import SummaryReporter from '../../../lib/report/SummaryReporter';
import type { Summary } from '../../../lib/report/types';
import { fakeConfig, fakeSuite, fullResult, type FakeTest } from './fakeRun';

export interface ReporterRun {
  outputDir: string;
  loadInputs: () => Promise<ReportInputs>;
  tests: FakeTest[];
  /** Tests that never reached onTestEnd (e.g. not started before Ctrl-C). @defaultValue [] */
  notRun?: FakeTest[];
  status?: FullResult['status'];
  errors?: string[];
  env?: Record<string, string | undefined>;
}

/** Drives SummaryReporter through a whole fake run, every attempt reported, and reads back what it wrote. */
export async function runReporter(run: ReporterRun): Promise<{ summary: Summary; summaryText: string; html: string }> {
  const reporter = new SummaryReporter({ outputDir: run.outputDir, loadInputs: run.loadInputs, env: run.env ?? {} });
  reporter.onBegin(fakeConfig, fakeSuite([...run.tests, ...(run.notRun ?? [])]));
  for (const message of run.errors ?? []) reporter.onError({ message } as TestError);
  for (const { test, results } of run.tests) for (const result of results) reporter.onTestEnd(test, result);
  await reporter.onEnd(fullResult(run.status ?? 'passed'));
  const summaryText = readFileSync(path.join(run.outputDir, 'summary.json'), 'utf8');
  return { summary: JSON.parse(summaryText) as Summary, summaryText, html: readFileSync(path.join(run.outputDir, 'index.html'), 'utf8') };
}
