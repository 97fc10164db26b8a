/**
 * The edges of the calendar module: each refusal has its own code, path, value and wording in both languages, and
 * each boundary (month ends, leap years, the first and last covered day, the day a Labour Code takes effect) is
 * exact. Written from the surviving mutants of a Stryker run (docs/mutation.md).
 */
import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  type CalendarDate,
  calendarDate,
  calendarParts,
  compareDates,
  dayOfWeek,
  daysBetween,
  isCalendarDate,
  parseCalendarDate,
} from "../../src/calendar/calendar-date.js";
import { compensatoryDaysOff, publicHolidays } from "../../src/calendar/holidays.js";
import {
  checkYear,
  leapMonthOf,
  lunarNewYear,
  lunarToSolar,
  solarToLunar,
} from "../../src/calendar/lunar.js";
import { vietnamDateOf } from "../../src/calendar/vietnam-date.js";
import {
  addWorkingDays,
  isWorkingDay,
  workingDayOnOrAfter,
  workingDaysBetween,
} from "../../src/calendar/working-days.js";
import { failure } from "../helpers/failure.js";

/** Code, path and value of a refusal, for one-line comparisons. */
const triple = (call: () => unknown) => {
  const e = failure(call);
  return [e.code, e.path, e.value];
};

/** An object whose every property read throws (a hostile getter). */
function throwingOn(key: string, base: object = {}): object {
  return Object.defineProperty({ ...base }, key, {
    enumerable: true,
    get() {
      throw new Error("boom");
    },
  });
}

describe("isCalendarDate / parseCalendarDate: the Gregorian month lengths", () => {
  // 30 days hath September, April, June and November; February has 29 in a leap year (divisible by 4, except
  // centuries not divisible by 400).
  it.each([
    ["2023-01-31", true],
    ["2023-03-31", true],
    ["2023-04-30", true],
    ["2023-04-31", false],
    ["2023-05-31", true],
    ["2023-06-30", true],
    ["2023-06-31", false],
    ["2023-07-31", true],
    ["2023-08-31", true],
    ["2023-09-30", true],
    ["2023-09-31", false],
    ["2023-10-31", true],
    ["2023-11-30", true],
    ["2023-11-31", false],
    ["2023-12-31", true],
    ["2023-12-32", false],
    ["2023-02-28", true],
    ["2023-02-29", false],
    ["2024-02-29", true],
    ["2024-02-30", false],
    ["2000-02-29", true],
    ["2100-02-29", false],
    ["1900-02-29", false],
    ["2400-02-29", true],
    ["0004-02-29", true],
    ["2023-01-01", true],
    ["2023-12-01", true],
    ["9999-12-31", true],
  ] as const)("%s is %s", (text, valid) => {
    expect(isCalendarDate(text)).toBe(valid);
    if (valid) expect(parseCalendarDate(text)).toBe(text);
    else expect(triple(() => parseCalendarDate(text))).toEqual(["INVALID_DATE", ["date"], text]);
  });

  it("only the whole text YYYY-MM-DD, with four-digit years and two-digit months and days", () => {
    for (const bad of [
      "x2023-01-01",
      "2023-01-01x",
      "12023-01-01",
      "2023-001-01",
      "2023-01-001",
      "202-01-01",
    ]) {
      expect(isCalendarDate(bad), bad).toBe(false);
    }
    for (const notText of [20230101, null, undefined, new Date(0), ["2023-01-01"]]) {
      expect(isCalendarDate(notText)).toBe(false);
    }
  });

  it("says which field, in both languages, and defaults the path to date", () => {
    const e = failure(() => parseCalendarDate("2023-02-30"));
    expect([e.code, e.path, e.value]).toEqual(["INVALID_DATE", ["date"], "2023-02-30"]);
    expect(e.rule).toBe("a calendar date is written YYYY-MM-DD and names a real day");
    expect(e.messages).toEqual({
      en: 'date: "2023-02-30" is not a calendar date (YYYY-MM-DD, a real day)',
      vi: 'date: "2023-02-30" không phải là ngày hợp lệ (YYYY-MM-DD, ngày có thật)',
    });
    const nested = failure(() => parseCalendarDate(null, ["a", 0, "b"]));
    expect(nested.path).toEqual(["a", 0, "b"]);
    expect(nested.messages).toEqual({
      en: "a.0.b: null is not a calendar date (YYYY-MM-DD, a real day)",
      vi: "a.0.b: null không phải là ngày hợp lệ (YYYY-MM-DD, ngày có thật)",
    });
  });
});

describe("calendarDate and calendarParts", () => {
  it("pads years below 1000 to four digits and months and days to two", () => {
    expect(calendarDate(99, 1, 2)).toBe("0099-01-02");
    expect(calendarDate(1, 12, 31)).toBe("0001-12-31");
    expect(calendarDate(2026, 5, 22)).toBe("2026-05-22");
    expect(calendarParts("0099-01-02")).toEqual({ year: 99, month: 1, day: 2 });
    expect(calendarParts("2024-12-31")).toEqual({ year: 2024, month: 12, day: 31 });
  });

  it("parts that are not whole numbers: INVALID_DATE at date, with the three parts as the value", () => {
    for (const [y, m, d] of [
      [2026.5, 1, 1],
      [2026, 1.5, 1],
      [2026, 1, 1.5],
      [Number.NaN, 1, 1],
      [2026, Number.POSITIVE_INFINITY, 1],
      [2026, 1, 2 ** 53],
    ]) {
      expect(triple(() => calendarDate(y as number, m as number, d as number))).toEqual([
        "INVALID_DATE",
        ["date"],
        [y, m, d],
      ]);
    }
    const e = failure(() => calendarDate(2026, 1.5, "3" as never));
    expect(e.rule).toBe("a calendar date has a whole year, month and day");
    expect(e.messages).toEqual({
      en: 'date: 2026, 1.5, "3" are not a whole year, month and day',
      vi: 'date: 2026, 1.5, "3" không phải là năm, tháng, ngày nguyên',
    });
  });

  it("whole parts that name no day: INVALID_DATE at date, with the text as the value", () => {
    expect(triple(() => calendarDate(2023, 2, 29))).toEqual(["INVALID_DATE", ["date"], "2023-02-29"]);
    expect(triple(() => calendarDate(2023, 13, 1))).toEqual(["INVALID_DATE", ["date"], "2023-13-01"]);
    expect(triple(() => calendarDate(10000, 1, 1))).toEqual(["INVALID_DATE", ["date"], "10000-01-01"]);
    expect(calendarDate(2024, 2, 29)).toBe("2024-02-29");
  });

  it("calendarParts refuses anything but a valid date at date", () => {
    expect(triple(() => calendarParts("2023-02-29"))).toEqual(["INVALID_DATE", ["date"], "2023-02-29"]);
  });
});

describe("addDays and addMonths: whole numbers only", () => {
  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, "1"])(
    "addDays(…, %j): INVALID_ARGUMENT at days",
    (n) => {
      const e = failure(() => addDays("2026-01-01", n as number));
      expect([e.code, e.path, e.value]).toEqual(["INVALID_ARGUMENT", ["days"], n]);
      expect(e.rule).toBe("a number of days is a whole number");
    },
  );

  it.each([1.5, Number.NaN, -Number.POSITIVE_INFINITY, "1"])(
    "addMonths(…, %j): INVALID_ARGUMENT at months",
    (n) => {
      const e = failure(() => addMonths("2026-01-01", n as number));
      expect([e.code, e.path, e.value]).toEqual(["INVALID_ARGUMENT", ["months"], n]);
      expect(e.rule).toBe("a number of months is a whole number");
    },
  );

  it("words the refusal in both languages", () => {
    expect(failure(() => addDays("2026-01-01", 0.5)).messages).toEqual({
      en: "days: 0.5 is not a whole number",
      vi: "days: 0.5 không phải là số nguyên",
    });
    expect(failure(() => addMonths("2026-01-01", 0.5)).messages).toEqual({
      en: "months: 0.5 is not a whole number",
      vi: "months: 0.5 không phải là số nguyên",
    });
  });

  it("checks the date first, at date", () => {
    expect(triple(() => addDays("2026-02-30" as CalendarDate, 1.5))).toEqual([
      "INVALID_DATE",
      ["date"],
      "2026-02-30",
    ]);
    expect(triple(() => addMonths("2026-02-30" as CalendarDate, 1))).toEqual([
      "INVALID_DATE",
      ["date"],
      "2026-02-30",
    ]);
  });

  it("crosses month, year and century ends, both ways", () => {
    expect(addDays("2024-02-29", 1)).toBe("2024-03-01");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(addDays("2100-02-28", 1)).toBe("2100-03-01");
    expect(addDays("2000-02-28", 1)).toBe("2000-02-29");
    expect(addDays("2026-05-22", 0)).toBe("2026-05-22");
    expect(addDays("0099-12-31", 1)).toBe("0100-01-01");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2024-03-31", -1)).toBe("2024-02-29");
    expect(addMonths("2026-03-31", 1)).toBe("2026-04-30");
    expect(addMonths("2026-05-22", 0)).toBe("2026-05-22");
    expect(addMonths("2026-11-15", 2)).toBe("2027-01-15");
    expect(addMonths("2026-01-15", -1)).toBe("2025-12-15");
  });
});

describe("daysBetween, compareDates, dayOfWeek", () => {
  it("daysBetween names the bad end: from or to", () => {
    expect(triple(() => daysBetween("2026-13-01" as CalendarDate, "2026-01-01"))).toEqual([
      "INVALID_DATE",
      ["from"],
      "2026-13-01",
    ]);
    expect(triple(() => daysBetween("2026-01-01", "2026-13-01" as CalendarDate))).toEqual([
      "INVALID_DATE",
      ["to"],
      "2026-13-01",
    ]);
    expect(daysBetween("2026-01-01", "2026-01-01")).toBe(0);
    expect(daysBetween("2100-02-28", "2100-03-01")).toBe(1);
    expect(daysBetween("2000-02-28", "2000-03-01")).toBe(2);
  });

  it("compareDates answers exactly -1, 0 or 1 and names the bad argument a or b", () => {
    expect(compareDates("2026-01-01", "2026-01-01")).toBe(0);
    expect(compareDates("2025-12-31", "2026-01-01")).toBe(-1);
    expect(compareDates("2026-01-01", "2025-12-31")).toBe(1);
    expect(triple(() => compareDates("x" as CalendarDate, "2026-01-01"))).toEqual([
      "INVALID_DATE",
      ["a"],
      "x",
    ]);
    expect(triple(() => compareDates("2026-01-01", "y" as CalendarDate))).toEqual([
      "INVALID_DATE",
      ["b"],
      "y",
    ]);
  });

  it("dayOfWeek: 0 = Sunday … 6 = Saturday, and refuses a bad date at date", () => {
    expect(
      ["2026-05-17", "2026-05-18", "2026-05-19", "2026-05-20", "2026-05-21", "2026-05-22", "2026-05-23"].map(
        (d) => dayOfWeek(d as CalendarDate),
      ),
    ).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(dayOfWeek("2000-01-01")).toBe(6);
    expect(dayOfWeek("2100-12-31")).toBe(5);
    expect(triple(() => dayOfWeek("2026-02-29" as CalendarDate))).toEqual([
      "INVALID_DATE",
      ["date"],
      "2026-02-29",
    ]);
  });
});

describe("vietnamDateOf: the instant's day at UTC+7", () => {
  it("takes a Date or epoch milliseconds; the day turns at 17:00 UTC", () => {
    expect(vietnamDateOf(0)).toBe("1970-01-01");
    expect(vietnamDateOf(new Date(0))).toBe("1970-01-01");
    expect(vietnamDateOf(Date.UTC(1999, 11, 31, 16, 59, 59, 999))).toBe("1999-12-31");
    expect(vietnamDateOf(Date.UTC(1999, 11, 31, 17))).toBe("2000-01-01");
    expect(vietnamDateOf(-1)).toBe("1970-01-01");
  });

  it("refuses what is not an instant: INVALID_INSTANT at instant, the value as given", () => {
    // ±8.64e15 ms is the range of an ECMAScript Date; one millisecond further is not an instant.
    for (const bad of [
      8.64e15 + 1,
      -8.64e15 - 1,
      Number.NaN,
      Number.NEGATIVE_INFINITY,
      "0",
      null,
      undefined,
      0n,
    ]) {
      expect(triple(() => vietnamDateOf(bad as never))).toEqual(["INVALID_INSTANT", ["instant"], bad]);
    }
    const invalid = new Date(Number.NaN);
    const e = failure(() => vietnamDateOf(invalid));
    expect([e.code, e.path, e.value]).toEqual(["INVALID_INSTANT", ["instant"], invalid]);
    expect(e.rule).toBe("an instant is a valid Date or a finite epoch milliseconds number");
    expect(e.messages).toEqual({
      en: "instant: an invalid Date is not a valid instant",
      vi: "instant: một Date không hợp lệ không phải là thời điểm hợp lệ",
    });
    expect(failure(() => vietnamDateOf(Object.create(Date.prototype))).messages.en).toBe(
      "instant: an object is not a valid instant",
    );
  });

  it("an instant whose Vietnam date has no four-digit year is INVALID_INSTANT too", () => {
    // Was: INVALID_DATE at "date", "NaN, NaN, NaN are not a whole year, month and day" at the end of the range.
    const lastDay = Date.UTC(9999, 11, 31, 16, 59, 59, 999); // 23:59:59.999 on 9999-12-31 in Hà Nội
    expect(vietnamDateOf(lastDay)).toBe("9999-12-31");
    const yearMinusOne = Date.parse("-000001-06-01T00:00:00Z");
    for (const bad of [8.64e15, -8.64e15, lastDay + 1, yearMinusOne]) {
      const e = failure(() => vietnamDateOf(bad));
      expect([e.code, e.path, e.value]).toEqual(["INVALID_INSTANT", ["instant"], bad]);
      expect(e.rule).toBe("an instant whose date in Vietnam falls in the years 1 to 9999");
    }
  });
});

describe("checkYear: 2000–2100, whole numbers", () => {
  it("accepts both ends and refuses one year past either", () => {
    expect(checkYear(2000)).toBe(2000);
    expect(checkYear(2100)).toBe(2100);
    const e = failure(() => checkYear(1999));
    expect([e.code, e.path, e.value]).toEqual(["NOT_COVERED", ["year"], 1999]);
    expect(e.rule).toBe("ocop's lunar calendar, holidays and working days cover the years 2000–2100");
    expect(e.messages).toEqual({
      en: "year: 1999 is outside the years covered (2000–2100)",
      vi: "year: 1999 nằm ngoài các năm được hỗ trợ (2000–2100)",
    });
    expect(triple(() => checkYear(2101, ["lunar", "year"]))).toEqual([
      "NOT_COVERED",
      ["lunar", "year"],
      2101,
    ]);
  });

  it("a year that is not a safe whole number is INVALID_ARGUMENT, before any range check", () => {
    for (const bad of [2024.5, 2 ** 53, Number.NaN, "2024", null]) {
      expect(triple(() => checkYear(bad))).toEqual(["INVALID_ARGUMENT", ["year"], bad]);
    }
    const e = failure(() => checkYear("2024", ["y"]));
    expect(e.rule).toBe("a year is a whole number");
    expect(e.messages).toEqual({
      en: 'y: "2024" is not a whole number',
      vi: 'y: "2024" không phải là số nguyên',
    });
    expect(triple(() => publicHolidays(2 ** 53))).toEqual(["INVALID_ARGUMENT", ["year"], 2 ** 53]);
    expect(triple(() => lunarNewYear(2101))).toEqual(["NOT_COVERED", ["year"], 2101]);
    expect(triple(() => leapMonthOf(1999))).toEqual(["NOT_COVERED", ["year"], 1999]);
  });
});

describe("solarToLunar: range and refusals", () => {
  it("NOT_COVERED one day outside 2000-01-01 … 2100-12-31, at date, in both languages", () => {
    const e = failure(() => solarToLunar("1999-12-31"));
    expect([e.code, e.path, e.value]).toEqual(["NOT_COVERED", ["date"], "1999-12-31"]);
    expect(e.rule).toBe("the lunar calendar of ocop covers solar dates 2000-01-01 to 2100-12-31");
    expect(e.messages).toEqual({
      en: "date: 1999-12-31 is outside the lunar calendar's range (2000-01-01 to 2100-12-31)",
      vi: "date: 1999-12-31 nằm ngoài phạm vi âm lịch được hỗ trợ (01/01/2000 đến 31/12/2100)",
    });
    expect(triple(() => solarToLunar("2101-01-01"))).toEqual(["NOT_COVERED", ["date"], "2101-01-01"]);
    expect(triple(() => solarToLunar("2024-02-30" as CalendarDate))).toEqual([
      "INVALID_DATE",
      ["date"],
      "2024-02-30",
    ]);
  });

  it("lunar month 11 and 12 belong to the lunar year that started before them", () => {
    // 2033 has a leap month 11 (Hồ Ngọc Đức's tables): 2033-12-22 starts it, in lunar year 2033.
    expect(solarToLunar("2033-12-21")).toEqual({ year: 2033, month: 11, day: 30, leap: false });
    expect(solarToLunar("2033-12-22")).toEqual({ year: 2033, month: 11, day: 1, leap: true });
    expect(solarToLunar("2100-12-31")).toEqual({ year: 2100, month: 12, day: 1, leap: false });
    expect(solarToLunar("2000-01-06")).toEqual({ year: 1999, month: 11, day: 30, leap: false });
    expect(solarToLunar("2000-01-01")).toEqual({ year: 1999, month: 11, day: 25, leap: false });
  });
});

describe("lunarToSolar: what a lunar date may be", () => {
  it("not an object: INVALID_ARGUMENT at lunar, in both languages", () => {
    for (const bad of [null, undefined, 5, "2024-01-01", [2024, 1, 1]]) {
      expect(triple(() => lunarToSolar(bad as never))).toEqual(["INVALID_ARGUMENT", ["lunar"], bad]);
    }
    const e = failure(() => lunarToSolar(null as never));
    expect(e.rule).toBe("a lunar date is an object { year, month, day, leap? }");
    expect(e.messages).toEqual({
      en: "lunar: null is not a lunar date { year, month, day, leap? }",
      vi: "lunar: null không phải là ngày âm lịch { year, month, day, leap? }",
    });
  });

  it("each field is named at its path with its own rule and wording", () => {
    const cases: [object, string, unknown, string, string, string][] = [
      [
        { year: 2024.5, month: 1, day: 1 },
        "year",
        2024.5,
        "a lunar year is a whole number",
        "lunar.year: 2024.5 is not a whole number",
        "lunar.year: 2024.5 không phải là số nguyên",
      ],
      [
        { year: 2 ** 53, month: 1, day: 1 },
        "year",
        2 ** 53,
        "a lunar year is a whole number",
        `lunar.year: ${2 ** 53} is not a whole number`,
        `lunar.year: ${2 ** 53} không phải là số nguyên`,
      ],
      [
        { year: 2024, month: 13, day: 1 },
        "month",
        13,
        "a lunar month is a whole number from 1 to 12",
        "lunar.month: 13 is not a month 1–12",
        "lunar.month: 13 không phải là tháng 1–12",
      ],
      [
        { year: 2024, month: 1.5, day: 1 },
        "month",
        1.5,
        "a lunar month is a whole number from 1 to 12",
        "lunar.month: 1.5 is not a month 1–12",
        "lunar.month: 1.5 không phải là tháng 1–12",
      ],
      [
        { year: 2024, month: 1, day: 31 },
        "day",
        31,
        "a lunar day is a whole number from 1 to 30",
        "lunar.day: 31 is not a day 1–30",
        "lunar.day: 31 không phải là ngày 1–30",
      ],
      [
        { year: 2024, month: 1, day: 0.5 },
        "day",
        0.5,
        "a lunar day is a whole number from 1 to 30",
        "lunar.day: 0.5 is not a day 1–30",
        "lunar.day: 0.5 không phải là ngày 1–30",
      ],
      [
        { year: 2024, month: 1, day: 1, leap: 1 },
        "leap",
        1,
        "leap is true, false or absent",
        "lunar.leap: 1 is not a boolean",
        "lunar.leap: 1 không phải là giá trị đúng/sai",
      ],
      [
        { year: 2024, month: 1, day: 1, leap: null },
        "leap",
        null,
        "leap is true, false or absent",
        "lunar.leap: null is not a boolean",
        "lunar.leap: null không phải là giá trị đúng/sai",
      ],
    ];
    for (const [input, field, value, rule, en, vi] of cases) {
      const e = failure(() => lunarToSolar(input as never));
      expect([e.code, e.path, e.value, e.rule]).toEqual(["INVALID_ARGUMENT", ["lunar", field], value, rule]);
      expect(e.messages).toEqual({ en, vi });
    }
  });

  it("checks the fields in order year, month, day, leap", () => {
    expect(failure(() => lunarToSolar({ year: "x", month: 0, day: 0, leap: "y" } as never)).path).toEqual([
      "lunar",
      "year",
    ]);
    expect(failure(() => lunarToSolar({ year: 2024, month: 0, day: 0, leap: "y" } as never)).path).toEqual([
      "lunar",
      "month",
    ]);
    expect(failure(() => lunarToSolar({ year: 2024, month: 1, day: 0, leap: "y" } as never)).path).toEqual([
      "lunar",
      "day",
    ]);
  });

  it("month 1 and 12, day 1 and 30 are in range; leap may be false or left out", () => {
    expect(lunarToSolar({ year: 2025, month: 12, day: 1 })).toBe("2026-01-19");
    expect(lunarToSolar({ year: 2026, month: 1, day: 30 })).toBe("2026-03-18");
    expect(lunarToSolar({ year: 2026, month: 1, day: 1, leap: false })).toBe("2026-02-17");
    expect(lunarToSolar({ year: 2026, month: 1, day: 1, leap: undefined } as never)).toBe("2026-02-17");
  });

  it("a getter that throws is INVALID_ARGUMENT at the field read", () => {
    for (const key of ["year", "month", "day", "leap"]) {
      const input = throwingOn(key, { year: 2026, month: 1, day: 1 });
      expect(triple(() => lunarToSolar(input as never))).toEqual([
        "INVALID_ARGUMENT",
        ["lunar", key],
        undefined,
      ]);
    }
  });

  it("a leap month the year does not have: INVALID_ARGUMENT at leap, naming year and month", () => {
    const e = failure(() => lunarToSolar({ year: 2024, month: 5, day: 1, leap: true }));
    expect([e.code, e.path, e.value]).toEqual(["INVALID_ARGUMENT", ["lunar", "leap"], true]);
    expect(e.rule).toBe("a leap month exists only where the lunar year has one");
    expect(e.messages).toEqual({
      en: "lunar.leap: true is not possible: lunar year 2024 has no leap month 5",
      vi: "lunar.leap: true không hợp lệ: năm âm lịch 2024 không có tháng 5 nhuận",
    });
  });

  it("a day past the month's end names the month, the leap flag and the month's length", () => {
    // Hồ Ngọc Đức's tables: tháng Chạp Ất Tỵ (12/2025) and the leap 6th month of 2025 have 29 days.
    const regular = failure(() => lunarToSolar({ year: 2025, month: 12, day: 30 }));
    expect([regular.code, regular.path, regular.value]).toEqual(["INVALID_ARGUMENT", ["lunar", "day"], 30]);
    expect(regular.rule).toBe("a lunar month has 29 or 30 days");
    expect(regular.messages).toEqual({
      en: "lunar.day: 30 is past the end of lunar month 12/2025, which has 29 days",
      vi: "lunar.day: 30 vượt quá số ngày của tháng 12/2025 âm lịch (29 ngày)",
    });
    expect(failure(() => lunarToSolar({ year: 2025, month: 6, day: 30, leap: true })).messages).toEqual({
      en: "lunar.day: 30 is past the end of lunar month 6 (leap)/2025, which has 29 days",
      vi: "lunar.day: 30 vượt quá số ngày của tháng 6 nhuận/2025 âm lịch (29 ngày)",
    });
    expect(lunarToSolar({ year: 2025, month: 6, day: 29, leap: true })).toBe("2025-08-22");
  });

  it("lunar years 1999 to 2100; a day outside the solar range is NOT_COVERED at lunar", () => {
    const early = failure(() => lunarToSolar({ year: 1998, month: 12, day: 1 }));
    expect([early.code, early.path, early.value]).toEqual(["NOT_COVERED", ["lunar", "year"], 1998]);
    expect(early.rule).toBe("the lunar calendar of ocop covers solar dates 2000-01-01 to 2100-12-31");
    expect(early.messages).toEqual({
      en: "lunar.year: 1998 is outside the lunar calendar's range (2000-01-01 to 2100-12-31)",
      vi: "lunar.year: 1998 nằm ngoài phạm vi âm lịch được hỗ trợ (01/01/2000 đến 31/12/2100)",
    });
    expect(triple(() => lunarToSolar({ year: 2101, month: 1, day: 1 }))).toEqual([
      "NOT_COVERED",
      ["lunar", "year"],
      2101,
    ]);
    // Lunar 1/1/1999 is 1999-02-16: a lunar year the range reaches, a day it does not.
    const solar = failure(() => lunarToSolar({ year: 1999, month: 1, day: 1 }));
    expect([solar.code, solar.path, solar.value]).toEqual(["NOT_COVERED", ["lunar"], "1999-02-16"]);
    expect(solar.messages).toEqual({
      en: "lunar: 1999-02-16 is outside the lunar calendar's range (2000-01-01 to 2100-12-31)",
      vi: "lunar: 1999-02-16 nằm ngoài phạm vi âm lịch được hỗ trợ (01/01/2000 đến 31/12/2100)",
    });
    expect(triple(() => lunarToSolar({ year: 2100, month: 12, day: 2 }))).toEqual([
      "NOT_COVERED",
      ["lunar"],
      "2101-01-01",
    ]);
  });
});

describe("publicHolidays: options and their refusals", () => {
  it("options that are not an object: INVALID_ARGUMENT at options, in both languages", () => {
    for (const bad of [null, "x", 3, [1], true]) {
      expect(triple(() => publicHolidays(2026, bad as never))).toEqual([
        "INVALID_ARGUMENT",
        ["options"],
        bad,
      ]);
    }
    const e = failure(() => publicHolidays(2026, [] as never));
    expect(e.rule).toBe("holiday options are an object");
    expect(e.messages).toEqual({
      en: "options: an array is not an object",
      vi: "options: một mảng không phải là đối tượng",
    });
  });

  it("tetDaysBefore not a whole number: INVALID_ARGUMENT at options.tetDaysBefore", () => {
    for (const bad of ["2", 1.5, null, Number.NaN, true]) {
      expect(triple(() => publicHolidays(2026, { tetDaysBefore: bad as never }))).toEqual([
        "INVALID_ARGUMENT",
        ["options", "tetDaysBefore"],
        bad,
      ]);
    }
    const e = failure(() => publicHolidays(2026, { tetDaysBefore: "2" as never }));
    expect(e.rule).toBe("tetDaysBefore is a whole number of days");
    expect(e.messages).toEqual({
      en: 'options.tetDaysBefore: "2" is not a whole number',
      vi: 'options.tetDaysBefore: "2" không phải là số nguyên',
    });
  });

  it('nationalDayAdjacent other than "before" or "after": INVALID_ARGUMENT at options.nationalDayAdjacent', () => {
    for (const bad of ["middle", null, 1, "Before", ""]) {
      expect(triple(() => publicHolidays(2026, { nationalDayAdjacent: bad as never }))).toEqual([
        "INVALID_ARGUMENT",
        ["options", "nationalDayAdjacent"],
        bad,
      ]);
    }
    const e = failure(() => publicHolidays(2026, { nationalDayAdjacent: "middle" as never }));
    expect(e.rule).toBe('nationalDayAdjacent is "before" or "after"');
    expect(e.messages).toEqual({
      en: 'options.nationalDayAdjacent: "middle" is not "before" or "after"',
      vi: 'options.nationalDayAdjacent: "middle" phải là "before" hoặc "after"',
    });
  });

  it("options whose reading throws: INVALID_ARGUMENT at options", () => {
    expect(triple(() => publicHolidays(2026, throwingOn("tetDaysBefore") as never))).toEqual([
      "INVALID_ARGUMENT",
      ["options"],
      undefined,
    ]);
  });

  it("a key present but undefined is the default (with the default's basis)", () => {
    const plain = publicHolidays(2026);
    expect(
      publicHolidays(2026, { tetDaysBefore: undefined, nationalDayAdjacent: undefined } as never),
    ).toEqual(plain);
    expect(publicHolidays(2026, {})).toEqual(plain);
    expect(plain[1]?.basis).toContain("; ocop defaults to the last 2 days of the old lunar year");
  });

  it("a split the code in force does not allow names the year and the allowed values", () => {
    // Labour Code 2019, Article 112: 1–3 days before lunar 1/1.
    const e2026 = failure(() => publicHolidays(2026, { tetDaysBefore: 4 }));
    expect([e2026.code, e2026.path, e2026.value]).toEqual([
      "INVALID_ARGUMENT",
      ["options", "tetDaysBefore"],
      4,
    ]);
    expect(e2026.rule).toBe(
      'Labour Code 2019 (45/2019/QH14), Article 112.1.b ("Tết Âm lịch: 05 ngày"); Article 112.3: the Prime Minister sets the days each year: days of Tết before lunar 1/1 allowed: 1, 2, 3',
    );
    expect(e2026.messages).toEqual({
      en: "options.tetDaysBefore: 4 is not allowed for Tết 2026 (allowed: 1, 2, 3)",
      vi: "options.tetDaysBefore: 4 không được phép cho Tết 2026 (được phép: 1, 2, 3)",
    });
    // Labour Code 2012, Article 115 with Decree 45/2013/NĐ-CP: 1 or 2.
    expect(failure(() => publicHolidays(2020, { tetDaysBefore: 3 })).messages.en).toBe(
      "options.tetDaysBefore: 3 is not allowed for Tết 2020 (allowed: 1, 2)",
    );
    // Tết 2013 (10 February) fell before the 2012 code took effect (1 May 2013): the 1994 code's fixed split applies,
    // so 2 is refused in 2013 although the 2012 code, in force from May, allows it.
    const e2013 = failure(() => publicHolidays(2013, { tetDaysBefore: 2 }));
    expect(e2013.messages.en).toBe("options.tetDaysBefore: 2 is not allowed for Tết 2013 (allowed: 1)");
    expect(e2013.rule).toContain("as amended by Law 84/2007/QH11");
    expect(publicHolidays(2013, { tetDaysBefore: 1 }).map((h) => h.date)).toEqual(
      publicHolidays(2013).map((h) => h.date),
    );
    expect(publicHolidays(2014, { tetDaysBefore: 1 })[1]?.date).toBe("2014-01-30");
    expect(publicHolidays(2014)[1]?.date).toBe("2014-01-29");
  });

  it("an explicit split drops the default's basis; an explicit adjacent day too", () => {
    const chosen = publicHolidays(2026, { tetDaysBefore: 2 });
    expect(chosen.map((h) => h.date)).toEqual(publicHolidays(2026).map((h) => h.date));
    expect(chosen[1]?.basis).toBe(
      'Labour Code 2019 (45/2019/QH14), Article 112.1.b ("Tết Âm lịch: 05 ngày"); Article 112.3: the Prime Minister sets the days each year',
    );
    const adjacent = publicHolidays(2026, { nationalDayAdjacent: "before" }).find(
      (h) => h.date === "2026-09-01",
    );
    expect(adjacent?.basis).toBe(
      'Labour Code 2019 (45/2019/QH14), Article 112.1.đ ("02 ngày: ngày 02 tháng 9 dương lịch và 01 ngày liền kề trước hoặc sau"); Article 112.3',
    );
    expect(adjacent?.name).toEqual({ vi: "Quốc khánh (ngày liền kề)", en: "National Day (adjacent day)" });
    const byDefault = publicHolidays(2026).find((h) => h.date === "2026-09-01");
    expect(byDefault?.basis).toContain("; ocop defaults to the adjacent day that is a working day");
  });
});

describe("publicHolidays: the code in force on each day", () => {
  it("2013: Labour Day, on the 2012 code's first day (1 May 2013), is already under it; 30 April is not", () => {
    const h2013 = publicHolidays(2013);
    const basis = (date: string) => h2013.find((h) => h.date === date)?.basis;
    expect(basis("2013-04-30")).toBe("Labour Code 1994, Article 73 as amended by Law 84/2007/QH11");
    expect(basis("2013-05-01")).toBe("Labour Code 2012 (10/2012/QH13), Article 115.1.d");
    expect(basis("2013-09-02")).toBe("Labour Code 2012 (10/2012/QH13), Article 115.1.đ");
    expect(basis("2013-01-01")).toBe("Labour Code 1994, Article 73 as amended by Law 84/2007/QH11");
  });

  it("2007: Tết (February) under the 1994 text, Hùng Kings' day (26 April) under Law 84/2007/QH11", () => {
    const h2007 = publicHolidays(2007);
    expect(h2007[0]?.basis).toBe("Labour Code 1994 (23 June 1994), Article 73");
    expect(h2007[1]?.basis).toBe(
      'Labour Code 1994 (23 June 1994), Article 73 ("bốn ngày: một ngày cuối năm và ba ngày đầu năm âm lịch"); fixed by the article: the last day of the old lunar year and the first three of the new',
    );
    expect(h2007.find((h) => h.date === "2007-04-26")).toEqual({
      date: "2007-04-26",
      name: { vi: "Giỗ Tổ Hùng Vương (10/3 âm lịch)", en: "Hùng Kings' Commemoration Day (lunar 3/10)" },
      basis: "Labour Code 1994, Article 73 as amended by Law 84/2007/QH11",
    });
  });

  it("2021: New Year's Day, the 2019 code's first day, is under it", () => {
    expect(publicHolidays(2021)[0]).toEqual({
      date: "2021-01-01",
      name: { vi: "Tết Dương lịch", en: "New Year's Day" },
      basis: "Labour Code 2019 (45/2019/QH14), Article 112.1.a",
    });
    expect(publicHolidays(2020)[0]?.basis).toBe("Labour Code 2012 (10/2012/QH13), Article 115.1.a");
  });

  it("names the Tết days of the old year by the lunar month (30 tháng Chạp) and of the new by mùng", () => {
    const tet2024 = publicHolidays(2024).slice(1, 6);
    expect(tet2024.map((h) => h.name)).toEqual([
      { vi: "Tết Âm lịch (29 tháng Chạp)", en: "Lunar New Year (Tết), lunar month 12, day 29" },
      { vi: "Tết Âm lịch (30 tháng Chạp)", en: "Lunar New Year (Tết), lunar month 12, day 30" },
      { vi: "Tết Âm lịch (mùng 1 tháng Giêng)", en: "Lunar New Year (Tết), lunar month 1, day 1" },
      { vi: "Tết Âm lịch (mùng 2 tháng Giêng)", en: "Lunar New Year (Tết), lunar month 1, day 2" },
      { vi: "Tết Âm lịch (mùng 3 tháng Giêng)", en: "Lunar New Year (Tết), lunar month 1, day 3" },
    ]);
    expect(publicHolidays(2026, { tetDaysBefore: 3 })[1]?.name).toEqual({
      vi: "Tết Âm lịch (27 tháng Chạp)",
      en: "Lunar New Year (Tết), lunar month 12, day 27",
    });
  });

  it("covers 2000 and 2100, the first and last years", () => {
    expect(publicHolidays(2000).map((h) => h.date)).toEqual([
      "2000-01-01",
      "2000-02-04",
      "2000-02-05",
      "2000-02-06",
      "2000-02-07",
      "2000-04-30",
      "2000-05-01",
      "2000-09-02",
    ]);
    const h2100 = publicHolidays(2100);
    expect(h2100).toHaveLength(11);
    expect(h2100.slice(1, 6).map((h) => h.date)).toEqual([
      "2100-02-07",
      "2100-02-08",
      "2100-02-09",
      "2100-02-10",
      "2100-02-11",
    ]);
  });
});

describe("compensatoryDaysOff: the next day that is neither a weekend, a holiday, nor already taken", () => {
  it("2000 under the 1994 code (Article 73): New Year Saturday, Tết Saturday–Sunday, 30 April and 2 September Sundays", () => {
    const c2000 = compensatoryDaysOff(2000);
    expect(c2000.map((c) => [c.replaces, c.date])).toEqual([
      ["2000-01-01", "2000-01-03"],
      ["2000-02-05", "2000-02-08"],
      ["2000-02-06", "2000-02-09"],
      ["2000-04-30", "2000-05-02"],
      ["2000-09-02", "2000-09-04"],
    ]);
    expect(c2000[1]).toEqual({
      date: "2000-02-08",
      replaces: "2000-02-05",
      name: {
        vi: "Nghỉ bù Tết Âm lịch (mùng 1 tháng Giêng) (2000-02-05)",
        en: "Day off in lieu of Lunar New Year (Tết), lunar month 1, day 1 (2000-02-05)",
      },
      basis:
        'Labour Code 1994 (23 June 1994), Article 73: a holiday that falls on a weekly rest day is taken on the following day ("nghỉ bù vào ngày tiếp theo")',
    });
  });

  it("2005: 30 April (Saturday) and 1 May (Sunday) give 2 and 3 May", () => {
    expect(compensatoryDaysOff(2005).map((c) => [c.replaces, c.date])).toEqual([
      ["2005-01-01", "2005-01-03"],
      ["2005-04-30", "2005-05-02"],
      ["2005-05-01", "2005-05-03"],
    ]);
  });

  it("cites the code in force on the holiday replaced", () => {
    expect(compensatoryDaysOff(2016)[0]?.basis).toBe(
      'Labour Code 2012 (10/2012/QH13), Article 115.3: a holiday that falls on a weekly rest day is taken on the next day ("nghỉ bù vào ngày kế tiếp")',
    );
    expect(compensatoryDaysOff(2023)[0]?.basis).toBe(
      "Labour Code 2019 (45/2019/QH14), Article 111.3: when a weekly rest day coincides with a holiday of Article 112.1, " +
        'the rest day is taken on the next working day ("nghỉ bù ngày nghỉ hằng tuần vào ngày làm việc kế tiếp")',
    );
  });

  it("refuses what publicHolidays refuses, at the same path", () => {
    expect(triple(() => compensatoryDaysOff(2101))).toEqual(["NOT_COVERED", ["year"], 2101]);
    expect(triple(() => compensatoryDaysOff(2026, { tetDaysBefore: 0 }))).toEqual([
      "INVALID_ARGUMENT",
      ["options", "tetDaysBefore"],
      0,
    ]);
  });
});

describe("working days: refusals", () => {
  const outside = (path: string, value: unknown) => ({
    en: `${path}: ${JSON.stringify(value)} is outside the working-day calendar (2000-01-01 to 2100-12-31)`,
    vi: `${path}: ${JSON.stringify(value)} nằm ngoài lịch ngày làm việc (01/01/2000 đến 31/12/2100)`,
  });

  it("isWorkingDay: NOT_COVERED at date one day outside the range, in both languages", () => {
    for (const date of ["1999-12-31", "2101-01-01"] as const) {
      const e = failure(() => isWorkingDay(date));
      expect([e.code, e.path, e.value]).toEqual(["NOT_COVERED", ["date"], date]);
      expect(e.rule).toBe("ocop's working-day calendar covers 2000-01-01 to 2100-12-31");
      expect(e.messages).toEqual(outside("date", date));
    }
    expect(triple(() => isWorkingDay("2026-02-29" as CalendarDate))).toEqual([
      "INVALID_DATE",
      ["date"],
      "2026-02-29",
    ]);
  });

  it("the first and last covered days are answered", () => {
    expect(isWorkingDay("2000-01-01")).toBe(false); // Saturday, New Year's Day
    expect(isWorkingDay("2000-01-03")).toBe(false); // Monday, in lieu of New Year's Day
    expect(isWorkingDay("2000-01-04")).toBe(true);
    expect(isWorkingDay("2100-12-31")).toBe(true);
    expect(workingDayOnOrAfter("2000-01-01")).toBe("2000-01-04");
    expect(workingDayOnOrAfter("2100-12-31")).toBe("2100-12-31");
  });

  it("addWorkingDays names start, then days; a period past 2100-12-31 is NOT_COVERED at days", () => {
    expect(triple(() => addWorkingDays("2026-02-30" as CalendarDate, 1))).toEqual([
      "INVALID_DATE",
      ["start"],
      "2026-02-30",
    ]);
    const start = failure(() => addWorkingDays("1999-12-31", 1));
    expect([start.code, start.path, start.value]).toEqual(["NOT_COVERED", ["start"], "1999-12-31"]);
    expect(start.messages).toEqual(outside("start", "1999-12-31"));
    const past = failure(() => addWorkingDays("2100-12-30", 2));
    expect([past.code, past.path, past.value]).toEqual(["NOT_COVERED", ["days"], 2]);
    expect(past.messages).toEqual({
      en: "days: 2 is outside the working-day calendar (2000-01-01 to 2100-12-31)",
      vi: "days: 2 nằm ngoài lịch ngày làm việc (01/01/2000 đến 31/12/2100)",
    });
    expect(addWorkingDays("2100-12-30", 1)).toBe("2100-12-31");
    // days = 0 is allowed and returns the start unchanged, even a Saturday (Civil Code 2015, Article 147).
    expect(addWorkingDays("2026-05-23", 0)).toBe("2026-05-23");
    expect(addWorkingDays("2100-12-31", 0)).toBe("2100-12-31");
  });

  it("addWorkingDays: days is a whole number, 0 or more, in both languages", () => {
    for (const bad of [-1, 0.5, 2 ** 53, Number.NaN, "1", null]) {
      expect(triple(() => addWorkingDays("2026-05-22", bad as never))).toEqual([
        "INVALID_ARGUMENT",
        ["days"],
        bad,
      ]);
    }
    const e = failure(() => addWorkingDays("2026-05-22", -1));
    expect(e.rule).toBe("a number of working days is a whole number, 0 or more");
    expect(e.messages).toEqual({
      en: "days: -1 is not a whole number of days (0 or more)",
      vi: "days: -1 không phải là số ngày nguyên không âm",
    });
  });

  it("workingDaysBetween names from or to", () => {
    expect(triple(() => workingDaysBetween("x" as CalendarDate, "2026-01-01"))).toEqual([
      "INVALID_DATE",
      ["from"],
      "x",
    ]);
    expect(triple(() => workingDaysBetween("2026-01-01", "y" as CalendarDate))).toEqual([
      "INVALID_DATE",
      ["to"],
      "y",
    ]);
    const from = failure(() => workingDaysBetween("1999-12-31", "2000-01-10"));
    expect([from.code, from.path, from.value]).toEqual(["NOT_COVERED", ["from"], "1999-12-31"]);
    expect(from.messages).toEqual(outside("from", "1999-12-31"));
    const to = failure(() => workingDaysBetween("2000-01-10", "2101-01-01"));
    expect([to.code, to.path, to.value]).toEqual(["NOT_COVERED", ["to"], "2101-01-01"]);
    expect(to.messages).toEqual(outside("to", "2101-01-01"));
  });

  it("workingDayOnOrAfter: NOT_COVERED at date, with the date asked, when the next working day is past 2100", () => {
    const e = failure(() => workingDayOnOrAfter("2100-12-31", { extraDaysOff: ["2100-12-31"] }));
    expect([e.code, e.path, e.value]).toEqual(["NOT_COVERED", ["date"], "2100-12-31"]);
    expect(e.messages).toEqual(outside("date", "2100-12-31"));
    expect(triple(() => workingDayOnOrAfter("1999-12-31"))).toEqual(["NOT_COVERED", ["date"], "1999-12-31"]);
  });
});

describe("working days: the calendar of announced days", () => {
  it("not an object: INVALID_ARGUMENT at calendar, in both languages", () => {
    for (const bad of [null, "2026-05-22", 3, ["2026-05-22"]]) {
      expect(triple(() => isWorkingDay("2026-05-22", bad as never))).toEqual([
        "INVALID_ARGUMENT",
        ["calendar"],
        bad,
      ]);
    }
    const e = failure(() => workingDaysBetween("2026-05-22", "2026-05-29", null as never));
    expect(e.rule).toBe("the working calendar options are an object");
    expect(e.messages).toEqual({
      en: "calendar: null is not an object { extraDaysOff?, extraWorkingDays? }",
      vi: "calendar: null không phải là đối tượng { extraDaysOff?, extraWorkingDays? }",
    });
  });

  it("a list that is not an array: INVALID_ARGUMENT at its key", () => {
    for (const key of ["extraDaysOff", "extraWorkingDays"] as const) {
      const e = failure(() => workingDayOnOrAfter("2026-05-22", { [key]: "2026-05-22" } as never));
      expect([e.code, e.path, e.value]).toEqual(["INVALID_ARGUMENT", ["calendar", key], "2026-05-22"]);
      expect(e.rule).toBe(`${key} is an array of calendar dates`);
      expect(e.messages).toEqual({
        en: `calendar.${key}: "2026-05-22" is not an array of dates`,
        vi: `calendar.${key}: "2026-05-22" không phải là danh sách ngày`,
      });
    }
  });

  it("a list whose reading throws: INVALID_ARGUMENT at its key", () => {
    for (const key of ["extraDaysOff", "extraWorkingDays"]) {
      expect(triple(() => isWorkingDay("2026-05-22", throwingOn(key) as never))).toEqual([
        "INVALID_ARGUMENT",
        ["calendar", key],
        undefined,
      ]);
    }
  });

  it("a bad entry is INVALID_DATE at its index", () => {
    expect(triple(() => isWorkingDay("2026-05-22", { extraDaysOff: ["2026-05-23", 7 as never] }))).toEqual([
      "INVALID_DATE",
      ["calendar", "extraDaysOff", 1],
      7,
    ]);
  });

  it("a day in both lists: INVALID_ARGUMENT at calendar, naming the day", () => {
    const e = failure(() =>
      isWorkingDay("2026-05-22", {
        extraDaysOff: ["2026-05-20", "2026-05-21"],
        extraWorkingDays: ["2026-05-21"],
      }),
    );
    expect([e.code, e.path, e.value]).toEqual(["INVALID_ARGUMENT", ["calendar"], "2026-05-21"]);
    expect(e.rule).toBe("a day cannot be both an extra day off and an extra working day");
    expect(e.messages).toEqual({
      en: "calendar: 2026-05-21 is listed both in extraDaysOff and in extraWorkingDays",
      vi: "calendar: 2026-05-21 vừa nằm trong extraDaysOff vừa nằm trong extraWorkingDays",
    });
  });

  it("lists present but undefined, or empty, change nothing", () => {
    expect(
      isWorkingDay("2026-05-22", { extraDaysOff: undefined, extraWorkingDays: undefined } as never),
    ).toBe(true);
    expect(addWorkingDays("2026-05-22", 1, { extraDaysOff: [], extraWorkingDays: [] })).toBe("2026-05-25");
  });

  it("an extra day off on a weekday is skipped; an extra working Saturday is counted", () => {
    expect(isWorkingDay("2026-05-21", { extraDaysOff: ["2026-05-21"] })).toBe(false);
    expect(addWorkingDays("2026-05-20", 1, { extraDaysOff: ["2026-05-21"] })).toBe("2026-05-22");
    expect(addWorkingDays("2026-05-22", 1, { extraWorkingDays: ["2026-05-23"] })).toBe("2026-05-23");
    expect(workingDaysBetween("2026-05-22", "2026-05-25", { extraWorkingDays: ["2026-05-24"] })).toBe(2);
    expect(workingDayOnOrAfter("2026-05-23", { extraWorkingDays: ["2026-05-24"] })).toBe("2026-05-24");
  });
});

describe("workingDaysBetween: signs", () => {
  it("is +0, never -0, when no working day lies between, whichever way round", () => {
    expect(workingDaysBetween("2026-05-24", "2026-05-23")).toBe(0); // Sunday back to Saturday
    expect(workingDaysBetween("2026-05-23", "2026-05-24")).toBe(0);
    expect(workingDaysBetween("2026-05-25", "2026-05-22")).toBe(-1); // Monday back to Friday: Monday counts
    expect(workingDaysBetween("2026-05-22", "2026-05-25")).toBe(1);
  });
});
