// Date-time groups (`010549Z MAR 08`) and declassification dates (`06/30/2014`, `2014/06/30` …).

import type { DateTimeGroup } from './model';

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** Matches a date-time group anywhere in a string: day, hour, minute, Z, month, two-digit year. */
export const DTG_PATTERN = /\b(\d{2})(\d{2})(\d{2})Z\s{0,3}([A-Za-z]{3})\s{0,3}(\d{2}|\d{4})\b/;

/** Expands a two-digit year the way cables use them: 50–99 are 19xx, 00–49 are 20xx. */
export function expandYear(two: number): number {
  return two >= 50 ? 1900 + two : 2000 + two;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Days in a month of a year (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (Number.isInteger(year) && year >= 0 && year <= 275000 && Number.isInteger(month) && month >= 1 && month <= 12) {
    if (month !== 2) return MONTH_DAYS[month - 1];
    // Date.UTC reads years 0–99 as 1900–1999.
    const y = year <= 99 ? 1900 + year : year;
    return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  }
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** An ISO date string (YYYY-MM-DD) if year/month/day form a real date, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Finds and decodes the first date-time group in `text`; offsets are relative to `base`. */
export function findDateTimeGroup(text: string, base: number): DateTimeGroup | null {
  const m = DTG_PATTERN.exec(text);
  if (!m) return null;
  // Indexed, not destructured: destructuring a match array goes through the iterator protocol.
  const written = m[0];
  const dd = m[1];
  const hh = m[2];
  const mi = m[3];
  const mon = m[4];
  const yy = m[5];
  const month = MONTHS.indexOf(mon.toUpperCase()) + 1;
  const year = yy.length === 4 ? Number(yy) : expandYear(Number(yy));
  const day = Number(dd);
  const hour = Number(hh);
  const minute = Number(mi);
  const date = month > 0 ? isoDate(year, month, day) : null;
  const iso = date && hour < 24 && minute < 60 ? `${date}T${pad(hour)}:${pad(minute)}:00Z` : null;
  return { start: base + m.index, end: base + m.index + written.length, written, iso };
}

export interface ParsedDeclDate {
  iso: string | null;
  problem: string | null;
}

const SLASH_DATE = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{2,4})$/;

/** Decodes a written declassification date; `null` when the text is not date-shaped at all. */
export function parseDeclDate(written: string): ParsedDeclDate | null {
  const m = SLASH_DATE.exec(written);
  if (!m) return null;
  const a = m[1];
  const b = m[2];
  const c = m[3];
  let year: number;
  let month: number;
  let day: number;
  if (a.length === 4) {
    year = Number(a);
    month = Number(b);
    day = Number(c);
    if (c.length > 2) return { iso: null, problem: `${written} is not a date` };
  } else {
    if (a.length > 2) return { iso: null, problem: `${written} is not a date` };
    month = Number(a);
    day = Number(b);
    if (c.length === 3) return { iso: null, problem: `${written} has a three-digit year` };
    year = c.length === 2 ? expandYear(Number(c)) : Number(c);
  }
  if (month < 1 || month > 12) return { iso: null, problem: `month ${month} does not exist` };
  const iso = isoDate(year, month, day);
  if (!iso) return { iso: null, problem: `day ${day} does not exist in ${MONTHS[month - 1]} ${year}` };
  return { iso, problem: null };
}

/** A date written with its month's name, `JUNE 21, 2006` or `21 June 2006`, as an ISO date; null when there is none. */
export function namedMonthDate(written: string): string | null {
  const m = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b/.exec(written) ?? /\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(written);
  if (!m) return null;
  const [name, day] = /^\d/.test(m[1]) ? [m[2], m[1]] : [m[1], m[2]];
  const month = MONTHS.indexOf(name.slice(0, 3).toUpperCase()) + 1;
  return month > 0 ? isoDate(Number(m[3]), month, Number(day)) : null;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DATE_LINE = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, (\d{1,2}) ([A-Z][a-z]+) (\d{4}), ([01]\d|2[0-3]):([0-5]\d)$/;

/** The date line of published copies, `Tuesday, 20 January 2004, 09:44` (UTC), as ISO 8601; null when it is none. */
export function dateLineIso(line: string): string | null {
  const m = DATE_LINE.exec(line);
  if (!m) return null;
  const month = MONTH_NAMES.indexOf(m[2]) + 1;
  const day = month > 0 ? isoDate(Number(m[3]), month, Number(m[1])) : null;
  return day ? `${day}T${m[4]}:${m[5]}:00Z` : null;
}

/** Whole years between two ISO dates (b − a), fractional. */
export function yearsBetween(aIso: string, bIso: string): number {
  return (Date.parse(bIso) - Date.parse(aIso)) / (365.2425 * 24 * 3600 * 1000);
}

/** Formats an ISO date or date-time for people: `30 Jun 2014`, `1 Mar 2008 05:49 UTC`. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d, h, mi] = m;
  const month = MONTHS[Number(mo) - 1];
  const day = `${Number(d)} ${month.charAt(0)}${month.slice(1).toLowerCase()} ${y}`;
  return h ? `${day} ${h}:${mi} UTC` : day;
}
