/**
 * The evaluation rounds of Decision 26/2026/QĐ-TTg, Article 5, as data, keyed by regime.
 *
 * Reading applied (see `docs/procedure.md`): "trước ngày 30 tháng 4" means strictly before 30 April, so a
 * proposal dated 30 April misses round 1; "đợt 01 trước ngày 30 tháng 6" means the round ends on 29 June at
 * the latest. Only the two mandatory rounds per level are modelled; a province or the Ministry may add rounds
 * in its council's rules (Article 5.1 and 5.2, second paragraphs).
 *
 * @module
 */
import type { RegimeId } from "../../regulations/types.js";
import type { EvaluationRoundRule } from "../types.js";

const COMMUNE = { vi: "UBND cấp xã", en: "Commune People's Committee" } as const;
const PROVINCE = { vi: "UBND cấp tỉnh", en: "Provincial People's Committee" } as const;

/** Decision 26/2026/QĐ-TTg, Article 5: two mandatory rounds a year at each level. */
export const ROUNDS_26_2026 = [
  {
    level: "province",
    round: 1,
    proposedBy: COMMUNE,
    proposedBefore: { month: 4, day: 30 },
    evaluatedBefore: { month: 6, day: 30 },
    rule: "26/2026/QĐ-TTg, Article 5.1",
    text: "Đợt 01 trước ngày 30 tháng 6 đối với các hồ sơ được UBND cấp xã đề nghị trước ngày 30 tháng 4",
  },
  {
    level: "province",
    round: 2,
    proposedBy: COMMUNE,
    proposedBefore: { month: 10, day: 30 },
    evaluatedBefore: { month: 12, day: 30 },
    rule: "26/2026/QĐ-TTg, Article 5.1",
    text: "đợt 02 trước ngày 30 tháng 12 đối với các hồ sơ được UBND cấp xã đề nghị trước ngày 30 tháng 10",
  },
  {
    level: "central",
    round: 1,
    proposedBy: PROVINCE,
    proposedBefore: { month: 7, day: 30 },
    evaluatedBefore: { month: 9, day: 30 },
    rule: "26/2026/QĐ-TTg, Article 5.2",
    text: "Đợt 01 trước ngày 30 tháng 9 đối với các hồ sơ được UBND cấp tỉnh đề nghị trước ngày 30 tháng 7",
  },
  {
    level: "central",
    round: 2,
    proposedBy: PROVINCE,
    proposedBefore: { month: 1, day: 30 },
    evaluatedBefore: { month: 3, day: 30 },
    rule: "26/2026/QĐ-TTg, Article 5.2",
    text: "đợt 02 trước ngày 30 tháng 3 đối với các hồ sơ được UBND cấp tỉnh đề nghị trước ngày 30 tháng 01",
  },
] as const satisfies readonly EvaluationRoundRule[];

/**
 * The national evaluation rounds per regime. Only 26/2026/QĐ-TTg sets rounds; the earlier decisions, as far
 * as the sources show, left the timing to provincial plans (an empty list).
 */
export const EVALUATION_ROUNDS = {
  "1048": [],
  "1048+781": [],
  "148": [],
  "148+1489": [],
  "26/2026": ROUNDS_26_2026,
} as const satisfies { readonly [R in RegimeId]: readonly EvaluationRoundRule[] };
