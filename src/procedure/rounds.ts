/**
 * Evaluation rounds (Decision 26/2026/QĐ-TTg, Article 5): the round a proposal falls into and its deadline.
 *
 * @module
 */
import {
  addDays,
  type CalendarDate,
  calendarDate,
  calendarParts,
  parseCalendarDate,
} from "../calendar/calendar-date.js";
import { describeValue, fail, readInput } from "../errors/ocop-error.js";
import { regime as regimeById, regulationAt } from "../regulations/registry.js";
import type { RegimeId } from "../regulations/types.js";
import { EVALUATION_ROUNDS } from "./data/rounds.js";
import type { EvaluationRound, EvaluationRoundRule } from "./types.js";

/** The levels that hold evaluation rounds. */
export type RoundLevel = "province" | "central";

/** Options of {@link evaluationRound}. */
export interface EvaluationRoundOptions {
  /** The regime whose rounds apply. Default: the regime in force on the proposal date. */
  readonly regime?: RegimeId;
}

/**
 * The evaluation round a proposal falls into, and the round's deadline.
 *
 * Reading of Article 5 (documented in `docs/procedure.md`):
 * - "trước ngày 30 tháng 4" is **strictly before**: a commune proposal dated 29 April is in the province's
 *   round 1, one dated 30 April is not (it goes to round 2, evaluated before 30 December).
 * - The deadline "trước ngày 30 tháng 6" is also strict: the last day of round 1 is 29 June
 *   (`lastEvaluationDay`).
 * - A proposal on or after the year's last cut-off (province: 30 October; Ministry: 30 July) falls into the
 *   next year's first round by date (province: round 1, before 30 June of the next year; Ministry: round 2,
 *   before 30 March of the next year), flagged `carriedOver`.
 * - Only the two mandatory rounds are modelled; the extra rounds a province or the Ministry may add
 *   (Article 5.1 and 5.2, second paragraphs) are in its council's rules, not in the decision.
 *
 * @param level - `"province"` (proposals of the commune) or `"central"` (proposals of the province)
 * @param proposedOn - the date of the proposal (the commune's or the province's letter)
 * @throws {@link OcopError} `INVALID_ARGUMENT` for another level; `INVALID_DATE`; `NOT_COVERED` when the
 *   regime sets no national rounds (before 22/05/2026)
 * @example
 * ```ts
 * evaluationRound("province", "2026-04-29").lastEvaluationDay; // "2026-06-29" (round 1)
 * evaluationRound("province", "2026-04-30").round; // 2 (evaluated before 2026-12-30)
 * evaluationRound("central", "2026-08-03").evaluatedBefore; // "2027-03-30"
 * ```
 */
export function evaluationRound(
  level: RoundLevel,
  proposedOn: CalendarDate | string,
  options?: EvaluationRoundOptions,
): EvaluationRound {
  if (level !== "province" && level !== "central") {
    return fail(
      "INVALID_ARGUMENT",
      ["level"],
      level,
      "26/2026/QĐ-TTg, Article 5: rounds are held by the province and the Ministry",
      {
        en: `level: ${describeValue(level)} holds no evaluation rounds (province, central)`,
        vi: `level: ${describeValue(level, "vi")} không tổ chức đợt đánh giá (province, central)`,
      },
    );
  }
  const date = parseCalendarDate(proposedOn, ["proposedOn"]);
  const regimeOption = readInput(["options", "regime"], () => options?.regime);
  const regimeId = regimeOption === undefined ? regulationAt(date).id : regimeById(regimeOption).id;
  const rules: readonly EvaluationRoundRule[] = EVALUATION_ROUNDS[regimeId].filter((r) => r.level === level);
  if (rules.length === 0) {
    return fail(
      "NOT_COVERED",
      ["proposedOn"],
      proposedOn,
      "only 26/2026/QĐ-TTg (Article 5) sets national evaluation rounds",
      {
        en: `proposedOn: ${regimeById(regimeId).name.en} sets no national evaluation rounds; the provincial plan applies`,
        vi: `proposedOn: ${regimeById(regimeId).name.vi} không quy định đợt đánh giá; áp dụng kế hoạch của tỉnh`,
      },
    );
  }
  const { year } = calendarParts(date);
  let best: { rule: EvaluationRoundRule; cutoff: CalendarDate; year: number } | null = null;
  for (const y of [year, year + 1]) {
    for (const rule of rules) {
      const cutoff = calendarDate(y, rule.proposedBefore.month, rule.proposedBefore.day);
      if (cutoff > date && (best === null || cutoff < best.cutoff)) best = { rule, cutoff, year: y };
    }
  }
  // Every rule has a cut-off each year, so the next year always offers one after `date`.
  const found = best!;
  const evaluatedBefore = calendarDate(
    found.year,
    found.rule.evaluatedBefore.month,
    found.rule.evaluatedBefore.day,
  );
  return {
    regime: regimeId,
    level,
    round: found.rule.round,
    year: found.year,
    proposedOn: date,
    proposedBefore: found.cutoff,
    lastProposalDay: addDays(found.cutoff, -1),
    evaluatedBefore,
    lastEvaluationDay: addDays(evaluatedBefore, -1),
    carriedOver: found.year > year,
    rule: found.rule,
  };
}
