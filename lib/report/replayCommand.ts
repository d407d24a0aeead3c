/**
 * The one-line command that re-runs one conformance test: `npm run conformance -- --grep "<title>"`.
 * `--grep` takes a regular expression matched against the full title, so regex
 * metacharacters are escaped (the title then matches only itself), and the result is
 * quoted for a POSIX shell.
 */
export function replayCommand(testTitle: string): string {
  const pattern = testTitle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const quoted = pattern.replace(/["\\$`]/g, '\\$&');
  return `npm run conformance -- --grep "${quoted}"`;
}
