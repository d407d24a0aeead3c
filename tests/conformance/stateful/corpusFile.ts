/**
 * The regression corpus of the stateful properties: `reports/corpus/stateful.json`, committed,
 * replayed first on every run. When the suite runs with RCC_REPORTS_DIR (the self-tests run
 * it against seeded faults), new entries go to `<RCC_REPORTS_DIR>/corpus/stateful.json`
 * instead, so a test run never edits the committed file.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CorpusEntry } from '../../../generators/CorpusEntry';

const COMMITTED = path.resolve(import.meta.dirname, '..', '..', '..', 'reports', 'corpus', 'stateful.json');

/** Where new entries are appended. */
export function corpusWritePath(): string {
  const dir = process.env.RCC_REPORTS_DIR;
  return dir ? path.join(path.resolve(dir), 'corpus', 'stateful.json') : COMMITTED;
}

/** Every stored entry (committed first); a missing or unreadable file counts as empty. */
export function readCorpus(): CorpusEntry[] {
  const files = [...new Set([COMMITTED, corpusWritePath()])];
  return files.flatMap((file) => readEntries(file));
}

/** Appends an entry unless the same counterexample is stored already. */
export function appendCorpus(entry: CorpusEntry): void {
  const file = corpusWritePath();
  const entries = readEntries(file);
  if (entries.some((e) => e.family === entry.family && e.seed === entry.seed && e.path === entry.path && e.replayPath === entry.replayPath)) return;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify([...entries, entry], null, 2)}\n`);
}

function readEntries(file: string): CorpusEntry[] {
  if (!existsSync(file)) return [];
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return Array.isArray(parsed) ? (parsed as CorpusEntry[]) : [];
  } catch {
    return [];
  }
}
