import { choiceProbe } from './choiceProbe';
import { read } from './read';
import { steps as s } from './steps';

const U = '{u0}';
const [P1, P2] = [s.c2c(`${U}p1`), s.c2c(`${U}p2`)];

/** The choice points of the read APIs (search_contact_group, get_contact_group). */
export const READ_CHOICE_PROBES = {
  itemOrder: choiceProbe('itemOrder', {
    users: 1,
    steps: [s.create(U, 'g', [P1, P2]), s.search(U, [P2, P1])],
    reveal: (a) => {
      const listed = read.listed(a[1]);
      if (listed.length !== 2) return undefined;
      return listed[0] === `${U}p2` ? 'request-order' : 'reverse';
    },
  }),
  getPageSize: choiceProbe('getPageSize', {
    // 101 conversations: more than the default page of 100, so every registry size shows.
    users: 1,
    steps: [s.create(U, 'g', s.peers(U, 100)), s.update(U, 'g', 1, s.peers(U, 1, 100)), s.firstPage(U), s.readAll(0)],
    reveal: (a) => {
      const page = a[2];
      if (!read.ok(page)) return undefined;
      return page!.CompleteFlag === 0 ? String(read.listed(page).length) : 'more than 101';
    },
  }),
  searchEmptyItem: choiceProbe('searchEmptyItem', {
    users: 1,
    steps: [s.create(U, 'g', [P1]), s.search(U, [P1, s.c2c(`${U}p9`)])],
    reveal: (a) => (!read.ok(a[1]) ? undefined : read.item(a[1], `${U}p9`) ? 'include-empty' : 'omit'),
  }),
  searchGroupItems: choiceProbe('searchGroupItems', {
    users: 1,
    steps: [s.create(U, 'a', [P1]), s.create(U, 'b', [P2]), s.search(U, [P1])],
    reveal: (a) => (!read.ok(a[2]) ? undefined : read.groups(a[2]).length === 2 ? 'all' : 'referenced'),
  }),
  emptiedConversation: choiceProbe('emptiedConversation', {
    users: 1,
    steps: [s.create(U, 'g', [P1]), s.update(U, 'g', 2, [P1]), s.firstPage(U)],
    reveal: (a) => (!read.ok(a[2]) ? undefined : read.item(a[2], `${U}p1`) ? 'keep' : 'forget'),
  }),
};
