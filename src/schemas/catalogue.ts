/**
 * The catalogue of the public schemas: every input and output schema with the name of its JSON Schema
 * file (`json-schema/<name>.json`), its direction and the `OcopErrorCode` its failures carry.
 *
 * @module
 */
import type * as z from "zod";
import type { OcopErrorCode } from "../errors/ocop-error.js";
import {
  CertificateEventSchema,
  CertificateEventsSchema,
  CertificateSchema,
  CertificateStatusSchema,
  CertificateWithEventsSchema,
} from "./certificates.js";
import { CriteriaSetSchema } from "./criteria.js";
import { CalendarDateSchema } from "./primitives.js";
import {
  EvaluationRoutingSchema,
  JourneyEventSchema,
  JourneyEventsSchema,
  JourneySchema,
  RouteEvaluationInputSchema,
} from "./procedure.js";
import {
  AnswersSchema,
  ClassificationSchema,
  CouncilAnswersSchema,
  CouncilScoreSchema,
  CouncilSheetsSchema,
  ScoreSheetSchema,
  StarGapSchema,
} from "./scoring.js";
import { ProductRecordSchema, ProductRegistrySchema, RegistryStatisticsSchema } from "./statistics.js";
import { TargetDataSchema, TargetProgressSchema, TargetSchema, TrackedTargetSchema } from "./targets.js";

/** The code of an issue, fixed or chosen by the issue's path (relative to the schema's root). */
export type IssueCode = OcopErrorCode | ((path: readonly (string | number)[]) => OcopErrorCode);

/** One public schema. */
export interface CatalogueEntry {
  /** The JSON Schema file name without `.json` (`"target"` → `json-schema/target.json`). */
  readonly name: string;
  /** `input`: what the library takes; `output`: what it returns. */
  readonly direction: "input" | "output";
  /** The library type it is typed against. */
  readonly type: string;
  readonly schema: z.ZodType;
  /** The code of its issues (a date issue is always `INVALID_DATE`; a rule of the library keeps its own). */
  readonly code: IssueCode;
  /** What it describes. */
  readonly description: string;
}

const byRoot =
  (codes: Readonly<Record<string, OcopErrorCode>>, otherwise: OcopErrorCode) =>
  (path: readonly (string | number)[]): OcopErrorCode => {
    const root = path[0];
    return typeof root === "string" && Object.hasOwn(codes, root) ? codes[root]! : otherwise;
  };

/**
 * Every public schema, inputs first.
 *
 * @example
 * ```ts
 * SCHEMA_CATALOGUE.filter((e) => e.direction === "input").map((e) => e.name);
 * ```
 */
export const SCHEMA_CATALOGUE: readonly CatalogueEntry[] = [
  {
    name: "calendar-date",
    direction: "input",
    type: "CalendarDate",
    schema: CalendarDateSchema,
    code: "INVALID_DATE",
    description: "An ISO calendar date, YYYY-MM-DD, naming a real day.",
  },
  {
    name: "answers",
    direction: "input",
    type: "Answers",
    schema: AnswersSchema,
    code: "INVALID_ANSWERS",
    description:
      "One evaluator's answers: criterion id → points of the option ticked (scoreSheet, classify).",
  },
  {
    name: "council-answers",
    direction: "input",
    type: "readonly Answers[]",
    schema: CouncilAnswersSchema,
    code: "INVALID_SHEETS",
    description: "A council's answers: one evaluator's answers per member (classify).",
  },
  {
    name: "council-sheets",
    direction: "input",
    type: "readonly MemberScore[]",
    schema: CouncilSheetsSchema,
    code: "INVALID_SHEETS",
    description: "A council's sheets: each member's scored sheet or total (councilScore).",
  },
  {
    name: "criteria-set",
    direction: "input",
    type: "CriteriaSet",
    schema: CriteriaSetSchema,
    code: "INVALID_DATA",
    description:
      "A criteria set (Bộ tiêu chí đánh giá sản phẩm OCOP), the scoring sheet of a product subgroup.",
  },
  {
    name: "target",
    direction: "input",
    type: "Target",
    schema: TargetSchema,
    code: "INVALID_TARGET",
    description: "An OCOP target: count, share, coverage, per-unit-minimum or range.",
  },
  {
    name: "target-data",
    direction: "input",
    type: "TargetData",
    schema: TargetDataSchema,
    code: "INVALID_DATA",
    description: "The data a target is tracked against: { value }, { part, whole, atStart? } or { units }.",
  },
  {
    name: "tracked-target",
    direction: "input",
    type: "{ target: Target; data: TargetData; asOf: CalendarDate }",
    schema: TrackedTargetSchema,
    code: byRoot({ target: "INVALID_TARGET" }, "INVALID_DATA"),
    description: "A target with its data and the date of the data (trackTarget's arguments).",
  },
  {
    name: "product-record",
    direction: "input",
    type: "ProductRecord",
    schema: ProductRecordSchema,
    code: "INVALID_DATA",
    description: "One product of an OCOP registry (productStatistics).",
  },
  {
    name: "product-registry",
    direction: "input",
    type: "readonly ProductRecord[]",
    schema: ProductRegistrySchema,
    code: "INVALID_DATA",
    description: "A registry of OCOP products (productStatistics).",
  },
  {
    name: "certificate",
    direction: "input",
    type: "Certificate",
    schema: CertificateSchema,
    code: "INVALID_CERTIFICATE",
    description: "An OCOP certificate and its recognition decision.",
  },
  {
    name: "certificate-event",
    direction: "input",
    type: "CertificateEvent",
    schema: CertificateEventSchema,
    code: "INVALID_EVENT",
    description:
      "Something that happened to a certificate: re-evaluation filed, notice sent, decision, revocation.",
  },
  {
    name: "certificate-events",
    direction: "input",
    type: "readonly CertificateEvent[]",
    schema: CertificateEventsSchema,
    code: "INVALID_EVENT",
    description: "The events of one certificate.",
  },
  {
    name: "certificate-with-events",
    direction: "input",
    type: "{ certificate: Certificate; events: readonly CertificateEvent[] }",
    schema: CertificateWithEventsSchema,
    code: byRoot({ events: "INVALID_EVENT" }, "INVALID_CERTIFICATE"),
    description: "A certificate with the events known about it (certificateStatus's arguments).",
  },
  {
    name: "journey-event",
    direction: "input",
    type: "JourneyEvent",
    schema: JourneyEventSchema,
    code: "INVALID_EVENT",
    description: "Something that happens to a product in the OCOP procedure (applyEvent).",
  },
  {
    name: "journey-events",
    direction: "input",
    type: "readonly JourneyEvent[]",
    schema: JourneyEventsSchema,
    code: "INVALID_EVENT",
    description: "The events of a product's journey, oldest first (replayJourney).",
  },
  {
    name: "journey",
    direction: "input",
    type: "Journey",
    schema: JourneySchema,
    code: "INVALID_ARGUMENT",
    description: "A product's journey, as stored between two events (applyEvent).",
  },
  {
    name: "route-evaluation-input",
    direction: "input",
    type: "RouteEvaluationInput",
    schema: RouteEvaluationInputSchema,
    code: byRoot(
      { score: "INVALID_SCORE", stars: "INVALID_STARS", regime: "UNKNOWN_REGULATION" },
      "INVALID_ARGUMENT",
    ),
    description:
      "A council result to route: level, score, and the regime or the filing date (routeEvaluation).",
  },
  {
    name: "score-sheet",
    direction: "output",
    type: "ScoreSheet",
    schema: ScoreSheetSchema,
    code: "INVALID_DATA",
    description: "One evaluator's sheet, scored (scoreSheet).",
  },
  {
    name: "council-score",
    direction: "output",
    type: "CouncilScore",
    schema: CouncilScoreSchema,
    code: "INVALID_DATA",
    description: "The council's result: the average of its members' totals (councilScore).",
  },
  {
    name: "classification",
    direction: "output",
    type: "Classification",
    schema: ClassificationSchema,
    code: "INVALID_DATA",
    description: "The star classification of a product (classify).",
  },
  {
    name: "star-gap",
    direction: "output",
    type: "StarGap",
    schema: StarGapSchema,
    code: "INVALID_DATA",
    description: "The smallest set of improvements that lifts a product to the next star (nextStarGap).",
  },
  {
    name: "target-progress",
    direction: "output",
    type: "TargetProgress",
    schema: TargetProgressSchema,
    code: "INVALID_DATA",
    description: "Where a target stands on a date (trackTarget).",
  },
  {
    name: "registry-statistics",
    direction: "output",
    type: "RegistryStatistics",
    schema: RegistryStatisticsSchema,
    code: "INVALID_DATA",
    description: "Counts and shares over a product registry (productStatistics).",
  },
  {
    name: "certificate-status",
    direction: "output",
    type: "CertificateStatus",
    schema: CertificateStatusSchema,
    code: "INVALID_DATA",
    description: "The status of one certificate on one date (certificateStatus).",
  },
  {
    name: "evaluation-routing",
    direction: "output",
    type: "EvaluationRouting",
    schema: EvaluationRoutingSchema,
    code: "INVALID_DATA",
    description: "Where an evaluation result goes next (routeEvaluation).",
  },
];
