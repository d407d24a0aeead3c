/**
 * The custom schema keyword `x-max-utf8-bytes`: a string's UTF-8 encoding must not exceed N bytes.
 *
 * Why a keyword: the documented limits are in bytes (GroupName 64 B, CustomMark "Up to 256 bytes are
 * supported" — mark_contact.txt, UserID 32 B — notes §7.1), and `maxLength` counts code points.
 *
 * @module
 */
import type { FuncKeywordDefinition, SchemaValidateFunction } from 'ajv';
import { utf8ByteLength } from '../model/utf8ByteLength';

/** The keyword's name as written in openapi/openapi.json. */
export const MAX_UTF8_BYTES = 'x-max-utf8-bytes';

const validate: SchemaValidateFunction = (limit: number, data: string): boolean => {
  const bytes = utf8ByteLength(data);
  if (bytes <= limit) return true;
  validate.errors = [
    { keyword: MAX_UTF8_BYTES, params: { limit, bytes }, message: `must NOT have more than ${limit} UTF-8 bytes` },
  ];
  return false;
};

/** Ajv definition of `x-max-utf8-bytes`; add it with `ajv.addKeyword(maxUtf8BytesKeyword)`. */
export const maxUtf8BytesKeyword: FuncKeywordDefinition = {
  keyword: MAX_UTF8_BYTES,
  type: 'string',
  schemaType: 'number',
  metaSchema: { type: 'integer', minimum: 0 },
  errors: true,
  validate,
};
