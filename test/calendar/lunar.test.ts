import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, type CalendarDate, daysBetween } from "../../src/calendar/calendar-date.js";
import { NEW_MOON_CORRECTIONS } from "../../src/calendar/data/lunar-corrections.js";
import {
  dateOfJulianDayNumber,
  julianDayNumber,
  LUNAR_RANGE,
  leapMonthOf,
  lunarNewYear,
  lunarToSolar,
  solarToLunar,
} from "../../src/calendar/lunar.js";
import { OcopError } from "../../src/errors/ocop-error.js";

/**
 * Tết Nguyên Đán (lunar 1/1), 2000–2100. Source: Hồ Ngọc Đức, "Âm lịch Việt Nam", year tables 2000–2199 (TK21,
 * TK22 of his amlich scripts, computed at UTC+7); `ocop` was also compared with those tables on every day from
 * 2000-01-01 to 2100-12-31 (no difference). Independent confirmations are listed in TET_CONFIRMED.
 */
const TET: Record<number, CalendarDate> = {
  2000: "2000-02-05",
  2001: "2001-01-24",
  2002: "2002-02-12",
  2003: "2003-02-01",
  2004: "2004-01-22",
  2005: "2005-02-09",
  2006: "2006-01-29",
  2007: "2007-02-17",
  2008: "2008-02-07",
  2009: "2009-01-26",
  2010: "2010-02-14",
  2011: "2011-02-03",
  2012: "2012-01-23",
  2013: "2013-02-10",
  2014: "2014-01-31",
  2015: "2015-02-19",
  2016: "2016-02-08",
  2017: "2017-01-28",
  2018: "2018-02-16",
  2019: "2019-02-05",
  2020: "2020-01-25",
  2021: "2021-02-12",
  2022: "2022-02-01",
  2023: "2023-01-22",
  2024: "2024-02-10",
  2025: "2025-01-29",
  2026: "2026-02-17",
  2027: "2027-02-06",
  2028: "2028-01-26",
  2029: "2029-02-13",
  2030: "2030-02-02",
  2031: "2031-01-23",
  2032: "2032-02-11",
  2033: "2033-01-31",
  2034: "2034-02-19",
  2035: "2035-02-08",
  2036: "2036-01-28",
  2037: "2037-02-15",
  2038: "2038-02-04",
  2039: "2039-01-24",
  2040: "2040-02-12",
  2041: "2041-02-01",
  2042: "2042-01-22",
  2043: "2043-02-10",
  2044: "2044-01-30",
  2045: "2045-02-17",
  2046: "2046-02-06",
  2047: "2047-01-26",
  2048: "2048-02-14",
  2049: "2049-02-02",
  2050: "2050-01-23",
  2051: "2051-02-11",
  2052: "2052-02-01",
  2053: "2053-02-18",
  2054: "2054-02-08",
  2055: "2055-01-28",
  2056: "2056-02-15",
  2057: "2057-02-04",
  2058: "2058-01-24",
  2059: "2059-02-12",
  2060: "2060-02-02",
  2061: "2061-01-21",
  2062: "2062-02-09",
  2063: "2063-01-29",
  2064: "2064-02-17",
  2065: "2065-02-05",
  2066: "2066-01-26",
  2067: "2067-02-14",
  2068: "2068-02-03",
  2069: "2069-01-23",
  2070: "2070-02-11",
  2071: "2071-01-31",
  2072: "2072-02-19",
  2073: "2073-02-07",
  2074: "2074-01-27",
  2075: "2075-02-15",
  2076: "2076-02-05",
  2077: "2077-01-24",
  2078: "2078-02-12",
  2079: "2079-02-02",
  2080: "2080-01-22",
  2081: "2081-02-09",
  2082: "2082-01-29",
  2083: "2083-02-17",
  2084: "2084-02-06",
  2085: "2085-01-26",
  2086: "2086-02-14",
  2087: "2087-02-03",
  2088: "2088-01-24",
  2089: "2089-02-10",
  2090: "2090-01-30",
  2091: "2091-02-18",
  2092: "2092-02-07",
  2093: "2093-01-27",
  2094: "2094-02-15",
  2095: "2095-02-05",
  2096: "2096-01-25",
  2097: "2097-02-12",
  2098: "2098-02-01",
  2099: "2099-01-21",
  2100: "2100-02-09",
};

/** Lunar dates confirmed by sources other than the year tables. */
const TET_CONFIRMED: {
  name: string;
  source: string;
  solar: CalendarDate;
  lunar: [number, number, number];
}[] = [
  {
    name: "Tết 2007 is a day before China's (18 February)",
    source: "viet-jo.com (2006-07-06), on the Vietnamese government's calendar for 2007",
    solar: "2007-02-17",
    lunar: [2007, 1, 1],
  },
  {
    name: "Tết 2020: 23 January is 29 tháng Chạp Kỷ Hợi, 25 January is mùng 1",
    source: "MOLISA Notice 4544/TB-LĐTBXH (25 Oct 2019), via lawnet.vn",
    solar: "2020-01-23",
    lunar: [2019, 12, 29],
  },
  {
    name: "Tết 2021: 10 February is the 29th day of the last month",
    source: "sggpnews.org.vn (2020-12-09), Vietnam's public holidays in 2021",
    solar: "2021-02-10",
    lunar: [2020, 12, 29],
  },
  {
    name: "Tết 2024: 8 February is 29 tháng Chạp Quý Mão (so 9 February is the 30th)",
    source: "MOLISA notice on Tết 2024, via sucsongtre.vn",
    solar: "2024-02-08",
    lunar: [2023, 12, 29],
  },
  {
    name: "Tết 2024: 14 February is mùng 5 tháng Giêng Giáp Thìn",
    source: "MOLISA notice on Tết 2024, via sucsongtre.vn",
    solar: "2024-02-14",
    lunar: [2024, 1, 5],
  },
  {
    name: "Tết 2026: 14 February is 27 tháng Chạp Ất Tỵ",
    source: "Notice 9441/TB-BNV (16 Oct 2025), via congan.com.vn and thanhnien.vn",
    solar: "2026-02-14",
    lunar: [2025, 12, 27],
  },
  {
    name: "Tết 2026: 16 February is 29 tháng Chạp Ất Tỵ",
    source: "Notice 9441/TB-BNV (16 Oct 2025), via 24h.com.vn",
    solar: "2026-02-16",
    lunar: [2025, 12, 29],
  },
  {
    name: "Tết 2026: 20 February is mùng 4 tháng Giêng Bính Ngọ",
    source: "Notice 9441/TB-BNV (16 Oct 2025), via 24h.com.vn",
    solar: "2026-02-20",
    lunar: [2026, 1, 4],
  },
  {
    name: "Tết 2026: 22 February is mùng 6 tháng Giêng Bính Ngọ",
    source: "Notice 9441/TB-BNV (16 Oct 2025), via congan.com.vn",
    solar: "2026-02-22",
    lunar: [2026, 1, 6],
  },
];

/** Hùng Kings' day (lunar 3/10). */
const HUNG_KINGS: { year: number; date: CalendarDate; source: string }[] = [
  {
    year: 2007,
    date: "2007-04-26",
    source: "qppstudio (2007-03-24): first Hùng Kings public holiday, April 26",
  },
  { year: 2016, date: "2016-04-16", source: "baodanang.vn (2016-04-01): falls on Saturday April 16" },
  { year: 2020, date: "2020-04-02", source: "press (2020): Giỗ Tổ Hùng Vương rơi vào 2.4.2020 (thứ Năm)" },
  { year: 2021, date: "2021-04-21", source: "sggpnews.org.vn (2020-12-09)" },
  { year: 2022, date: "2022-04-10", source: "sggpnews.org.vn: falls on Sunday April 10" },
  { year: 2023, date: "2023-04-29", source: "vietnaminsider.vn (2023-01-29): April 29, a Saturday" },
  { year: 2024, date: "2024-04-18", source: "Hồ Ngọc Đức year tables" },
  { year: 2025, date: "2025-04-07", source: "en.baochinhphu.vn (2025-03-04): days off April 5–7" },
  { year: 2026, date: "2026-04-26", source: "Hồ Ngọc Đức year tables; press: three-day weekend April 25–27" },
];

/** Leap months 2000–2100 (year: month). Source: Hồ Ngọc Đức year tables. */
const LEAP_MONTHS: Record<number, number> = {
  2001: 4,
  2004: 2,
  2006: 7,
  2009: 5,
  2012: 4,
  2014: 9,
  2017: 6,
  2020: 4,
  2023: 2,
  2025: 6,
  2028: 5,
  2031: 3,
  2033: 11,
  2036: 6,
  2039: 5,
  2042: 2,
  2044: 7,
  2047: 5,
  2050: 3,
  2052: 8,
  2055: 6,
  2058: 4,
  2061: 3,
  2063: 7,
  2066: 5,
  2069: 4,
  2071: 8,
  2074: 6,
  2077: 4,
  2080: 3,
  2082: 7,
  2085: 5,
  2088: 4,
  2090: 8,
  2093: 6,
  2096: 4,
  2099: 2,
};

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof OcopError) return error.code;
    throw error;
  }
  return undefined;
}

describe("Tết (lunar 1/1), 2000–2100", () => {
  it("has a golden date for each of the 101 years", () => {
    expect(Object.keys(TET)).toHaveLength(101);
  });

  it.each(Object.entries(TET).map(([y, d]) => [Number(y), d] as const))("Tết %i is %s", (year, date) => {
    expect(lunarNewYear(year)).toBe(date);
    expect(lunarToSolar({ year, month: 1, day: 1 })).toBe(date);
    expect(solarToLunar(date)).toEqual({ year, month: 1, day: 1, leap: false });
    // The day before is the last day (29 or 30) of month 12 of the previous lunar year.
    const eve = solarToLunar(addDays(date, -1));
    expect([eve.year, eve.month, eve.leap]).toEqual([year - 1, 12, false]);
    expect([29, 30]).toContain(eve.day);
  });

  it.each(TET_CONFIRMED)("$name ($source)", ({ solar, lunar }) => {
    const [year, month, day] = lunar;
    expect(solarToLunar(solar)).toEqual({ year, month, day, leap: false });
    expect(lunarToSolar({ year, month, day })).toBe(solar);
  });

  it("differs from the Chinese calendar (UTC+8) in 2007, 2030 and 2053: Vietnam a day earlier", () => {
    // China: 2007-02-18, 2030-02-03, 2053-02-19 (sources: viet-jo.com 2006; scienceinfo.net).
    expect(lunarNewYear(2007)).toBe("2007-02-17");
    expect(lunarNewYear(2030)).toBe("2030-02-02");
    expect(lunarNewYear(2053)).toBe("2053-02-18");
  });
});

describe("Hùng Kings' day (lunar 3/10)", () => {
  it.each(HUNG_KINGS)("$year: $date ($source)", ({ year, date }) => {
    expect(lunarToSolar({ year, month: 3, day: 10 })).toBe(date);
    expect(solarToLunar(date)).toEqual({ year, month: 3, day: 10, leap: false });
  });
});

describe("leap months", () => {
  it.each(Array.from({ length: 101 }, (_, i) => 2000 + i))("leapMonthOf(%i)", (year) => {
    expect(leapMonthOf(year)).toBe(LEAP_MONTHS[year]);
  });

  it.each([
    [2020, 4, "2020-05-23"],
    [2023, 2, "2023-03-22"],
    [2025, 6, "2025-07-25"],
    [2033, 11, "2033-12-22"],
  ] as const)("lunar year %i has a leap month %i starting on %s", (year, month, start) => {
    expect(lunarToSolar({ year, month, day: 1, leap: true })).toBe(start);
    expect(solarToLunar(start)).toEqual({ year, month, day: 1, leap: true });
    // The leap month follows the regular month of the same number.
    const before = solarToLunar(addDays(start, -1));
    expect([before.year, before.month, before.leap]).toEqual([year, month, false]);
  });

  it("a lunar year has 12 months, or 13 with a leap month (353–355 or 383–385 days)", () => {
    for (let year = 2000; year < 2100; year++) {
      const length = daysBetween(lunarNewYear(year), lunarNewYear(year + 1));
      if (LEAP_MONTHS[year] === undefined) expect([353, 354, 355]).toContain(length);
      else expect([383, 384, 385]).toContain(length);
    }
  });
});

describe("month starts corrected to the published tables", () => {
  it.each(NEW_MOON_CORRECTIONS)("$lunarMonth starts on $published (not $computed)", (c) => {
    const [year, month] = c.lunarMonth.split("/").map(Number) as [number, number];
    expect(lunarToSolar({ year, month, day: 1 })).toBe(c.published);
    expect(solarToLunar(c.published as CalendarDate)).toEqual({ year, month, day: 1, leap: false });
  });
});

describe("range ends", () => {
  it("covers 2000-01-01 (lunar 25/11/1999) to 2100-12-31 (lunar 1/12/2100)", () => {
    expect(solarToLunar(LUNAR_RANGE.first)).toEqual({ year: 1999, month: 11, day: 25, leap: false });
    expect(solarToLunar(LUNAR_RANGE.last)).toEqual({ year: 2100, month: 12, day: 1, leap: false });
    expect(lunarToSolar({ year: 1999, month: 12, day: 1 })).toBe("2000-01-07");
    expect(lunarToSolar({ year: 1999, month: 11, day: 25 })).toBe("2000-01-01");
  });
});

const solarDates = fc
  .integer({ min: julianDayNumber("2000-01-01"), max: julianDayNumber("2100-12-31") })
  .map(dateOfJulianDayNumber);

describe("properties", () => {
  it("lunarToSolar(solarToLunar(d)) === d over 2000–2100", () => {
    fc.assert(
      fc.property(solarDates, (date) => {
        expect(lunarToSolar(solarToLunar(date))).toBe(date);
      }),
      { numRuns: 2000 },
    );
  });

  it("consecutive days: next lunar day, or day 1 of the next month after day 29 or 30", () => {
    fc.assert(
      fc.property(
        solarDates.filter((d) => d < "2100-12-31"),
        (date) => {
          const a = solarToLunar(date);
          const b = solarToLunar(addDays(date, 1));
          if (b.day === 1) {
            expect([29, 30]).toContain(a.day);
            const sameYearNext =
              b.year === a.year && (b.month === a.month + 1 || (b.month === a.month && b.leap));
            const newYear = b.year === a.year + 1 && b.month === 1 && a.month === 12;
            expect(sameYearNext || newYear || (a.month === 12 && b.month === 12 && b.leap)).toBe(true);
          } else {
            expect(b).toEqual({ ...a, day: a.day + 1 });
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("julianDayNumber and dateOfJulianDayNumber are inverse and agree with calendar-date arithmetic", () => {
    expect(julianDayNumber("2000-01-01")).toBe(2451545);
    fc.assert(
      fc.property(solarDates, fc.integer({ min: -400, max: 400 }), (date, n) => {
        expect(dateOfJulianDayNumber(julianDayNumber(date))).toBe(date);
        expect(dateOfJulianDayNumber(julianDayNumber(date) + n)).toBe(addDays(date, n));
      }),
    );
  });
});

describe("errors", () => {
  it.each(["1999-12-31", "2101-01-01", "1900-01-31"])("solarToLunar(%s) is NOT_COVERED", (date) => {
    expect(code(() => solarToLunar(date as CalendarDate))).toBe("NOT_COVERED");
  });

  it.each(["2023-02-29", "2024-13-01", "", "2024-2-1"])("solarToLunar(%j) is INVALID_DATE", (date) => {
    expect(code(() => solarToLunar(date as CalendarDate))).toBe("INVALID_DATE");
  });

  it.each([null, undefined, 5, "2024-01-01", [2024, 1, 1]])(
    "lunarToSolar(%j) is INVALID_ARGUMENT",
    (input) => {
      expect(code(() => lunarToSolar(input as never))).toBe("INVALID_ARGUMENT");
    },
  );

  it.each([
    [{ year: 2024.5, month: 1, day: 1 }, ["lunar", "year"]],
    [{ year: "2024", month: 1, day: 1 }, ["lunar", "year"]],
    [{ year: 2024, month: 13, day: 1 }, ["lunar", "month"]],
    [{ year: 2024, month: 0, day: 1 }, ["lunar", "month"]],
    [{ year: 2024, month: 1, day: 0 }, ["lunar", "day"]],
    [{ year: 2024, month: 1, day: 31 }, ["lunar", "day"]],
    [{ year: 2024, month: 1, day: Number.NaN }, ["lunar", "day"]],
    [{ year: 2024, month: 1, day: 1, leap: "yes" }, ["lunar", "leap"]],
    [{ year: 2024, month: 5, day: 1, leap: true }, ["lunar", "leap"]], // 2024 has no leap month
    [{ year: 2025, month: 5, day: 1, leap: true }, ["lunar", "leap"]], // 2025's leap month is 6
    [{ year: 2025, month: 12, day: 30 }, ["lunar", "day"]], // tháng Chạp Ất Tỵ has 29 days
    [{ month: 1, day: 1 }, ["lunar", "year"]],
  ])("lunarToSolar(%j) is INVALID_ARGUMENT at %j", (input, path) => {
    try {
      lunarToSolar(input as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(OcopError);
      expect((error as OcopError).code).toBe("INVALID_ARGUMENT");
      expect((error as OcopError).path).toEqual(path);
      expect((error as OcopError).messages.vi).not.toBe("");
    }
  });

  it("reads only own properties (no prototype pollution)", () => {
    const inherited = Object.create({ year: 2024 }) as { month: number; day: number };
    inherited.month = 1;
    inherited.day = 1;
    expect(code(() => lunarToSolar(inherited as never))).toBe("INVALID_ARGUMENT");
    const proto = JSON.parse('{"__proto__": {"year": 2024}, "month": 1, "day": 1}');
    expect(code(() => lunarToSolar(proto))).toBe("INVALID_ARGUMENT");
  });

  it.each([
    { year: 1998, month: 1, day: 1 },
    { year: 2101, month: 1, day: 1 },
    { year: 1999, month: 11, day: 24 }, // 1999-12-31
    { year: 2100, month: 12, day: 2 }, // 2101-01-01
  ])("lunarToSolar(%j) is NOT_COVERED", (input) => {
    expect(code(() => lunarToSolar(input))).toBe("NOT_COVERED");
  });

  it.each([1999, 2101, -5])("lunarNewYear(%i) and leapMonthOf(%i) are NOT_COVERED", (year) => {
    expect(code(() => lunarNewYear(year))).toBe("NOT_COVERED");
    expect(code(() => leapMonthOf(year))).toBe("NOT_COVERED");
  });

  it.each([2024.5, Number.NaN, "2024", null])("lunarNewYear(%j) is INVALID_ARGUMENT", (year) => {
    expect(code(() => lunarNewYear(year as number))).toBe("INVALID_ARGUMENT");
    expect(code(() => leapMonthOf(year as number))).toBe("INVALID_ARGUMENT");
  });
});
