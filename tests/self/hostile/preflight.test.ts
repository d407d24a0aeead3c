/**
 * Hostile targets that fail the preflight: the run must stop at preflight with exit 2 and ONE clear
 * line (README "Exit codes": 2 = "the target was unreachable before any test ran (one clear line)";
 * bin/conformance.ts step 2: "an unreachable target costs seconds, not a full run of inconclusive tests").
 *
 * Documented expectation per server:
 * - hang (accepts, never answers): per-attempt timeout → `target unreachable: … ` → exit 2
 * - reset (RST on every request): network error → `target unreachable: …` → exit 2
 * - bad-gateway (HTTP 502): "always 200 unless a network error (such as error 502) occurs"
 *   (tencent-chat-api-notes.md §1.2): a 502 is not an answer → `target unreachable: …` → exit 2
 * - html (HTTP 200 text/html): an answer, but not the envelope → `did not answer … with JSON` → exit 2
 * - drip (valid envelope at 1 byte/s): the per-attempt timeout covers the body → unreachable → exit 2
 */
import { rmSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { HostileServer } from './servers/startHostileServer';
import { startHostileServer } from './servers/startHostileServer';
import type { HostileBehaviour } from './servers/HostileBehaviour';
import { CANARY_SECRET, STACK_FRAME, everythingWritten, linesOf, runAgainstHostile } from './runAgainstHostile';

const UNREACHABLE = String.raw`^target unreachable: 127\.0\.0\.1:\d+: `;
const CASES: { behaviour: HostileBehaviour; line: RegExp; what: string }[] = [
  { behaviour: 'hang', line: new RegExp(`${UNREACHABLE}timeout after 1500 ms`), what: 'a server that accepts and never answers' },
  { behaviour: 'reset', line: new RegExp(`${UNREACHABLE}network error`), what: 'a server that resets every connection' },
  { behaviour: 'bad-gateway', line: new RegExp(`${UNREACHABLE}HTTP 502`), what: 'a server that answers HTTP 502' },
  { behaviour: 'html', line: /^target 127\.0\.0\.1:\d+ did not answer the preflight account_check with JSON: /, what: 'a server that answers 200 text/html' },
  { behaviour: 'drip', line: new RegExp(`${UNREACHABLE}timeout after 1500 ms`), what: 'a server that drips its answer at 1 byte per second' },
];

test.describe('hostile targets at preflight', () => {
  let server: HostileServer | undefined;
  test.afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  for (const c of CASES) {
    test(`stops with exit 2 and one clear line against ${c.what}`, async () => {
      server = await startHostileServer({ behaviour: c.behaviour });
      const run = await runAgainstHostile(server.url, { budgetMs: 40_000 });
      try {
        expect(run.timedOut, 'the run must end within its 40 s budget').toBe(false);
        expect(run.exitCode).toBe(2);
        const errorLines = linesOf(run.stderr);
        expect(errorLines).toHaveLength(1);
        expect(errorLines[0]).toMatch(c.line);
        expect(run.stderr).not.toMatch(STACK_FRAME);
        expect(run.stdout).not.toMatch(STACK_FRAME);
        // The preflight reached the server: the exit 2 is about this server, not a config problem.
        expect(server.requests()['/v4/im_open_login_svc/account_check'] ?? 0).toBeGreaterThan(0);
        // No test ran: only the preflight path was called.
        expect(Object.keys(server.requests())).toEqual(['/v4/im_open_login_svc/account_check']);
        expect(run.summary?.verdict).toBe('error');
        expect(run.summary?.error).toBe(errorLines[0]);
        expect(everythingWritten(run)).not.toContain(CANARY_SECRET);
      } finally {
        rmSync(run.reportsDir, { recursive: true, force: true });
      }
    });
  }
});
