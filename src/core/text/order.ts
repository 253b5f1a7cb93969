/**
 * Orders strings by UTF-16 code units, as `<` does: the same on every machine and locale, unlike
 * `localeCompare`, which the index and exports rely on for stable ids and output order.
 */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
