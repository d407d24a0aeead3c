import type { SeededFault } from './types';

/** Malformed JSON is treated as `{}` ("60003 | HTTP request JSON parsing error", notes §4.1). */
export const malformedJsonAcceptedAsEmpty: SeededFault = {
  name: 'malformed-json-accepted-as-empty',
  breaksRule: 'gateway.malformed-json.60003',
  description: 'treats a body that is not valid JSON as {} (60003 missing)',
  create: () => ({ gateway: { malformedJsonAsEmpty: true } }),
};
