/**
 * The Vietnam calendar date of an instant.
 *
 * @module
 */
import { TZDate } from "@date-fns/tz";
import { describeValue, fail } from "../errors/ocop-error.js";
import { type CalendarDate, calendarDate } from "./calendar-date.js";

/** The IANA zone of Vietnam (UTC+7, no daylight saving time since 1975). */
export const VIETNAM_TIME_ZONE = "Asia/Ho_Chi_Minh";

/** The epoch milliseconds of a `Date`, or the value itself; `NaN` for an object posing as a Date. */
function msOf(instant: unknown): unknown {
  try {
    return instant instanceof Date ? Date.prototype.getTime.call(instant) : instant;
  } catch {
    return Number.NaN;
  }
}

/**
 * The calendar date in Vietnam at a given instant, whatever the machine's time zone.
 *
 * Use it at the boundary of an app, to turn "now" into the `asOf` date the rest of the library takes.
 *
 * @param instant - a `Date` or a number of milliseconds since the epoch
 * @throws {@link OcopError} `INVALID_INSTANT` for an invalid `Date`, a non-finite number, or an instant whose
 *   date in Vietnam is outside the years 1 to 9999
 * @example
 * ```ts
 * vietnamDateOf(new Date("2026-05-21T17:30:00Z")); // "2026-05-22" (00:30 in Hà Nội)
 * ```
 */
export function vietnamDateOf(instant: Date | number): CalendarDate {
  const ms = msOf(instant);
  if (typeof ms !== "number" || !Number.isFinite(ms) || Math.abs(ms) > 8.64e15) {
    fail(
      "INVALID_INSTANT",
      ["instant"],
      instant,
      "an instant is a valid Date or a finite epoch milliseconds number",
      {
        en: `instant: ${describeValue(instant)} is not a valid instant`,
        vi: `instant: ${describeValue(instant, "vi")} không phải là thời điểm hợp lệ`,
      },
    );
  }
  const local = new TZDate(ms, VIETNAM_TIME_ZONE);
  const year = local.getFullYear();
  // A calendar date has a four-digit year; the ends of the Date range (±8.64e15 ms) are far outside it.
  if (!(year >= 1 && year <= 9999)) {
    fail(
      "INVALID_INSTANT",
      ["instant"],
      instant,
      "an instant whose date in Vietnam falls in the years 1 to 9999",
      {
        en: `instant: ${describeValue(instant)} falls outside the years 1 to 9999 in Vietnam`,
        vi: `instant: ${describeValue(instant, "vi")} nằm ngoài các năm 1 đến 9999 theo giờ Việt Nam`,
      },
    );
  }
  return calendarDate(year, local.getMonth() + 1, local.getDate());
}
