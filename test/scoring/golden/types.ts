/**
 * The shape of the scoring golden cases: data a domain expert can review (inputs, expected output, legal
 * source), run by `test/scoring/golden.test.ts`.
 */
import type { StarLevel } from "../../../src/criteria/types.js";
import type { OcopErrorCode } from "../../../src/errors/ocop-error.js";
import type { CriteriaRegulationNumber, RegimeId } from "../../../src/regulations/types.js";
import type { RegimeOrRegulation } from "../../../src/scoring/bands.js";
import type { EvaluationLevel } from "../../../src/scoring/types.js";

/** A criteria set of the library, by regulation and number (`criteriaSet(regulation, number)`). */
export interface SetRef {
  readonly regulation: CriteriaRegulationNumber;
  readonly number: number;
}

/** Points ticked, by criterion id. */
export type GoldenAnswers = Readonly<Record<string, number>>;

interface Base {
  readonly name: string;
  /** The article, annex or secondary source the expected result follows from. */
  readonly source: string;
}

/** `starsForScore(score, regulation)`: the band of an average total score. */
export interface BandCase extends Base {
  readonly kind: "band";
  readonly set: null;
  readonly answers: { readonly score: number; readonly regulation: RegimeOrRegulation };
  readonly expected: { readonly stars: StarLevel };
}

/** `councilScore(totals)` then `starsForScore(average, regulation)`. */
export interface CouncilCase extends Base {
  readonly kind: "council";
  readonly set: null;
  readonly answers: { readonly totals: readonly number[]; readonly regulation: RegimeOrRegulation };
  readonly expected: { readonly average: number; readonly stars: StarLevel };
}

/** `classify(set, answers, { regime })` on one or several sheets. */
export interface SheetCase extends Base {
  readonly kind: "sheet";
  readonly set: SetRef;
  readonly regime?: RegimeId;
  readonly answers: GoldenAnswers | readonly GoldenAnswers[];
  readonly expected: {
    /** The sheet's total, or the council's average. */
    readonly score: number;
    readonly bandStars: StarLevel;
    readonly stars: StarLevel;
    /** The minimums that held the product back: criterion id and star level, in sheet order. */
    readonly reasons: readonly (readonly [string, 3 | 4 | 5])[];
    readonly certifiable: boolean;
    readonly potentialFiveStar: boolean;
    /** The level of the authority that recognises the stars, `null` for 1★ and 2★. */
    readonly recognisedBy: EvaluationLevel | null;
    /** Optional subtotals to check (single sheet only). */
    readonly parts?: { readonly A: number; readonly B: number; readonly C: number };
    readonly subsections?: Readonly<Record<string, number>>;
  };
}

/** `scoreSheet(set, answers)` must throw INVALID_ANSWERS with these issues. */
export interface InvalidCase extends Base {
  readonly kind: "invalid";
  readonly set: SetRef;
  readonly answers: GoldenAnswers;
  readonly expected: { readonly issues: readonly (readonly [OcopErrorCode, string])[] };
}

export type GoldenCase = BandCase | CouncilCase | SheetCase | InvalidCase;

/** A band case. */
export function band(
  name: string,
  source: string,
  regulation: RegimeOrRegulation,
  score: number,
  stars: StarLevel,
): BandCase {
  return { kind: "band", name, source, set: null, answers: { score, regulation }, expected: { stars } };
}
