import { DATE_BOUND, notAfterDate } from '../../src/domain/dates';

/** Every partial date of two years around a month boundary: years, months and days. */
const DATES = ['2022', '2023'].flatMap((year) => [
  year,
  ...['01', '05', '06', '12'].flatMap((month) => [`${year}-${month}`, ...['01', '14', '31'].map((day) => `${year}-${month}-${day}`)]),
]);

/** The definition: compare the two dates cut to the precision both have. */
const notAfterAtCommonPrecision = (value: string, date: string) => value.slice(0, date.length) <= date.slice(0, value.length);

describe('partial dates are compared at the precision both have', () => {
  it('says a date is not after another as the definition does, for every pair of years, months and days', () => {
    for (const date of DATES) {
      for (const value of DATES)
        expect([value, date, notAfterDate(value, date)]).toEqual([value, date, notAfterAtCommonPrecision(value, date)]);
    }
  });

  it('reads "after" as the bound comparison the statements make (value > date + bound), for every pair', () => {
    for (const date of DATES) {
      for (const value of DATES)
        expect([value, date, value > date + DATE_BOUND]).toEqual([value, date, !notAfterAtCommonPrecision(value, date)]);
    }
  });

  it('keeps the examples: 2026 is not after 2026-11-30, 2026-12 is, and a tie until 2022-06 has ended in 2022-06', () => {
    expect(notAfterDate('2026', '2026-11-30')).toBe(true);
    expect(notAfterDate('2026-12', '2026-11-30')).toBe(false);
    expect('2022-06' > `2022-06${DATE_BOUND}`).toBe(false);
  });
});
