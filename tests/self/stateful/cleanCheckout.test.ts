/**
 * A failing stateful run leaves the checkout as it found it: the counterexample goes to the
 * target's corpus folder (CHAT_CORPUS_DIR, default `.conformance/corpus`, git-ignored), never
 * to the shipped `reports/corpus/stateful.json`. Each run happens in a throwaway copy of the
 * checkout (copyCheckout.ts), so `git status` sees only what the run wrote.
 */
import { test, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CorpusEntry } from '../../../generators/CorpusEntry';
import type { Summary } from '../../../lib/report/types';
import { copyCheckout, git } from './copyCheckout';

test.describe.configure({ mode: 'parallel' });
test.setTimeout(240_000);

/** The fault makes the set/clear family diverge; the shipped corpus has no case for it, so fast-check finds a new one. */
const FAULT = 'clear-mark-ignored';
const SLUG = `embedded-mock+${FAULT}`;
const GREP = 'stateful: set/clear mark bits';

/** `npm run conformance` in `checkout`, as a user would, with reports in its own reports/ folder. */
async function runIn(checkout: string, env: Record<string, string>): Promise<{ code: number | null; summary?: Summary; output: string }> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(CHAT_|RCC_|TEST_|PW_|PLAYWRIGHT_)/.test(k)));
  const child = spawn(path.join(checkout, 'node_modules', '.bin', 'tsx'), ['bin/conformance.ts', '--grep', GREP], {
    cwd: checkout,
    env: { ...base, CHAT_TARGET_URL: '', CHAT_REGION: '', CHAT_MOCK_FAULTS: FAULT, CHAT_RUNS: '20', RCC_WORKERS: '1', ...env },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const file = path.join(checkout, 'reports', 'summary.json');
  return { code, output, ...(existsSync(file) && { summary: JSON.parse(readFileSync(file, 'utf8')) as Summary }) };
}

function entriesOf(file: string): CorpusEntry[] {
  return JSON.parse(readFileSync(file, 'utf8')) as CorpusEntry[];
}

test.describe('a failing stateful run and the checkout', () => {
  test('leaves git status unchanged and stores the counterexample in CHAT_CORPUS_DIR/<target>/stateful.json', async () => {
    const checkout = copyCheckout();
    const corpusDir = mkdtempSync(path.join(os.tmpdir(), 'rcc-corpus-'));
    try {
      const shipped = readFileSync(path.join(checkout, 'reports', 'corpus', 'stateful.json'), 'utf8');
      const run = await runIn(checkout, { CHAT_CORPUS_DIR: corpusDir });
      expect(run.code, run.output.slice(-2000)).toBe(1);
      expect(run.summary?.rules.filter((r) => r.status === 'failed').map((r) => r.id)).toEqual(['stateful.set-clear-mark-bits']);
      expect(git(checkout, 'status', '--porcelain', '--untracked-files=all')).toBe('');
      expect(readFileSync(path.join(checkout, 'reports', 'corpus', 'stateful.json'), 'utf8')).toBe(shipped);
      const stored = entriesOf(path.join(corpusDir, SLUG, 'stateful.json'));
      expect(stored.map((e) => e.family)).toEqual(['set-clear-mark-bits']);
      expect(stored[0]!.commands.length).toBeGreaterThan(0);
      expect(existsSync(path.join(checkout, '.conformance')), 'nothing in the default folder when CHAT_CORPUS_DIR is set').toBe(false);
    } finally {
      rmSync(checkout, { recursive: true, force: true });
      rmSync(corpusDir, { recursive: true, force: true });
    }
  });

  test('stores it by default in .conformance/corpus/<target>/stateful.json, which git ignores', async () => {
    const checkout = copyCheckout();
    try {
      const run = await runIn(checkout, {});
      expect(run.code, run.output.slice(-2000)).toBe(1);
      const file = path.join('.conformance', 'corpus', SLUG, 'stateful.json');
      expect(entriesOf(path.join(checkout, file)).map((e) => e.family)).toEqual(['set-clear-mark-bits']);
      // The failure message says where it went (junit.xml carries the message; the console line is the rule's).
      expect(readFileSync(path.join(checkout, 'reports', 'junit.xml'), 'utf8')).toContain(`counterexample stored in ${path.join(checkout, file)}`);
      expect(git(checkout, 'check-ignore', file).trim()).toBe(file);
      expect(git(checkout, 'status', '--porcelain', '--untracked-files=all')).toBe('');
    } finally {
      rmSync(checkout, { recursive: true, force: true });
    }
  });
});
