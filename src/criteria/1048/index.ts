/**
 * The criteria sets of Decision 1048/QĐ-TTg (21/08/2019; Phụ lục III, 26 sets; parts A 35 / B 25 / C 40), as
 * amended by Decision 781/QĐ-TTg (08/06/2020), as far as they could be recovered.
 *
 * The official annex was not available: only set 1 could be recovered, from one third-party copy, and it is
 * `unconfirmed`. Sets 2–26 are absent rather than guessed ({@link SETS_1048_NOT_RECOVERED}). The minimum
 * requirements per star that 781/QĐ-TTg added are in {@link MINIMUMS_781}.
 *
 * @module
 */
import type { CriteriaSet } from "../types.js";
import { SET_1048_01 } from "./01-rau-cu-qua-hat-tuoi.js";

export { SET_1048_01 } from "./01-rau-cu-qua-hat-tuoi.js";
export {
  type Completeness781,
  type CriteriaGroup781,
  MINIMUMS_781,
  type Minimum781Group,
  type Minimum781Level,
  type Minimum781Requirement,
  type Minimums781,
} from "./minimums-781.js";

/** The part maxima of every 1048/QĐ-TTg set (Decision 1048/QĐ-TTg, Article 1.1: A 35, B 25, C 40). */
export const PART_MAXIMA_1048 = { A: 35, B: 25, C: 40 } as const;

/**
 * The recovered criteria sets of Decision 1048/QĐ-TTg, by set number. Only set 1, unconfirmed.
 *
 * @example
 * ```ts
 * import { CRITERIA_1048 } from "ocop";
 * CRITERIA_1048.map((s) => `${s.number} ${s.status}`); // ["1 unconfirmed"]
 * ```
 */
export const CRITERIA_1048: readonly CriteriaSet[] = [SET_1048_01];

/**
 * The numbers of the 1048/QĐ-TTg sets (1–26) that could not be recovered at all, and so are absent from
 * {@link CRITERIA_1048}.
 */
export const SETS_1048_NOT_RECOVERED: readonly number[] = [
  2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26,
];
