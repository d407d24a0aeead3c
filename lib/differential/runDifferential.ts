import { compareProfiles } from './compareProfiles';
import type { DifferentialSide } from './DifferentialSide';
import type { Probe } from './Probe';
import { runProbe, type Pair, type ProbeRunOptions } from './runProbe';
import { SideProfiler } from './SideProfiler';
import type { DifferentialSummary, ProbeOutcome, StepDifference } from './types';

/** What the lockstep part of a differential run found. */
export type DifferentialRun = Pick<DifferentialSummary, 'probes' | 'differences' | 'profiles' | 'profileDifferences' | 'modelDivergences'> & {
  readonly interrupted: boolean;
  readonly choicePoints: { agree: number; compared: number };
};

/** Options of a run: those of every probe, and a line per finished probe for the console. */
export interface DifferentialOptions extends ProbeRunOptions {
  readonly onProbe?: (outcome: ProbeOutcome) => void;
}

/**
 * Sends every probe to both targets in lockstep (runProbe.ts), one probe after another, and
 * compares the two target profiles their oracles and choice probes learned. A probe whose
 * fixtures cannot be set up is recorded as not compared, with the reason, and the run goes on;
 * shouldStop (Ctrl-C) ends it between two steps, with what it has so far.
 */
export async function runDifferential(probes: readonly Probe[], sides: { reference: DifferentialSide; candidate: DifferentialSide }, options: DifferentialOptions): Promise<DifferentialRun> {
  const pair: Pair = {
    reference: { side: sides.reference, profiler: new SideProfiler(sides.reference.modelConfig) },
    candidate: { side: sides.candidate, profiler: new SideProfiler(sides.candidate.modelConfig) },
  };
  const outcomes: ProbeOutcome[] = [];
  const differences: StepDifference[] = [];
  let interrupted = false;
  for (const probe of probes) {
    if (options.shouldStop()) {
      interrupted = true;
      break;
    }
    try {
      const run = await runProbe(probe, pair, options);
      outcomes.push(run.outcome);
      differences.push(...run.differences);
      options.onProbe?.(run.outcome);
      if (run.stopped) {
        interrupted = true;
        break;
      }
    } catch (error) {
      const reason = `fixture failed: ${(error as Error).message?.split('\n')[0] ?? String(error)}`;
      const outcome: ProbeOutcome = { id: probe.id, kind: probe.kind, title: probe.title, ...(probe.choice && { choice: probe.choice }), steps: 0, differences: 0, inconclusive: [reason] };
      outcomes.push(outcome);
      options.onProbe?.(outcome);
    }
  }
  const profiles = { reference: pair.reference.profiler.profile(), candidate: pair.candidate.profiler.profile() };
  const compared = compareProfiles(profiles.reference, profiles.candidate);
  return {
    probes: outcomes,
    differences,
    profiles,
    profileDifferences: compared.differences,
    choicePoints: { agree: compared.agree, compared: compared.compared },
    modelDivergences: { reference: pair.reference.profiler.divergences, candidate: pair.candidate.profiler.divergences },
    interrupted,
  };
}
