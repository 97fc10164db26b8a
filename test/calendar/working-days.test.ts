import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, type CalendarDate, dayOfWeek } from "../../src/calendar/calendar-date.js";
import { dateOfJulianDayNumber, julianDayNumber } from "../../src/calendar/lunar.js";
import {
  addWorkingDays,
  compensatoryDaysOff,
  isWorkingDay,
  publicHolidays,
  type WorkingCalendarOptions,
  workingDayOnOrAfter,
  workingDaysBetween,
} from "../../src/calendar/working-days.js";
import { OcopError } from "../../src/errors/ocop-error.js";

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof OcopError) return error.code;
    throw error;
  }
  return undefined;
}

function daysOffBetween(
  from: CalendarDate,
  to: CalendarDate,
  calendar?: WorkingCalendarOptions,
): CalendarDate[] {
  const out: CalendarDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (!isWorkingDay(d, calendar)) out.push(d);
  return out;
}

/** Government announcements for the state sector, as an app would pass them. */
const ANNOUNCED = {
  "2025-reunification": {
    source: "en.baochinhphu.vn (2025-03-04): 30 April–4 May off, compensated by working on Saturday 26 April",
    calendar: { extraDaysOff: ["2025-05-02"], extraWorkingDays: ["2025-04-26"] },
  },
  "2026-new-year": {
    source:
      "Official Letter 12729/VPCP-KGVX (25 Dec 2025): 1–4 January off; Friday 2 January swapped to Saturday 10 January",
    calendar: { extraDaysOff: ["2026-01-02"], extraWorkingDays: ["2026-01-10"] },
  },
  "2026-national-day": {
    source:
      "Notice 9441/TB-BNV (16 Oct 2025): 29 August–2 September off; Monday 31 August swapped to Saturday 22 August",
    calendar: { extraDaysOff: ["2026-08-31"], extraWorkingDays: ["2026-08-22"] },
  },
} as const satisfies Record<string, { source: string; calendar: WorkingCalendarOptions }>;

describe("isWorkingDay", () => {
  it("is false on Saturdays and Sundays (Decision 188/1999/QĐ-TTg), true on ordinary weekdays", () => {
    expect(isWorkingDay("2026-05-22")).toBe(true); // Friday
    expect(isWorkingDay("2026-05-23")).toBe(false); // Saturday
    expect(isWorkingDay("2026-05-24")).toBe(false); // Sunday
    expect(isWorkingDay("2026-05-25")).toBe(true); // Monday
  });

  it("is false on public holidays and days in lieu", () => {
    expect(isWorkingDay("2026-04-30")).toBe(false);
    expect(isWorkingDay("2026-04-27")).toBe(false); // in lieu of Hùng Kings' day, Sunday 26 April
    expect(isWorkingDay("2026-04-28")).toBe(true);
  });

  it.each([
    {
      name: "Tết 2020 (7 days)",
      source: "Notice 4544/TB-LĐTBXH: Thursday 23 to Wednesday 29 January",
      from: "2020-01-20",
      to: "2020-02-02",
      off: [
        "2020-01-23",
        "2020-01-24",
        "2020-01-25",
        "2020-01-26",
        "2020-01-27",
        "2020-01-28",
        "2020-01-29",
        "2020-02-01",
        "2020-02-02",
      ],
    },
    {
      name: "Tết 2024 (7 days)",
      source: "MOLISA notice (via sucsongtre.vn): Thursday 8 to Wednesday 14 February, 5 days + 2 in lieu",
      from: "2024-02-05",
      to: "2024-02-18",
      off: [
        "2024-02-08",
        "2024-02-09",
        "2024-02-10",
        "2024-02-11",
        "2024-02-12",
        "2024-02-13",
        "2024-02-14",
        "2024-02-17",
        "2024-02-18",
      ],
    },
    {
      name: "Tết 2026 (9 days)",
      source: "Notice 9441/TB-BNV: Saturday 14 to Sunday 22 February",
      from: "2026-02-13",
      to: "2026-02-23",
      off: [
        "2026-02-14",
        "2026-02-15",
        "2026-02-16",
        "2026-02-17",
        "2026-02-18",
        "2026-02-19",
        "2026-02-20",
        "2026-02-21",
        "2026-02-22",
      ],
    },
    {
      name: "National Day 2024 (4 days)",
      source: "sggp.org.vn: 31 August to 3 September",
      from: "2024-08-30",
      to: "2024-09-04",
      off: ["2024-08-31", "2024-09-01", "2024-09-02", "2024-09-03"],
    },
  ] as const)("$name ($source)", ({ from, to, off }) => {
    expect(daysOffBetween(from, to)).toEqual(off);
  });

  it.each(Object.entries(ANNOUNCED))("applies the announcement %s", (key, { calendar }) => {
    for (const d of calendar.extraDaysOff) {
      expect(isWorkingDay(d), `${key} ${d} without options`).toBe(true);
      expect(isWorkingDay(d, calendar)).toBe(false);
    }
    for (const d of calendar.extraWorkingDays) {
      expect(isWorkingDay(d), `${key} ${d} without options`).toBe(false);
      expect(isWorkingDay(d, calendar)).toBe(true);
    }
  });

  it("gives the announced 2026 National Day break of 29 August–2 September", () => {
    const { calendar } = ANNOUNCED["2026-national-day"];
    expect(daysOffBetween("2026-08-21", "2026-09-04", calendar)).toEqual([
      "2026-08-23",
      "2026-08-29",
      "2026-08-30",
      "2026-08-31",
      "2026-09-01",
      "2026-09-02",
    ]);
  });

  it("lets extraWorkingDays win over a holiday, and reads only own properties", () => {
    expect(isWorkingDay("2026-04-30", { extraWorkingDays: ["2026-04-30"] })).toBe(true);
    const inherited = Object.create({ extraDaysOff: ["2026-05-22"] }) as WorkingCalendarOptions;
    expect(isWorkingDay("2026-05-22", inherited)).toBe(true);
    expect(isWorkingDay("2026-05-22", {})).toBe(true);
  });
});

describe("addWorkingDays", () => {
  it("does not count the start day (Civil Code 2015, Article 147)", () => {
    expect(addWorkingDays("2026-05-21", 1)).toBe("2026-05-22"); // Thursday → Friday
    expect(addWorkingDays("2026-05-22", 1)).toBe("2026-05-25"); // Friday → Monday
    expect(addWorkingDays("2026-05-23", 1)).toBe("2026-05-25"); // from a Saturday
    expect(addWorkingDays("2026-05-22", 5)).toBe("2026-05-29");
    expect(addWorkingDays("2026-05-22", 0)).toBe("2026-05-22");
    expect(addWorkingDays("2026-05-23", 0)).toBe("2026-05-23");
  });

  it("skips Tết and the weekends around it", () => {
    expect(addWorkingDays("2026-02-13", 1)).toBe("2026-02-23");
    expect(addWorkingDays("2026-02-11", 3)).toBe("2026-02-23");
    expect(addWorkingDays("2024-02-05", 5)).toBe("2024-02-19"); // 6, 7, 15, 16, 19 February
    expect(addWorkingDays("2020-01-22", 1)).toBe("2020-01-30");
    expect(addWorkingDays("2010-02-12", 1)).toBe("2010-02-19"); // 1994 code: 4 days + 2 in lieu
  });

  it("skips holidays and days in lieu across April–May and September", () => {
    expect(addWorkingDays("2023-04-28", 1)).toBe("2023-05-04"); // 29 Apr–3 May off
    expect(addWorkingDays("2026-04-24", 1)).toBe("2026-04-28"); // 26 Apr Sunday → 27 Apr in lieu
    expect(addWorkingDays("2025-08-29", 1)).toBe("2025-09-03");
  });

  it("applies the government's announcements", () => {
    const { calendar } = ANNOUNCED["2026-national-day"];
    expect(addWorkingDays("2026-08-28", 1)).toBe("2026-08-31");
    expect(addWorkingDays("2026-08-28", 1, calendar)).toBe("2026-09-03");
    expect(addWorkingDays("2026-08-21", 1, calendar)).toBe("2026-08-22");
    const newYear = ANNOUNCED["2026-new-year"].calendar;
    expect(addWorkingDays("2025-12-31", 1, newYear)).toBe("2026-01-05");
    expect(addWorkingDays("2025-12-31", 1)).toBe("2026-01-02");
  });

  it("counts into the next year: 2026 has 250 working days (261 weekdays, 9 holidays on weekdays, 2 in lieu)", () => {
    expect(addWorkingDays("2025-12-31", 250)).toBe("2026-12-31");
    expect(addWorkingDays("2025-12-31", 251)).toBe("2027-01-04");
  });
});

describe("workingDaysBetween", () => {
  it("counts working days after `from` up to and including `to`", () => {
    expect(workingDaysBetween("2026-02-13", "2026-02-23")).toBe(1);
    expect(workingDaysBetween("2026-05-22", "2026-05-29")).toBe(5);
    expect(workingDaysBetween("2026-05-22", "2026-05-22")).toBe(0);
    expect(workingDaysBetween("2026-05-29", "2026-05-22")).toBe(-5);
  });

  it("counts 250 working days in 2025 (261 weekdays, 11 holidays on weekdays, no day in lieu)", () => {
    expect(workingDaysBetween("2024-12-31", "2025-12-31")).toBe(250);
    expect(publicHolidays(2025).every((h) => ![0, 6].includes(dayOfWeek(h.date)))).toBe(true);
    expect(compensatoryDaysOff(2025)).toEqual([]);
  });

  it("applies the announcements: 2025 with the 2 May bridge and 26 April worked is still 250", () => {
    const { calendar } = ANNOUNCED["2025-reunification"];
    expect(workingDaysBetween("2024-12-31", "2025-12-31", calendar)).toBe(250);
    expect(workingDaysBetween("2025-04-25", "2025-05-05", calendar)).toBe(4); // 26, 28, 29 April, 5 May
  });
});

describe("workingDayOnOrAfter (Civil Code 2015, Article 148.5)", () => {
  it("moves a weekend or holiday to the next working day and keeps a working day", () => {
    expect(workingDayOnOrAfter("2026-02-14")).toBe("2026-02-23");
    expect(workingDayOnOrAfter("2026-05-22")).toBe("2026-05-22");
    expect(workingDayOnOrAfter("2026-08-31", { extraDaysOff: ["2026-08-31"] })).toBe("2026-09-03");
  });
});

const dates = fc
  .integer({ min: julianDayNumber("2000-01-01"), max: julianDayNumber("2099-12-31") })
  .map(dateOfJulianDayNumber);

describe("properties", () => {
  it("workingDaysBetween(s, addWorkingDays(s, n)) === n, and the end is a working day", () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 60 }), (start, n) => {
        const end = addWorkingDays(start, n);
        expect(workingDaysBetween(start, end)).toBe(n);
        expect(workingDaysBetween(end, start)).toBe(n === 0 ? 0 : -n);
        if (n > 0) {
          expect(isWorkingDay(end)).toBe(true);
          expect(workingDaysBetween(start, addDays(end, -1))).toBe(n - 1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("extra days off never shorten a period, extra working days never lengthen it", () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 40 }), (start, n, k) => {
        const day = addDays(start, k);
        const plain = addWorkingDays(start, n);
        const calendarOff = { extraDaysOff: [day] };
        const calendarWork = { extraWorkingDays: [day] };
        expect(addWorkingDays(start, n, calendarOff) >= plain).toBe(true);
        expect(addWorkingDays(start, n, calendarWork) <= plain).toBe(true);
        expect(workingDayOnOrAfter(day) >= day).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("gives the same answer whatever the machine's time zone (the suite also runs under other TZ values)", () => {
    expect(process.env["TZ"] ?? "").toBeTypeOf("string");
    expect(addWorkingDays("2026-02-13", 1)).toBe("2026-02-23");
    expect(isWorkingDay("2100-12-31")).toBe(true); // a Friday
  });
});

describe("errors", () => {
  it.each([
    () => isWorkingDay("1999-12-31"),
    () => isWorkingDay("2101-01-01"),
    () => addWorkingDays("1999-12-31", 1),
    () => addWorkingDays("2100-12-30", 5), // runs past 2100-12-31
    () => workingDaysBetween("1999-12-31", "2000-01-10"),
    () => workingDaysBetween("2000-01-10", "2101-01-10"),
    () => workingDayOnOrAfter("2101-01-01"),
  ])("NOT_COVERED outside 2000–2100 (%#)", (fn) => {
    expect(code(fn)).toBe("NOT_COVERED");
  });

  it("NOT_COVERED when the next working day is after 2100-12-31", () => {
    expect(code(() => workingDayOnOrAfter("2100-12-31", { extraDaysOff: ["2100-12-31"] }))).toBe(
      "NOT_COVERED",
    );
  });

  it.each(["2023-02-29", "", "tomorrow", null, 20260522])("INVALID_DATE for %j", (date) => {
    expect(code(() => isWorkingDay(date as CalendarDate))).toBe("INVALID_DATE");
    expect(code(() => addWorkingDays(date as CalendarDate, 1))).toBe("INVALID_DATE");
    expect(code(() => workingDaysBetween(date as CalendarDate, "2026-01-01"))).toBe("INVALID_DATE");
    expect(code(() => workingDaysBetween("2026-01-01", date as CalendarDate))).toBe("INVALID_DATE");
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, "3", null])(
    "addWorkingDays with days %j is INVALID_ARGUMENT",
    (days) => {
      expect(code(() => addWorkingDays("2026-05-22", days as number))).toBe("INVALID_ARGUMENT");
    },
  );

  it.each([
    [null, "INVALID_ARGUMENT"],
    ["2026-05-22", "INVALID_ARGUMENT"],
    [["2026-05-22"], "INVALID_ARGUMENT"],
    [{ extraDaysOff: "2026-05-22" }, "INVALID_ARGUMENT"],
    [{ extraWorkingDays: {} }, "INVALID_ARGUMENT"],
    [{ extraDaysOff: ["2026-13-01"] }, "INVALID_DATE"],
    [{ extraDaysOff: ["2026-05-22"], extraWorkingDays: ["2026-05-22"] }, "INVALID_ARGUMENT"],
  ])("calendar %j is %s", (calendar, expected) => {
    expect(code(() => isWorkingDay("2026-05-22", calendar as WorkingCalendarOptions))).toBe(expected);
    expect(code(() => addWorkingDays("2026-05-22", 1, calendar as WorkingCalendarOptions))).toBe(expected);
  });

  it("names the offending entry's path", () => {
    try {
      isWorkingDay("2026-05-22", { extraWorkingDays: ["2026-05-23", "2026-02-30" as CalendarDate] });
      expect.unreachable();
    } catch (error) {
      expect((error as OcopError).path).toEqual(["calendar", "extraWorkingDays", 1]);
    }
  });
});
