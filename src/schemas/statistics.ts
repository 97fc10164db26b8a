/**
 * Schemas of a product registry record (`ProductRecord`) and of `RegistryStatistics`. A record may carry
 * any other fields (a registry has many); they are dropped from the parsed copy, as statistics ignore them.
 *
 * @module
 */
import * as z from "zod";
import { withMeta } from "./metadata.js";
import { list, StarLevelSchema } from "./primitives.js";

/**
 * One product of a registry (`ProductRecord`): the fields `productStatistics` reads, with its rules (stars
 * 1–5; group and locality non-empty texts; year a whole number).
 *
 * @example
 * ```ts
 * ProductRecordSchema.parse({ stars: 4, group: "Thực phẩm", locality: "Chương Mỹ", year: 2023 });
 * ```
 */
export const ProductRecordSchema = withMeta(
  z
    .object({
      stars: StarLevelSchema,
      potentialFiveStar: z.boolean().exactOptional(),
      group: z.string().min(1).exactOptional(),
      locality: z.string().min(1).exactOptional(),
      year: z.number().int().exactOptional(),
    })
    .readonly(),
  {
    id: "ProductRecord",
    description: "One product of an OCOP registry (other fields are allowed and ignored).",
  },
);

/** A registry: a list of {@link ProductRecordSchema}. */
export const ProductRegistrySchema = list(ProductRecordSchema);

/** A count and its share (`Share`). */
export const ShareSchema = z
  .object({ key: z.string(), count: z.number().int().min(0), percent: z.number() })
  .readonly();

/** Statistics over a registry (`RegistryStatistics`, the result of `productStatistics`). */
export const RegistryStatisticsSchema = withMeta(
  z
    .object({
      total: z.number().int().min(0),
      byRank: list(ShareSchema),
      byGroup: list(ShareSchema),
      byLocality: list(ShareSchema),
      byYear: list(ShareSchema),
    })
    .readonly(),
  { id: "RegistryStatistics", description: "Counts and shares over a product registry." },
);
