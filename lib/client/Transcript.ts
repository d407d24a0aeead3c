/**
 * The record of every exchange a ChatClient makes, redacted before it is stored
 * (the test fixtures attach it per test; the reports quote it).
 */
import type { TranscriptEntry } from './types';
import { orderSecrets, redactOrdered, redactUrl } from './redact';

/** An entry before the transcript numbers it. */
export type NewTranscriptEntry = Omit<TranscriptEntry, 'seq'>;

/** Called with each stored (already redacted) entry. */
export type TranscriptListener = (entry: TranscriptEntry) => void;

/** Options of a Transcript. */
export interface TranscriptOptions {
  /** Strings to redact from every entry, e.g. the SecretKey. More can be added with addSecret. */
  secrets?: readonly string[];
  /** Oldest entries are dropped beyond this many. @defaultValue 10000 */
  maxEntries?: number;
}

/** Collects redacted TranscriptEntry objects in call order. */
export class Transcript {
  /** Entries from index `first` on are kept; the dropped head is cut off in one go (see record). */
  private stored: TranscriptEntry[] = [];
  private first = 0;
  private readonly listeners = new Set<TranscriptListener>();
  private readonly secrets = new Set<string>();
  /** `secrets` longest first, rebuilt only when one is added: record() runs on every call. */
  private ordered: string[] = [];
  private readonly maxEntries: number;
  private seq = 0;

  constructor(options: TranscriptOptions = {}) {
    for (const secret of options.secrets ?? []) this.addSecret(secret);
    this.maxEntries = options.maxEntries ?? 10_000;
  }

  /** Adds a string that must never be stored (a SecretKey, each UserSig issued). */
  addSecret(secret: string): void {
    if (secret.length === 0 || this.secrets.has(secret)) return;
    this.secrets.add(secret);
    this.ordered = orderSecrets(this.secrets);
  }

  /** Redacts `text` with every known secret. */
  redact(text: string): string {
    return redactOrdered(text, this.ordered);
  }

  /** Redacts, numbers and stores an entry, then tells the listeners. Returns the stored entry. */
  record(entry: NewTranscriptEntry): TranscriptEntry {
    const secrets = this.ordered;
    const stored: TranscriptEntry = {
      ...entry,
      seq: ++this.seq,
      api: redactOrdered(entry.api, secrets),
      url: redactOrdered(redactUrl(entry.url), secrets),
      requestBody: redactOrdered(entry.requestBody, secrets),
      ...(entry.responseBody !== undefined ? { responseBody: redactOrdered(entry.responseBody, secrets) } : {}),
      schemaErrors: entry.schemaErrors.map((text) => redactOrdered(text, secrets)),
      ...(entry.retries ? { retries: entry.retries.map((text) => redactOrdered(text, secrets)) } : {}),
    };
    this.stored.push(stored);
    // Why not shift(): on a full transcript it may move all 10,000 entries on every call. Dropping by
    // index and compacting once per maxEntries calls is O(1) amortised (at most 2 × maxEntries held).
    if (this.stored.length - this.first > this.maxEntries) this.first++;
    if (this.first >= this.maxEntries) {
      this.stored = this.stored.slice(this.first);
      this.first = 0;
    }
    for (const listener of this.listeners) listener(stored);
    return stored;
  }

  /** The stored entries, oldest first (a copy). */
  entries(): TranscriptEntry[] {
    return this.stored.slice(this.first);
  }

  /** Forgets the stored entries; secrets and listeners stay. */
  clear(): void {
    this.stored = [];
    this.first = 0;
  }

  /** Calls `listener` for every entry recorded from now on. Returns the unsubscribe function. */
  onEntry(listener: TranscriptListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
