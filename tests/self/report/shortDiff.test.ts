import { test, expect } from '@playwright/test';
import { shortDiff, type DiffPiece } from '../../../lib/report/html/shortDiff';

/** A side as text with its changed part in brackets. */
const show = (pieces: DiffPiece[]) => pieces.map((p) => (p.changed ? `[${p.text}]` : p.text)).join('');

test.describe('shortDiff', () => {
  test('marks only the differing middle when the two share a prefix or suffix', () => {
    const diff = shortDiff('ErrorCode 51011', 'ErrorCode 0');
    expect([show(diff.expected), show(diff.actual)]).toEqual(['ErrorCode [51011]', 'ErrorCode [0]']);
    expect(diff.clipped).toBe(false);
  });

  test('marks an empty middle on the side that lacks the text', () => {
    const diff = shortDiff('[1,3]', '[1,3,40]');
    expect([show(diff.expected), show(diff.actual)]).toEqual(['[1,3[]]', '[1,3[,40]]']);
  });

  test('shows both sides whole, unmarked, when they share less than half of the shorter one', () => {
    const diff = shortDiff('bits [1] after ClearMark [3, 40]', '[1,3,40]');
    expect([show(diff.expected), show(diff.actual)]).toEqual(['bits [1] after ClearMark [3, 40]', '[1,3,40]']);
  });

  test('keeps a few characters of context around the difference in a long line and says it clipped', () => {
    const head = 'a'.repeat(500);
    const tail = 'z'.repeat(500);
    const diff = shortDiff(`${head}GroupName:"x"${tail}`, `${head}GroupName:"y"${tail}`, { context: 12 });
    expect(show(diff.expected)).toBe(`…GroupName:"[x]"${'z'.repeat(10)}…`);
    expect(show(diff.actual)).toBe(`…GroupName:"[y]"${'z'.repeat(10)}…`);
    expect(diff.clipped).toBe(true);
  });

  test('clips a long differing middle and a long unaligned side at the width', () => {
    const common = 'c'.repeat(300);
    const middle = shortDiff(`${common}${'x'.repeat(300)}`, `${common}${'y'.repeat(300)}`, { width: 50, context: 10 });
    expect(show(middle.actual)).toBe(`…${'c'.repeat(9)}[${'y'.repeat(49)}…]`);
    const whole = shortDiff('p'.repeat(300), 'q'.repeat(300), { width: 50 });
    expect(show(whole.expected)).toBe(`${'p'.repeat(49)}…`);
    expect(whole.clipped).toBe(true);
  });

  test('sets a leading label on one side aside and aligns the rest', () => {
    const body = (name: string) => `{"ActionStatus":"OK","GroupName":"${name}"}`;
    const diff = shortDiff(`step 3 ReadBack(A): ${body('a')}`, body('b'));
    expect(show(diff.expected)).toBe('step 3 ReadBack(A): {"ActionStatus":"OK","GroupName":"[a]"}');
    expect(show(diff.actual)).toBe('{"ActionStatus":"OK","GroupName":"[b]"}');
  });

  test('never splits a character outside the basic plane', () => {
    const diff = shortDiff('😀😀a', '😀😀b');
    expect([show(diff.expected), show(diff.actual)]).toEqual(['😀😀[a]', '😀😀[b]']);
    const clipped = shortDiff('😀'.repeat(10), '😃'.repeat(10), { width: 4 });
    expect(show(clipped.expected)).toBe('😀😀😀…');
  });
});
