/**
 * Routing of an evaluation result: for a score at a level, under the regime of the dossier, which body acts
 * next and what it may decide.
 *
 * @module
 */
import type { CalendarDate } from "../calendar/calendar-date.js";
import type { StarLevel } from "../criteria/types.js";
import type { Bilingual } from "../errors/ocop-error.js";
import { describeValue, fail, readInput } from "../errors/ocop-error.js";
import { regime as regimeById, regulationAt } from "../regulations/registry.js";
import type { RegimeId } from "../regulations/types.js";
import { starsForScore } from "../scoring/bands.js";
import { RECOGNITION } from "../scoring/data/recognition.js";
import { PROCEDURES } from "./data/procedures.js";
import type { Authority, CertifiedStars, EvaluatingLevel, ProcedureStage, RegimeProcedure } from "./types.js";

/** Every {@link EvaluatingLevel}. */
export const EVALUATING_LEVELS: readonly EvaluatingLevel[] = ["district", "province", "central"];

/** What the body acting next may decide on a result. */
export type RouteDecision =
  /** Recognise the product at `stars` and issue a certificate. */
  | {
      readonly kind: "recognise";
      readonly stars: CertifiedStars;
      readonly by: Authority;
      readonly rule: string;
    }
  /** Send the dossier on to the next level's council. */
  | { readonly kind: "forward"; readonly to: EvaluatingLevel; readonly by: Authority; readonly rule: string }
  /** Have the product evaluated by the provincial council (26/2026/QĐ-TTg, Article 7.4, last paragraph). */
  | { readonly kind: "evaluate-at-province"; readonly by: Authority; readonly rule: string }
  /** 1★ or 2★: no recognition decision and no certificate (26/2026/QĐ-TTg, Article 4.1.a). */
  | { readonly kind: "no-recognition"; readonly rule: string }
  /** The sources do not say what happens: the library gives no answer rather than a guess. */
  | { readonly kind: "not-covered"; readonly note: string };

/** The input of {@link routeEvaluation}. */
export interface RouteEvaluationInput {
  /** The regime of the dossier. Wins over `date` when both are given. */
  readonly regime?: RegimeId;
  /**
   * The day the dossier was filed: its regime is the one in force that day ({@link regulationAt}). A dossier
   * filed before 22/05/2026 finishes under 148+1489 (26/2026/QĐ-TTg, Article 12.2), so pass the filing
   * date, not the date of the result.
   */
  readonly date?: CalendarDate | string;
  /** The level whose council scored the product. */
  readonly level: EvaluatingLevel;
  /** The council's average total score, 0–100. */
  readonly score: number;
  /**
   * The stars after the minimum markers (the `stars` of `classify` in `scoring`), at most the score's band.
   * Default: the band of the score.
   */
  readonly stars?: StarLevel;
}

/** Where a result goes. */
export interface EvaluationRouting {
  readonly regime: RegimeId;
  readonly level: EvaluatingLevel;
  readonly score: number;
  /** The band of the score. */
  readonly band: StarLevel;
  /** The stars the result supports (the band, or less when minimum markers were missed). */
  readonly stars: StarLevel;
  /** The body that decides on the result next, or `null` when nothing is left to decide. */
  readonly next: Authority | null;
  /** What it may decide (alternatives; usually one). */
  readonly decisions: readonly RouteDecision[];
  /** `false` when a step rests on secondary or single sources, or on a reading of the library. */
  readonly confirmed: boolean;
}

function levelName(level: EvaluatingLevel): Bilingual {
  switch (level) {
    case "district":
      return { vi: "cấp huyện", en: "district" };
    case "province":
      return { vi: "cấp tỉnh", en: "province" };
    case "central":
      return { vi: "cấp trung ương", en: "central" };
  }
}

function stageOf(
  procedure: RegimeProcedure,
  level: EvaluatingLevel,
  path: readonly (string | number)[],
): ProcedureStage {
  const stage = procedure.stages.find((s) => s.level === level && s.role === "evaluate");
  if (stage === undefined) {
    const levels = procedure.stages.filter((s) => s.role === "evaluate").map((s) => s.level);
    return fail(
      "INVALID_ARGUMENT",
      path,
      level,
      `${procedure.setBy}: evaluation levels are ${levels.join(", ")}`,
      {
        en: `${path.join(".")}: under ${regimeById(procedure.regime).name.en} no ${levelName(level).en} council evaluates products (levels: ${levels.join(", ")})`,
        vi: `${path.join(".")}: theo ${regimeById(procedure.regime).name.vi} không có Hội đồng ${levelName(level).vi} đánh giá sản phẩm (các cấp: ${levels.join(", ")})`,
      },
    );
  }
  return stage;
}

function recogniser(regime: RegimeId, stars: CertifiedStars): Authority {
  const r = RECOGNITION[regime].recognises[stars];
  return { level: r.level, name: r.authority };
}

function isCertified(stars: StarLevel): stars is CertifiedStars {
  return stars >= 3;
}

/** A plain copy of the caller's input: own `regime`, `date` and `stars`, and `level` and `score`. */
function copyInput(input: RouteEvaluationInput): RouteEvaluationInput {
  const own = (key: "regime" | "date" | "stars") => (Object.hasOwn(input, key) ? { [key]: input[key] } : {});
  return { ...own("regime"), ...own("date"), ...own("stars"), level: input.level, score: input.score };
}

function resolveRegime(input: RouteEvaluationInput): RegimeId {
  if (Object.hasOwn(input, "regime") && input.regime !== undefined) {
    // The registry refuses an unknown regime (UNKNOWN_REGULATION at regime, listing the regimes).
    return regimeById(input.regime).id;
  }
  if (Object.hasOwn(input, "date") && input.date !== undefined) return regulationAt(input.date).id;
  return fail("INVALID_ARGUMENT", ["regime"], undefined, "routeEvaluation needs a regime or a date", {
    en: "regime: give the regime of the dossier or the date it was filed",
    vi: "regime: cần chế độ áp dụng cho hồ sơ hoặc ngày nộp hồ sơ",
  });
}

/**
 * Routes an evaluation result: which body acts next and what it may decide.
 *
 * - Province or district, score at or above the level's forwarding threshold (and the stars reached): the
 *   dossier goes on (1048: district → province from 50; 148: district → province from 70; every regime:
 *   province → Ministry from 90, "tiềm năng 5 sao", 26/2026/QĐ-TTg Article 7.3.e).
 * - A rank the level recognises: recognition and certificate (26/2026/QĐ-TTg, Articles 4.1 and 7.3.e).
 * - 1★ or 2★: no recognition and no certificate (Article 4.1.a).
 * - Central, 90 or more with 5★ reached: the Minister recognises 5★ (Article 7.4.e). Under 90 (26/2026
 *   only): the provincial chairman may recognise 3★ or 4★ on the central result, or have it evaluated at the
 *   province (Article 7.4, last paragraph). Earlier regimes: `not-covered`.
 *
 * @throws {@link OcopError} `INVALID_ARGUMENT` (no regime or date; a level the regime does not have),
 *   `UNKNOWN_REGULATION`, `INVALID_DATE`, `DATE_BEFORE_FIRST_REGIME`, `INVALID_SCORE`, `INVALID_STARS`
 * @example
 * ```ts
 * routeEvaluation({ date: "2026-08-01", level: "province", score: 92 }).decisions[0].kind; // "forward"
 * routeEvaluation({ regime: "148", level: "district", score: 65 }).decisions[0]; // recognise 3★ by the district
 * routeEvaluation({ regime: "26/2026", level: "central", score: 85 }).decisions.map((d) => d.kind);
 * // ["recognise", "evaluate-at-province"]
 * ```
 */
export function routeEvaluation(input: RouteEvaluationInput): EvaluationRouting {
  if (typeof input !== "object" || input === null) {
    return fail(
      "INVALID_ARGUMENT",
      ["input"],
      input,
      "routeEvaluation takes an object { regime or date, level, score }",
      {
        en: `input: ${describeValue(input)} is not an object { regime or date, level, score }`,
        vi: `input: ${describeValue(input, "vi")} không phải là đối tượng { regime hoặc date, level, score }`,
      },
    );
  }
  // Each field read once, into a plain copy: a getter or proxy of the caller's that throws is an OcopError.
  const copy = readInput(["input"], () => copyInput(input));
  const regime = resolveRegime(copy);
  const level: unknown = copy.level;
  if (typeof level !== "string" || !(EVALUATING_LEVELS as readonly string[]).includes(level)) {
    return fail("INVALID_ARGUMENT", ["level"], level, "the level is district, province or central", {
      en: `level: ${describeValue(level)} is not an evaluating level (${EVALUATING_LEVELS.join(", ")})`,
      vi: `level: ${describeValue(level, "vi")} không phải là cấp đánh giá (${EVALUATING_LEVELS.join(", ")})`,
    });
  }
  const procedure: RegimeProcedure = PROCEDURES[regime];
  const stage = stageOf(procedure, level as EvaluatingLevel, ["level"]);
  const band = starsForScore(copy.score, regime).stars;
  const score = copy.score;
  let stars: StarLevel = band;
  if (Object.hasOwn(copy, "stars") && copy.stars !== undefined) {
    const s: unknown = copy.stars;
    if (typeof s !== "number" || !Number.isInteger(s) || s < 1 || s > band) {
      return fail(
        "INVALID_STARS",
        ["stars"],
        s,
        "Decision 26/2026/QĐ-TTg, Article 3.3: the stars cannot exceed the score's band",
        {
          en: `stars: ${describeValue(s)} is not a star level from 1 to ${band} (the band of ${score} points)`,
          vi: `stars: ${describeValue(s, "vi")} không phải là hạng sao từ 1 đến ${band} (hạng của ${score} điểm)`,
        },
      );
    }
    stars = s as StarLevel;
  }
  const base = { regime, level: stage.level as EvaluatingLevel, score, band, stars };
  const recognition = RECOGNITION[regime];

  if (stage.level === "central") {
    if (score >= recognition.potentialFiveStar.minScore && stars === 5) {
      return {
        ...base,
        next: recogniser(regime, 5),
        decisions: [{ kind: "recognise", stars: 5, by: recogniser(regime, 5), rule: stage.rule }],
        confirmed: stage.confirmed,
      };
    }
    const below = procedure.belowThresholdAtCentral;
    if (below.kind === "not-covered") {
      return {
        ...base,
        next: null,
        decisions: [{ kind: "not-covered", note: below.note }],
        confirmed: false,
      };
    }
    const province = stageOf(procedure, "province", ["level"]);
    const chairman: Authority = { level: "province", name: province.recognisedBy ?? province.body };
    const decisions: RouteDecision[] = [];
    if (isCertified(stars) && stars < 5) {
      decisions.push({ kind: "recognise", stars, by: recogniser(regime, stars), rule: below.rule });
    }
    decisions.push({ kind: "evaluate-at-province", by: chairman, rule: below.rule });
    // A score of 90 or more with a missed 5★ marker is read as "không đạt 90 điểm" (not confirmed).
    return { ...base, next: chairman, decisions, confirmed: score < recognition.potentialFiveStar.minScore };
  }

  const forward = stage.forwards;
  if (
    forward !== null &&
    score >= forward.minScore &&
    stars >= starsForScore(forward.minScore, regime).stars
  ) {
    const by: Authority = { level: stage.level, name: forward.by };
    return {
      ...base,
      next: by,
      decisions: [{ kind: "forward", to: forward.to, by, rule: forward.rule }],
      confirmed: forward.confirmed && stars === band,
    };
  }
  if (!isCertified(stars)) {
    return {
      ...base,
      next: null,
      decisions: [
        { kind: "no-recognition", rule: "26/2026/QĐ-TTg, Article 4.1.a; same under the earlier regimes" },
      ],
      confirmed: true,
    };
  }
  if (stage.recognises.includes(stars)) {
    const by = recogniser(regime, stars);
    return {
      ...base,
      next: by,
      decisions: [{ kind: "recognise", stars, by, rule: stage.rule }],
      confirmed: stage.confirmed && stars === band,
    };
  }
  return {
    ...base,
    next: null,
    decisions: [
      {
        kind: "not-covered",
        note: `${procedure.setBy}: the ${levelName(stage.level as EvaluatingLevel).en} recognises ${stage.recognises.map((s) => `${s}★`).join(", ") || "nothing"}; what happens to a ${stars}★ result at this level is not stated by the sources.`,
      },
    ],
    confirmed: false,
  };
}
