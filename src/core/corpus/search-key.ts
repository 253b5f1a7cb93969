/** Folds a name for case- and accent-insensitive matching: "Lóp Nur" and "lop nur" fold alike. */
export function foldForSearch(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[\u2018\u2019']/g, '').replace(/\s+/g, ' ').trim();
}
