import { rmSync } from 'node:fs';
import { EMBEDDED_TARGET } from '../harness/childEnv';
import { runConformance } from '../harness/runConformance';
import { firstFailureMs } from './firstFailureMs';
import type { MutationCase } from './MutationReport';

/** One run of the analysis: a seeded fault, or a conforming preset. */
export type MutationSubject =
  | { kind: 'fault'; fault: string; /** The rule the fault is registered as breaking. */ breaksRule?: string }
  /** A correct mock: a preset, chaos with its seed, or the default behind a flaky network. */
  | { kind: 'conforming'; preset: 'default' | 'alternative' | 'chaos' | 'flaky'; chaosSeed?: number };

export interface MutationCaseOptions {
  timeoutMs: number;
  /** CHAT_RUNS for the run. @defaultValue the suite's default */
  runs?: number;
  /** Extra Playwright arguments (e.g. `--grep`). @defaultValue [] */
  args?: string[];
  /** Keep the run's reports folder even when it ended as expected. @defaultValue false */
  keepReports?: boolean;
}

/** The flaky network of the conforming runs: 2% resets, 2% 502s, 2% lost answers (the issue's measure). */
const FLAKY_NETWORK = 'reset=0.02,502=0.02,lost=0.02';

/**
 * Runs the whole conformance suite against the embedded mock with one fault seeded
 * (CHAT_MOCK_FAULTS) or one conforming preset (CHAT_MOCK_PRESET), in its own reports folder,
 * and classifies the outcome from summary.json and the exit code (README "Exit codes": 0 pass,
 * 1 a documented rule failed, 2 configuration error or unreachable target).
 */
export async function runMutationCase(subject: MutationSubject, options: MutationCaseOptions): Promise<MutationCase> {
  const name = subject.kind === 'fault' ? subject.fault : `preset:${subject.preset}${subject.chaosSeed !== undefined ? `:${subject.chaosSeed}` : ''}`;
  const run = await runConformance({
    env: {
      ...EMBEDDED_TARGET,
      CHAT_MOCK_FAULTS: subject.kind === 'fault' ? subject.fault : '',
      CHAT_MOCK_PRESET: subject.kind === 'conforming' && subject.preset !== 'flaky' ? subject.preset : 'default',
      ...(subject.kind === 'conforming' && subject.chaosSeed !== undefined && { CHAT_MOCK_CHAOS_SEED: String(subject.chaosSeed) }),
      ...(subject.kind === 'conforming' && subject.preset === 'flaky' && { CHAT_MOCK_FLAKY: FLAKY_NETWORK }),
      ...(options.runs !== undefined ? { CHAT_RUNS: String(options.runs) } : {}),
    },
    args: options.args ?? [],
    timeoutMs: options.timeoutMs,
  });
  const failedRules = (run.summary?.rules ?? []).filter((rule) => rule.status === 'failed').map((rule) => rule.id);
  const breaks = subject.kind === 'fault' && subject.breaksRule ? { breaksRule: subject.breaksRule } : {};
  const base = { name, kind: subject.kind, failedRules, ...breaks, wallMs: Math.round(run.wallMs), exitCode: run.exitCode };
  const first = firstFailureMs(run.summary, run.lines);
  const timing = first !== undefined ? { firstFailureMs: first } : {};
  let result: MutationCase;
  if (run.timedOut) {
    result = { ...base, status: 'error', error: `timed out after ${Math.round(options.timeoutMs / 1000)} s` };
  } else if (run.exitCode === 1 && run.summary?.verdict === 'fail') {
    const killers = failedRules.length > 0 ? failedRules : ['(a test without a rule annotation)'];
    result = subject.kind === 'fault' ? { ...base, failedRules: killers, status: 'killed', ...timing } : { ...base, failedRules: killers, status: 'false-alarm', ...timing };
  } else if (run.exitCode === 0 && run.summary !== undefined && failedRules.length === 0) {
    result = { ...base, status: subject.kind === 'fault' ? 'survived' : 'clean' };
  } else {
    const said = (run.summary?.error ?? lastLine(run.stderr) ?? lastLine(run.stdout) ?? 'no output').slice(0, 200);
    result = { ...base, status: 'error', error: `exit ${run.exitCode}${run.summary ? '' : ', no summary.json'}: ${said}` };
  }
  const expected = result.status === 'killed' || result.status === 'clean';
  if (expected && !options.keepReports) rmSync(run.reportsDir, { recursive: true, force: true });
  else if (!expected) result = { ...result, error: `${result.error ?? result.status}; reports in ${run.reportsDir}` };
  return result;
}

function lastLine(text: string): string | undefined {
  return text.trim().split('\n').filter((line) => line.trim()).pop();
}
