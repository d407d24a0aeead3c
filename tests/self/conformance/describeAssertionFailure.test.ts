import { test, expect } from '@playwright/test';
import { describeAssertionFailure } from '../../conformance/support/describeAssertionFailure';

function thrownBy(assertion: () => void): unknown {
  try {
    assertion();
  } catch (error) {
    return error;
  }
  throw new Error('the assertion did not fail');
}

test('reports what a failed expect actually received, not its diff', () => {
  expect(describeAssertionFailure(thrownBy(() => expect([1, 3, 40]).toEqual([1])))).toBe('[1,3,40]');
  expect(describeAssertionFailure(thrownBy(() => expect(0).toBe(51011)))).toBe('0');
});

test('reports the message of a failed boolean verdict, which says what was seen', () => {
  const described = describeAssertionFailure(thrownBy(() => expect(false, 'rename answered ErrorCode 51009').toBe(true)));
  expect(described).toMatch(/^rename answered ErrorCode 51009\b/);
});

test('falls back to the first lines of any other error', () => {
  expect(describeAssertionFailure(new Error('\u001b[31mno answer\u001b[39m\nsecond line'))).toBe('no answer second line');
});
