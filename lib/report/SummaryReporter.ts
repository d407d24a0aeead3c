/**
 * Playwright reporter that writes `summary.json` and the HTML conformance report
 * (`index.html`) at the end of every conformance run, also a failed, timed-out or
 * interrupted one (Ctrl-C: Playwright still calls onEnd with status `interrupted`).
 * Thin on purpose: it collects, the pure functions (buildSummary, renderHtmlReport) decide.
 */
import type { FullConfig, FullResult, Reporter, Suite, TestCase, TestError, TestResult } from '@playwright/test/reporter';
import { buildSummary } from './buildSummary';
import { loadReportInputs, type ReportInputs } from './loadReportInputs';
import { reportsDir } from './reportsDir';
import { targetLabel } from './targetLabel';
import { toTestRecord } from './toTestRecord';
import type { ShardInfo } from './types';
import { writeReports } from './writeReports';

export interface SummaryReporterOptions {
  /** Where summary.json and index.html go. @defaultValue reportsDir() */
  outputDir?: string;
  /** Loads the catalogue, codes, spec hash, config. Self-tests pass a stub. @defaultValue loadReportInputs */
  loadInputs?: () => Promise<ReportInputs>;
  /** Environment read for RCC_TARGET_LABEL, CHAT_SEED and CHAT_SECRET_KEY. @defaultValue process.env */
  env?: Record<string, string | undefined>;
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

export default class SummaryReporter implements Reporter {
  private readonly outputDir: string;
  private readonly env: Record<string, string | undefined>;
  /** Started at construction so the inputs are ready long before a Ctrl-C. */
  private readonly inputs: Promise<ReportInputs>;
  private readonly tests = new Map<string, TestCase>();
  private readonly errors: string[] = [];
  private planned = 0;
  /** `--shard=current/total`, recorded so report:merge can check it has every shard. */
  private shard: ShardInfo | undefined;
  private startedAt = new Date();

  constructor(options: SummaryReporterOptions = {}) {
    this.outputDir = options.outputDir ?? reportsDir();
    this.env = options.env ?? process.env;
    this.inputs = (options.loadInputs ?? loadReportInputs)();
  }

  printsToStdio(): boolean {
    return false;
  }

  onBegin(config: FullConfig, suite: Suite): void {
    this.planned = suite.allTests().length;
    this.shard = config.shard ?? undefined;
    this.startedAt = new Date();
  }

  /** Called once per attempt; the TestCase keeps every attempt, so keeping the latest call is enough. */
  onTestEnd(test: TestCase, _result: TestResult): void {
    this.tests.set(test.id, test);
  }

  onError(error: TestError): void {
    const line = (error.message ?? error.value ?? 'unknown error').replace(ANSI, '').split('\n').find((l) => l.trim());
    this.errors.push(line?.trim() ?? 'unknown error');
  }

  async onEnd(result: FullResult): Promise<void> {
    const inputs = await this.inputs;
    const config = inputs.config;
    const seed = config?.seed ?? Number(this.env.CHAT_SEED ?? Number.NaN);
    const summary = buildSummary({
      records: [...this.tests.values()].map(toTestRecord),
      catalogue: inputs.rules,
      documentedErrorCodes: inputs.documentedErrorCodes,
      ...(inputs.sentences && { sentences: inputs.sentences }),
      toCurl: inputs.toCurl,
      problems: inputs.problems,
      run: {
        target: targetLabel(this.env.RCC_TARGET_LABEL, config),
        ...(config && { sdkAppId: config.sdkAppId }),
        suiteVersion: inputs.suiteVersion,
        specHash: inputs.specHash,
        seed: Number.isFinite(seed) ? seed : 0,
        startedAt: (result.startTime ?? this.startedAt).toISOString(),
        durationMs: Math.round(result.duration ?? Date.now() - this.startedAt.getTime()),
        status: result.status,
        errors: this.errors,
        plannedTests: this.planned,
      },
    });
    try {
      writeReports(this.shard ? { ...summary, shard: this.shard } : summary, this.outputDir, { secrets: [config?.secretKey, this.env.CHAT_SECRET_KEY] });
    } catch (error) {
      // One clear line, never a stack: the run's own result still stands.
      process.stderr.write(`summary reporter: cannot write reports to ${this.outputDir}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
    }
  }
}
