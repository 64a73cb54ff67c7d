import { describe, expect, it } from 'vitest';
import { readCvDate } from '../src/dates/cv-date-reader.js';
import { MONTH_NAMES } from '../src/dates/month-names.js';
import { findDateRange, findDates } from '../src/offline/date-parsing.js';

// One month-name table and one date reader: the sanitizer and the offline extractor's date finder
// read a date the same way.

describe('the one date reader', () => {
  it.each([...MONTH_NAMES])('reads %j as month %i, in a value and in running text alike', (name, month) => {
    const iso = `2020-${String(month).padStart(2, '0')}`;
    expect(readCvDate(`${name} 2020`)).toEqual({ kind: 'date', value: iso });
    expect(findDates(`Since ${name} 2020, at Acme`).map((d) => d.date)).toEqual([iso]);
  });

  it('finds what it reads: every date the finder finds is the reader’s reading of the text found', () => {
    const text = 'Engineer, Acme · 03/04/2019 – 12/31/2020 · then janv. 2021 – Mrz 2022, and 2023.07';
    const found = findDates(text);
    expect(found.map((d) => d.date)).toEqual(['2019-04-03', '2020-12-31', '2021-01', '2022-03', '2023-07']);
    for (const d of found) {
      expect(readCvDate(text.slice(d.index, d.index + d.length), { dayFirst: true })).toEqual({
        kind: 'date',
        value: d.date,
      });
    }
    expect(findDateRange('Jan 2020 - Present')).toMatchObject({ startDate: '2020-01', endDate: null, isCurrent: true });
  });

  it('never uses a day-month order that cannot be a date', () => {
    for (const dayFirst of [true, false, null]) {
      expect(readCvDate('12/31/2020', { dayFirst })).toEqual({ kind: 'date', value: '2020-12-31' });
      expect(readCvDate('31/12/2020', { dayFirst })).toEqual({ kind: 'date', value: '2020-12-31' });
    }
    expect(readCvDate('31/04/2021', { dayFirst: true })).toEqual({
      kind: 'invalid',
      reason: 'that day does not exist',
    });
  });

  it('reads a month written against its year, as a PDF’s text layer can give it', () => {
    expect(readCvDate('Jan2020')).toEqual({ kind: 'date', value: '2020-01' });
    expect(findDates('Jan2020')).toEqual([{ date: '2020-01', index: 0, length: 7 }]);
    // Other words against a number stay one word: `Q3` is not a day.
    expect(readCvDate('Q3 2021')).toEqual({
      kind: 'date',
      value: '2021',
      note: 'ignored "q3", only the year was kept',
    });
  });
});
