/**
 * Error envelopes of the gateway, with the public codes' texts (tencent-chat-api-notes.md §4.1)
 * and, after a colon, what exactly was wrong. Never includes a UserSig or a key.
 */
import { envelopeFail } from '../../lib/model/envelopeFail';
import type { ModelResponse } from '../../lib/model/types';

const TEXT: Readonly<Record<number, string>> = {
  50004: 'Internal server error.',
  50005: 'Server-side internal timeout.',
  51013: 'The current version does not support conversation grouping. To use this feature, please upgrade to the Pro edition, Pro edition Plus, or Enterprise edition.',
  60002: 'HTTP parsing error. Check the request URL format.',
  60003: 'HTTP request JSON parsing error. Check the JSON format.',
  60007: 'REST API call frequency exceeds the limit.',
  60008: 'Service request timeout or HTTP request format error.',
  60009: 'Request resource error. Check the request URL.',
  60010: 'The request requires App administrator permissions.',
  60012: 'REST API requires SDKAppID in the URL.',
  60018: 'Requests are too frequent. Try again later.',
  60019: 'Requests are too frequent. Try again later.',
  60025: 'SDKAppID, Identifier, UserSig or ContentType error in the URL parameters.',
  70001: 'UserSig expired. Generate a new one.',
  70003: 'Invalid UserSig.',
  70009: 'UserSig verification failed: the key of another SDKAppID was used.',
  70013: 'The UserID in the request does not match the UserID used to generate the UserSig.',
  70014: 'The SDKAppID in the request does not match the SDKAppID in the UserSig.',
};

/** A FAIL envelope for a gateway code; `detail` says what was wrong (no secrets). */
export function gatewayFail(code: number, detail?: string): ModelResponse {
  const text = TEXT[code] ?? `Error ${code}.`;
  return envelopeFail(code, detail === undefined ? text : `${text} (${detail})`);
}
