/**
 * Criteria sets (Bộ tiêu chí đánh giá sản phẩm OCOP) as data, and their lookup.
 *
 * @module
 */
export { CRITERIA_26_2026 } from "./26-2026/index.js";
export { criteriaSet, criteriaSets } from "./lookup.js";
export * from "./types.js";
