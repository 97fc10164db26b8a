/**
 * The public holidays of Vietnam's Labour Codes, 2000–2100, as data.
 *
 * Each regime lists the paid public holidays ("ngày nghỉ lễ, tết") of the Labour Code in force, the rule that
 * gives a day off in lieu when a holiday falls on a weekly rest day, and the defaults `ocop` applies where the law
 * leaves the choice to the Prime Minister (which days of Tết; which day next to National Day). Sources and the
 * reasoning behind each default: docs/working-days.md.
 *
 * @module
 */
import type { Bilingual } from "../../errors/ocop-error.js";

/** A holiday on a fixed day of the solar calendar. */
export interface SolarHolidayRule {
  readonly kind: "solar";
  readonly month: number;
  readonly day: number;
  readonly name: Bilingual;
  readonly basis: string;
}

/** A holiday on a fixed day of the lunar calendar (month not leap). */
export interface LunarHolidayRule {
  readonly kind: "lunar";
  readonly month: number;
  readonly day: number;
  readonly name: Bilingual;
  readonly basis: string;
}

/** The Lunar New Year holiday: `days` days around lunar 1/1, of which `daysBefore` at the end of the old year. */
export interface TetHolidayRule {
  readonly kind: "tet";
  readonly days: number;
  /** The split applied by default (days at the end of the old lunar year). */
  readonly defaultDaysBefore: number;
  /** The splits the law allows (a single value when the law fixes it). */
  readonly allowedDaysBefore: readonly number[];
  readonly basis: string;
  /** Basis of the default split. */
  readonly defaultBasis: string;
}

/**
 * The second National Day holiday of the 2019 code: 2 September and "one adjacent day before or after", chosen each
 * year by the Prime Minister. `defaultByWeekday[w]` is the default for the year when 2 September falls on weekday `w`
 * (0 = Sunday).
 */
export interface NationalDayAdjacentRule {
  readonly kind: "national-day-adjacent";
  readonly defaultByWeekday: readonly ["before" | "after", ...("before" | "after")[]];
  readonly name: Bilingual;
  readonly basis: string;
  readonly defaultBasis: string;
}

/** Any holiday rule. */
export type HolidayRule = SolarHolidayRule | LunarHolidayRule | TetHolidayRule | NationalDayAdjacentRule;

/** The holiday provisions of one Labour Code (or amended version of it). */
export interface HolidayRegime {
  /** Identifier. */
  readonly id: string;
  /** The instrument, in its usual citation. */
  readonly instrument: string;
  /** First day the provisions apply (a holiday is governed by the regime in force on its day). */
  readonly from: string;
  /** Note on the `from` date. */
  readonly fromNote: string;
  /** The paid holidays. */
  readonly holidays: readonly HolidayRule[];
  /** The rule on holidays that fall on a weekly rest day. */
  readonly compensation: string;
}

const NEW_YEAR = { vi: "Tết Dương lịch", en: "New Year's Day" } as const;
const HUNG_KINGS = {
  vi: "Giỗ Tổ Hùng Vương (10/3 âm lịch)",
  en: "Hùng Kings' Commemoration Day (lunar 3/10)",
} as const;
const VICTORY = { vi: "Ngày Chiến thắng", en: "Victory Day (Reunification Day)" } as const;
const LABOUR = { vi: "Ngày Quốc tế lao động", en: "International Labour Day" } as const;
const NATIONAL = { vi: "Quốc khánh", en: "National Day" } as const;

const C94 = "Labour Code 1994 (23 June 1994), Article 73";
const C07 = "Labour Code 1994, Article 73 as amended by Law 84/2007/QH11";
const C12 = "Labour Code 2012 (10/2012/QH13), Article 115";
const C19 = "Labour Code 2019 (45/2019/QH14), Article 112";

/** The holiday regimes in date order. */
export const HOLIDAY_REGIMES = [
  {
    id: "labour-code-1994",
    instrument: C94,
    from: "1995-01-01",
    fromNote:
      "The 1994 code took effect on 1 January 1995; ocop covers it from 2000. Eight paid holidays before 2007 " +
      "(no Hùng Kings' day); the Tết wording is the one Law 84/2007/QH11 restates.",
    holidays: [
      { kind: "solar", month: 1, day: 1, name: NEW_YEAR, basis: C94 },
      {
        kind: "tet",
        days: 4,
        defaultDaysBefore: 1,
        allowedDaysBefore: [1],
        basis: `${C94} ("bốn ngày: một ngày cuối năm và ba ngày đầu năm âm lịch")`,
        defaultBasis:
          "fixed by the article: the last day of the old lunar year and the first three of the new",
      },
      { kind: "solar", month: 4, day: 30, name: VICTORY, basis: C94 },
      { kind: "solar", month: 5, day: 1, name: LABOUR, basis: C94 },
      { kind: "solar", month: 9, day: 2, name: NATIONAL, basis: C94 },
    ],
    compensation: `${C94}: a holiday that falls on a weekly rest day is taken on the following day ("nghỉ bù vào ngày tiếp theo")`,
  },
  {
    id: "labour-code-1994-amended-2007",
    instrument: C07,
    from: "2007-04-02",
    fromNote:
      "Law 84/2007/QH11 was adopted on 2 April 2007 and took effect on promulgation; its exact promulgation date is " +
      "not recorded here, but no holiday falls between 2 April and the first Hùng Kings' day, 26 April 2007.",
    holidays: [
      { kind: "solar", month: 1, day: 1, name: NEW_YEAR, basis: C07 },
      {
        kind: "tet",
        days: 4,
        defaultDaysBefore: 1,
        allowedDaysBefore: [1],
        basis: `${C07} ("bốn ngày: một ngày cuối năm và ba ngày đầu năm âm lịch")`,
        defaultBasis:
          "fixed by the article: the last day of the old lunar year and the first three of the new",
      },
      { kind: "lunar", month: 3, day: 10, name: HUNG_KINGS, basis: C07 },
      { kind: "solar", month: 4, day: 30, name: VICTORY, basis: C07 },
      { kind: "solar", month: 5, day: 1, name: LABOUR, basis: C07 },
      { kind: "solar", month: 9, day: 2, name: NATIONAL, basis: C07 },
    ],
    compensation: `${C07}: a holiday that falls on a weekly rest day is taken on the following day ("nghỉ bù vào ngày tiếp theo")`,
  },
  {
    id: "labour-code-2012",
    instrument: C12,
    from: "2013-05-01",
    fromNote: "The 2012 code took effect on 1 May 2013: Tết 2013 (10 February) still had four days.",
    holidays: [
      { kind: "solar", month: 1, day: 1, name: NEW_YEAR, basis: `${C12}.1.a` },
      {
        kind: "tet",
        days: 5,
        defaultDaysBefore: 2,
        allowedDaysBefore: [1, 2],
        basis: `${C12}.1.b ("Tết Âm lịch 05 ngày")`,
        defaultBasis:
          "Decree 45/2013/NĐ-CP lets the employer choose 1 day before and 4 after, or 2 before and 3 after; ocop " +
          "defaults to 2 + 3, which with the days in lieu gives the state sector's announced Tết of 2017–2020",
      },
      { kind: "solar", month: 4, day: 30, name: VICTORY, basis: `${C12}.1.c` },
      { kind: "solar", month: 5, day: 1, name: LABOUR, basis: `${C12}.1.d` },
      { kind: "solar", month: 9, day: 2, name: NATIONAL, basis: `${C12}.1.đ` },
      { kind: "lunar", month: 3, day: 10, name: HUNG_KINGS, basis: `${C12}.1.e` },
    ],
    compensation: `${C12}.3: a holiday that falls on a weekly rest day is taken on the next day ("nghỉ bù vào ngày kế tiếp")`,
  },
  {
    id: "labour-code-2019",
    instrument: C19,
    from: "2021-01-01",
    fromNote: "The 2019 code took effect on 1 January 2021.",
    holidays: [
      { kind: "solar", month: 1, day: 1, name: NEW_YEAR, basis: `${C19}.1.a` },
      {
        kind: "tet",
        days: 5,
        defaultDaysBefore: 2,
        allowedDaysBefore: [1, 2, 3],
        basis: `${C19}.1.b ("Tết Âm lịch: 05 ngày"); Article 112.3: the Prime Minister sets the days each year`,
        defaultBasis:
          "ocop defaults to the last 2 days of the old lunar year and the first 3 of the new; with the days in lieu " +
          "this gives the state sector's announced Tết of 2021–2026 (employers may choose 1–3 days before)",
      },
      { kind: "solar", month: 4, day: 30, name: VICTORY, basis: `${C19}.1.c` },
      { kind: "solar", month: 5, day: 1, name: LABOUR, basis: `${C19}.1.d` },
      { kind: "solar", month: 9, day: 2, name: NATIONAL, basis: `${C19}.1.đ` },
      {
        kind: "national-day-adjacent",
        // Sunday, Monday, Tuesday, Wednesday, Thursday, Friday, Saturday (weekday of 2 September)
        defaultByWeekday: ["after", "after", "before", "before", "after", "before", "before"],
        name: { vi: "Quốc khánh (ngày liền kề)", en: "National Day (adjacent day)" },
        basis: `${C19}.1.đ ("02 ngày: ngày 02 tháng 9 dương lịch và 01 ngày liền kề trước hoặc sau"); Article 112.3`,
        defaultBasis:
          "ocop defaults to the adjacent day that is a working day and joins the weekend (1 September when 2 September " +
          "is a Tuesday, 3 September when it is a Thursday), otherwise 1 September: the Prime Minister's choices of 2021–2026",
      },
      { kind: "lunar", month: 3, day: 10, name: HUNG_KINGS, basis: `${C19}.1.e` },
    ],
    compensation:
      "Labour Code 2019 (45/2019/QH14), Article 111.3: when a weekly rest day coincides with a holiday of Article 112.1, " +
      'the rest day is taken on the next working day ("nghỉ bù ngày nghỉ hằng tuần vào ngày làm việc kế tiếp")',
  },
] as const satisfies readonly HolidayRegime[];

/**
 * The weekly rest days of the public administration: Saturday and Sunday (0 = Sunday … 6 = Saturday).
 */
export const WEEKLY_REST_DAYS = {
  days: [6, 0],
  basis:
    "Decision 188/1999/QĐ-TTg (17 September 1999), Article 1: 40-hour, five-day working week with Saturday and Sunday " +
    "off for the staff of state administrative and public-service bodies",
} as const;
