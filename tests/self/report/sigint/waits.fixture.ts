import { test } from '@playwright/test';
import { writeFileSync } from 'node:fs';

test.describe.configure({ mode: 'serial' });

test('finishes before the interrupt', async ({}, testInfo) => {
  testInfo.annotations.push({ type: 'rule', description: 'sigint.quick' });
});

test('waits to be interrupted', async ({}, testInfo) => {
  testInfo.annotations.push({ type: 'rule', description: 'sigint.slow' });
  // Tells the driving self-test that it is time to press Ctrl-C.
  writeFileSync(process.env.RCC_SIGINT_READY!, 'ready');
  await new Promise((resolve) => setTimeout(resolve, 50_000));
});
