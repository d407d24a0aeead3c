/**
 * A per-run file of created resources, so an interrupted run can still be
 * cleaned: workers append one JSON line per created or removed resource and the
 * global teardown sweeps whatever is left (tencent-chat-api-notes.md §7.3: deleted
 * UserIDs "are not allowed to be re-imported within 3 months" on paid apps, so a
 * run must not leak accounts).
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

/** What the suite creates on the target. */
export type ResourceKind = 'user' | 'chat-group';

interface Line {
  op: 'created' | 'removed';
  kind: ResourceKind;
  id: string;
}

/** Append-only record of one run's resources. O_APPEND keeps concurrent workers' lines whole. */
export class ResourceLedger {
  readonly file: string;

  constructor(options: { dir: string; runId: string }) {
    this.file = path.join(options.dir, `.rcc-resources-${options.runId}.jsonl`);
  }

  created(kind: ResourceKind, id: string): void {
    this.#append({ op: 'created', kind, id });
  }

  removed(kind: ResourceKind, id: string): void {
    this.#append({ op: 'removed', kind, id });
  }

  /** Resources created and not removed yet, by kind. */
  outstanding(): Record<ResourceKind, string[]> {
    const live = { user: new Set<string>(), 'chat-group': new Set<string>() };
    if (existsSync(this.file)) {
      for (const text of readFileSync(this.file, 'utf8').split('\n')) {
        if (!text.trim()) continue;
        try {
          const line = JSON.parse(text) as Line;
          if (line.op === 'created') live[line.kind].add(line.id);
          else live[line.kind].delete(line.id);
        } catch {
          // A line cut by a kill mid-write: skip it; at worst one resource is not swept.
        }
      }
    }
    return { user: [...live.user], 'chat-group': [...live['chat-group']] };
  }

  /** Removes the file once everything is swept. */
  discard(): void {
    rmSync(this.file, { force: true });
  }

  #append(line: Line): void {
    mkdirSync(path.dirname(this.file), { recursive: true });
    appendFileSync(this.file, `${JSON.stringify(line)}\n`);
  }
}
