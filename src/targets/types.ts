/**
 * Types of OCOP targets and of their progress reports.
 *
 * @module
 */
import type { CalendarDate } from "../calendar/calendar-date.js";
import type { Bilingual } from "../errors/ocop-error.js";

/** Where a target comes from. */
export interface TargetSource {
  /** The plan or decision, e.g. "Decision 919/QĐ-TTg (01/08/2022)". */
  readonly document: string;
  /** The wording as published (Vietnamese where known). */
  readonly quote: string;
  /** Where it can be read. */
  readonly urls: readonly string[];
  /** What could not be confirmed, if anything. */
  readonly uncertain?: string;
}

interface TargetCommon {
  /** A stable id, e.g. "919/products-3-stars". */
  readonly id: string;
  readonly name: Bilingual;
  /** What is counted, e.g. "OCOP products of 3 stars or more". */
  readonly measure: Bilingual;
  /** First day of the plan. */
  readonly start: CalendarDate;
  /** Last day by which the target is to be met ("by 2025" = 2025-12-31). */
  readonly deadline: CalendarDate;
  readonly source?: TargetSource;
  /** "yearly" where the plan sets the same target every year (track one year at a time). */
  readonly recurrence?: "yearly";
}

/** How a count is measured. */
export type Counting =
  /** Counted from the start of the plan ("2,000 more products"). */
  | "increment"
  /** A running total ("at least 10,000 products by 2025"). */
  | "cumulative";

/** "2,000 more products of 3 stars or more between 2021 and 2025". */
export interface CountTarget extends TargetCommon {
  readonly kind: "count";
  readonly counting: Counting;
  /** At least this many. */
  readonly target: number;
  /** For a cumulative count: the total when the plan started, if known. */
  readonly baseline?: number;
}

/** "3% of products are potential 5-star", "at least 70% of OCOP subjects are cooperatives or enterprises". */
export interface ShareTarget extends TargetCommon {
  readonly kind: "share";
  /** At least this percentage (0–100). */
  readonly percent: number;
}

/** "100% of products take part in a promotion event". */
export interface CoverageTarget extends TargetCommon {
  readonly kind: "coverage";
  /** The percentage to cover (default 100). */
  readonly percent?: number;
}

/** "Every commune has at least 2 products of 3 stars or more". */
export interface PerUnitMinimumTarget extends TargetCommon {
  readonly kind: "per-unit-minimum";
  /** The least each unit must have. */
  readonly minimumPerUnit: number;
  /** The kind of unit ("commune", "district"). */
  readonly unit: Bilingual;
}

/** "20 to 30 products in 2024", "about 400–500 five-star products". */
export interface RangeTarget extends TargetCommon {
  readonly kind: "range";
  readonly counting: Counting;
  readonly min: number;
  readonly max: number;
  readonly baseline?: number;
}

/** Any target. */
export type Target = CountTarget | ShareTarget | CoverageTarget | PerUnitMinimumTarget | RangeTarget;

/** The kinds of target. */
export type TargetKind = Target["kind"];

/** Data for a count or range target. */
export interface CountData {
  /** The value measured as the target counts it (since the start for an increment; the total otherwise). */
  readonly value: number;
}

/** Data for a share or coverage target. */
export interface ShareData {
  /** How many meet the condition. */
  readonly part: number;
  /** Out of how many. */
  readonly whole: number;
  /** The same at the start of the plan, for a projection. */
  readonly atStart?: { readonly part: number; readonly whole: number };
}

/** Data for a per-unit target: the value of each unit. */
export interface PerUnitData {
  readonly units: Readonly<Record<string, number>>;
}

/** The data a target is tracked against, by kind. */
export type TargetData<T extends Target = Target> = T extends CountTarget | RangeTarget
  ? CountData
  : T extends ShareTarget | CoverageTarget
    ? ShareData
    : PerUnitData;

/** Where a target stands. */
export type TargetStatus = "met" | "on-track" | "at-risk" | "missed";

/** A unit that falls short of a per-unit minimum. */
export interface UnitShortfall {
  readonly unit: string;
  readonly value: number;
  readonly missing: number;
}

/** The progress of a target on a date. */
export interface TargetProgress {
  readonly target: Target;
  readonly asOf: CalendarDate;
  /** What has been achieved, in the target's measure (a count, a percentage, or units meeting the minimum). */
  readonly achieved: number;
  /** What the target requires, in the same measure. */
  readonly required: number;
  /** What is left (0 once met). */
  readonly remaining: number;
  /** For shares: how many more items the part needs at the current whole. */
  readonly remainingItems?: number;
  /** Percent of the way from the start to the target (may exceed 100), one decimal. */
  readonly percentDone: number;
  /** Calendar days from `asOf` to the deadline (negative once past). */
  readonly daysLeft: number;
  /** Pace needed per month and per year to meet the deadline (null once met or past). */
  readonly neededPerMonth: number | null;
  readonly neededPerYear: number | null;
  /** The value projected at the deadline from the pace so far (null where there is no pace to project). */
  readonly projection: number | null;
  readonly status: TargetStatus;
  readonly reason: Bilingual;
  /** For per-unit targets: the units that fall short, largest shortfall first. */
  readonly shortfalls?: readonly UnitShortfall[];
}
