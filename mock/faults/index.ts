/**
 * The registry of seeded faults. Names are fixed: other parts of the project
 * (mutation runs, docs) use them verbatim.
 */
import { actionStatusMismatch } from './actionStatusMismatch';
import { adminNotChecked } from './adminNotChecked';
import { batchLimitOffByOne } from './batchLimitOffByOne';
import { clearMarkIgnored } from './clearMarkIgnored';
import { conversationCapNotEnforced } from './conversationCapNotEnforced';
import { createCreatesEveryNamedGroup } from './createCreatesEveryNamedGroup';
import { customMarkLimitOffByOne } from './customMarkLimitOffByOne';
import { danglingIdsAfterDelete } from './danglingIdsAfterDelete';
import { deleteDeletesEveryNamedGroup } from './deleteDeletesEveryNamedGroup';
import { groupIdAsString } from './groupIdAsString';
import { groupLimitNotEnforced } from './groupLimitNotEnforced';
import { groupsSharedAcrossUsers } from './groupsSharedAcrossUsers';
import { http400OnError } from './http400OnError';
import { http500OnMalformedJson } from './http500OnMalformedJson';
import { malformedJsonAcceptedAsEmpty } from './malformedJsonAcceptedAsEmpty';
import { markBitsWrapAt32 } from './markBitsWrapAt32';
import { nameLimitInChars } from './nameLimitInChars';
import { nameLimitOffByOne } from './nameLimitOffByOne';
import { nonMemberGroupAllowed } from './nonMemberGroupAllowed';
import { optTypeIgnored } from './optTypeIgnored';
import { paginationSkipsPageBoundary } from './paginationSkipsPageBoundary';
import { removeFromAllGroups } from './removeFromAllGroups';
import { renameChangesGroupId } from './renameChangesGroupId';
import { searchLimitNotEnforced } from './searchLimitNotEnforced';
import { staleNameAfterRenameChain } from './staleNameAfterRenameChain';
import { timestampFrozen } from './timestampFrozen';
import type { SeededFault } from './types';
import { unimportedUserAccepted } from './unimportedUserAccepted';
import { unknownGroupOk } from './unknownGroupOk';
import { usersigUnchecked } from './usersigUnchecked';

export type { FaultContext, FaultHooks, GatewayOverrides, ModelStep, SeededFault } from './types';

/** Every seeded fault, in a stable order. */
export const SEEDED_FAULTS: readonly SeededFault[] = Object.freeze([
  nameLimitOffByOne,
  nameLimitInChars,
  markBitsWrapAt32,
  staleNameAfterRenameChain,
  danglingIdsAfterDelete,
  groupsSharedAcrossUsers,
  removeFromAllGroups,
  groupLimitNotEnforced,
  conversationCapNotEnforced,
  batchLimitOffByOne,
  searchLimitNotEnforced,
  customMarkLimitOffByOne,
  clearMarkIgnored,
  optTypeIgnored,
  renameChangesGroupId,
  nonMemberGroupAllowed,
  unimportedUserAccepted,
  unknownGroupOk,
  http400OnError,
  groupIdAsString,
  actionStatusMismatch,
  usersigUnchecked,
  adminNotChecked,
  malformedJsonAcceptedAsEmpty,
  timestampFrozen,
  paginationSkipsPageBoundary,
  deleteDeletesEveryNamedGroup,
  createCreatesEveryNamedGroup,
  http500OnMalformedJson,
]);

/** Every fault name. */
export const FAULT_NAMES: readonly string[] = SEEDED_FAULTS.map((fault) => fault.name);

/**
 * The faults the names ask for, in the order given, duplicates dropped; or the
 * first unknown name as one line.
 */
export function faultsByName(names: readonly string[]): { ok: true; faults: SeededFault[] } | { ok: false; error: string } {
  const faults: SeededFault[] = [];
  for (const name of names) {
    const fault = SEEDED_FAULTS.find((candidate) => candidate.name === name);
    if (!fault) return { ok: false, error: `unknown fault '${String(name).slice(0, 80)}' (npm run mock -- --list-faults)` };
    if (!faults.includes(fault)) faults.push(fault);
  }
  return { ok: true, faults };
}
