/**
 * Schemas of certificates (`Certificate`), the events that change their fate (`CertificateEvent`) and the
 * status of a certificate on a date (`CertificateStatus`), typed against `src/certificates/types.ts`.
 *
 * The shape is checked by zod; the rules that tie fields together (a score not below the rank's lowest, an
 * issuer allowed to certify the rank under the regime, an expiry after the issue date, an event not before
 * the issue date...) are checked by the certificates module's own validators (`parseCertificate`,
 * `parseCertificateEvents`), whose issues are passed on unchanged: there is one source for each rule.
 * Unknown fields are dropped from the parsed copy, as `parseCertificate` drops them.
 *
 * @module
 */
import * as z from "zod";
import type { CalendarDate } from "../calendar/calendar-date.js";
import { REVOCATION_GROUNDS } from "../certificates/data/revocation.js";
import type { RevocationGroundId } from "../certificates/types.js";
import { parseCertificate, parseCertificateEvents } from "../certificates/validate.js";
import { OcopError, type OcopIssue } from "../errors/ocop-error.js";
import { withMeta } from "./metadata.js";
import { CalendarDateSchema, list, RegimeIdSchema, score, WHEN_SHAPE_IS_VALID } from "./primitives.js";

/** A non-blank text of at most 1000 characters (the rule of `parseCertificate`). */
const text = () => z.string().max(1000).regex(/\S/);

/** The params of a custom issue that carries an issue of the library's own validators. */
export interface LibraryIssueParams {
  readonly libraryIssue: OcopIssue;
}

/**
 * Runs a validator of the library and turns the `OcopError` it throws into custom zod issues (paths made
 * relative to the value checked by dropping `drop` leading elements).
 */
function passOn(ctx: z.RefinementCtx, run: () => unknown, drop = 0): void {
  try {
    run();
  } catch (error) {
    if (!(error instanceof OcopError)) throw error;
    for (const issue of error.issues) {
      const params: LibraryIssueParams = { libraryIssue: issue };
      ctx.addIssue({ code: "custom", path: issue.path.slice(drop) as (string | number)[], params });
    }
  }
}

/** The star ranks that receive a certificate (`CertificateStars`). */
export const CertificateStarsSchema = z.literal([3, 4, 5]);

/** The level of the issuing body (`IssuerLevel`). */
export const IssuerLevelSchema = z.enum(["central", "province", "district"]);

/**
 * An OCOP certificate (`Certificate`): the shape, then every rule of `parseCertificate`.
 *
 * @example
 * ```ts
 * parseWith(CertificateSchema, {
 *   product: { name: "Chè Tân Cương" }, holder: { name: "HTX Chè Tân Cương" }, stars: 4,
 *   decisionNumber: "1234/QĐ-UBND", issuedOn: "2026-06-15", issuer: { level: "province" },
 *   locality: { province: "Thái Nguyên" },
 * });
 * ```
 */
export const CertificateSchema = withMeta(
  z
    .object({
      id: text().exactOptional(),
      product: z
        .object({ name: text(), id: text().exactOptional(), criteriaSet: text().exactOptional() })
        .readonly(),
      holder: z.object({ name: text(), id: text().exactOptional() }).readonly(),
      stars: CertificateStarsSchema,
      score: score().exactOptional(),
      decisionNumber: text(),
      issuedOn: CalendarDateSchema,
      issuer: z.object({ level: IssuerLevelSchema, name: text().exactOptional() }).readonly(),
      locality: z
        .object({ province: text(), district: text().exactOptional(), commune: text().exactOptional() })
        .readonly(),
      regime: RegimeIdSchema.exactOptional(),
      expiresOn: CalendarDateSchema.exactOptional(),
    })
    .superRefine(
      (certificate, ctx) => passOn(ctx, () => parseCertificate(certificate, [])),
      WHEN_SHAPE_IS_VALID,
    )
    .readonly(),
  {
    id: "Certificate",
    description: "An OCOP certificate (Giấy chứng nhận kết quả phân hạng sản phẩm OCOP) and its decision.",
  },
);

/** The revocation grounds (`RevocationGroundId`), read from the revocation data. */
export const RevocationGroundIdSchema = z.enum(
  REVOCATION_GROUNDS.map((g) => g.id) as unknown as readonly [RevocationGroundId, ...RevocationGroundId[]],
);

/** A re-evaluation dossier was filed (`ReEvaluationFiledEvent`). */
export const ReEvaluationFiledEventSchema = z
  .object({
    kind: z.literal("re-evaluation-filed"),
    on: CalendarDateSchema,
    completeFileReceivedOn: CalendarDateSchema.exactOptional(),
  })
  .readonly();

/** The expiry notice was sent (`NoticeSentEvent`). */
export const NoticeSentEventSchema = z
  .object({ kind: z.literal("notice-sent"), on: CalendarDateSchema })
  .readonly();

/** A decision on a re-evaluation or an upgrade (`DecisionEvent`). */
export const DecisionEventSchema = z
  .object({
    kind: z.literal("decision"),
    on: CalendarDateSchema,
    dossier: z.enum(["re-evaluation", "upgrade"]).exactOptional(),
    result: CertificateSchema.nullable(),
  })
  .readonly();

/** A revocation (`RevocationEvent`). */
export const RevocationEventSchema = z
  .object({
    kind: z.literal("revocation"),
    on: CalendarDateSchema,
    ground: RevocationGroundIdSchema,
    conclusionOn: CalendarDateSchema.exactOptional(),
  })
  .readonly();

/** The earliest date: an event checked alone is checked against no issue date. */
const NO_ISSUE_DATE: CalendarDate = "0001-01-01";

/**
 * Something that happened to a certificate (`CertificateEvent`), discriminated by `kind`: the shape, then
 * the rules of `parseCertificateEvents` that need no certificate (a complete file received after filing, a
 * decision's certificate issued on its date, a conclusion before the revocation).
 */
export const CertificateEventSchema = withMeta(
  z
    .discriminatedUnion("kind", [
      ReEvaluationFiledEventSchema,
      NoticeSentEventSchema,
      DecisionEventSchema,
      RevocationEventSchema,
    ])
    .superRefine(
      (event, ctx) => passOn(ctx, () => parseCertificateEvents([event], NO_ISSUE_DATE, []), 1),
      WHEN_SHAPE_IS_VALID,
    ),
  { id: "CertificateEvent", description: "Something that happened to an OCOP certificate." },
);

/** The events of one certificate. */
export const CertificateEventsSchema = list(CertificateEventSchema);

/**
 * A certificate with its events, as `certificateStatus(certificate, asOf, events)` takes them: no event may
 * come before the certificate's issue date.
 */
export const CertificateWithEventsSchema = withMeta(
  z
    .object({ certificate: CertificateSchema, events: CertificateEventsSchema })
    .superRefine(
      (input, ctx) =>
        passOn(ctx, () => parseCertificateEvents(input.events, input.certificate.issuedOn, ["events"])),
      WHEN_SHAPE_IS_VALID,
    )
    .readonly(),
  { id: "CertificateWithEvents", description: "A certificate and the events known about it." },
);

/** The status kinds (`CertificateStatusKind`). */
export const CertificateStatusKindSchema = z.enum([
  "not-yet-issued",
  "valid",
  "window-not-open",
  "window-open",
  "window-missed",
  "re-evaluation-pending",
  "notice-due",
  "extended",
  "expired",
  "revoked",
  "superseded",
]);

/** A dated deadline (`Deadline`). */
export const DeadlineSchema = z
  .object({
    name: z.enum(["window-opens", "window-closes", "notice", "expiry", "decision-due", "extension-ends"]),
    on: CalendarDateSchema,
    daysLeft: z.number().int(),
    rule: z.string(),
  })
  .readonly();

/** The re-evaluation window (`ReEvaluationWindow`). */
export const ReEvaluationWindowSchema = z
  .object({
    opensOn: CalendarDateSchema,
    closesOn: CalendarDateSchema,
    decisionWithinDays: z.number().int(),
    regime: RegimeIdSchema,
    rule: z.string(),
  })
  .readonly();

/** The expiry notice duty (`ExpiryNotice`). */
export const ExpiryNoticeSchema = z
  .object({ dueBy: CalendarDateSchema, regime: RegimeIdSchema, rule: z.string() })
  .readonly();

/** The certificate transition (`TransitionCoverage`). */
export const TransitionCoverageSchema = z
  .object({
    setBy: z.string(),
    article: z.string(),
    keepsValidityToExpiry: z.boolean(),
    graceCovered: z.boolean(),
    extensionEndsOn: CalendarDateSchema.nullable(),
  })
  .readonly();

/** What the rules say about one certificate's life (`CertificateObligations`). */
export const CertificateObligationsSchema = z
  .object({
    regime: RegimeIdSchema,
    validFrom: CalendarDateSchema,
    expiresOn: CalendarDateSchema,
    expiryPrinted: z.boolean(),
    reEvaluationWindow: ReEvaluationWindowSchema.nullable(),
    expiryNotice: ExpiryNoticeSchema.nullable(),
    transition: TransitionCoverageSchema.nullable(),
  })
  .readonly();

/** The status of a certificate on a date (`CertificateStatus`, the result of `certificateStatus`). */
export const CertificateStatusSchema = withMeta(
  z
    .object({
      status: CertificateStatusKindSchema,
      asOf: CalendarDateSchema,
      next: DeadlineSchema.nullable(),
      inForceThrough: CalendarDateSchema,
      obligations: CertificateObligationsSchema,
      reEvaluation: z
        .object({
          filedOn: CalendarDateSchema,
          timing: z.enum(["early", "in-window", "late", "no-window"]),
          decisionDueBy: CalendarDateSchema.nullable(),
        })
        .readonly()
        .nullable(),
      supersededBy: CertificateSchema.nullable(),
      revocation: RevocationEventSchema.nullable(),
    })
    .readonly(),
  { id: "CertificateStatus", description: "The status of one OCOP certificate on one date." },
);
