/**
 * Working days (ngày làm việc) of Vietnam's public administration, 2000–2100.
 *
 * A working day is a day that is not a weekly rest day — Saturday or Sunday, the five-day week of state bodies set
 * by Decision 188/1999/QĐ-TTg — nor a public holiday of the Labour Code ({@link publicHolidays}), nor a day off in
 * lieu of a holiday that fell on a weekend ({@link compensatoryDaysOff}). Administrative deadlines counted in
 * "ngày làm việc" skip exactly these days. Each year the government also announces bridge days off and the
 * Saturdays worked to make up for them (for example 2026: 31 August off, Saturday 22 August worked — Notice
 * 9441/TB-BNV); the library cannot know them in advance, so an app passes them as
 * {@link WorkingCalendarOptions}.
 *
 * @module
 */
import { describeValue, fail, readInput } from "../errors/ocop-error.js";
import { type CalendarDate, parseCalendarDate } from "./calendar-date.js";
import {
  type CompensatoryDayOff,
  compensatoryDaysOff,
  type PublicHoliday,
  publicHolidays,
} from "./holidays.js";
import { dateOfJulianDayNumber, julianDayNumber, LUNAR_RANGE } from "./lunar.js";

export type { CompensatoryDayOff, PublicHoliday };
export { compensatoryDaysOff, publicHolidays };

/**
 * The days off and make-up working days the government announces each year (or an employer sets), added by the app
 * on top of the weekends, holidays and days in lieu that the law fixes.
 */
export interface WorkingCalendarOptions {
  /** Extra days off (for example a bridge day such as 2026-08-31). */
  readonly extraDaysOff?: readonly CalendarDate[];
  /** Extra working days (for example a Saturday worked in exchange, such as 2026-08-22); they win over everything. */
  readonly extraWorkingDays?: readonly CalendarDate[];
}

interface ResolvedCalendar {
  readonly off: ReadonlySet<number>;
  readonly working: ReadonlySet<number>;
  /** Holidays and days in lieu per year, filled as the computation needs them (local to one call). */
  readonly byYear: Map<number, ReadonlySet<number>>;
}

const FIRST = julianDayNumber(LUNAR_RANGE.first);
const LAST = julianDayNumber(LUNAR_RANGE.last);

function dateList(calendar: object, key: "extraDaysOff" | "extraWorkingDays"): Set<number> {
  const list = readInput(["calendar", key], () =>
    Object.hasOwn(calendar, key) ? (calendar as Record<string, unknown>)[key] : undefined,
  );
  if (list === undefined) return new Set();
  if (!readInput(["calendar", key], () => Array.isArray(list))) {
    return fail("INVALID_ARGUMENT", ["calendar", key], list, `${key} is an array of calendar dates`, {
      en: `calendar.${key}: ${describeValue(list)} is not an array of dates`,
      vi: `calendar.${key}: ${describeValue(list, "vi")} không phải là danh sách ngày`,
    });
  }
  return new Set(
    readInput(["calendar", key], () =>
      (list as unknown[]).map((d: unknown, i: number) =>
        julianDayNumber(parseCalendarDate(d, ["calendar", key, i])),
      ),
    ),
  );
}

function resolve(calendar: unknown): ResolvedCalendar {
  if (calendar === undefined) return { off: new Set(), working: new Set(), byYear: new Map() };
  if (
    typeof calendar !== "object" ||
    calendar === null ||
    readInput(["calendar"], () => Array.isArray(calendar))
  ) {
    return fail("INVALID_ARGUMENT", ["calendar"], calendar, "the working calendar options are an object", {
      en: `calendar: ${describeValue(calendar)} is not an object { extraDaysOff?, extraWorkingDays? }`,
      vi: `calendar: ${describeValue(calendar, "vi")} không phải là đối tượng { extraDaysOff?, extraWorkingDays? }`,
    });
  }
  const off = dateList(calendar, "extraDaysOff");
  const working = dateList(calendar, "extraWorkingDays");
  for (const d of off) {
    if (working.has(d)) {
      const date = dateOfJulianDayNumber(d);
      fail(
        "INVALID_ARGUMENT",
        ["calendar"],
        date,
        "a day cannot be both an extra day off and an extra working day",
        {
          en: `calendar: ${date} is listed both in extraDaysOff and in extraWorkingDays`,
          vi: `calendar: ${date} vừa nằm trong extraDaysOff vừa nằm trong extraWorkingDays`,
        },
      );
    }
  }
  return { off, working, byYear: new Map() };
}

function checkCovered(jdn: number, path: readonly (string | number)[], value: unknown): void {
  if (jdn < FIRST || jdn > LAST) {
    fail("NOT_COVERED", path, value, "ocop's working-day calendar covers 2000-01-01 to 2100-12-31", {
      en: `${path.join(".")}: ${describeValue(value)} is outside the working-day calendar (2000-01-01 to 2100-12-31)`,
      vi: `${path.join(".")}: ${describeValue(value, "vi")} nằm ngoài lịch ngày làm việc (01/01/2000 đến 31/12/2100)`,
    });
  }
}

function isWorking(jdn: number, cal: ResolvedCalendar): boolean {
  if (cal.working.has(jdn)) return true;
  if (cal.off.has(jdn)) return false;
  const weekday = (jdn + 1) % 7;
  if (weekday === 0 || weekday === 6) return false;
  const year = Number(dateOfJulianDayNumber(jdn).slice(0, 4));
  let daysOff = cal.byYear.get(year);
  if (daysOff === undefined) {
    daysOff = new Set([
      ...publicHolidays(year).map((h) => julianDayNumber(h.date)),
      ...compensatoryDaysOff(year).map((c) => julianDayNumber(c.date)),
    ]);
    cal.byYear.set(year, daysOff);
  }
  return !daysOff.has(jdn);
}

/**
 * Whether a day is a working day of the public administration: not a Saturday or Sunday (Decision
 * 188/1999/QĐ-TTg), not a public holiday, not a day off in lieu — unless the app lists it in
 * `calendar.extraWorkingDays` (which wins) or `calendar.extraDaysOff`.
 *
 * @param date - 2000-01-01 to 2100-12-31
 * @param calendar - the government's announced extra days off and make-up working days
 * @throws {@link OcopError} `INVALID_DATE`, `INVALID_ARGUMENT` for bad options, `NOT_COVERED` outside 2000–2100
 * @example
 * ```ts
 * isWorkingDay("2026-05-22"); // true (a Friday)
 * isWorkingDay("2026-04-27"); // false (day in lieu of Hùng Kings' day, Sunday 26 April)
 * isWorkingDay("2026-08-22", { extraWorkingDays: ["2026-08-22"] }); // true (Saturday worked for 31 August)
 * ```
 */
export function isWorkingDay(date: CalendarDate, calendar?: WorkingCalendarOptions): boolean {
  const jdn = julianDayNumber(parseCalendarDate(date));
  checkCovered(jdn, ["date"], date);
  return isWorking(jdn, resolve(calendar));
}

/**
 * The day on which a period of `days` working days counted from `start` ends: the `days`-th working day after
 * `start`. The start day itself is not counted, even when it is a working day (Civil Code 2015, Article 147.2-3:
 * the first day, or the day of the event, is not counted). The result is always a working day, so the rule of
 * Article 148.5 (a period ending on a weekend or holiday runs to the next working day) never moves it. `days = 0`
 * returns `start` unchanged.
 *
 * @param start - the day of the event (for example the day a dossier is received), 2000–2100
 * @param days - a whole number of working days, 0 or more
 * @param calendar - the government's announced extra days off and make-up working days
 * @throws {@link OcopError} `INVALID_DATE`, `INVALID_ARGUMENT` (negative or fractional `days`, bad options),
 *   `NOT_COVERED` when the period runs past 2100-12-31
 * @example
 * ```ts
 * addWorkingDays("2026-02-13", 1); // "2026-02-23" (Tết Bính Ngọ: 14–22 February off)
 * addWorkingDays("2026-05-22", 5); // "2026-05-29"
 * ```
 */
export function addWorkingDays(
  start: CalendarDate,
  days: number,
  calendar?: WorkingCalendarOptions,
): CalendarDate {
  let jdn = julianDayNumber(parseCalendarDate(start, ["start"]));
  checkCovered(jdn, ["start"], start);
  if (typeof days !== "number" || !Number.isSafeInteger(days) || days < 0) {
    fail("INVALID_ARGUMENT", ["days"], days, "a number of working days is a whole number, 0 or more", {
      en: `days: ${describeValue(days)} is not a whole number of days (0 or more)`,
      vi: `days: ${describeValue(days, "vi")} không phải là số ngày nguyên không âm`,
    });
  }
  const cal = resolve(calendar);
  let left = days;
  while (left > 0) {
    jdn++;
    checkCovered(jdn, ["days"], days);
    if (isWorking(jdn, cal)) left--;
  }
  return dateOfJulianDayNumber(jdn);
}

/**
 * The number of working days after `from`, up to and including `to` (so that
 * `workingDaysBetween(s, addWorkingDays(s, n)) === n`). Negative when `to` is before `from`; 0 when equal.
 *
 * @param from - 2000–2100
 * @param to - 2000–2100
 * @param calendar - the government's announced extra days off and make-up working days
 * @throws {@link OcopError} `INVALID_DATE`, `INVALID_ARGUMENT` for bad options, `NOT_COVERED` outside 2000–2100
 * @example
 * ```ts
 * workingDaysBetween("2026-02-13", "2026-02-23"); // 1
 * workingDaysBetween("2026-05-22", "2026-05-29"); // 5
 * ```
 */
export function workingDaysBetween(
  from: CalendarDate,
  to: CalendarDate,
  calendar?: WorkingCalendarOptions,
): number {
  const a = julianDayNumber(parseCalendarDate(from, ["from"]));
  const b = julianDayNumber(parseCalendarDate(to, ["to"]));
  checkCovered(a, ["from"], from);
  checkCovered(b, ["to"], to);
  const cal = resolve(calendar);
  const [lo, hi, sign] = a <= b ? [a, b, 1] : [b, a, -1];
  let count = 0;
  for (let d = lo + 1; d <= hi; d++) if (isWorking(d, cal)) count++;
  return count === 0 ? 0 : sign * count;
}

/**
 * The first working day on or after a date: where a period ends on a weekend or holiday, it runs to the end of the
 * next working day (Civil Code 2015, Article 148.5).
 *
 * @param date - 2000–2100
 * @param calendar - the government's announced extra days off and make-up working days
 * @throws {@link OcopError} `INVALID_DATE`, `INVALID_ARGUMENT` for bad options, `NOT_COVERED` outside 2000–2100
 * @example
 * ```ts
 * workingDayOnOrAfter("2026-02-14"); // "2026-02-23"
 * workingDayOnOrAfter("2026-05-22"); // "2026-05-22"
 * ```
 */
export function workingDayOnOrAfter(date: CalendarDate, calendar?: WorkingCalendarOptions): CalendarDate {
  let jdn = julianDayNumber(parseCalendarDate(date));
  checkCovered(jdn, ["date"], date);
  const cal = resolve(calendar);
  while (!isWorking(jdn, cal)) {
    jdn++;
    checkCovered(jdn, ["date"], date);
  }
  return dateOfJulianDayNumber(jdn);
}
