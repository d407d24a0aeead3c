import type { BenchFigure } from './BenchFigure';

/** Renders the figures as one plain-text table: figure, measure, value, aim, detail. */
export function formatBenchTable(figures: readonly BenchFigure[]): string {
  const rows: string[][] = [['figure', 'measure', 'value', 'aim', 'detail']];
  for (const figure of figures) {
    for (const row of figure.rows) {
      const value = Number.isNaN(row.value) ? 'n/a' : `${row.value.toLocaleString('en-US')} ${row.unit}`;
      rows.push([figure.figure, row.label, value, row.aim ?? '', row.detail ?? '']);
    }
  }
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  const line = (row: string[]) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  const out = [line(rows[0]!), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.slice(1).map(line)];
  for (const figure of figures) for (const note of figure.notes) out.push(`note (${figure.figure}): ${note}`);
  return out.join('\n');
}
