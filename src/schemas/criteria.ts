/**
 * Schemas of criteria sets (`CriteriaSet`, `src/criteria/types.ts`), so that an app can load a set from JSON
 * (a set of a province's own, or one edited by a domain expert) and trust its shape. Objects are strict: an
 * unknown field is reported, since a misspelt `minimumStars` would otherwise be lost without a word.
 *
 * @module
 */
import * as z from "zod";
import { withMeta } from "./metadata.js";
import {
  BilingualSchema,
  CriteriaRegulationNumberSchema,
  list,
  MarkerLevelSchema,
  nonEmptyList,
  nonNegative,
  PartIdSchema,
  WHEN_SHAPE_IS_VALID,
} from "./primitives.js";

/** A defect in the published text (`PrintedDefect`). */
export const PrintedDefectSchema = z
  .strictObject({ printed: z.string(), reading: BilingualSchema })
  .readonly();

/** How sure the data is (`DataStatus`). */
export const DataStatusSchema = z.enum(["official", "transcription", "unconfirmed"]);

/** One option an evaluator can tick (`CriterionOption`). */
export const CriterionOptionSchema = z
  .strictObject({
    points: nonNegative(),
    minimumStars: MarkerLevelSchema.exactOptional(),
    text: BilingualSchema,
    defect: PrintedDefectSchema.exactOptional(),
  })
  .readonly();

/** One scoreable criterion (`Criterion`). */
export const CriterionSchema = z
  .strictObject({
    id: z.string().min(1),
    part: PartIdSchema,
    section: z.string().min(1),
    parent: z.string().min(1).exactOptional(),
    max: nonNegative(),
    name: BilingualSchema,
    requirement: BilingualSchema.exactOptional(),
    notes: list(BilingualSchema).exactOptional(),
    options: nonEmptyList(CriterionOptionSchema),
    defect: PrintedDefectSchema.exactOptional(),
  })
  .readonly();

/** A heading of third-level criteria (`Subsection`). */
export const SubsectionSchema = z
  .strictObject({ id: z.string().min(1), name: BilingualSchema, max: nonNegative() })
  .readonly();

/** A section (`Section`). */
export const SectionSchema = z
  .strictObject({
    id: z.string().min(1),
    part: PartIdSchema,
    name: BilingualSchema,
    max: nonNegative(),
    subsections: list(SubsectionSchema).exactOptional(),
    defect: PrintedDefectSchema.exactOptional(),
  })
  .readonly();

/** A part (`Part`). */
export const PartSchema = z
  .strictObject({
    id: PartIdSchema,
    name: BilingualSchema,
    max: nonNegative(),
    sections: list(SectionSchema),
    defect: PrintedDefectSchema.exactOptional(),
  })
  .readonly();

/** Where a set sits in the classification (`SetClassification`). */
export const SetClassificationSchema = z
  .strictObject({ product: BilingualSchema, group: BilingualSchema, subgroup: BilingualSchema.nullable() })
  .readonly();

/**
 * A criteria set (`CriteriaSet`): the scoring sheet of a product subgroup under one regulation. Beyond the
 * shape, the criterion ids must be unique (answers are keyed by them).
 */
export const CriteriaSetSchema = withMeta(
  z
    .strictObject({
      regulation: CriteriaRegulationNumberSchema,
      number: z.number().int().min(1),
      name: BilingualSchema,
      classification: SetClassificationSchema,
      rejection: list(BilingualSchema),
      parts: list(PartSchema),
      criteria: nonEmptyList(CriterionSchema),
      max: nonNegative(),
      status: DataStatusSchema,
      source: z.string(),
      notes: list(BilingualSchema).exactOptional(),
    })
    .superRefine((set, ctx) => {
      const seen = new Set<string>();
      set.criteria.forEach((criterion, index) => {
        if (seen.has(criterion.id)) {
          ctx.addIssue({
            code: "custom",
            path: ["criteria", index, "id"],
            params: {
              code: "INVALID_DATA",
              rule: "the criterion ids of a set are unique (answers are keyed by them)",
              en: "is the id of an earlier criterion of the set",
              vi: "trùng mã với một tiêu chí trước đó của bộ",
            },
          });
        }
        seen.add(criterion.id);
      });
    }, WHEN_SHAPE_IS_VALID)
    .readonly(),
  {
    id: "CriteriaSet",
    description:
      "A criteria set (Bộ tiêu chí đánh giá sản phẩm OCOP): the scoring sheet of a product subgroup.",
  },
);
