/**
 * Deadlines of the procedure steps whose time limits are counted in days or working days.
 *
 * Counting (Civil Code 2015, Article 147): when a period is set in days, the day of the event is not counted;
 * the period starts the next day. A period of N days ends at the end of its N-th day (Article 148.1). When
 * that day is a weekend day or a public holiday, the period ends at the end of the next working day
 * (Article 148.5): {@link ProcedureDeadline.due} applies that rule, {@link ProcedureDeadline.lastDay} does
 * not. Working days are those of `isWorkingDay` in `calendar` (Monday–Friday minus public holidays and days in lieu, with
 * the days off and make-up days the app passes).
 *
 * @module
 */
import { addDays, type CalendarDate, parseCalendarDate } from "../calendar/calendar-date.js";
import {
  addWorkingDays,
  type WorkingCalendarOptions,
  workingDayOnOrAfter,
} from "../calendar/working-days.js";
import type { Bilingual } from "../errors/ocop-error.js";
import { describeValue, fail, readInput } from "../errors/ocop-error.js";
import { dossierTransition, regime as regimeById, regulationAt } from "../regulations/registry.js";
import type { DossierKind, RegimeId } from "../regulations/types.js";
import { PROCEDURES } from "./data/procedures.js";
import type { TimeLimit } from "./types.js";

/** The steps whose time limit is a number of days or working days. */
export type DeadlineStep =
  /** The commune checks the dossier and proposes the product (26/2026/QĐ-TTg, Article 7.2: 15 working days). */
  | "commune-check"
  /** A re-evaluation is completed (Article 7.6.g: 45 days from the complete proposal). */
  | "re-evaluation"
  /** A certificate is revoked (Article 8.4: 15 days from the competent conclusion). */
  | "revocation"
  /** A first evaluation filed before 22/05/2026 is completed (Article 12.2.a: 60 days). */
  | "transition-first-evaluation"
  /** An upgrade filed before 22/05/2026 is completed (Article 12.2.a: 60 days). */
  | "transition-upgrade"
  /** A re-evaluation filed before 22/05/2026 is completed (Article 12.2.b: 30 days). */
  | "transition-re-evaluation";

/** Every {@link DeadlineStep}, in the order of the procedure. */
export const DEADLINE_STEPS: readonly DeadlineStep[] = [
  "commune-check",
  "re-evaluation",
  "revocation",
  "transition-first-evaluation",
  "transition-upgrade",
  "transition-re-evaluation",
];

/** A computed deadline. */
export interface ProcedureDeadline {
  readonly step: DeadlineStep;
  /** The regime whose rule sets the time limit. */
  readonly regime: RegimeId;
  /** The day of the event the period is counted from (not itself counted). */
  readonly start: CalendarDate;
  readonly amount: number;
  readonly unit: "days" | "working-days";
  /** What the start is. */
  readonly countedFrom: Bilingual;
  /** The last day of the period, counted per Civil Code 2015, Article 147 (first day not counted). */
  readonly lastDay: CalendarDate;
  /**
   * The day the period ends once Civil Code 2015, Article 148.5 is applied: `lastDay`, or the next working
   * day when `lastDay` is a weekend day or a holiday.
   */
  readonly due: CalendarDate;
  /** `true` when `due` differs from `lastDay`. */
  readonly movedToNextWorkingDay: boolean;
  /** Article and clause that set the time limit. */
  readonly rule: string;
}

/** Options of {@link procedureDeadline}. */
export interface ProcedureDeadlineOptions {
  /**
   * The regime whose time limit applies. Default: the regime in force on the start date
   * ({@link regulationAt}). Ignored by the transition steps, which follow 26/2026/QĐ-TTg, Article 12.2.
   */
  readonly regime?: RegimeId;
}

const TRANSITION_KIND = {
  "transition-first-evaluation": "first-evaluation",
  "transition-upgrade": "upgrade",
  "transition-re-evaluation": "re-evaluation",
} as const satisfies Record<string, DossierKind>;

function isDeadlineStep(value: unknown): value is DeadlineStep {
  return typeof value === "string" && (DEADLINE_STEPS as readonly string[]).includes(value);
}

function build(
  step: DeadlineStep,
  regime: RegimeId,
  start: CalendarDate,
  limit: TimeLimit,
  calendar: WorkingCalendarOptions | undefined,
): ProcedureDeadline {
  const lastDay =
    limit.unit === "working-days"
      ? addWorkingDays(start, limit.amount, calendar)
      : addDays(start, limit.amount);
  const due = workingDayOnOrAfter(lastDay, calendar);
  return {
    step,
    regime,
    start,
    amount: limit.amount,
    unit: limit.unit,
    countedFrom: limit.countedFrom,
    lastDay,
    due,
    movedToNextWorkingDay: due !== lastDay,
    rule: limit.rule,
  };
}

/**
 * The deadline of a procedure step that has a time limit in days or working days.
 *
 * - `commune-check`: 15 working days from the commune's receipt of the dossier (26/2026/QĐ-TTg, Article 7.2).
 * - `re-evaluation`: 45 days from the receipt of the complete proposal of the commune or the province
 *   (Article 7.6.g).
 * - `revocation`: 15 days from the competent conclusion or the commune's confirmation (Article 8.4).
 * - `transition-*`: for a dossier filed before 22/05/2026 and still pending then, `startDate` is the
 *   **filing date**; the period runs from the day 26/2026/QĐ-TTg took effect (Article 12.2: 60 days for a
 *   first evaluation or an upgrade, 30 days for a re-evaluation).
 *
 * @param step - the step
 * @param startDate - the day of the event the period runs from (for `transition-*`, the filing date)
 * @param calendar - extra days off and make-up working days announced for the year
 * @param options - `regime` to apply another regime's time limit than the one in force on `startDate`
 * @throws {@link OcopError} `INVALID_ARGUMENT` for an unknown step; `INVALID_DATE` for a bad date;
 *   `NOT_COVERED` when the regime sets no such time limit (or the dossier is not covered by a transition rule)
 * @example
 * ```ts
 * procedureDeadline("commune-check", "2026-06-01").lastDay; // "2026-06-22" (15 working days)
 * procedureDeadline("re-evaluation", "2026-06-01").lastDay; // "2026-07-16" (45 days)
 * procedureDeadline("transition-re-evaluation", "2026-05-10").due; // "2026-06-22" (21/06 is a Sunday)
 * ```
 */
export function procedureDeadline(
  step: DeadlineStep,
  startDate: CalendarDate | string,
  calendar?: WorkingCalendarOptions,
  options?: ProcedureDeadlineOptions,
): ProcedureDeadline {
  if (!isDeadlineStep(step)) {
    return fail("INVALID_ARGUMENT", ["step"], step, "the step must be one with a time limit in days", {
      en: `step: ${describeValue(step)} is not a step with a time limit (${DEADLINE_STEPS.join(", ")})`,
      vi: `step: ${describeValue(step, "vi")} không phải là bước có thời hạn (${DEADLINE_STEPS.join(", ")})`,
    });
  }
  const start = parseCalendarDate(startDate, ["startDate"]);
  if (
    step === "transition-first-evaluation" ||
    step === "transition-upgrade" ||
    step === "transition-re-evaluation"
  ) {
    const kind = TRANSITION_KIND[step];
    const found = dossierTransition(start, kind);
    if (found === null) {
      return fail(
        "NOT_COVERED",
        ["startDate"],
        startDate,
        "26/2026/QĐ-TTg, Article 12.2: only dossiers filed before the decision took effect",
        {
          en: `startDate: ${/^[aeiou]/.test(kind) ? "an" : "a"} ${kind} dossier filed on ${start} is not covered by a transition rule; it follows the regime in force on that day`,
          vi: `startDate: hồ sơ nộp ngày ${start} không thuộc trường hợp chuyển tiếp; áp dụng quy định có hiệu lực vào ngày đó`,
        },
      );
    }
    const limit: TimeLimit = {
      amount: found.rule.completeWithinDays,
      unit: "days",
      countedFrom: {
        vi: `ngày Quyết định 26/2026/QĐ-TTg có hiệu lực (${found.rule.countedFrom})`,
        en: `the day Decision 26/2026/QĐ-TTg took effect (${found.rule.countedFrom})`,
      },
      rule: `${found.rule.setBy}, ${found.rule.article}`,
    };
    return build(step, found.regime.id, found.rule.countedFrom, limit, calendar);
  }
  const regimeOption = readInput(["options", "regime"], () => options?.regime);
  const regimeId = regimeOption === undefined ? regulationAt(start).id : regimeById(regimeOption).id;
  const procedure = PROCEDURES[regimeId];
  let limit: TimeLimit | null;
  switch (step) {
    case "commune-check":
      limit = procedure.stages.find((s) => s.level === "commune")?.timeLimit ?? null;
      break;
    case "re-evaluation":
      limit = procedure.reEvaluationTimeLimit;
      break;
    case "revocation":
      limit = procedure.revocationTimeLimit;
      break;
  }
  if (limit === null) {
    return fail(
      "NOT_COVERED",
      ["step"],
      step,
      `${procedure.setBy}: no time limit in days is known for this step`,
      {
        en: `step: under ${regimeById(regimeId).name.en} no time limit in days is known for "${step}"`,
        vi: `step: theo ${regimeById(regimeId).name.vi} không có thời hạn tính bằng ngày cho bước "${step}"`,
      },
    );
  }
  return build(step, regimeId, start, limit, calendar);
}
