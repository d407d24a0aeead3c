import path from 'node:path';

/**
 * Where a conformance run writes its reports: RCC_REPORTS_DIR, or `reports/` in the
 * project. The self-tests point it at a temporary folder when they run the suite,
 * so they never overwrite the reports a user is reading.
 */
export function reportsDir(): string {
  return path.resolve(process.env.RCC_REPORTS_DIR ?? path.join(import.meta.dirname, '..', '..', 'reports'));
}
