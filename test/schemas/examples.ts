/**
 * The library's own examples, as the public schemas name them: inputs (preset targets, the criteria sets
 * held, certificates, events) and outputs computed from them by the library's functions. Each must pass
 * its schema and its JSON Schema.
 */
import type { CalendarDate } from "../../src/calendar/calendar-date.js";
import { certificateStatus } from "../../src/certificates/status.js";
import type { Certificate, CertificateEvent } from "../../src/certificates/types.js";
import { criteriaSets } from "../../src/criteria/lookup.js";
import type { CriteriaSet } from "../../src/criteria/types.js";
import type { JourneyEvent } from "../../src/procedure/journey.js";
import { replayJourney } from "../../src/procedure/journey.js";
import { type RouteEvaluationInput, routeEvaluation } from "../../src/procedure/routing.js";
import { classify } from "../../src/scoring/classify.js";
import { councilScore } from "../../src/scoring/council.js";
import { nextStarGap } from "../../src/scoring/gap.js";
import { scoreSheet } from "../../src/scoring/score-sheet.js";
import type { Answers } from "../../src/scoring/types.js";
import { type ProductRecord, productStatistics } from "../../src/statistics/registry-statistics.js";
import { TARGET_PRESETS } from "../../src/targets/presets/index.js";
import { trackTarget } from "../../src/targets/track-target.js";
import type { Target, TargetData } from "../../src/targets/types.js";
import { makeCertificate } from "../certificates/fixtures.js";

/** Every criteria set the library holds. */
export const ALL_SETS: readonly CriteriaSet[] = (
  ["26/2026/QĐ-TTg", "148/QĐ-TTg", "1048/QĐ-TTg"] as const
).flatMap((r) => criteriaSets(r));

/** Answers ticking, for each criterion, the option at `pick` (clamped to the last). */
export function answersFor(set: CriteriaSet, pick: "first" | "last"): Answers {
  const answers: Record<string, number> = {};
  for (const c of set.criteria) answers[c.id] = (pick === "first" ? c.options[0] : c.options.at(-1))!.points;
  return answers;
}

const SET = criteriaSets("26/2026/QĐ-TTg")[10]!;
const LOW = answersFor(SET, "first");
const HIGH = answersFor(SET, "last");

/** Data that fits a target's kind. */
export function dataFor(target: Target): TargetData {
  switch (target.kind) {
    case "count":
    case "range":
      return { value: 10 };
    case "share":
    case "coverage":
      return { part: 3, whole: 10, atStart: { part: 1, whole: 8 } };
    case "per-unit-minimum":
      return { units: { "Xã A": 2, "Xã B": 0 } };
  }
}

export const CERTIFICATE: Certificate = makeCertificate("2026-06-15");
export const EVENTS: readonly CertificateEvent[] = [
  { kind: "re-evaluation-filed", on: "2029-01-10", completeFileReceivedOn: "2029-01-20" },
  { kind: "decision", on: "2029-03-01", dossier: "re-evaluation", result: makeCertificate("2029-03-01") },
];
export const REVOKED: readonly CertificateEvent[] = [
  { kind: "revocation", on: "2027-01-10", ground: "mark-misuse", conclusionOn: "2027-01-02" },
];

export const JOURNEY_EVENTS: readonly JourneyEvent[] = [
  { type: "register-idea", date: "2026-06-01" },
  { type: "accept-plan", date: "2026-06-10" },
  { type: "file-dossier", date: "2026-07-01", kind: "first-evaluation", complete: true },
  { type: "commune-check", date: "2026-07-10" },
  { type: "province-evaluation", date: "2026-08-01", score: 75 },
  { type: "recognise", date: "2026-08-10", stars: 4 },
  { type: "issue-certificate", date: "2026-08-15" },
];

export const ROUTES: readonly RouteEvaluationInput[] = [
  { date: "2026-08-01", level: "province", score: 92 },
  { regime: "148", level: "district", score: 65 },
  { regime: "26/2026", level: "central", score: 85 },
  { regime: "26/2026", level: "province", score: 40, stars: 1 },
];

export const RECORDS: readonly ProductRecord[] = [
  { stars: 4, group: "Thực phẩm", locality: "Chương Mỹ", year: 2023 },
  { stars: 3, group: "Thực phẩm", locality: "Chương Mỹ", year: 2023 },
  { stars: 4, potentialFiveStar: true, group: "Đồ uống", locality: "Thường Tín", year: 2024 },
  { stars: 5 },
];

const asOf: CalendarDate = "2026-12-31";

/** Examples by catalogue name. */
export function examples(): ReadonlyMap<string, readonly unknown[]> {
  const sheet = scoreSheet(SET, HIGH);
  const progress = TARGET_PRESETS.map((t) => {
    const day = t.start > asOf ? t.start : asOf;
    return trackTarget(t, dataFor(t), day);
  });
  return new Map<string, readonly unknown[]>([
    ["calendar-date", ["2026-05-22", "2024-02-29"]],
    ["answers", [LOW, HIGH, {}]],
    ["council-answers", [[LOW, HIGH]]],
    [
      "council-sheets",
      [
        [72, 68, 69],
        [sheet, scoreSheet(SET, LOW)],
      ],
    ],
    ["criteria-set", ALL_SETS],
    ["target", TARGET_PRESETS],
    ["target-data", TARGET_PRESETS.map(dataFor)],
    [
      "tracked-target",
      TARGET_PRESETS.map((t) => ({ target: t, data: dataFor(t), asOf: t.start > asOf ? t.start : asOf })),
    ],
    ["product-record", RECORDS],
    ["product-registry", [RECORDS, []]],
    ["certificate", [CERTIFICATE, makeCertificate("2021-03-01", { stars: 3, score: 55, id: "C-1" })]],
    ["certificate-event", [...EVENTS, ...REVOKED, { kind: "notice-sent", on: "2029-05-01" }]],
    ["certificate-events", [EVENTS, REVOKED, []]],
    ["certificate-with-events", [{ certificate: CERTIFICATE, events: EVENTS }]],
    ["journey-event", JOURNEY_EVENTS],
    ["journey-events", [JOURNEY_EVENTS]],
    ["journey", [replayJourney(JOURNEY_EVENTS), replayJourney(JOURNEY_EVENTS.slice(0, 5))]],
    ["route-evaluation-input", ROUTES],
    ["score-sheet", [sheet]],
    ["council-score", [councilScore([72, 68, 69]), councilScore([sheet, scoreSheet(SET, LOW)])]],
    ["classification", [classify(SET, HIGH), classify(SET, LOW), classify(SET, [LOW, HIGH])]],
    ["star-gap", [nextStarGap(SET, LOW)].filter((g) => g !== null)],
    ["target-progress", progress],
    ["registry-statistics", [productStatistics(RECORDS), productStatistics([])]],
    [
      "certificate-status",
      [
        certificateStatus(CERTIFICATE, "2029-01-05"),
        certificateStatus(CERTIFICATE, "2029-02-01", EVENTS),
        certificateStatus(CERTIFICATE, "2029-04-01", EVENTS),
        certificateStatus(CERTIFICATE, "2027-02-01", REVOKED),
      ],
    ],
    ["evaluation-routing", ROUTES.map((r) => routeEvaluation(r))],
  ]);
}
