/**
 * Target presets: the real plans, each target with its source.
 *
 * @module
 */
import { describeValue, fail } from "../../errors/ocop-error.js";
import type { Target } from "../types.js";
import { DECISION_490_TARGETS } from "./decision-490.js";
import { DECISION_919_TARGETS } from "./decision-919.js";
import { HANOI_2021_2025_TARGETS } from "./hanoi-2021-2025.js";
import { CHUONG_MY_2024_TARGETS, THUONG_TIN_TARGETS } from "./hanoi-districts.js";

export { DECISION_490_TARGETS } from "./decision-490.js";
export { DECISION_919_TARGETS } from "./decision-919.js";
export { HANOI_2021_2025_TARGETS } from "./hanoi-2021-2025.js";
export {
  CHUONG_MY_2024_TARGETS,
  CHUONG_MY_COMMUNES_WITHOUT_PRODUCT_2024,
  THUONG_TIN_TARGETS,
} from "./hanoi-districts.js";

/** Every preset target. */
export const TARGET_PRESETS: readonly Target[] = [
  ...DECISION_919_TARGETS,
  ...DECISION_490_TARGETS,
  ...HANOI_2021_2025_TARGETS,
  ...THUONG_TIN_TARGETS,
  ...CHUONG_MY_2024_TARGETS,
];

/**
 * A preset target by id.
 *
 * @throws {@link OcopError} `UNKNOWN_ID`
 * @example
 * ```ts
 * targetPreset("919/products-3-stars").target; // 10000
 * ```
 */
export function targetPreset(id: string): Target {
  const found = TARGET_PRESETS.find((t) => t.id === id);
  if (found === undefined) {
    return fail("UNKNOWN_ID", ["id"], id, "the id of a preset target", {
      en: `id: ${describeValue(id)} is not a preset target (e.g. ${TARGET_PRESETS.slice(0, 3)
        .map((t) => t.id)
        .join(", ")})`,
      vi: `id: ${describeValue(id, "vi")} không phải là chỉ tiêu có sẵn (ví dụ ${TARGET_PRESETS.slice(0, 3)
        .map((t) => t.id)
        .join(", ")})`,
    });
  }
  return found;
}
