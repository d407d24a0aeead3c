import { test, expect } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { signUserSig } from '../../../lib/usersig/signUserSig';
import { findLeaks } from './findLeaks';

/** A one-entry zip (deflated, CRC left 0: the reader does not check it). */
function zipOf(name: string, content: string): Buffer {
  const data = deflateRawSync(Buffer.from(content));
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt16LE(nameBytes.length, 28);
  const centralOffset = local.length + nameBytes.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, nameBytes, data, central, nameBytes, end]);
}

test('the leak scan finds a secret and a real UserSig, also inside a zip embedded as base64, and ignores random base64', async ({}, testInfo) => {
  const canary = 'canary-secret-for-leak-scan-0123456789';
  const sig = signUserSig({ sdkAppId: 1400000000, secretKey: canary, identifier: 'administrator', expireSeconds: 60, now: 1700000000 });
  const dir = testInfo.outputPath('scan');
  mkdirSync(`${dir}/nested`, { recursive: true });
  writeFileSync(`${dir}/clean.txt`, `eJ${'A'.repeat(60)} looks like a sig but is not`);
  writeFileSync(`${dir}/nested/junit.xml`, `<failure>${canary}</failure>`);
  const embedded = zipOf('report.json', JSON.stringify({ url: `x?usersig=${sig}` }));
  writeFileSync(`${dir}/index.html`, `<template id="playwrightReportBase64">data:application/zip;base64,${embedded.toString('base64')}</template>`);
  expect(findLeaks(dir, canary).sort()).toEqual([`index.html#embedded-zip!report.json: UserSig ${sig.slice(0, 12)}…`, 'nested/junit.xml: secret key']);
});
