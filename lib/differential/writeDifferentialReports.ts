import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { redactSecrets } from '../report/redactSecrets';
import { renderDifferentialReport } from './html/renderDifferentialReport';
import type { DifferentialSummary } from './types';

/**
 * Writes `summary.json` and `index.html` into `outputDir`, each through the final redaction
 * pass with both sides' secret keys (transcripts are already redacted where they are
 * recorded); each file is written under a temporary name and renamed, so a reader never sees
 * half a report. Returns the HTML file.
 */
export function writeDifferentialReports(summary: DifferentialSummary, outputDir: string, secrets: readonly string[]): string {
  mkdirSync(outputDir, { recursive: true });
  const write = (name: string, text: string): string => {
    const file = path.join(outputDir, name);
    writeFileSync(`${file}.${process.pid}.tmp`, redactSecrets(text, { secrets }), 'utf8');
    renameSync(`${file}.${process.pid}.tmp`, file);
    return file;
  };
  write('summary.json', `${JSON.stringify(summary, null, 2)}\n`);
  return write('index.html', renderDifferentialReport(summary));
}
