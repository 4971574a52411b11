// Text that other people's mail clients render must never become markup (shared/DESIGN.md "Safety").
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  // Backtick and equals close the gaps of old IE/Outlook attribute parsing and unquoted attribute values.
  '`': '&#96;',
  '=': '&#61;',
};

/** Escapes text for an HTML text node or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`=]/g, (c) => ENTITIES[c] ?? c);
}
