import { test, expect } from '@playwright/test';
import type { Envelope } from '../../../lib/client/types';
import { c2c } from '../../conformance/support/contacts';
import { judgeRejection } from '../../conformance/support/judgeRejection';

const MARK = 'recentcontact/mark_contact' as const;
const [p0, p1] = [c2c('u_p0'), c2c('u_p1')];
const fail = (code: number): Envelope => ({ ActionStatus: 'FAIL', ErrorCode: code, ErrorInfo: 'x' });
const ok = (...codes: number[]): Envelope => ({
  ActionStatus: 'OK',
  ErrorCode: 0,
  ErrorInfo: '',
  ResultItem: codes.map((ResultCode, i) => ({ OptType: 1, ContactItem: i === 0 ? p0 : p1, ResultCode, ResultInfo: ResultCode === 0 ? '' : 'x' })),
});

test('accepts a documented code as the call\'s ErrorCode or as the item\'s ResultCode with the call OK', () => {
  expect(judgeRejection(MARK, fail(51007), { codes: [51007], item: p0 }).ok).toBe(true);
  expect(judgeRejection(MARK, ok(51007), { codes: [51007], item: p0 })).toMatchObject({ ok: true, seen: 'ResultCode 51007 on c2c:u_p0' });
});

test('accepts any of several applicable documented codes, and no other', () => {
  expect(judgeRejection(MARK, fail(51011), { codes: [51009, 51011] }).ok).toBe(true);
  expect(judgeRejection(MARK, fail(50002), { codes: [51009, 51011] })).toMatchObject({ ok: false, seen: 'ErrorCode 50002' });
});

test('accepts any non-zero code when the documents name none, and never an OK answer', () => {
  expect(judgeRejection(MARK, fail(90001)).ok).toBe(true);
  expect(judgeRejection(MARK, ok(90001), { item: p0 }).ok).toBe(true);
  expect(judgeRejection(MARK, ok(0), { item: p0 })).toMatchObject({ ok: false, seen: 'OK, ResultCode 0 on c2c:u_p0' });
});

test('does not count another item\'s failure as the rejection of the named item', () => {
  expect(judgeRejection(MARK, ok(0, 51007), { item: p0 }).ok).toBe(false);
  expect(judgeRejection(MARK, ok(0, 51007), { item: p1 }).ok).toBe(true);
});
