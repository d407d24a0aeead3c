/**
 * The reasons the sentence matrix gives for a documented sentence no rule tests, shared by
 * every page that repeats the sentence. Each says why a test would prove nothing or cannot
 * be written, and where the suite still relies on the sentence.
 */
export const EXCLUSION_REASONS = Object.freeze({
  requestFormat:
    'the request format itself: every call the suite makes is built this way (lib/client), so a target that broke it would fail every rule; no rule isolates it',
  domains: 'where the real service runs (domains by region): the configuration uses it (CHAT_REGION); not a behaviour of the API',
  console: 'describes the console, not the API',
  random: 'a request parameter the suite always sends within range; the documents give no answer for a value out of range, so there is nothing to check',
  contentType: 'the suite always sends contenttype=json; the documents give no answer for another value, so there is nothing to check',
  rateLimit:
    'the call-frequency cap: the suite paces itself under it (CHAT_RATE_LIMIT) and never pushes a target over it, whose answers would only be inconclusive; the mock enforces it (tests/self/mock)',
  transient:
    'an internal error or timeout of the server: cannot be triggered on purpose; the client retries it and reports the test inconclusive if it persists (lib/client/retryPolicy.ts)',
  publicCodesPointer: 'a pointer to page 34348 (Error Codes), whose codes have their own entries',
  edition: 'edition pricing: which package sets the limit, and how to buy more; not a behaviour of the API',
  getList: 'about pulling the cloud conversation list (get_list), which the suite does not use; it reads with get_contact_group and search_contact_group',
  markMeaning:
    'what the internal bits mean to the chat clients (favourite, unread, collapsed, hidden): not observable through the REST API, which stores bits; storing them is tested (mark.set-mark, mark.bits.accepted)',
  genericParameterError:
    'the generic answer to a malformed request: the page names no request of this API as incorrect with a stated code (over-limit requests have their own rules, which accept any failure code)',
  nameTooLongOnDelete:
    'a name over 64 bytes also names no group, so 51009 applies as well and the documents do not say which wins; the 51011 limit itself is tested on create and rename (create.name-too-long.51011, update.rename.name-too-long.51011)',
  fixture:
    'a fixture API: the suite relies on it to build or clean up state (fresh users, chat groups) and stops the test as a fixture failure if it misbehaves; it does not test it',
  outsideRules:
    'the suite calls this API outside any rule (cleanup through the client, or the preflight), where a broken envelope is a cleanup failure or one configuration error line, not a rule failure',
  runUniqueIds: 'why every run uses fresh, run-unique UserIDs (rcc_<runid>_…): the suite never re-imports a deleted account, so it never sees this',
  pinned: 'pinned conversations belong to the conversation list (get_list), not to conversation groups or marks',
  earlierSample:
    'a sample of the earlier page revision, with a typo (request GroupName test0, response test2): not checked literally; create.creates-group checks the answer\'s shape',
});
