/**
 * The folder boundaries of docs/architecture.md, checked on every `npm test`
 * (the same idea as Playwright's DEPS.list files). The mock must never import
 * test code, and the model must stay free of I/O.
 */
import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** Import prefixes (relative to the repo root) each folder may use. Node built-ins and npm packages are listed separately. */
const RULES: { folder: string; mayImport: string[]; mayNotImport?: string[]; packages: RegExp; why: string }[] = [
  { folder: 'lib/model', mayImport: ['lib/model/', 'lib/apis.ts'], packages: /^$/, why: 'the model is pure: no I/O, no libraries' },
  { folder: 'lib/client', mayImport: ['lib/'], mayNotImport: ['lib/model/', 'lib/oracle/'], packages: /^node:/, why: 'the client never reads the model' },
  { folder: 'mock', mayImport: ['mock/', 'lib/'], packages: /^node:/, why: 'the mock never imports test code' },
  { folder: 'generators', mayImport: ['generators/', 'lib/'], packages: /^(node:|fast-check$)/, why: 'generators are arbitraries and commands only' },
  { folder: 'lib', mayImport: ['lib/', 'package.json', 'openapi/'], packages: /^(node:|ajv|ajv-formats|ajv\/|dotenv$|openapi-types$|@playwright\/test|fast-check$)/, why: 'lib/ is shared runtime code' },
];

function tsFiles(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  return readdirSync(abs).flatMap((name) => {
    const rel = path.join(dir, name);
    if (statSync(path.join(ROOT, rel)).isDirectory()) return name === 'node_modules' ? [] : tsFiles(rel);
    return rel.endsWith('.ts') ? [rel] : [];
  });
}

function importsOf(file: string): string[] {
  const source = readFileSync(path.join(ROOT, file), 'utf8');
  return [...source.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]!);
}

for (const rule of RULES) {
  test(`${rule.folder}/ imports only what docs/architecture.md allows (${rule.why})`, () => {
    const offending: string[] = [];
    for (const file of tsFiles(rule.folder)) {
      // A more specific rule covers its own folder (lib/model inside lib).
      if (RULES.some((r) => r !== rule && r.folder.startsWith(rule.folder + '/') && file.startsWith(r.folder + '/'))) continue;
      for (const spec of importsOf(file)) {
        if (spec.startsWith('.')) {
          const target = path.relative(ROOT, path.resolve(ROOT, path.dirname(file), spec));
          const matches = (prefix: string) => target === prefix || target.startsWith(prefix) || `${target}.ts` === prefix;
          if (!rule.mayImport.some(matches) || (rule.mayNotImport ?? []).some(matches)) {
            offending.push(`${file} imports ${target}`);
          }
        } else if (!rule.packages.test(spec)) {
          offending.push(`${file} imports package ${spec}`);
        }
      }
    }
    expect(offending, offending.join('\n')).toEqual([]);
  });
}

test('the architecture check sees imports (guards against a regex that matches nothing)', () => {
  expect(importsOf('playwright.config.ts')).toContain('@playwright/test');
  expect(tsFiles('lib').length).toBeGreaterThan(3);
});
