import type { GatewayCheck } from './GatewayCheck';
import { gatewayFail } from './gatewayFail';

/** Deeper than any documented body (4 levels) by far; deeper input is refused before parsing. */
export const MAX_JSON_DEPTH = 64;

/** Nesting depth of JSON text, strings skipped; stops counting past `limit`. */
function nestingDepth(text: string, limit: number): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) max = depth;
      if (max > limit) return max;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}

/**
 * The body as a JSON object (notes §1.1: "Body: JSON object"). Not UTF-8 JSON, nested
 * deeper than MAX_JSON_DEPTH, or valid JSON that is not an object (array, string, null …)
 * → 60003 "HTTP request JSON parsing error" (notes §4.1). An empty body is not `{}`.
 *
 * @param options.malformedAsEmpty - seeded fault malformed-json-accepted-as-empty. @defaultValue false
 */
export function parseJsonBody(raw: Buffer, options: { malformedAsEmpty?: boolean } = {}): GatewayCheck<Record<string, unknown>> {
  const text = raw.toString('utf8');
  if (nestingDepth(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) return { ok: false, response: gatewayFail(60003, `JSON nested deeper than ${MAX_JSON_DEPTH}`) };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    if (options.malformedAsEmpty) return { ok: true, value: {} };
    return { ok: false, response: gatewayFail(60003, 'body is not valid JSON') };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, response: gatewayFail(60003, 'body must be a JSON object') };
  }
  return { ok: true, value: parsed as Record<string, unknown> };
}
