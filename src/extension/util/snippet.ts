import type { LineIndex } from './line-index';

/** Characters of context kept before the mention: the side bar is narrow and cuts labels at the
 *  right, so the name must come early in the label. */
const BEFORE = 24;

/**
 * The line around a mention, cut to `width` characters with the mention near the start, for tree
 * labels. Returns the label and where the mention sits in it (for `TreeItemLabel.highlights`).
 */
export function mentionSnippet(lines: LineIndex, start: number, end: number, width = 90): { label: string; highlight: [number, number] } {
  const pos = lines.position(start);
  const line = lines.lineText(pos.line);
  const from = pos.character;
  const to = Math.min(line.length, from + (end - start));
  let a = Math.max(0, from - BEFORE);
  // Start the context at a word boundary when one is close.
  const space = line.indexOf(' ', a);
  if (a > 0 && space >= 0 && space < from) a = space + 1;
  const b = Math.min(line.length, Math.max(to, a + width));
  // Collapse runs of whitespace only outside the mention, so the highlight stays aligned.
  const before = (a > 0 ? '…' : '') + line.slice(a, from).replace(/\s+/g, ' ').trimStart();
  const mention = line.slice(from, to);
  const after = line.slice(to, b).replace(/\s+/g, ' ').trimEnd() + (b < line.length ? '…' : '');
  return { label: before + mention + after, highlight: [before.length, before.length + mention.length] };
}
