/**
 * Criteria sets (Bộ tiêu chí, kiêm phiếu đánh giá) of every modelled regulation, as data, and their lookup.
 * Each set is also exported on its own (`SET_26_2026_11`, `SET_148_04`, ...), so that an app that needs one
 * set does not bundle the others.
 *
 * @module
 */
export * from "./26-2026/index.js";
export * from "./148/index.js";
export * from "./1048/index.js";
export { criteriaSet, criteriaSets } from "./lookup.js";
export * from "./types.js";
