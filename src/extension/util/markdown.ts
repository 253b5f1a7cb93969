/**
 * Document text is untrusted: a scraped page may contain `<img onerror=…>`, Markdown links to
 * `command:` URIs or `$(icon)` syntax. Everything that came from a document goes through
 * `escapeMarkdown` before it reaches a MarkdownString, so the hover shows it literally.
 */
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-.!|~:$"']/g;

/** Escapes HTML (as entities) and every Markdown punctuation mark (with a backslash). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(MARKDOWN_PUNCTUATION, '\\$&')
    // A line break inside a hover line would start a new block (a heading, a list…).
    .replace(/[\r\n\u2028\u2029]+/g, ' ');
}

/** Shortens text to `max` UTF-16 units with an ellipsis, without splitting a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return text.slice(0, cut) + '…';
}
