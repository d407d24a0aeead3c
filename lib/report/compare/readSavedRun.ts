import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Summary } from '../types';

/**
 * A saved run's summary.json, given its reports folder or the file itself; a problem is one
 * line naming the path (no stack).
 */
export function readSavedRun(given: string): { ok: true; summary: Summary } | { ok: false; error: string } {
  const resolved = path.resolve(given);
  if (!existsSync(resolved)) return { ok: false, error: `${given}: no such file or folder` };
  const file = statSync(resolved).isDirectory() ? path.join(resolved, 'summary.json') : resolved;
  if (!existsSync(file)) return { ok: false, error: `${given}: no summary.json in this folder (give a reports folder of npm run conformance, or its summary.json)` };
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { ok: false, error: `${given}: not JSON (${(error as Error).message.split('\n')[0]})` };
  }
  const summary = parsed as Partial<Summary>;
  if (!Array.isArray(summary.rules) || !Array.isArray(summary.observations) || !Array.isArray(summary.errorCodes) || typeof summary.verdict !== 'string') {
    return { ok: false, error: `${given}: not the summary.json of a conformance run (no rules, observations, errorCodes or verdict)` };
  }
  return { ok: true, summary: summary as Summary };
}
