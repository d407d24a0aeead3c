/**
 * lib/spec/generated/openapi.d.ts is what `npm run gen:types` writes from the current spec: a stale
 * file would let code compile against types the spec no longer has.
 */
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..', '..');
const COMMITTED = path.join(root, 'lib', 'spec', 'generated', 'openapi.d.ts');

test('the committed generated types are not stale (regenerated output is identical)', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rcc-gen-types-'));
  try {
    const fresh = path.join(dir, 'openapi.d.ts');
    const run = spawnSync(path.join(root, 'node_modules', '.bin', 'openapi-typescript'), ['openapi/openapi.json', '-o', fresh], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(COMMITTED, 'utf8'), 'run `npm run gen:types` and commit lib/spec/generated/openapi.d.ts').toBe(readFileSync(fresh, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
