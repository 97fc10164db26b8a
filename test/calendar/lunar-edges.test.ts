/**
 * Every lunar month from tháng Chạp Kỷ Mão (12/1999, the month holding 2000-01-07) to tháng Chạp Canh Thân (12/2100,
 * which starts on 2100-12-31): its first day, its length and whether it is the leap month. Written from the
 * surviving mutants of a Stryker run (docs/mutation.md): the astronomy of lunar.ts is pinned month by month, so
 * that no change to the new-moon series, the sun's longitude or the leap-month rule goes unnoticed.
 */
import { describe, expect, it } from "vitest";
import { addDays, type CalendarDate } from "../../src/calendar/calendar-date.js";
import { leapMonthOf, lunarNewYear, lunarToSolar, solarToLunar } from "../../src/calendar/lunar.js";
import { failure } from "../helpers/failure.js";

/**
 * The months of each lunar year, in order from tháng Giêng: `L` a month of 30 days (tháng đủ), `S` of 29 (tháng
 * thiếu), a leading `+` marks the leap month, which repeats the month before it. Source: Hồ Ngọc Đức, "Âm lịch Việt
 * Nam", year tables computed at UTC+7 (TK20 for 1999, TK21 for 2000–2099, TK22 for 2100 in his amlich scripts), each
 * year's code decoded into month lengths and leap month — the tables lunar.ts is corrected to
 * (src/calendar/data/lunar-corrections.ts).
 */
const MONTHS: Record<number, string> = {
  1999: "LSSLSSLSLLLS",
  2000: "LLSSLSSLSLLS",
  2001: "LLSL+SLSSLSLSL",
  2002: "LLSLSLSSLSLS",
  2003: "LLSLLSLSSLSL",
  2004: "SL+SLLSLSLSLSL",
  2005: "SLSLSLLSLSLS",
  2006: "LSLSSLL+SLLSLS",
  2007: "LSLSSLSLLLSL",
  2008: "LSSLSSLSLSLL",
  2009: "LSLSL+SSLSLSLL",
  2010: "LSLSLSSLSLSL",
  2011: "LSLLSLSSLSLS",
  2012: "LSLL+SLSLSLSLS",
  2013: "LSLSLLSLSLSL",
  2014: "SLSLSLSLL+SLSL",
  2015: "SLSSLSLLLSLS",
  2016: "LSLSSLSLLSLL",
  2017: "SLSLSS+LSLSLLL",
  2018: "SLSLSSLSSLLL",
  2019: "SLLSLSSLSSLL",
  2020: "SLLL+SLSSLSSLL",
  2021: "SLLSLSLSLSLS",
  2022: "LSLSLLSLSLSL",
  2023: "SL+SSLLSLLSLSL",
  2024: "SLSSLSLLSLLS",
  2025: "LSLSSL+SLSLLLS",
  2026: "LSLSSLSSLLLS",
  2027: "LLSLSSLSSLLS",
  2028: "LLLSL+SSLSSLLS",
  2029: "LLSLSLSLSSLS",
  2030: "LLSLLSLSLSLS",
  2031: "SLS+LLSLLSLSLS",
  2032: "SLSLSLLSLLSL",
  2033: "SLSSLSLSLLL+SL",
  2034: "SLSSLSSLLLSL",
  2035: "LSLSSLSSLLSL",
  2036: "LLSLSS+LSSLSLL",
  2037: "LSLLSSLSSLSL",
  2038: "LSLLSLSLSSLS",
  2039: "LLSLL+SLSLSSLS",
  2040: "LSLLSLSLLSLS",
  2041: "SLSLSLSLLLSL",
  2042: "SL+SSLSLSLLSLL",
  2043: "SLSSLSSLLSLL",
  2044: "LSLSSLS+SLSLLL",
  2045: "LSLSSLSSLSLL",
  2046: "LSLSLSLSSLSL",
  2047: "LSLLS+LSLSSLSL",
  2048: "SLLSLLSLSSLS",
  2049: "LSLSLLSLSLLS",
  2050: "SLS+LSLSLLSLLS",
  2051: "SLSLSSLLSLLL",
  2052: "SLSSLSSL+SLLLS",
  2053: "LLSSLSSLSLLL",
  2054: "SLSLSLSSLSLL",
  2055: "SLLSLS+LSSLSLS",
  2056: "LLSLLSLSSLSL",
  2057: "SLSLLSLSLSLS",
  2058: "LSLS+LSLLSLSLS",
  2059: "LSLSLSLSLLSL",
  2060: "SLSLSSLSLLLS",
  2061: "LLS+SLSSLSLLLS",
  2062: "LLSSLSSLSLSL",
  2063: "LLSLSLS+SLSLSL",
  2064: "LLSLSLSSLSLS",
  2065: "LLSLLSSLSLSL",
  2066: "SLSLL+SLSLSLSL",
  2067: "SLSLSLLSLSLS",
  2068: "LSLSSLLSLLSL",
  2069: "SLSL+SSLSLLLSL",
  2070: "SLSLSSLSLSLL",
  2071: "LSLSLSSL+SLSLL",
  2072: "LSLSLSSLSSLL",
  2073: "LSLLSLSSLSSL",
  2074: "LSLLSL+SLSLSLS",
  2075: "LSLSLLSLSLSL",
  2076: "SLSLSLSLLSLS",
  2077: "LSLS+SLSLLSLLS",
  2078: "LSLSSLSLSLLL",
  2079: "SLSLSSLSLSLL",
  2080: "LSL+SLSSSLSLLL",
  2081: "SLLSLSSLSSLL",
  2082: "SLLSLSL+SLSSLL",
  2083: "SLLSLSLSLSLS",
  2084: "LSLSLLSLSLSL",
  2085: "SSLSL+LSLSLLSL",
  2086: "SSLSLSLLSLLS",
  2087: "LSLSSLSLSLLL",
  2088: "SLSL+SSSLSLLLS",
  2089: "LLSLSSSLSLLS",
  2090: "LLLSLSSL+SSLSL",
  2091: "LLSLSLSLSSLS",
  2092: "LLSLLSLSLSSL",
  2093: "SLSLLS+LLSLSLS",
  2094: "SLSLSLLSLLSL",
  2095: "SSLSLSLSLLLS",
  2096: "LSLS+SLSSLLLSL",
  2097: "LSLSSSLSLLSL",
  2098: "LLSLSSSLSLSL",
  2099: "LL+SLSLSSLSLSL",
  2100: "LSLLSLSLSSLS",
};

interface Month {
  readonly year: number;
  readonly month: number;
  readonly leap: boolean;
  readonly length: number;
  readonly start: CalendarDate;
}

/** The months of MONTHS laid end to end from tháng Chạp 1999, which starts on 2000-01-07 (lunar.test.ts). */
function allMonths(): Month[] {
  const out: Month[] = [];
  let start: CalendarDate = "2000-01-07";
  for (let year = 1999; year <= 2100; year++) {
    let month = 0;
    for (const [, plus, size] of (MONTHS[year] ?? "").matchAll(/(\+?)([LS])/g)) {
      const leap = plus === "+";
      if (!leap) month++;
      const length = size === "L" ? 30 : 29;
      if (year > 1999 || month === 12) out.push({ year, month, leap, length, start });
      if (year > 1999 || month === 12) start = addDays(start, length);
    }
  }
  return out;
}

const ALL = allMonths();

describe("the table itself", () => {
  it("has 12 or 13 months a year, one leap month at most, and ends on 2100-12-31", () => {
    for (const [year, months] of Object.entries(MONTHS)) {
      const leaps = months.split("+").length - 1;
      expect(months.replace("+", ""), year).toMatch(/^[LS]{12,13}$/);
      expect(months.length - leaps, year).toBe(12 + leaps);
      expect(leaps).toBeLessThanOrEqual(1);
    }
    expect(ALL.at(-1)).toMatchObject({ year: 2100, month: 12, leap: false, start: "2100-12-31" });
    // Tết of years cited in lunar.test.ts: the chain of month lengths reaches them.
    const tet = (year: number) => ALL.find((m) => m.year === year && m.month === 1)?.start;
    expect([tet(2000), tet(2007), tet(2030), tet(2053), tet(2100)]).toEqual([
      "2000-02-05",
      "2007-02-17",
      "2030-02-02",
      "2053-02-18",
      "2100-02-09",
    ]);
  });
});

describe("every lunar month, 12/1999 to 12/2100 (Hồ Ngọc Đức's year tables)", () => {
  it("starts on the published day, both ways", () => {
    for (const { year, month, leap, start } of ALL) {
      const name = `${month}${leap ? "+" : ""}/${year}`;
      expect(lunarToSolar({ year, month, day: 1, leap }), name).toBe(start);
      expect(solarToLunar(start), name).toEqual({ year, month, day: 1, leap });
    }
  });

  it("has the published length: its last day converts both ways, the day after it is refused", () => {
    for (const { year, month, leap, length, start } of ALL) {
      const name = `${month}${leap ? "+" : ""}/${year}`;
      const last = addDays(start, length - 1);
      if (last > "2100-12-31") continue;
      expect(lunarToSolar({ year, month, day: length, leap }), name).toBe(last);
      expect(solarToLunar(last), name).toEqual({ year, month, day: length, leap });
      if (length === 29) {
        const e = failure(() => lunarToSolar({ year, month, day: 30, leap }));
        expect([e.code, e.path, e.value], name).toEqual(["INVALID_ARGUMENT", ["lunar", "day"], 30]);
        expect(e.messages.en, name).toContain(`which has 29 days`);
      }
    }
  });

  it("Tết is the first day of month 1, and the 15th of each month is 14 days later", () => {
    for (const { year, month, leap, start } of ALL) {
      if (month === 1 && !leap && year >= 2000) expect(lunarNewYear(year), String(year)).toBe(start);
      if (year >= 2000 && start < "2100-12-17") {
        expect(solarToLunar(addDays(start, 14))).toEqual({ year, month, day: 15, leap });
      }
    }
  });

  it("leapMonthOf names the month the leap month repeats, and only that month takes leap: true", () => {
    for (let year = 2000; year <= 2100; year++) {
      const leap = ALL.find((m) => m.year === year && m.leap);
      expect(leapMonthOf(year), String(year)).toBe(leap?.month);
      for (const month of [1, 6, 11, 12]) {
        if (month === leap?.month) continue;
        const e = failure(() => lunarToSolar({ year, month, day: 1, leap: true }));
        expect([e.code, e.path, e.value], `${month}/${year}`).toEqual([
          "INVALID_ARGUMENT",
          ["lunar", "leap"],
          true,
        ]);
      }
    }
  });
});
