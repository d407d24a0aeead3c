import { isRecord } from './support/isRecord';
import type { SeededFault } from './types';

/** Every numeric `GroupId` field, at any depth (bounded), as a string. */
function stringifyGroupIds(value: unknown, depth: number): unknown {
  if (depth > 16) return value;
  if (Array.isArray(value)) return value.map((item) => stringifyGroupIds(item, depth + 1));
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => [key, key === 'GroupId' && typeof child === 'number' ? String(child) : stringifyGroupIds(child, depth + 1)]),
  );
}

/** GroupId is a string in responses ("GroupId | Integer", notes §2.3 GroupItem). */
export const groupIdAsString: SeededFault = {
  name: 'group-id-as-string',
  breaksRule: 'envelope.response-schema',
  description: 'answers GroupId as a string instead of an Integer',
  create: () => ({ answer: (response) => stringifyGroupIds(response, 0) as typeof response }),
};
