import { describe, expect, it } from 'vitest';
import { dayMonthOrderOf, parseTableDate, type DayMonthOrder, type TableDate } from './tableDate';

const date = (d: string): TableDate => ({ ok: true, date: d });
const left = (message: string): TableDate => ({ ok: false, message });
const unread = (value: string) => left(`the date “${value}” is not in a form this app reads (such as 2018-02-08, 8 February 2018 or Feb 8, 2018); the date is left empty`);

describe('parseTableDate', () => {
  it.each<[string, DayMonthOrder | null, TableDate]>([
    ['', null, date('')],
    ['   ', null, date('')],
    ['2018-02-08', null, date('2018-02-08')],
    ['2018-2-8', null, date('2018-02-08')],
    ['2018/02/08', null, date('2018-02-08')],
    ['20180208', null, date('2018-02-08')],
    ['2018-02-08T10:15:00Z', null, date('2018-02-08')],
    // The date as written: not moved to UTC, where it would be the 9th.
    ['2018-02-08T23:30:00-05:00', null, date('2018-02-08')],
    ['2018-02-08 23:30:00', null, date('2018-02-08')],
    ['8 February 2018', null, date('2018-02-08')],
    ['8th of February, 2018', null, date('2018-02-08')],
    ['February 8, 2018', null, date('2018-02-08')],
    ['Feb. 8, 2018', null, date('2018-02-08')],
    ['Sept 30 2017', null, date('2017-09-30')],
    ['Thursday, February 8, 2018', null, date('2018-02-08')],
    ['Thu, 08 Feb 2018 10:00:00 GMT', null, date('2018-02-08')],
    ['13/02/2018', null, date('2018-02-13')],
    ['02/13/2018', null, date('2018-02-13')],
    ['05/05/2018', null, date('2018-05-05')],
    ['08.02.2018', null, date('2018-02-08')],
    ['08/02/2018', 'day-first', date('2018-02-08')],
    ['08/02/2018', 'month-first', date('2018-08-02')],
    ['08-02-2018 10:00', 'day-first', date('2018-02-08')],
    ['08/02/2018', null, left('the date “08/02/2018” could be 8 February or 2 August 2018, and no other date in the column settles which; the date is left empty')],
    ['2018-02-30', null, left('the date “2018-02-30” is not a real day; the date is left empty')],
    ['2017-02-29', null, left('the date “2017-02-29” is not a real day; the date is left empty')],
    ['2016-02-29', null, date('2016-02-29')],
    ['1900-02-29', null, left('the date “1900-02-29” is not a real day; the date is left empty')],
    ['2000-02-29', null, date('2000-02-29')],
    ['31/04/2018', null, left('the date “31/04/2018” is not a real day; the date is left empty')],
    ['2018-13-01', null, left('the date “2018-13-01” is not a real day; the date is left empty')],
    ['2018', null, left('the date “2018” has no day; the date is left empty')],
    ['2018-02', null, left('the date “2018-02” has no day; the date is left empty')],
    ['February 2018', null, left('the date “February 2018” has no day; the date is left empty')],
    ['1518048000', null, unread('1518048000')],
    ['yesterday', null, unread('yesterday')],
    ['8 Februar 2018', null, unread('8 Februar 2018')],
    ['08/02/18', 'day-first', unread('08/02/18')],
    ['2018-02-08x', null, unread('2018-02-08x')],
  ])('“%s” (%s)', (raw, order, expected) => {
    expect(parseTableDate(raw, order)).toEqual(expected);
  });
});

describe('dayMonthOrderOf', () => {
  it.each<[string[], DayMonthOrder | null]>([
    [['08/02/2018', '13/02/2018'], 'day-first'],
    [['08/02/2018', '02/13/2018'], 'month-first'],
    [['08/02/2018', '01/02/2018'], null],
    [['13/02/2018', '02/13/2018'], null],
    [['13.02.2018', '2018-02-13', 'Feb 13, 2018'], null],
    [[], null],
  ])('%j → %s', (values, expected) => {
    expect(dayMonthOrderOf(values)).toBe(expected);
  });
});
