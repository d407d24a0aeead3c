import type { DocPage } from './docPages';
import { EXCLUSION_REASONS as WHY } from './exclusionReasons';
import { pageSentences } from './pageSentences';
import type { DocSentence } from './types';

/**
 * The sentences every recentcontact endpoint page repeats word for word: the sample URL, the
 * query-parameter table, and the admin, internal-error and timeout codes. Listed once per page,
 * as each page states them for its own API.
 */
export function requestSentences(page: DocPage, command: string): DocSentence[] {
  const s = pageSentences(page);
  return [
    s.excused(`https://xxxxxx/v4/recentcontact/${command}?sdkappid=88888888&identifier=admin&usersig=xxx&random=99999999&contenttype=json`, WHY.requestFormat),
    s.excused('xxxxxx Domain name corresponding to the country/region where your SDKAppID is located.', WHY.domains),
    s.excused(`v4/recentcontact/${command} Request API.`, WHY.requestFormat),
    s.excused('sdkappid SDKAppID assigned by the Chat console when an app is created.', WHY.console),
    s.excused('random A random 32-bit unsigned integer ranging from 0 to 4294967295.', WHY.random),
    s.excused('contenttype Request format, which should always be json.', WHY.contentType),
    s.tested('50003 The request requires app admin permissions.', 'gateway.admin-required.60010'),
    s.excused('50004 Internal server error. Please try again.', WHY.transient),
    s.excused('50005 Network timeout. Try again later.', WHY.transient),
  ];
}
