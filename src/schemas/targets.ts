/**
 * Schemas of targets (the five kinds of `src/targets/types.ts`, a discriminated union on `kind`), of the
 * data they are tracked against, and of `TargetProgress`. Target objects are strict: a misspelt optional
 * field (`baseLine`) would silently change what is measured.
 *
 * Beyond the shape, the schemas apply the checks of `trackTarget`: the deadline is on or after the start,
 * percentages are from 0 to 100, a range has `min <= max`, a share's part does not exceed its whole.
 *
 * @module
 */
import * as z from "zod";
import type { Target } from "../targets/types.js";
import { withMeta } from "./metadata.js";
import {
  BilingualSchema,
  CalendarDateSchema,
  list,
  nonNegative,
  recordOf,
  WHEN_SHAPE_IS_VALID,
} from "./primitives.js";

/** Where a target comes from (`TargetSource`). */
export const TargetSourceSchema = z
  .strictObject({
    document: z.string(),
    quote: z.string(),
    urls: list(z.string()),
    uncertain: z.string().exactOptional(),
  })
  .readonly();

/** How a count is measured (`Counting`). */
export const CountingSchema = z.enum(["increment", "cumulative"]);

const percent = () => z.number().min(0).max(100);

const common = {
  id: z.string().min(1),
  name: BilingualSchema,
  measure: BilingualSchema,
  start: CalendarDateSchema,
  deadline: CalendarDateSchema,
  source: TargetSourceSchema.exactOptional(),
  recurrence: z.literal("yearly").exactOptional(),
};

/** Checks the deadline is not before the start (the check of `trackTarget`). */
function span(target: Pick<Target, "start" | "deadline">, ctx: z.RefinementCtx): void {
  if (target.deadline < target.start) {
    ctx.addIssue({
      code: "custom",
      path: ["deadline"],
      params: {
        code: "INVALID_TARGET",
        rule: "the deadline is on or after the start",
        en: `is before the start (${target.start})`,
        vi: `trước ngày bắt đầu (${target.start})`,
      },
    });
  }
}

/** A count target (`CountTarget`). */
export const CountTargetSchema = z
  .strictObject({
    ...common,
    kind: z.literal("count"),
    counting: CountingSchema,
    target: nonNegative(),
    baseline: nonNegative().exactOptional(),
  })
  .superRefine(span, WHEN_SHAPE_IS_VALID)
  .readonly();

/** A share target (`ShareTarget`). */
export const ShareTargetSchema = z
  .strictObject({ ...common, kind: z.literal("share"), percent: percent() })
  .superRefine(span, WHEN_SHAPE_IS_VALID)
  .readonly();

/** A coverage target (`CoverageTarget`). */
export const CoverageTargetSchema = z
  .strictObject({ ...common, kind: z.literal("coverage"), percent: percent().exactOptional() })
  .superRefine(span, WHEN_SHAPE_IS_VALID)
  .readonly();

/** A per-unit minimum target (`PerUnitMinimumTarget`). */
export const PerUnitMinimumTargetSchema = z
  .strictObject({
    ...common,
    kind: z.literal("per-unit-minimum"),
    minimumPerUnit: nonNegative(),
    unit: BilingualSchema,
  })
  .superRefine(span, WHEN_SHAPE_IS_VALID)
  .readonly();

/** A range target (`RangeTarget`). */
export const RangeTargetSchema = z
  .strictObject({
    ...common,
    kind: z.literal("range"),
    counting: CountingSchema,
    min: nonNegative(),
    max: nonNegative(),
    baseline: nonNegative().exactOptional(),
  })
  .superRefine((target, ctx) => {
    span(target, ctx);
    if (target.max < target.min) {
      ctx.addIssue({
        code: "custom",
        path: ["max"],
        params: {
          code: "INVALID_TARGET",
          rule: "a range has min <= max",
          en: `is below the minimum (${target.min})`,
          vi: `nhỏ hơn mức tối thiểu (${target.min})`,
        },
      });
    }
  }, WHEN_SHAPE_IS_VALID)
  .readonly();

/**
 * Any target (`Target`), discriminated by `kind`.
 *
 * @example
 * ```ts
 * parseWith(TargetSchema, JSON.parse(text), ["target"]);
 * ```
 */
export const TargetSchema = withMeta(
  z.discriminatedUnion("kind", [
    CountTargetSchema,
    ShareTargetSchema,
    CoverageTargetSchema,
    PerUnitMinimumTargetSchema,
    RangeTargetSchema,
  ]),
  { id: "Target", description: "An OCOP target: count, share, coverage, per-unit-minimum or range." },
);

/** The target kinds (`TargetKind`). */
export const TargetKindSchema = z.enum(["count", "share", "coverage", "per-unit-minimum", "range"]);

/** Data of a count or range target (`CountData`). */
export const CountDataSchema = z.strictObject({ value: nonNegative() }).readonly();

function partWithinWhole(data: { part: number; whole: number }, ctx: z.RefinementCtx): void {
  if (data.part > data.whole) {
    ctx.addIssue({
      code: "custom",
      path: ["part"],
      params: {
        code: "INVALID_DATA",
        rule: "the part cannot exceed the whole (a share above 100%)",
        en: `exceeds the whole (${data.whole}): a share above 100%`,
        vi: `lớn hơn tổng (${data.whole}): tỷ lệ trên 100%`,
      },
    });
  }
}

/** Data of a share or coverage target (`ShareData`). */
export const ShareDataSchema = z
  .strictObject({
    part: nonNegative(),
    whole: nonNegative(),
    atStart: z
      .strictObject({ part: nonNegative(), whole: nonNegative() })
      .superRefine(partWithinWhole, WHEN_SHAPE_IS_VALID)
      .readonly()
      .exactOptional(),
  })
  .superRefine(partWithinWhole, WHEN_SHAPE_IS_VALID)
  .readonly();

/** Data of a per-unit target (`PerUnitData`): at least one unit. */
export const PerUnitDataSchema = z
  .strictObject({
    units: recordOf(nonNegative()).refine((units) => Object.keys(units).length > 0, {
      params: {
        code: "INVALID_DATA",
        rule: "a per-unit target needs at least one unit",
        en: "lists no unit",
        vi: "không có đơn vị nào",
      },
    }),
  })
  .readonly();

/** The data of any target (`TargetData`). Which form fits which kind is checked by {@link TrackedTargetSchema}. */
export const TargetDataSchema = z.union([CountDataSchema, ShareDataSchema, PerUnitDataSchema]);

const DATA_BY_KIND = {
  count: CountDataSchema,
  range: CountDataSchema,
  share: ShareDataSchema,
  coverage: ShareDataSchema,
  "per-unit-minimum": PerUnitDataSchema,
} as const;

/**
 * A target with its data and date, as `trackTarget(target, data, asOf)` takes them: the data must have the
 * form of the target's kind, and `asOf` must not be before the start.
 */
export const TrackedTargetSchema = withMeta(
  z
    .strictObject({ target: TargetSchema, data: TargetDataSchema, asOf: CalendarDateSchema })
    .superRefine((input, ctx) => {
      const form = DATA_BY_KIND[input.target.kind];
      if (!form.safeParse(input.data).success) {
        ctx.addIssue({
          code: "custom",
          path: ["data"],
          params: {
            code: "INVALID_DATA",
            rule: "count and range targets take { value }; share and coverage { part, whole }; per-unit { units }",
            en: `is not the data of a ${input.target.kind} target`,
            vi: `không phải là dữ liệu của chỉ tiêu loại ${input.target.kind}`,
          },
        });
      }
      if (input.asOf < input.target.start) {
        ctx.addIssue({
          code: "custom",
          path: ["asOf"],
          params: {
            code: "INVALID_DATA",
            rule: "a target is tracked from its start",
            en: `is before the target's start (${input.target.start})`,
            vi: `trước ngày bắt đầu của chỉ tiêu (${input.target.start})`,
          },
        });
      }
    }, WHEN_SHAPE_IS_VALID)
    .readonly(),
  {
    id: "TrackedTarget",
    description: "A target with its data and the date of the data (trackTarget's input).",
  },
);

/** A unit short of a per-unit minimum (`UnitShortfall`). */
export const UnitShortfallSchema = z
  .object({ unit: z.string(), value: z.number(), missing: z.number() })
  .readonly();

/** The progress of a target (`TargetProgress`, the result of `trackTarget`). */
export const TargetProgressSchema = withMeta(
  z
    .object({
      target: TargetSchema,
      asOf: CalendarDateSchema,
      achieved: z.number(),
      required: z.number(),
      remaining: z.number(),
      remainingItems: z.number().exactOptional(),
      percentDone: z.number(),
      daysLeft: z.number().int(),
      neededPerMonth: z.number().nullable(),
      neededPerYear: z.number().nullable(),
      projection: z.number().nullable(),
      status: z.enum(["met", "on-track", "at-risk", "missed"]),
      reason: BilingualSchema,
      shortfalls: list(UnitShortfallSchema).exactOptional(),
    })
    .readonly(),
  { id: "TargetProgress", description: "Where a target stands on a date (trackTarget's result)." },
);
