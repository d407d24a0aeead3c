import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ATTACHMENT } from '../../../lib/report/protocol';
import { redactSecrets } from '../../../lib/report/redactSecrets';
import { signUserSig } from '../../../lib/usersig/signUserSig';
import { entry, fakeTest, rule, stubInputs } from './fakeRun';
import { runReporter } from './runReporter';

const CANARY = 'canary-secret-5bd2850fff3ecb11d7c805251c51ee46';
const USERSIG = signUserSig({ sdkAppId: 1400000000, secretKey: CANARY, identifier: 'administrator', expireSeconds: 86400, now: 1700000000 });

test.describe('redaction pass', () => {
  test('replaces the secret key in raw, JSON-escaped and HTML-escaped form', () => {
    const secret = 'k3y"with<special>&chars';
    const text = `raw ${secret} json ${JSON.stringify(secret)} html k3y&quot;with&lt;special&gt;&amp;chars`;
    const out = redactSecrets(text, { secrets: [secret] });
    expect(out).toBe('raw <redacted> json "<redacted>" html <redacted>');
  });

  test('replaces a UserSig made by signUserSig, in a usersig= query and on its own', () => {
    expect(USERSIG.startsWith('eJ')).toBe(true);
    const text = `GET /v4/x?sdkappid=1&usersig=${USERSIG}&random=1\nError: bad sig ${USERSIG}.\n{"usersig": "short"}`;
    const out = redactSecrets(text);
    expect(out).not.toContain(USERSIG);
    expect(out).toBe('GET /v4/x?sdkappid=1&usersig=<redacted>&random=1\nError: bad sig <redacted>.\n{"usersig": "<redacted>"}');
  });

  test('leaves ordinary text, short secrets and already-redacted values alone', () => {
    const text = 'usersig=<redacted> ErrorInfo eJust a word; seed 42';
    expect(redactSecrets(text, { secrets: ['42', undefined, ''] })).toBe(text);
  });

  test('SummaryReporter writes no secret key and no UserSig into summary.json or index.html', async ({}, testInfo) => {
    const outputDir = testInfo.outputPath('reports');
    const leaky = entry({ url: `http://127.0.0.1:9/v4/recentcontact/mark_contact?usersig=${USERSIG}`, responseBody: `{"ErrorInfo":"key ${CANARY}"}` });
    await runReporter({
      outputDir,
      loadInputs: stubInputs([rule('r.fail')]),
      env: { CHAT_SECRET_KEY: CANARY },
      errors: [`worker crashed with ${CANARY}`],
      tests: [
        fakeTest('leaks', 'unexpected', [
          { status: 'failed', error: `Error: signed with ${CANARY} as ${USERSIG}`, attach: [[ATTACHMENT.transcript, [leaky]], [ATTACHMENT.failure, { rule: 'r.fail', expected: CANARY, actual: USERSIG }]] },
        ], ['r.fail']),
      ],
    });
    const files = readdirSync(outputDir);
    expect(files.sort()).toEqual(['index.html', 'summary.json']);
    for (const file of files) {
      const text = readFileSync(path.join(outputDir, file), 'utf8');
      expect(text, file).not.toContain(CANARY);
      expect(text, file).not.toContain(USERSIG);
      expect(text, file).not.toMatch(/eJ[A-Za-z0-9*\-_]{38,}/);
      expect(text, file).toMatch(/redacted/);
    }
  });
});
