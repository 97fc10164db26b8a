/**
 * Star classification: the band of the score, held back by the minimum markers of the sheet.
 *
 * @module
 */
import type { CriteriaSet, MarkerLevel, StarLevel } from "../criteria/types.js";
import {
  type Bilingual,
  describeValue,
  fail,
  OcopError,
  type OcopIssue,
  readInput,
} from "../errors/ocop-error.js";
import { ALL_REGIMES } from "../regulations/registry.js";
import type { RegimeId } from "../regulations/types.js";
import { bandOf, baseRegulation, regimeOf } from "./bands.js";
import { councilScore } from "./council.js";
import { RECOGNITION } from "./data/recognition.js";
import { STAR_BANDS } from "./data/star-bands.js";
import { isRecord, notARecord, scoreWith, umbrellaError } from "./score-sheet.js";
import { type SetTables, tablesFor } from "./tables.js";
import type {
  Answers,
  Classification,
  CouncilScore,
  HoldBackReason,
  RecognitionRule,
  ScoreSheet,
  StarBandTable,
} from "./types.js";

/** Options of {@link classify}. */
export interface ClassifyOptions {
  /**
   * The regime whose recognition rules apply; it must be based on the set's regulation. Default: the
   * latest regime based on it (`"26/2026"`; `"148+1489"` for a 148 set; `"1048+781"` for a 1048 set).
   */
  readonly regime?: RegimeId;
}

/** What {@link classify} accepts: one sheet's answers, a scored sheet, or several of either. */
export type ClassifyInput = Answers | ScoreSheet | readonly (Answers | ScoreSheet)[];

/**
 * The context shared by {@link classify} and `nextStarGap`.
 *
 * @internal
 */
export interface Context {
  readonly t: SetTables;
  readonly table: StarBandTable;
  readonly regime: RegimeId;
  readonly rule: RecognitionRule;
}

/**
 * Resolves the tables, bands and recognition rule of a set.
 *
 * @internal
 */
export function contextOf(set: CriteriaSet, regimeOption: unknown): Context {
  const t = tablesFor(set);
  const base = baseRegulation(
    readInput(["set", "regulation"], () => set.regulation),
    ["set", "regulation"],
  );
  let regime: RegimeId;
  if (regimeOption === undefined) {
    regime = regimeOf(base, ["set", "regulation"]);
  } else {
    const found = ALL_REGIMES.find((r) => r.id === regimeOption);
    if (found === undefined || found.base !== base) {
      const allowed = ALL_REGIMES.filter((r) => r.base === base).map((r) => r.id);
      return fail(
        "INVALID_ARGUMENT",
        ["options", "regime"],
        regimeOption,
        "the regime must be one based on the set's regulation",
        {
          en: `options.regime: ${describeValue(regimeOption)} is not a regime of ${base} (${allowed.join(", ")})`,
          vi: `options.regime: ${describeValue(regimeOption, "vi")} không phải là chế độ của ${base} (${allowed.join(", ")})`,
        },
      );
    }
    regime = found.id;
  }
  return { t, table: STAR_BANDS[base], regime, rule: RECOGNITION[regime] };
}

/**
 * The `regime` of the options of {@link classify} and `nextStarGap` (`undefined` when the options are not
 * an object).
 *
 * @internal
 */
export function regimeOptionOf(options: unknown): unknown {
  return readInput(["options", "regime"], () =>
    isRecord(options) ? (options as { regime?: unknown }).regime : undefined,
  );
}

/** A scored sheet given back to us: trusted only after re-scoring its points. */
function looksLikeSheet(value: object): value is ScoreSheet {
  return Object.hasOwn(value, "set") && Object.hasOwn(value, "criteria");
}

/** Re-scores one entry (answers or a scored sheet) against the set; `root` is its path. */
function scoreEntry(t: SetTables, entry: unknown, root: readonly (string | number)[]): ScoreSheet {
  try {
    return rescore(t, entry, root);
  } catch (error) {
    if (error instanceof OcopError) throw error;
    // A getter or proxy of the caller's threw.
    throw notARecord(t.set, entry, root);
  }
}

function rescore(t: SetTables, entry: unknown, root: readonly (string | number)[]): ScoreSheet {
  if (isRecord(entry) && looksLikeSheet(entry)) {
    if (entry.set !== t.set) {
      throw new OcopError([
        {
          code: "INVALID_SHEETS",
          path: [...root, "set"],
          value: entry.set,
          rule: "a scored sheet is classified against the set it was scored with",
          message: {
            en: `${[...root, "set"].join(".")}: the sheet was scored against another criteria set`,
            vi: `${[...root, "set"].join(".")}: phiếu được chấm theo một bộ tiêu chí khác`,
          },
        },
      ]);
    }
    const answers: Record<string, unknown> = {};
    const list: unknown = entry.criteria;
    if (Array.isArray(list)) {
      for (const c of list) {
        if (isRecord(c) && typeof (c as { id?: unknown }).id === "string") {
          const { id, points } = c as { id: string; points?: unknown };
          Object.defineProperty(answers, id, {
            value: points,
            enumerable: true,
            writable: true,
            configurable: true,
          });
        }
      }
    }
    return scoreWith(t, answers, root);
  }
  return scoreWith(t, entry, root);
}

/**
 * Scores every entry, reporting the problems of all of them in one error.
 *
 * @internal
 */
export function scoreAll(t: SetTables, input: unknown): ScoreSheet[] {
  const list = readInput(
    ["answers"],
    () => (Array.isArray(input) ? Array.from(input as unknown[]) : null),
    "INVALID_ANSWERS",
  );
  if (list === null) return [scoreEntry(t, input, ["answers"])];
  if (list.length === 0) {
    return fail("INVALID_ANSWERS", ["answers"], input, "at least one sheet is classified", {
      en: "answers: the list of sheets is empty",
      vi: "answers: danh sách phiếu rỗng",
    });
  }
  const sheets: ScoreSheet[] = [];
  const issues: OcopIssue[] = [];
  for (let i = 0; i < list.length; i++) {
    try {
      sheets.push(scoreEntry(t, list[i], ["answers", i]));
    } catch (error) {
      if (!(error instanceof OcopError)) throw error;
      issues.push(...error.issues);
    }
  }
  if (issues.length > 0) {
    const first = issues[0]!;
    throw umbrellaError(
      issues as [OcopIssue, ...OcopIssue[]],
      "INVALID_ANSWERS",
      ["answers"],
      input,
      first.rule,
    );
  }
  return sheets;
}

function clip(text: string): string {
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

/** The points criterion `i` reaches on the lowest sheet, and its option. */
function lowest(sheets: readonly ScoreSheet[], i: number): { points: number; option: number } {
  let low = sheets[0]!.criteria[i]!;
  for (const s of sheets) if (s.criteria[i]!.points < low.points) low = s.criteria[i]!;
  return { points: low.points, option: low.option };
}

/**
 * The missed markers of levels 3 to `upTo`, one per criterion and level at which its requirement rises
 * (a 3★ minimum also binds 4★ and 5★ products, and is reported once, at 3★).
 *
 * @internal
 */
export function missedMarkers(
  t: SetTables,
  sheets: readonly ScoreSheet[],
  upTo: StarLevel,
): HoldBackReason[] {
  const reasons: HoldBackReason[] = [];
  if (!t.hasMarkers || upTo < 3) return reasons;
  const m = sheets.length;
  for (let i = 0; i < t.n; i++) {
    let previous = Number.NEGATIVE_INFINITY;
    for (let level = 3; level <= upTo; level++) {
      const need = t.required[level - 3]![i]!;
      if (need <= previous) continue;
      previous = need;
      let below = 0;
      for (const s of sheets) if (s.criteria[i]!.points < need) below++;
      if (below === 0) continue;
      const c = t.criteria[i]!;
      const option = t.requiredOption[level - 3]![i]!;
      const text = c.options[option]!.text;
      const reached = lowest(sheets, i);
      const stars = level as MarkerLevel;
      const share: Bilingual =
        m === 1
          ? { en: "", vi: "" }
          : { en: ` (${below} of ${m} sheets below)`, vi: ` (${below}/${m} phiếu chưa đạt)` };
      reasons.push({
        stars,
        criterion: { id: c.id, name: c.name },
        reached,
        required: { points: need, option, text },
        sheetsBelow: below,
        message: {
          en: `criterion ${c.id} (${clip(c.name.en)}): reached option ${reached.option + 1} (${reached.points} points); a ${stars}-star product must reach at least option ${option + 1} (${need} points, "${clip(text.en)}")${share.en}`,
          vi: `tiêu chí ${c.id} (${clip(c.name.vi)}): đạt lựa chọn ${reached.option + 1} (${reached.points} điểm); sản phẩm ${stars} sao phải đạt tối thiểu lựa chọn ${option + 1} (${need} điểm, "${clip(text.vi)}")${share.vi}`,
        },
      });
    }
  }
  return reasons;
}

/** Whether every sheet meets every minimum marker up to `level`. */
function markersMet(t: SetTables, sheets: readonly ScoreSheet[], level: MarkerLevel): boolean {
  const need = t.required[level - 3]!;
  for (let i = 0; i < t.n; i++) {
    for (const s of sheets) if (s.criteria[i]!.points < need[i]!) return false;
  }
  return true;
}

/**
 * Classifies scored sheets (already validated).
 *
 * @internal
 */
export function classifySheets(ctx: Context, sheets: readonly ScoreSheet[]): Classification {
  const council: CouncilScore | null = sheets.length > 1 ? councilScore(sheets) : null;
  const score = council === null ? sheets[0]!.total : council.average;
  const band = bandOf(score, ctx.table, ["score"]);
  const reasons = missedMarkers(ctx.t, sheets, band.stars);
  let stars: StarLevel = band.stars;
  for (const r of reasons) if (r.stars <= stars) stars = (r.stars - 1) as StarLevel;
  const fiveStarScoreReached = score >= ctx.rule.potentialFiveStar.minScore;
  return {
    set: ctx.t.set,
    regime: ctx.regime,
    score,
    band,
    stars,
    certifiable: stars >= ctx.rule.certifiableMinimum,
    fiveStarScoreReached,
    potentialFiveStar: fiveStarScoreReached && markersMet(ctx.t, sheets, 5),
    recognisedBy: stars >= 3 ? ctx.rule.recognises[stars as MarkerLevel] : null,
    reasons,
    council,
  };
}

/**
 * Classifies a product: the band of its score (Decision 26/2026/QĐ-TTg Article 3.3), held back by the
 * minimum markers of the sheet ("Dấu sao là yêu cầu tối thiểu phải đạt theo các cấp độ sao", note of every
 * sheet of Annex II).
 *
 * - A marked option of level k on a criterion: a product of k stars or more must reach at least that
 *   option's points there (a 3★ minimum also binds 4★ and 5★ products).
 * - The stars are the highest level whose band the score reaches *and* whose minimums are all met: a
 *   product scoring 75 that misses a 4★ minimum is 3★; one that misses a 3★ minimum is 2★.
 * - Several sheets (one per council member): the score is their average, not rounded; a minimum counts as
 *   met only if every sheet reaches it (see docs/scoring.md).
 * - `potentialFiveStar`: the score reaches 90 (Article 7.3.e) and every minimum up to 5★ is met.
 *
 * @param set - the criteria set
 * @param input - one sheet's answers, a scored sheet, or a list of them (one per council member)
 * @param options - `regime`: the regime whose recognition rules apply (default: the latest regime of the
 *   set's regulation)
 * @throws {@link OcopError} `INVALID_ANSWERS` (every problem of every sheet in `issues`); `INVALID_SHEETS`
 *   for a scored sheet of another set; `INVALID_ARGUMENT` for a regime of another regulation
 * @example
 * ```ts
 * const set = criteriaSet("26/2026/QĐ-TTg", 1);
 * // best options everywhere except 5.1, the product story, at 3 of 5 (its 4★ minimum is 5):
 * const result = classify(set, { ...best, "5.1": 3 });
 * result.score; // 98
 * result.band.stars; // 5
 * result.stars; // 3
 * result.reasons[0].message.en;
 * // 'criterion 5.1 (Product story): reached option 4 (3 points); a 4-star product must reach at least
 * //  option 5 (5 points, "Has a product story, documented ...")'
 * result.recognisedBy?.authority.en; // "Chairman of the Provincial People's Committee"
 * classify(set, [sheetOfMember1, sheetOfMember2, sheetOfMember3]).council?.average; // not rounded
 * ```
 */
export function classify(
  set: CriteriaSet,
  input: ClassifyInput,
  options: ClassifyOptions = {},
): Classification {
  const ctx = contextOf(set, regimeOptionOf(options));
  const sheets = scoreAll(ctx.t, input);
  // From here only the set is read (criterion names, option texts): a getter of a caller's set that throws
  // is an OcopError, not its error.
  return readInput(["set"], () => classifySheets(ctx, sheets));
}
