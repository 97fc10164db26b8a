/**
 * Tracking a target: achieved, remaining, pace, projection and status.
 *
 * @module
 */
import { type CalendarDate, daysBetween, parseCalendarDate } from "../calendar/calendar-date.js";
import { type Bilingual, describeValue, fail, readInput } from "../errors/ocop-error.js";
import type {
  CountData,
  PerUnitData,
  PerUnitMinimumTarget,
  ShareData,
  Target,
  TargetData,
  TargetProgress,
  TargetStatus,
  UnitShortfall,
} from "./types.js";

/** Average days in a month and in a year of the Gregorian calendar (pace is a rate, not a date). */
const DAYS_PER_YEAR = 365.2425;
const DAYS_PER_MONTH = DAYS_PER_YEAR / 12;

const round1 = (x: number) => Math.round(x * 10) / 10;
const round2 = (x: number) => Math.round(x * 100) / 100;

function bad(
  path: readonly (string | number)[],
  value: unknown,
  rule: string,
  en: string,
  vi: string,
): never {
  return fail(path[0] === "target" ? "INVALID_TARGET" : "INVALID_DATA", path, value, rule, {
    en: `${path.join(".")}: ${describeValue(value)} ${en}`,
    vi: `${path.join(".")}: ${describeValue(value, "vi")} ${vi}`,
  });
}

function count(value: unknown, path: readonly (string | number)[]): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    bad(
      path,
      value,
      "a count is a finite number >= 0",
      "is not a count (a number >= 0)",
      "không phải là số lượng (số >= 0)",
    );
  }
  return value;
}

function percent(value: unknown, path: readonly (string | number)[]): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value > 100) {
    bad(
      path,
      value,
      "a percentage is between 0 and 100",
      "is not a percentage (0–100)",
      "không phải là tỷ lệ phần trăm (0–100)",
    );
  }
  return value;
}

function share(data: unknown, path: readonly (string | number)[]): { part: number; whole: number } {
  if (data === null || typeof data !== "object") {
    bad(
      path,
      data,
      "share data is { part, whole }",
      "is not share data { part, whole }",
      "không phải là dữ liệu tỷ lệ { part, whole }",
    );
  }
  const { part, whole } = data as ShareData;
  count(part, [...path, "part"]);
  count(whole, [...path, "whole"]);
  if (part > whole) {
    bad(
      [...path, "part"],
      part,
      "the part cannot exceed the whole (a share above 100%)",
      `exceeds the whole (${whole}): a share above 100%`,
      `lớn hơn tổng (${whole}): tỷ lệ trên 100%`,
    );
  }
  return { part, whole };
}

/** A count's `counting` is increment or cumulative (a typo would silently count from zero). */
function counting(value: unknown): void {
  if (value !== "increment" && value !== "cumulative") {
    bad(
      ["target", "counting"],
      value,
      "counting is increment or cumulative",
      "is not increment or cumulative",
      "không phải là increment hoặc cumulative",
    );
  }
}

function checkTarget(target: Target): void {
  if (target === null || typeof target !== "object") {
    bad(["target"], target, "a target is an object", "is not a target", "không phải là chỉ tiêu");
  }
  const start = parseCalendarDate(target.start, ["target", "start"]);
  const deadline = parseCalendarDate(target.deadline, ["target", "deadline"]);
  if (deadline < start) {
    bad(
      ["target", "deadline"],
      deadline,
      "the deadline is on or after the start",
      `is before the start (${start})`,
      `trước ngày bắt đầu (${start})`,
    );
  }
  switch (target.kind) {
    case "count":
      counting(target.counting);
      count(target.target, ["target", "target"]);
      if (target.baseline !== undefined) count(target.baseline, ["target", "baseline"]);
      return;
    case "range":
      counting(target.counting);
      count(target.min, ["target", "min"]);
      count(target.max, ["target", "max"]);
      if (target.max < target.min) {
        bad(
          ["target", "max"],
          target.max,
          "a range has min <= max",
          `is below the minimum (${target.min})`,
          `nhỏ hơn mức tối thiểu (${target.min})`,
        );
      }
      if (target.baseline !== undefined) count(target.baseline, ["target", "baseline"]);
      return;
    case "share":
      percent(target.percent, ["target", "percent"]);
      return;
    case "coverage":
      if (target.percent !== undefined) percent(target.percent, ["target", "percent"]);
      return;
    case "per-unit-minimum": {
      count(target.minimumPerUnit, ["target", "minimumPerUnit"]);
      const unit: unknown = target.unit;
      const u = unit as Partial<Bilingual> | null;
      if (typeof unit !== "object" || u === null || typeof u.en !== "string" || typeof u.vi !== "string") {
        bad(
          ["target", "unit"],
          unit,
          "a per-unit target names its unit in English and Vietnamese { en, vi }",
          "is not a unit name { en, vi }",
          "không phải là tên đơn vị { en, vi }",
        );
      }
      return;
    }
    default:
      bad(
        ["target", "kind"],
        (target as { kind: unknown }).kind,
        "kind is count, share, coverage, per-unit-minimum or range",
        "is not a target kind",
        "không phải là loại chỉ tiêu",
      );
  }
}

/**
 * The status, from the projection before it is rounded for display (a count projected at 9.96 is short of
 * 10 even though it is shown as 10.0); the 1e-9 absorbs floating-point noise in an exact projection.
 */
function status(met: boolean, daysLeft: number, projection: number | null, required: number): TargetStatus {
  if (met) return "met";
  if (daysLeft < 0) return "missed";
  return projection !== null && projection >= required - 1e-9 ? "on-track" : "at-risk";
}

function reasonFor(
  s: TargetStatus,
  achievedText: string | Bilingual,
  requiredText: string | Bilingual,
  deadline: CalendarDate,
  projection: string | null,
  extra?: Bilingual,
): Bilingual {
  const a = typeof achievedText === "string" ? { en: achievedText, vi: achievedText } : achievedText;
  const r = typeof requiredText === "string" ? { en: requiredText, vi: requiredText } : requiredText;
  return {
    en: reasonBoth(s, a.en, r.en, deadline, projection, extra).en,
    vi: reasonBoth(s, a.vi, r.vi, deadline, projection, extra).vi,
  };
}

function reasonBoth(
  s: TargetStatus,
  achieved: string,
  required: string,
  deadline: CalendarDate,
  projection: string | null,
  extra?: Bilingual,
): Bilingual {
  const tail = extra ? { en: ` ${extra.en}`, vi: ` ${extra.vi}` } : { en: "", vi: "" };
  switch (s) {
    case "met":
      return {
        en: `Met: ${achieved} achieved against ${required} required.${tail.en}`,
        vi: `Đã đạt: ${achieved} so với yêu cầu ${required}.${tail.vi}`,
      };
    case "missed":
      return {
        en: `Missed: ${achieved} of ${required} by the deadline ${deadline}.${tail.en}`,
        vi: `Không đạt: ${achieved}/${required} khi hết hạn ${deadline}.${tail.vi}`,
      };
    case "on-track":
      return {
        en: `On track: ${achieved} of ${required}; at the pace so far, ${projection} by ${deadline}.${tail.en}`,
        vi: `Đúng tiến độ: ${achieved}/${required}; theo tốc độ hiện nay, đạt ${projection} vào ${deadline}.${tail.vi}`,
      };
    default:
      return projection === null
        ? {
            en: `At risk: ${achieved} of ${required}, with no trend to project to ${deadline}.${tail.en}`,
            vi: `Có nguy cơ không đạt: ${achieved}/${required}, chưa có xu hướng để dự báo đến ${deadline}.${tail.vi}`,
          }
        : {
            en: `At risk: ${achieved} of ${required}; at the pace so far, only ${projection} by ${deadline}.${tail.en}`,
            vi: `Có nguy cơ không đạt: ${achieved}/${required}; theo tốc độ hiện nay, chỉ đạt ${projection} vào ${deadline}.${tail.vi}`,
          };
  }
}

/**
 * Where a target stands on a date: achieved, remaining, percent done, the pace needed per month and per year
 * to meet the deadline, a linear projection at the deadline from the pace so far, and a status — met, on
 * track, at risk or missed — with its reason in Vietnamese and English. Units that fall short of a per-unit
 * minimum are listed.
 *
 * Counting: the plan runs from `start` to `deadline`, both included; the pace so far is measured over the
 * days from `start` to `asOf` included. A cumulative count is measured from its baseline when the target
 * gives one. A range target is met from its minimum (a value above the maximum is met, and said so).
 *
 * @param target - a target or a preset ({@link TARGET_PRESETS})
 * @param data - the measured value(s), by kind: `{ value }` for counts and ranges, `{ part, whole, atStart? }`
 *   for shares and coverage, `{ units }` for per-unit minimums
 * @param asOf - the date of the data
 * @throws {@link OcopError} `INVALID_TARGET` (deadline before start, a share above 100%...) or
 *   `INVALID_DATA` (a negative count, a part above its whole...)
 * @example
 * ```ts
 * const progress = trackTarget(
 *   { kind: "count", id: "hanoi-2000", counting: "increment", target: 2000, start: "2021-01-01",
 *     deadline: "2025-12-31", name: { vi: "Thêm 2.000 sản phẩm", en: "2,000 more products" },
 *     measure: { vi: "sản phẩm OCOP 3 sao trở lên", en: "OCOP products of 3 stars or more" } },
 *   { value: 1657 }, "2023-12-31");
 * progress.status; // "on-track"
 * progress.remaining; // 343
 * ```
 */
export function trackTarget<T extends Target>(
  target: T,
  data: TargetData<T>,
  asOf: CalendarDate | string,
): TargetProgress {
  // A getter or proxy of the caller's that throws while the target is read: an OcopError, not its error.
  readInput(["target"], () => checkTarget(target), "INVALID_TARGET");
  const day = parseCalendarDate(asOf, ["asOf"]);
  if (day < target.start) {
    bad(
      ["asOf"],
      asOf,
      "a target is tracked from its start",
      `is before the target's start (${target.start})`,
      `trước ngày bắt đầu của chỉ tiêu (${target.start})`,
    );
  }
  if (data === null || typeof data !== "object") {
    bad(["data"], data, "data is an object", "is not target data", "không phải là dữ liệu chỉ tiêu");
  }
  // The data is read below: a getter or proxy of the caller's that throws is an OcopError, not its error.
  return readInput(["data"], () => progressOf(target, data as TargetData, day), "INVALID_DATA");
}

/** The progress of a checked target on a checked day. */
function progressOf(target: Target, data: TargetData, day: CalendarDate): TargetProgress {
  const totalDays = daysBetween(target.start, target.deadline) + 1;
  const elapsed = Math.min(daysBetween(target.start, day) + 1, totalDays);
  const daysLeft = daysBetween(day, target.deadline);
  const base = { target, asOf: day, daysLeft } as const;
  const pace = (remaining: number) =>
    remaining > 0 && daysLeft >= 0
      ? {
          neededPerMonth: round2((remaining * DAYS_PER_MONTH) / (daysLeft + 1)),
          neededPerYear: round2((remaining * DAYS_PER_YEAR) / (daysLeft + 1)),
        }
      : { neededPerMonth: null, neededPerYear: null };

  switch (target.kind) {
    case "count":
    case "range": {
      const value = count((data as CountData).value, ["data", "value"]);
      const required = target.kind === "count" ? target.target : target.min;
      const from = target.counting === "cumulative" ? (target.baseline ?? 0) : 0;
      const remaining = Math.max(0, required - value);
      const projected = from + ((value - from) * totalDays) / elapsed;
      const projection = round1(projected);
      const met = value >= required;
      const s = status(met, daysLeft, projected, required);
      const above =
        target.kind === "range" && value > target.max
          ? {
              en: `Above the range's maximum of ${target.max}.`,
              vi: `Vượt mức tối đa ${target.max} của khoảng.`,
            }
          : undefined;
      const span = required - from;
      return {
        ...base,
        achieved: value,
        required,
        remaining,
        percentDone: span > 0 ? round1(((value - from) / span) * 100) : 100,
        ...pace(remaining),
        projection,
        status: s,
        reason: reasonFor(s, String(value), String(required), target.deadline, String(projection), above),
      };
    }
    case "share":
    case "coverage": {
      const now = share(data, ["data"]);
      const required = target.percent ?? 100;
      const achieved = now.whole === 0 ? 0 : (now.part / now.whole) * 100;
      const start =
        (data as ShareData).atStart === undefined
          ? undefined
          : share((data as ShareData).atStart, ["data", "atStart"]);
      const startPct =
        start === undefined || start.whole === 0 ? undefined : (start.part / start.whole) * 100;
      const projected =
        startPct === undefined
          ? null
          : Math.min(100, startPct + ((achieved - startPct) * totalDays) / elapsed);
      const projection = projected === null ? null : round1(projected);
      const met = now.whole > 0 && now.part * 100 >= required * now.whole;
      const remaining = met ? 0 : round2(required - achieved);
      const remainingItems = met ? 0 : Math.ceil((required * now.whole) / 100 - now.part - 1e-9);
      const s = status(met, daysLeft, projected, required);
      const from = startPct ?? 0;
      return {
        ...base,
        achieved: round2(achieved),
        required,
        remaining,
        remainingItems: Math.max(0, remainingItems),
        percentDone: required - from > 0 ? round1(((achieved - from) / (required - from)) * 100) : 100,
        ...pace(remaining),
        projection,
        status: s,
        reason: reasonFor(
          s,
          `${round1(achieved)}% (${now.part}/${now.whole})`,
          `${required}%`,
          target.deadline,
          projection === null ? null : `${projection}%`,
        ),
      };
    }
    case "per-unit-minimum":
      return perUnit(target, data as PerUnitData, base, pace);
  }
}

function perUnit(
  target: PerUnitMinimumTarget,
  data: PerUnitData,
  base: { target: Target; asOf: CalendarDate; daysLeft: number },
  pace: (remaining: number) => { neededPerMonth: number | null; neededPerYear: number | null },
): TargetProgress {
  const units = data.units;
  if (units === null || typeof units !== "object" || Array.isArray(units)) {
    bad(
      ["data", "units"],
      units,
      "units maps each unit to its value",
      "is not a table of units",
      "không phải là bảng đơn vị",
    );
  }
  const names = Object.keys(units);
  if (names.length === 0) {
    bad(
      ["data", "units"],
      units,
      "a per-unit target needs at least one unit",
      "lists no unit",
      "không có đơn vị nào",
    );
  }
  const shortfalls: UnitShortfall[] = [];
  let missingTotal = 0;
  for (const unit of names) {
    const value = count(units[unit], ["data", "units", unit]);
    if (value < target.minimumPerUnit) {
      const missing = target.minimumPerUnit - value;
      shortfalls.push({ unit, value, missing });
      missingTotal += missing;
    }
  }
  shortfalls.sort((a, b) => b.missing - a.missing || (a.unit < b.unit ? -1 : 1));
  const achieved = names.length - shortfalls.length;
  const met = shortfalls.length === 0;
  const s = status(met, base.daysLeft, null, names.length);
  const list = shortfalls.map((x) => `${x.unit} (${x.value})`).join(", ");
  const extra = met
    ? undefined
    : {
        en: `${shortfalls.length} of ${names.length} ${target.unit.en} below the minimum of ${target.minimumPerUnit}: ${list}.`,
        vi: `${shortfalls.length}/${names.length} ${target.unit.vi} chưa đạt mức tối thiểu ${target.minimumPerUnit}: ${list}.`,
      };
  return {
    ...base,
    achieved,
    required: names.length,
    remaining: shortfalls.length,
    percentDone: round1((achieved / names.length) * 100),
    ...pace(missingTotal),
    projection: null,
    status: s,
    reason: reasonFor(
      s,
      { en: `${achieved}`, vi: `${achieved}` },
      { en: `${names.length} ${target.unit.en}`, vi: `${names.length} ${target.unit.vi}` },
      target.deadline,
      null,
      extra,
    ),
    shortfalls,
  };
}
