/**
 * The documented sentences of the fixture APIs the suite depends on: multiaccount_import
 * (34954), account_delete (34955), account_check (34956), create_group (34895) and
 * destroy_group (34896); excerpts under docs/sources/. Fixture calls made through the suite's
 * `call` fixture (imports, chat groups) pass the envelope rules; cleanup and the preflight do not.
 */
import { DOC_PAGES } from './docPages';
import { EXCLUSION_REASONS as WHY } from './exclusionReasons';
import { pageSentences } from './pageSentences';

const RATE = '"Maximum call frequency: 200 calls per second"';
const HTTP_200 =
  '"The returned HTTP status code for this API is always 200 unless a network error (such as error 502) occurs. The specific error code and error information are returned in ResultCode, ResultInfo, ErrorCode and ErrorInfo."';

const imports = pageSentences(DOC_PAGES.multiaccountImport);
const deletes = pageSentences(DOC_PAGES.accountDelete);
const checks = pageSentences(DOC_PAGES.accountCheck);
const creates = pageSentences(DOC_PAGES.createGroup);
const destroys = pageSentences(DOC_PAGES.destroyGroup);

export const FIXTURE_SENTENCES = Object.freeze([
  imports.excused('Accounts Array Yes each UserID up to 32 bytes, up to 100 UserIDs per request', `${WHY.fixture}: newUsers imports short, run-unique UserIDs, a few per call`),
  imports.excused('FailAccounts Array the UserIDs that could not be imported', `${WHY.fixture}: newUsers fails the fixture when FailAccounts is not empty`),
  imports.excused(RATE, WHY.rateLimit),
  imports.tested(HTTP_200, 'envelope.http-200', 'envelope.json-object'),
  deletes.excused('DeleteItem Array Yes up to 100 UserIDs per request', `${WHY.fixture}: cleanup deletes accounts in batches of at most 100`),
  deletes.excused("Deleting an account removes the user's contacts, profile, groups and sessions, and cannot be undone.", `${WHY.fixture}: why the suite's guard refuses any write outside the run prefix`),
  deletes.excused('Apps other than trial apps must enable account deletion in the console, else the call fails with 71000.', WHY.console),
  deletes.excused('Deleted UserIDs "are not allowed to be re-imported within 3 months" (70399).', WHY.runUniqueIds),
  deletes.excused(RATE, WHY.rateLimit),
  deletes.excused(HTTP_200, WHY.outsideRules),
  checks.excused('CheckItem Array Yes up to 100 UserIDs per request', `${WHY.outsideRules}: the preflight checks one UserID, the admin`),
  checks.excused('ResultItem Array UserID, ResultCode, ResultInfo, and AccountStatus "Imported" or "NotImported"', `${WHY.outsideRules}: the preflight reads only ErrorCode`),
  checks.excused('Maximum call frequency: "100 times/second"', WHY.rateLimit),
  checks.excused(HTTP_200, WHY.outsideRules),
  creates.excused('Owner_Account String No the group owner; must be an imported account', `${WHY.fixture}: newChatGroup makes a fresh imported user the owner`),
  creates.excused('Type String Yes Private (Work), Public, ChatRoom (Meeting), AVChatRoom or Community', `${WHY.fixture}: newChatGroup creates Public groups`),
  creates.excused('MemberList Array No up to 100 initial members', `${WHY.fixture}: newChatGroup adds a few members`),
  creates.excused(RATE, WHY.rateLimit),
  creates.tested(HTTP_200, 'envelope.http-200', 'envelope.json-object'),
  destroys.tested('Disbanding a group cannot be undone; it works for every group type.', 'update.contacts.not-member.51007', 'mark.disbanded-group.51007'),
  destroys.excused(RATE, WHY.rateLimit),
  destroys.tested(HTTP_200, 'envelope.http-200', 'envelope.json-object'),
]);
