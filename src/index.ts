/**
 * `ocop` — Vietnam's OCOP programme ("Chương trình Mỗi xã một sản phẩm", One Commune One Product) as a
 * typed library: the regulations and their regimes, product classification, criteria sets, scoring and
 * star classification, certificates, the OCOP cycle and procedure, targets and statistics.
 *
 * The law in force is Decision 26/2026/QĐ-TTg (22 May 2026); earlier regimes (1048/2019 with 781/2020,
 * 148/2023 with 1489/2025) are modelled so that past results stay recomputable.
 *
 * @packageDocumentation
 */
export * from "./calendar/index.js";
export * from "./certificates/index.js";
export * from "./classification/index.js";
export * from "./criteria/index.js";
export * from "./errors/index.js";
export * from "./procedure/index.js";
export * from "./regulations/index.js";
export * from "./scoring/index.js";
export * from "./statistics/index.js";
export * from "./targets/index.js";
