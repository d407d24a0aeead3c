/**
 * The regression corpus of the stateful properties, in two parts, both replayed first:
 * - shipped: `reports/corpus/stateful.json`, committed, the named regression cases. Read only:
 *   a run never writes the checkout.
 * - per target: `<CHAT_CORPUS_DIR>/<target slug>/stateful.json` (default `.conformance/corpus`
 *   in the project root, git-ignored): the counterexamples runs against that target found.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CorpusEntry } from '../../../generators/CorpusEntry';
import { CONFIG_DEFAULTS } from '../../../lib/config/configDefaults';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

/** The shipped regression cases; never written. */
export const SHIPPED_CORPUS = path.join(ROOT, 'reports', 'corpus', 'stateful.json');

/** The corpus file of one target: CHAT_CORPUS_DIR (relative to the current directory) or the default in the project root. */
export function targetCorpusFile(slug: string, corpusDir: string | undefined): string {
  const dir = corpusDir !== undefined ? path.resolve(corpusDir) : path.join(ROOT, CONFIG_DEFAULTS.corpusDir);
  return path.join(dir, slug, 'stateful.json');
}

/** Every stored entry, shipped first, then the target's; a missing or unreadable file counts as empty. */
export function readCorpus(targetFile: string): CorpusEntry[] {
  return [...readEntries(SHIPPED_CORPUS), ...(path.resolve(targetFile) === SHIPPED_CORPUS ? [] : readEntries(targetFile))];
}

/** Where an entry went, or why it could not be stored (one line). */
export type AppendResult = { ok: true; file: string; added: boolean } | { ok: false; error: string };

/** Appends an entry to the target's file unless the same counterexample is stored already. */
export function appendCorpus(targetFile: string, entry: CorpusEntry): AppendResult {
  const file = path.resolve(targetFile);
  if (file === SHIPPED_CORPUS) return { ok: false, error: `refusing to write the shipped corpus ${SHIPPED_CORPUS}` };
  const entries = readEntries(file);
  const same = (e: CorpusEntry) => e.family === entry.family && e.seed === entry.seed && e.path === entry.path && e.replayPath === entry.replayPath;
  if (entries.some(same) || readEntries(SHIPPED_CORPUS).some(same)) return { ok: true, file, added: false };
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify([...entries, entry], null, 2)}\n`);
    return { ok: true, file, added: true };
  } catch (error) {
    return { ok: false, error: `cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
  }
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
