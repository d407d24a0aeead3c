import type { SeededFault } from './types';

/** The 1000-conversation cap is not enforced ("The session cap is set at 1000 … error code: 51008"). */
export const conversationCapNotEnforced: SeededFault = {
  name: 'conversation-cap-not-enforced',
  breaksRule: 'update.contacts.conversation-cap.51008',
  description: 'accepts a 1001st grouped/marked conversation (51008 missing)',
  create: () => ({ limits: (limits) => ({ ...limits, maxConversationsPerUser: Number.MAX_SAFE_INTEGER }) }),
};
