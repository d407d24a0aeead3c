import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { redactSecrets, type RedactOptions } from './redactSecrets';
import { renderHtmlReport } from './renderHtmlReport';
import type { Summary } from './types';

/** The files {@link writeReports} wrote. */
export interface WrittenReports {
  summaryJson: string;
  indexHtml: string;
}

/**
 * Writes `summary.json` and `index.html` into `outputDir`, each through the final
 * redaction pass. Synchronous on purpose: on Ctrl-C Playwright calls `onEnd` once and the
 * process may exit soon after, so nothing may wait on the event loop. Each file is written
 * to a temporary name and renamed, so a reader never sees half a report.
 */
export function writeReports(summary: Summary, outputDir: string, redact: RedactOptions = {}): WrittenReports {
  mkdirSync(outputDir, { recursive: true });
  const summaryJson = path.join(outputDir, 'summary.json');
  const indexHtml = path.join(outputDir, 'index.html');
  writeAtomically(summaryJson, redactSecrets(`${JSON.stringify(summary, null, 2)}\n`, redact));
  writeAtomically(indexHtml, redactSecrets(renderHtmlReport(summary), redact));
  return { summaryJson, indexHtml };
}

function writeAtomically(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text, 'utf8');
  renameSync(temporary, file);
}
