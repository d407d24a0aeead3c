/**
 * Where each attempt of a ChatClient goes: the URL with the documented query parameters
 * (tencent-chat-api-notes.md §1.1), as text for the transcript and split for node:http.
 */
import { baseTargetOf } from './baseTargetOf';
import type { BaseTarget } from './baseTargetOf';
import type { HttpTarget } from './sendOnce';
import type { CallOptions } from './types';
import type { UserSigCache } from './UserSigCache';

/** What RequestTargets needs from its client. */
export interface RequestTargetsOptions {
  /** Without a trailing slash. */
  baseUrl: string;
  sdkAppId: number;
  /** Signs every call unless CallOptions.identifier says otherwise. */
  admin: string;
  userSigs: UserSigCache;
  /** Uniform [0, 1), for the `random` query value. */
  random: () => number;
}

/**
 * Builds each attempt's URL by hand rather than through `new URL` + `searchParams.set` (each set
 * re-serialises the query, and node:http parses the URL again): the same bytes as before, at a
 * fraction of the cost (`npm run bench`, throughput figure). The query is serialised by
 * URLSearchParams, so every value is encoded exactly as `searchParams.set` encodes it.
 */
export class RequestTargets {
  private readonly base: BaseTarget;
  /** `sdkappid=…&identifier=…&usersig=…` per identifier, kept while its UserSig is. */
  private readonly prefixes = new Map<string, { userSig: string; prefix: string }>();

  constructor(private readonly options: RequestTargetsOptions) {
    this.base = baseTargetOf(options.baseUrl);
  }

  /** The target of one attempt at `api`, with a fresh `random`, honouring the call's query overrides. */
  of(api: string, call: CallOptions): { href: string; target: HttpTarget } {
    const identifier = call.identifier ?? this.options.admin;
    // "A random 32-bit unsigned integer ranging from 0 to 4294967295" (§1.1); fresh per attempt.
    const random = String(Math.floor(this.options.random() * 2 ** 32) >>> 0);
    let query: string;
    if (call.query === undefined) {
      query = `${this.signedPrefix(identifier)}&random=${random}&contenttype=json`;
    } else {
      const params: Record<string, string | undefined> = { sdkappid: String(this.options.sdkAppId), identifier, usersig: undefined, random, contenttype: 'json' };
      const override = call.query;
      // Sign only when the call does not bring its own usersig (bad-UserSig tests).
      params.usersig = 'usersig' in override ? override.usersig : this.options.userSigs.get(identifier);
      for (const [key, value] of Object.entries(override)) params[key] = value;
      query = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined)).toString();
    }
    const path = `${this.base.pathFor(api)}?${query}`;
    const { protocol, hostname, port, origin } = this.base;
    return { href: `${origin}${path}`, target: { protocol, hostname, port, path } };
  }

  /** The signed part of the query for `identifier`, serialised again only when its UserSig changes. */
  private signedPrefix(identifier: string): string {
    const userSig = this.options.userSigs.get(identifier);
    const cached = this.prefixes.get(identifier);
    if (cached?.userSig === userSig) return cached.prefix;
    const prefix = new URLSearchParams({ sdkappid: String(this.options.sdkAppId), identifier, usersig: userSig }).toString();
    this.prefixes.set(identifier, { userSig, prefix });
    return prefix;
  }
}
