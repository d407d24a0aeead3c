import type { ContactGroup } from './types';

/** The user's group dictionary, `GroupItem: [{GroupName, GroupId}]`, ascending id as in the samples. */
export function renderGroupItems(groups: readonly ContactGroup[]): { GroupName: string; GroupId: number }[] {
  return groups.map((group) => ({ GroupName: group.name, GroupId: group.id }));
}
