/**
 * A throwaway git checkout of this project for tests that must see `git status` of a run
 * without other people's edits of the real checkout in the way: every file git would list
 * (tracked, and untracked but not ignored) copied as it is now, node_modules linked, committed
 * in a fresh repository under the system temp folder. The real repository is only read.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

/** Runs git in `cwd` and returns its stdout. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=rcc self-test', '-c', 'user.email=rcc@127.0.0.1', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
}

/** Creates the copy and returns its root. */
export function copyCheckout(): string {
  const copy = mkdtempSync(path.join(os.tmpdir(), 'rcc-checkout-'));
  const files = git(ROOT, 'ls-files', '-z', '--cached', '--others', '--exclude-standard').split('\0').filter(Boolean);
  for (const file of new Set(files)) {
    const from = path.join(ROOT, file);
    if (!existsSync(from)) continue; // deleted in the working tree, still in the index
    mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
    copyFileSync(from, path.join(copy, file));
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  git(copy, 'init', '-q');
  git(copy, 'add', '-A');
  git(copy, 'commit', '-q', '--no-verify', '-m', 'copy of the checkout');
  return copy;
}
