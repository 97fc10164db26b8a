import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  type CalendarDate,
  calendarDate,
  compareDates,
  dayOfWeek,
  daysBetween,
  isCalendarDate,
  parseCalendarDate,
} from "../../src/calendar/calendar-date.js";
import { vietnamDateOf } from "../../src/calendar/vietnam-date.js";
import { OcopError } from "../../src/errors/ocop-error.js";

describe("parseCalendarDate", () => {
  it.each(["2024-02-29", "2000-02-29", "2026-05-22", "1999-12-31", "0001-01-01"])("accepts %s", (text) => {
    expect(parseCalendarDate(text)).toBe(text);
  });

  it.each([
    "2023-02-29",
    "1900-02-29",
    "2023-02-30",
    "2023-04-31",
    "2023-13-01",
    "2023-00-10",
    "2023-01-00",
    "2023-1-01",
    "20230101",
    " 2023-01-01",
    "2023-01-01T00:00:00Z",
    "0000-01-01",
    "",
  ])("rejects %j with INVALID_DATE", (text) => {
    expect(() => parseCalendarDate(text)).toThrow(OcopError);
    try {
      parseCalendarDate(text, ["certificate", "issuedOn"]);
    } catch (error) {
      expect((error as OcopError).code).toBe("INVALID_DATE");
      expect((error as OcopError).path).toEqual(["certificate", "issuedOn"]);
      expect((error as OcopError).value).toBe(text);
      expect((error as OcopError).messages.vi).toContain("certificate.issuedOn");
    }
  });

  it("rejects junk of any type with a typed error only", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        if (isCalendarDate(value)) return;
        expect(() => parseCalendarDate(value)).toThrow(OcopError);
      }),
    );
  });
});

describe("date arithmetic", () => {
  it("adds days across months, years and leap days", () => {
    expect(addDays("2026-05-22", 60)).toBe("2026-07-21");
    expect(addDays("2026-05-22", 30)).toBe("2026-06-21");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2023-02-28", 1)).toBe("2023-03-01");
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
  });

  it("adds months, clamping to the month's last day", () => {
    expect(addMonths("2023-08-31", 6)).toBe("2024-02-29");
    expect(addMonths("2023-03-15", 36)).toBe("2026-03-15");
    expect(addMonths("2024-02-29", 36)).toBe("2027-02-28");
    expect(addMonths("2023-01-31", 1)).toBe("2023-02-28");
    expect(addMonths("2025-12-31", 2)).toBe("2026-02-28");
  });

  it("rejects non-integer amounts", () => {
    expect(() => addDays("2026-01-01", 1.5)).toThrow(OcopError);
    expect(() => addMonths("2026-01-01", Number.NaN)).toThrow(OcopError);
    expect(() => addDays("2026-02-30" as never, 1)).toThrow(OcopError);
  });

  it("counts days between dates", () => {
    expect(daysBetween("2026-05-22", "2026-07-21")).toBe(60);
    expect(daysBetween("2026-07-21", "2026-05-22")).toBe(-60);
    expect(daysBetween("2024-01-01", "2025-01-01")).toBe(366);
  });

  it("addDays and daysBetween agree for any date and offset (property)", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("1901-01-01T00:00:00Z"),
          max: new Date("2199-12-31T00:00:00Z"),
          noInvalidDate: true,
        }),
        fc.integer({ min: -20000, max: 20000 }),
        (instant, offset) => {
          const start = calendarDate(
            instant.getUTCFullYear(),
            instant.getUTCMonth() + 1,
            instant.getUTCDate(),
          );
          const end = addDays(start, offset);
          expect(isCalendarDate(end)).toBe(true);
          expect(daysBetween(start, end)).toBe(offset);
          expect(Math.sign(compareDates(end, start))).toBe(Math.sign(offset));
        },
      ),
    );
  });

  it("knows the day of the week", () => {
    expect(dayOfWeek("2026-05-22")).toBe(5);
    expect(dayOfWeek("2026-11-22")).toBe(0);
    expect(dayOfWeek("0099-01-01")).toBe(4);
  });

  it("sorts with compareDates", () => {
    expect((["2026-01-02", "2025-12-31", "2026-01-02"] as CalendarDate[]).sort(compareDates)).toEqual([
      "2025-12-31",
      "2026-01-02",
      "2026-01-02",
    ]);
  });
});

describe("vietnamDateOf", () => {
  it("gives the date in Hà Nội (UTC+7), whatever the machine's zone", () => {
    expect(vietnamDateOf(new Date("2026-05-21T16:59:59.999Z"))).toBe("2026-05-21");
    expect(vietnamDateOf(new Date("2026-05-21T17:00:00Z"))).toBe("2026-05-22");
    expect(vietnamDateOf(Date.UTC(2025, 11, 31, 17, 0, 0))).toBe("2026-01-01");
  });

  it("rejects invalid instants", () => {
    expect(() => vietnamDateOf(new Date(Number.NaN))).toThrow(OcopError);
    expect(() => vietnamDateOf(Number.POSITIVE_INFINITY)).toThrow(OcopError);
    expect(() => vietnamDateOf("2026-01-01" as never)).toThrow(OcopError);
  });

  it("is UTC+7 for every instant since 1976 (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1976, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        const shifted = new Date(ms + 7 * 3600 * 1000);
        expect(vietnamDateOf(ms)).toBe(
          calendarDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate()),
        );
      }),
    );
  });
});
