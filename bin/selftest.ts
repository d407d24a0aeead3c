/**
 * `npm test`: the project's own checks, then one closing line `N passed, N failed`
 * that CI reads (Playwright's own summary line does not count).
 *
 * 1. `tsc --noEmit`: Playwright and tsx never type-check.
 * 2. `redocly lint` of the hand-written spec.
 * 3. The `self` Playwright suite (tests/self).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);
let passed = 0;
let failed = 0;

function step(title: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  console.log(ok ? `✔ ${title}` : `✘ ${title} (exit ${result.status ?? result.signal})`);
  return ok;
}

for (const [title, command, args] of [
  ['typecheck (tsc --noEmit)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']],
  ['spec lint (redocly lint)', bin('redocly'), ['lint', 'openapi/openapi.json', '--format=stylish']],
] as const) {
  if (step(title, command, [...args], { REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', REDOCLY_TELEMETRY: 'off' })) passed++;
  else failed++;
}

const resultsFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'rcc-self-')), 'results.json');
const extra = process.argv.slice(2);
step('self-tests (playwright, project self)', bin('playwright'), ['test', ...extra], {
  RCC_SUITE: 'self',
  RCC_SELF_RESULTS: resultsFile,
});
if (existsSync(resultsFile)) {
  const stats = JSON.parse(readFileSync(resultsFile, 'utf8')).stats as { expected: number; unexpected: number; flaky: number };
  passed += stats.expected + stats.flaky;
  failed += stats.unexpected;
} else {
  failed++;
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
