import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeUserSig } from '../../../lib/usersig/decodeUserSig';
import { readZipEntries } from './readZipEntries';

/** Candidate UserSig tokens: zlib + base64 with the UserSig alphabet (tencent-chat-api-notes.md §6.1 step 6). */
const CANDIDATE = /eJ[A-Za-z0-9*\-_]{38,}/g;
const EMBEDDED_ZIP = /data:application\/zip;base64,([A-Za-z0-9+/=]+)/g;

/**
 * Every place under `dir` (recursively, zip archives and Playwright's embedded base64 zip
 * included) where `canary` or a real UserSig appears. A token only counts as a UserSig when
 * it decodes to a TLS document, so random base64 in a bundle is not a false alarm.
 */
export function findLeaks(dir: string, canary: string): string[] {
  const findings: string[] = [];
  for (const file of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!file.isFile()) continue;
    const full = path.join(file.parentPath, file.name);
    scan(path.relative(dir, full), readFileSync(full), canary, findings);
  }
  return findings;
}

function scan(where: string, bytes: Buffer, canary: string, findings: string[]): void {
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    for (const entry of readZipEntries(bytes)) scan(`${where}!${entry.name}`, entry.data, canary, findings);
    return;
  }
  const text = bytes.toString('utf8');
  if (text.includes(canary)) findings.push(`${where}: secret key`);
  for (const token of text.match(CANDIDATE) ?? []) {
    if (decodeUserSig(token).ok) findings.push(`${where}: UserSig ${token.slice(0, 12)}…`);
  }
  for (const match of text.matchAll(EMBEDDED_ZIP)) scan(`${where}#embedded-zip`, Buffer.from(match[1]!, 'base64'), canary, findings);
}
