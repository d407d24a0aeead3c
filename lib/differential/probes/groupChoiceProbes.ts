import { choiceProbe } from './choiceProbe';
import { read } from './read';
import { steps as s } from './steps';

const U = '{u0}';
/** 65 bytes: one over the documented 64 ("NewGroupName ... Maximum length: 64 bytes", update_contact_group.page.txt). */
const OVER_LONG = 'x'.repeat(65);

/**
 * The choice points of group names and ids (create, rename, delete): each probe's scenario and
 * how the answers reveal the value. Values are the registry's (lib/model/choicePoints.ts).
 */
export const GROUP_CHOICE_PROBES = {
  duplicateNameOnCreate: choiceProbe('duplicateNameOnCreate', {
    users: 1,
    steps: [s.create(U, 'a'), s.create(U, 'a')],
    reveal: (a) => (a[1] === undefined ? undefined : read.ok(a[1]) ? 'return-existing' : 'reject'),
  }),
  renameOntoExisting: choiceProbe('renameOntoExisting', {
    users: 1,
    steps: [s.create(U, 'a'), s.create(U, 'b'), s.rename(U, 'b', 'a')],
    reveal: (a) => (a[2] === undefined ? undefined : read.ok(a[2]) ? 'allow' : 'reject'),
  }),
  groupIdAllocation: choiceProbe('groupIdAllocation', {
    users: 1,
    steps: [s.create(U, 'a'), s.create(U, 'b'), s.del(U, ['a']), s.create(U, 'c')],
    reveal: (a) => {
      const [first, again] = [read.createdId(a[0]), read.createdId(a[3])];
      if (first === undefined || again === undefined) return undefined;
      return first === again ? 'reuse-lowest' : 'monotonic';
    },
  }),
  sameNameGroup: choiceProbe('sameNameGroup', {
    // Needs renameOntoExisting 'allow': two groups named "a", then a request that names "a".
    users: 1,
    steps: [s.create(U, 'a'), s.create(U, 'b'), s.rename(U, 'b', 'a'), s.update(U, 'a', 1, [s.c2c(`${U}p1`)]), s.search(U, [s.c2c(`${U}p1`)])],
    reveal: (a) => {
      if (!read.ok(a[2]) || !read.ok(a[3])) return undefined;
      const ids = read.item(a[4], `${U}p1`)?.ContactGroupId;
      if (!Array.isArray(ids) || ids.length !== 1) return undefined;
      // "first" is the lower GroupId (the model keeps groups sorted by id).
      return ids[0] === read.createdId(a[0]) ? 'first' : 'last';
    },
  }),
  beyondOneAtATime: choiceProbe('beyondOneAtATime', {
    users: 1,
    steps: [s.create(U, 'a'), s.create(U, 'b'), s.del(U, ['a', 'b']), s.readAll(0)],
    reveal: (a) => (a[2] === undefined ? undefined : read.ok(a[2]) ? 'first-only' : 'reject'),
  }),
  errorPrecedence: choiceProbe('errorPrecedence', {
    // Renaming a missing group to an over-long name: 51011 and 51009 both apply; the model lists 51011 first.
    users: 1,
    steps: [s.rename(U, 'missing', OVER_LONG)],
    reveal: (a) => ({ 51011: 'first', 51009: 'last' })[read.code(a[0]) ?? 0],
  }),
  undocumentedErrorCode: choiceProbe('undocumentedErrorCode', {
    // "Up to 300 conversations can be searched at a time" (search_contact_group.txt): 301 has no documented code.
    users: 1,
    steps: [s.search(U, s.peers(U, 301))],
    reveal: (a) => (a[0] === undefined || read.ok(a[0]) ? undefined : String(read.code(a[0]))),
  }),
};
