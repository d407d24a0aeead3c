import type { TranscriptEntry } from '../../client/types';
import { escapeHtml as e } from '../escapeHtml';
import { prettyJson } from './prettyJson';

/**
 * One recorded call in full: the call line, URL (UserSig already redacted), request and
 * response pretty-printed, schema problems, and its curl reproducer. Shown only inside a
 * collapsed `<details>`: a failing test can carry hundreds of calls.
 */
export function renderExchange(entry: TranscriptEntry, curl: string | undefined, key: boolean): string {
  const schema = entry.schemaErrors.length ? `<div class="no">Schema: ${e(entry.schemaErrors.join('; '))}</div>` : '';
  return `<div class="exchange${key ? ' key' : ''}" data-testid="exchange">
<div><strong>#${entry.seq} ${e(entry.api)}</strong> <span class="muted">${e(answerLine(entry))} · ${Math.round(entry.elapsedMs * 10) / 10} ms · ${entry.attempts} attempt(s)</span>${key ? ' <span class="badge status-note">shown above</span>' : ''}</div>
<div class="muted">POST ${e(entry.url)}</div>
<div class="exchange-bodies"><div><div class="muted">Request</div><pre>${e(prettyJson(entry.requestBody))}</pre></div>
<div><div class="muted">Response</div><pre>${e(prettyJson(entry.responseBody) || '(no response body)')}</pre></div></div>${schema}
${curl ? `<pre class="clamp" data-testid="curl">${e(curl)}</pre>` : ''}
</div>`;
}

/** `HTTP 200 · ErrorCode 51011`: how the call was answered, in one line. */
export function answerLine(entry: TranscriptEntry): string {
  if (entry.httpStatus === undefined) return entry.outcome;
  const code = errorCodeOf(entry.responseBody);
  return code === undefined ? `HTTP ${entry.httpStatus}` : `HTTP ${entry.httpStatus} · ErrorCode ${code}`;
}

function errorCodeOf(body: string | undefined): unknown {
  try {
    const parsed: unknown = JSON.parse(body ?? '');
    return parsed !== null && typeof parsed === 'object' && 'ErrorCode' in parsed ? parsed.ErrorCode : undefined;
  } catch {
    return undefined;
  }
}
