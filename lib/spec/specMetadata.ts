/**
 * Typed access to the documentation facts the spec carries as extensions: `x-limits`, `x-error-codes`,
 * `x-rate-limit-per-second` per operation, the top-level `x-public-error-codes`, and the named examples.
 *
 * @module
 */
import type { OpenAPIV3_1 } from 'openapi-types';
import { API_PATHS } from '../apis';
import type { ApiPath } from '../apis';
import { loadSpec } from './loadSpec';
import type { Direction } from './types';

/** Where a fact comes from: the public documentation page (title and URL) and the sentence quoted. */
export interface DocSource {
  /** The page title, e.g. `Updating Conversation Group Data`. */
  readonly document: string;
  /** https://www.tencentcloud.com/document/product/1047/<id> (the text is vendored in docs/sources/). */
  readonly url: string;
  readonly quote: string;
}

/** A documented limit on a request field. */
export interface DocumentedLimit {
  /** Stable id, e.g. `update.new-group-name.bytes`. */
  readonly id: string;
  /** JSONPath of the field in the request, e.g. `$.UpdateGroup.NewGroupName`, `$.MarkItem[*].SetMark[*]`. */
  readonly field: string;
  readonly max: number;
  readonly min?: number;
  readonly unit: 'items' | 'utf8-bytes' | 'bit-index';
  /** The error code a violation is expected to get. */
  readonly errorCode?: number;
  /** false: the limit is documented but the error code for breaking it is inferred. */
  readonly documented: boolean;
  readonly source: DocSource;
}

/** A documented error code. */
export interface DocumentedErrorCode {
  readonly code: number;
  readonly meaning: string;
  readonly documented: boolean;
  readonly source: DocSource;
}

/** A documented error code with the endpoint whose table lists it (`public` for notes §4.1). */
export interface EndpointErrorCode extends DocumentedErrorCode {
  readonly endpoint: ApiPath | 'public';
}

/** A sample body from the reference documents, embedded in the spec as a named OpenAPI example. */
export interface SpecExample {
  /** The key under `examples`, e.g. `rename`. */
  readonly name: string;
  /** Names the source document (and revision). */
  readonly summary: string;
  readonly direction: Direction;
  readonly value: unknown;
}

interface OperationExtensions {
  readonly 'x-limits'?: readonly DocumentedLimit[];
  readonly 'x-error-codes'?: readonly DocumentedErrorCode[];
  readonly 'x-rate-limit-per-second'?: number;
}

type Operation = OpenAPIV3_1.OperationObject & OperationExtensions;

function operationOf(api: ApiPath): Operation {
  const operation = loadSpec().paths?.[`/v4/${api}`]?.post;
  if (operation === undefined) throw new Error(`openapi/openapi.json: no POST /v4/${api}`);
  return operation as Operation;
}

/** The documented limits on the request fields of `api` (`x-limits`). */
export function limitsOf(api: ApiPath): readonly DocumentedLimit[] {
  return operationOf(api)['x-limits'] ?? [];
}

/** The error codes the page of `api` lists (`x-error-codes`). */
export function errorCodesOf(api: ApiPath): readonly DocumentedErrorCode[] {
  return operationOf(api)['x-error-codes'] ?? [];
}

/** Documented calls per second of `api` (`x-rate-limit-per-second`). */
export function rateLimitOf(api: ApiPath): number {
  const rate = operationOf(api)['x-rate-limit-per-second'];
  if (rate === undefined) throw new Error(`openapi/openapi.json: POST /v4/${api} has no x-rate-limit-per-second`);
  return rate;
}

/** The public error codes (60000–79999) that matter to this suite (`x-public-error-codes`, notes §4.1). */
export function publicErrorCodes(): readonly DocumentedErrorCode[] {
  return ((loadSpec() as OpenAPIV3_1.Document & { 'x-public-error-codes'?: readonly DocumentedErrorCode[] })['x-public-error-codes']) ?? [];
}

/** Every documented code: each endpoint's own table, then the public codes. */
export function documentedErrorCodes(): EndpointErrorCode[] {
  const perEndpoint = API_PATHS.flatMap((api) => errorCodesOf(api).map((entry) => ({ ...entry, endpoint: api })));
  return [...perEndpoint, ...publicErrorCodes().map((entry) => ({ ...entry, endpoint: 'public' as const }))];
}

/** The named request and response examples of `api`, in document order. */
export function examplesOf(api: ApiPath): SpecExample[] {
  const operation = operationOf(api);
  const request = operation.requestBody as OpenAPIV3_1.RequestBodyObject | undefined;
  const response = operation.responses?.['200'] as OpenAPIV3_1.ResponseObject | undefined;
  const collect = (direction: Direction, examples: OpenAPIV3_1.MediaTypeObject['examples']): SpecExample[] =>
    Object.entries(examples ?? {}).map(([name, example]) => {
      if ('$ref' in example) throw new Error(`openapi/openapi.json: ${api} ${direction} example "${name}" is a $ref; embed it`);
      return { name, summary: example.summary ?? '', direction, value: example.value };
    });
  return [
    ...collect('request', request?.content['application/json']?.examples),
    ...collect('response', response?.content?.['application/json']?.examples),
  ];
}
