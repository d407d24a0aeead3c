/**
 * The per-user bijection between the model's GroupIds and the target's.
 *
 * GroupId allocation is undocumented ("GroupId is a small per-user integer (samples: 1, 2).
 * [INF] allocated by the server per user; reuse after deletion unknown", notes §2.3), so the
 * oracle never expects the model's numbers: it learns each pair when a group first appears
 * (its creation answer) and then demands the same pairing everywhere.
 *
 * Mutable, but `fork()` gives an independent copy so a comparison can learn tentatively
 * and the oracle keeps the copy only when the whole answer matched.
 */
export class GroupIdMap {
  private readonly toTarget = new Map<string, number>();
  private readonly toModel = new Map<string, number>();

  /** The target id bound to a model id of `user`, if learned. */
  targetOf(user: string, modelId: number): number | undefined {
    return this.toTarget.get(key(user, modelId));
  }

  /** The model id bound to a target id of `user`, if learned. */
  modelOf(user: string, targetId: number): number | undefined {
    return this.toModel.get(key(user, targetId));
  }

  /**
   * Binds `modelId` ↔ `targetId` for `user`. Returns false (and binds nothing) when either
   * side is already bound to something else: the target reused or changed an id.
   */
  bind(user: string, modelId: number, targetId: number): boolean {
    const knownTarget = this.targetOf(user, modelId);
    const knownModel = this.modelOf(user, targetId);
    if (knownTarget === targetId && knownModel === modelId) return true;
    if (knownTarget !== undefined || knownModel !== undefined) return false;
    this.toTarget.set(key(user, modelId), targetId);
    this.toModel.set(key(user, targetId), modelId);
    return true;
  }

  /**
   * Forgets the pairs of `user` whose model group no longer exists (deleted), so the
   * target may hand the id out again (`groupIdAllocation` is undocumented) while a
   * dangling reference to the deleted group is reported as an unknown id.
   */
  retainModelIds(user: string, liveModelIds: ReadonlySet<number>): void {
    const prefix = `${user}\u0000`;
    for (const [k, targetId] of [...this.toTarget]) {
      if (!k.startsWith(prefix)) continue;
      const modelId = Number(k.slice(prefix.length));
      if (liveModelIds.has(modelId)) continue;
      this.toTarget.delete(k);
      this.toModel.delete(key(user, targetId));
    }
  }

  /** A canonical string of every pair, for comparing two maps. */
  toKey(): string {
    return [...this.toTarget].map(([k, v]) => `${k}>${v}`).sort().join('|');
  }

  /** An independent copy. */
  fork(): GroupIdMap {
    const copy = new GroupIdMap();
    for (const [k, v] of this.toTarget) copy.toTarget.set(k, v);
    for (const [k, v] of this.toModel) copy.toModel.set(k, v);
    return copy;
  }
}

function key(user: string, id: number): string {
  return `${user}\u0000${id}`;
}
