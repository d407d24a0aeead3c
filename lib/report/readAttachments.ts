import { readFileSync } from 'node:fs';
import type { TranscriptEntry } from '../client/types';
import { ATTACHMENT, type ErrorCodeProbe, type FailureDetail } from './protocol';
import type { LimitProbe, Observation } from './types';

/** An attachment as Playwright hands it to reporters (`TestResult.attachments[n]`). */
export interface RawAttachment {
  name: string;
  contentType: string;
  path?: string;
  body?: Buffer;
}

/** The `rcc-*` payloads of one attempt, parsed. */
export interface AttachmentPayloads {
  transcript: TranscriptEntry[];
  observations: Observation[];
  limits: LimitProbe[];
  errorCodes: ErrorCodeProbe[];
  failures: FailureDetail[];
  cleanup: string[];
  /** One line per attachment that could not be read: shown, never thrown. */
  problems: string[];
}

/** Name of the cleanup attachment (brief: "`rcc-cleanup` string[] for cleanup failures"). */
export const CLEANUP_ATTACHMENT = 'rcc-cleanup';

/**
 * Parses the JSON attachments of lib/report/protocol.ts. Each attachment may hold one
 * payload or an array of them. Transcripts attached more than once (e.g. cumulatively)
 * are deduplicated so traffic is not double-counted.
 */
export function readAttachments(attachments: readonly RawAttachment[]): AttachmentPayloads {
  const out: AttachmentPayloads = { transcript: [], observations: [], limits: [], errorCodes: [], failures: [], cleanup: [], problems: [] };
  const seen = new Set<string>();
  for (const attachment of attachments) {
    if (!attachment.name.startsWith('rcc-')) continue;
    const parsed = parseJson(attachment);
    if (!parsed.ok) {
      out.problems.push(`${attachment.name}: ${parsed.error}`);
      continue;
    }
    const items = Array.isArray(parsed.value) ? (parsed.value as unknown[]) : [parsed.value];
    switch (attachment.name) {
      case ATTACHMENT.transcript:
        for (const entry of items as TranscriptEntry[]) {
          const key = `${entry.seq}|${entry.startedAt}|${entry.api}|${entry.url}`;
          if (seen.has(key)) continue;
          seen.add(key);
          out.transcript.push(entry);
        }
        break;
      case ATTACHMENT.observation: out.observations.push(...(items as Observation[])); break;
      case ATTACHMENT.limit: out.limits.push(...(items as LimitProbe[])); break;
      case ATTACHMENT.errorCode: out.errorCodes.push(...(items as ErrorCodeProbe[])); break;
      case ATTACHMENT.failure: out.failures.push(...(items as FailureDetail[])); break;
      case CLEANUP_ATTACHMENT: out.cleanup.push(...items.map(String)); break;
      default: break;
    }
  }
  return out;
}

function parseJson(attachment: RawAttachment): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    const text = attachment.body ? attachment.body.toString('utf8') : attachment.path ? readFileSync(attachment.path, 'utf8') : undefined;
    if (text === undefined) return { ok: false, error: 'attachment has neither body nor path' };
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: `not readable JSON (${error instanceof Error ? error.message.split('\n')[0] : String(error)})` };
  }
}
