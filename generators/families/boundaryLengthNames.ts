import fc from 'fast-check';
import { groupNameArb } from '../arbitraries/groupNameArb';
import { createGroupArb, deleteGroupArb, readBackArb, renameGroupArb, searchArb, setCustomMarkArb } from './commandArbitraries';
import type { StatefulFamily } from './StatefulFamily';

/**
 * Boundary-length names: groups created and renamed with names at, below and just past the
 * byte limit, multibyte characters straddling it ("NewGroupName ... Maximum length: 64
 * bytes"; 51011 "The conversation group name contains more than 64 bytes",
 * update_contact_group.page.txt); accepted names read back byte for byte.
 */
export const boundaryLengthNames: StatefulFamily = {
  name: 'boundary-length-names',
  rule: 'stateful.boundary-length-names',
  title: 'stateful: boundary-length names are accepted or rejected by bytes and read back intact',
  commands: (context) => {
    const names = fc.oneof({ arbitrary: groupNameArb({ maxBytes: context.nameMaxBytes }), weight: 3 }, { arbitrary: fc.constantFrom('a', 'b'), weight: 1 });
    const rename = renameGroupArb(names);
    const create = createGroupArb(names);
    return [create, create, create, rename, rename, rename, deleteGroupArb, searchArb, readBackArb, setCustomMarkArb(context.customMarkMaxBytes ?? 256)];
  },
};
