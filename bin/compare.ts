/**
 * `npm run compare -- <run A> <run B> [--out DIR]`: what changed between two saved
 * single-target runs (reports folders or their summary.json), e.g. staging last week and
 * today. Prints the regressed rules (passed → failed), the other status changes, the
 * observations and target-profile entries that changed and the error codes seen in B only;
 * writes compare/index.html and comparison.json (RCC_REPORTS_DIR/compare, reports/compare, or --out).
 * Exit 1 when a documented rule regressed, 0 otherwise, 2 for bad arguments (one line).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compareRuns } from '../lib/report/compare/compareRuns';
import { readSavedRun } from '../lib/report/compare/readSavedRun';
import { renderRunComparison } from '../lib/report/compare/renderRunComparison';
import { redactSecrets } from '../lib/report/redactSecrets';
import { reportsDir } from '../lib/report/reportsDir';

const USAGE = 'usage: npm run compare -- <run A> <run B> [--out DIR]   (each a reports folder or a summary.json)';

function main(argv: readonly string[]): number {
  const runs: string[] = [];
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') {
      out = argv[++i];
      if (out === undefined) return fail('compare: --out needs a folder');
    } else if (argv[i]!.startsWith('--')) return fail(`compare: unknown option ${JSON.stringify(argv[i]!.slice(0, 40))} (${USAGE})`);
    else runs.push(argv[i]!);
  }
  if (runs.length !== 2) return fail(`compare: expected two runs, got ${runs.length} (${USAGE})`);
  const [a, b] = runs.map(readSavedRun);
  if (!a!.ok) return fail(`compare: ${a!.error}`);
  if (!b!.ok) return fail(`compare: ${b!.error}`);
  const comparison = compareRuns(a!.summary, b!.summary, { a: runs[0]!, b: runs[1]! });

  console.log(`compare: A ${comparison.a.target} ${comparison.a.startedAt} (${comparison.a.verdict}) → B ${comparison.b.target} ${comparison.b.startedAt} (${comparison.b.verdict})`);
  for (const r of comparison.ruleChanges) console.log(`${r.regression ? 'regressed' : 'status'}: ${r.id} (${r.from} → ${r.to})${r.regression && r.detail ? `: ${r.detail.split('\n')[0]}` : ''}`);
  for (const o of comparison.observationChanges) console.log(`observation: ${o.id}: ${o.from.join(' | ') || 'not seen'} → ${o.to.join(' | ') || 'not seen'}`);
  for (const p of comparison.profileChanges) console.log(`profile: ${p.choice}: ${p.from.join(' | ') || 'not seen'} → ${p.to.join(' | ') || 'not seen'}`);
  for (const c of comparison.newErrorCodes) console.log(`new error code: ${c.code} (${c.endpoint}) ${c.meaning}`);

  const dir = path.resolve(out ?? path.join(reportsDir(), 'compare'));
  mkdirSync(dir, { recursive: true });
  // Summaries are redacted when written; this pass keeps anything UserSig-shaped out of the diff too.
  writeFileSync(path.join(dir, 'comparison.json'), redactSecrets(`${JSON.stringify(comparison, null, 2)}\n`));
  writeFileSync(path.join(dir, 'index.html'), redactSecrets(renderRunComparison(comparison)));
  console.log(`${comparison.regressions} regression(s); report: ${path.join(dir, 'index.html')}`);
  return comparison.regressions > 0 ? 1 : 0;
}

function fail(line: string): number {
  console.error(line);
  return 2;
}

process.exit(main(process.argv.slice(2)));
