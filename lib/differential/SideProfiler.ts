import type { CallOutcome } from '../client/types';
import { CHOICE_POINTS } from '../model/choicePoints';
import type { ChoiceName, ModelConfig, UndocumentedChoices } from '../model/types';
import { describeChoice } from '../oracle/describeChoice';
import { Oracle } from '../oracle/Oracle';
import type { CheckResult, OracleRequest, StepLabel } from '../oracle/types';
import { buildTargetProfile } from '../report/buildTargetProfile';
import type { Observation, TargetProfileEntry } from '../report/types';

/**
 * One side's own Oracle, fed the same traffic as the other side's, so each target's profile is
 * learned from identical requests. A fresh Oracle per probe (fresh users, and a candidate set
 * that never grows across unrelated probes) starts pinned with every fixed choice earlier
 * probes showed: a server keeps those for the run (choicePoints.ts `fixed`).
 *
 * The oracle pins only the points it judges by running the model; the ones its comparator
 * covers (GroupId reuse, item order, page size) and a per-request value that shows only in a
 * later answer (othersApplyOnItemFailure) it cannot tell, so each choice probe's own reading
 * (`note`) joins its observations. An oracle value outside the registry's (errorPrecedence is
 * recorded as the code it picked) is left out, so both readings speak in the registry's values.
 */
export class SideProfiler {
  private pinned: Partial<UndocumentedChoices> = {};
  private readonly seen: Observation[] = [];
  /** One line per answer the model could not explain: `<probe>: step …`. */
  readonly divergences: string[] = [];
  private oracle: Oracle | undefined;
  private probe = '';

  constructor(private readonly config: ModelConfig) {}

  /** A fresh oracle for a probe's users and chat groups. */
  startProbe(probe: string, users: readonly string[], chatGroups: readonly { groupId: string; owner: string; members: readonly string[] }[]): void {
    this.probe = probe;
    this.oracle = new Oracle({ config: this.config, pinned: this.pinned });
    for (const user of users) this.oracle.registerUser(user);
    for (const group of chatGroups) this.oracle.registerChatGroup({ ...group, members: [...group.members] });
  }

  /** Judges one answer of this side. */
  check(step: StepLabel, request: OracleRequest, outcome: CallOutcome): void {
    if (this.oracle) this.judged(this.oracle.check(step, request, outcome));
  }

  /** Judges the union of one user's get_contact_group pages. */
  checkWholeState(step: StepLabel, user: string, pages: readonly Record<string, unknown>[]): void {
    if (this.oracle) this.judged(this.oracle.checkWholeState(step, user, pages));
  }

  /** Records a choice probe's own reading of its point on this side. */
  note(choice: ChoiceName, value: string): void {
    this.seen.push({ ...describeChoice(choice, [value]), test: this.probe });
  }

  /** Keeps what the probe's oracle learned. */
  endProbe(): void {
    if (this.oracle === undefined) return;
    for (const observation of this.oracle.observations()) {
      const name = observation.id.slice('choice.'.length) as ChoiceName;
      const point = CHOICE_POINTS[name];
      const value = observation.observed.slice(name.length + 2);
      if (point && (point.open || value.split(' | ').every((v) => (point.values as readonly unknown[]).map(String).includes(v)))) this.seen.push({ ...observation, test: this.probe });
    }
    this.pinned = { ...this.oracle.pinnedChoices(), ...this.pinned };
    this.oracle = undefined;
  }

  /** The side's target profile, in the shape of summary.json `targetProfile`. */
  profile(): TargetProfileEntry[] {
    return buildTargetProfile(this.seen);
  }

  /** Once the model cannot explain an answer (or too many states do), this probe's oracle stops: its later verdicts would only echo the first. */
  private judged(result: CheckResult): void {
    if (result.ok) return;
    this.divergences.push(`${this.probe}: ${'divergence' in result ? result.divergence.line : `inconclusive: ${result.inconclusive}`}`);
    this.oracle = undefined;
  }
}
