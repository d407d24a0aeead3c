/**
 * Loads the hand-written OpenAPI 3.1 document `openapi/openapi.json`, once per process.
 *
 * @module
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { OpenAPIV3_1 } from 'openapi-types';

/** Absolute path of the spec, found relative to this file so any working directory works. */
export const SPEC_PATH = path.resolve(import.meta.dirname, '..', '..', 'openapi', 'openapi.json');

let cached: { bytes: Buffer; document: OpenAPIV3_1.Document } | undefined;

function load(): { bytes: Buffer; document: OpenAPIV3_1.Document } {
  if (cached === undefined) {
    const bytes = readFileSync(SPEC_PATH);
    // Frozen deeply so no caller can change what every other caller reads.
    cached = { bytes, document: deepFreeze(JSON.parse(bytes.toString('utf8')) as OpenAPIV3_1.Document) };
  }
  return cached;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * The parsed spec. The same frozen object on every call: clone it (`structuredClone`) before changing anything.
 *
 * @example
 * const title = loadSpec().info.title;
 */
export function loadSpec(): OpenAPIV3_1.Document {
  return load().document;
}

/**
 * A short fingerprint of the spec bytes (first 12 hex digits of their SHA-256), recorded in reports so a
 * result can be tied to the exact contract it was checked against.
 */
export function specHash(): string {
  return createHash('sha256').update(load().bytes).digest('hex').slice(0, 12);
}
