export {
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
} from "./calendar-date.js";
export {
  type CompensatoryDayOff,
  compensatoryDaysOff,
  HOLIDAY_REGIMES,
  type HolidayOptions,
  type HolidayRegime,
  type HolidayRule,
  type PublicHoliday,
  publicHolidays,
  WEEKLY_REST_DAYS,
} from "./holidays.js";
export {
  LUNAR_RANGE,
  LUNAR_TIME_ZONE,
  type LunarDate,
  type LunarDateInput,
  leapMonthOf,
  lunarNewYear,
  lunarToSolar,
  solarToLunar,
} from "./lunar.js";
export { VIETNAM_TIME_ZONE, vietnamDateOf } from "./vietnam-date.js";
export {
  addWorkingDays,
  isWorkingDay,
  type WorkingCalendarOptions,
  workingDayOnOrAfter,
  workingDaysBetween,
} from "./working-days.js";
