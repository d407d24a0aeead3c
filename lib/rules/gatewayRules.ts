/**
 * Gateway rules: the query-string identity and the request body, checked before
 * any endpoint logic (the public error codes of page 34348, Error Codes).
 */
import { defineRule } from './defineRule';
import { DOC_PAGES } from './docPages';

const CODES = DOC_PAGES.errorCodes;

/** Rules about the admin identity, the UserSig and the request body. */
export const GATEWAY_RULES = [
  defineRule({
    id: 'gateway.usersig.expired.70001',
    endpoint: 'gateway',
    title: 'rejects an expired UserSig with 70001',
    page: CODES,
    quote: '70001 UserSig expired — regenerate (recommended validity ≥ 24 h)',
    errorCode: 70001,
  }),
  defineRule({
    id: 'gateway.usersig.invalid.70003',
    endpoint: 'gateway',
    title: 'rejects an undecodable UserSig with 70003',
    page: CODES,
    quote: '70003 Illegal/invalid UserSig',
    errorCode: 70003,
  }),
  defineRule({
    id: 'gateway.usersig.wrong-key.70009',
    endpoint: 'gateway',
    title: 'rejects a UserSig signed with another key with 70009',
    page: CODES,
    quote: '70009 UserSig verification failed — key/private key of another SDKAppID used',
    errorCode: 70009,
  }),
  defineRule({
    id: 'gateway.usersig.identifier-mismatch.70013',
    endpoint: 'gateway',
    title: 'rejects a UserSig made for another identifier with 70013',
    page: CODES,
    quote: '70013 UserID in request ≠ UserID used to generate UserSig',
    errorCode: 70013,
  }),
  defineRule({
    id: 'gateway.usersig.sdkappid-mismatch.70014',
    endpoint: 'gateway',
    title: 'rejects a UserSig made for another SDKAppID with 70014',
    page: CODES,
    quote: '70014 SDKAppID in request ≠ SDKAppID in UserSig',
    errorCode: 70014,
  }),
  defineRule({
    id: 'gateway.admin-required.60010',
    endpoint: 'gateway',
    title: 'rejects a correctly signed non-admin identifier with 60010 (or 50003)',
    page: CODES,
    quote: '60010 Request requires App administrator permissions (identifier not admin)',
    errorCode: 60010,
  }),
  defineRule({
    id: 'gateway.malformed-json.60003',
    endpoint: 'gateway',
    title: 'rejects a body that is not valid JSON with 60003',
    page: CODES,
    quote: '60003 HTTP request JSON parsing error — check JSON',
    errorCode: 60003,
  }),
] as const;
