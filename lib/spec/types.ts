/**
 * Types of the schema validation layer.
 *
 * @module
 */
import type { ApiPath } from '../apis';

/** What a validation returns: nothing to report, or one readable line per problem. */
export type ValidationResult = { valid: true } | { valid: false; errors: string[] };

/** Which side of a call a body belongs to. */
export type Direction = 'request' | 'response';

/** Options of {@link SchemaValidator} creation. */
export interface SchemaValidatorOptions {
  /**
   * UTF-8 byte limit of conversation group names (GroupName, NewGroupName, OldGroupName), i.e. CHAT_NAME_MAX_BYTES.
   * The 2026 pages say 64 bytes; older deployments enforce 32 (51011 "exceeds 32 bytes", notes §4.2).
   * @defaultValue 64
   */
  readonly nameMaxBytes?: number;
}

/** Validates bodies against the request and 200-response schemas of openapi/openapi.json. */
export interface SchemaValidator {
  /** The group-name byte limit this validator applies. */
  readonly nameMaxBytes: number;
  /** Checks a request body the suite is about to send (strict: unknown fields are errors). */
  validateRequest(api: ApiPath, body: unknown): ValidationResult;
  /** Checks a response body (tolerant of extra fields; OK answers must carry the documented API fields). */
  validateResponse(api: ApiPath, body: unknown): ValidationResult;
}
