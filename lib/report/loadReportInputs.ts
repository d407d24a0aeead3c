/**
 * Loads what the summary needs from the rest of lib/: the rule catalogue, the documented
 * error codes, the spec hash and the configuration. Each one is loaded on its own and may
 * fail on its own: a broken module elsewhere must never stop the
 * summary from being written, so a failure becomes a one-line report problem and a
 * fallback value instead of an exception.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { TranscriptEntry } from '../client/types';
import type { SuiteConfig } from '../config/types';
import type { DocSentence, RuleDefinition } from '../rules/types';
import type { DocumentedErrorCode } from './buildErrorCodeCoverage';
import { toCurl } from '../client/toCurl';

/** Everything the summary reads besides the test results. */
export interface ReportInputs {
  rules: readonly RuleDefinition[];
  documentedErrorCodes: readonly DocumentedErrorCode[];
  /** The sentence-coverage matrix; undefined when it could not be loaded. */
  sentences?: readonly DocSentence[];
  specHash: string;
  /** Undefined when the configuration could not be read. */
  config?: SuiteConfig;
  suiteVersion: string;
  toCurl: (entry: TranscriptEntry) => string;
  /** What could not be loaded, one line each. */
  problems: string[];
}

const PROJECT_ROOT = path.resolve(import.meta.dirname, '..', '..');

/** Loads every input; never rejects. */
export async function loadReportInputs(): Promise<ReportInputs> {
  const problems: string[] = [];
  const attempt = async <T>(what: string, load: () => Promise<T>, fallback: T): Promise<T> => {
    try {
      return await load();
    } catch (error) {
      problems.push(`${what}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      return fallback;
    }
  };
  const rules = await attempt('rule catalogue (lib/rules/catalogue.ts)', async () => (await import('../rules/catalogue')).RULES, [] as readonly RuleDefinition[]);
  const sentences = await attempt('sentence matrix (lib/rules/sentenceMatrix.ts)', async () => (await import('../rules/sentenceMatrix')).SENTENCE_MATRIX as readonly DocSentence[] | undefined, undefined);
  const documentedErrorCodes = await attempt(
    'documented error codes (lib/spec/specMetadata.ts)',
    async () => (await import('../spec/specMetadata')).documentedErrorCodes().map((c) => ({ code: c.code, endpoint: c.endpoint, meaning: c.meaning })),
    [] as DocumentedErrorCode[],
  );
  const specHash = await attempt('spec hash (lib/spec/loadSpec.ts)', async () => (await import('../spec/loadSpec')).specHash(), 'unknown');
  const config = await attempt(
    'configuration (lib/config/loadConfig.ts)',
    async () => {
      const result = (await import('../config/loadConfig')).loadConfig();
      if (!result.ok) throw new Error(result.error.message);
      return result.config as SuiteConfig | undefined;
    },
    undefined,
  );
  const suiteVersion = await attempt(
    'suite version (package.json)',
    async () => String((JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version?: unknown }).version ?? 'unknown'),
    'unknown',
  );
  return { rules, documentedErrorCodes, ...(sentences && { sentences }), specHash, ...(config && { config }), suiteVersion, toCurl, problems };
}
