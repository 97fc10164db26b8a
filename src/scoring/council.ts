/**
 * The council's result: the average of its members' totals.
 *
 * @module
 */
import type { CriteriaSet, PartId } from "../criteria/types.js";
import { describeValue, fail, type OcopIssue, ocopIssue, readInput } from "../errors/ocop-error.js";
import { umbrellaError } from "./score-sheet.js";
import type { CouncilScore, ScoreSheet } from "./types.js";

const RULE =
  "Decision 26/2026/QĐ-TTg, Article 3.3: the stars follow the average total score (tổng điểm trung bình) of the council members' sheets";

/** A member's entry: a scored sheet, or the member's total. */
export type MemberScore = ScoreSheet | number;

function isSheet(value: unknown): value is ScoreSheet {
  if (typeof value !== "object" || value === null) return false;
  try {
    return looksLikeSheet(value);
  } catch {
    // A getter or proxy of the caller's threw: not a sheet.
    return false;
  }
}

function looksLikeSheet(value: object): value is ScoreSheet {
  const v = value as Partial<ScoreSheet>;
  return (
    typeof v.total === "number" &&
    typeof v.set === "object" &&
    v.set !== null &&
    typeof v.parts === "object" &&
    v.parts !== null &&
    typeof v.parts.A === "number" &&
    typeof v.parts.B === "number" &&
    typeof v.parts.C === "number"
  );
}

/**
 * The council's score: the average of its members' total scores ("tổng điểm trung bình", Decision
 * 26/2026/QĐ-TTg Article 3.3), with the lowest, highest and spread of the members' totals.
 *
 * The average is **not rounded**: the decision gives no rounding rule, and its half-open bands classify
 * any decimal (69.67 → 3★). The spread is reported, not enforced: the 10-point limit some provinces set in
 * their council rules is local practice, not the decision.
 *
 * @param sheets - each member's sheet (from {@link scoreSheet}), or each member's total; all sheets must
 *   be of the same criteria set
 * @throws {@link OcopError} `INVALID_SHEETS` for an empty list, an entry that is neither a sheet nor a
 *   total from 0 to 100, or sheets of different sets (every problem listed in `issues`)
 * @example
 * ```ts
 * const council = councilScore([72, 68, 69]);
 * council.average; // 69.66666666666667 → 3★ (starsForScore)
 * council.spread; // 4
 * ```
 */
export function councilScore(sheets: readonly MemberScore[]): CouncilScore {
  // A getter or proxy of the caller's that throws while the sheets are read: an OcopError, not its error.
  return readInput(["sheets"], () => councilOf(sheets), "INVALID_SHEETS");
}

function councilOf(sheets: readonly MemberScore[]): CouncilScore {
  if (!Array.isArray(sheets) || sheets.length === 0) {
    return fail("INVALID_SHEETS", ["sheets"], sheets, RULE, {
      en: `sheets: ${describeValue(sheets)} is not a non-empty list of members' sheets or totals`,
      vi: `sheets: ${describeValue(sheets, "vi")} không phải là danh sách (không rỗng) phiếu hoặc tổng điểm của các thành viên`,
    });
  }
  const issues: OcopIssue[] = [];
  const totals: number[] = [];
  let set: CriteriaSet | null = null;
  let allSheets = true;
  const parts = { A: 0, B: 0, C: 0 };
  for (let i = 0; i < sheets.length; i++) {
    const entry: unknown = sheets[i];
    if (typeof entry === "number" && entry >= 0 && entry <= 100) {
      totals.push(entry);
      allSheets = false;
      continue;
    }
    if (isSheet(entry) && entry.total >= 0 && entry.total <= entry.set.max) {
      if (set === null) set = entry.set;
      else if (entry.set !== set) {
        issues.push(
          ocopIssue("INVALID_SHEETS", ["sheets", i, "set"], entry.set, RULE, {
            en: `sheets.${i}: the sheet is of another criteria set than sheet 0`,
            vi: `sheets.${i}: phiếu thuộc bộ tiêu chí khác với phiếu 0`,
          }),
        );
        continue;
      }
      totals.push(entry.total);
      for (const p of ["A", "B", "C"] as const) parts[p] += entry.parts[p];
      continue;
    }
    issues.push(
      ocopIssue("INVALID_SHEETS", ["sheets", i], entry, RULE, {
        en: `sheets.${i}: ${describeValue(entry)} is neither a scored sheet nor a total from 0 to 100`,
        vi: `sheets.${i}: ${describeValue(entry, "vi")} không phải là phiếu đã chấm hoặc tổng điểm từ 0 đến 100`,
      }),
    );
  }
  if (issues.length > 0) {
    throw umbrellaError(issues as [OcopIssue, ...OcopIssue[]], "INVALID_SHEETS", ["sheets"], sheets, RULE);
  }
  let sum = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const total of totals) {
    sum += total;
    if (total < min) min = total;
    if (total > max) max = total;
  }
  const n = totals.length;
  const partAverages: Record<PartId, number> | null = allSheets
    ? { A: parts.A / n, B: parts.B / n, C: parts.C / n }
    : null;
  return { members: n, totals, average: sum / n, min, max, spread: max - min, parts: partAverages };
}
