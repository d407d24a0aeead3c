/** The spec loads once, has one POST operation per known API, and has a stable short hash. */
import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { API_PATHS, operationIdOf } from '../../../lib/apis';
import { loadSpec, SPEC_PATH, specHash } from '../../../lib/spec/loadSpec';

test('specHash is the first 12 hex digits of the SHA-256 of openapi/openapi.json', () => {
  const expected = createHash('sha256').update(readFileSync(SPEC_PATH)).digest('hex').slice(0, 12);
  expect(specHash()).toBe(expected);
  expect(specHash()).toMatch(/^[0-9a-f]{12}$/);
});

test('loadSpec returns the same frozen OpenAPI 3.1 document every time', () => {
  const spec = loadSpec();
  expect(spec.openapi).toBe('3.1.0');
  expect(loadSpec()).toBe(spec);
  expect(Object.isFrozen(spec.paths)).toBe(true);
});

test('has exactly one POST operation per API of lib/apis.ts, with operationId = command and a tag per service', () => {
  const paths = loadSpec().paths ?? {};
  expect(Object.keys(paths).sort()).toEqual(API_PATHS.map((api) => `/v4/${api}`).sort());
  for (const api of API_PATHS) {
    const item = paths[`/v4/${api}`] ?? {};
    expect(Object.keys(item), api).toEqual(['post']);
    expect(item.post?.operationId, api).toBe(operationIdOf(api));
    expect(item.post?.tags, api).toEqual([api.split('/')[0]]);
  }
});

test('every operation takes the five documented query parameters, all required', () => {
  const spec = loadSpec();
  const parameters = spec.components?.parameters ?? {};
  expect(Object.keys(parameters).sort()).toEqual(['contenttype', 'identifier', 'random', 'sdkappid', 'usersig']);
  for (const parameter of Object.values(parameters)) expect('required' in parameter && parameter.required).toBe(true);
  expect((parameters.random as { schema?: unknown }).schema).toEqual({ type: 'integer', minimum: 0, maximum: 4294967295 });
  expect((parameters.contenttype as { schema?: unknown }).schema).toEqual({ type: 'string', const: 'json' });
  for (const api of API_PATHS) expect(spec.paths?.[`/v4/${api}`]?.post?.parameters, api).toHaveLength(5);
});
