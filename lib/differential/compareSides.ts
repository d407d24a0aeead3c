import { compareAnswer, type CompareContext } from '../oracle/compareAnswer';
import { compareWholeState } from '../oracle/compareWholeState';
import type { Mismatch } from '../oracle/types';
import type { SideResult } from './SideResult';

/** What the comparison learns across one probe's steps: the reference↔candidate GroupId pairs and the candidate's last Timestamps. */
export type PairContext = Omit<CompareContext, 'user' | 'markOrder'>;

/**
 * Where the candidate's answer to one step first differs from the reference's, after
 * normalising what the documents leave free on both sides; undefined when they are
 * equivalent. It is the oracle's comparator (lib/oracle/compareAnswer.ts) with the reference's
 * answer in the model's place, so the normalisation is the one the conformance suite judges by:
 * GroupIds through a learned bijection (GroupIdMap: the reference's id ↔ the candidate's),
 * Timestamps only as an order (the candidate's never go back), ContactItem / ContactResultItem /
 * ResultItem / GroupItem matched by key, StandardMark as a bit set, ErrorInfo / ResultInfo /
 * ErrorDisplay / RequestId not compared, NextStartIndex opaque, read-all pages as their union.
 * `user` is the token of the From_Account the GroupIds belong to.
 */
export function compareSides(reference: SideResult, candidate: SideResult, user: string, pair: PairContext): Mismatch | 'inconclusive' | undefined {
  if (reference.kind === 'lost' || candidate.kind === 'lost') return 'inconclusive';
  if (reference.kind === 'malformed' || candidate.kind === 'malformed') {
    const [r, c] = [httpLine(reference), httpLine(candidate)];
    return r === c ? undefined : { path: 'HTTP', expected: r, actual: c };
  }
  // Both sides use one StandardMark order here: a bit string that reads differently is a difference.
  const ctx: CompareContext = { ...pair, user, markOrder: 'msb-first' };
  if (reference.kind === 'pages' && candidate.kind === 'pages') {
    const [r, c] = [reference.pages.at(-1) ?? {}, candidate.pages.at(-1) ?? {}];
    if (r.ActionStatus !== 'OK' || c.ActionStatus !== 'OK') return compareAnswer(r, c, ctx);
    return compareWholeState(pageUnion(reference.pages), candidate.pages, ctx);
  }
  if (reference.kind === 'answered' && candidate.kind === 'answered') return compareAnswer(reference.answer, candidate.answer, ctx);
  return { path: 'answer', expected: reference.kind, actual: candidate.kind };
}

/** Every conversation of every page, and the group dictionary by GroupId: one page holding what the pages hold. */
export function pageUnion(pages: readonly Record<string, unknown>[]): Record<string, unknown> {
  const contacts = pages.flatMap((page) => (Array.isArray(page.ContactItem) ? page.ContactItem : []));
  const groups = new Map<unknown, unknown>();
  for (const page of pages) for (const group of Array.isArray(page.GroupItem) ? page.GroupItem : []) groups.set((group as Record<string, unknown>)?.GroupId, group);
  const last = pages.at(-1) ?? {};
  return { ActionStatus: last.ActionStatus, ErrorCode: last.ErrorCode, ContactItem: contacts, GroupItem: [...groups.values()], pages: pages.length };
}

function httpLine(result: SideResult): string {
  return result.kind === 'malformed' ? `HTTP ${result.httpStatus}: ${result.reason}` : result.kind === 'answered' || result.kind === 'pages' ? 'HTTP 200 with a JSON envelope' : 'no answer';
}
