/**
 * The two targets of `npm run differential`, each configured the way one target is for
 * `npm run conformance` (lib/config readConfig, the CHAT_MOCK_* extras): from
 * `CHAT_REFERENCE_<NAME>` / `CHAT_CANDIDATE_<NAME>`, or from a dotenv file per side
 * (`--reference-env FILE`, holding plain `CHAT_<NAME>` lines). The settings both sides share
 * (CHAT_SEED, CHAT_RATE_LIMIT, CHAT_TIMEOUT_MS, CHAT_NAME_MAX_BYTES) come from `.env` and the
 * environment as usual; a side's own value wins. A side with no TARGET_URL or REGION is an
 * embedded mock.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import dotenv from 'dotenv';
import { readConfig } from '../../lib/config/readConfig';
import type { SuiteConfig } from '../../lib/config/types';
import type { DifferentialArgs } from '../../lib/differential/parseDifferentialArgs';
import { faultsByName } from '../../mock/faults/index';
import { mockExtrasFromEnv, mockExtrasSet, type MockExtras } from '../../tests/conformance/support/mockExtrasFromEnv';

export type Role = 'reference' | 'candidate';

/** One side, read and checked. */
export interface SideConfig {
  readonly role: Role;
  readonly config: SuiteConfig;
  /** The embedded mock's preset, faults, …; undefined for a remote target. */
  readonly mock?: MockExtras;
  /** The side as plain CHAT_* variables (shared ones included): what its conformance child gets. */
  readonly env: Readonly<Record<string, string>>;
  /** The side's own variables as given (`CHAT_CANDIDATE_MOCK_FAULTS=…`), secret key left out: for the replay line. */
  readonly replayEnv: readonly string[];
}

/** Every per-side name, as `CHAT_<ROLE>_<NAME>` or `CHAT_<NAME>` in a side's file. */
export const SIDE_NAMES = ['TARGET_URL', 'REGION', 'SDKAPPID', 'ADMIN', 'SECRET_KEY', 'MOCK_PRESET', 'MOCK_FAULTS', 'MOCK_CHAOS_SEED', 'MOCK_EDITION', 'MOCK_FLAKY'] as const;
const SHARED = ['CHAT_SEED', 'CHAT_RATE_LIMIT', 'CHAT_TIMEOUT_MS', 'CHAT_NAME_MAX_BYTES', 'CHAT_CORPUS_DIR'] as const;

type Env = Record<string, string | undefined>;

/** Both sides, or the first problem as one line (`config error: …`). */
export function readSideConfigs(args: DifferentialArgs, env: Env = process.env): { ok: true; reference: SideConfig; candidate: SideConfig } | { ok: false; error: string } {
  const shared = sharedEnv(env);
  const given = (role: Role, file: string | undefined) => file !== undefined || SIDE_NAMES.some((name) => (env[`CHAT_${role.toUpperCase()}_${name}`] ?? '').trim() !== '');
  const hasReference = given('reference', args.referenceEnv);
  const hasCandidate = given('candidate', args.candidateEnv);
  if (!hasReference && !hasCandidate) return { ok: false, error: 'config error: no targets to compare: set CHAT_REFERENCE_* and CHAT_CANDIDATE_* (e.g. CHAT_CANDIDATE_TARGET_URL, or CHAT_CANDIDATE_MOCK_PRESET=default for the embedded mock), or pass --reference-env FILE --candidate-env FILE' };
  for (const [role, has] of [['reference', hasReference], ['candidate', hasCandidate]] as const) {
    if (!has) return { ok: false, error: `config error: the ${role} target is not configured: set CHAT_${role.toUpperCase()}_TARGET_URL (or CHAT_${role.toUpperCase()}_MOCK_PRESET=default for the embedded mock), or pass --${role}-env FILE` };
  }
  const reference = readSide('reference', args.referenceEnv, env, shared);
  if (!reference.ok) return reference;
  const candidate = readSide('candidate', args.candidateEnv, env, shared);
  if (!candidate.ok) return candidate;
  return { ok: true, reference: reference.side, candidate: candidate.side };
}

function readSide(role: Role, file: string | undefined, env: Env, shared: Record<string, string>): { ok: true; side: SideConfig } | { ok: false; error: string } {
  const prefix = `CHAT_${role.toUpperCase()}_`;
  let own: Record<string, string> = {};
  if (file !== undefined) {
    try {
      own = dotenv.parse(readFileSync(path.resolve(file), 'utf8'));
    } catch (error) {
      return { ok: false, error: `config error: --${role}-env ${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
    }
  } else {
    for (const name of SIDE_NAMES) if ((env[`${prefix}${name}`] ?? '').trim() !== '') own[`CHAT_${name}`] = env[`${prefix}${name}`]!;
  }
  // Names as the reader should look for them: the side's variable, or the line in its file.
  const where = (variable: string) => (file !== undefined ? `--${role}-env ${file}: ${variable}` : variable.replace(/^CHAT_/, prefix));
  const sideEnv: Record<string, string> = { ...shared, ...own };
  const read = readConfig(sideEnv);
  if (!read.ok) return { ok: false, error: `config error: ${where(read.error.variable)}${read.error.message.slice(read.error.variable.length)}` };
  const replayEnv = file !== undefined ? [] : Object.entries(own).filter(([name]) => name !== 'CHAT_SECRET_KEY').map(([name, value]) => `${name.replace(/^CHAT_/, prefix)}=${value}`);
  const childEnv = { ...sideEnv, ...Object.fromEntries(SIDE_NAMES.map((name) => [`CHAT_${name}`, own[`CHAT_${name}`] ?? ''])) };
  if (read.config.target.kind === 'remote') {
    const ignored = mockExtrasSet(sideEnv);
    if (ignored.length > 0) return { ok: false, error: `config error: ${ignored.map(where).join(', ')}: only for an embedded mock, and the ${role} has a target URL` };
    return { ok: true, side: { role, config: read.config, env: childEnv, replayEnv } };
  }
  const extras = mockExtrasFromEnv(sideEnv);
  if (!extras.ok) return { ok: false, error: `config error: ${where(extras.error)}` };
  const faults = faultsByName(extras.options.faults ?? []);
  if (!faults.ok) return { ok: false, error: `config error: ${where('CHAT_MOCK_FAULTS')}: ${faults.error}` };
  return { ok: true, side: { role, config: read.config, mock: extras.options, env: childEnv, replayEnv } };
}

/** The shared settings from `.env` (if any) under the environment. */
function sharedEnv(env: Env): Record<string, string> {
  let fromFile: Record<string, string> = {};
  try {
    fromFile = dotenv.parse(readFileSync(path.resolve('.env'), 'utf8'));
  } catch {
    // No .env: the shared settings have their defaults.
  }
  const out: Record<string, string> = {};
  for (const name of SHARED) {
    const value = env[name] ?? fromFile[name];
    if (value !== undefined && value.trim() !== '') out[name] = value;
  }
  return out;
}
