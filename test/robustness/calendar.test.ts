import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  addDays,
  addMonths,
  addWorkingDays,
  calendarDate,
  calendarParts,
  compareDates,
  compensatoryDaysOff,
  dayOfWeek,
  daysBetween,
  isCalendarDate,
  isWorkingDay,
  LUNAR_RANGE,
  leapMonthOf,
  lunarNewYear,
  lunarToSolar,
  parseCalendarDate,
  publicHolidays,
  solarToLunar,
  vietnamDateOf,
  workingDayOnOrAfter,
  workingDaysBetween,
} from "../../src/calendar/index.js";
import {
  calendarDates,
  codeOf,
  dateOr,
  exotic,
  hostileProxy,
  junk,
  junkNumber,
  nearValid,
  orJunk,
  RUNS,
  revokedProxy,
  robust,
  robustSame,
  snapshot,
  throwingGetters,
} from "./junk.js";

type Fn = (...args: never[]) => unknown;
const call = <F extends Fn>(fn: F) => fn as unknown as (...args: readonly unknown[]) => ReturnType<F>;

const anyDate = dateOr("0001-01-01", "9999-12-31");
const coveredDate = dateOr(LUNAR_RANGE.first, LUNAR_RANGE.last);
const year = fc.oneof(
  { arbitrary: fc.integer({ min: 1995, max: 2105 }), weight: 4 },
  { arbitrary: junk, weight: 1 },
);
const dayCount = fc.oneof(
  { arbitrary: fc.integer({ min: -40000, max: 40000 }), weight: 4 },
  { arbitrary: junkNumber, weight: 2 },
  { arbitrary: junk, weight: 1 },
);
const workingCalendar = fc.oneof(
  fc.constant(undefined),
  nearValid(
    fc.record(
      {
        extraDaysOff: fc.array(calendarDates("2020-01-01", "2030-12-31"), { maxLength: 4 }),
        extraWorkingDays: fc.array(calendarDates("2020-01-01", "2030-12-31"), { maxLength: 4 }),
      },
      { requiredKeys: [] },
    ),
  ),
);
const holidayOptions = fc.oneof(
  fc.constant(undefined),
  nearValid(
    fc.record(
      {
        tetDaysBefore: fc.integer({ min: -1, max: 4 }),
        nationalDayAdjacent: fc.constantFrom("before", "after"),
      },
      { requiredKeys: [] },
    ),
  ),
);
const lunarInput = nearValid(
  fc.record(
    {
      year: fc.integer({ min: 1998, max: 2101 }),
      month: fc.integer({ min: 0, max: 13 }),
      day: fc.integer({ min: 0, max: 31 }),
      leap: fc.boolean(),
    },
    { requiredKeys: ["year", "month", "day"] },
  ),
);

describe("calendar-date: junk in, only OcopError out, inputs untouched", () => {
  test("isCalendarDate never throws and answers a boolean", () => {
    fc.assert(
      fc.property(fc.oneof(anyDate, junk), (value) => {
        const { outcome } = robust(isCalendarDate, [value]);
        expect(outcome.ok).toBe(true);
        if (outcome.ok) expect(typeof outcome.value).toBe("boolean");
      }),
      { numRuns: RUNS },
    );
  });

  test("parseCalendarDate returns the value itself or throws INVALID_DATE", () => {
    fc.assert(
      fc.property(fc.oneof(anyDate, junk), (value) => {
        const outcome = robustSame(call(parseCalendarDate), [value]);
        if (outcome.ok) expect(outcome.value).toBe(value);
        else expect(outcome.error.code).toBe("INVALID_DATE");
      }),
      { numRuns: RUNS },
    );
  });

  test("calendarParts reads a valid date's parts, or throws INVALID_DATE", () => {
    fc.assert(
      fc.property(fc.oneof(anyDate, junk), (value) => {
        const outcome = robustSame(call(calendarParts), [value]);
        if (outcome.ok) {
          const { year: y, month, day } = outcome.value as { year: number; month: number; day: number };
          expect(calendarDate(y, month, day)).toBe(value);
        } else expect(outcome.error.code).toBe("INVALID_DATE");
      }),
      { numRuns: RUNS },
    );
  });

  test("calendarDate builds a valid date or throws", () => {
    const part = fc.oneof(
      { arbitrary: fc.integer({ min: -5, max: 10005 }), weight: 3 },
      { arbitrary: junk, weight: 1 },
    );
    fc.assert(
      fc.property(part, part, part, (y, m, d) => {
        const outcome = robustSame(call(calendarDate), [y, m, d]);
        if (outcome.ok) expect(isCalendarDate(outcome.value)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  test("addDays: a valid date, or an OcopError; and daysBetween undoes it", () => {
    fc.assert(
      fc.property(anyDate, dayCount, (date, days) => {
        const outcome = robustSame(call(addDays), [date, days]);
        if (outcome.ok) {
          expect(isCalendarDate(outcome.value)).toBe(true);
          expect(daysBetween(date as never, outcome.value as never) === days).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  test("addMonths: a valid date, or an OcopError", () => {
    fc.assert(
      fc.property(anyDate, dayCount, (date, months) => {
        const outcome = robustSame(call(addMonths), [date, months]);
        if (outcome.ok) expect(isCalendarDate(outcome.value)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  test("daysBetween is antisymmetric on valid dates", () => {
    fc.assert(
      fc.property(anyDate, anyDate, (from, to) => {
        const outcome = robustSame(call(daysBetween), [from, to]);
        if (outcome.ok) {
          expect(Number.isSafeInteger(outcome.value)).toBe(true);
          expect(daysBetween(to as never, from as never)).toBe(-(outcome.value as number) || 0);
        }
      }),
      { numRuns: RUNS },
    );
  });

  test("compareDates orders valid dates as text does, and throws only OcopError on junk", () => {
    fc.assert(
      fc.property(anyDate, anyDate, (a, b) => {
        const outcome = robustSame(call(compareDates), [a, b]);
        if (outcome.ok) {
          expect([-1, 0, 1]).toContain(outcome.value);
          expect(isCalendarDate(a) && isCalendarDate(b)).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  test("dayOfWeek is 0 to 6", () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const outcome = robustSame(call(dayOfWeek), [date]);
        if (outcome.ok) expect([0, 1, 2, 3, 4, 5, 6]).toContain(outcome.value);
      }),
      { numRuns: RUNS },
    );
  });

  test("vietnamDateOf takes a Date or epoch milliseconds, else INVALID_INSTANT", () => {
    const instant = fc.oneof(
      fc.date({ noInvalidDate: false }),
      fc.integer({ min: -8.64e15, max: 8.64e15 }),
      junkNumber,
      exotic,
      junk,
    );
    fc.assert(
      fc.property(instant, (value) => {
        const outcome = robustSame(call(vietnamDateOf), [value]);
        if (outcome.ok) expect(isCalendarDate(outcome.value)).toBe(true);
        else expect(["INVALID_INSTANT", "INVALID_DATE"]).toContain(outcome.error.code);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("holidays and the lunar calendar", () => {
  test("publicHolidays: dates of that year, in order", () => {
    fc.assert(
      fc.property(year, holidayOptions, (y, options) => {
        const outcome = robustSame(call(publicHolidays), [y, options]);
        if (outcome.ok) {
          const dates = (outcome.value as { date: string }[]).map((h) => h.date);
          expect(dates.every((d) => d.startsWith(`${y as number}-`))).toBe(true);
          expect([...dates].sort()).toEqual(dates);
        }
      }),
      { numRuns: RUNS },
    );
  });

  test("compensatoryDaysOff: valid dates, each after the holiday it replaces", () => {
    fc.assert(
      fc.property(year, holidayOptions, (y, options) => {
        const outcome = robustSame(call(compensatoryDaysOff), [y, options]);
        if (outcome.ok) {
          for (const d of outcome.value as { date: string; replaces: string }[]) {
            expect(isCalendarDate(d.date)).toBe(true);
            expect(d.date > d.replaces).toBe(true);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  test("lunarToSolar: a date in range that solarToLunar maps back", () => {
    fc.assert(
      fc.property(lunarInput, (lunar) => {
        const outcome = robustSame(call(lunarToSolar), [lunar]);
        if (outcome.ok) {
          const back = solarToLunar(outcome.value as never);
          const l = outcome.args[0] as { year: number; month: number; day: number; leap?: boolean };
          expect(back).toEqual({ year: l.year, month: l.month, day: l.day, leap: l.leap === true });
        }
      }),
      { numRuns: RUNS },
    );
  });

  test("solarToLunar: month 1–12, day 1–30", () => {
    fc.assert(
      fc.property(coveredDate, (date) => {
        const outcome = robustSame(call(solarToLunar), [date]);
        if (outcome.ok) {
          const l = outcome.value as { month: number; day: number };
          expect(l.month >= 1 && l.month <= 12 && l.day >= 1 && l.day <= 30).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  test("lunarNewYear and leapMonthOf", () => {
    fc.assert(
      fc.property(year, (y) => {
        const tet = robustSame(call(lunarNewYear), [y]);
        if (tet.ok) expect((tet.value as string) >= `${y as number}-01-21`).toBe(true);
        const leap = robustSame(call(leapMonthOf), [y]);
        if (leap.ok) expect(leap.value === undefined || (leap.value as number) >= 1).toBe(true);
        expect(tet.ok).toBe(leap.ok);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("working days", () => {
  test("isWorkingDay answers a boolean", () => {
    fc.assert(
      fc.property(coveredDate, workingCalendar, (date, calendar) => {
        const outcome = robustSame(call(isWorkingDay), [date, calendar]);
        if (outcome.ok) expect(typeof outcome.value).toBe("boolean");
      }),
      { numRuns: RUNS },
    );
  });

  test("addWorkingDays is undone by workingDaysBetween", () => {
    const days = fc.oneof(
      { arbitrary: fc.integer({ min: 0, max: 400 }), weight: 4 },
      { arbitrary: junkNumber, weight: 1 },
      { arbitrary: junk, weight: 1 },
    );
    fc.assert(
      fc.property(coveredDate, days, workingCalendar, (start, n, calendar) => {
        const outcome = robustSame(call(addWorkingDays), [start, n, calendar]);
        if (outcome.ok) {
          const cal = outcome.args[2] as never;
          expect(workingDaysBetween(start as never, outcome.value as never, cal) === n).toBe(true);
          if ((n as number) > 0) expect(isWorkingDay(outcome.value as never, cal)).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  test("workingDaysBetween counts at most the calendar days", () => {
    const near = calendarDates("2024-01-01", "2028-12-31");
    fc.assert(
      fc.property(orJunk(near), orJunk(near), workingCalendar, (from, to, calendar) => {
        const outcome = robustSame(call(workingDaysBetween), [from, to, calendar]);
        if (outcome.ok) {
          const days = daysBetween(from as never, to as never);
          expect(Math.abs(outcome.value as number)).toBeLessThanOrEqual(Math.abs(days));
        }
      }),
      { numRuns: RUNS },
    );
  });

  test("workingDayOnOrAfter is a working day on or after the date", () => {
    fc.assert(
      fc.property(coveredDate, workingCalendar, (date, calendar) => {
        const outcome = robustSame(call(workingDayOnOrAfter), [date, calendar]);
        if (outcome.ok) {
          expect((outcome.value as string) >= (date as string)).toBe(true);
          expect(isWorkingDay(outcome.value as never, outcome.args[1] as never)).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  test("the snapshot sees a write, so the checks above can fail", () => {
    const value = { a: [1, { b: 2 }] };
    const before = snapshot(value);
    (value.a[1] as { b: number }).b = 3;
    expect(snapshot(value)).not.toBe(before);
  });
});

describe("regressions (each threw a raw error or answered wrongly before)", () => {
  const code = codeOf;

  test("calendarParts checks its date (was: TypeError on a number, NaN parts for a text)", () => {
    expect(code(() => calendarParts(5 as never))).toBe("INVALID_DATE");
    expect(code(() => calendarParts("__proto__" as never))).toBe("INVALID_DATE");
    expect(calendarParts("2026-05-22")).toEqual({ year: 2026, month: 5, day: 22 });
  });

  test("calendarDate checks its parts (was: TypeError converting a null-prototype object)", () => {
    expect(code(() => calendarDate(2026, 1, Object.create(null)))).toBe("INVALID_DATE");
    expect(code(() => calendarDate(2026, 1.5, 1))).toBe("INVALID_DATE");
  });

  test("compareDates checks both dates (was: an order for impossible days, TypeError for a symbol)", () => {
    expect(code(() => compareDates("2023-02-30" as never, "2026-01-01"))).toBe("INVALID_DATE");
    expect(code(() => compareDates(Symbol() as never, "2026-01-01"))).toBe("INVALID_DATE");
    expect(compareDates("2026-01-02", "2025-12-31")).toBe(1);
  });

  test("vietnamDateOf of an object posing as a Date (was: TypeError from getTime)", () => {
    expect(code(() => vietnamDateOf(new Proxy({}, { getPrototypeOf: () => Date.prototype }) as never))).toBe(
      "INVALID_INSTANT",
    );
    expect(code(() => vietnamDateOf(Object.create(Date.prototype)))).toBe("INVALID_INSTANT");
  });

  test("options, lunar dates and working calendars whose reading throws (was: the caller's error escaped)", () => {
    expect(code(() => publicHolidays(2026, hostileProxy() as never))).toBe("INVALID_ARGUMENT");
    expect(code(() => lunarToSolar(throwingGetters() as never))).toBe("INVALID_ARGUMENT");
    expect(code(() => lunarToSolar(revokedProxy() as never))).toBe("INVALID_ARGUMENT");
    expect(code(() => isWorkingDay("2026-05-22", { extraDaysOff: revokedProxy([]) as never }))).toBe(
      "INVALID_ARGUMENT",
    );
    expect(code(() => isWorkingDay("2026-05-22", revokedProxy() as never))).toBe("INVALID_ARGUMENT");
  });
});
