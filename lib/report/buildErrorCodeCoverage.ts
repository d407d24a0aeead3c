import type { ErrorCodeProbe } from './protocol';
import type { ErrorCodeCoverage } from './types';

/** A documented error code, as lib/spec/specMetadata.ts `documentedErrorCodes()` lists it. */
export interface DocumentedErrorCode {
  code: number;
  /** The API path, or `public` for the REST-wide codes (tencent-chat-api-notes.md §4.1). */
  endpoint: string;
  meaning: string;
}

/**
 * One row per documented code and endpoint: did a test try to trigger it, how, and did
 * the target answer as documented. A public code counts as triggered by a probe on any
 * endpoint. Probes for codes that are not in the documented list still get a row, so an
 * answer the documents do not mention is visible.
 */
export function buildErrorCodeCoverage(documented: readonly DocumentedErrorCode[], probes: readonly ErrorCodeProbe[]): ErrorCodeCoverage[] {
  const used = new Set<ErrorCodeProbe>();
  const rows = documented.map((doc): ErrorCodeCoverage => {
    const matching = probes.filter((p) => p.code === doc.code && (doc.endpoint === 'public' || p.endpoint === doc.endpoint));
    matching.forEach((p) => used.add(p));
    return coverage(doc, matching);
  });
  const extra = new Map<string, ErrorCodeProbe[]>();
  for (const probe of probes.filter((p) => !used.has(p))) {
    const key = `${probe.endpoint}|${probe.code}`;
    extra.set(key, [...(extra.get(key) ?? []), probe]);
  }
  for (const group of extra.values()) {
    const first = group[0]!;
    rows.push(coverage({ code: first.code, endpoint: first.endpoint, meaning: '(not in the documented list)' }, group));
  }
  return rows;
}

function coverage(doc: DocumentedErrorCode, probes: readonly ErrorCodeProbe[]): ErrorCodeCoverage {
  if (probes.length === 0) return { code: doc.code, endpoint: doc.endpoint, meaning: doc.meaning, triggered: false };
  const how = [...new Set(probes.map((p) => (p.answered ? `${p.how} → ${p.answered}` : p.how)))].join('; ');
  return { code: doc.code, endpoint: doc.endpoint, meaning: doc.meaning, triggered: true, how, answeredAsDocumented: probes.every((p) => p.answeredAsDocumented) };
}
