import { expect, type Locator } from '@playwright/test';

/**
 * Asserts that `locator` is drawn wholly inside the first screen: the page is scrolled to the
 * top and the element's bounding box lies within the viewport. A collapsed or hidden element
 * has no box and fails too.
 */
export async function expectInFirstViewport(locator: Locator, what: string): Promise<void> {
  const page = locator.page();
  expect(await page.evaluate<number>('window.scrollY'), 'the page is at its top').toBe(0);
  const viewport = page.viewportSize();
  const box = await locator.boundingBox();
  expect(box, `${what} is drawn`).not.toBeNull();
  expect(viewport).not.toBeNull();
  const { x, y, width, height } = box!;
  expect(width * height, `${what} has an area`).toBeGreaterThan(0);
  expect(y, `${what} starts inside the first screen`).toBeGreaterThanOrEqual(0);
  expect(y + height, `${what} ends inside the first screen (${viewport!.height} px)`).toBeLessThanOrEqual(viewport!.height);
  expect(x, `${what} starts inside the first screen`).toBeGreaterThanOrEqual(0);
  expect(x + width, `${what} fits the screen's width`).toBeLessThanOrEqual(viewport!.width);
}
