/**
 * Body types derived from the spec (lib/spec/generated/openapi.d.ts, written by `npm run gen:types`),
 * so code that builds or reads bodies cannot drift from openapi/openapi.json.
 *
 * @example
 * const body: RequestOf<'del_contact_group'> = { From_Account: 'user_0001', GroupName: ['group_0001'] };
 * const same: RequestOf<'recentcontact/del_contact_group'> = body;
 *
 * @module
 */
import type { ApiPath } from '../apis';
import type { components, operations, paths } from './generated/openapi';

/** An operationId of the spec, i.e. the command of an API (`update_contact_group`). */
export type OperationId = keyof operations;

/** An operation named by its operationId or by its `{service}/{command}` path. */
export type OperationKey = OperationId | ApiPath;

type PostOf<K extends OperationKey> = K extends ApiPath
  ? `/v4/${K}` extends keyof paths
    ? paths[`/v4/${K}`]['post']
    : never
  : K extends OperationId
    ? operations[K]
    : never;

/** The JSON request body of an operation. */
export type RequestOf<K extends OperationKey> = PostOf<K> extends { requestBody: { content: { 'application/json': infer B } } } ? B : never;

/** The JSON body of an operation's (always HTTP 200) answer: the envelope plus the API fields, OK or FAIL. */
export type ResponseOf<K extends OperationKey> = PostOf<K> extends { responses: { 200: { content: { 'application/json': infer B } } } } ? B : never;

/** A named schema of the spec, e.g. `SchemaOf<'ContactItem'>`. */
export type SchemaOf<Name extends keyof components['schemas']> = components['schemas'][Name];

// Compile-time drift guard: every API in lib/apis.ts has an operation in the spec, and the reverse.
type Command<P> = P extends `${string}/${infer C}` ? C : never;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const apisMatchOperations: Same<Command<ApiPath>, OperationId> = true;
void apisMatchOperations;
