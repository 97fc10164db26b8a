/**
 * Percentages as OCOP reports publish them.
 *
 * @module
 */
import { describeValue, fail } from "../errors/ocop-error.js";

/**
 * A share as a percentage rounded half-up to a number of decimals (default 1), the way OCOP reports publish
 * them ("467 of 630 products are food: 74.1%"). Computed in integers, so an exact half always rounds up:
 * `roundedPercent(23, 80)` is 28.8 (28.75%), where binary floating point (`(23 / 80 * 100).toFixed(1)`) gives 28.7.
 *
 * @param part - a whole number from 0 to `whole`
 * @param whole - a whole number greater than 0
 * @param decimals - 0 to 4 (default 1)
 * @throws {@link OcopError} `INVALID_DATA` for negative, fractional or inconsistent counts
 * @example
 * ```ts
 * roundedPercent(467, 630); // 74.1
 * roundedPercent(5, 630); // 0.8
 * roundedPercent(1, 3, 2); // 33.33
 * roundedPercent(23, 80); // 28.8 (28.75 rounded half-up)
 * ```
 */
export function roundedPercent(part: number, whole: number, decimals = 1): number {
  checkCount(part, "part");
  checkCount(whole, "whole");
  if (whole === 0 || part > whole) {
    fail("INVALID_DATA", ["part"], part, "a share needs 0 <= part <= whole and whole > 0", {
      en: `part: ${describeValue(part)} of ${describeValue(whole)} is not a share (0 <= part <= whole, whole > 0)`,
      vi: `part: ${describeValue(part, "vi")} trên ${describeValue(whole, "vi")} không phải là tỷ lệ (0 <= phần <= tổng, tổng > 0)`,
    });
  }
  checkDecimals(decimals, ["decimals"]);
  const scale = 10 ** decimals;
  // half-up on exact integers: floor((2·part·100·scale + whole) / (2·whole))
  const scaled = Math.floor((2 * part * 100 * scale + whole) / (2 * whole));
  return scaled / scale;
}

/**
 * Checks a number of decimals (a whole number from 0 to 4), naming `path` when it is not one (internal: used
 * by {@link roundedPercent} and by `productStatistics` for its `options.decimals`).
 *
 * @throws {@link OcopError} `INVALID_ARGUMENT`
 * @example
 * ```ts
 * checkDecimals(2, ["decimals"]); // passes
 * checkDecimals(7, ["options", "decimals"]); // throws "options.decimals: 7 must be a whole number from 0 to 4"
 * ```
 */
export function checkDecimals(
  decimals: unknown,
  path: readonly (string | number)[],
): asserts decimals is number {
  if (typeof decimals !== "number" || !Number.isInteger(decimals) || decimals < 0 || decimals > 4) {
    fail("INVALID_ARGUMENT", path, decimals, "decimals is a whole number from 0 to 4", {
      en: `${path.join(".")}: ${describeValue(decimals)} must be a whole number from 0 to 4`,
      vi: `${path.join(".")}: ${describeValue(decimals, "vi")} phải là số nguyên từ 0 đến 4`,
    });
  }
}

/**
 * Returns `value` if it is a count (a whole number >= 0), else throws.
 *
 * @param field - the field's name, the default path
 * @param path - where the value sits in the caller's argument (default `[field]`)
 * @throws {@link OcopError} `INVALID_DATA` for anything but a safe whole number >= 0
 * @example
 * ```ts
 * checkCount(467, "part"); // 467
 * checkCount(2.5, "part", ["data", "part"]); // throws OcopError INVALID_DATA
 * // "data.part: 2.5 is not a count (a whole number >= 0)"
 * ```
 */
export function checkCount(
  value: unknown,
  field: string,
  path: readonly (string | number)[] = [field],
): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    fail("INVALID_DATA", path, value, "a count is a whole number >= 0", {
      en: `${path.join(".")}: ${describeValue(value)} is not a count (a whole number >= 0)`,
      vi: `${path.join(".")}: ${describeValue(value, "vi")} không phải là số lượng (số nguyên >= 0)`,
    });
  }
  return value;
}
