import type { LineIndex } from './line-index';

/**
 * The line around a mention, cut to `width` characters and centred on the mention, for tree
 * labels. Returns the label and where the mention sits in it (for `TreeItemLabel.highlights`).
 */
export function mentionSnippet(lines: LineIndex, start: number, end: number, width = 90): { label: string; highlight: [number, number] } {
  const pos = lines.position(start);
  const line = lines.lineText(pos.line);
  const from = pos.character;
  const to = Math.min(line.length, from + (end - start));
  const room = Math.max(0, width - (to - from));
  let a = Math.max(0, from - Math.floor(room / 2));
  const b = Math.min(line.length, a + width);
  a = Math.max(0, Math.min(a, b - width));
  // Collapse runs of whitespace only outside the mention, so the highlight stays aligned.
  const before = (a > 0 ? '…' : '') + line.slice(a, from).replace(/\s+/g, ' ').trimStart();
  const mention = line.slice(from, to);
  const after = line.slice(to, b).replace(/\s+/g, ' ').trimEnd() + (b < line.length ? '…' : '');
  return { label: before + mention + after, highlight: [before.length, before.length + mention.length] };
}
