import { AGENCY_PATTERN, canonicalAgency } from './agencies';
import { monthNumber, parseCalendarDate, type Ymd } from '../time/calendar';

/** What a dateline, byline or metadata line says about the article. */
export interface DatelineInfo {
  agency: string | null;
  /** Full calendar date, when the line states one. */
  date: Ymd | null;
  /** Month and day without a year ("WASHINGTON, March 3 (Reuters) -"): placed once a year is known. */
  monthDay: { m: number; d: number } | null;
  /** Length of the dateline prefix (lead datelines only), so views can show where the story starts. */
  length: number;
}

const MON = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const PLACE = "[A-Z][\\p{L}.'’-]*(?:[ -][A-Z\\p{Lu}][\\p{L}.'’-]*){0,3}";
const DASH = '(?:—|–|--?|_|:)';

/**
 * A lead dateline at the start of the first paragraph:
 * "SEOUL, South Korea (AP) —", "WASHINGTON (Reuters) -", "BEIJING, Sept. 9 (Xinhua) --",
 * "NEW YORK, March 3, 2024 (Reuters) -", "Seoul (AFP) -".
 */
const LEAD = new RegExp(
  `^(${PLACE})(?:,\\s*(${PLACE}))?(?:,\\s*(${MON})\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?)?\\s*\\(\\s*(${AGENCY_PATTERN})\\s*\\)\\s*${DASH}\\s*`,
  'u',
);

/** An all-caps place with no agency: "SEOUL, South Korea —" / "UNITED NATIONS (AP) _" handled above. */
const LEAD_NO_AGENCY = new RegExp(`^([A-Z][A-Z.'’ -]{2,40})(?:,\\s*(${PLACE}))?\\s*(?:—|–|--)\\s+`, 'u');

/** AFP-style footer: "09/09/2023 09:19:23 - Seoul (AFP) - © 2023 AFP". */
const FOOTER = new RegExp(
  `^(\\d{1,2}/\\d{1,2}/\\d{4}|\\d{4}-\\d{2}-\\d{2})(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*${DASH}\\s*(${PLACE})\\s*\\((${AGENCY_PATTERN})\\)`,
  'u',
);

/** "By Jane Doe, Reuters; March 3, 2024" / "By Jane Doe | AP | Updated March 3, 2024". */
const BYLINE = new RegExp(`^By\\s+[^,;|]{2,80}?[,;|]\\s*(${AGENCY_PATTERN})\\b(.*)$`, 'u');

export function readLeadDateline(line: string): DatelineInfo | null {
  let m = LEAD.exec(line);
  if (m) {
    const agency = canonicalAgency(m[6]);
    let date: Ymd | null = null, monthDay: DatelineInfo['monthDay'] = null;
    if (m[3]) {
      const mo = monthNumber(m[3])!, d = +m[4];
      if (m[5]) date = parseCalendarDate(`${m[3]} ${m[4]}, ${m[5]}`);
      else monthDay = { m: mo, d };
    }
    return { agency, date, monthDay, length: m[0].length };
  }
  m = LEAD_NO_AGENCY.exec(line);
  if (m && /[A-Z]{3}/.test(m[1]) && m[1] === m[1].toUpperCase()) {
    return { agency: null, date: null, monthDay: null, length: m[0].length };
  }
  return null;
}

export function readFooterDateline(line: string): DatelineInfo | null {
  const m = FOOTER.exec(line);
  if (!m) return null;
  const agency = canonicalAgency(m[3]);
  // AFP writes day-first in its international wires; US agencies month-first.
  const date = parseCalendarDate(m[1], agency === 'AFP' || agency === 'dpa' || agency === 'EFE' || agency === 'ANSA');
  return { agency, date, monthDay: null, length: m[0].length };
}

/** Wire copy's place-and-date line: "BRUSSELS 1996-08-22", "LONDON 22/08/1996". */
const PLACE_DATE = /^[\p{Lu}][\p{Lu} .'’-]{1,40}\s+(\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4})$/u;

export function readPlaceDateLine(line: string): DatelineInfo | null {
  const m = PLACE_DATE.exec(line);
  if (!m) return null;
  const date = parseCalendarDate(m[1], true);
  return date ? { agency: null, date, monthDay: null, length: line.length } : null;
}

export function readByline(line: string): DatelineInfo | null {
  const m = BYLINE.exec(line);
  if (!m) return null;
  return { agency: canonicalAgency(m[1]), date: parseCalendarDate(m[2]), monthDay: null, length: line.length };
}

/** `Date:2025-04-12 10:12:41`, `Published: March 3, 2024`, `Updated 10:30 a.m. EDT, Sept. 9, 2023`. */
const META = /^(?:date|published(?:\s+on)?|posted(?:\s+on)?|updated(?:\s+on)?|last\s+updated|first\s+published|publication\s+date|pubdate|dateline)\b\s*[:\-–]?\s*(.*)$/i;

export function readMetadataDate(line: string): Ymd | null | undefined {
  const m = META.exec(line);
  if (!m || line.length > 120) return undefined;
  return parseCalendarDate(m[1]);
}

export function isMetadataLine(line: string): boolean {
  return readMetadataDate(line) !== undefined && readMetadataDate(line) !== null;
}

/** Copyright notices: "© 2023 AFP", "Copyright 2024 The Associated Press. All rights reserved." */
export function copyrightAgency(line: string): string | null {
  const m = new RegExp(`(?:©|\\(c\\)|copyright)\\s*(?:\\d{4}\\s*)?(${AGENCY_PATTERN})\\b`, 'iu').exec(line);
  return m ? canonicalAgency(m[1]) : null;
}
