/**
 * Types of scoring and star classification: star bands, recognition authorities, scored sheets, council
 * results, classifications and star gaps.
 *
 * @module
 */
import type { CriteriaSet, MarkerLevel, PartId, StarLevel } from "../criteria/types.js";
import type { Bilingual } from "../errors/ocop-error.js";
import type { CriteriaRegulationNumber, RegimeId } from "../regulations/types.js";

/** How sure a rule of this folder is. */
export type RuleStatus =
  /** From the primary text (Decision 26/2026/QĐ-TTg). */
  | "official"
  /** From two or more independent secondary sources. */
  | "secondary"
  /** From a single secondary source, or inferred: see the entry's `reading`. */
  | "uncertain";

/** The boundaries of a band, as numbers: `from` (always inclusive) up to `to`, inclusive or not. */
export interface BandBounds {
  /** Lower bound, inclusive (`0` for the lowest band, whose text says only "dưới 30"). */
  readonly from: number;
  /** Upper bound. */
  readonly to: number;
  /** Whether `to` itself is in the band ("đến 100" → `true`; "đến dưới 90" → `false`). */
  readonly toInclusive: boolean;
}

/** One star band ("Hạng 4 sao"): the range of average total scores that gives a star level. */
export interface StarBand extends BandBounds {
  readonly stars: StarLevel;
  /** The band's wording, Vietnamese as written in the source, and an English rendering. */
  readonly wording: Bilingual;
  /**
   * The bounds exactly as written when they differ from the bounds applied (`from`/`to`/`toInclusive`):
   * 1048/QĐ-TTg wrote closed integer ranges ("70–89") that leave 89.5 in no band.
   */
  readonly asWritten?: BandBounds;
  /** The level the band is named after, where the text names one ("cấp quốc gia", "cấp tỉnh"). */
  readonly level: "national" | "province" | null;
}

/** The five star bands a criteria regulation sets, highest first. */
export interface StarBandTable {
  readonly regulation: CriteriaRegulationNumber;
  /** The five bands, 5★ first. */
  readonly bands: readonly [StarBand, StarBand, StarBand, StarBand, StarBand];
  /** The highest total a sheet can reach. */
  readonly max: number;
  /** Article and clause, or the secondary sources. */
  readonly source: string;
  readonly status: RuleStatus;
  /** How the library reads the bands where the text leaves a doubt. */
  readonly reading?: Bilingual;
}

/** A level of the evaluation: district, province or central. */
export type EvaluationLevel = "district" | "province" | "central";

/** Who recognises (công nhận) and certifies a star level. */
export interface RecognitionAuthority {
  readonly level: EvaluationLevel;
  /** The authority, in Vietnamese as the source names it and in English. */
  readonly authority: Bilingual;
  readonly source: string;
  readonly status: RuleStatus;
}

/** Who recognises what under a regime, and the thresholds of the procedure that depend on the score. */
export interface RecognitionRule {
  readonly regime: RegimeId;
  /** The evaluation levels, lowest first. */
  readonly levels: readonly EvaluationLevel[];
  /** The lowest star level that receives a recognition decision and a certificate (3★). */
  readonly certifiableMinimum: MarkerLevel;
  /** Who recognises 3★, 4★ and 5★. 1★ and 2★ receive no decision and no certificate. */
  readonly recognises: { readonly [K in MarkerLevel]: RecognitionAuthority };
  /**
   * Products scoring at least `minScore` at the province are "tiềm năng 5 sao": the province approves the
   * result and proposes them to the Ministry for the central evaluation.
   */
  readonly potentialFiveStar: {
    readonly minScore: number;
    readonly proposedBy: Bilingual;
    readonly proposedTo: Bilingual;
    readonly source: string;
    readonly status: RuleStatus;
  };
  /**
   * Where there is a district level: the score from which the district forwards a product to the province,
   * or `null` without a district level.
   */
  readonly forwardToProvince: {
    readonly minScore: number;
    readonly source: string;
    readonly status: RuleStatus;
  } | null;
  /** Notes on what the sources leave open. */
  readonly notes: readonly Bilingual[];
}

/**
 * One evaluator's answers: for each criterion id of the set, the points of the option ticked.
 * Every criterion must be answered, with points one of its options offers.
 */
export type Answers = Readonly<Record<string, number>>;

/** The score of one criterion on a sheet. */
export interface CriterionScore {
  /** The criterion id (`"1.1"`). */
  readonly id: string;
  /** The points of the option ticked. */
  readonly points: number;
  /** The index of that option in the criterion's `options` (the first one offering these points). */
  readonly option: number;
}

/** One evaluator's sheet, scored. */
export interface ScoreSheet {
  /** The criteria set the sheet was scored against. */
  readonly set: CriteriaSet;
  /** The total score. */
  readonly total: number;
  /** Subtotals per part. */
  readonly parts: Readonly<Record<PartId, number>>;
  /** Subtotals per section id (`"1"`), in sheet order. */
  readonly sections: Readonly<Record<string, number>>;
  /** Subtotals per third-level heading (`"6.1"`) for sets that have them; empty otherwise. */
  readonly subsections: Readonly<Record<string, number>>;
  /** Every criterion, in sheet order. */
  readonly criteria: readonly CriterionScore[];
}

/** The result of a council: the average of its members' totals. */
export interface CouncilScore {
  /** Number of members' sheets. */
  readonly members: number;
  /** Each member's total, in the order given. */
  readonly totals: readonly number[];
  /** The average total ("tổng điểm trung bình", Decision 26/2026/QĐ-TTg Article 3.3), not rounded. */
  readonly average: number;
  /** The lowest member total. */
  readonly min: number;
  /** The highest member total. */
  readonly max: number;
  /** `max - min`. Reported, not enforced (the 10-point limit is provincial practice, not the decision). */
  readonly spread: number;
  /** Average per part, not rounded, when every entry is a {@link ScoreSheet}; `null` otherwise. */
  readonly parts: Readonly<Record<PartId, number>> | null;
}

/** A minimum marker the product missed, which held its stars back. */
export interface HoldBackReason {
  /** The star level whose minimum is missed (3, 4 or 5). */
  readonly stars: MarkerLevel;
  readonly criterion: { readonly id: string; readonly name: Bilingual };
  /** What the product reached: the points and option (with several sheets: the lowest member's). */
  readonly reached: { readonly points: number; readonly option: number };
  /** The marked option it must reach at least. */
  readonly required: { readonly points: number; readonly option: number; readonly text: Bilingual };
  /** How many sheets fell short of the marker (1 for a single sheet). */
  readonly sheetsBelow: number;
  /** The reason, in English and Vietnamese. */
  readonly message: Bilingual;
}

/** The star classification of a product. */
export interface Classification {
  readonly set: CriteriaSet;
  /** The regime whose recognition rules apply. */
  readonly regime: RegimeId;
  /** The score classified: a single sheet's total, or the council's average total (not rounded). */
  readonly score: number;
  /** The band the score falls in. */
  readonly band: StarBand;
  /** The stars after the minimum markers: the highest level whose band and markers are both met. */
  readonly stars: StarLevel;
  /** 3★ or more: the product gets a recognition decision and a certificate. */
  readonly certifiable: boolean;
  /** The score reaches the "tiềm năng 5 sao" threshold (90; Decision 26/2026/QĐ-TTg Article 7.3.e). */
  readonly fiveStarScoreReached: boolean;
  /**
   * Potential 5★ as the library reads it: the score reaches 90 *and* every minimum marker up to 5★ is
   * met, so the province proposes the product to the Ministry (see docs/scoring.md).
   */
  readonly potentialFiveStar: boolean;
  /** Who recognises `stars` under the regime, or `null` for 1★ and 2★ (no decision, no certificate). */
  readonly recognisedBy: RecognitionAuthority | null;
  /** Every missed marker of a level up to the band's, in sheet order. Empty when `stars` is the band's. */
  readonly reasons: readonly HoldBackReason[];
  /** The council result when several sheets were classified, `null` for one sheet. */
  readonly council: CouncilScore | null;
}

/** One criterion to improve, in a {@link StarGap}. */
export interface GapChange {
  readonly criterion: { readonly id: string; readonly name: Bilingual };
  /** The option ticked now. */
  readonly from: { readonly points: number; readonly option: number };
  /** The option to reach. */
  readonly to: { readonly points: number; readonly option: number; readonly text: Bilingual };
  /** `to.points - from.points`. */
  readonly gain: number;
  /** The star level whose minimum marker forces this change, or `null` when it is needed for the score. */
  readonly marker: MarkerLevel | null;
}

/** The smallest set of improvements that lifts a product to the next star. */
export interface StarGap {
  /** The stars now (after markers). */
  readonly from: StarLevel;
  /** The next star level. */
  readonly to: StarLevel;
  /** The score now. */
  readonly score: number;
  /** The lowest score of the band of `to`. */
  readonly requiredScore: number;
  /** The changes: fewest criteria, then fewest points, in sheet order. */
  readonly changes: readonly GapChange[];
  /** The points the changes add. */
  readonly pointsGained: number;
  /** The score after the changes. */
  readonly newScore: number;
  /** The stars after the changes (at least `to`). */
  readonly newStars: StarLevel;
}
