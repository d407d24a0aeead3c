/**
 * Playwright reporter for the conformance run's terminal: one live line
 * `[done/total] requests N · failures N · inconclusive N` and, at the very end, a one-line
 * verdict read from the summary that SummaryReporter wrote.
 * On a TTY the line is rewritten in place; otherwise it is printed every ~10% and at the end.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { FullConfig, FullResult, Reporter, Suite, TestCase, TestError, TestResult } from '@playwright/test/reporter';
import { ANNOTATION } from './protocol';
import { crossesTenth, progressLine, type ProgressCounts } from './progressLine';
import { readAttachments } from './readAttachments';
import { reportsDir } from './reportsDir';
import type { Summary } from './types';
import { failureLines } from './failureLines';
import { verdictLine } from './verdictLine';

/** Where the reporter writes; a TTY stream gets the rewritten line. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface ProgressReporterOptions {
  /** @defaultValue process.stdout */
  stream?: ProgressStream;
  /** Where SummaryReporter writes summary.json. @defaultValue reportsDir() */
  outputDir?: string;
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

export default class ProgressReporter implements Reporter {
  private readonly stream: ProgressStream;
  private readonly outputDir: string;
  private readonly counts: ProgressCounts = { done: 0, total: 0, requests: 0, failures: 0, inconclusive: 0 };
  private startedAtMs = Date.now();
  private lastLine = '';

  constructor(options: ProgressReporterOptions = {}) {
    this.stream = options.stream ?? process.stdout;
    this.outputDir = options.outputDir ?? reportsDir();
  }

  printsToStdio(): boolean {
    return true;
  }

  onBegin(_config: FullConfig, suite: Suite): void {
    this.counts.total = suite.allTests().length;
    this.startedAtMs = Date.now();
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    for (const entry of readAttachments(result.attachments).transcript) this.counts.requests += Math.max(1, entry.attempts || 1);
    // onTestEnd fires per attempt (library-notes.md §2.6 pitfall 5): count a test once, on its last attempt.
    const final = result.status === 'passed' || result.status === 'skipped' || result.status === 'interrupted' || result.retry >= test.retries;
    if (!final) return;
    const previous = this.counts.done;
    this.counts.done++;
    if (test.outcome() === 'unexpected') this.counts.failures++;
    else if ([...test.annotations, ...result.annotations].some((a) => a.type === ANNOTATION.inconclusive)) this.counts.inconclusive++;
    this.show(crossesTenth(previous, this.counts.done, this.counts.total));
  }

  onError(error: TestError): void {
    const line = (error.message ?? error.value ?? 'unknown error').replace(ANSI, '').split('\n').find((l) => l.trim());
    this.endLine();
    this.stream.write(`error: ${line?.trim() ?? 'unknown error'}\n`);
  }

  onEnd(_result: FullResult): void {
    this.show(true);
  }

  /** After every reporter's onEnd, so summary.json of this run is on disk. */
  async onExit(): Promise<void> {
    this.endLine();
    const summary = this.readSummary();
    for (const line of failureLines(summary)) this.stream.write(`${line}\n`);
    this.stream.write(`${verdictLine(summary, this.counts, path.join(this.outputDir, 'index.html'))}\n`);
  }

  private show(printWithoutTty: boolean): void {
    const line = progressLine(this.counts);
    if (this.stream.isTTY) {
      this.stream.write(`\r${line}\u001b[K`);
      this.lastLine = line;
    } else if (printWithoutTty && line !== this.lastLine) {
      this.stream.write(`${line}\n`);
      this.lastLine = line;
    }
  }

  /** On a TTY the live line has no newline yet; finish it before printing anything else. */
  private endLine(): void {
    if (this.stream.isTTY && this.lastLine) this.stream.write('\n');
    this.lastLine = this.stream.isTTY ? '' : this.lastLine;
  }

  /** This run's summary, or undefined when it is missing, unreadable or left over from an earlier run. */
  private readSummary(): Summary | undefined {
    const file = path.join(this.outputDir, 'summary.json');
    try {
      if (statSync(file).mtimeMs < this.startedAtMs - 1000) return undefined;
      return JSON.parse(readFileSync(file, 'utf8')) as Summary;
    } catch {
      return undefined;
    }
  }
}
