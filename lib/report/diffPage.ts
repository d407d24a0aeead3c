import { escapeHtml } from './escapeHtml';
import { REPORT_STYLES } from './html/reportStyles';

/**
 * A self-contained page in the conformance report's style (REPORT_STYLES inline, a
 * Content-Security-Policy that allows no script and no network), for the two diff reports:
 * the differential fidelity report (lib/differential/html) and the run comparison
 * (compare/). `body` is already HTML; `title` is escaped here.
 */
export function diffPage(title: string, body: string): string {
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${REPORT_STYLES}</style>`,
  ].join('\n');
  return `<!doctype html>\n<html lang="en">\n<head>\n${head}\n</head>\n<body>\n<main>\n${body}\n</main>\n</body>\n</html>\n`;
}
