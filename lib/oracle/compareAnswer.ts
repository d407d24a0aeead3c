import type { StandardMarkBitOrder } from '../model/standardMarkBits';
import { parseStandardMark } from '../model/parseStandardMark';
import { ANY_ERROR_CODE, codeMatches } from './anyErrorCode';
import { formatValue } from './formatValue';
import type { GroupIdMap } from './GroupIdMap';
import type { TimestampLedger } from './TimestampLedger';
import type { Mismatch } from './types';

/** What a comparison needs; `ids` and `stamps` are forks it may update. */
export interface CompareContext {
  /** The From_Account whose groups the GroupIds belong to. */
  readonly user: string;
  readonly ids: GroupIdMap;
  readonly stamps: TimestampLedger;
  /** The StandardMark order the expected answer was rendered with. */
  readonly markOrder: StandardMarkBitOrder;
}

/**
 * Fields never compared: free text ("ErrorInfo ... Error description"), the optional
 * ErrorDisplay and RequestId (notes §1.2: "[INF: tolerate, don't require]"), and the opaque
 * paging cursor NextStartIndex.
 */
const IGNORED = new Set(['ErrorInfo', 'ErrorDisplay', 'RequestId', 'ResultInfo', 'NextStartIndex']);
/** Arrays whose items are conversations: matched by conversation, not by position. */
const CONTACT_ARRAYS = new Set(['ContactItem', 'ContactResultItem', 'ResultItem']);
/** Read-side fields whose absence the docs show as an empty value (notes §2.2). */
const EMPTY_WHEN_ABSENT: Readonly<Record<string, unknown>> = { ContactGroupId: [], StandardMark: '', CustomMark: '' };

/**
 * Compares a target's answer with the model's, field by field, and returns the first
 * mismatch (or undefined). GroupIds go through the learned id map; StandardMark is compared
 * as a bit set; Timestamp must be a non-decreasing integer (TimestampLedger); ContactGroupId
 * is a set; conversation arrays and the group dictionary are matched by key, since their
 * order is undocumented.
 */
export function compareAnswer(expected: Record<string, unknown>, actual: Record<string, unknown>, ctx: CompareContext): Mismatch | undefined {
  if (actual.ActionStatus !== expected.ActionStatus || !codeMatches(expected.ErrorCode, actual.ErrorCode)) {
    return {
      path: 'ActionStatus/ErrorCode',
      expected: `${String(expected.ActionStatus)} ${showCode(expected.ErrorCode)}`,
      actual: `${String(actual.ActionStatus)} ${String(actual.ErrorCode)}`,
    };
  }
  if (expected.ActionStatus !== 'OK') return undefined;
  return compareObject('', expected, actual, ctx, new Set(['ActionStatus', 'ErrorCode']));
}

/** Compares two objects key by key (exported for the whole-state comparison). */
export function compareObject(
  path: string,
  expected: Record<string, unknown>,
  actual: Record<string, unknown>,
  ctx: CompareContext,
  skip: ReadonlySet<string> = new Set(),
): Mismatch | undefined {
  // The group dictionary first: it binds the target's GroupIds that ContactGroupId then uses
  // (a group the model created in an answer the target failed is first named here).
  const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort((x, y) => Number(y === 'GroupItem') - Number(x === 'GroupItem'));
  for (const key of keys) {
    if (IGNORED.has(key) || skip.has(key)) continue;
    // A field the model's answer does not have breaks no documented rule (the response schemas
    // tolerate extra fields too); the read-side fields whose absence means "empty" still count.
    if (!(key in expected) && !(key in EMPTY_WHEN_ABSENT)) continue;
    const at = path === '' ? key : `${path}.${key}`;
    let e = expected[key];
    let a = actual[key];
    if (key in EMPTY_WHEN_ABSENT) {
      e ??= EMPTY_WHEN_ABSENT[key];
      a ??= EMPTY_WHEN_ABSENT[key];
    }
    const found = compareField(at, key, e, a, expected, ctx);
    if (found !== undefined) return found;
  }
  return undefined;
}

function compareField(path: string, key: string, e: unknown, a: unknown, parent: Record<string, unknown>, ctx: CompareContext): Mismatch | undefined {
  if (e === undefined || a === undefined) return e === a ? undefined : { path, expected: formatValue(e), actual: formatValue(a) };
  if (key === 'GroupId' && typeof e === 'number') return compareGroupId(path, e, a, ctx);
  if (key === 'ContactGroupId') return compareGroupIdSet(path, e, a, ctx);
  if (key === 'StandardMark' && typeof e === 'string') return compareMark(path, e, a, ctx.markOrder);
  if (key === 'Timestamp') return compareTimestamp(path, a, parent, ctx);
  if (key === 'ResultCode') return codeMatches(e, a) ? undefined : { path, expected: showCode(e), actual: formatValue(a) };
  if (Array.isArray(e)) {
    if (!Array.isArray(a)) return { path, expected: 'an array', actual: formatValue(a) };
    if (key === 'GroupItem') return compareGroupDictionary(path, e, a, ctx);
    if (CONTACT_ARRAYS.has(key) && e.every(isRecord)) return compareContactArray(path, e as Record<string, unknown>[], a, ctx);
    return compareByIndex(path, e, a, ctx);
  }
  if (isRecord(e)) {
    if (!isRecord(a)) return { path, expected: 'an object', actual: formatValue(a) };
    return compareObject(path, e, a, ctx);
  }
  return Object.is(e, a) ? undefined : { path, expected: formatValue(e), actual: formatValue(a) };
}

function compareGroupId(path: string, modelId: number, a: unknown, ctx: CompareContext): Mismatch | undefined {
  if (!Number.isInteger(a)) return { path, expected: 'an integer GroupId', actual: formatValue(a) };
  const known = ctx.ids.targetOf(ctx.user, modelId);
  if (known !== undefined && known !== a) return { path, expected: String(known), actual: String(a) };
  if (!ctx.ids.bind(ctx.user, modelId, a as number)) {
    return { path, expected: `a new GroupId (not ${String(a)}, which names another group)`, actual: String(a) };
  }
  return undefined;
}

function compareGroupIdSet(path: string, e: unknown, a: unknown, ctx: CompareContext): Mismatch | undefined {
  if (!Array.isArray(a) || !Array.isArray(e)) return { path, expected: formatValue(e), actual: formatValue(a) };
  const shownExpected = (e as number[]).map((id) => ctx.ids.targetOf(ctx.user, id) ?? `model#${id}`);
  const mismatch = (): Mismatch => ({ path, expected: formatValue(shownExpected), actual: formatValue(a) });
  const actualModelIds: number[] = [];
  for (const id of a) {
    const modelId = Number.isInteger(id) ? ctx.ids.modelOf(ctx.user, id as number) : undefined;
    if (modelId === undefined) return { path, expected: formatValue(shownExpected), actual: `${formatValue(a)} (GroupId ${formatValue(id)} names no group of the user)` };
    actualModelIds.push(modelId);
  }
  const sorted = (ids: number[]) => [...ids].sort((x, y) => x - y).join(',');
  return sorted(e as number[]) === sorted(actualModelIds) ? undefined : mismatch();
}

function compareMark(path: string, e: string, a: unknown, order: StandardMarkBitOrder): Mismatch | undefined {
  if (typeof a !== 'string') return { path, expected: formatValue(e), actual: formatValue(a) };
  let actualBits: bigint;
  try {
    actualBits = parseStandardMark(a, order);
  } catch (error) {
    return { path, expected: formatValue(e), actual: `${formatValue(a)} (${(error as Error).message})` };
  }
  const expectedBits = parseStandardMark(e, order);
  if (expectedBits === actualBits) return undefined;
  return { path, expected: `${formatValue(e)} (${bitList(expectedBits, order)})`, actual: `${formatValue(a)} (${bitList(actualBits, order)})` };
}

function bitList(mark: bigint, order: StandardMarkBitOrder): string {
  const bits: number[] = [];
  for (let i = 0; i < 64; i++) if ((mark >> BigInt(i)) & 1n) bits.push(i);
  return bits.length === 0 ? 'no bits' : `bits ${bits.join(',')} read ${order}`;
}

function compareTimestamp(path: string, a: unknown, parent: Record<string, unknown>, ctx: CompareContext): Mismatch | undefined {
  if (!Number.isSafeInteger(a) || (a as number) < 0) return { path, expected: 'a non-negative integer', actual: formatValue(a) };
  const contact = contactKey(parent);
  if (holdsNoData(parent)) {
    // "Last update timestamp of the conversation group" says nothing of a conversation with
    // no group and no mark (choice point emptiedConversation): 0, its last update, or the time
    // it was emptied are all allowed, and a later write starts its history again.
    ctx.stamps.forget(ctx.user, contact);
    return undefined;
  }
  if (a === 0) return { path, expected: 'a time (the conversation has groups or marks)', actual: '0' };
  const last = ctx.stamps.lastSeen(ctx.user, contact);
  if (last !== undefined && (a as number) < last) return { path, expected: `≥ ${last} (the value shown before)`, actual: String(a) };
  ctx.stamps.record(ctx.user, contact, a as number);
  return undefined;
}

/** True when the model's item has no group, no standard mark and no custom mark. */
function holdsNoData(item: Record<string, unknown>): boolean {
  const groups = item.ContactGroupId;
  return (item.StandardMark ?? '') === '' && item.CustomMark === undefined && (!Array.isArray(groups) || groups.length === 0);
}

function showCode(code: unknown): string {
  return code === ANY_ERROR_CODE ? 'a failure code' : String(code);
}

function compareGroupDictionary(path: string, e: unknown[], a: unknown[], ctx: CompareContext): Mismatch | undefined {
  const used = new Set<number>();
  for (const item of e) {
    if (!isRecord(item) || typeof item.GroupId !== 'number') return compareByIndex(path, e, a, ctx);
    const modelId = item.GroupId;
    const targetId = ctx.ids.targetOf(ctx.user, modelId);
    const index = a.findIndex((candidate, i) =>
      !used.has(i) && isRecord(candidate) &&
      (targetId !== undefined
        ? candidate.GroupId === targetId
        : candidate.GroupName === item.GroupName && ctx.ids.modelOf(ctx.user, candidate.GroupId as number) === undefined));
    const at = `${path}[id ${targetId ?? `model#${modelId}`}]`;
    if (index < 0) return { path: at, expected: formatValue(item), actual: 'missing' };
    used.add(index);
    const found = compareObject(at, item, a[index] as Record<string, unknown>, ctx);
    if (found !== undefined) return found;
  }
  const extra = a.find((_, i) => !used.has(i));
  return extra === undefined ? undefined : { path, expected: `${e.length} group(s)`, actual: `also ${formatValue(extra)}` };
}

function compareContactArray(path: string, e: Record<string, unknown>[], a: unknown[], ctx: CompareContext): Mismatch | undefined {
  const expectedByKey = groupByContact(e);
  const actualByKey = groupByContact(a.filter(isRecord));
  if (a.some((item) => !isRecord(item))) return { path, expected: 'objects', actual: formatValue(a) };
  for (const [key, items] of expectedByKey) {
    const others = actualByKey.get(key) ?? [];
    const at = `${path}[${key}]`;
    if (others.length !== items.length) {
      return { path: at, expected: items.length === 1 ? 'present' : `${items.length} items`, actual: others.length === 0 ? 'missing' : `${others.length} items` };
    }
    for (let i = 0; i < items.length; i++) {
      const found = compareObject(items.length === 1 ? at : `${at}#${i}`, items[i]!, others[i]!, ctx);
      if (found !== undefined) return found;
    }
  }
  for (const [key, items] of actualByKey) {
    if (!expectedByKey.has(key)) return { path: `${path}[${key}]`, expected: 'absent', actual: formatValue(items[0]) };
  }
  return undefined;
}

function compareByIndex(path: string, e: unknown[], a: unknown[], ctx: CompareContext): Mismatch | undefined {
  if (e.length !== a.length) return { path: `${path}.length`, expected: String(e.length), actual: String(a.length) };
  for (let i = 0; i < e.length; i++) {
    const found = compareField(`${path}[${i}]`, String(i), e[i], a[i], {}, ctx);
    if (found !== undefined) return found;
  }
  return undefined;
}

function groupByContact(items: Record<string, unknown>[]): Map<string, Record<string, unknown>[]> {
  const byKey = new Map<string, Record<string, unknown>[]>();
  for (const item of items) {
    const key = contactKey(isRecord(item.ContactItem) ? item.ContactItem : item);
    byKey.set(key, [...(byKey.get(key) ?? []), item]);
  }
  return byKey;
}

/** `c2c:{To_Account}` / `group:{ToGroupId}` as in lib/model contactKeyOf, tolerant of bad input. */
function contactKey(item: Record<string, unknown>): string {
  if (item.Type === 1) return `c2c:${String(item.To_Account)}`;
  if (item.Type === 2) return `group:${String(item.ToGroupId)}`;
  return `?${formatValue(item)}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
