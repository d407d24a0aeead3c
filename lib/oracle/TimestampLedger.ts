/**
 * The last Timestamp the target showed for each (user, conversation).
 *
 * Timestamp is "Last update timestamp of the conversation group" (search_contact_group.txt)
 * in the target's own clock, so the oracle never compares it with ours or the model's:
 * it demands an integer that never goes back (notes §5: "set to server time on any change
 * of that conversation's groups/marks [INF]").
 */
export class TimestampLedger {
  private readonly last = new Map<string, number>();

  /** The last value seen, if any. */
  lastSeen(user: string, contactKey: string): number | undefined {
    return this.last.get(`${user}\u0000${contactKey}`);
  }

  /** Records a value (the caller has checked it does not go back). */
  record(user: string, contactKey: string, timestamp: number): void {
    this.last.set(`${user}\u0000${contactKey}`, timestamp);
  }

  /** Forgets a conversation: it has no data any more, so its history starts again. */
  forget(user: string, contactKey: string): void {
    this.last.delete(`${user}\u0000${contactKey}`);
  }

  /** A canonical string of every entry, for comparing two ledgers. */
  toKey(): string {
    return [...this.last].map(([k, v]) => `${k}>${v}`).sort().join('|');
  }

  /** An independent copy, for tentative comparisons. */
  fork(): TimestampLedger {
    const copy = new TimestampLedger();
    for (const [k, v] of this.last) copy.last.set(k, v);
    return copy;
  }
}
