/**
 * The public holidays of Vietnam (ngày nghỉ lễ, tết), 2000–2100, and the days off in lieu when a holiday falls on a
 * weekend.
 *
 * The holidays are those of the Labour Code in force on the day: the 1994 code (Article 73; Hùng Kings' day added by
 * Law 84/2007/QH11), the 2012 code from 1 May 2013 (Article 115) and the 2019 code from 1 January 2021
 * (Article 112). The law leaves two choices to the Prime Minister each year — which five days make up Tết, and which
 * day next to 2 September is the second National Day holiday — and `ocop` applies a documented default for both
 * (see {@link HOLIDAY_REGIMES} and docs/working-days.md); {@link HolidayOptions} changes them, and the
 * working-day functions take the government's yearly announcements (bridge days, swapped Saturdays) as
 * `extraDaysOff` / `extraWorkingDays`.
 *
 * @module
 */
import { type Bilingual, describeValue, fail, readInput } from "../errors/ocop-error.js";
import { type CalendarDate, calendarDate } from "./calendar-date.js";
import {
  HOLIDAY_REGIMES,
  type HolidayRegime,
  type HolidayRule,
  WEEKLY_REST_DAYS,
} from "./data/holiday-law.js";
import {
  checkYear,
  dateOfJulianDayNumber,
  julianDayNumber,
  lunarNewYear,
  lunarToSolar,
  solarToLunar,
} from "./lunar.js";

export type { HolidayRegime, HolidayRule };
export { HOLIDAY_REGIMES, WEEKLY_REST_DAYS };

/** A public holiday: a day off with full pay under the Labour Code. */
export interface PublicHoliday {
  /** The day. */
  readonly date: CalendarDate;
  /** Its name, in Vietnamese and English. */
  readonly name: Bilingual;
  /** The legal basis (Labour Code article; for Tết and National Day, the basis of the day chosen). */
  readonly basis: string;
}

/** A day off in lieu (ngày nghỉ bù) of a holiday that fell on a weekly rest day. */
export interface CompensatoryDayOff {
  /** The day off. */
  readonly date: CalendarDate;
  /** The holiday it replaces. */
  readonly replaces: CalendarDate;
  /** Its name, in Vietnamese and English. */
  readonly name: Bilingual;
  /** The legal basis of the day in lieu. */
  readonly basis: string;
}

/** Choices the law leaves open, for an app that follows another schedule than the default. */
export interface HolidayOptions {
  /**
   * How many of the Tết days fall at the end of the old lunar year (the rest start on lunar 1/1). Default 2 under
   * the 2012 and 2019 codes (allowed: 1–2 under the 2012 code, 1–3 under the 2019 code); the 1994 code fixes 1.
   */
  readonly tetDaysBefore?: number;
  /** Under the 2019 code: the National Day adjacent day, 1 September (`"before"`) or 3 September (`"after"`). */
  readonly nationalDayAdjacent?: "before" | "after";
}

type Regime = (typeof HOLIDAY_REGIMES)[number];

/** The holiday regime in force on a day. */
function regimeAt(date: CalendarDate): Regime {
  let found: Regime = HOLIDAY_REGIMES[0];
  for (const r of HOLIDAY_REGIMES) if (r.from <= date) found = r;
  return found;
}

function isWeeklyRest(jdn: number): boolean {
  return (WEEKLY_REST_DAYS.days as readonly number[]).includes((jdn + 1) % 7);
}

function checkOptions(options: unknown): HolidayOptions {
  if (options === undefined) return {};
  return readInput(["options"], () => readOptions(options));
}

function readOptions(options: unknown): HolidayOptions {
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    return fail("INVALID_ARGUMENT", ["options"], options, "holiday options are an object", {
      en: `options: ${describeValue(options)} is not an object`,
      vi: `options: ${describeValue(options, "vi")} không phải là đối tượng`,
    });
  }
  const before = Object.hasOwn(options, "tetDaysBefore")
    ? (options as HolidayOptions).tetDaysBefore
    : undefined;
  const adjacent = Object.hasOwn(options, "nationalDayAdjacent")
    ? (options as HolidayOptions).nationalDayAdjacent
    : undefined;
  if (before !== undefined && (typeof before !== "number" || !Number.isInteger(before))) {
    fail(
      "INVALID_ARGUMENT",
      ["options", "tetDaysBefore"],
      before,
      "tetDaysBefore is a whole number of days",
      {
        en: `options.tetDaysBefore: ${describeValue(before)} is not a whole number`,
        vi: `options.tetDaysBefore: ${describeValue(before, "vi")} không phải là số nguyên`,
      },
    );
  }
  if (adjacent !== undefined && adjacent !== "before" && adjacent !== "after") {
    fail(
      "INVALID_ARGUMENT",
      ["options", "nationalDayAdjacent"],
      adjacent,
      'nationalDayAdjacent is "before" or "after"',
      {
        en: `options.nationalDayAdjacent: ${describeValue(adjacent)} is not "before" or "after"`,
        vi: `options.nationalDayAdjacent: ${describeValue(adjacent, "vi")} phải là "before" hoặc "after"`,
      },
    );
  }
  return {
    ...(before === undefined ? {} : { tetDaysBefore: before }),
    ...(adjacent === undefined ? {} : { nationalDayAdjacent: adjacent }),
  };
}

const LUNAR_MONTH_VI = [
  "Giêng",
  "Hai",
  "Ba",
  "Tư",
  "Năm",
  "Sáu",
  "Bảy",
  "Tám",
  "Chín",
  "Mười",
  "Một",
  "Chạp",
];

function tetDayName(date: CalendarDate): Bilingual {
  const l = solarToLunar(date);
  return l.month === 1
    ? {
        vi: `Tết Âm lịch (mùng ${l.day} tháng Giêng)`,
        en: `Lunar New Year (Tết), lunar month 1, day ${l.day}`,
      }
    : {
        vi: `Tết Âm lịch (${l.day} tháng ${LUNAR_MONTH_VI[l.month - 1]})`,
        en: `Lunar New Year (Tết), lunar month ${l.month}, day ${l.day}`,
      };
}

function holidaysOfRule(
  rule: HolidayRule,
  year: number,
  regime: Regime,
  options: HolidayOptions,
): { anchor: CalendarDate; days: PublicHoliday[] } {
  switch (rule.kind) {
    case "solar": {
      const date = calendarDate(year, rule.month, rule.day);
      return { anchor: date, days: [{ date, name: rule.name, basis: rule.basis }] };
    }
    case "lunar": {
      const date = lunarToSolar({ year, month: rule.month, day: rule.day });
      return { anchor: date, days: [{ date, name: rule.name, basis: rule.basis }] };
    }
    case "tet": {
      const anchor = lunarNewYear(year);
      const before = options.tetDaysBefore ?? rule.defaultDaysBefore;
      if (!(rule.allowedDaysBefore as readonly number[]).includes(before) && regimeAt(anchor) === regime) {
        fail(
          "INVALID_ARGUMENT",
          ["options", "tetDaysBefore"],
          before,
          `${rule.basis}: days of Tết before lunar 1/1 allowed: ${rule.allowedDaysBefore.join(", ")}`,
          {
            en: `options.tetDaysBefore: ${before} is not allowed for Tết ${year} (allowed: ${rule.allowedDaysBefore.join(", ")})`,
            vi: `options.tetDaysBefore: ${before} không được phép cho Tết ${year} (được phép: ${rule.allowedDaysBefore.join(", ")})`,
          },
        );
      }
      const first = julianDayNumber(anchor) - before;
      const basis = options.tetDaysBefore === undefined ? `${rule.basis}; ${rule.defaultBasis}` : rule.basis;
      const days: PublicHoliday[] = [];
      for (let i = 0; i < rule.days; i++) {
        const date = dateOfJulianDayNumber(first + i);
        days.push({ date, name: tetDayName(date), basis });
      }
      return { anchor, days };
    }
    case "national-day-adjacent": {
      const anchor = calendarDate(year, 9, 2);
      const weekday = (julianDayNumber(anchor) + 1) % 7;
      const side = options.nationalDayAdjacent ?? rule.defaultByWeekday[weekday];
      const date = calendarDate(year, 9, side === "before" ? 1 : 3);
      const basis =
        options.nationalDayAdjacent === undefined ? `${rule.basis}; ${rule.defaultBasis}` : rule.basis;
      return { anchor, days: [{ date, name: rule.name, basis }] };
    }
  }
}

/**
 * The public holidays of a year (the Labour Code's paid holidays, without the days in lieu), in date order.
 *
 * Each holiday follows the Labour Code in force on its day. Where the law lets the Prime Minister choose (the days
 * of Tết under the 2012 and 2019 codes; the day next to National Day under the 2019 code), the default of
 * {@link HOLIDAY_REGIMES} applies unless `options` says otherwise.
 *
 * @param year - 2000–2100
 * @param options - the split of Tết and the National Day adjacent day, where the law leaves the choice
 * @throws {@link OcopError} `INVALID_ARGUMENT` for a non-integer year or bad options, `NOT_COVERED` outside 2000–2100
 * @example
 * ```ts
 * publicHolidays(2026).map((h) => h.date);
 * // ["2026-01-01", "2026-02-15", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19",
 * //  "2026-04-26", "2026-04-30", "2026-05-01", "2026-09-01", "2026-09-02"]
 * ```
 */
export function publicHolidays(year: number, options?: HolidayOptions): readonly PublicHoliday[] {
  const y = checkYear(year);
  const opts = checkOptions(options);
  const first = `${y}-01-01`;
  const last = `${y}-12-31`;
  const result: PublicHoliday[] = [];
  HOLIDAY_REGIMES.forEach((regime, i) => {
    const next = HOLIDAY_REGIMES[i + 1];
    if (regime.from > last || (next !== undefined && next.from <= first)) return;
    for (const rule of regime.holidays) {
      const { anchor, days } = holidaysOfRule(rule, y, regime, opts);
      if (regimeAt(anchor) === regime) result.push(...days);
    }
  });
  return result.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * The days off in lieu (nghỉ bù) of a year: each holiday that falls on a Saturday or Sunday gives the next day that
 * is neither a weekend day, nor a holiday, nor already a day in lieu (Labour Code 2019, Article 111.3; 2012 code,
 * Article 115.3; 1994 code, Article 73), in date order.
 *
 * @param year - 2000–2100
 * @param options - as for {@link publicHolidays}
 * @throws {@link OcopError} as {@link publicHolidays}
 * @example
 * ```ts
 * compensatoryDaysOff(2023).map((d) => [d.replaces, d.date]);
 * // [["2023-01-01", "2023-01-02"], ["2023-01-21", "2023-01-25"], ["2023-01-22", "2023-01-26"],
 * //  ["2023-04-29", "2023-05-02"], ["2023-04-30", "2023-05-03"], ["2023-09-02", "2023-09-04"]]
 * ```
 */
export function compensatoryDaysOff(year: number, options?: HolidayOptions): readonly CompensatoryDayOff[] {
  const holidays = publicHolidays(year, options);
  const taken = new Set(holidays.map((h) => julianDayNumber(h.date)));
  const result: CompensatoryDayOff[] = [];
  for (const holiday of holidays) {
    const h = julianDayNumber(holiday.date);
    if (!isWeeklyRest(h)) continue;
    let d = h + 1;
    while (isWeeklyRest(d) || taken.has(d)) d++;
    taken.add(d);
    result.push({
      date: dateOfJulianDayNumber(d),
      replaces: holiday.date,
      name: {
        vi: `Nghỉ bù ${holiday.name.vi} (${holiday.date})`,
        en: `Day off in lieu of ${holiday.name.en} (${holiday.date})`,
      },
      basis: regimeAt(holiday.date).compensation,
    });
  }
  return result;
}
