/**
 * The sentence-coverage matrix: every normative sentence of the vendored documentation pages
 * (docs/sources/), each once per page, with the catalogue rules that test it or the reason none
 * does. tests/self/conformance/sentenceMatrix.test.ts keeps it complete (checkSentenceMatrix.ts);
 * the summary reports it as sentence coverage.
 */
import { DEL_SENTENCES } from './delSentences';
import { ERROR_CODE_SENTENCES } from './errorCodeSentences';
import { FIXTURE_SENTENCES } from './fixtureSentences';
import { MARK_SENTENCES } from './markSentences';
import { READ_SENTENCES } from './readSentences';
import { SEARCH_SENTENCES } from './searchSentences';
import type { DocSentence } from './types';
import { UPDATE_SENTENCES } from './updateSentences';

/** Every sentence: the four endpoints under test, then their siblings, the error codes and the fixture APIs. */
export const SENTENCE_MATRIX: readonly DocSentence[] = Object.freeze([
  ...UPDATE_SENTENCES,
  ...DEL_SENTENCES,
  ...MARK_SENTENCES,
  ...SEARCH_SENTENCES,
  ...READ_SENTENCES,
  ...ERROR_CODE_SENTENCES,
  ...FIXTURE_SENTENCES,
]);
