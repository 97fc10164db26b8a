/**
 * Star bands and recognition rules, looked up per regime or criteria regulation.
 *
 * @module
 */
import type { StarLevel } from "../criteria/types.js";
import { describeValue, fail, readInput } from "../errors/ocop-error.js";
import { ALL_REGIMES } from "../regulations/registry.js";
import type { CriteriaRegulationNumber, RegimeId } from "../regulations/types.js";
import { RECOGNITION } from "./data/recognition.js";
import { STAR_BANDS } from "./data/star-bands.js";
import type { BandBounds, RecognitionRule, StarBand, StarBandTable } from "./types.js";

/** A regime id (`"148+1489"`) or a criteria regulation number (`"148/QĐ-TTg"`). */
export type RegimeOrRegulation = RegimeId | CriteriaRegulationNumber;

/** The regulation in force today, the default of {@link starsForScore}. */
const CURRENT: CriteriaRegulationNumber = "26/2026/QĐ-TTg";

function known(): string {
  return [...ALL_REGIMES.map((r) => r.id), ...Object.keys(STAR_BANDS)].join(", ");
}

/**
 * The criteria regulation of a regime id or regulation number, or an OcopError.
 *
 * @internal
 */
export function baseRegulation(value: unknown, path: readonly (string | number)[]): CriteriaRegulationNumber {
  if (typeof value === "string") {
    if (Object.hasOwn(STAR_BANDS, value)) return value as CriteriaRegulationNumber;
    const found = ALL_REGIMES.find((r) => r.id === value);
    if (found !== undefined) return found.base;
  }
  return fail(
    "UNKNOWN_REGULATION",
    path,
    value,
    "a regime id or a criteria regulation number the library models",
    {
      en: `${path.join(".")}: ${describeValue(value)} is not a modelled regime or criteria regulation (${known()})`,
      vi: `${path.join(".")}: ${describeValue(value, "vi")} không phải là chế độ hoặc văn bản bộ tiêu chí được mô hình hóa (${known()})`,
    },
  );
}

/**
 * The regime a recognition is looked up in: the regime id itself, or for a criteria regulation number the
 * latest regime based on it (`"148/QĐ-TTg"` → `"148+1489"`, the rules that dossiers filed under 148 finish
 * under; `"1048/QĐ-TTg"` → `"1048+781"`).
 *
 * @internal
 */
export function regimeOf(value: unknown, path: readonly (string | number)[]): RegimeId {
  if (typeof value === "string" && Object.hasOwn(RECOGNITION, value)) return value as RegimeId;
  const base = baseRegulation(value, path);
  let latest: RegimeId = "26/2026";
  for (const r of ALL_REGIMES) if (r.base === base) latest = r.id;
  return latest;
}

/**
 * The star bands of a regime or criteria regulation.
 *
 * @param regulation - a regime id or criteria regulation number (default: `"26/2026/QĐ-TTg"`, in force)
 * @throws {@link OcopError} `UNKNOWN_REGULATION`
 * @example
 * ```ts
 * starBands("26/2026").bands[1]; // { stars: 4, from: 70, to: 90, toInclusive: false, ... }
 * starBands("1048/QĐ-TTg").bands[1].asWritten; // { from: 70, to: 89, toInclusive: true }
 * ```
 */
export function starBands(regulation: RegimeOrRegulation = CURRENT): StarBandTable {
  return STAR_BANDS[baseRegulation(regulation, ["regulation"])];
}

/**
 * The recognition rules of a regime: who recognises 3★, 4★ and 5★, the certifiable minimum, and the
 * "tiềm năng 5 sao" threshold.
 *
 * @param regulation - a regime id, or a criteria regulation number (its latest regime: `"148/QĐ-TTg"` →
 *   `"148+1489"`); default `"26/2026"`
 * @throws {@link OcopError} `UNKNOWN_REGULATION`
 * @example
 * ```ts
 * recognitionRule("148").recognises[3].level; // "district"
 * recognitionRule("26/2026").recognises[5].authority.en; // "Minister of Agriculture and Environment"
 * ```
 */
export function recognitionRule(regulation: RegimeOrRegulation = "26/2026"): RecognitionRule {
  return RECOGNITION[regimeOf(regulation, ["regulation"])];
}

/**
 * Whether a score lies in a band, with the bounds the library applies (`from` inclusive; `to` inclusive
 * or not as the band says).
 *
 * @throws {@link OcopError} `INVALID_SCORE` when `score` is not a number; `INVALID_ARGUMENT` when `band`
 *   has no numeric `from` and `to`
 * @example
 * ```ts
 * const four = starBands("26/2026").bands[1]; // 4★: from 70 to under 90
 * inBand(89.99, four); // true
 * inBand(90, four); // false
 * ```
 */
export function inBand(score: number, band: StarBand): boolean {
  if (typeof score !== "number") {
    fail("INVALID_SCORE", ["score"], score, "a score is a number", {
      en: `score: ${describeValue(score)} is not a number`,
      vi: `score: ${describeValue(score, "vi")} không phải là số`,
    });
  }
  const bounds = readInput(["band"], () =>
    typeof band === "object" && band !== null
      ? { from: band.from, to: band.to, toInclusive: band.toInclusive }
      : null,
  );
  if (bounds === null || typeof bounds.from !== "number" || typeof bounds.to !== "number") {
    fail("INVALID_ARGUMENT", ["band"], band, "a band has a numeric from and to (see starBands)", {
      en: `band: ${describeValue(band)} is not a star band { from, to, toInclusive }`,
      vi: `band: ${describeValue(band, "vi")} không phải là khoảng điểm hạng sao { from, to, toInclusive }`,
    });
  }
  return within(score, bounds);
}

/** Whether a score lies in bounds already checked. */
function within(score: number, band: BandBounds): boolean {
  return score >= band.from && (band.toInclusive ? score <= band.to : score < band.to);
}

/**
 * The star band of an average total score.
 *
 * No rounding is applied: Decision 26/2026/QĐ-TTg (Article 3.3) gives none, and its half-open bands place
 * every decimal score in exactly one band (69.99 → 3★, 70 → 4★).
 *
 * @param score - a total or average total score, 0 to 100
 * @param regulation - a regime id or criteria regulation number (default: `"26/2026/QĐ-TTg"`, in force)
 * @throws {@link OcopError} `INVALID_SCORE` for a score that is not a finite number from 0 to 100;
 *   `UNKNOWN_REGULATION` for an unknown regulation
 * @example
 * ```ts
 * starsForScore(89.99).stars; // 4
 * starsForScore(90).stars; // 5
 * starsForScore(69.5, "1048/QĐ-TTg").stars; // 3
 * ```
 */
export function starsForScore(score: number, regulation: RegimeOrRegulation = CURRENT): StarBand {
  const table = STAR_BANDS[baseRegulation(regulation, ["regulation"])];
  return bandOf(score, table, ["score"]);
}

/**
 * The band of a score in a table, or INVALID_SCORE.
 *
 * @internal
 */
export function bandOf(score: unknown, table: StarBandTable, path: readonly (string | number)[]): StarBand {
  if (typeof score === "number" && score >= 0 && score <= table.max) {
    for (const band of table.bands) if (within(score, band)) return band;
  }
  return fail("INVALID_SCORE", path, score, `${table.source}: a score is a number from 0 to ${table.max}`, {
    en: `${path.join(".")}: ${describeValue(score)} is not a score from 0 to ${table.max}`,
    vi: `${path.join(".")}: ${describeValue(score, "vi")} không phải là điểm từ 0 đến ${table.max}`,
  });
}

/**
 * The lowest score of the band of a star level.
 *
 * @internal
 */
export function bandFloor(table: StarBandTable, stars: StarLevel): number {
  return table.bands[5 - stars]!.from;
}
