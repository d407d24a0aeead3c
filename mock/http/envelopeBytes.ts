import type { ModelResponse } from '../../lib/model/types';

/** The JSON bytes of an answer; a value JSON cannot carry falls back to a 50004 envelope. */
export function envelopeBytes(envelope: ModelResponse): Buffer {
  try {
    return Buffer.from(JSON.stringify(envelope), 'utf8');
  } catch {
    return Buffer.from(JSON.stringify({ ActionStatus: 'FAIL', ErrorCode: 50004, ErrorInfo: 'Internal server error. (answer not serialisable)' }), 'utf8');
  }
}
