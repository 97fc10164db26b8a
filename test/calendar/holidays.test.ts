import { describe, expect, it } from "vitest";
import { type CalendarDate, dayOfWeek } from "../../src/calendar/calendar-date.js";
import {
  compensatoryDaysOff,
  HOLIDAY_REGIMES,
  type HolidayOptions,
  publicHolidays,
} from "../../src/calendar/holidays.js";
import { OcopError } from "../../src/errors/ocop-error.js";

const dates = (year: number, options?: HolidayOptions) => publicHolidays(year, options).map((h) => h.date);
const inLieu = (year: number, options?: HolidayOptions) =>
  compensatoryDaysOff(year, options).map((c) => [c.replaces, c.date]);

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof OcopError) return error.code;
    throw error;
  }
  return undefined;
}

/** Statutory holidays per year, one year per regime and the years around each change. */
const GOLDEN: { year: number; regime: string; source: string; holidays: CalendarDate[] }[] = [
  {
    year: 2005,
    regime: "Labour Code 1994, Article 73 (8 days, Tết: last day of the year + 3 first days)",
    source: "Law 84/2007/QH11 restating Article 73; 8 holidays before 2007",
    holidays: [
      "2005-01-01",
      "2005-02-08",
      "2005-02-09",
      "2005-02-10",
      "2005-02-11",
      "2005-04-30",
      "2005-05-01",
      "2005-09-02",
    ],
  },
  {
    year: 2007,
    regime: "Article 73 as amended by Law 84/2007/QH11 (Hùng Kings' day added)",
    source: "Law 84/2007/QH11; qppstudio 2007: first Hùng Kings holiday 26 April 2007",
    holidays: [
      "2007-01-01",
      "2007-02-16",
      "2007-02-17",
      "2007-02-18",
      "2007-02-19",
      "2007-04-26",
      "2007-04-30",
      "2007-05-01",
      "2007-09-02",
    ],
  },
  {
    year: 2010,
    regime: "Article 73 as amended in 2007",
    source: "duykhanh.wordpress.com (2010): Tết eve Sat 13 Feb + 14–16 Feb; offices closed 15–18 Feb",
    holidays: [
      "2010-01-01",
      "2010-02-13",
      "2010-02-14",
      "2010-02-15",
      "2010-02-16",
      "2010-04-23",
      "2010-04-30",
      "2010-05-01",
      "2010-09-02",
    ],
  },
  {
    year: 2013,
    regime: "1994 code until 30 April 2013 (Tết 4 days), 2012 code from 1 May 2013",
    source: "Labour Code 2012 in force 1 May 2013",
    holidays: [
      "2013-01-01",
      "2013-02-09",
      "2013-02-10",
      "2013-02-11",
      "2013-02-12",
      "2013-04-19",
      "2013-04-30",
      "2013-05-01",
      "2013-09-02",
    ],
  },
  {
    year: 2020,
    regime: "Labour Code 2012, Article 115 (10 days)",
    source: "Notice 4544/TB-LĐTBXH: Tết 23–27 January + 28–29 in lieu",
    holidays: [
      "2020-01-01",
      "2020-01-23",
      "2020-01-24",
      "2020-01-25",
      "2020-01-26",
      "2020-01-27",
      "2020-04-02",
      "2020-04-30",
      "2020-05-01",
      "2020-09-02",
    ],
  },
  {
    year: 2021,
    regime: "Labour Code 2019, Article 112 (11 days)",
    source: "sggpnews.org.vn 2020-12-09: Tết 10–16 Feb; National Day 2–5 Sept",
    holidays: [
      "2021-01-01",
      "2021-02-10",
      "2021-02-11",
      "2021-02-12",
      "2021-02-13",
      "2021-02-14",
      "2021-04-21",
      "2021-04-30",
      "2021-05-01",
      "2021-09-02",
      "2021-09-03",
    ],
  },
  {
    year: 2025,
    regime: "Labour Code 2019, Article 112",
    source: "en.baochinhphu.vn 2025; vietnamnews.vn 2025-08-04 (National Day 1–2 Sept)",
    holidays: [
      "2025-01-01",
      "2025-01-27",
      "2025-01-28",
      "2025-01-29",
      "2025-01-30",
      "2025-01-31",
      "2025-04-07",
      "2025-04-30",
      "2025-05-01",
      "2025-09-01",
      "2025-09-02",
    ],
  },
  {
    year: 2026,
    regime: "Labour Code 2019, Article 112",
    source: "Notice 9441/TB-BNV (16 Oct 2025): Tết 16–20 Feb (with the day in lieu); National Day 1–2 Sept",
    holidays: [
      "2026-01-01",
      "2026-02-15",
      "2026-02-16",
      "2026-02-17",
      "2026-02-18",
      "2026-02-19",
      "2026-04-26",
      "2026-04-30",
      "2026-05-01",
      "2026-09-01",
      "2026-09-02",
    ],
  },
];

describe("publicHolidays: golden years", () => {
  it.each(GOLDEN)("$year — $regime", ({ year, holidays }) => {
    expect(dates(year)).toEqual(holidays);
  });

  it("names and cites every holiday", () => {
    const h2026 = publicHolidays(2026);
    expect(h2026[0]).toMatchObject({
      date: "2026-01-01",
      name: { vi: "Tết Dương lịch", en: "New Year's Day" },
    });
    expect(h2026[0]?.basis).toContain("Article 112.1.a");
    expect(h2026[1]?.name.vi).toBe("Tết Âm lịch (28 tháng Chạp)");
    expect(h2026[3]?.name).toEqual({
      vi: "Tết Âm lịch (mùng 1 tháng Giêng)",
      en: "Lunar New Year (Tết), lunar month 1, day 1",
    });
    expect(h2026[1]?.basis).toContain("ocop defaults");
    expect(h2026.find((h) => h.date === "2026-04-26")?.name.vi).toContain("Hùng Vương");
    expect(h2026.find((h) => h.date === "2026-09-01")?.basis).toContain("liền kề trước hoặc sau");
    expect(publicHolidays(2010)[0]?.basis).toContain("Law 84/2007/QH11");
    expect(publicHolidays(2005)[0]?.basis).toBe("Labour Code 1994 (23 June 1994), Article 73");
    expect(publicHolidays(2016)[0]?.basis).toContain("Labour Code 2012");
  });

  it("counts 8 holidays before the 2007 amendment, 9 until 2013, 10 under the 2012 code, 11 from 2021", () => {
    for (let year = 2000; year <= 2100; year++) {
      const expected = year < 2007 ? 8 : year <= 2013 ? 9 : year <= 2020 ? 10 : 11;
      expect(publicHolidays(year), String(year)).toHaveLength(expected);
    }
  });

  it("never puts two holidays on the same day, and keeps them in date order, 2000–2100", () => {
    for (let year = 2000; year <= 2100; year++) {
      const list = dates(year);
      expect(new Set(list).size).toBe(list.length);
      expect([...list].sort()).toEqual(list);
      expect(list.every((d) => d.startsWith(String(year)))).toBe(true);
    }
  });
});

describe("National Day's adjacent day (Labour Code 2019, Article 112.1.đ)", () => {
  // The Prime Minister's choices as announced.
  it.each([
    [2021, "2021-09-03", "sggpnews.org.vn: 2–5 September (2/9 Thursday)"],
    [2022, "2022-09-01", "en.dangcongsan.vn / vietnamplus 2022-08: 1–4 September (2/9 Friday)"],
    [2023, "2023-09-01", "vietnaminsider.vn 2023-08-23: Friday 1 to Monday 4 September (2/9 Saturday)"],
    [2024, "2024-09-03", "baokhanhhoa.vn 2024-08-31: days off 2 and 3 September (2/9 Monday)"],
    [2025, "2025-09-01", "sggp.org.vn 2025-08-03: the adjacent holiday is 1 September (2/9 Tuesday)"],
    [2026, "2026-09-01", "Notice 9441/TB-BNV: 1 and 2 September (2/9 Wednesday)"],
  ] as const)("%i: %s (%s)", (year, adjacent, _source) => {
    expect(dates(year)).toContain(adjacent);
    expect(dates(year)).toContain(`${year}-09-02`);
  });

  it("follows the weekday rule of the data: 3 September after a Sunday, Monday or Thursday 2 September", () => {
    for (let year = 2021; year <= 2100; year++) {
      const weekday = dayOfWeek(`${year}-09-02` as CalendarDate);
      const expected = [0, 1, 4].includes(weekday) ? `${year}-09-03` : `${year}-09-01`;
      expect(dates(year)).toContain(expected);
    }
  });

  it("can be chosen by option", () => {
    expect(dates(2026, { nationalDayAdjacent: "after" })).toContain("2026-09-03");
    expect(dates(2026, { nationalDayAdjacent: "after" })).not.toContain("2026-09-01");
    expect(dates(2021, { nationalDayAdjacent: "before" })).toContain("2021-09-01");
    expect(publicHolidays(2026, { nationalDayAdjacent: "before" }).at(-2)?.basis).not.toContain(
      "ocop defaults",
    );
    // No adjacent day before 2021.
    expect(dates(2020, { nationalDayAdjacent: "after" })).not.toContain("2020-09-03");
  });
});

describe("Tết split", () => {
  it("defaults to 2 days before lunar 1/1 under the 2012 and 2019 codes, 1 under the 1994 code", () => {
    expect(dates(2024).slice(1, 6)).toEqual([
      "2024-02-08",
      "2024-02-09",
      "2024-02-10",
      "2024-02-11",
      "2024-02-12",
    ]);
    expect(dates(2016).slice(1, 6)).toEqual([
      "2016-02-06",
      "2016-02-07",
      "2016-02-08",
      "2016-02-09",
      "2016-02-10",
    ]);
    expect(dates(2012).slice(1, 5)).toEqual(["2012-01-22", "2012-01-23", "2012-01-24", "2012-01-25"]);
  });

  it("can be chosen by option within what the law allows", () => {
    expect(dates(2026, { tetDaysBefore: 1 }).slice(1, 6)).toEqual([
      "2026-02-16",
      "2026-02-17",
      "2026-02-18",
      "2026-02-19",
      "2026-02-20",
    ]);
    expect(dates(2026, { tetDaysBefore: 3 })[1]).toBe("2026-02-14");
    expect(dates(2016, { tetDaysBefore: 1 })[1]).toBe("2016-02-07");
    expect(dates(2010, { tetDaysBefore: 1 })[1]).toBe("2010-02-13");
    expect(publicHolidays(2026, { tetDaysBefore: 2 })[1]?.basis).not.toContain("ocop defaults");
  });

  it.each([
    [2026, 4],
    [2026, 0],
    [2020, 3], // 2012 code: 1 or 2 (Decree 45/2013/NĐ-CP)
    [2010, 2], // 1994 code fixes 1
  ])("rejects tetDaysBefore for %i: %i", (year, before) => {
    expect(code(() => publicHolidays(year, { tetDaysBefore: before }))).toBe("INVALID_ARGUMENT");
  });
});

describe("compensatoryDaysOff (nghỉ bù)", () => {
  it.each([
    {
      year: 2016,
      source:
        "baodanang.vn 2016-04-01: Hùng Kings Sat 16 → Mon 18 April; 30/4–1/5 on the weekend → 2–3 May (Tết rows: default split)",
      expected: [
        ["2016-02-06", "2016-02-11"],
        ["2016-02-07", "2016-02-12"],
        ["2016-04-16", "2016-04-18"],
        ["2016-04-30", "2016-05-02"],
        ["2016-05-01", "2016-05-03"],
      ],
    },
    {
      year: 2018,
      source:
        "Notice 5427/TB-BLĐTBXH: 2 September 2018 (Sunday) → Monday 3 September (the Tết rows follow the default split)",
      expected: [
        ["2018-02-17", "2018-02-19"],
        ["2018-02-18", "2018-02-20"],
        ["2018-09-02", "2018-09-03"],
      ],
    },
    {
      year: 2020,
      source: "Notice 4544/TB-LĐTBXH: 25 and 26 January (Sat, Sun) → 28 and 29 January",
      expected: [
        ["2020-01-25", "2020-01-28"],
        ["2020-01-26", "2020-01-29"],
      ],
    },
    {
      year: 2022,
      source: "sggpnews / officeholidays 2022: 3 Jan; Hùng Kings 10 → 11 April; 2–3 May",
      expected: [
        ["2022-01-01", "2022-01-03"],
        ["2022-01-30", "2022-02-04"],
        ["2022-04-10", "2022-04-11"],
        ["2022-04-30", "2022-05-02"],
        ["2022-05-01", "2022-05-03"],
      ],
    },
    {
      year: 2023,
      source:
        "vietnaminsider.vn: Hùng Kings Sat 29 April → 2 May; 30 April (Sun) → 3 May; National Day → 4 Sept",
      expected: [
        ["2023-01-01", "2023-01-02"],
        ["2023-01-21", "2023-01-25"],
        ["2023-01-22", "2023-01-26"],
        ["2023-04-29", "2023-05-02"],
        ["2023-04-30", "2023-05-03"],
        ["2023-09-02", "2023-09-04"],
      ],
    },
    { year: 2025, source: "no holiday of 2025 falls on a weekend", expected: [] },
  ])("$year ($source)", ({ year, expected }) => {
    expect(inLieu(year)).toEqual(expected);
  });

  it("cites the compensation rule of the code in force and names the holiday replaced", () => {
    const [first] = compensatoryDaysOff(2023);
    expect(first?.basis).toContain("Article 111.3");
    expect(first?.name.vi).toBe("Nghỉ bù Tết Dương lịch (2023-01-01)");
    expect(first?.name.en).toBe("Day off in lieu of New Year's Day (2023-01-01)");
    expect(compensatoryDaysOff(2016)[0]?.basis).toContain("Article 115.3");
    expect(compensatoryDaysOff(2010)[0]?.basis).toContain("Law 84/2007/QH11");
  });

  it("gives exactly one weekday, not a holiday, in the same year, for each holiday on a weekend (2000–2100)", () => {
    for (let year = 2000; year <= 2100; year++) {
      const holidays = dates(year);
      const onWeekend = holidays.filter((d) => [0, 6].includes(dayOfWeek(d)));
      const comp = compensatoryDaysOff(year);
      expect(comp.map((c) => c.replaces)).toEqual(onWeekend);
      const days = comp.map((c) => c.date);
      expect(new Set(days).size).toBe(days.length);
      for (const c of comp) {
        expect([0, 6]).not.toContain(dayOfWeek(c.date));
        expect(holidays).not.toContain(c.date);
        expect(c.date > c.replaces).toBe(true);
        expect(c.date.startsWith(String(year))).toBe(true);
      }
    }
  });
});

describe("data", () => {
  it("lists the regimes in date order", () => {
    const froms = HOLIDAY_REGIMES.map((r) => r.from);
    expect([...froms].sort()).toEqual(froms);
    expect(froms).toEqual(["1995-01-01", "2007-04-02", "2013-05-01", "2021-01-01"]);
  });
});

describe("errors", () => {
  it.each([1999, 2101])("publicHolidays(%i) is NOT_COVERED", (year) => {
    expect(code(() => publicHolidays(year))).toBe("NOT_COVERED");
    expect(code(() => compensatoryDaysOff(year))).toBe("NOT_COVERED");
  });

  it.each([2024.5, "2024", null, undefined])("publicHolidays(%j) is INVALID_ARGUMENT", (year) => {
    expect(code(() => publicHolidays(year as number))).toBe("INVALID_ARGUMENT");
  });

  it.each([
    null,
    "x",
    [1],
    { tetDaysBefore: "2" },
    { tetDaysBefore: 1.5 },
    { nationalDayAdjacent: "middle" },
  ])("options %j are INVALID_ARGUMENT", (options) => {
    expect(code(() => publicHolidays(2026, options as HolidayOptions))).toBe("INVALID_ARGUMENT");
  });

  it("reads only own option properties", () => {
    const inherited = Object.create({ tetDaysBefore: 9, nationalDayAdjacent: "nowhere" }) as HolidayOptions;
    expect(dates(2026, inherited)).toEqual(dates(2026));
  });
});
