/**
 * ErrorInfo / ResultInfo texts of the codes the model answers with, verbatim from
 * tencent-chat-api-notes.md §4.2 (recent-contact codes), §4.1 (public codes),
 * §4.3 (group codes) and §7.3 (the account_delete sample's ResultInfo).
 */
export const ERROR_INFO: Readonly<Record<number, string>> = {
  50001: 'The requested user account is not imported into the Chat System.',
  50002: 'Illegal request parameters.',
  50004: 'Internal server error.',
  51006: 'The number of sessions requested for update is illegal.',
  51007: 'G2C session permission verification failed.',
  51008: 'The number of grouped/tagged sessions has reached the upper limit.',
  51009: 'The requested conversation group does not exist.',
  51010: 'The conversation group has reached the upper limit.',
  51011: 'The conversation group name exceeds the byte limit.',
  60009: 'Request resource error.',
  70107: 'Err_TLS_PT_Open_Login_Account_Not_Exist',
  70402: 'Illegal request parameters.',
  10004: 'Invalid parameter.',
  10005: 'Too many accounts in the request.',
  10007: 'Insufficient permission or operation not supported for this group type.',
  10010: 'The group does not exist or has been dismissed.',
  10019: 'The requested user account does not exist.',
  10021: 'The GroupId is already used.',
};

/** The ErrorInfo text of a code, or a generic one for codes not in the table. */
export function errorInfoOf(code: number): string {
  return ERROR_INFO[code] ?? `Error ${code}.`;
}
