import { test, expect } from '@playwright/test';
import { applyMarkBits } from '../../../lib/model/applyMarkBits';
import { contactKeyOf } from '../../../lib/model/contactKeyOf';
import { ALTERNATIVE_CHOICES, DEFAULT_CHOICES, DEFAULT_CONFIG, DEFAULT_LIMITS, modelConfig } from '../../../lib/model/defaults';
import { emptyState } from '../../../lib/model/emptyState';
import { envelopeFail } from '../../../lib/model/envelopeFail';
import { envelopeOk } from '../../../lib/model/envelopeOk';
import { formatStandardMark } from '../../../lib/model/formatStandardMark';
import { mintChatGroupId } from '../../../lib/model/mintChatGroupId';
import { parseStandardMark } from '../../../lib/model/parseStandardMark';
import { utf8ByteLength } from '../../../lib/model/utf8ByteLength';
import type { ChoiceName } from '../../../lib/model/types';

test('utf8ByteLength counts 1-, 2-, 3- and 4-byte characters as TextEncoder does', () => {
  for (const text of ['', 'a', 'é', '中', '😀', 'aé中😀', '\ud800', 'x\udc00y', '\ud83d']) {
    expect(utf8ByteLength(text), JSON.stringify(text)).toBe(new TextEncoder().encode(text).length);
  }
});

test('contactKeyOf keeps C2C and group conversations with the same id apart', () => {
  expect(contactKeyOf({ Type: 1, To_Account: 'x' })).toBe('c2c:x');
  expect(contactKeyOf({ Type: 2, ToGroupId: 'x' })).toBe('group:x');
});

test('msb-first StandardMark "11111110" means bits 1..7, and zero is ""', () => {
  expect(formatStandardMark(0b11111110n, 'msb-first')).toBe('11111110');
  expect(parseStandardMark('11111110', 'msb-first')).toBe(0b11111110n);
  expect(formatStandardMark(0n, 'msb-first')).toBe('');
  expect(formatStandardMark(0n, 'lsb-first')).toBe('');
  expect(parseStandardMark('', 'lsb-first')).toBe(0n);
});

test('lsb-first StandardMark puts bit i at character i and trims trailing zeros', () => {
  expect(formatStandardMark(0b10n, 'lsb-first')).toBe('01');
  expect(formatStandardMark(0b1101n, 'lsb-first')).toBe('1011');
  expect(parseStandardMark('0100', 'lsb-first')).toBe(0b10n);
});

test('mark bit 63 survives a round trip through BigInt in both orders', () => {
  const mark = applyMarkBits(0n, [63, 0, 32, 31], []);
  expect(mark).toBe((1n << 63n) | (1n << 32n) | (1n << 31n) | 1n);
  for (const order of ['msb-first', 'lsb-first'] as const) {
    const text = formatStandardMark(mark, order);
    expect(text).toHaveLength(64);
    expect(parseStandardMark(text, order)).toBe(mark);
  }
});

test('parseStandardMark accepts the doc example "011111110" and rejects non-bit text and 65 bits', () => {
  expect(parseStandardMark('011111110', 'msb-first')).toBe(0b11111110n);
  expect(() => parseStandardMark('12', 'msb-first')).toThrow(/not a bit string/);
  expect(() => parseStandardMark('1'.repeat(65), 'msb-first')).toThrow(/65 significant bits/);
});

test('applyMarkBits sets, clears and resolves a bit in both lists by the option', () => {
  expect(applyMarkBits(0b1000n, [1], [3])).toBe(0b10n);
  expect(applyMarkBits(0n, [5], [5])).toBe(1n << 5n);
  expect(applyMarkBits(0n, [5], [5], { sameBit: 'clear-wins' })).toBe(0n);
  expect(applyMarkBits(1n << 5n, [5], [5], { sameBit: 'clear-wins' })).toBe(0n);
});

test('envelopes follow the documented {ActionStatus, ErrorCode, ErrorInfo} shape', () => {
  expect(envelopeOk({ GroupId: 'x' })).toEqual({ GroupId: 'x', ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' });
  expect(envelopeFail(51009)).toEqual({ ActionStatus: 'FAIL', ErrorCode: 51009, ErrorInfo: 'The requested conversation group does not exist.' });
  expect(envelopeFail(50002, 'bad')).toEqual({ ActionStatus: 'FAIL', ErrorCode: 50002, ErrorInfo: 'bad' });
});

test('the alternative choices flip every undocumented choice and page by fewer than 10', () => {
  const names = Object.keys(DEFAULT_CHOICES) as ChoiceName[];
  for (const name of names) expect(ALTERNATIVE_CHOICES[name], name).not.toEqual(DEFAULT_CHOICES[name]);
  expect(ALTERNATIVE_CHOICES.getPageSize).toBeLessThan(10);
});

test('modelConfig overrides only what it is given and the documented limits are the defaults', () => {
  expect(DEFAULT_LIMITS).toEqual({ nameMaxBytes: 64, maxGroupsPerUser: 20, maxConversationsPerUser: 1000, maxItemsPerUpdate: 100, maxSearchItems: 300, customMarkMaxBytes: 256 });
  const config = modelConfig({ limits: { nameMaxBytes: 65 }, choices: { getPageSize: 3 } });
  expect(config.limits).toEqual({ ...DEFAULT_LIMITS, nameMaxBytes: 65 });
  expect(config.choices).toEqual({ ...DEFAULT_CHOICES, getPageSize: 3 });
  expect(modelConfig()).toEqual(DEFAULT_CONFIG);
});

test('emptyState has no users and no chat groups', () => {
  const state = emptyState();
  expect(state.users.size).toBe(0);
  expect(state.chatGroups.size).toBe(0);
});

test('minted chat group ids look like @TGS# + 10 uppercase alphanumerics and never repeat', () => {
  const ids = new Set<string>();
  for (let seq = 0; seq < 2000; seq++) {
    const id = mintChatGroupId(seq);
    expect(id).toMatch(/^@TGS#[0-9A-Z]{10}$/);
    ids.add(id);
  }
  expect(ids.size).toBe(2000);
});
