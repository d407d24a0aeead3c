import type { CallOutcome, TranscriptEntry } from '../client/types';
import { GroupIdMap } from '../oracle/GroupIdMap';
import { TimestampLedger } from '../oracle/TimestampLedger';
import type { StepLabel } from '../oracle/types';
import { compareSides, pageUnion } from './compareSides';
import type { DifferentialSide } from './DifferentialSide';
import { isReadAll, type Probe, type ProbeStep, type StepAnswer } from './Probe';
import { SideIdentity } from './SideIdentity';
import type { SideProfiler } from './SideProfiler';
import type { SideResult } from './SideResult';
import type { ProbeOutcome, StepDifference } from './types';

/** Both targets, each with its own oracle-backed profiler. */
export interface Pair {
  readonly reference: { readonly side: DifferentialSide; readonly profiler: SideProfiler };
  readonly candidate: { readonly side: DifferentialSide; readonly profiler: SideProfiler };
}

/** Options of one probe run. */
export interface ProbeRunOptions {
  /** The command that replays `probe` up to `step` against both targets. */
  readonly replayOf: (probe: string, step: number) => string;
  /** Last step to send (a replay stops at the step it reproduces). @defaultValue every step */
  readonly lastStep?: number;
  /** Checked before every step: Ctrl-C stops the run between steps, never inside one. */
  readonly shouldStop: () => boolean;
}

/** What one probe showed; `stopped` when shouldStop cut it short. */
export interface ProbeRun {
  readonly outcome: ProbeOutcome;
  readonly differences: StepDifference[];
  readonly stopped: boolean;
}

/** Most get_contact_group pages one read-all step follows. */
const MAX_PAGES = 50;

interface SideStep {
  readonly result: SideResult;
  readonly entries: TranscriptEntry[];
}

/**
 * Runs one probe on both targets in lockstep: fresh users and chat groups on each side, then
 * step i to both (concurrently) and their answers compared before step i+1 goes out. Every
 * answer is also judged by that side's own oracle, and a choice probe's reading of its point
 * is noted on each side's profile. Throws only when a fixture cannot be set up.
 */
export async function runProbe(probe: Probe, pair: Pair, options: ProbeRunOptions): Promise<ProbeRun> {
  const [refIds, candIds] = await Promise.all([setUp(pair.reference, probe), setUp(pair.candidate, probe)]);
  const context = { ids: new GroupIdMap(), stamps: new TimestampLedger() };
  const answers: { reference: StepAnswer[]; candidate: StepAnswer[] } = { reference: [], candidate: [] };
  const differences: StepDifference[] = [];
  const inconclusive: string[] = [];
  let sent = 0;
  let stopped = false;
  const last = Math.min(options.lastStep ?? Infinity, probe.steps.length - 1);
  for (let index = 0; index <= last; index++) {
    if (options.shouldStop()) {
      stopped = true;
      break;
    }
    const step = probe.steps[index]!;
    const label: StepLabel = { index, title: step.title };
    const [ref, cand] = await Promise.all([runStep(pair.reference, refIds, step, label), runStep(pair.candidate, candIds, step, label)]);
    sent++;
    answers.reference.push(answerOf(ref.result));
    answers.candidate.push(answerOf(cand.result));
    const user = isReadAll(step) ? `{u${step.readAll}}` : String((step.body as Record<string, unknown>).From_Account ?? '');
    const verdict = compareSides(ref.result, cand.result, user, context);
    if (verdict === 'inconclusive') inconclusive.push(`step ${index} ${step.title}: ${[ref.result, cand.result].map((r) => (r.kind === 'lost' ? r.reason : undefined)).filter(Boolean).join('; ')}`);
    else if (verdict !== undefined) {
      differences.push({
        probe: probe.id,
        probeTitle: probe.title,
        step: index,
        stepTitle: step.title,
        path: verdict.path,
        reference: verdict.expected,
        candidate: verdict.actual,
        exchanges: { reference: ref.entries, candidate: cand.entries },
        replay: options.replayOf(probe.id, index),
      });
    }
  }
  const revealed = probe.choice !== undefined && probe.reveal !== undefined && !stopped ? reveal(probe, pair, answers) : undefined;
  pair.reference.profiler.endProbe();
  pair.candidate.profiler.endProbe();
  return {
    outcome: { id: probe.id, kind: probe.kind, title: probe.title, ...(probe.choice && { choice: probe.choice }), steps: sent, differences: differences.length, inconclusive, ...(revealed && { revealed }) },
    differences,
    stopped,
  };
}

/** Fresh users and chat groups for the probe on one side; its oracle is told about them. */
async function setUp(end: Pair['reference'], probe: Probe): Promise<SideIdentity> {
  const users = await end.side.newUsers(probe.users);
  const groups: { groupId: string; owner: string; members: string[] }[] = [];
  for (const spec of probe.chatGroups ?? []) {
    const members = (spec.members ?? []).map((i) => users[i]!);
    groups.push({ groupId: await end.side.newChatGroup(users[spec.owner]!, members), owner: users[spec.owner]!, members });
  }
  end.profiler.startProbe(probe.id, users, groups);
  return new SideIdentity(users, groups.map((group) => group.groupId));
}

async function runStep(end: Pair['reference'], ids: SideIdentity, step: ProbeStep, label: StepLabel): Promise<SideStep> {
  if (!isReadAll(step)) {
    const body = ids.concrete(step.body);
    const { outcome, entry } = await end.side.call(step.api, body);
    // The oracle judges get_contact_group only as the union of all pages (page size and order are
    // undocumented, its comparator covers them there); a single page is compared side to side only.
    if (step.api !== 'recentcontact/get_contact_group') end.profiler.check(label, { api: step.api, body }, outcome);
    return { result: resultOf(outcome, ids), entries: entry ? [entry] : [] };
  }
  const user = ids.users[step.readAll]!;
  const pages: Record<string, unknown>[] = [];
  const entries: TranscriptEntry[] = [];
  let start: unknown = 0;
  for (let i = 0; i < MAX_PAGES; i++) {
    const body = { From_Account: user, StartIndex: start };
    const { outcome, entry } = await end.side.call('recentcontact/get_contact_group', body);
    if (entry) entries.push(entry);
    if (outcome.kind !== 'answered') {
      end.profiler.check(label, { api: 'recentcontact/get_contact_group', body }, outcome);
      return { result: resultOf(outcome, ids), entries };
    }
    pages.push(outcome.body);
    if (outcome.body.ActionStatus !== 'OK' || outcome.body.CompleteFlag !== 0 || outcome.body.NextStartIndex === start) break;
    start = outcome.body.NextStartIndex;
  }
  end.profiler.checkWholeState(label, user, pages);
  return { result: { kind: 'pages', pages: pages.map((page) => ids.symbolic(page) as Record<string, unknown>) }, entries };
}

function resultOf(outcome: CallOutcome, ids: SideIdentity): SideResult {
  if (outcome.kind === 'answered') return { kind: 'answered', answer: ids.symbolic(outcome.body) as Record<string, unknown> };
  if (outcome.kind === 'malformed') return { kind: 'malformed', httpStatus: outcome.httpStatus, reason: outcome.reason };
  return { kind: 'lost', reason: outcome.reason };
}

function answerOf(result: SideResult): StepAnswer {
  return result.kind === 'answered' ? result.answer : result.kind === 'pages' ? pageUnion(result.pages) : undefined;
}

/** Each side's reading of the probe's point, noted on its profile. */
function reveal(probe: Probe, pair: Pair, answers: { reference: StepAnswer[]; candidate: StepAnswer[] }): { reference?: string; candidate?: string } {
  const out: { reference?: string; candidate?: string } = {};
  for (const role of ['reference', 'candidate'] as const) {
    const value = probe.reveal!(answers[role]);
    if (value === undefined) continue;
    out[role] = value;
    pair[role].profiler.note(probe.choice!, value);
  }
  return out;
}
