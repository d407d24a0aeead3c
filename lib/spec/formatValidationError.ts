/**
 * Turns one Ajv error into one readable line: operation, direction, JSON path, keyword, expected vs actual.
 *
 * @example
 * // update_contact_group response: /UpdateGroupResult/GroupId: type: expected integer, got string "1"
 *
 * @module
 */
import type { ErrorObject } from 'ajv';
import { branchName } from './pruneUnionErrors';
import type { Direction } from './types';

/** Longer strings are cut (by code point, never inside a character) so one error stays one short line. */
const MAX_SHOWN_CHARS = 100;

/** A short, typed description of a value, e.g. `string "1"`, `integer 3`, `array of 101 items`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `array of ${value.length} item${value.length === 1 ? '' : 's'}`;
  switch (typeof value) {
    case 'string': {
      const chars = [...value];
      const shown = chars.length > MAX_SHOWN_CHARS ? `${chars.slice(0, MAX_SHOWN_CHARS).join('')}…` : value;
      return `string ${JSON.stringify(shown)}`;
    }
    case 'number':
      return `${Number.isInteger(value) ? 'integer' : 'number'} ${value}`;
    case 'boolean':
      return `boolean ${value}`;
    case 'object':
      return 'object';
    default:
      return typeof value;
  }
}

const show = (value: unknown) => JSON.stringify(value);
const escapePointer = (key: string) => key.replaceAll('~', '~0').replaceAll('/', '~1');

function expectedAndActual(error: ErrorObject): { path: string; expected: string; actual: string } {
  const { instancePath: path, params, data } = error;
  const count = Array.isArray(data) ? data.length : typeof data === 'string' ? [...data].length : 0;
  switch (error.keyword) {
    case 'type':
      return { path, expected: String(params.type), actual: describeValue(data) };
    case 'required':
      return { path: `${path}/${escapePointer(String(params.missingProperty))}`, expected: 'a value', actual: 'none' };
    case 'unevaluatedProperties':
    case 'additionalProperties': {
      const key = String(params.unevaluatedProperty ?? params.additionalProperty);
      const value = data !== null && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined;
      return { path: `${path}/${escapePointer(key)}`, expected: 'no such property', actual: describeValue(value) };
    }
    case 'const':
      return { path, expected: show(params.allowedValue), actual: describeValue(data) };
    case 'enum':
      return { path, expected: `one of ${(params.allowedValues as unknown[]).map(show).join(', ')}`, actual: describeValue(data) };
    case 'minItems':
      return { path, expected: `at least ${params.limit} item${params.limit === 1 ? '' : 's'}`, actual: `${count}` };
    case 'maxItems':
      return { path, expected: `at most ${params.limit} item${params.limit === 1 ? '' : 's'}`, actual: `${count}` };
    case 'minLength':
      return { path, expected: `at least ${params.limit} characters`, actual: `${count}` };
    case 'maxLength':
      return { path, expected: `at most ${params.limit} characters`, actual: `${count}` };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { path, expected: `${params.comparison} ${params.limit}`, actual: describeValue(data) };
    case 'pattern':
      return { path, expected: `to match /${params.pattern}/`, actual: describeValue(data) };
    case 'format':
      return { path, expected: `format "${params.format}"`, actual: describeValue(data) };
    case 'x-max-utf8-bytes':
      return { path, expected: `at most ${params.limit} UTF-8 bytes`, actual: `${params.bytes} bytes (${describeValue(data)})` };
    case 'oneOf': {
      const names = Array.isArray(error.schema) ? error.schema.map(branchName).join(' | ') : 'one alternative';
      const passing = Array.isArray(params.passingSchemas) ? `${describeValue(data)} matching several` : `${describeValue(data)} matching none`;
      return { path, expected: `exactly one of ${names}`, actual: passing };
    }
    default:
      return { path, expected: error.message ?? 'a valid value', actual: describeValue(data) };
  }
}

/** Formats one error; `operationId` names the API, e.g. `update_contact_group`. */
export function formatValidationError(operationId: string, direction: Direction, error: ErrorObject): string {
  const { path, expected, actual } = expectedAndActual(error);
  return `${operationId} ${direction}: ${path === '' ? '/' : path}: ${error.keyword}: expected ${expected}, got ${actual}`;
}
