/**
 * The building blocks of the schemas: calendar dates, bilingual texts, star levels, regime and regulation
 * ids, sources. Every enumeration is typed against the library's union (see the type tests), so that adding
 * a member to one without the other does not compile.
 *
 * @module
 */
import * as z from "zod";
import { type CalendarDate, isCalendarDate } from "../calendar/calendar-date.js";
import type { MarkerLevel, PartId, StarLevel } from "../criteria/types.js";
import type { OcopErrorCode } from "../errors/ocop-error.js";
import { ALL_REGIMES, REGULATIONS } from "../regulations/registry.js";
import type {
  CriteriaRegulationNumber,
  DossierKind,
  RegimeId,
  RegulationNumber,
} from "../regulations/types.js";
import { withMeta } from "./metadata.js";

/** The pattern of an ISO calendar date (`YYYY-MM-DD`), as written into the JSON Schemas. */
export const CALENDAR_DATE_PATTERN = "^\\d{4}-\\d{2}-\\d{2}$";

/** The parameters a schema attaches to a custom issue so that {@link parseWith} keeps the library's code. */
export interface OcopIssueParams {
  /** The `OcopErrorCode` of the issue. */
  readonly code: OcopErrorCode;
  /** The rule broken. */
  readonly rule: string;
  /** English message (without the path). */
  readonly en: string;
  /** Vietnamese message (without the path). */
  readonly vi: string;
}

const DATE_PARAMS: OcopIssueParams = {
  code: "INVALID_DATE",
  rule: "a calendar date is written YYYY-MM-DD and names a real day",
  en: "is not a calendar date (YYYY-MM-DD, a real day)",
  vi: "không phải là ngày hợp lệ (YYYY-MM-DD, ngày có thật)",
};

const DATE_META = {
  type: "string",
  pattern: CALENDAR_DATE_PATTERN,
  format: "date",
  description: "An ISO 8601 calendar date, YYYY-MM-DD, naming a real day (2023-02-30 is rejected).",
} as const;

/**
 * A calendar date: a string `YYYY-MM-DD` naming a real day (checked with `isCalendarDate`, so `2023-02-30`
 * and `2023-2-3` are rejected). A failure is an `INVALID_DATE` issue.
 *
 * @example
 * ```ts
 * CalendarDateSchema.parse("2026-05-22"); // "2026-05-22"
 * CalendarDateSchema.safeParse("2023-02-30").success; // false
 * ```
 */
export const CalendarDateSchema: z.ZodType<CalendarDate, CalendarDate> = withMeta(
  z.custom<CalendarDate>(isCalendarDate, { params: DATE_PARAMS }),
  { id: "CalendarDate", ...DATE_META },
);

/**
 * A calendar date where the library's type says `string` (the `date` of `RouteEvaluationInput`): the same
 * check as {@link CalendarDateSchema}, typed `string`.
 */
export const CalendarDateTextSchema: z.ZodType<string, string> = withMeta(
  z.custom<string>(isCalendarDate, { params: DATE_PARAMS }),
  DATE_META,
);

/** A text in English and in Vietnamese. */
export const BilingualSchema = withMeta(z.object({ en: z.string(), vi: z.string() }).readonly(), {
  id: "Bilingual",
  description: "A text in English (en) and Vietnamese (vi).",
});

/** A star level, 1 to 5. */
export const StarLevelSchema = z.literal([1, 2, 3, 4, 5] as const satisfies readonly StarLevel[]);

/** A minimum-marker level: 3, 4 or 5. */
export const MarkerLevelSchema = z.literal([3, 4, 5] as const satisfies readonly MarkerLevel[]);

/** A part of a criteria set: A, B or C. */
export const PartIdSchema = z.enum(["A", "B", "C"] as const satisfies readonly PartId[]);

/** The regime ids of the library, read from the regulations registry (a new regime is new data only). */
export const RegimeIdSchema = z.enum(
  ALL_REGIMES.map((r) => r.id) as unknown as readonly [RegimeId, ...RegimeId[]],
);

/** The numbers of the legal instruments the library models, read from the registry. */
export const RegulationNumberSchema = z.enum(
  REGULATIONS.map((r) => r.number) as unknown as readonly [RegulationNumber, ...RegulationNumber[]],
);

/** The numbers of the instruments that carry criteria sets. */
export const CriteriaRegulationNumberSchema = z.enum([
  "1048/QĐ-TTg",
  "148/QĐ-TTg",
  "26/2026/QĐ-TTg",
] as const satisfies readonly CriteriaRegulationNumber[]);

/** The kinds of dossier. */
export const DossierKindSchema = z.enum([
  "first-evaluation",
  "upgrade",
  "re-evaluation",
] as const satisfies readonly DossierKind[]);

/** A public source a fact was taken from. */
export const SourceSchema = z.object({ url: z.string(), supports: z.string() }).readonly();

/** A fact that could not be confirmed. */
export const UncertaintySchema = z.object({ field: z.string(), note: z.string() }).readonly();

/**
 * The params of a refinement that ties fields together: it runs only on input whose shape is valid, so
 * that a field with a wrong shape is reported once, not again by the rule that reads it.
 */
export const WHEN_SHAPE_IS_VALID: z.core.$ZodSuperRefineParams = {
  when: (payload) => payload.issues.length === 0,
};

/** A finite number `>= 0` (a count or an amount). */
export const nonNegative = (): z.ZodNumber => z.number().min(0);

/** A score: a finite number from 0 to 100. */
export const score = (): z.ZodNumber => z.number().min(0).max(100);

/** A readonly array of `item`. */
export const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();

/** A readonly array of at least one `item`. */
export const nonEmptyList = <T extends z.ZodType>(item: T) => z.array(item).min(1).readonly();

const PROTO_PARAMS: OcopIssueParams = {
  code: "INVALID_DATA",
  rule: 'a key may not be "__proto__" (it would change the prototype of the parsed object)',
  en: 'is a key "__proto__", which is not allowed',
  vi: 'là khóa "__proto__", không được phép',
};

/**
 * A record of `value` by non-empty string key. A `__proto__` key (which zod would drop silently) is
 * reported as an issue instead, so that no data is lost without a word.
 */
export const recordOf = <V extends z.ZodType>(value: V) =>
  z.preprocess(
    (input, ctx) => {
      if (typeof input === "object" && input !== null && Object.hasOwn(input, "__proto__")) {
        ctx.addIssue({ code: "custom", path: ["__proto__"], params: PROTO_PARAMS });
      }
      return input;
    },
    z
      .record(
        z
          .string()
          .min(1)
          .regex(/^(?!__proto__$)/),
        value,
      )
      .readonly(),
  );
