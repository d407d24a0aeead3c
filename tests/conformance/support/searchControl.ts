/**
 * The control call of the server-error policy (lib/client/ServerErrorPolicy.ts): a
 * search_contact_group of an account the run imported (search_contact_group.txt: "From_Account
 * … Fill in UserID", "ContactItem … Up to 300 conversations"). The docs are silent on a searched
 * conversation that has no data; the answer is OK either way (the item comes back empty or is
 * left out: the model's `searchEmptyItem` choice). Chosen over account_check because a target
 * that answers only the preflight and fails every conversation-group call is down, not wrong.
 */
import type { CallOutcome } from '../../../lib/client/types';
import { c2c } from './contacts';
import type { GuardedClient } from './GuardedClient';

/** The control call over `client` (never the policy itself); undefined while no account is imported. */
export function searchControl(client: GuardedClient): () => Promise<CallOutcome | undefined> {
  return async () => {
    const user = client.liveUser();
    if (user === undefined) return undefined;
    // One attempt: a control that needs retries does not show a healthy target.
    return client.call('recentcontact/search_contact_group', { From_Account: user, ContactItem: [c2c(`${user}ctl`)] }, { noRetry: true });
  };
}
