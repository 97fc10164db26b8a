/**
 * Looking up criteria sets by regulation and set number.
 *
 * The data lives in one folder per regulation (`26-2026/`, `148/`, `1048/`), one module per set; this module
 * maps each criteria-carrying regulation (Decision 26/2026/QĐ-TTg, Phụ lục II; Decision 148/QĐ-TTg; Decision
 * 1048/QĐ-TTg) to its sets. A set is found by the number it has in its annex, not by position, because a
 * regulation may lack sets that could not be recovered (1048/QĐ-TTg).
 *
 * @module
 */
import { describeValue, fail } from "../errors/ocop-error.js";
import type { CriteriaRegulationNumber } from "../regulations/types.js";
import { CRITERIA_26_2026 } from "./26-2026/index.js";
import { CRITERIA_148 } from "./148/index.js";
import { CRITERIA_1048 } from "./1048/index.js";
import type { CriteriaSet } from "./types.js";

/** The criteria sets of each regulation that carries them. */
const SETS: Readonly<Record<CriteriaRegulationNumber, readonly CriteriaSet[]>> = {
  "26/2026/QĐ-TTg": CRITERIA_26_2026,
  "148/QĐ-TTg": CRITERIA_148,
  "1048/QĐ-TTg": CRITERIA_1048,
};

const KNOWN: readonly CriteriaRegulationNumber[] = ["26/2026/QĐ-TTg", "148/QĐ-TTg", "1048/QĐ-TTg"];

/** The regulation, checked: a string naming one of {@link KNOWN}. */
function checkRegulation(regulation: unknown): CriteriaRegulationNumber {
  if (typeof regulation === "string" && Object.hasOwn(SETS, regulation)) {
    return regulation as CriteriaRegulationNumber;
  }
  const known = KNOWN.map((k) => `"${k}"`).join(", ");
  return fail("UNKNOWN_REGULATION", ["regulation"], regulation, `one of ${known}`, {
    en: `regulation: ${describeValue(regulation)} is not a regulation with criteria sets; expected one of ${known}`,
    vi: `regulation: ${describeValue(regulation, "vi")} không phải là văn bản có bộ tiêu chí; phải là một trong ${known}`,
  });
}

/**
 * The criteria sets of a regulation, in set-number order.
 *
 * @param regulation - `"26/2026/QĐ-TTg"` (in force), `"148/QĐ-TTg"` or `"1048/QĐ-TTg"`.
 * @returns the sets the library holds for it (all 26 for 26/2026/QĐ-TTg; for earlier regulations only those
 *   that could be recovered, each with its `status`).
 * @throws OcopError `UNKNOWN_REGULATION` when `regulation` is not one of the three.
 *
 * @example
 * ```ts
 * import { criteriaSets } from "ocop";
 * criteriaSets("26/2026/QĐ-TTg").length; // 26
 * criteriaSets("26/2026/QĐ-TTg")[0].name.en; // "Fresh vegetables, tubers, fruit and nuts"
 * ```
 */
export function criteriaSets(regulation: CriteriaRegulationNumber): readonly CriteriaSet[] {
  return SETS[checkRegulation(regulation)];
}

/**
 * One criteria set (scoring sheet) of a regulation, by its number in the annex (Decision 26/2026/QĐ-TTg,
 * Phụ lục II: sets 1–26).
 *
 * @param regulation - `"26/2026/QĐ-TTg"`, `"148/QĐ-TTg"` or `"1048/QĐ-TTg"`.
 * @param setNumber - the set's number, a whole number from 1 to 26.
 * @throws OcopError `UNKNOWN_REGULATION` for an unknown regulation; `UNKNOWN_SET` when `setNumber` is not a
 *   whole number, or no set of that number is held for the regulation (the message lists the valid numbers).
 *
 * @example
 * ```ts
 * import { criteriaSet } from "ocop";
 * const tea = criteriaSet("26/2026/QĐ-TTg", 11);
 * tea.name.vi; // "Chè tươi, chè chế biến"
 * tea.criteria.find((c) => c.id === "6.1.1")?.max; // 2
 * ```
 */
export function criteriaSet(regulation: CriteriaRegulationNumber, setNumber: number): CriteriaSet {
  const checked = checkRegulation(regulation);
  const sets = SETS[checked];
  const found =
    typeof setNumber === "number" && Number.isInteger(setNumber)
      ? sets.find((set) => set.number === setNumber)
      : undefined;
  if (found !== undefined) return found;
  const numbers = sets.map((set) => set.number);
  const valid =
    numbers.length === 0 ? "none (no set of this regulation is available)" : describeNumbers(numbers);
  const validVi = numbers.length === 0 ? "không có (chưa có bộ tiêu chí nào của văn bản này)" : valid;
  return fail("UNKNOWN_SET", ["setNumber"], setNumber, `a set number of ${checked}: ${valid}`, {
    en: `setNumber: ${describeValue(setNumber)} is not a set of ${checked}; valid set numbers: ${valid}`,
    vi: `setNumber: ${describeValue(setNumber, "vi")} không phải là số bộ tiêu chí của ${checked}; số hợp lệ: ${validVi}`,
  });
}

/** "1–26", or "1, 3, 5" when the numbers are not a run. */
function describeNumbers(numbers: readonly number[]): string {
  const sorted = [...numbers].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first !== undefined && last !== undefined && sorted.length > 2 && last - first === sorted.length - 1) {
    return `${first}–${last}`;
  }
  return sorted.join(", ");
}
