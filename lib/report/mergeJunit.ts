/** One run's junit.xml and how to name it in a problem line. */
export interface JunitSource {
  label: string;
  xml: string;
}

interface Suite {
  name: string;
  attributes: Map<string, string>;
  body: string;
}

const COUNTS = ['tests', 'failures', 'skipped', 'errors'] as const;

/**
 * The JUnit files of several shards as one: every `<testsuite>` of every file under one
 * `<testsuites>`, suites of the same spec file (a per-test shard split can put one file's tests
 * in two shards) joined into one with their counts and times added. The testcases are copied
 * byte for byte. Playwright's junit reporter writes no XML declaration and escapes attribute
 * values; CDATA sections (stdout, failure text) are skipped when looking for tags, so a test
 * that printed `</testsuite>` cannot cut a suite short.
 * Returns the merged XML and one line per file that could not be read.
 */
export function mergeJunit(sources: readonly JunitSource[], options: { timeSeconds: number }): { xml: string; problems: string[] } {
  const suites = new Map<string, Suite>();
  const problems: string[] = [];
  for (const source of sources) {
    const parsed = suitesOf(source.xml);
    if (typeof parsed === 'string') {
      problems.push(`${source.label}: junit.xml ${parsed}`);
      continue;
    }
    for (const suite of parsed) {
      const known = suites.get(suite.name);
      if (!known) {
        suites.set(suite.name, suite);
        continue;
      }
      for (const key of [...COUNTS, 'time'] as const) known.attributes.set(key, String(number(known.attributes.get(key)) + number(suite.attributes.get(key))));
      const [a, b] = [known.attributes.get('timestamp') ?? '', suite.attributes.get('timestamp') ?? ''];
      if (b && (!a || b < a)) known.attributes.set('timestamp', b);
      known.body += suite.body;
    }
  }
  const totals = COUNTS.map((key) => `${key}="${[...suites.values()].reduce((n, s) => n + number(s.attributes.get(key)), 0)}"`);
  const lines = [`<testsuites id="" name="" ${totals.join(' ')} time="${options.timeSeconds}">`];
  for (const suite of suites.values()) {
    const attributes = [...suite.attributes].map(([k, v]) => `${k}="${v}"`).join(' ');
    lines.push(`<testsuite ${attributes}>${suite.body}</testsuite>`);
  }
  lines.push('</testsuites>', '');
  return { xml: lines.join('\n'), problems };
}

/** The top-level suites of one file, or why it could not be read. */
function suitesOf(xml: string): Suite[] | string {
  if (!/<testsuites[\s>]/.test(xml)) return 'has no <testsuites> element';
  const suites: Suite[] = [];
  let i = 0;
  while (i < xml.length) {
    const open = nextTag(xml, i, '<testsuite ');
    if (open < 0) break;
    const end = xml.indexOf('>', open);
    if (end < 0) return 'ends inside a <testsuite> tag';
    const close = nextTag(xml, end, '</testsuite>');
    if (close < 0) return 'has a <testsuite> that is never closed';
    const attributes = new Map([...xml.slice(open, end).matchAll(/([\w:-]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!] as [string, string]));
    suites.push({ name: attributes.get('name') ?? '', attributes, body: xml.slice(end + 1, close) });
    i = close + '</testsuite>'.length;
  }
  return suites;
}

/** Index of `tag` at or after `from`, outside CDATA sections; -1 when absent. */
function nextTag(xml: string, from: number, tag: string): number {
  let i = from;
  for (;;) {
    const hit = xml.indexOf(tag, i);
    const cdata = xml.indexOf('<![CDATA[', i);
    if (hit < 0) return -1;
    if (cdata < 0 || hit < cdata) return hit;
    const cdataEnd = xml.indexOf(']]>', cdata);
    if (cdataEnd < 0) return -1;
    i = cdataEnd + 3;
  }
}

function number(text: string | undefined): number {
  const n = Number(text);
  return Number.isFinite(n) ? Math.round(n * 1000) / 1000 : 0;
}
