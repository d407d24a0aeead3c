/**
 * Every sample body of the reference documents is embedded in the spec as a named example, and each
 * one validates against its operation's schema (request samples against the strict request schema).
 */
import { expect, test } from '@playwright/test';
import { API_PATHS, ENDPOINTS_UNDER_TEST, operationIdOf } from '../../../lib/apis';
import { createSchemaValidator } from '../../../lib/spec/createSchemaValidator';
import { examplesOf } from '../../../lib/spec/specMetadata';

const validator = createSchemaValidator();

test.describe('embedded examples validate against their schemas', () => {
  for (const api of API_PATHS) {
    for (const example of examplesOf(api)) {
      test(`${operationIdOf(api)} ${example.direction} example "${example.name}" (${example.summary}) is valid`, () => {
        const result =
          example.direction === 'request' ? validator.validateRequest(api, example.value) : validator.validateResponse(api, example.value);
        expect(result).toEqual({ valid: true });
      });
    }
  }
});

test.describe('the spec embeds the documented samples', () => {
  test('each endpoint under test has the new and the old revision sample for both request and response', () => {
    for (const api of ENDPOINTS_UNDER_TEST) {
      const examples = examplesOf(api);
      for (const direction of ['request', 'response'] as const) {
        const ofDirection = examples.filter((example) => example.direction === direction);
        expect(ofDirection.length, `${api} ${direction}`).toBeGreaterThanOrEqual(2);
        expect(ofDirection.some((example) => /old revision/.test(example.summary)), `${api} ${direction} old sample`).toBe(true);
      }
    }
  });

  test('every example names its source document in its summary', () => {
    for (const api of API_PATHS) {
      for (const example of examplesOf(api)) {
        expect(example.summary, `${api} ${example.name}`).toMatch(/\.txt|tencent-chat-api-notes\.md §\d/);
      }
    }
  });

  test('the del_contact_group sample is embedded without its // comment, and the summary says so', () => {
    const del = examplesOf('recentcontact/del_contact_group').find((example) => example.name === 'del');
    expect(del?.value).toEqual({ From_Account: 'user_0001', GroupName: ['group_0001'] });
    expect(del?.summary).toMatch(/WITHOUT its "\/\/ only one conversation group can be deleted at a time\." comment/);
  });

  test('the old create_contact_group sample keeps its test0/test2 name mismatch', () => {
    const examples = examplesOf('recentcontact/create_contact_group');
    const request = examples.find((example) => example.direction === 'request' && example.name === 'oldCreate');
    const response = examples.find((example) => example.direction === 'response' && example.name === 'oldCreate');
    expect(JSON.stringify(request?.value)).toContain('"GroupName":"test0"');
    expect(JSON.stringify(response?.value)).toContain('"GroupName":"test2"');
  });

  test('every sibling API that has a documented sample request embeds it', () => {
    for (const api of API_PATHS.slice(4)) {
      expect(examplesOf(api).some((example) => example.direction === 'request'), api).toBe(true);
    }
    const forms = examplesOf('im_open_login_svc/multiaccount_import').filter((example) => example.direction === 'request');
    expect(forms.map((example) => Object.keys(example.value as object)[0]).sort()).toEqual(['AccountList', 'Accounts']);
  });
});
