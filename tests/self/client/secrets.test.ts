import { test, expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { toCurl } from '../../../lib/client/toCurl';
import { redactSecrets, redactUrl } from '../../../lib/client/redact';
import { Transcript } from '../../../lib/client/Transcript';
import { startLoopbackServer, envelope } from './loopbackServer';
import { CANARY_SECRET, testClient } from './testClient';

/** Every substring of `sig` of this length must be absent from the output. */
const WINDOW = 12;
function expectNoSecret(text: string, usersigs: readonly string[]): void {
  expect(text).not.toContain(CANARY_SECRET);
  for (const sig of usersigs) {
    for (let i = 0; i + WINDOW <= sig.length; i += 4) expect(text, `UserSig substring at ${i}`).not.toContain(sig.slice(i, i + WINDOW));
  }
}

test.describe('secrets stay out of transcripts and curl', () => {
  test('neither the secret key nor any UserSig substring appears in the transcript, outcomes or curl, even when the target echoes them', async () => {
    const server = await startLoopbackServer((arrival, index) => {
      const echo = `url ${arrival.url.search} key ${CANARY_SECRET}`;
      if (index === 0) return { body: envelope(70009, { ErrorInfo: echo }) };
      if (index === 1) return { body: `not json: ${echo}` };
      return { status: 502, body: echo };
    });
    const transcript = new Transcript();
    const client = testClient(server.baseUrl, { transcript, maxAttempts: 2 });
    try {
      const outcomes = [
        await client.call('recentcontact/mark_contact', { From_Account: 'a', key: 'x' }),
        await client.call('recentcontact/mark_contact', { From_Account: 'a' }, { identifier: 'second_admin' }),
        await client.call('recentcontact/mark_contact', { From_Account: 'a' }),
      ];
      const usersigs = server.arrivals.map((a) => a.url.searchParams.get('usersig')!);
      expect(usersigs.every((s) => s.length > 100)).toBe(true);
      expect(outcomes.map((o) => o.kind)).toEqual(['answered', 'malformed', 'inconclusive']);
      const entries = transcript.entries();
      expect(entries).toHaveLength(3);
      expect(entries[0]!.url).toContain('usersig=<redacted>');
      expect(entries[0]!.responseBody).toContain('key <redacted>');
      expectNoSecret(JSON.stringify(entries), usersigs);
      expectNoSecret(JSON.stringify(outcomes), usersigs);
      expectNoSecret(entries.map(toCurl).join('\n'), usersigs);
    } finally {
      client.close();
      await server.close();
    }
  });

  test('redactUrl hides the usersig value only', () => {
    expect(redactUrl('https://h/v4/a/b?sdkappid=1&usersig=eJy*-_x&random=2')).toBe('https://h/v4/a/b?sdkappid=1&usersig=<redacted>&random=2');
    expect(redactUrl('https://h/v4/a/b?UserSig=abc')).toBe('https://h/v4/a/b?UserSig=<redacted>');
    expect(redactSecrets('a-secret and secret', ['secret', 'a-secret', ''])).toBe('<redacted> and <redacted>');
  });

  test('toCurl reads the UserSig from $USERSIG and quotes the body safely for sh', () => {
    const body = `{"GroupName":"it's $HOME \`id\` \\"q\\""}`;
    const command = toCurl({ url: 'http://127.0.0.1:9/v4/recentcontact/mark_contact?sdkappid=1&identifier=admin&usersig=SECRET&random=7&contenttype=json', requestBody: body });
    expect(command).not.toContain('SECRET');
    // Run the command with a curl() shell function that prints its arguments, one per line.
    const result = spawnSync('sh', ['-c', `curl() { for a in "$@"; do printf '%s\\n' "$a"; done; }; ${command}`], {
      env: { PATH: process.env.PATH ?? '', USERSIG: 'from-env' },
      encoding: 'utf8',
    });
    expect(result.stdout.split('\n')).toEqual([
      '-sS',
      '-X',
      'POST',
      'http://127.0.0.1:9/v4/recentcontact/mark_contact?sdkappid=1&identifier=admin&usersig=from-env&random=7&contenttype=json',
      '-H',
      'Content-Type: application/json',
      '--data-raw',
      body,
      '',
    ]);
  });
});
