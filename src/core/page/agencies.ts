/**
 * News agencies as pages credit them, in datelines ("SEOUL (AP) —"), footers ("© 2023 AFP") and
 * bylines ("By Jane Doe, Reuters"). Canonical short names are what views show.
 */
const AGENCY_FORMS: [string, string][] = [
  ['AP', 'AP'], ['Associated Press', 'AP'], ['The Associated Press', 'AP'],
  ['AFP', 'AFP'], ['Agence France-Presse', 'AFP'], ['Agence France Presse', 'AFP'],
  ['Reuters', 'Reuters'], ['Thomson Reuters', 'Reuters'],
  ['Yonhap', 'Yonhap'], ['Xinhua', 'Xinhua'], ['Kyodo', 'Kyodo'], ['Bloomberg', 'Bloomberg'],
  ['UPI', 'UPI'], ['United Press International', 'UPI'], ['dpa', 'dpa'], ['DPA', 'dpa'],
  ['EFE', 'EFE'], ['ANSA', 'ANSA'], ['TASS', 'TASS'], ['Interfax', 'Interfax'], ['RIA Novosti', 'RIA Novosti'],
  ['Anadolu', 'Anadolu'], ['Anadolu Agency', 'Anadolu'], ['PTI', 'PTI'], ['ANI', 'ANI'], ['IANS', 'IANS'],
  ['CNA', 'CNA'], ['Bernama', 'Bernama'], ['Antara', 'Antara'], ['AAP', 'AAP'], ['CP', 'CP'],
  ['The Canadian Press', 'CP'], ['Canadian Press', 'CP'], ['NYT', 'NYT'], ['CNN', 'CNN'], ['BBC', 'BBC'],
  ['KCNA', 'KCNA'], ['APW', 'AP'], ['NYT News Service', 'NYT'],
];

const BY_LOWER = new Map(AGENCY_FORMS.map(([form, canon]) => [form.toLowerCase(), canon]));

/** Alternation for regexes, longest forms first so "Associated Press" wins over "AP". */
export const AGENCY_PATTERN = [...AGENCY_FORMS]
  .map(([f]) => f)
  .sort((a, b) => b.length - a.length)
  .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');

export function canonicalAgency(form: string): string | null {
  return BY_LOWER.get(form.trim().toLowerCase()) ?? null;
}
