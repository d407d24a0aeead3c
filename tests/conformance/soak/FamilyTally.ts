/**
 * Every round of one stateful family in a soak, folded into what the conformance report reads:
 * TestRecords (lib/report/TestRecord.ts) shaped as the stateful spec's test would leave them
 * (tests/conformance/stateful/statefulFamilies.spec.ts), so buildSummary derives the rule status,
 * the evidence and the replay line exactly as it does for a conformance run.
 * Bounded: a soak of hours keeps counts, the distinct observations and the first few divergences.
 */
import type { StatefulFamily } from '../../../generators/families/StatefulFamily';
import type { StatefulFailed, StatefulResult } from '../../../generators/StatefulResult';
import type { FailureDetail } from '../../../lib/report/protocol';
import type { TestRecord } from '../../../lib/report/TestRecord';
import type { Observation } from '../../../lib/report/types';
import type { SoakFamilyTally } from '../../../lib/soak/SoakFacts';
import { statefulFailureMessage, statefulReplayCommand } from '../stateful/statefulFailureMessage';

/** @defaultValue 5: divergences kept with their exchanges; more are counted and keep their replay line only. */
const KEPT_DIVERGENCES = 5;
/** @defaultValue 5: distinct inconclusive reasons kept. */
const KEPT_REASONS = 5;

export class FamilyTally {
  private passed = 0;
  private inconclusive = 0;
  private runs = 0;
  private readonly divergences: StatefulFailed[] = [];
  private failed = 0;
  private readonly reasons = new Set<string>();
  private readonly observations = new Map<string, Observation>();

  constructor(readonly family: StatefulFamily) {}

  /** Adds one round's result; returns the replay line when it diverged. */
  add(result: StatefulResult): string | undefined {
    this.runs += result.numRuns;
    for (const o of result.observations) this.observations.set(`${o.id}\u0000${o.observed}`, { ...o, test: this.family.title });
    if (result.status === 'passed') this.passed++;
    else if (result.status === 'inconclusive') {
      this.inconclusive++;
      if (this.reasons.size < KEPT_REASONS) this.reasons.add(result.reason);
    } else {
      this.failed++;
      if (this.divergences.length < KEPT_DIVERGENCES) this.divergences.push(result);
      return statefulReplayCommand(result, this.family.title);
    }
    return undefined;
  }

  tally(): SoakFamilyTally {
    return { family: this.family.name, rule: this.family.rule, passed: this.passed, failed: this.failed, inconclusive: this.inconclusive, runs: this.runs };
  }

  /** Why rounds were inconclusive, `; `-joined. */
  inconclusiveReasons(): string {
    return [...this.reasons].join('; ');
  }

  /** One record for the judged rounds (when any), one per kept divergence. */
  toRecords(): TestRecord[] {
    const records: TestRecord[] = [];
    if (this.passed + this.inconclusive > 0) {
      records.push({
        ...this.blank(`soak:${this.family.name}`),
        outcome: this.passed > 0 ? 'expected' : 'skipped',
        ...(this.passed === 0 && { inconclusive: this.inconclusiveReasons() }),
        observations: [...this.observations.values()],
      });
    }
    this.divergences.forEach((result, i) => records.push(this.divergenceRecord(result, i)));
    return records;
  }

  private divergenceRecord(result: StatefulFailed, index: number): TestRecord {
    const replay = statefulReplayCommand(result, this.family.title);
    const where = result.divergence.replace(/ expected [\s\S]*$/, '');
    const failure: FailureDetail = {
      rule: this.family.rule,
      expected: `${where}: ${result.expected}`,
      actual: result.actual,
      sequence: { commands: [...result.commands], divergingStep: result.divergingStep, seed: result.seed, path: result.path, family: this.family.name, replay },
    };
    return {
      ...this.blank(`soak:${this.family.name}:divergence-${index + 1}`),
      outcome: 'unexpected',
      errorMessage: statefulFailureMessage(result, this.family.title),
      transcript: [...result.exchanges],
      failures: [failure],
    };
  }

  private blank(id: string): TestRecord {
    return {
      id,
      title: this.family.title,
      outcome: 'expected',
      rules: [this.family.rule],
      preconditionsHeld: [],
      trafficTranscript: [],
      transcript: [],
      observations: [],
      limits: [],
      errorCodes: [],
      failures: [],
      cleanup: [],
      problems: [],
    };
  }
}
