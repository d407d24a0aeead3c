import { escapeHtml as e } from '../escapeHtml';

/** One bar group of a chart: a label and one value per series. */
export interface BarRow {
  label: string;
  values: number[];
}

export interface BarChartOptions {
  title: string;
  /** Series names, one per value of each row (a legend is drawn for more than one). */
  series: string[];
  /** Suffix after each value, e.g. ` ms`. @defaultValue '' */
  unit?: string;
  /** Chart width in px. @defaultValue 720 */
  width?: number;
}

const COLOURS = ['#3d5a80', '#98c1d9', '#ee6c4d'];

/** A horizontal bar chart as inline SVG (no scripts, no network), scaled to the largest value. */
export function renderBarChart(rows: readonly BarRow[], options: BarChartOptions): string {
  const width = options.width ?? 720;
  const labelWidth = 280;
  const barHeight = 12;
  const groupHeight = options.series.length * barHeight + 10;
  const legend = options.series.length > 1 ? 20 : 0;
  const height = legend + rows.length * groupHeight + 8;
  const max = Math.max(1, ...rows.flatMap((r) => r.values));
  const scale = (width - labelWidth - 70) / max;
  const bars = rows.map((row, r) => {
    const y0 = legend + r * groupHeight;
    const parts = row.values.map((v, s) => {
      const y = y0 + s * barHeight;
      const w = Math.max(1, Math.round(v * scale));
      return `<rect x="${labelWidth}" y="${y}" width="${w}" height="${barHeight - 2}" fill="${COLOURS[s % COLOURS.length]}"/><text x="${labelWidth + w + 4}" y="${y + 9}">${e(`${v}${options.unit ?? ''}`)}</text>`;
    });
    return `<text x="0" y="${y0 + 10}">${e(row.label)}</text>${parts.join('')}`;
  });
  const legendItems = legend ? options.series.map((name, s) => `<rect x="${labelWidth + s * 90}" y="2" width="10" height="10" fill="${COLOURS[s % COLOURS.length]}"/><text x="${labelWidth + s * 90 + 14}" y="11">${e(name)}</text>`).join('') : '';
  return `<svg role="img" aria-label="${e(options.title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg"><title>${e(options.title)}</title>${legendItems}${bars.join('')}</svg>`;
}
