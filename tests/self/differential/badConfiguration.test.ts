import { test, expect } from '@playwright/test';
import { ownLines, runTool } from './runTool';

/** Each bad setup, and what its one line must name. */
const CASES: { title: string; env: Record<string, string>; args?: string[]; names: RegExp }[] = [
  { title: 'only the candidate is configured', env: { CHAT_CANDIDATE_MOCK_PRESET: 'default' }, names: /the reference target is not configured/ },
  { title: 'neither target is configured', env: {}, names: /no targets to compare/ },
  { title: 'the reference URL is not a URL', env: { CHAT_REFERENCE_TARGET_URL: 'not a url', CHAT_CANDIDATE_MOCK_PRESET: 'default' }, names: /CHAT_REFERENCE_TARGET_URL: not a valid URL/ },
  { title: 'the candidate names an unknown fault', env: { CHAT_REFERENCE_MOCK_PRESET: 'default', CHAT_CANDIDATE_MOCK_FAULTS: 'no-such-fault' }, names: /CHAT_CANDIDATE_MOCK_FAULTS: unknown fault 'no-such-fault'/ },
  { title: 'a side env file is missing', env: {}, args: ['--reference-env', '/nonexistent/ref.env', '--candidate-env', '/nonexistent/cand.env'], names: /--reference-env \/nonexistent\/ref\.env: cannot read it \(ENOENT\)/ },
  {
    title: 'the candidate is unreachable (a closed loopback port)',
    env: { CHAT_REFERENCE_MOCK_PRESET: 'default', CHAT_CANDIDATE_TARGET_URL: 'http://127.0.0.1:9', CHAT_CANDIDATE_SDKAPPID: '1400000000', CHAT_CANDIDATE_ADMIN: 'administrator', CHAT_CANDIDATE_SECRET_KEY: 'k'.repeat(64) },
    names: /^candidate: target unreachable: 127\.0\.0\.1:9/,
  },
  { title: 'an unknown argument is given', env: { CHAT_REFERENCE_MOCK_PRESET: 'default', CHAT_CANDIDATE_MOCK_PRESET: 'default' }, args: ['--frobnicate'], names: /unknown argument "--frobnicate"/ },
];

for (const c of CASES) {
  test(`differential exits 2 with one line and no stack trace when ${c.title}`, async () => {
    const run = await runTool(['bin/differential.ts', '--no-conformance', ...(c.args ?? [])], c.env);
    expect(run.code).toBe(2);
    const lines = ownLines(run.stderr);
    expect(lines, run.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(c.names);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
}

test('compare exits 2 with one line when given one run, or a folder with no summary.json', async () => {
  for (const args of [['bin/compare.ts', '/tmp'], ['bin/compare.ts', '/tmp', '/tmp']]) {
    const run = await runTool(args);
    expect(run.code).toBe(2);
    expect(ownLines(run.stderr), run.stderr).toHaveLength(1);
    expect(run.stderr).toMatch(/^compare: (expected two runs, got 1|\/tmp: no summary\.json in this folder)/);
  }
});
