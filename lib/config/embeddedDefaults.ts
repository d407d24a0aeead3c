/**
 * Credentials shared by the suite and the embedded reference mock, so that an
 * empty `.env` (or the `.env.example` values) just works against the mock.
 * They are development values: the secret key is public and only ever used on
 * loopback. Never use them against a real target.
 */
export const EMBEDDED_DEFAULTS = {
  /** An SDKAppID in the documented 1400000000 range (tencent-chat-api-notes.md §6.2). */
  sdkAppId: 1400000000,
  /** The App admin identifier that signs every call. */
  admin: 'administrator',
  /** 64 hex characters like a console SecretKey; sha256("recentcontact-conformance embedded dev key"). */
  secretKey: '26ee27144f7d64e9562185dbc60865a37d40a1068d84751204453fb47e00490b',
} as const;
