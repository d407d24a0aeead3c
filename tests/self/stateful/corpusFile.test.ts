/**
 * The two-part stateful corpus (tests/conformance/stateful/corpusFile.ts): the shipped cases are
 * read, never written; a target's own counterexamples live in its folder and replay after them.
 */
import { test, expect } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CorpusEntry } from '../../../generators/CorpusEntry';
import { SHIPPED_CORPUS, appendCorpus, readCorpus, targetCorpusFile } from '../../conformance/stateful/corpusFile';
import { corpusSlug } from '../../conformance/stateful/corpusSlug';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const ENTRY: CorpusEntry = { family: 'set-clear-mark-bits', seed: 7, path: '1:2', replayPath: 'A:B', commands: ['SetClearMarks(A, c2c#0 +[] -[1])'], foundAt: '2026-12-01T00:00:00.000Z' };

let dir: string;
test.beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'rcc-corpus-unit-'));
});
test.afterEach(() => rmSync(dir, { recursive: true, force: true }));

test.describe('stateful corpus files', () => {
  test('replays the shipped cases first, then the target’s own', () => {
    const shipped = JSON.parse(readFileSync(SHIPPED_CORPUS, 'utf8')) as CorpusEntry[];
    const file = targetCorpusFile('embedded-mock', dir);
    expect(appendCorpus(file, ENTRY)).toEqual({ ok: true, file, added: true });
    const all = readCorpus(file);
    expect(shipped.length).toBeGreaterThan(0);
    expect(all).toEqual([...shipped, ENTRY]);
  });

  test('stores a counterexample once, in the target’s file only', () => {
    const shippedBefore = readFileSync(SHIPPED_CORPUS, 'utf8');
    const file = targetCorpusFile('127.0.0.1_9000', dir);
    appendCorpus(file, ENTRY);
    expect(appendCorpus(file, { ...ENTRY, foundAt: '2026-12-02T00:00:00.000Z' })).toEqual({ ok: true, file, added: false });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual([ENTRY]);
    expect(readCorpus(targetCorpusFile('another-target', dir))).not.toContainEqual(ENTRY);
    expect(readFileSync(SHIPPED_CORPUS, 'utf8')).toBe(shippedBefore);
  });

  test('refuses to write the shipped corpus', () => {
    const before = readFileSync(SHIPPED_CORPUS, 'utf8');
    expect(appendCorpus(SHIPPED_CORPUS, ENTRY)).toEqual({ ok: false, error: `refusing to write the shipped corpus ${SHIPPED_CORPUS}` });
    expect(readFileSync(SHIPPED_CORPUS, 'utf8')).toBe(before);
  });

  test('reports a corpus folder it cannot create as one line, without throwing', () => {
    writeFileSync(path.join(dir, 'a-file'), '');
    const result = appendCorpus(targetCorpusFile('t', path.join(dir, 'a-file')), ENTRY);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^cannot write .*stateful\.json: ENOTDIR$/);
  });

  test('keeps the default corpus in .conformance/corpus of the project root and reads CHAT_CORPUS_DIR from the current directory', () => {
    expect(targetCorpusFile('embedded-mock', undefined)).toBe(path.join(ROOT, '.conformance', 'corpus', 'embedded-mock', 'stateful.json'));
    expect(targetCorpusFile('x', 'my-corpus')).toBe(path.join(process.cwd(), 'my-corpus', 'x', 'stateful.json'));
  });

  test('names a target folder by the embedded mock’s preset, edition and faults, or by a remote host and path', () => {
    const embedded = { baseUrl: 'http://127.0.0.1:40123', embedded: true };
    expect(corpusSlug(embedded)).toBe('embedded-mock');
    expect(corpusSlug(embedded, { preset: 'default', edition: 'pro' })).toBe('embedded-mock');
    expect(corpusSlug(embedded, { preset: 'alternative', edition: 'basic', faults: ['opt-type-ignored', 'clear-mark-ignored'] })).toBe('embedded-mock+alternative+basic+clear-mark-ignored+opt-type-ignored');
    expect(corpusSlug({ baseUrl: 'https://console.tim.qq.com', embedded: false })).toBe('console.tim.qq.com');
    expect(corpusSlug({ baseUrl: 'http://127.0.0.1:9000/Staging/Proxy', embedded: false })).toBe('127.0.0.1_9000_staging_proxy');
  });
});
