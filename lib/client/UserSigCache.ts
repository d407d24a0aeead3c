/**
 * One UserSig per identifier, signed once and re-signed before it runs out.
 */
import { signUserSig } from '../usersig/signUserSig';

/** Validity of each UserSig: a day, as the docs recommend ("recommended validity ≥ 24 h", tencent-chat-api-notes.md §4.1 70001). */
export const USERSIG_EXPIRE_SECONDS = 86_400;
/** Re-sign when less than this is left, so no call ever carries a sig about to expire (70001). */
export const USERSIG_RENEW_MARGIN_SECONDS = 3_600;

/** Options of a UserSigCache. */
export interface UserSigCacheOptions {
  sdkAppId: number;
  secretKey: string;
  /** Wall clock in ms. @defaultValue Date.now */
  clock?: () => number;
  /** Told about each new UserSig, so transcripts can redact it. */
  onIssued?: (userSig: string) => void;
}

/** Hands out a valid UserSig per identifier. */
export class UserSigCache {
  private readonly cache = new Map<string, { userSig: string; expiresAt: number }>();
  private readonly clock: () => number;
  /** How many UserSigs were signed (for tests of the cache). */
  signed = 0;

  constructor(private readonly options: UserSigCacheOptions) {
    this.clock = options.clock ?? Date.now;
  }

  /** The UserSig for `identifier`, signing a new one when none is cached or it has under an hour left. */
  get(identifier: string): string {
    const now = Math.floor(this.clock() / 1000);
    const cached = this.cache.get(identifier);
    if (cached && cached.expiresAt - now >= USERSIG_RENEW_MARGIN_SECONDS) return cached.userSig;
    const userSig = signUserSig({
      sdkAppId: this.options.sdkAppId,
      secretKey: this.options.secretKey,
      identifier,
      expireSeconds: USERSIG_EXPIRE_SECONDS,
      now,
    });
    this.signed++;
    this.cache.set(identifier, { userSig, expiresAt: now + USERSIG_EXPIRE_SECONDS });
    this.options.onIssued?.(userSig);
    return userSig;
  }
}
