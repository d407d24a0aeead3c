/** `{u0}` / `{g1}`: a probe's symbolic user and chat-group names (Probe.ts). */
const TOKEN = /\{([ug])(\d+)\}/g;

/**
 * One side's names for a probe's tokens: its fresh users (`{u<i>}`) and chat groups
 * (`{g<i>}`). Requests go out with the tokens filled in (`concrete`); answers come back with
 * the side's own ids turned back into tokens (`symbolic`), so two targets' answers can be
 * compared although each created its own users and each server minted its own group ids.
 */
export class SideIdentity {
  /** Concrete ids, longest first, so an id that contains another is replaced whole. */
  private readonly byLength: { id: string; token: string }[];

  constructor(
    readonly users: readonly string[],
    readonly chatGroups: readonly string[],
  ) {
    const pairs = [...users.map((id, i) => ({ id, token: `{u${i}}` })), ...chatGroups.map((id, i) => ({ id, token: `{g${i}}` }))];
    this.byLength = pairs.sort((a, b) => b.id.length - a.id.length);
  }

  /** `value` with every token in its strings replaced by this side's id. */
  concrete(value: unknown): unknown {
    return mapStrings(value, (text) =>
      text.replace(TOKEN, (token, kind: string, index: string) => {
        const id = (kind === 'u' ? this.users : this.chatGroups)[Number(index)];
        if (id === undefined) throw new Error(`probe bug: ${token} is not one of the probe's ${kind === 'u' ? 'users' : 'chat groups'}`);
        return id;
      }),
    );
  }

  /** `value` with this side's ids in its strings replaced by their tokens. */
  symbolic(value: unknown): unknown {
    return mapStrings(value, (text) => {
      let out = text;
      for (const { id, token } of this.byLength) if (out.includes(id)) out = out.split(id).join(token);
      return out;
    });
  }
}

function mapStrings(value: unknown, map: (text: string) => string): unknown {
  if (typeof value === 'string') return map(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, map));
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, map)]));
  return value;
}
