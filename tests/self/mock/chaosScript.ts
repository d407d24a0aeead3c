/**
 * A scripted request sequence that meets most choice points (duplicate names, renames onto a
 * taken name, re-adds, removes of non-members, same bit set and cleared, bit order, empty
 * search items, paging, several names in one delete, id reuse, a mark over the limit, an
 * unknown group renamed to an over-long name), and a driver that plays it on MockService
 * directly (no HTTP) with a frozen clock.
 */
import type { ApiPath } from '../../../lib/apis';
import { resolveMockSettings } from '../../../mock/resolveMockSettings';
import type { MockOptions } from '../../../mock/MockOptions';
import { MockService } from '../../../mock/MockService';
import { signedQuery } from './mockHarness';

/** The frozen clock of the scripted runs, in ms. */
export const SCRIPT_NOW_MS = 1_700_000_000_000;

const c2c = (peer: string) => ({ Type: 1, To_Account: peer });

/** One round of the script for user `u`. */
function round(u: string): { api: ApiPath; body: unknown }[] {
  const membership = (ContactOptType: number, peer: string) => ({ From_Account: u, UpdateType: 1, UpdateGroup: { UpdateGroupType: 2, OldGroupName: 'a', ContactUpdateItem: [{ ContactOptType, ContactItem: c2c(peer) }] } });
  const rename = (OldGroupName: string, NewGroupName: string) => ({ From_Account: u, UpdateType: 1, UpdateGroup: { UpdateGroupType: 1, OldGroupName, NewGroupName } });
  return [
    { api: 'im_open_login_svc/account_import', body: { UserID: u } },
    { api: 'recentcontact/create_contact_group', body: { From_Account: u, GroupContactItem: [{ GroupName: 'a', ContactItem: [c2c('p'), c2c('q'), c2c('r')] }] } },
    { api: 'recentcontact/create_contact_group', body: { From_Account: u, GroupContactItem: [{ GroupName: 'b', ContactItem: [c2c('s')] }] } },
    { api: 'recentcontact/create_contact_group', body: { From_Account: u, GroupContactItem: [{ GroupName: 'a', ContactItem: [c2c('t')] }] } },
    { api: 'recentcontact/update_contact_group', body: rename('b', 'a') },
    { api: 'recentcontact/update_contact_group', body: rename('missing', 'x'.repeat(65)) },
    { api: 'recentcontact/update_contact_group', body: membership(1, 'p') },
    { api: 'recentcontact/update_contact_group', body: membership(2, 'nobody') },
    { api: 'recentcontact/mark_contact', body: { From_Account: u, MarkItem: [{ OptType: 1, ContactItem: c2c('p'), SetMark: [1, 40], ClearMark: [40] }] } },
    { api: 'recentcontact/mark_contact', body: { From_Account: u, MarkItem: [{ OptType: 1, ContactItem: c2c('q'), SetMark: [64] }, { OptType: 1, ContactItem: c2c('r'), SetMark: [2] }] } },
    { api: 'recentcontact/search_contact_group', body: { From_Account: u, ContactItem: [c2c('p'), c2c('q'), c2c('nobody')] } },
    { api: 'recentcontact/get_contact_group', body: { From_Account: u, StartIndex: 0 } },
    { api: 'recentcontact/get_contact_group', body: { From_Account: u, StartIndex: 3 } },
    { api: 'recentcontact/del_contact_group', body: { From_Account: u, GroupName: ['a', 'b'] } },
    { api: 'recentcontact/del_contact_group', body: { From_Account: u, GroupName: ['a'] } },
    { api: 'recentcontact/create_contact_group', body: { From_Account: u, GroupContactItem: [{ GroupName: 'c', ContactItem: [] }] } },
    { api: 'recentcontact/update_contact_group', body: membership(2, 'q') },
    { api: 'recentcontact/search_contact_group', body: { From_Account: u, ContactItem: [c2c('p'), c2c('s'), c2c('r')] } },
  ];
}

/** `rounds` rounds, each for a fresh user. */
export function chaosScript(rounds: number): { api: ApiPath; body: unknown }[] {
  return Array.from({ length: rounds }, (_, i) => round(`u${i}`)).flat();
}

/** A MockService without rate limit and with the frozen clock. */
export function scriptedService(options: MockOptions): MockService {
  const resolved = resolveMockSettings({ rateLimit: 0, clock: () => SCRIPT_NOW_MS, ...options });
  if (!resolved.ok) throw resolved.error;
  return new MockService(resolved.settings);
}

/** Plays the script; the answers as JSON text, one per request. */
export function playScript(service: MockService, script: readonly { api: ApiPath; body: unknown }[]): string[] {
  const query = signedQuery({}, { now: Math.floor(SCRIPT_NOW_MS / 1000) });
  return script.map(({ api, body }) => JSON.stringify(service.handle({ method: 'POST', url: `/v4/${api}?${query}`, body: Buffer.from(JSON.stringify(body)) }).envelope));
}
