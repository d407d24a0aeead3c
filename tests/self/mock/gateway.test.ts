import { expect, test } from '@playwright/test';
import { APP, call, importUsers, isEnvelope, signedQuery, withMock } from './mockHarness';

const GET = 'recentcontact/get_contact_group';
const body = { From_Account: 'alice', StartIndex: 0 };

/** Every gateway answer is HTTP 200 + a JSON envelope with this code (notes §1.2). */
async function expectCode(answer: Awaited<ReturnType<typeof call>>, code: number) {
  expect(answer.status).toBe(200);
  expect(answer.contentType).toContain('application/json');
  expect(isEnvelope(answer.envelope)).toBe(true);
  expect(answer.envelope.ErrorCode).toBe(code);
}

test('answers a correctly signed admin call with OK', async () => {
  await withMock({}, async (mock) => {
    await importUsers(mock, 'alice');
    await expectCode(await call(mock, GET, body), 0);
  });
});

test('answers an unknown path with 60009', async () => {
  await withMock({}, async (mock) => {
    await expectCode(await call(mock, 'recentcontact/no_such_api', body), 60009);
    await expectCode(await call(mock, '../v3/recentcontact/get_contact_group', body), 60009);
  });
});

test('answers a non-POST method with a 60002 envelope', async () => {
  await withMock({}, async (mock) => {
    for (const method of ['GET', 'PUT', 'DELETE', 'PATCH']) await expectCode(await call(mock, GET, body, { method }), 60002);
  });
});

test('answers a missing sdkappid with 60012', async () => {
  await withMock({}, async (mock) => expectCode(await call(mock, GET, body, { query: signedQuery({ sdkappid: null }) }), 60012));
});

for (const [name, overrides] of [
  ['a non-integer sdkappid', { sdkappid: '14x' }],
  ['a missing identifier', { identifier: null }],
  ['a missing usersig', { usersig: null }],
  ['a missing random', { random: null }],
  ['a random above 4294967295', { random: '4294967296' }],
  ['a negative random', { random: '-1' }],
  ['a contenttype other than json', { contenttype: 'xml' }],
  ['a missing contenttype', { contenttype: null }],
] as const) {
  test(`rejects ${name} with 60025`, async () => {
    await withMock({}, async (mock) => expectCode(await call(mock, GET, body, { query: signedQuery(overrides) }), 60025));
  });
}

test('accepts random 0 and 4294967295', async () => {
  await withMock({}, async (mock) => {
    await importUsers(mock, 'alice');
    await expectCode(await call(mock, GET, body, { query: signedQuery({ random: '0' }) }), 0);
    await expectCode(await call(mock, GET, body, { query: signedQuery({ random: '4294967295' }) }), 0);
  });
});

test('rejects an sdkappid that is not this app with 60025', async () => {
  await withMock({}, async (mock) => {
    const other = APP.sdkAppId + 1;
    await expectCode(await call(mock, GET, body, { query: signedQuery({ sdkappid: String(other) }, { sdkAppId: other }) }), 60025);
  });
});

test('rejects an expired UserSig with 70001', async () => {
  await withMock({}, async (mock) => {
    const query = signedQuery({}, { now: Math.floor(Date.now() / 1000) - 7200, expireSeconds: 60 });
    await expectCode(await call(mock, GET, body, { query }), 70001);
  });
});

test('rejects an undecodable UserSig with 70003', async () => {
  await withMock({}, async (mock) => expectCode(await call(mock, GET, body, { query: signedQuery({ usersig: 'not-a-usersig' }) }), 70003));
});

test('rejects a UserSig signed with another key with 70009', async () => {
  await withMock({}, async (mock) => expectCode(await call(mock, GET, body, { query: signedQuery({}, { secretKey: 'another key' }) }), 70009));
});

test('rejects a UserSig made for another identifier with 70013', async () => {
  await withMock({}, async (mock) => {
    const forBob = signedQuery({}, { identifier: 'bob' }).match(/usersig=([^&]*)/)![1]!;
    await expectCode(await call(mock, GET, body, { query: signedQuery({ usersig: decodeURIComponent(forBob) }) }), 70013);
  });
});

test('rejects a UserSig made for another SDKAppID with 70014', async () => {
  await withMock({}, async (mock) => expectCode(await call(mock, GET, body, { query: signedQuery({}, { sdkAppId: APP.sdkAppId + 7 }) }), 70014));
});

test('rejects a correctly signed non-admin identifier with 60010', async () => {
  await withMock({}, async (mock) => expectCode(await call(mock, GET, body, { query: signedQuery({}, { identifier: 'alice' }) }), 60010));
});

test('rejects a body over maxBodyBytes with 60008', async () => {
  await withMock({ maxBodyBytes: 1024 }, async (mock) => {
    await expectCode(await call(mock, GET, null, { raw: JSON.stringify({ ...body, pad: 'x'.repeat(2000) }) }), 60008);
    await importUsers(mock, 'alice');
    await expectCode(await call(mock, GET, body), 0);
  });
});

test('rejects malformed JSON with 60003', async () => {
  await withMock({}, async (mock) => {
    for (const raw of ['{"From_Account":', 'not json', '', '{"a":1}}']) await expectCode(await call(mock, GET, null, { raw }), 60003);
  });
});

test('rejects a JSON body that is not an object with 60003', async () => {
  await withMock({}, async (mock) => {
    for (const raw of ['[]', '"text"', '42', 'null', 'true']) await expectCode(await call(mock, GET, null, { raw }), 60003);
  });
});

test('rejects JSON nested 100000 deep with 60003 without crashing', async () => {
  await withMock({}, async (mock) => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    await expectCode(await call(mock, GET, null, { raw: `{"From_Account":${deep}}` }), 60003);
    expect(mock.stats().internalErrors).toBe(0);
  });
});

test('never echoes the UserSig or the secret key in an answer', async () => {
  await withMock({}, async (mock) => {
    const query = signedQuery({}, { secretKey: 'wrong' });
    const usersig = decodeURIComponent(query.match(/usersig=([^&]*)/)![1]!);
    const answer = await call(mock, GET, body, { query });
    expect(answer.envelope.ErrorCode).toBe(70009);
    expect(answer.text).not.toContain(usersig);
    expect(answer.text).not.toContain(APP.secretKey);
  });
});
