/**
 * The rows of page 34348, Error Codes, that the suite relies on (excerpt:
 * docs/sources/34348-error-codes.txt), and the rules that test each, or why none does.
 */
import { DOC_PAGES } from './docPages';
import { EXCLUSION_REASONS as WHY } from './exclusionReasons';
import { pageSentences } from './pageSentences';

const s = pageSentences(DOC_PAGES.errorCodes);

export const ERROR_CODE_SENTENCES = Object.freeze([
  s.tested('60003 HTTP request JSON parsing error — check JSON', 'gateway.malformed-json.60003'),
  s.excused('60007 REST API call frequency exceeds the limit', WHY.rateLimit),
  s.tested('60010 Request requires App administrator permissions (identifier not admin)', 'gateway.admin-required.60010'),
  s.excused('60018 / 60019 Requests too frequent, try again later', WHY.rateLimit),
  s.tested('70001 UserSig expired — regenerate (recommended validity ≥ 24 h)', 'gateway.usersig.expired.70001'),
  s.tested('70003 Illegal/invalid UserSig', 'gateway.usersig.invalid.70003'),
  s.tested('70009 UserSig verification failed — key/private key of another SDKAppID used', 'gateway.usersig.wrong-key.70009'),
  s.tested('70013 UserID in request ≠ UserID used to generate UserSig', 'gateway.usersig.identifier-mismatch.70013'),
  s.tested('70014 SDKAppID in request ≠ SDKAppID in UserSig', 'gateway.usersig.sdkappid-mismatch.70014'),
  s.excused('70107 Requested user account is not imported', `${WHY.fixture}: account_delete's per-item answer for an account already gone, which cleanup counts as deleted`),
  s.excused('70169 Server-side internal timeout', WHY.transient),
  s.excused('70398 Account number exceeds limit', `${WHY.fixture}: a trial app's 100-account limit, why conversation peers are never imported (README, assumptions)`),
  s.excused('70399 Non-trial apps: account cannot be re-imported within 3 months after deletion', WHY.runUniqueIds),
  s.excused('71000 Current application does not support account deletion (enable in console)', `${WHY.console}: cleanup lists it as a cleanup failure`),
  s.tested(
    '50001 The requested user account is not imported into the Chat System. import it first',
    'update.not-imported.50001',
    'del.not-imported.50001',
    'mark.not-imported.50001',
    'search.not-imported.50001',
    'get.not-imported.50001',
  ),
  s.tested('50002 Illegal request parameters. check required fields / protocol', 'update.update-type.invalid.50002', 'mark.opt-type.invalid.50002', 'mark.bits.out-of-range'),
  s.tested('50003 The request requires App administrator permissions.', 'gateway.admin-required.60010'),
  s.excused('50004 Internal server error. retry', WHY.transient),
  s.excused('50005 Server-side internal timeout. retry', WHY.transient),
  s.tested('51006 The number of sessions requested for update is illegal. keep ≤ 100 sessions per request', 'update.contacts.batch-at-limit', 'update.contacts.batch-limit.51006', 'mark.batch-limit.51006'),
  s.tested('51007 G2C session permission verification failed. check whether the user has left the group', 'update.contacts.not-member.51007', 'mark.disbanded-group.51007'),
  s.tested('51008 The number of grouped/tagged sessions has reached the upper limit.', 'update.contacts.conversation-cap.51008', 'mark.conversation-cap.51008'),
  s.tested('51009 The requested conversation group does not exist.', 'update.unknown-group.51009', 'del.unknown-group.51009'),
  s.tested('51010 The conversation group has reached the upper limit.', 'create.group-limit.51010'),
  // The 2026 endpoint pages say 64 bytes; the limit is a target setting (CHAT_NAME_MAX_BYTES=32 for older deployments).
  s.tested('51011 The conversation group name exceeds 32 bytes. ≤ 32 bytes', 'create.name-too-long.51011', 'update.rename.name-too-long.51011'),
  s.excused('51012 The number of pinned conversations has reached the upper limit. max 50, not expandable', WHY.pinned),
  s.excused('10010 group does not exist or was dismissed', `${WHY.fixture}: destroy_group's answer for a chat group already gone, which cleanup counts as destroyed`),
  s.excused('10015 group does not exist or dismissed (invalid GroupId)', `${WHY.fixture}: destroy_group's answer for a chat group already gone, which cleanup counts as destroyed`),
]);
