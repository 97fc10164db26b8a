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
export { VIETNAM_TIME_ZONE, vietnamDateOf } from "./vietnam-date.js";
