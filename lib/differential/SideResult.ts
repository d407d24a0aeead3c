/**
 * How one side answered one step, with its own ids already turned into tokens (SideIdentity).
 * A read-all step is answered with every page it read.
 */
export type SideResult =
  | { readonly kind: 'answered'; readonly answer: Record<string, unknown> }
  | { readonly kind: 'pages'; readonly pages: readonly Record<string, unknown>[] }
  /** HTTP status not 200, or a body that is not a JSON object (notes §1.2: "always 200"). */
  | { readonly kind: 'malformed'; readonly httpStatus: number; readonly reason: string }
  /** No answer after the client's retries: transport trouble, never a difference. */
  | { readonly kind: 'lost'; readonly reason: string };
