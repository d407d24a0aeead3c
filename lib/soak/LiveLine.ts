import { soakProgressLine, type SoakProgress } from './soakProgressLine';

/** Where the live line goes; a TTY gets it rewritten in place. */
export interface LiveStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** Options of a LiveLine. */
export interface LiveLineOptions {
  stream: LiveStream;
  plannedMs: number;
  /** Window of the live calls/s figure. @defaultValue 5000 ms */
  windowMs?: number;
}

/**
 * The soak's progress line. On a TTY it is rewritten in place every tick; in a CI log it is
 * printed every tenth of the planned duration, and at least once a minute, so a 2-hour soak
 * leaves a readable log rather than 7,200 lines. calls/s is over the last few seconds.
 */
export class LiveLine {
  private readonly history: { atMs: number; calls: number }[] = [];
  private readonly printEveryMs: number;
  private lastPrintedAt = 0;
  private open = false;

  constructor(private readonly options: LiveLineOptions) {
    this.printEveryMs = Math.min(60_000, Math.max(5_000, options.plannedMs / 10));
  }

  /** Shows the line for `progress` (its callsPerSecond is computed here). */
  tick(progress: Omit<SoakProgress, 'callsPerSecond'>): void {
    const windowMs = this.options.windowMs ?? 5000;
    this.history.push({ atMs: progress.elapsedMs, calls: progress.calls });
    while (this.history.length > 2 && this.history[0]!.atMs < progress.elapsedMs - windowMs) this.history.shift();
    const first = this.history[0]!;
    const span = progress.elapsedMs - first.atMs;
    const callsPerSecond = span > 0 ? ((progress.calls - first.calls) * 1000) / span : 0;
    const line = soakProgressLine({ ...progress, callsPerSecond });
    if (this.options.stream.isTTY) {
      this.options.stream.write(`\r${line}\u001b[K`);
      this.open = true;
    } else if (progress.elapsedMs - this.lastPrintedAt >= this.printEveryMs) {
      this.options.stream.write(`${line}\n`);
      this.lastPrintedAt = progress.elapsedMs;
    }
  }

  /** Prints `text` on its own line, below the live line when there is one. */
  print(text: string): void {
    this.end();
    this.options.stream.write(`${text}\n`);
  }

  /** Finishes the live line (a TTY leaves it without a newline). */
  end(): void {
    if (this.open) this.options.stream.write('\n');
    this.open = false;
  }
}
