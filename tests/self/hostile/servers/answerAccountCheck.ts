import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Answers `im_open_login_svc/account_check` with a valid envelope, every user "Imported",
 * so the suite's preflight passes (tencent-chat-api-notes.md §7.4: "Response ResultItem[]
 * {UserID, ResultCode, ResultInfo, AccountStatus "Imported" | "NotImported"}").
 * A body that is not the documented request still gets a valid, empty ResultItem.
 */
export function answerAccountCheck(rawBody: string, response: ServerResponse): void {
  let userIds: string[] = [];
  try {
    const parsed = JSON.parse(rawBody) as { CheckItem?: { UserID?: unknown }[] };
    userIds = (parsed.CheckItem ?? []).map((item) => String(item.UserID ?? ''));
  } catch {
    // Keep the empty list: the point of this server is to pass the preflight, not to judge it.
  }
  const body = JSON.stringify({
    ActionStatus: 'OK',
    ErrorCode: 0,
    ErrorInfo: '',
    ResultItem: userIds.map((UserID) => ({ UserID, ResultCode: 0, ResultInfo: '', AccountStatus: 'Imported' })),
  });
  response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  response.end(body);
}

/** Reads a request body to a string. */
export function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', () => resolve(''));
  });
}
