/**
 * The Vietnamese lunar calendar (âm lịch), 2000–2100.
 *
 * The Vietnamese calendar is astronomical and is computed for the meridian 105° E (UTC+7): a lunar month starts on
 * the day (at UTC+7) that holds the new moon; the winter solstice always falls in month 11; a year with 13 months
 * repeats, as a leap month, the first month after month 11 that holds no principal solar term. Because China
 * computes at UTC+8, the two calendars sometimes differ: Tết 2007 was 17 February in Việt Nam and 18 February in
 * China; Tết 2030 is 2 February in Việt Nam and 3 February in China.
 *
 * The conversion follows Hồ Ngọc Đức's published algorithm (new moons and sun longitude after Jean Meeus,
 * *Astronomical Algorithms*, at time zone 7), with the month-start corrections of
 * {@link NEW_MOON_CORRECTIONS} so that every day from 2000-01-01 to 2100-12-31 agrees with his published year
 * tables. The computation is pure integer and floating-point arithmetic on Julian day numbers: it never reads the
 * machine's time zone.
 *
 * @module
 */
import { describeValue, fail, readInput } from "../errors/ocop-error.js";
import { type CalendarDate, calendarDate, calendarParts, parseCalendarDate } from "./calendar-date.js";
import { NEW_MOON_CORRECTIONS } from "./data/lunar-corrections.js";

/** A day of the Vietnamese lunar calendar. */
export interface LunarDate {
  /** The lunar year, numbered as the solar year in which it starts (lunar 2024 starts on 2024-02-10). */
  readonly year: number;
  /** The month, 1–12 (1 = tháng Giêng, 12 = tháng Chạp). */
  readonly month: number;
  /** The day of the month, 1–30. */
  readonly day: number;
  /** Whether the month is the leap month (tháng nhuận) that repeats `month`. */
  readonly leap: boolean;
}

/** A lunar date as accepted by {@link lunarToSolar}: `leap` may be left out (a regular month). */
export interface LunarDateInput {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly leap?: boolean;
}

/** The time zone of the Vietnamese lunar calendar, in hours east of UTC (the meridian 105° E). */
export const LUNAR_TIME_ZONE = 7;

/** The solar dates the lunar functions cover (inclusive). */
export const LUNAR_RANGE = { first: "2000-01-01", last: "2100-12-31" } as const satisfies {
  first: CalendarDate;
  last: CalendarDate;
};

const RULE_RANGE = "the lunar calendar of ocop covers solar dates 2000-01-01 to 2100-12-31";

// ---------------------------------------------------------------------------------------------------------------
// Julian day numbers (integer days; JDN 2451545 = 2000-01-01).

/**
 * The Julian day number of a calendar date (an integer; 2000-01-01 is 2451545). Internal helper, also used by the
 * working-day functions for fast, time-zone-free day arithmetic.
 *
 * @internal
 * @example
 * ```ts
 * julianDayNumber("2000-01-01"); // 2451545
 * ```
 */
export function julianDayNumber(date: CalendarDate): number {
  const { year, month, day } = calendarParts(date);
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return (
    day +
    Math.floor((153 * m + 2) / 5) +
    365 * y +
    Math.floor(y / 4) -
    Math.floor(y / 100) +
    Math.floor(y / 400) -
    32045
  );
}

/**
 * The calendar date of a Julian day number (Gregorian calendar). Internal helper.
 *
 * @internal
 * @example
 * ```ts
 * dateOfJulianDayNumber(2451545); // "2000-01-01"
 * ```
 */
export function dateOfJulianDayNumber(jdn: number): CalendarDate {
  const a = jdn + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  const day = e - Math.floor((153 * m + 2) / 5) + 1;
  const month = m + 3 - 12 * Math.floor(m / 10);
  const year = 100 * b + d - 4800 + Math.floor(m / 10);
  return calendarDate(year, month, day);
}

// ---------------------------------------------------------------------------------------------------------------
// Astronomy (Hồ Ngọc Đức's algorithm, after Meeus).

const DEG = Math.PI / 180;
/** Mean synodic month, days. */
const SYNODIC_MONTH = 29.530588853;
/** Julian date of the new moon numbered k = 0 in this algorithm (1900-01-01 13:51 UTC). */
const NEW_MOON_EPOCH = 2415021.076998695;

/** Julian date (TT, days) of the k-th new moon since 1900-01-01, simplified Meeus series. */
function newMoonJulianDate(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DEG);
  const m = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * DEG; // sun's mean anomaly
  const mpr = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * DEG; // moon's mean anomaly
  const f = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * DEG; // moon's argument of latitude
  let c1 = (0.1734 - 0.000393 * t) * Math.sin(m) + 0.0021 * Math.sin(2 * m);
  c1 = c1 - 0.4068 * Math.sin(mpr) + 0.0161 * Math.sin(2 * mpr);
  c1 = c1 - 0.0004 * Math.sin(3 * mpr);
  c1 = c1 + 0.0104 * Math.sin(2 * f) - 0.0051 * Math.sin(m + mpr);
  c1 = c1 - 0.0074 * Math.sin(m - mpr) + 0.0004 * Math.sin(2 * f + m);
  c1 = c1 - 0.0004 * Math.sin(2 * f - m) - 0.0006 * Math.sin(2 * f + mpr);
  c1 = c1 + 0.001 * Math.sin(2 * f - mpr) + 0.0005 * Math.sin(2 * mpr + m);
  // ΔT correction of the algorithm for years after about 800 AD (t ≥ -11); its other branch is not reachable here.
  const deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2;
  return jd1 + c1 - deltaT;
}

/** Sun's apparent longitude in radians, [0, 2π), at a Julian date (Meeus, low precision). */
function sunLongitude(julianDate: number): number {
  const t = (julianDate - 2451545.0) / 36525;
  const t2 = t * t;
  const m = (357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * DEG;
  const l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  let dl = (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(m);
  dl = dl + (0.019993 - 0.000101 * t) * Math.sin(2 * m) + 0.00029 * Math.sin(3 * m);
  const l = (l0 + dl) * DEG;
  return l - 2 * Math.PI * Math.floor(l / (2 * Math.PI));
}

/** Sector (0–11, of 30°) of the sun's longitude at the start (00:00 UTC+7) of a day. */
function sunSector(jdn: number): number {
  return Math.floor((sunLongitude(jdn - 0.5 - LUNAR_TIME_ZONE / 24) / Math.PI) * 6);
}

const CORRECTIONS: ReadonlyMap<number, number> = new Map(
  NEW_MOON_CORRECTIONS.map((c) => [julianDayNumber(c.computed), julianDayNumber(c.published)]),
);

/** Day number (at UTC+7) of the k-th new moon, with the published-table corrections. */
function newMoonDay(k: number): number {
  const day = Math.floor(newMoonJulianDate(k) + 0.5 + LUNAR_TIME_ZONE / 24);
  return CORRECTIONS.get(day) ?? day;
}

/** Index k of the new moon that starts the lunar month holding day `jdn`. */
function monthIndexOf(jdn: number): number {
  let k = Math.floor((jdn - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  while (newMoonDay(k) > jdn) k--;
  while (newMoonDay(k + 1) <= jdn) k++;
  return k;
}

/** Index k of the new moon that starts lunar month 11 (the month of the winter solstice) of solar year `year`. */
function month11Index(year: number): number {
  const k = monthIndexOf(julianDayNumber(calendarDate(year, 12, 31)));
  return sunSector(newMoonDay(k)) >= 9 ? k - 1 : k;
}

/**
 * The lunar months from month 11 of `year - 1` to month 11 of `year` (exclusive): 12 or 13 new-moon indexes, with
 * the month number and leap flag of each.
 */
function monthsFromMonth11(year: number): { k: number; month: number; leap: boolean }[] {
  const a11 = month11Index(year - 1);
  const b11 = month11Index(year);
  const count = b11 - a11;
  // In a 13-month year the leap month is the first month after month 11 that holds no principal term, i.e. whose
  // start and the next month's start lie in the same 30° sector of the sun's longitude.
  let leapOffset = 0;
  if (count === 13) {
    for (let i = 1; i < 13; i++) {
      if (sunSector(newMoonDay(a11 + i)) === sunSector(newMoonDay(a11 + i + 1))) {
        leapOffset = i;
        break;
      }
    }
  }
  const months: { k: number; month: number; leap: boolean }[] = [];
  let month = 11;
  for (let i = 0; i < count; i++) {
    const leap = leapOffset !== 0 && i === leapOffset;
    if (i > 0 && !leap) month = (month % 12) + 1;
    months.push({ k: a11 + i, month, leap });
  }
  return months;
}

// ---------------------------------------------------------------------------------------------------------------
// Public API.

function checkSolarRange(date: CalendarDate, path: readonly (string | number)[]): void {
  if (date < LUNAR_RANGE.first || date > LUNAR_RANGE.last) {
    fail("NOT_COVERED", path, date, RULE_RANGE, {
      en: `${path.join(".")}: ${date} is outside the lunar calendar's range (2000-01-01 to 2100-12-31)`,
      vi: `${path.join(".")}: ${date} nằm ngoài phạm vi âm lịch được hỗ trợ (01/01/2000 đến 31/12/2100)`,
    });
  }
}

/**
 * Converts a solar (Gregorian) date to the Vietnamese lunar calendar.
 *
 * @param date - a calendar date from 2000-01-01 to 2100-12-31
 * @throws {@link OcopError} `INVALID_DATE` for a malformed date, `NOT_COVERED` outside 2000–2100
 * @example
 * ```ts
 * solarToLunar("2024-02-10"); // { year: 2024, month: 1, day: 1, leap: false } (Tết Giáp Thìn)
 * solarToLunar("2023-03-22"); // { year: 2023, month: 2, day: 1, leap: true } (tháng 2 nhuận)
 * ```
 */
export function solarToLunar(date: CalendarDate): LunarDate {
  const valid = parseCalendarDate(date);
  checkSolarRange(valid, ["date"]);
  const jdn = julianDayNumber(valid);
  const k = monthIndexOf(jdn);
  const solarYear = calendarParts(valid).year;
  // The month belongs to the months counted from month 11 of solarYear - 1, or from month 11 of solarYear.
  const yearOfMonths = k >= month11Index(solarYear) ? solarYear + 1 : solarYear;
  const found = monthsFromMonth11(yearOfMonths).find((m) => m.k === k)!;
  // The list runs from month 11 of the previous lunar year to month 10 (or a leap 10) of this one: its months
  // 11 and 12 (leap or not) belong to the previous lunar year.
  return {
    year: found.month >= 11 ? yearOfMonths - 1 : yearOfMonths,
    month: found.month,
    day: jdn - newMoonDay(k) + 1,
    leap: found.leap,
  };
}

function badLunar(field: string, value: unknown, rule: string, en: string, vi: string): never {
  return fail("INVALID_ARGUMENT", ["lunar", field], value, rule, {
    en: `lunar.${field}: ${describeValue(value)} ${en}`,
    vi: `lunar.${field}: ${describeValue(value, "vi")} ${vi}`,
  });
}

function ownField(input: object, key: string): unknown {
  return readInput(["lunar", key], () =>
    Object.hasOwn(input, key) ? (input as Record<string, unknown>)[key] : undefined,
  );
}

/**
 * Converts a Vietnamese lunar date to the solar (Gregorian) calendar.
 *
 * @param lunar - `{ year, month, day, leap? }`; `leap: true` names the leap month (tháng nhuận)
 * @throws {@link OcopError} `INVALID_ARGUMENT` for junk, an impossible day (30 in a 29-day month) or a leap month
 *   the year does not have; `NOT_COVERED` when the day is outside 2000-01-01 to 2100-12-31
 * @example
 * ```ts
 * lunarToSolar({ year: 2025, month: 1, day: 1 }); // "2025-01-29" (Tết Ất Tỵ)
 * lunarToSolar({ year: 2026, month: 3, day: 10 }); // "2026-04-26" (Giỗ Tổ Hùng Vương)
 * lunarToSolar({ year: 2025, month: 6, day: 1, leap: true }); // "2025-07-25" (tháng 6 nhuận)
 * ```
 */
export function lunarToSolar(lunar: LunarDateInput): CalendarDate {
  if (typeof lunar !== "object" || lunar === null || readInput(["lunar"], () => Array.isArray(lunar))) {
    return fail(
      "INVALID_ARGUMENT",
      ["lunar"],
      lunar,
      "a lunar date is an object { year, month, day, leap? }",
      {
        en: `lunar: ${describeValue(lunar)} is not a lunar date { year, month, day, leap? }`,
        vi: `lunar: ${describeValue(lunar, "vi")} không phải là ngày âm lịch { year, month, day, leap? }`,
      },
    );
  }
  const year = ownField(lunar, "year");
  const month = ownField(lunar, "month");
  const day = ownField(lunar, "day");
  const leapValue = ownField(lunar, "leap");
  if (typeof year !== "number" || !Number.isSafeInteger(year)) {
    badLunar(
      "year",
      year,
      "a lunar year is a whole number",
      "is not a whole number",
      "không phải là số nguyên",
    );
  }
  if (typeof month !== "number" || !Number.isInteger(month) || month < 1 || month > 12) {
    badLunar(
      "month",
      month,
      "a lunar month is a whole number from 1 to 12",
      "is not a month 1–12",
      "không phải là tháng 1–12",
    );
  }
  if (typeof day !== "number" || !Number.isInteger(day) || day < 1 || day > 30) {
    badLunar(
      "day",
      day,
      "a lunar day is a whole number from 1 to 30",
      "is not a day 1–30",
      "không phải là ngày 1–30",
    );
  }
  if (leapValue !== undefined && typeof leapValue !== "boolean") {
    badLunar(
      "leap",
      leapValue,
      "leap is true, false or absent",
      "is not a boolean",
      "không phải là giá trị đúng/sai",
    );
  }
  const leap = leapValue === true;
  // Lunar years 1999 (its months 11–12 reach into January 2000) to 2100.
  if (year < 1999 || year > 2100) {
    fail("NOT_COVERED", ["lunar", "year"], year, RULE_RANGE, {
      en: `lunar.year: ${year} is outside the lunar calendar's range (2000-01-01 to 2100-12-31)`,
      vi: `lunar.year: ${year} nằm ngoài phạm vi âm lịch được hỗ trợ (01/01/2000 đến 31/12/2100)`,
    });
  }
  // Months 1–10 are counted from month 11 of the previous solar year; months 11–12 from month 11 of this year.
  const months = month >= 11 ? monthsFromMonth11(year + 1) : monthsFromMonth11(year);
  const found = months.find((m) => m.month === month && m.leap === leap);
  if (found === undefined) {
    return badLunar(
      "leap",
      leapValue,
      "a leap month exists only where the lunar year has one",
      `is not possible: lunar year ${year} has no leap month ${month}`,
      `không hợp lệ: năm âm lịch ${year} không có tháng ${month} nhuận`,
    );
  }
  const start = newMoonDay(found.k);
  const length = newMoonDay(found.k + 1) - start;
  if (day > length) {
    badLunar(
      "day",
      day,
      "a lunar month has 29 or 30 days",
      `is past the end of lunar month ${month}${leap ? " (leap)" : ""}/${year}, which has ${length} days`,
      `vượt quá số ngày của tháng ${month}${leap ? " nhuận" : ""}/${year} âm lịch (${length} ngày)`,
    );
  }
  const solar = dateOfJulianDayNumber(start + day - 1);
  checkSolarRange(solar, ["lunar"]);
  return solar;
}

/**
 * Tết Nguyên Đán: the solar date of the first day of a lunar year.
 *
 * @param year - 2000–2100
 * @throws {@link OcopError} `INVALID_ARGUMENT` for a non-integer, `NOT_COVERED` outside 2000–2100
 * @example
 * ```ts
 * lunarNewYear(2026); // "2026-02-17"
 * lunarNewYear(2030); // "2030-02-02" (3 February in China)
 * ```
 */
export function lunarNewYear(year: number): CalendarDate {
  return lunarToSolar({ year: checkYear(year), month: 1, day: 1 });
}

/**
 * The leap month of a lunar year (the month number it repeats), or `undefined` in a 12-month year.
 *
 * @param year - lunar year 2000–2100
 * @throws {@link OcopError} `INVALID_ARGUMENT` for a non-integer, `NOT_COVERED` outside 2000–2100
 * @example
 * ```ts
 * leapMonthOf(2025); // 6
 * leapMonthOf(2026); // undefined
 * leapMonthOf(2033); // 11
 * ```
 */
export function leapMonthOf(year: number): number | undefined {
  const y = checkYear(year);
  // The leap month of lunar year y lies between its month 1 and its month 12, or is month 11 or 12 of y.
  const all = [...monthsFromMonth11(y), ...monthsFromMonth11(y + 1)];
  const firstOfYear = all.findIndex((m) => m.month === 1 && !m.leap);
  const nextYear = all.findIndex((m, i) => i > firstOfYear && m.month === 1 && !m.leap);
  const leap = all.slice(firstOfYear, nextYear === -1 ? undefined : nextYear).find((m) => m.leap);
  return leap?.month;
}

/**
 * Validates a year argument of the year-based functions (2000–2100). Internal helper.
 *
 * @internal
 * @throws {@link OcopError} `INVALID_ARGUMENT` for a non-integer, `NOT_COVERED` outside 2000–2100
 * @example
 * ```ts
 * checkYear(2026); // 2026
 * ```
 */
export function checkYear(year: unknown, path: readonly (string | number)[] = ["year"]): number {
  if (typeof year !== "number" || !Number.isSafeInteger(year)) {
    fail("INVALID_ARGUMENT", path, year, "a year is a whole number", {
      en: `${path.join(".")}: ${describeValue(year)} is not a whole number`,
      vi: `${path.join(".")}: ${describeValue(year, "vi")} không phải là số nguyên`,
    });
  }
  if (year < 2000 || year > 2100) {
    fail(
      "NOT_COVERED",
      path,
      year,
      "ocop's lunar calendar, holidays and working days cover the years 2000–2100",
      {
        en: `${path.join(".")}: ${year} is outside the years covered (2000–2100)`,
        vi: `${path.join(".")}: ${year} nằm ngoài các năm được hỗ trợ (2000–2100)`,
      },
    );
  }
  return year;
}
