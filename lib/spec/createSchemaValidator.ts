/**
 * Ajv2020 validators for the request and 200-response schemas of openapi/openapi.json.
 *
 * The whole document is added once (with an `$id`) and each schema is fetched by JSON pointer, as
 * library-notes §2.3 prescribes; the OpenAPI root keys are declared as a vocabulary so strict mode
 * accepts the root (pitfall 13). Ajv never coerces, fills defaults or removes fields: a conformance
 * checker must not change the data under test (library-notes §2.3).
 *
 * @module
 */
import Ajv2020 from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { operationIdOf } from '../apis';
import type { ApiPath } from '../apis';
import { formatValidationError } from './formatValidationError';
import { loadSpec } from './loadSpec';
import { maxUtf8BytesKeyword, MAX_UTF8_BYTES } from './maxUtf8BytesKeyword';
import { pruneUnionErrors } from './pruneUnionErrors';
import type { Direction, SchemaValidator, SchemaValidatorOptions, ValidationResult } from './types';

/** The `$id` the document is registered under; only a name, never fetched. */
export const SPEC_ID = 'https://recentcontact-conformance.local/openapi.json';

/** Default group-name limit: "Maximum length: 64 bytes" (update_contact_group.page.txt). */
export const DEFAULT_NAME_MAX_BYTES = 64;

/** OpenAPI document fields around the schemas, plus OpenAPI Schema Object annotations Ajv does not know. */
const OPENAPI_VOCABULARY = [
  'openapi', 'info', 'jsonSchemaDialect', 'servers', 'paths', 'webhooks', 'components', 'security', 'tags', 'externalDocs',
  'example', 'discriminator', 'xml',
];

/** The component every conversation-group-name field references, so one override reaches them all. */
const GROUP_NAME_SCHEMA = 'GroupName';

const byNameLimit = new Map<number, SchemaValidator>();

/** JSON pointer of an operation's request or 200-response schema. */
export function schemaPointer(api: ApiPath, direction: Direction): string {
  const path = `/v4/${api}`.replaceAll('~', '~0').replaceAll('/', '~1');
  const media = direction === 'request' ? 'requestBody' : 'responses/200';
  return `#/paths/${path}/post/${media}/content/application~1json/schema`;
}

function documentFor(nameMaxBytes: number): Record<string, unknown> {
  const document = structuredClone(loadSpec()) as unknown as Record<string, unknown> & {
    components: { schemas: Record<string, Record<string, unknown>> };
  };
  const groupName = document.components.schemas[GROUP_NAME_SCHEMA];
  if (groupName === undefined) throw new Error(`openapi/openapi.json: #/components/schemas/${GROUP_NAME_SCHEMA} is missing`);
  groupName[MAX_UTF8_BYTES] = nameMaxBytes;
  document.$id = SPEC_ID;
  return document;
}

function build(nameMaxBytes: number): SchemaValidator {
  const document = documentFor(nameMaxBytes);
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    strictRequired: true,
    verbose: true, // puts the failing value into each error, for "got string "1""
    coerceTypes: false,
    useDefaults: false,
    removeAdditional: false,
  });
  addFormats(ajv);
  const rootExtensions = Object.keys(document).filter((key) => key.startsWith('x-'));
  ajv.addVocabulary([...OPENAPI_VOCABULARY, ...rootExtensions]);
  ajv.addKeyword(maxUtf8BytesKeyword);
  ajv.addSchema(document);

  // Compiled on first use and kept: keyed by direction then API, so a call costs two Map lookups,
  // not a JSON-pointer string built per call.
  const compiled: Record<Direction, Map<ApiPath, ValidateFunction>> = { request: new Map(), response: new Map() };
  const validatorOf = (api: ApiPath, direction: Direction): ValidateFunction => {
    let validate = compiled[direction].get(api);
    if (validate === undefined) {
      const pointer = schemaPointer(api, direction);
      validate = ajv.getSchema(`${SPEC_ID}${pointer}`);
      if (validate === undefined) throw new Error(`openapi/openapi.json: no ${direction} schema for ${api} at ${pointer}`);
      compiled[direction].set(api, validate);
    }
    return validate;
  };
  const check = (api: ApiPath, direction: Direction, body: unknown): ValidationResult => {
    const validate = validatorOf(api, direction);
    if (validate(body)) return { valid: true };
    const errors = pruneUnionErrors(document, validate.errors ?? []);
    const lines = [...new Set(errors.map((error) => formatValidationError(operationIdOf(api), direction, error)))];
    return { valid: false, errors: lines };
  };
  return {
    nameMaxBytes,
    validateRequest: (api, body) => check(api, 'request', body),
    validateResponse: (api, body) => check(api, 'response', body),
  };
}

/**
 * A validator for the request and response bodies of every API in lib/apis.ts. Cached per options: the
 * spec is compiled once per distinct `nameMaxBytes`, and each schema once per validator.
 *
 * @throws RangeError when `nameMaxBytes` is not a positive integer (one line, names the option).
 * @example
 * const result = createSchemaValidator({ nameMaxBytes: 32 }).validateRequest('recentcontact/del_contact_group', body);
 * if (!result.valid) console.log(result.errors.join('\n'));
 */
export function createSchemaValidator(options: SchemaValidatorOptions = {}): SchemaValidator {
  const nameMaxBytes = options.nameMaxBytes ?? DEFAULT_NAME_MAX_BYTES;
  if (!Number.isInteger(nameMaxBytes) || nameMaxBytes < 1) {
    throw new RangeError(`nameMaxBytes: expected a positive integer number of bytes, got ${String(nameMaxBytes)}`);
  }
  let validator = byNameLimit.get(nameMaxBytes);
  if (validator === undefined) {
    validator = build(nameMaxBytes);
    byNameLimit.set(nameMaxBytes, validator);
  }
  return validator;
}
