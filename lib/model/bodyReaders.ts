/**
 * Readers for the untrusted JSON body. Each returns the value or `undefined`, never
 * throws, so a handler can answer a wrong shape with its "illegal parameters" code.
 */

/** A JSON object (not null, not an array). */
export type JsonObject = Readonly<Record<string, unknown>>;

/** True for a JSON object: not null, not an array. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True for a safe integer (JSON numbers like 1.0 parse to 1 and count). */
export function isInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

/** An own field of a JSON object; inherited properties never count as sent fields. */
export function field(body: JsonObject, name: string): unknown {
  return Object.prototype.hasOwnProperty.call(body, name) ? body[name] : undefined;
}

/** True when the field was sent (an explicit `null` counts as sent). */
export function hasField(body: JsonObject, name: string): boolean {
  return Object.prototype.hasOwnProperty.call(body, name);
}

/** A non-empty string field, else undefined. */
export function nonEmptyString(body: JsonObject, name: string): string | undefined {
  const value = field(body, name);
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** An array field, else undefined. */
export function arrayField(body: JsonObject, name: string): readonly unknown[] | undefined {
  const value = field(body, name);
  return Array.isArray(value) ? value : undefined;
}
