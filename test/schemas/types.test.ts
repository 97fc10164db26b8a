import { describe, expectTypeOf, test } from "vitest";
import type * as z from "zod";
import type { CalendarDate } from "../../src/calendar/calendar-date.js";
import type {
  Certificate,
  CertificateEvent,
  CertificateStatus,
  RevocationGroundId,
} from "../../src/certificates/types.js";
import type { CriteriaSet, MarkerLevel, PartId, StarLevel } from "../../src/criteria/types.js";
import type { Bilingual } from "../../src/errors/ocop-error.js";
import type { Journey, JourneyEvent, JourneyState } from "../../src/procedure/journey.js";
import type { EvaluationRouting, RouteEvaluationInput } from "../../src/procedure/routing.js";
import type {
  CriteriaRegulationNumber,
  DossierKind,
  RegimeId,
  RegulationNumber,
} from "../../src/regulations/types.js";
import type {
  AnswersSchema,
  BilingualSchema,
  CalendarDateSchema,
  CertificateEventSchema,
  CertificateSchema,
  CertificateStatusSchema,
  CertificateWithEventsSchema,
  ClassificationSchema,
  CouncilAnswersSchema,
  CouncilScoreSchema,
  CouncilSheetsSchema,
  CriteriaRegulationNumberSchema,
  CriteriaSetSchema,
  DossierKindSchema,
  EvaluationRoutingSchema,
  JourneyEventSchema,
  JourneySchema,
  JourneyStateSchema,
  MarkerLevelSchema,
  PartIdSchema,
  ProductRecordSchema,
  RegimeIdSchema,
  RegistryStatisticsSchema,
  RegulationNumberSchema,
  RevocationGroundIdSchema,
  RouteEvaluationInputSchema,
  ScoreSheetSchema,
  StarGapSchema,
  StarLevelSchema,
  TargetDataSchema,
  TargetProgressSchema,
  TargetSchema,
  TrackedTargetSchema,
} from "../../src/schemas/index.js";
import type {
  Answers,
  Classification,
  CouncilScore,
  MemberScore,
  ScoreSheet,
  StarGap,
} from "../../src/scoring/index.js";
import type { ProductRecord, RegistryStatistics } from "../../src/statistics/registry-statistics.js";
import type { Target, TargetData, TargetProgress } from "../../src/targets/types.js";

// A schema cannot drift from its type: each output type of a schema equals the library's type.
type Out<S extends z.ZodType> = z.output<S>;

describe("schemas are typed against the library's types", () => {
  test("primitives and enumerations", () => {
    expectTypeOf<Out<typeof CalendarDateSchema>>().toEqualTypeOf<CalendarDate>();
    expectTypeOf<Out<typeof BilingualSchema>>().toEqualTypeOf<Bilingual>();
    expectTypeOf<Out<typeof StarLevelSchema>>().toEqualTypeOf<StarLevel>();
    expectTypeOf<Out<typeof MarkerLevelSchema>>().toEqualTypeOf<MarkerLevel>();
    expectTypeOf<Out<typeof PartIdSchema>>().toEqualTypeOf<PartId>();
    expectTypeOf<Out<typeof RegimeIdSchema>>().toEqualTypeOf<RegimeId>();
    expectTypeOf<Out<typeof RegulationNumberSchema>>().toEqualTypeOf<RegulationNumber>();
    expectTypeOf<Out<typeof CriteriaRegulationNumberSchema>>().toEqualTypeOf<CriteriaRegulationNumber>();
    expectTypeOf<Out<typeof DossierKindSchema>>().toEqualTypeOf<DossierKind>();
    expectTypeOf<Out<typeof RevocationGroundIdSchema>>().toEqualTypeOf<RevocationGroundId>();
  });

  test("inputs", () => {
    expectTypeOf<Out<typeof AnswersSchema>>().toEqualTypeOf<Answers>();
    expectTypeOf<Out<typeof CouncilAnswersSchema>>().toEqualTypeOf<readonly Answers[]>();
    expectTypeOf<Out<typeof CouncilSheetsSchema>>().toEqualTypeOf<readonly MemberScore[]>();
    expectTypeOf<Out<typeof CriteriaSetSchema>>().toEqualTypeOf<CriteriaSet>();
    expectTypeOf<Out<typeof TargetSchema>>().toEqualTypeOf<Target>();
    expectTypeOf<Out<typeof TargetDataSchema>>().toEqualTypeOf<TargetData>();
    expectTypeOf<Out<typeof TrackedTargetSchema>>().toEqualTypeOf<{
      readonly target: Target;
      readonly data: TargetData;
      readonly asOf: CalendarDate;
    }>();
    expectTypeOf<Out<typeof ProductRecordSchema>>().toEqualTypeOf<ProductRecord>();
    expectTypeOf<Out<typeof CertificateSchema>>().toEqualTypeOf<Certificate>();
    expectTypeOf<Out<typeof CertificateEventSchema>>().toEqualTypeOf<CertificateEvent>();
    expectTypeOf<Out<typeof CertificateWithEventsSchema>>().toEqualTypeOf<{
      readonly certificate: Certificate;
      readonly events: readonly CertificateEvent[];
    }>();
    // JourneyEvent is written as intersections (`EventBase & {...}`), which toEqualTypeOf tells apart from
    // the same object written flat: mutual assignability proves the two the same.
    expectTypeOf<Out<typeof JourneyEventSchema>>().toExtend<JourneyEvent>();
    expectTypeOf<JourneyEvent>().toExtend<Out<typeof JourneyEventSchema>>();
    expectTypeOf<Out<typeof JourneyStateSchema>>().toEqualTypeOf<JourneyState>();
    expectTypeOf<Out<typeof JourneySchema>>().toExtend<Journey>();
    expectTypeOf<Journey>().toExtend<Out<typeof JourneySchema>>();
    expectTypeOf<Out<typeof RouteEvaluationInputSchema>>().toEqualTypeOf<RouteEvaluationInput>();
  });

  test("outputs", () => {
    expectTypeOf<Out<typeof ScoreSheetSchema>>().toEqualTypeOf<ScoreSheet>();
    expectTypeOf<Out<typeof CouncilScoreSchema>>().toEqualTypeOf<CouncilScore>();
    expectTypeOf<Out<typeof ClassificationSchema>>().toEqualTypeOf<Classification>();
    expectTypeOf<Out<typeof StarGapSchema>>().toEqualTypeOf<StarGap>();
    expectTypeOf<Out<typeof TargetProgressSchema>>().toEqualTypeOf<TargetProgress>();
    expectTypeOf<Out<typeof RegistryStatisticsSchema>>().toEqualTypeOf<RegistryStatistics>();
    expectTypeOf<Out<typeof CertificateStatusSchema>>().toEqualTypeOf<CertificateStatus>();
    expectTypeOf<Out<typeof EvaluationRoutingSchema>>().toEqualTypeOf<EvaluationRouting>();
  });

  test("a drift is caught (these checks can fail)", () => {
    // @ts-expect-error a target is not a product record
    expectTypeOf<Out<typeof TargetSchema>>().toEqualTypeOf<ProductRecord>();
    // @ts-expect-error an optional field made required is a different type
    expectTypeOf<Out<typeof ProductRecordSchema>>().toEqualTypeOf<Required<ProductRecord>>();
    // @ts-expect-error a journey event is not a certificate event
    expectTypeOf<Out<typeof JourneyEventSchema>>().toExtend<CertificateEvent>();
  });
});
