import { test, expect } from '@playwright/test';
import { mergeObservations } from '../../../lib/report/mergeObservations';

const seen = (id: string, observed: string, testTitle: string) => ({ id, endpoint: 'recentcontact/update_contact_group', question: `q ${id}`, observed, test: testTitle });

test('lists the same answer to the same question once, with how often and by which tests it was seen', () => {
  const merged = mergeObservations([seen('a', 'rejected with 50002', 't1'), seen('a', 'rejected with 50002', 't2'), seen('a', 'rejected with 50002', 't2')]);
  expect(merged).toEqual([{ ...seen('a', 'rejected with 50002', 't1; t2'), seen: 3 }]);
});

test('keeps different answers to one question as separate rows, so an inconsistent target shows', () => {
  const merged = mergeObservations([seen('a', 'OK', 't1'), seen('a', 'rejected with 50002', 't2'), seen('b', 'OK', 't1')]);
  expect(merged.map((o) => [o.id, o.observed])).toEqual([['a', 'OK'], ['a', 'rejected with 50002'], ['b', 'OK']]);
});
