/**
 * The only way the webview creates elements. Text always goes in through `textContent` and
 * attributes through `setAttribute` on a fixed list of names, so document text (untrusted: it can
 * hold `<img onerror=…>`) can never become markup or an event handler. No innerHTML anywhere.
 */
type Attrs = Record<string, string | number | boolean | undefined | null>;

/** Attributes the webview sets. Anything starting with "on", "style", "src" or "href" is refused. */
const SAFE_ATTR = /^(class|id|role|tabindex|type|value|checked|disabled|hidden|for|name|title|aria-[a-z]+|data-[a-z-]+)$/;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K, attrs: Attrs = {}, ...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (!SAFE_ATTR.test(k)) throw new Error(`refusing attribute ${k}`);
    el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return el;
}

/** Replaces an element's children. */
export function setChildren(el: Element, ...children: (Node | null | undefined | false)[]): void {
  el.replaceChildren(...children.filter((c): c is Node => !!c));
}

/** Sets pixel geometry through the CSSOM (allowed by a nonce-only CSP, unlike style attributes). */
export function place(el: HTMLElement, left: number, top: number, width?: number, height?: number): void {
  el.style.left = `${Math.round(left)}px`;
  el.style.top = `${Math.round(top)}px`;
  if (width !== undefined) el.style.width = `${Math.max(0, Math.round(width))}px`;
  if (height !== undefined) el.style.height = `${Math.max(0, Math.round(height))}px`;
}
