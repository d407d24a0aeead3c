/**
 * Removes the noise Ajv reports around a failed `oneOf`, so each problem reads as one line.
 *
 * With `allErrors`, a failed `oneOf` reports the errors of every branch plus the `oneOf` itself, and an
 * enclosing `unevaluatedProperties: false` then flags every property (no branch evaluated them). For a
 * tagged union such as ContactItem (Type 1 → To_Account, Type 2 → ToGroupId, notes §2.2) only the branch
 * whose tag matches the data is interesting. Errors are attributed to branches by schema-object identity
 * (Ajv's `verbose` option puts the schema object that failed into `parentSchema`).
 *
 * @module
 */
import type { ErrorObject } from 'ajv';

type Schema = Record<string, unknown>;

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Resolves a local `$ref` (`#/a/b`) against the document; other schemas are returned as they are. */
export function resolveLocalRef(document: Schema, schema: unknown): Schema | undefined {
  if (!isObject(schema)) return undefined;
  const target = schema.$ref;
  if (typeof target !== 'string' || !target.startsWith('#/')) return schema;
  let node: unknown = document;
  for (const raw of target.slice(2).split('/')) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    node = isObject(node) ? node[key] : undefined;
  }
  return isObject(node) ? node : undefined;
}

/** Name of a union branch: the component it references, else its position. */
export function branchName(schema: unknown, index: number): string {
  if (isObject(schema) && typeof schema.$ref === 'string') return schema.$ref.slice(schema.$ref.lastIndexOf('/') + 1);
  return `alternative ${index + 1}`;
}

/** Every schema object inside `root`, not following `$ref` (shared components are not part of the branch). */
function subtree(root: Schema, into = new Set<unknown>()): Set<unknown> {
  if (into.has(root)) return into;
  into.add(root);
  for (const value of Object.values(root)) {
    if (isObject(value)) subtree(value, into);
    else if (Array.isArray(value)) for (const item of value) if (isObject(item)) subtree(item, into);
  }
  return into;
}

/**
 * Does `data` select this branch? By its `const` properties (the tag) when it has any, else by the
 * presence of its required properties (e.g. Accounts vs AccountList in multiaccount_import).
 */
function selects(branch: Schema, data: unknown): boolean {
  if (!isObject(data)) return false;
  const properties = isObject(branch.properties) ? branch.properties : {};
  const tags = Object.entries(properties).filter(([, schema]) => isObject(schema) && 'const' in schema);
  if (tags.length > 0) return tags.every(([key, schema]) => data[key] === (schema as Schema).const);
  const required = Array.isArray(branch.required) ? branch.required : [];
  return required.length > 0 && required.every((key) => typeof key === 'string' && key in data);
}

/** Drops the errors that only echo a failed `oneOf` or a failed `if`; keeps the ones that explain it. */
export function pruneUnionErrors(document: Schema, errors: readonly ErrorObject[]): ErrorObject[] {
  const dropped = new Set<ErrorObject>();
  for (const error of errors) {
    if (error.keyword === 'if') dropped.add(error); // its then/else errors say what is wrong
    if (error.keyword !== 'oneOf' || !Array.isArray(error.schema)) continue;
    const at = error.instancePath;
    const under = (other: ErrorObject) => other.instancePath === at || other.instancePath.startsWith(`${at}/`);
    for (const other of errors) {
      // The enclosing object's unevaluatedProperties: nothing was evaluated because no branch passed.
      if (other.keyword === 'unevaluatedProperties' && other.instancePath === at && other.parentSchema === error.parentSchema) dropped.add(other);
    }
    const branches = error.schema.map((schema) => resolveLocalRef(document, schema) ?? {});
    const selected = branches.filter((branch) => selects(branch, error.data));
    const noise = selected.length === 1 ? branches.filter((branch) => branch !== selected[0]) : branches;
    const noiseSchemas = new Set<unknown>();
    for (const branch of noise) subtree(branch, noiseSchemas);
    for (const other of errors) if (other !== error && under(other) && noiseSchemas.has(other.parentSchema)) dropped.add(other);
    // One branch is selected: its own errors say what is wrong, the oneOf line would only repeat it.
    if (selected.length === 1 && errors.some((other) => other !== error && !dropped.has(other) && under(other))) dropped.add(error);
  }
  return errors.filter((error) => !dropped.has(error));
}
