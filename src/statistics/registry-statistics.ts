/**
 * Counts and shares over a registry of OCOP products, as provinces and districts publish them.
 *
 * @module
 */
import type { StarLevel } from "../criteria/types.js";
import { describeValue, fail, readInput } from "../errors/ocop-error.js";
import { checkDecimals, roundedPercent } from "./percent.js";

/** One product in a registry (the fields statistics read; any others are ignored). */
export interface ProductRecord {
  /** The star level recognised (1–5; registries usually hold 3–5). */
  readonly stars: StarLevel;
  /**
   * A province-level 90+ result waiting for national evaluation ("sản phẩm tiềm năng 5 sao"). Reports
   * count these apart from 4★ and 5★ products, and so does {@link productStatistics}.
   */
  readonly potentialFiveStar?: boolean;
  /** Product group, in whatever naming the registry uses (e.g. the groups of 1048/QĐ-TTg). */
  readonly group?: string;
  /** Locality (province, district or commune). */
  readonly locality?: string;
  /** Year of recognition. */
  readonly year?: number;
}

/** A count and its share of the total. */
export interface Share {
  readonly key: string;
  readonly count: number;
  /** Percentage of the total, rounded half-up as officials publish it. */
  readonly percent: number;
}

/** Statistics over a registry. */
export interface RegistryStatistics {
  readonly total: number;
  /** By rank: "5", "potential-5", "4", "3", "2", "1" (highest first; empty ranks left out). */
  readonly byRank: readonly Share[];
  /** By group, largest first (ties by name). Records without a group count under "(none)". */
  readonly byGroup: readonly Share[];
  /** By locality, largest first. */
  readonly byLocality: readonly Share[];
  /** By year, oldest first. */
  readonly byYear: readonly Share[];
}

/** Options of {@link productStatistics}. */
export interface StatisticsOptions {
  /** Decimals of the percentages (default 1, as in official reports). */
  readonly decimals?: number;
}

const RANK_ORDER = ["5", "potential-5", "4", "3", "2", "1"] as const;
const NONE = "(none)";

function rankOf(record: ProductRecord, index: number): string {
  const stars = record?.stars;
  if (stars !== 1 && stars !== 2 && stars !== 3 && stars !== 4 && stars !== 5) {
    fail("INVALID_DATA", ["records", index, "stars"], stars, "stars is a whole number from 1 to 5", {
      en: `records.${index}.stars: ${describeValue(stars)} is not a star level (1–5)`,
      vi: `records.${index}.stars: ${describeValue(stars, "vi")} không phải là hạng sao (1–5)`,
    });
  }
  return record.potentialFiveStar === true && stars < 5 ? "potential-5" : String(stars);
}

function label(value: unknown, field: string, index: number): string {
  if (value === undefined) return NONE;
  if (typeof value === "string" && value.length > 0) return value;
  if (field === "year" && typeof value === "number" && Number.isSafeInteger(value)) return String(value);
  return fail("INVALID_DATA", ["records", index, field], value, `${field} is a non-empty text`, {
    en: `records.${index}.${field}: ${describeValue(value)} is not a valid ${field}`,
    vi: `records.${index}.${field}: ${describeValue(value, "vi")} không hợp lệ`,
  });
}

function shares(
  counts: Map<string, number>,
  total: number,
  decimals: number,
  order: (a: Share, b: Share) => number,
) {
  const out: Share[] = [];
  for (const [key, count] of counts)
    out.push({ key, count, percent: roundedPercent(count, total, decimals) });
  return out.sort(order);
}

const bySize = (a: Share, b: Share) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * Counts and shares by rank, product group, locality and year, in one pass over any iterable (so a large
 * registry can be streamed). Percentages are rounded half-up to one decimal, as officials publish them.
 *
 * @throws {@link OcopError} `INVALID_DATA` naming the record and field
 * @example
 * ```ts
 * const stats = productStatistics([
 *   { stars: 4, group: "Thực phẩm", locality: "Chương Mỹ", year: 2023 },
 *   { stars: 3, group: "Thực phẩm", locality: "Chương Mỹ", year: 2023 },
 *   { stars: 4, potentialFiveStar: true, group: "Đồ uống", locality: "Thường Tín", year: 2024 },
 * ]);
 * stats.byGroup[0]; // { key: "Thực phẩm", count: 2, percent: 66.7 }
 * ```
 */
export function productStatistics(
  records: Iterable<ProductRecord>,
  options: StatisticsOptions = {},
): RegistryStatistics {
  if (
    records === null ||
    typeof records !== "object" ||
    readInput(["records"], () => typeof (records as Iterable<unknown>)[Symbol.iterator], "INVALID_DATA") !==
      "function"
  ) {
    fail("INVALID_DATA", ["records"], records, "records is an iterable of product records", {
      en: `records: ${describeValue(records)} is not an iterable of product records`,
      vi: `records: ${describeValue(records, "vi")} không phải là danh sách sản phẩm`,
    });
  }
  const decimals =
    readInput(
      ["options", "decimals"],
      () => (typeof options === "object" && options !== null ? options.decimals : undefined),
      "INVALID_DATA",
    ) ?? 1;
  // Checked here, so that a bad option is named at options.decimals, with or without records.
  checkDecimals(decimals, ["options", "decimals"]);
  const ranks = new Map<string, number>();
  const groups = new Map<string, number>();
  const localities = new Map<string, number>();
  const years = new Map<string, number>();
  let total = 0;
  // A getter, proxy or iterator of the caller's that throws while the records are read: an OcopError.
  readInput(
    ["records"],
    () => {
      for (const record of records) {
        if (record === null || typeof record !== "object") {
          fail("INVALID_DATA", ["records", total], record, "each record is an object", {
            en: `records.${total}: ${describeValue(record)} is not a product record`,
            vi: `records.${total}: ${describeValue(record, "vi")} không phải là bản ghi sản phẩm`,
          });
        }
        const rank = rankOf(record, total);
        const group = label(record.group, "group", total);
        const locality = label(record.locality, "locality", total);
        const year = label(record.year, "year", total);
        ranks.set(rank, (ranks.get(rank) ?? 0) + 1);
        groups.set(group, (groups.get(group) ?? 0) + 1);
        localities.set(locality, (localities.get(locality) ?? 0) + 1);
        years.set(year, (years.get(year) ?? 0) + 1);
        total++;
      }
    },
    "INVALID_DATA",
  );
  if (total === 0) return { total, byRank: [], byGroup: [], byLocality: [], byYear: [] };
  return {
    total,
    byRank: shares(
      ranks,
      total,
      decimals,
      (a, b) => RANK_ORDER.indexOf(a.key as never) - RANK_ORDER.indexOf(b.key as never),
    ),
    byGroup: shares(groups, total, decimals, bySize),
    byLocality: shares(localities, total, decimals, bySize),
    byYear: shares(years, total, decimals, (a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
  };
}

/**
 * Shares of a table of counts (for published figures that come as totals, not as records).
 *
 * @example
 * ```ts
 * sharesOf({ "thực phẩm": 467, "đồ uống": 19 }, 630);
 * // [{ key: "thực phẩm", count: 467, percent: 74.1 }, { key: "đồ uống", count: 19, percent: 3 }]
 * ```
 */
export function sharesOf(
  counts: Readonly<Record<string, number>>,
  total?: number,
  decimals = 1,
): readonly Share[] {
  if (counts === null || typeof counts !== "object") {
    fail("INVALID_DATA", ["counts"], counts, "counts is an object of whole numbers", {
      en: `counts: ${describeValue(counts)} is not a table of counts`,
      vi: `counts: ${describeValue(counts, "vi")} không phải là bảng số lượng`,
    });
  }
  const entries = readInput(
    ["counts"],
    () => Object.keys(counts).map((key) => [key, counts[key]] as const),
    "INVALID_DATA",
  );
  let sum = 0;
  for (const [key, count] of entries) {
    if (typeof count !== "number" || !Number.isSafeInteger(count) || count < 0) {
      fail("INVALID_DATA", ["counts", key], count, "a count is a whole number >= 0", {
        en: `counts.${key}: ${describeValue(count)} is not a count (a whole number >= 0)`,
        vi: `counts.${key}: ${describeValue(count, "vi")} không phải là số lượng (số nguyên >= 0)`,
      });
    }
    sum += count;
  }
  const whole = total ?? sum;
  if (typeof whole !== "number" || !Number.isSafeInteger(whole) || whole < sum || whole === 0) {
    fail("INVALID_DATA", ["total"], total, "the total is a whole number at least the sum of the counts", {
      en: `total: ${describeValue(total)} is less than the sum of the counts (${sum})`,
      vi: `total: ${describeValue(total, "vi")} nhỏ hơn tổng các số lượng (${sum})`,
    });
  }
  return entries.map(([key, count]) => ({
    key,
    count: count as number,
    percent: roundedPercent(count as number, whole, decimals),
  }));
}
