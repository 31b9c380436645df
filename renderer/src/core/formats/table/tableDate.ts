/** Which number comes first in dates like 08/02/2018: the day (most of the world) or the month (the US). */
export type DayMonthOrder = 'day-first' | 'month-first';

export type TableDate = { ok: true; date: string } | { ok: false; message: string };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** What may follow a date: nothing, or a time ("T10:00Z", " 10:00", ", 10:00 GMT"). */
const TAIL = String.raw`(?=$|[T\s,])`;
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})${TAIL}`);
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const NUMBERS_YEAR_LAST = new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})${TAIL}`);
const DAY_MONTH_NAME = new RegExp(String.raw`^(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(\p{L}+)\.?,?\s+(\d{4})${TAIL}`, 'u');
const MONTH_NAME_DAY = new RegExp(String.raw`^(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TAIL}`, 'u');
const WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+/i;
const NO_DAY = /^(?:\d{4}(?:[-/.]\d{1,2})?|\p{L}+\.?\s+\d{4})$/u;

/**
 * The order evidence in a column settles: a first number above 12 can only be a day, a second
 * one only a month. Null when nothing settles it, or the column says both (mixed conventions).
 * Dotted dates (08.02.2018) are day-first wherever they are written and are not counted.
 */
export function dayMonthOrderOf(values: Iterable<string>): DayMonthOrder | null {
  let dayFirst = false;
  let monthFirst = false;
  for (const value of values) {
    const m = NUMBERS_YEAR_LAST.exec(value.trim());
    if (!m || m[2] === '.') continue;
    if (Number(m[1]) > 12) dayFirst = true;
    if (Number(m[3]) > 12) monthFirst = true;
  }
  return dayFirst === monthFirst ? null : dayFirst ? 'day-first' : 'month-first';
}

/**
 * A table's date as YYYY-MM-DD, or why it stays empty. The calendar date is taken as written:
 * a time and zone after it are dropped, never converted ("2018-02-08T23:30-05:00" was the 8th
 * where it was published, though the 9th in UTC). Numbers with the year last are read in
 * `order`; when the numbers alone cannot tell and `order` is null the date is ambiguous.
 */
export function parseTableDate(raw: string, order: DayMonthOrder | null): TableDate {
  const value = raw.trim();
  if (value === '') return { ok: true, date: '' };
  let m = YEAR_FIRST.exec(value);
  if (m) return dateOf(value, Number(m[1]), Number(m[3]), Number(m[4]));
  m = COMPACT.exec(value);
  if (m) return dateOf(value, Number(m[1]), Number(m[2]), Number(m[3]));
  m = NUMBERS_YEAR_LAST.exec(value);
  if (m) return numbersYearLast(value, Number(m[1]), Number(m[3]), Number(m[4]), m[2] === '.' ? 'day-first' : order);
  const named = value.replace(WEEKDAY, '');
  m = DAY_MONTH_NAME.exec(named);
  if (m) return namedDate(value, m[2] ?? '', Number(m[1]), Number(m[3]));
  m = MONTH_NAME_DAY.exec(named);
  if (m) return namedDate(value, m[1] ?? '', Number(m[2]), Number(m[3]));
  if (NO_DAY.test(value)) return { ok: false, message: `the date “${value}” has no day; the date is left empty` };
  return { ok: false, message: `the date “${value}” is not in a form this app reads (such as 2018-02-08, 8 February 2018 or Feb 8, 2018); the date is left empty` };
}

function numbersYearLast(value: string, first: number, second: number, year: number, order: DayMonthOrder | null): TableDate {
  if (first > 12) return dateOf(value, year, second, first);
  if (second > 12) return dateOf(value, year, first, second);
  if (first === second) return dateOf(value, year, first, second);
  if (order === 'day-first') return dateOf(value, year, second, first);
  if (order === 'month-first') return dateOf(value, year, first, second);
  return {
    ok: false,
    message: `the date “${value}” could be ${first} ${MONTH_NAMES[second - 1]} or ${second} ${MONTH_NAMES[first - 1]} ${year}, and no other date in the column settles which; the date is left empty`,
  };
}

function namedDate(value: string, monthWord: string, day: number, year: number): TableDate {
  const word = monthWord.toLowerCase();
  // "Sept" and whole names as well as the three-letter forms; never a word that merely starts like one ("market").
  const month = MONTHS.findIndex((m, i) => word === m || word === MONTH_NAMES[i]?.toLowerCase() || (m === 'sep' && word === 'sept'));
  if (month < 0) return { ok: false, message: `the date “${value}” is not in a form this app reads (such as 2018-02-08, 8 February 2018 or Feb 8, 2018); the date is left empty` };
  return dateOf(value, year, month + 1, day);
}

function dateOf(value: string, year: number, month: number, day: number): TableDate {
  const days = month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > days) return { ok: false, message: `the date “${value}” is not a real day; the date is left empty` };
  return { ok: true, date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}
