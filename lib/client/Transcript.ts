/**
 * The record of every exchange a ChatClient makes, redacted before it is stored
 * (the test fixtures attach it per test; the reports quote it).
 */
import type { TranscriptEntry } from './types';
import { redactSecrets, redactUrl } from './redact';

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
  private readonly stored: TranscriptEntry[] = [];
  private readonly listeners = new Set<TranscriptListener>();
  private readonly secrets = new Set<string>();
  private readonly maxEntries: number;
  private seq = 0;

  constructor(options: TranscriptOptions = {}) {
    for (const secret of options.secrets ?? []) this.addSecret(secret);
    this.maxEntries = options.maxEntries ?? 10_000;
  }

  /** Adds a string that must never be stored (a SecretKey, each UserSig issued). */
  addSecret(secret: string): void {
    if (secret.length > 0) this.secrets.add(secret);
  }

  /** Redacts `text` with every known secret. */
  redact(text: string): string {
    return redactSecrets(text, [...this.secrets]);
  }

  /** Redacts, numbers and stores an entry, then tells the listeners. Returns the stored entry. */
  record(entry: NewTranscriptEntry): TranscriptEntry {
    const secrets = [...this.secrets];
    const clean = (text: string) => redactSecrets(text, secrets);
    const stored: TranscriptEntry = {
      ...entry,
      seq: ++this.seq,
      api: clean(entry.api),
      url: clean(redactUrl(entry.url)),
      requestBody: clean(entry.requestBody),
      ...(entry.responseBody !== undefined ? { responseBody: clean(entry.responseBody) } : {}),
      schemaErrors: entry.schemaErrors.map(clean),
      ...(entry.retries ? { retries: entry.retries.map(clean) } : {}),
    };
    this.stored.push(stored);
    if (this.stored.length > this.maxEntries) this.stored.shift();
    for (const listener of this.listeners) listener(stored);
    return stored;
  }

  /** The stored entries, oldest first (a copy). */
  entries(): TranscriptEntry[] {
    return [...this.stored];
  }

  /** Forgets the stored entries; secrets and listeners stay. */
  clear(): void {
    this.stored.length = 0;
  }

  /** Calls `listener` for every entry recorded from now on. Returns the unsubscribe function. */
  onEntry(listener: TranscriptListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
