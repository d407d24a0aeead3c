/**
 * Escapes text for HTML element content and double- or single-quoted attribute values.
 * Every value the report shows comes from a target's answers or a test title,
 * so everything goes through here (a `<script>` in a response body must stay text).
 */
export function escapeHtml(text: unknown): string {
  return String(text ?? '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}
