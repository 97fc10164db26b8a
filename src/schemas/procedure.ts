/**
 * Schemas of the procedure: the journey of a product (its events, and the journey itself, which apps store
 * as JSON and pass back to `applyEvent`), the input of `routeEvaluation` and its result. Typed against
 * `src/procedure/journey.ts`, `routing.ts` and `types.ts`. Whether an event is allowed in a state is the
 * state machine's job (`applyEvent`), not the schemas'.
 *
 * @module
 */
import * as z from "zod";
import { JOURNEY_STATUSES } from "../procedure/journey.js";
import { RevocationGroundIdSchema } from "./certificates.js";
import { withMeta } from "./metadata.js";
import {
  BilingualSchema,
  CalendarDateSchema,
  CalendarDateTextSchema,
  DossierKindSchema,
  list,
  RegimeIdSchema,
  StarLevelSchema,
  score,
} from "./primitives.js";

/** A level of the procedure (`ProcedureLevel`). */
export const ProcedureLevelSchema = z.enum(["commune", "district", "province", "central"]);

/** A level whose council scores (`EvaluatingLevel`). */
export const EvaluatingLevelSchema = z.enum(["district", "province", "central"]);

/** The ranks that are certified (`CertifiedStars`). */
export const CertifiedStarsSchema = z.literal([3, 4, 5]);

const event = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ date: CalendarDateSchema, type: z.literal(type), ...shape }).readonly();

const evaluation = <T extends string>(type: T) =>
  event(type, { score: score(), stars: StarLevelSchema.exactOptional() });

/**
 * What can happen to a product (`JourneyEvent`), discriminated by `type`. Unknown fields are dropped.
 *
 * @example
 * ```ts
 * applyEvent(journey, parseWith(JourneyEventSchema, JSON.parse(body), ["event"]));
 * ```
 */
export const JourneyEventSchema = withMeta(
  z.discriminatedUnion("type", [
    event("register-idea", {}),
    event("accept-plan", {}),
    event("file-dossier", { kind: DossierKindSchema, complete: z.boolean() }),
    event("complete-dossier", {}),
    event("commune-check", {}),
    evaluation("district-evaluation"),
    evaluation("province-evaluation"),
    event("propose-to-ministry", {}),
    evaluation("central-evaluation"),
    event("recognise", { stars: StarLevelSchema }),
    event("issue-certificate", {}),
    event("close-dossier", {}),
    event("revoke", { ground: RevocationGroundIdSchema }),
    event("expire", {}),
    event("record-existing-certificate", {
      stars: CertifiedStarsSchema,
      issuedBy: ProcedureLevelSchema,
      regime: RegimeIdSchema.exactOptional(),
    }),
  ]),
  { id: "JourneyEvent", description: "Something that happens to a product in the OCOP procedure." },
);

/** The events of a journey, oldest first. */
export const JourneyEventsSchema = list(JourneyEventSchema);

/** A dossier being processed (`JourneyDossier`). */
export const JourneyDossierSchema = z
  .object({
    kind: DossierKindSchema,
    regime: RegimeIdSchema,
    filedOn: CalendarDateSchema,
    complete: z.boolean(),
  })
  .readonly();

/** A council result in a journey (`JourneyResult`). */
export const JourneyResultSchema = z
  .object({ score: score(), stars: StarLevelSchema, on: CalendarDateSchema })
  .readonly();

/** The certificate a journey holds (`JourneyCertificate`). */
export const JourneyCertificateSchema = z
  .object({
    stars: CertifiedStarsSchema,
    issuedOn: CalendarDateSchema,
    validUntil: CalendarDateSchema,
    issuedBy: ProcedureLevelSchema,
    regime: RegimeIdSchema,
    via: z.enum(["first-evaluation", "upgrade", "re-evaluation", "recorded"]),
  })
  .readonly();

const state = <T extends string, S extends z.ZodRawShape>(status: T, shape: S) =>
  z.object({ status: z.literal(status), ...shape }).readonly();

/** The state of a journey (`JourneyState`), discriminated by `status`. */
export const JourneyStateSchema = z.discriminatedUnion("status", [
  state("new", {}),
  state("idea-registered", {}),
  state("plan-accepted", {}),
  state("dossier-filed", { dossier: JourneyDossierSchema }),
  state("upgrade-filed", { dossier: JourneyDossierSchema }),
  state("re-evaluation-filed", { dossier: JourneyDossierSchema }),
  state("dossier-checked-by-commune", { dossier: JourneyDossierSchema }),
  state("evaluated-at-district", { dossier: JourneyDossierSchema, result: JourneyResultSchema }),
  state("evaluated-at-province", { dossier: JourneyDossierSchema, result: JourneyResultSchema }),
  state("proposed-to-ministry", { dossier: JourneyDossierSchema, result: JourneyResultSchema.nullable() }),
  state("evaluated-at-central", { dossier: JourneyDossierSchema, result: JourneyResultSchema }),
  state("recognised", {
    dossier: JourneyDossierSchema,
    stars: CertifiedStarsSchema,
    by: ProcedureLevelSchema,
  }),
  state("certificate-issued", {}),
  state("not-recognised", {}),
  state("revoked", { ground: RevocationGroundIdSchema }),
  state("expired", {}),
]);

/** The statuses of a journey (`JourneyStatus`). */
export const JourneyStatusSchema = z.enum(JOURNEY_STATUSES);

/** One entry of a journey's history (`JourneyRecord`). */
export const JourneyRecordSchema = z
  .object({ event: JourneyEventSchema, from: JourneyStatusSchema, to: JourneyStatusSchema })
  .readonly();

/**
 * A product's journey (`Journey`), as stored by an app between two events. The shape only: `applyEvent`
 * checks that the history is consistent.
 */
export const JourneySchema = withMeta(
  z
    .object({
      state: JourneyStateSchema,
      certificate: JourneyCertificateSchema.nullable(),
      history: list(JourneyRecordSchema),
    })
    .readonly(),
  { id: "Journey", description: "A product's journey through the OCOP procedure, with its history." },
);

/**
 * The input of `routeEvaluation` (`RouteEvaluationInput`): the regime or the filing date, the level, the
 * score and, optionally, the stars after the minimum markers.
 */
export const RouteEvaluationInputSchema = withMeta(
  z
    .object({
      regime: RegimeIdSchema.exactOptional(),
      date: CalendarDateTextSchema.exactOptional(),
      level: EvaluatingLevelSchema,
      score: score(),
      stars: StarLevelSchema.exactOptional(),
    })
    .readonly(),
  { id: "RouteEvaluationInput", description: "A council result to route: level, score and regime or date." },
);

/** A body of the procedure (`Authority`). */
export const AuthoritySchema = z.object({ level: ProcedureLevelSchema, name: BilingualSchema }).readonly();

/** What the next body may decide (`RouteDecision`), discriminated by `kind`. */
export const RouteDecisionSchema = z.discriminatedUnion("kind", [
  z
    .object({
      kind: z.literal("recognise"),
      stars: CertifiedStarsSchema,
      by: AuthoritySchema,
      rule: z.string(),
    })
    .readonly(),
  z
    .object({ kind: z.literal("forward"), to: EvaluatingLevelSchema, by: AuthoritySchema, rule: z.string() })
    .readonly(),
  z.object({ kind: z.literal("evaluate-at-province"), by: AuthoritySchema, rule: z.string() }).readonly(),
  z.object({ kind: z.literal("no-recognition"), rule: z.string() }).readonly(),
  z.object({ kind: z.literal("not-covered"), note: z.string() }).readonly(),
]);

/** Where a result goes (`EvaluationRouting`, the result of `routeEvaluation`). */
export const EvaluationRoutingSchema = withMeta(
  z
    .object({
      regime: RegimeIdSchema,
      level: EvaluatingLevelSchema,
      score: z.number(),
      band: StarLevelSchema,
      stars: StarLevelSchema,
      next: AuthoritySchema.nullable(),
      decisions: list(RouteDecisionSchema),
      confirmed: z.boolean(),
    })
    .readonly(),
  {
    id: "EvaluationRouting",
    description: "Where an evaluation result goes next (routeEvaluation's result).",
  },
);
