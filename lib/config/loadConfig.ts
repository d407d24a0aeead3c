/**
 * Loads `.env` (if present) under the real environment, then readConfig.
 */
import path from 'node:path';
import dotenv from 'dotenv';
import { readConfig } from './readConfig';
import type { ConfigResult } from './readConfig';
import { ConfigError } from './types';

/** Options of loadConfig. */
export interface LoadConfigOptions {
  /** The dotenv file. @defaultValue `.env` in the current directory */
  envFile?: string;
  /** The real environment, which wins over the file. @defaultValue process.env */
  env?: Record<string, string | undefined>;
}

/**
 * Reads `.env` without touching process.env and merges it under the real
 * environment ("real env vars win over `.env`", library-notes.md §2.4).
 * A missing file is fine: the embedded mock needs no configuration.
 */
export function loadConfig(options: LoadConfigOptions = {}): ConfigResult {
  const file = options.envFile ?? path.resolve('.env');
  const fromFile: Record<string, string> = {};
  // quiet: dotenv 18 prints "injected env" on every call otherwise, once per Playwright worker (library-notes.md §2.6 pitfall 19).
  // processEnv: a scratch object, so loading has no side effect on process.env.
  const loaded = dotenv.config({ path: file, quiet: true, processEnv: fromFile });
  const code = (loaded.error as NodeJS.ErrnoException | undefined)?.code;
  if (loaded.error && code !== 'ENOENT') {
    return { ok: false, error: new ConfigError('.env', `cannot read ${path.basename(file)}: ${code ?? loaded.error.message}`) };
  }
  return readConfig({ ...fromFile, ...(options.env ?? process.env) });
}
