/**
 * The official npm `tls-sig-api-v2` generator, called with a stubbed clock so
 * its output is comparable (tencent-chat-api-notes.md §6.3: "Clock read via
 * `Date.now()` → stub it for deterministic tests").
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { Api } = require('tls-sig-api-v2') as {
  Api: new (sdkappid: number, key: string) => { genUserSig(identifier: string, expire: number): string };
};

/** Generates a UserSig with the official library as if the time were `now` (unix seconds). */
export function officialUserSig(p: { sdkAppId: number; secretKey: string; identifier: string; expireSeconds: number; now: number }): string {
  const realNow = Date.now;
  Date.now = () => p.now * 1000;
  try {
    return new Api(p.sdkAppId, p.secretKey).genUserSig(p.identifier, p.expireSeconds);
  } finally {
    Date.now = realNow;
  }
}
