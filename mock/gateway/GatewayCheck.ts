import type { ModelResponse } from '../../lib/model/types';

/** What one gateway check answers: the checked value, or the error envelope to send. */
export type GatewayCheck<T> = { ok: true; value: T } | { ok: false; response: ModelResponse };
