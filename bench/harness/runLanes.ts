/**
 * Runs `task(i)` for i = 0..count-1 with at most `lanes` in flight, and returns the wall time in ms.
 * Each lane takes the next index when its previous task settles (no busy loop).
 */
export async function runLanes(count: number, lanes: number, task: (index: number) => Promise<void>): Promise<number> {
  let next = 0;
  const started = performance.now();
  const lane = async (): Promise<void> => {
    while (next < count) {
      const index = next++;
      await task(index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(lanes, count)) }, lane));
  return performance.now() - started;
}
