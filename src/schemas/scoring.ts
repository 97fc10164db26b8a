/**
 * Schemas of scoring: the answers of a sheet and a council's sheets (inputs), and the scored sheet, the
 * council's score, the classification and the star gap (outputs), typed against `src/scoring/types.ts`.
 *
 * The schemas check shapes; whether an answer's points are offered by its criterion is the scoring
 * functions' job (`scoreSheet`, `classify`), which know the set.
 *
 * @module
 */
import * as z from "zod";
import { CriteriaSetSchema } from "./criteria.js";
import { withMeta } from "./metadata.js";
import {
  BilingualSchema,
  CriteriaRegulationNumberSchema,
  list,
  MarkerLevelSchema,
  nonEmptyList,
  nonNegative,
  RegimeIdSchema,
  recordOf,
  StarLevelSchema,
  score,
} from "./primitives.js";

/**
 * One evaluator's answers (`Answers`): for each criterion id, the points of the option ticked.
 *
 * @example
 * ```ts
 * AnswersSchema.parse({ "1.1": 4, "1.2": 2 });
 * ```
 */
export const AnswersSchema = withMeta(recordOf(nonNegative()), {
  id: "Answers",
  description: "One evaluator's answers: criterion id → points of the option ticked.",
});

/** A council's answers: one {@link AnswersSchema} per member (what `classify` takes as several sheets). */
export const CouncilAnswersSchema = nonEmptyList(AnswersSchema);

/** How sure a scoring rule is (`RuleStatus`). */
export const RuleStatusSchema = z.enum(["official", "secondary", "uncertain"]);

/** An evaluation level (`EvaluationLevel`). */
export const EvaluationLevelSchema = z.enum(["district", "province", "central"]);

/** The bounds of a band (`BandBounds`). */
export const BandBoundsSchema = z
  .object({ from: z.number(), to: z.number(), toInclusive: z.boolean() })
  .readonly();

/** A star band (`StarBand`). */
export const StarBandSchema = z
  .object({
    from: z.number(),
    to: z.number(),
    toInclusive: z.boolean(),
    stars: StarLevelSchema,
    wording: BilingualSchema,
    asWritten: BandBoundsSchema.exactOptional(),
    level: z.enum(["national", "province"]).nullable(),
  })
  .readonly();

/** Who recognises a star level (`RecognitionAuthority`). */
export const RecognitionAuthoritySchema = z
  .object({
    level: EvaluationLevelSchema,
    authority: BilingualSchema,
    source: z.string(),
    status: RuleStatusSchema,
  })
  .readonly();

/** The score of one criterion on a sheet (`CriterionScore`). */
export const CriterionScoreSchema = z
  .object({ id: z.string(), points: z.number(), option: z.number().int().min(0) })
  .readonly();

/** Totals per part (`Record<PartId, number>`), as an object so that the JSON Schema lists the three parts. */
const partTotals = () => z.object({ A: z.number(), B: z.number(), C: z.number() }).readonly();

/** One evaluator's sheet, scored (`ScoreSheet`, the result of `scoreSheet`). */
export const ScoreSheetSchema = withMeta(
  z
    .object({
      set: CriteriaSetSchema,
      total: z.number(),
      parts: partTotals(),
      sections: z.record(z.string(), z.number()).readonly(),
      subsections: z.record(z.string(), z.number()).readonly(),
      criteria: list(CriterionScoreSchema),
    })
    .readonly(),
  { id: "ScoreSheet", description: "One evaluator's sheet, scored." },
);

/** A council member's entry (`MemberScore`): a scored sheet, or the member's total from 0 to 100. */
export const MemberScoreSchema = z.union([score(), ScoreSheetSchema]);

/** A council's sheets, as `councilScore` takes them: at least one member's sheet or total. */
export const CouncilSheetsSchema = nonEmptyList(MemberScoreSchema);

/** The council's result (`CouncilScore`, the result of `councilScore`). */
export const CouncilScoreSchema = withMeta(
  z
    .object({
      members: z.number().int().min(1),
      totals: list(z.number()),
      average: z.number(),
      min: z.number(),
      max: z.number(),
      spread: z.number(),
      parts: partTotals().nullable(),
    })
    .readonly(),
  { id: "CouncilScore", description: "The council's result: the average of its members' totals." },
);

const criterionRef = () => z.object({ id: z.string(), name: BilingualSchema }).readonly();
const reached = () => z.object({ points: z.number(), option: z.number().int().min(0) }).readonly();
const target = () =>
  z.object({ points: z.number(), option: z.number().int().min(0), text: BilingualSchema }).readonly();

/** A missed minimum marker (`HoldBackReason`). */
export const HoldBackReasonSchema = z
  .object({
    stars: MarkerLevelSchema,
    criterion: criterionRef(),
    reached: reached(),
    required: target(),
    sheetsBelow: z.number().int().min(0),
    message: BilingualSchema,
  })
  .readonly();

/** The star classification of a product (`Classification`, the result of `classify`). */
export const ClassificationSchema = withMeta(
  z
    .object({
      set: CriteriaSetSchema,
      regime: RegimeIdSchema,
      score: z.number(),
      band: StarBandSchema,
      stars: StarLevelSchema,
      certifiable: z.boolean(),
      fiveStarScoreReached: z.boolean(),
      potentialFiveStar: z.boolean(),
      recognisedBy: RecognitionAuthoritySchema.nullable(),
      reasons: list(HoldBackReasonSchema),
      council: CouncilScoreSchema.nullable(),
    })
    .readonly(),
  { id: "Classification", description: "The star classification of a product." },
);

/** One improvement of a star gap (`GapChange`). */
export const GapChangeSchema = z
  .object({
    criterion: criterionRef(),
    from: reached(),
    to: target(),
    gain: z.number(),
    marker: MarkerLevelSchema.nullable(),
  })
  .readonly();

/** The smallest set of improvements to the next star (`StarGap`, the result of `nextStarGap`). */
export const StarGapSchema = withMeta(
  z
    .object({
      from: StarLevelSchema,
      to: StarLevelSchema,
      score: z.number(),
      requiredScore: z.number(),
      changes: list(GapChangeSchema),
      pointsGained: z.number(),
      newScore: z.number(),
      newStars: StarLevelSchema,
    })
    .readonly(),
  { id: "StarGap", description: "The smallest set of improvements that lifts a product to the next star." },
);

/** The five star bands of a regulation (`StarBandTable`). */
export const StarBandTableSchema = z
  .object({
    regulation: CriteriaRegulationNumberSchema,
    bands: z
      .tuple([StarBandSchema, StarBandSchema, StarBandSchema, StarBandSchema, StarBandSchema])
      .readonly(),
    max: z.number(),
    source: z.string(),
    status: RuleStatusSchema,
    reading: BilingualSchema.exactOptional(),
  })
  .readonly();
