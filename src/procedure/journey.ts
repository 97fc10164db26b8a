/**
 * The journey of a product through the OCOP procedure: a typed state machine with a dated history.
 *
 * A journey starts `new` ({@link startJourney}); each {@link JourneyEvent} moves it on through
 * {@link applyEvent}, which returns a new journey and never changes the one it is given. An event the rules
 * do not allow is an `OcopError` `INVALID_TRANSITION` whose `rule` names the article that forbids it. The
 * regime of a dossier is the one in force on the day it is filed ({@link regulationAt}); it decides the
 * levels the dossier goes through (district under 1048 and 148; commune pre-check under 148+1489 and
 * 26/2026).
 *
 * @module
 */
import { type CalendarDate, isCalendarDate } from "../calendar/calendar-date.js";
import { CERTIFICATE_ISSUERS } from "../certificates/data/recognition.js";
import { REVOCATION_GROUNDS, REVOCATION_RULES } from "../certificates/data/revocation.js";
import { certificateExpiry } from "../certificates/expiry.js";
import type { RevocationGroundId } from "../certificates/types.js";
import type { StarLevel } from "../criteria/types.js";
import { type Bilingual, describeValue, fail, readInput } from "../errors/ocop-error.js";
import { regulationAt } from "../regulations/registry.js";
import type { DossierKind, RegimeId } from "../regulations/types.js";
import { starsForScore } from "../scoring/bands.js";
import { PROCEDURES } from "./data/procedures.js";
import { type EvaluationRouting, routeEvaluation } from "./routing.js";
import type { CertifiedStars, EvaluatingLevel, ProcedureLevel } from "./types.js";

// ---------------------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------------------

/** A dossier being processed. */
export interface JourneyDossier {
  /** First evaluation, upgrade (nâng hạng) or re-evaluation (đánh giá, phân hạng lại). */
  readonly kind: DossierKind;
  /** The regime in force on the filing day: its procedure governs the dossier. */
  readonly regime: RegimeId;
  readonly filedOn: CalendarDate;
  /** Whether the dossier has every component of 26/2026/QĐ-TTg, Article 6.1 (or of the regime's rules). */
  readonly complete: boolean;
}

/** The certificate a product holds. */
export interface JourneyCertificate {
  readonly stars: CertifiedStars;
  /** The day the competent authority issued it (the recognition decision). */
  readonly issuedOn: CalendarDate;
  /** The last day of validity: 36 months (26/2026/QĐ-TTg, Article 4.3; `certificateExpiry`). */
  readonly validUntil: CalendarDate;
  /** The level that issued it. */
  readonly issuedBy: ProcedureLevel;
  /** The regime it was issued under. */
  readonly regime: RegimeId;
  /** The dossier that led to it (`upgrade` means the product was upgraded). */
  readonly via: DossierKind | "recorded";
}

/** A council result carried by an `evaluated-at-*` state. */
export interface JourneyResult {
  /** The council's average total score. */
  readonly score: number;
  /** The stars after the minimum markers (at most the score's band). */
  readonly stars: StarLevel;
  /** The day of the result. */
  readonly on: CalendarDate;
}

/**
 * The state of a journey. A discriminated union on `status`: a `switch` that forgets a status does not
 * compile when it ends with {@link assertNever}.
 */
export type JourneyState =
  /** Nothing has happened yet. */
  | { readonly status: "new" }
  /** Cycle step 2: the product idea is registered. */
  | { readonly status: "idea-registered" }
  /** Cycle step 3: the production and business plan is accepted. */
  | { readonly status: "plan-accepted" }
  /** A first-evaluation dossier is filed (26/2026/QĐ-TTg, Articles 6.1.a and 7.1). */
  | { readonly status: "dossier-filed"; readonly dossier: JourneyDossier }
  /** An upgrade dossier is filed (Articles 6.1.b and 7.5). */
  | { readonly status: "upgrade-filed"; readonly dossier: JourneyDossier }
  /** A re-evaluation dossier is filed (Articles 6.1.c and 7.6). */
  | { readonly status: "re-evaluation-filed"; readonly dossier: JourneyDossier }
  /** The commune checked the dossier and proposed the product to the province (Article 7.2). */
  | { readonly status: "dossier-checked-by-commune"; readonly dossier: JourneyDossier }
  /** The district council scored the product (1048 and 148 only). */
  | {
      readonly status: "evaluated-at-district";
      readonly dossier: JourneyDossier;
      readonly result: JourneyResult;
    }
  /** The provincial council scored the product (Article 7.3). */
  | {
      readonly status: "evaluated-at-province";
      readonly dossier: JourneyDossier;
      readonly result: JourneyResult;
    }
  /** The province proposed the product to the Ministry (Article 7.3.e: 90 points or more). */
  | {
      readonly status: "proposed-to-ministry";
      readonly dossier: JourneyDossier;
      readonly result: JourneyResult | null;
    }
  /** The central council scored the product (Article 7.4). */
  | {
      readonly status: "evaluated-at-central";
      readonly dossier: JourneyDossier;
      readonly result: JourneyResult;
    }
  /** The competent authority recognised the product (Articles 4.1, 7.3.e, 7.4.e). */
  | {
      readonly status: "recognised";
      readonly dossier: JourneyDossier;
      readonly stars: CertifiedStars;
      readonly by: ProcedureLevel;
    }
  /** The product holds a certificate (see `Journey.certificate`; `via: "upgrade"` after an upgrade). */
  | { readonly status: "certificate-issued" }
  /** The last dossier ended without recognition (1★/2★, not proposed, or withdrawn), no certificate held. */
  | { readonly status: "not-recognised" }
  /** The certificate was revoked (Article 8). */
  | { readonly status: "revoked"; readonly ground: RevocationGroundId }
  /** The certificate reached the end of its validity (Article 4.3). */
  | { readonly status: "expired" };

/** Every status of {@link JourneyState}. */
export type JourneyStatus = JourneyState["status"];

/** Every status, in the usual order of a journey. */
export const JOURNEY_STATUSES = [
  "new",
  "idea-registered",
  "plan-accepted",
  "dossier-filed",
  "upgrade-filed",
  "re-evaluation-filed",
  "dossier-checked-by-commune",
  "evaluated-at-district",
  "evaluated-at-province",
  "proposed-to-ministry",
  "evaluated-at-central",
  "recognised",
  "certificate-issued",
  "not-recognised",
  "revoked",
  "expired",
] as const satisfies readonly JourneyStatus[];

/** Fields every event has. */
interface EventBase {
  /** The day it happened. Events of a journey are dated in non-decreasing order. */
  readonly date: CalendarDate;
}

/**
 * What can happen to a product. A discriminated union on `type`.
 */
export type JourneyEvent =
  /** Cycle step 2. */
  | (EventBase & { readonly type: "register-idea" })
  /** Cycle step 3. */
  | (EventBase & { readonly type: "accept-plan" })
  /** The subject files a dossier with the commune (26/2026/QĐ-TTg, Article 7.1) or, before 06/07/2025, the district. */
  | (EventBase & { readonly type: "file-dossier"; readonly kind: DossierKind; readonly complete: boolean })
  /** The missing components are supplied (Articles 7.3.a, 10.4.a). */
  | (EventBase & { readonly type: "complete-dossier" })
  /** The commune checks the dossier and proposes the product to the province (Article 7.2). */
  | (EventBase & { readonly type: "commune-check" })
  /** The district council scores the product (1048, 148). */
  | (EventBase & { readonly type: "district-evaluation"; readonly score: number; readonly stars?: StarLevel })
  /** The provincial council scores the product (Article 7.3). */
  | (EventBase & { readonly type: "province-evaluation"; readonly score: number; readonly stars?: StarLevel })
  /** The province proposes the product to the Ministry (Article 7.3.e; Article 7.6.e for a 5★ re-evaluation). */
  | (EventBase & { readonly type: "propose-to-ministry" })
  /** The central council scores the product (Article 7.4). */
  | (EventBase & { readonly type: "central-evaluation"; readonly score: number; readonly stars?: StarLevel })
  /** The competent authority recognises the product at `stars` (Articles 4.1, 7.3.e, 7.4.e). */
  | (EventBase & { readonly type: "recognise"; readonly stars: StarLevel })
  /** The certificate is issued (Article 4.1). */
  | (EventBase & { readonly type: "issue-certificate" })
  /** The dossier ends without recognition (result under 3★, not upgraded, withdrawn or rejected). */
  | (EventBase & { readonly type: "close-dossier" })
  /** The certificate is revoked on a ground (Article 8.1). */
  | (EventBase & { readonly type: "revoke"; readonly ground: RevocationGroundId })
  /** The certificate's validity ended (Article 4.3). */
  | (EventBase & { readonly type: "expire" })
  /** For a product certified before the app tracked it: its certificate, issued on `date`. Only on a new journey. */
  | (EventBase & {
      readonly type: "record-existing-certificate";
      readonly stars: CertifiedStars;
      readonly issuedBy: ProcedureLevel;
      readonly regime?: RegimeId;
    });

/** Every event type. */
export type JourneyEventType = JourneyEvent["type"];

/** Every event type. */
export const JOURNEY_EVENT_TYPES = [
  "register-idea",
  "accept-plan",
  "file-dossier",
  "complete-dossier",
  "commune-check",
  "district-evaluation",
  "province-evaluation",
  "propose-to-ministry",
  "central-evaluation",
  "recognise",
  "issue-certificate",
  "close-dossier",
  "revoke",
  "expire",
  "record-existing-certificate",
] as const satisfies readonly JourneyEventType[];

/** One entry of a journey's history. */
export interface JourneyRecord {
  readonly event: JourneyEvent;
  /** The status before the event. */
  readonly from: JourneyStatus;
  /** The status after it. */
  readonly to: JourneyStatus;
}

/** A product's journey. Plain data: it can be stored as JSON and passed back to {@link applyEvent}. */
export interface Journey {
  readonly state: JourneyState;
  /** The certificate held, or `null`. It stays while an upgrade or a re-evaluation is processed. */
  readonly certificate: JourneyCertificate | null;
  /** Every event applied, oldest first, with dates in non-decreasing order. */
  readonly history: readonly JourneyRecord[];
}

// ---------------------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------------------

/**
 * Marks a branch that cannot be reached: a `switch` over a union whose `default` calls `assertNever(x)`
 * stops compiling when a member of the union is not handled. At run time (junk data), throws an `OcopError`.
 *
 * @throws {@link OcopError} `INVALID_ARGUMENT` always
 * @example
 * ```ts
 * function label(s: JourneyState): string {
 *   switch (s.status) {
 *     case "new": return "new";
 *     // ... every other status ...
 *     default: return assertNever(s);
 *   }
 * }
 * ```
 */
export function assertNever(value: never, path: readonly (string | number)[] = ["value"]): never {
  return fail("INVALID_ARGUMENT", path, value, "a value of a closed union", {
    en: `${path.join(".")}: ${describeValue(value)} is not an expected value`,
    vi: `${path.join(".")}: ${describeValue(value, "vi")} không phải là giá trị hợp lệ`,
  });
}

const DOSSIER_KINDS: readonly DossierKind[] = ["first-evaluation", "upgrade", "re-evaluation"];
const LEVELS: readonly ProcedureLevel[] = ["commune", "district", "province", "central"];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function own(obj: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}

function bad(
  path: readonly (string | number)[],
  value: unknown,
  what: Bilingual,
  code: "INVALID_EVENT" | "INVALID_ARGUMENT",
): never {
  return fail(
    code,
    path,
    value,
    `a journey ${code === "INVALID_EVENT" ? "event" : "record"} has the documented shape`,
    {
      en: `${path.join(".")}: ${describeValue(value)} ${what.en}`,
      vi: `${path.join(".")}: ${describeValue(value, "vi")} ${what.vi}`,
    },
  );
}

function forbid(from: JourneyStatus, event: JourneyEvent, rule: string, why: Bilingual): never {
  return fail("INVALID_TRANSITION", ["event", "type"], event.type, rule, {
    en: `"${event.type}" is not allowed in state "${from}": ${why.en} (${rule})`,
    vi: `không được "${event.type}" ở trạng thái "${from}": ${why.vi} (${rule})`,
  });
}

function isScore(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= 100;
}

function isStarLevel(value: unknown): value is StarLevel {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 5;
}

function isRegimeId(value: unknown): value is RegimeId {
  return typeof value === "string" && Object.hasOwn(PROCEDURES, value);
}

const EVENT_TYPES: ReadonlySet<string> = new Set(JOURNEY_EVENT_TYPES);
const STATUSES: ReadonlySet<string> = new Set(JOURNEY_STATUSES);
const GROUND_IDS: ReadonlySet<string> = new Set(REVOCATION_GROUNDS.map((g) => g.id));

/** Reads an untrusted event into a fresh, well-typed event (unknown fields dropped). */
function parseEvent(value: unknown): JourneyEvent {
  const path = ["event"];
  if (!isObject(value))
    bad(path, value, { en: "is not an event object", vi: "không phải là sự kiện" }, "INVALID_EVENT");
  const type = own(value, "type");
  if (typeof type !== "string" || !EVENT_TYPES.has(type)) {
    bad(
      [...path, "type"],
      type,
      {
        en: `is not an event type (${JOURNEY_EVENT_TYPES.join(", ")})`,
        vi: `không phải là loại sự kiện (${JOURNEY_EVENT_TYPES.join(", ")})`,
      },
      "INVALID_EVENT",
    );
  }
  const date = own(value, "date");
  if (!isCalendarDate(date)) {
    bad(
      [...path, "date"],
      date,
      { en: "is not a calendar date (YYYY-MM-DD)", vi: "không phải là ngày (YYYY-MM-DD)" },
      "INVALID_EVENT",
    );
  }
  const t = type as JourneyEventType;
  switch (t) {
    case "register-idea":
    case "accept-plan":
    case "complete-dossier":
    case "commune-check":
    case "propose-to-ministry":
    case "issue-certificate":
    case "close-dossier":
    case "expire":
      return { type: t, date };
    case "file-dossier": {
      const kind = own(value, "kind");
      const complete = own(value, "complete");
      if (typeof kind !== "string" || !(DOSSIER_KINDS as readonly string[]).includes(kind)) {
        bad(
          [...path, "kind"],
          kind,
          {
            en: `is not a dossier kind (${DOSSIER_KINDS.join(", ")})`,
            vi: `không phải là loại hồ sơ (${DOSSIER_KINDS.join(", ")})`,
          },
          "INVALID_EVENT",
        );
      }
      if (typeof complete !== "boolean") {
        bad(
          [...path, "complete"],
          complete,
          { en: "is not true or false", vi: "không phải là true hoặc false" },
          "INVALID_EVENT",
        );
      }
      return { type: t, date, kind: kind as DossierKind, complete };
    }
    case "district-evaluation":
    case "province-evaluation":
    case "central-evaluation": {
      const score = own(value, "score");
      if (!isScore(score)) {
        bad(
          [...path, "score"],
          score,
          { en: "is not a score from 0 to 100", vi: "không phải là điểm từ 0 đến 100" },
          "INVALID_EVENT",
        );
      }
      const stars = own(value, "stars");
      if (stars === undefined) return { type: t, date, score };
      if (!isStarLevel(stars)) {
        bad(
          [...path, "stars"],
          stars,
          { en: "is not a star level from 1 to 5", vi: "không phải là hạng sao từ 1 đến 5" },
          "INVALID_EVENT",
        );
      }
      return { type: t, date, score, stars };
    }
    case "recognise": {
      const stars = own(value, "stars");
      if (!isStarLevel(stars)) {
        bad(
          [...path, "stars"],
          stars,
          { en: "is not a star level from 1 to 5", vi: "không phải là hạng sao từ 1 đến 5" },
          "INVALID_EVENT",
        );
      }
      return { type: t, date, stars };
    }
    case "revoke": {
      const ground = own(value, "ground");
      if (typeof ground !== "string" || !GROUND_IDS.has(ground)) {
        bad(
          [...path, "ground"],
          ground,
          {
            en: `is not a revocation ground (${[...GROUND_IDS].join(", ")})`,
            vi: `không phải là căn cứ thu hồi (${[...GROUND_IDS].join(", ")})`,
          },
          "INVALID_EVENT",
        );
      }
      return { type: t, date, ground: ground as RevocationGroundId };
    }
    case "record-existing-certificate": {
      const stars = own(value, "stars");
      const issuedBy = own(value, "issuedBy");
      const regime = own(value, "regime");
      if (!isStarLevel(stars)) {
        bad(
          [...path, "stars"],
          stars,
          { en: "is not a star level from 1 to 5", vi: "không phải là hạng sao từ 1 đến 5" },
          "INVALID_EVENT",
        );
      }
      if (typeof issuedBy !== "string" || !(LEVELS as readonly string[]).includes(issuedBy)) {
        bad(
          [...path, "issuedBy"],
          issuedBy,
          { en: `is not a level (${LEVELS.join(", ")})`, vi: `không phải là cấp (${LEVELS.join(", ")})` },
          "INVALID_EVENT",
        );
      }
      if (regime !== undefined && !isRegimeId(regime)) {
        bad(
          [...path, "regime"],
          regime,
          { en: "is not a modelled regime", vi: "không phải là chế độ được mô hình hóa" },
          "INVALID_EVENT",
        );
      }
      if (stars < 3) {
        return fail("INVALID_TRANSITION", [...path, "stars"], stars, "26/2026/QĐ-TTg, Article 4.1.a", {
          en: `a ${stars}★ product has no certificate (no recognition decision and no certificate below 3★)`,
          vi: `sản phẩm ${stars} sao không có giấy chứng nhận (không công nhận, không cấp giấy dưới 3 sao)`,
        });
      }
      const base = { type: t, date, stars: stars as CertifiedStars, issuedBy: issuedBy as ProcedureLevel };
      return regime === undefined ? base : { ...base, regime };
    }
    default:
      return assertNever(t, [...path, "type"]);
  }
}

function parseDossier(value: unknown, path: readonly (string | number)[]): JourneyDossier {
  if (!isObject(value))
    return bad(path, value, { en: "is not a dossier", vi: "không phải là hồ sơ" }, "INVALID_ARGUMENT");
  const kind = own(value, "kind");
  const regime = own(value, "regime");
  const filedOn = own(value, "filedOn");
  const complete = own(value, "complete");
  if (
    typeof kind !== "string" ||
    !(DOSSIER_KINDS as readonly string[]).includes(kind) ||
    !isRegimeId(regime) ||
    !isCalendarDate(filedOn) ||
    typeof complete !== "boolean"
  ) {
    return bad(
      path,
      value,
      {
        en: "is not a dossier { kind, regime, filedOn, complete }",
        vi: "không phải là hồ sơ { kind, regime, filedOn, complete }",
      },
      "INVALID_ARGUMENT",
    );
  }
  return { kind: kind as DossierKind, regime, filedOn, complete };
}

function parseResult(value: unknown, path: readonly (string | number)[]): JourneyResult {
  if (!isObject(value))
    return bad(path, value, { en: "is not a result", vi: "không phải là kết quả" }, "INVALID_ARGUMENT");
  const score = own(value, "score");
  const stars = own(value, "stars");
  const on = own(value, "on");
  if (!isScore(score) || !isStarLevel(stars) || !isCalendarDate(on)) {
    return bad(
      path,
      value,
      { en: "is not a result { score, stars, on }", vi: "không phải là kết quả { score, stars, on }" },
      "INVALID_ARGUMENT",
    );
  }
  return { score, stars, on };
}

/** Reads an untrusted journey state. */
function parseState(value: unknown): JourneyState {
  const path = ["journey", "state"];
  if (!isObject(value))
    return bad(
      path,
      value,
      { en: "is not a journey state", vi: "không phải là trạng thái" },
      "INVALID_ARGUMENT",
    );
  const status = own(value, "status");
  if (typeof status !== "string" || !STATUSES.has(status)) {
    return bad(
      [...path, "status"],
      status,
      { en: "is not a journey status", vi: "không phải là trạng thái hành trình" },
      "INVALID_ARGUMENT",
    );
  }
  const s = status as JourneyStatus;
  switch (s) {
    case "new":
    case "idea-registered":
    case "plan-accepted":
    case "certificate-issued":
    case "not-recognised":
    case "expired":
      return { status: s };
    case "dossier-filed":
    case "upgrade-filed":
    case "re-evaluation-filed":
    case "dossier-checked-by-commune":
      return { status: s, dossier: parseDossier(own(value, "dossier"), [...path, "dossier"]) };
    case "evaluated-at-district":
    case "evaluated-at-province":
    case "evaluated-at-central":
      return {
        status: s,
        dossier: parseDossier(own(value, "dossier"), [...path, "dossier"]),
        result: parseResult(own(value, "result"), [...path, "result"]),
      };
    case "proposed-to-ministry": {
      const result = own(value, "result");
      return {
        status: s,
        dossier: parseDossier(own(value, "dossier"), [...path, "dossier"]),
        result: result === null ? null : parseResult(result, [...path, "result"]),
      };
    }
    case "recognised": {
      const stars = own(value, "stars");
      const by = own(value, "by");
      if (
        !isStarLevel(stars) ||
        stars < 3 ||
        typeof by !== "string" ||
        !(LEVELS as readonly string[]).includes(by)
      ) {
        return bad(
          path,
          value,
          {
            en: "is not a recognised state { dossier, stars 3–5, by }",
            vi: "không phải là trạng thái đã công nhận",
          },
          "INVALID_ARGUMENT",
        );
      }
      return {
        status: s,
        dossier: parseDossier(own(value, "dossier"), [...path, "dossier"]),
        stars: stars as CertifiedStars,
        by: by as ProcedureLevel,
      };
    }
    case "revoked": {
      const ground = own(value, "ground");
      if (typeof ground !== "string" || !GROUND_IDS.has(ground)) {
        return bad(
          [...path, "ground"],
          ground,
          { en: "is not a revocation ground", vi: "không phải là căn cứ thu hồi" },
          "INVALID_ARGUMENT",
        );
      }
      return { status: s, ground: ground as RevocationGroundId };
    }
    default:
      return assertNever(s, [...path, "status"]);
  }
}

function parseCertificate(value: unknown): JourneyCertificate | null {
  if (value === null) return null;
  const path = ["journey", "certificate"];
  if (!isObject(value))
    return bad(
      path,
      value,
      { en: "is not a certificate or null", vi: "không phải là giấy chứng nhận hoặc null" },
      "INVALID_ARGUMENT",
    );
  const stars = own(value, "stars");
  const issuedOn = own(value, "issuedOn");
  const validUntil = own(value, "validUntil");
  const issuedBy = own(value, "issuedBy");
  const regime = own(value, "regime");
  const via = own(value, "via");
  if (
    !isStarLevel(stars) ||
    stars < 3 ||
    !isCalendarDate(issuedOn) ||
    !isCalendarDate(validUntil) ||
    typeof issuedBy !== "string" ||
    !(LEVELS as readonly string[]).includes(issuedBy) ||
    !isRegimeId(regime) ||
    typeof via !== "string" ||
    !([...DOSSIER_KINDS, "recorded"] as readonly string[]).includes(via)
  ) {
    return bad(
      path,
      value,
      {
        en: "is not a certificate { stars 3–5, issuedOn, validUntil, issuedBy, regime, via }",
        vi: "không phải là giấy chứng nhận hợp lệ",
      },
      "INVALID_ARGUMENT",
    );
  }
  return {
    stars: stars as CertifiedStars,
    issuedOn,
    validUntil,
    issuedBy: issuedBy as ProcedureLevel,
    regime,
    via: via as JourneyCertificate["via"],
  };
}

/** Reads an untrusted journey; returns its parts and the date of its last event. */
function parseJourney(value: unknown): { journey: Journey; lastDate: CalendarDate | null } {
  if (!isObject(value))
    return bad(
      ["journey"],
      value,
      { en: "is not a journey", vi: "không phải là hành trình" },
      "INVALID_ARGUMENT",
    );
  const history = own(value, "history");
  if (!Array.isArray(history)) {
    return bad(
      ["journey", "history"],
      history,
      { en: "is not an array", vi: "không phải là mảng" },
      "INVALID_ARGUMENT",
    );
  }
  let lastDate: CalendarDate | null = null;
  if (history.length > 0) {
    const last: unknown = history[history.length - 1];
    const event = isObject(last) ? own(last, "event") : undefined;
    const date = isObject(event) ? own(event, "date") : undefined;
    if (!isCalendarDate(date)) {
      return bad(
        ["journey", "history", history.length - 1],
        last,
        { en: "is not a dated journey record", vi: "không phải là bản ghi có ngày" },
        "INVALID_ARGUMENT",
      );
    }
    lastDate = date;
  }
  return {
    journey: {
      state: parseState(own(value, "state")),
      certificate: parseCertificate(own(value, "certificate")),
      history: Array.from(history) as readonly JourneyRecord[],
    },
    lastDate,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Transitions
// ---------------------------------------------------------------------------------------------------------

/** The parts of a journey a transition changes. */
interface Step {
  readonly state: JourneyState;
  readonly certificate: JourneyCertificate | null;
}

/** The dossier in progress, or `null`. */
function dossierOf(state: JourneyState): JourneyDossier | null {
  switch (state.status) {
    case "dossier-filed":
    case "upgrade-filed":
    case "re-evaluation-filed":
    case "dossier-checked-by-commune":
    case "evaluated-at-district":
    case "evaluated-at-province":
    case "proposed-to-ministry":
    case "evaluated-at-central":
    case "recognised":
      return state.dossier;
    case "new":
    case "idea-registered":
    case "plan-accepted":
    case "certificate-issued":
    case "not-recognised":
    case "revoked":
    case "expired":
      return null;
    default:
      return assertNever(state, ["journey", "state"]);
  }
}

function hasStage(regime: RegimeId, level: ProcedureLevel): boolean {
  return PROCEDURES[regime].stages.some((s) => s.level === level);
}

function stageRule(regime: RegimeId, level: ProcedureLevel): string {
  return PROCEDURES[regime].stages.find((s) => s.level === level)?.rule ?? PROCEDURES[regime].setBy;
}

const FILED: ReadonlySet<JourneyStatus> = new Set(["dossier-filed", "upgrade-filed", "re-evaluation-filed"]);

function filedStatus(kind: DossierKind): "dossier-filed" | "upgrade-filed" | "re-evaluation-filed" {
  switch (kind) {
    case "first-evaluation":
      return "dossier-filed";
    case "upgrade":
      return "upgrade-filed";
    case "re-evaluation":
      return "re-evaluation-filed";
    default:
      return assertNever(kind, ["event", "kind"]);
  }
}

function evaluatedLevel(state: JourneyState): EvaluatingLevel | null {
  switch (state.status) {
    case "evaluated-at-district":
      return "district";
    case "evaluated-at-province":
      return "province";
    case "evaluated-at-central":
      return "central";
    default:
      return null;
  }
}

function route(dossier: JourneyDossier, level: EvaluatingLevel, result: JourneyResult): EvaluationRouting {
  return routeEvaluation({ regime: dossier.regime, level, score: result.score, stars: result.stars });
}

function makeResult(
  from: JourneyStatus,
  event: JourneyEvent & { readonly score: number; readonly stars?: StarLevel },
  dossier: JourneyDossier,
): JourneyResult {
  const band = starsForScore(event.score, dossier.regime).stars;
  const stars = event.stars ?? band;
  if (stars > band) {
    forbid(from, event, "26/2026/QĐ-TTg, Article 3.3", {
      en: `${stars}★ is above the band of ${event.score} points (${band}★)`,
      vi: `${stars} sao cao hơn hạng của ${event.score} điểm (${band} sao)`,
    });
  }
  return { score: event.score, stars, on: event.date };
}

function requireComplete(
  from: JourneyStatus,
  event: JourneyEvent,
  dossier: JourneyDossier,
  rule: string,
): void {
  if (!dossier.complete) {
    forbid(from, event, rule, {
      en: "the dossier is not complete; no check or evaluation without a complete dossier",
      vi: "hồ sơ chưa đầy đủ; không kiểm tra, đánh giá khi hồ sơ chưa đầy đủ",
    });
  }
}

const DOSSIER_RULE = "26/2026/QĐ-TTg, Articles 6.1 and 7.2.a";
const IN_PROGRESS = { en: "a dossier is already being processed", vi: "đang có hồ sơ được xử lý" } as const;

function fileDossier(j: Journey, event: Extract<JourneyEvent, { type: "file-dossier" }>): Step {
  const from = j.state.status;
  const regime = regulationAt(event.date).id;
  const dossier: JourneyDossier = { kind: event.kind, regime, filedOn: event.date, complete: event.complete };
  if (dossierOf(j.state) !== null) forbid(from, event, "26/2026/QĐ-TTg, Article 7", IN_PROGRESS);
  switch (event.kind) {
    case "first-evaluation":
      if (j.certificate !== null) {
        forbid(from, event, "26/2026/QĐ-TTg, Articles 6.1.b, 6.1.c, 7.5 and 7.6", {
          en: "a certified product files an upgrade or a re-evaluation, not a first evaluation",
          vi: "sản phẩm đã có giấy chứng nhận đăng ký nâng hạng hoặc đánh giá lại, không đánh giá lần đầu",
        });
      }
      break;
    case "upgrade":
      if (j.certificate === null) {
        forbid(from, event, "26/2026/QĐ-TTg, Articles 6.1.b and 7.5", {
          en: "an upgrade needs a product recognised and certified",
          vi: "nâng hạng chỉ áp dụng cho sản phẩm đã được công nhận, cấp giấy chứng nhận",
        });
      }
      if (j.certificate.stars === 5) {
        forbid(from, event, "26/2026/QĐ-TTg, Article 3.3", {
          en: "5★ is the highest rank; there is nothing to upgrade to",
          vi: "5 sao là hạng cao nhất; không thể nâng hạng",
        });
      }
      break;
    case "re-evaluation":
      if (j.certificate === null) {
        forbid(from, event, "26/2026/QĐ-TTg, Articles 6.1.c and 7.6", {
          en: "a re-evaluation needs a certificate that is still held (after expiry or revocation, file a first evaluation)",
          vi: "đánh giá lại chỉ áp dụng khi còn giấy chứng nhận (sau khi hết hạn hoặc bị thu hồi, đăng ký đánh giá lần đầu)",
        });
      }
      break;
    default:
      return assertNever(event.kind, ["event", "kind"]);
  }
  return { state: { status: filedStatus(event.kind), dossier }, certificate: j.certificate };
}

function transition(j: Journey, event: JourneyEvent): Step {
  const state = j.state;
  const from = state.status;
  const keep = j.certificate;
  switch (event.type) {
    case "register-idea":
      if (state.status !== "new") {
        forbid(from, event, "OCOP cycle, step 2 (490/QĐ-TTg; 919/QĐ-TTg)", {
          en: "an idea is registered at the start of a journey",
          vi: "ý tưởng được đăng ký khi bắt đầu chu trình",
        });
      }
      return { state: { status: "idea-registered" }, certificate: keep };
    case "accept-plan":
      if (state.status !== "idea-registered") {
        forbid(from, event, "OCOP cycle, step 3 follows step 2 (490/QĐ-TTg; 919/QĐ-TTg)", {
          en: "a business plan follows a registered idea",
          vi: "phương án sản xuất kinh doanh đi sau ý tưởng đã đăng ký",
        });
      }
      return { state: { status: "plan-accepted" }, certificate: keep };
    case "file-dossier":
      return fileDossier(j, event);
    case "complete-dossier": {
      const dossier = dossierOf(state);
      if (dossier === null || !FILED.has(from) || dossier.complete) {
        forbid(from, event, "26/2026/QĐ-TTg, Article 7.3.a", {
          en: "only a filed, incomplete dossier can be completed",
          vi: "chỉ hồ sơ đã nộp nhưng chưa đầy đủ mới được bổ sung",
        });
      }
      return {
        state: { status: filedStatus(dossier.kind), dossier: { ...dossier, complete: true } },
        certificate: keep,
      };
    }
    case "commune-check": {
      const dossier = dossierOf(state);
      if (dossier === null || !FILED.has(from)) {
        forbid(from, event, "26/2026/QĐ-TTg, Article 7.2", {
          en: "the commune checks a dossier that has been filed",
          vi: "UBND cấp xã kiểm tra hồ sơ đã nộp",
        });
      }
      if (!hasStage(dossier.regime, "commune")) {
        forbid(from, event, PROCEDURES[dossier.regime].setBy, {
          en: `under ${dossier.regime} the commune does not check dossiers; the district evaluates`,
          vi: `theo ${dossier.regime} UBND cấp xã không kiểm tra hồ sơ; cấp huyện đánh giá`,
        });
      }
      requireComplete(from, event, dossier, stageRule(dossier.regime, "commune"));
      return { state: { status: "dossier-checked-by-commune", dossier }, certificate: keep };
    }
    case "district-evaluation": {
      const dossier = dossierOf(state);
      if (dossier === null || !FILED.has(from)) {
        forbid(from, event, "148/QĐ-TTg and 1048/QĐ-TTg, Phụ lục II", {
          en: "the district evaluates a filed dossier",
          vi: "cấp huyện đánh giá hồ sơ đã nộp",
        });
      }
      if (!hasStage(dossier.regime, "district")) {
        forbid(from, event, `${PROCEDURES[dossier.regime].setBy} (two levels: province and central)`, {
          en: `there is no district evaluation under ${dossier.regime}`,
          vi: `không có đánh giá cấp huyện theo ${dossier.regime}`,
        });
      }
      if (!hasStage(regulationAt(event.date).id, "district")) {
        forbid(from, event, "1489/QĐ-TTg (from 06/07/2025: evaluation at province and central levels only)", {
          en: "the district no longer evaluates OCOP products on that date",
          vi: "từ ngày đó cấp huyện không còn đánh giá sản phẩm OCOP",
        });
      }
      requireComplete(from, event, dossier, stageRule(dossier.regime, "district"));
      return {
        state: { status: "evaluated-at-district", dossier, result: makeResult(from, event, dossier) },
        certificate: keep,
      };
    }
    case "province-evaluation": {
      const dossier = dossierOf(state);
      if (dossier === null) {
        return forbid(from, event, "26/2026/QĐ-TTg, Article 7.3", {
          en: "the province evaluates a dossier in progress",
          vi: "cấp tỉnh đánh giá hồ sơ đang được xử lý",
        });
      }
      if (state.status === "dossier-checked-by-commune") {
        return {
          state: { status: "evaluated-at-province", dossier, result: makeResult(from, event, dossier) },
          certificate: keep,
        };
      }
      if (state.status === "evaluated-at-district") {
        const routing = route(dossier, "district", state.result);
        if (!routing.decisions.some((d) => d.kind === "forward")) {
          forbid(from, event, stageRule(dossier.regime, "district"), {
            en: `the district forwards products from ${PROCEDURES[dossier.regime].stages[0]?.forwards?.minScore} points; ${state.result.score} is not forwarded`,
            vi: `cấp huyện chỉ chuyển sản phẩm từ ${PROCEDURES[dossier.regime].stages[0]?.forwards?.minScore} điểm; ${state.result.score} điểm không được chuyển`,
          });
        }
        return {
          state: { status: "evaluated-at-province", dossier, result: makeResult(from, event, dossier) },
          certificate: keep,
        };
      }
      if (state.status === "evaluated-at-central") {
        const routing = route(dossier, "central", state.result);
        if (!routing.decisions.some((d) => d.kind === "evaluate-at-province")) {
          forbid(from, event, PROCEDURES[dossier.regime].setBy, {
            en: "after the central result, the province evaluates only a product the central council scored under 90 (26/2026/QĐ-TTg, Article 7.4)",
            vi: "sau kết quả cấp trung ương, tỉnh chỉ đánh giá sản phẩm dưới 90 điểm (khoản 4 Điều 7 Quyết định 26/2026/QĐ-TTg)",
          });
        }
        return {
          state: { status: "evaluated-at-province", dossier, result: makeResult(from, event, dossier) },
          certificate: keep,
        };
      }
      if (FILED.has(from)) {
        const commune = hasStage(dossier.regime, "commune");
        requireComplete(from, event, dossier, commune ? DOSSIER_RULE : stageRule(dossier.regime, "district"));
        return forbid(
          from,
          event,
          commune ? stageRule(dossier.regime, "commune") : stageRule(dossier.regime, "district"),
          {
            en: commune
              ? "the commune checks the dossier and proposes the product before the province evaluates it"
              : "the district evaluates the product before the province",
            vi: commune
              ? "UBND cấp xã kiểm tra hồ sơ và đề nghị trước khi tỉnh đánh giá"
              : "cấp huyện đánh giá trước cấp tỉnh",
          },
        );
      }
      return forbid(from, event, "26/2026/QĐ-TTg, Article 7.3", {
        en: "the province evaluates after the commune's proposal",
        vi: "cấp tỉnh đánh giá sau đề nghị của UBND cấp xã",
      });
    }
    case "propose-to-ministry": {
      const dossier = dossierOf(state);
      if (
        state.status === "dossier-checked-by-commune" &&
        state.dossier.kind === "re-evaluation" &&
        j.certificate?.stars === 5 &&
        PROCEDURES[state.dossier.regime].fiveStarReEvaluation.kind === "province-proposes"
      ) {
        return {
          state: { status: "proposed-to-ministry", dossier: state.dossier, result: null },
          certificate: keep,
        };
      }
      if (state.status !== "evaluated-at-province" || dossier === null) {
        return forbid(from, event, "26/2026/QĐ-TTg, Article 7.3.e", {
          en: "the province proposes a product to the Ministry after its council scored it 90 or more",
          vi: "UBND cấp tỉnh đề nghị Bộ sau khi Hội đồng cấp tỉnh chấm từ 90 điểm",
        });
      }
      const routing = route(state.dossier, "province", state.result);
      if (!routing.decisions.some((d) => d.kind === "forward")) {
        forbid(from, event, `${stageRule(state.dossier.regime, "province")}; 26/2026/QĐ-TTg, Article 7.3.e`, {
          en: `no national evaluation below 90 points (or without the 5★ minimum markers): ${state.result.score} points, ${state.result.stars}★`,
          vi: `không đề nghị đánh giá cấp quốc gia dưới 90 điểm (hoặc chưa đạt yêu cầu tối thiểu 5 sao): ${state.result.score} điểm, ${state.result.stars} sao`,
        });
      }
      return {
        state: { status: "proposed-to-ministry", dossier: state.dossier, result: state.result },
        certificate: keep,
      };
    }
    case "central-evaluation":
      if (state.status !== "proposed-to-ministry") {
        return forbid(from, event, "26/2026/QĐ-TTg, Articles 7.3.e and 7.4", {
          en: "the central council evaluates products the province proposed",
          vi: "Hội đồng cấp trung ương đánh giá sản phẩm do UBND cấp tỉnh đề nghị",
        });
      }
      return {
        state: {
          status: "evaluated-at-central",
          dossier: state.dossier,
          result: makeResult(from, event, state.dossier),
        },
        certificate: keep,
      };
    case "recognise": {
      const level = evaluatedLevel(state);
      if (event.stars < 3) {
        forbid(from, event, "26/2026/QĐ-TTg, Article 4.1.a", {
          en: "1★ and 2★ products get no recognition decision and no certificate",
          vi: "sản phẩm 1 sao, 2 sao không được công nhận, không được cấp giấy chứng nhận",
        });
      }
      if (
        level === null ||
        (state.status !== "evaluated-at-district" &&
          state.status !== "evaluated-at-province" &&
          state.status !== "evaluated-at-central")
      ) {
        return forbid(from, event, "26/2026/QĐ-TTg, Articles 7.3.e and 7.4.e", {
          en: "recognition follows a council's evaluation",
          vi: "việc công nhận căn cứ kết quả đánh giá của Hội đồng",
        });
      }
      const routing = route(state.dossier, level, state.result);
      const decision = routing.decisions.find((d) => d.kind === "recognise" && d.stars === event.stars);
      if (decision === undefined || decision.kind !== "recognise") {
        const first = routing.decisions[0];
        const rule =
          first === undefined
            ? PROCEDURES[state.dossier.regime].setBy
            : first.kind === "not-covered"
              ? PROCEDURES[state.dossier.regime].setBy
              : first.rule;
        return forbid(from, event, rule, {
          en: `the ${level} result (${state.result.score} points, ${state.result.stars}★) allows: ${routing.decisions.map((d) => (d.kind === "recognise" ? `recognise ${d.stars}★` : d.kind)).join(", ")}`,
          vi: `kết quả ${level} (${state.result.score} điểm, ${state.result.stars} sao) cho phép: ${routing.decisions.map((d) => (d.kind === "recognise" ? `công nhận ${d.stars} sao` : d.kind)).join(", ")}`,
        });
      }
      if (state.dossier.kind === "upgrade" && j.certificate !== null && event.stars <= j.certificate.stars) {
        forbid(from, event, "26/2026/QĐ-TTg, Articles 6.1.b and 7.5", {
          en: `an upgrade recognises a rank above the current ${j.certificate.stars}★; close the dossier instead`,
          vi: `nâng hạng phải đạt hạng cao hơn ${j.certificate.stars} sao hiện có; đóng hồ sơ`,
        });
      }
      return {
        state: { status: "recognised", dossier: state.dossier, stars: decision.stars, by: decision.by.level },
        certificate: keep,
      };
    }
    case "issue-certificate": {
      if (state.status !== "recognised") {
        return forbid(from, event, "26/2026/QĐ-TTg, Article 4.1", {
          en: "a certificate is issued with a recognition decision, for 3★ to 5★ only",
          vi: "giấy chứng nhận được cấp cùng quyết định công nhận, chỉ cho sản phẩm 3 đến 5 sao",
        });
      }
      const certificate: JourneyCertificate = {
        stars: state.stars,
        issuedOn: event.date,
        validUntil: certificateExpiry(event.date, state.dossier.regime),
        issuedBy: state.by,
        regime: state.dossier.regime,
        via: state.dossier.kind,
      };
      return { state: { status: "certificate-issued" }, certificate };
    }
    case "close-dossier": {
      if (dossierOf(state) === null || state.status === "recognised") {
        forbid(from, event, "26/2026/QĐ-TTg, Article 7", {
          en:
            state.status === "recognised"
              ? "a recognised product receives its certificate"
              : "no dossier is being processed",
          vi:
            state.status === "recognised"
              ? "sản phẩm đã công nhận được cấp giấy chứng nhận"
              : "không có hồ sơ đang xử lý",
        });
      }
      return {
        state: keep === null ? { status: "not-recognised" } : { status: "certificate-issued" },
        certificate: keep,
      };
    }
    case "revoke": {
      if (keep === null) {
        return forbid(from, event, "26/2026/QĐ-TTg, Article 8", {
          en: "only a certificate that is held can be revoked",
          vi: "chỉ thu hồi giấy chứng nhận đang có hiệu lực",
        });
      }
      const regime = regulationAt(event.date).id;
      const ground = REVOCATION_GROUNDS.find((g) => g.id === event.ground);
      if (ground === undefined || !(ground.regimes as readonly RegimeId[]).includes(regime)) {
        forbid(from, event, REVOCATION_RULES[regime].groundsReference, {
          en: `"${event.ground}" is not a revocation ground under ${regime}`,
          vi: `"${event.ground}" không phải là căn cứ thu hồi theo ${regime}`,
        });
      }
      return { state: { status: "revoked", ground: event.ground }, certificate: null };
    }
    case "expire": {
      if (keep === null || event.date <= keep.validUntil) {
        return forbid(from, event, "26/2026/QĐ-TTg, Article 4.3 (36 months)", {
          en: keep === null ? "no certificate is held" : `the certificate is valid until ${keep.validUntil}`,
          vi:
            keep === null
              ? "không có giấy chứng nhận"
              : `giấy chứng nhận còn hiệu lực đến ${keep.validUntil}`,
        });
      }
      return {
        state: state.status === "certificate-issued" ? { status: "expired" } : state,
        certificate: null,
      };
    }
    case "record-existing-certificate": {
      if (state.status !== "new") {
        forbid(from, event, "journey bookkeeping", {
          en: "an existing certificate is recorded only at the start of a journey",
          vi: "chỉ ghi nhận giấy chứng nhận đã có khi bắt đầu hành trình",
        });
      }
      const regime = event.regime ?? regulationAt(event.date).id;
      const issuers: readonly string[] = CERTIFICATE_ISSUERS[regime].issuers[event.stars];
      if (!issuers.includes(event.issuedBy)) {
        forbid(from, event, CERTIFICATE_ISSUERS[regime].basis, {
          en: `under ${regime} a ${event.stars}★ certificate is issued by: ${issuers.join(", ")}`,
          vi: `theo ${regime} giấy chứng nhận ${event.stars} sao do cấp sau cấp: ${issuers.join(", ")}`,
        });
      }
      const certificate: JourneyCertificate = {
        stars: event.stars,
        issuedOn: event.date,
        validUntil: certificateExpiry(event.date, regime),
        issuedBy: event.issuedBy,
        regime,
        via: "recorded",
      };
      return { state: { status: "certificate-issued" }, certificate };
    }
    default:
      return assertNever(event, ["event"]);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------------------

/**
 * A new, empty journey.
 *
 * @example
 * ```ts
 * startJourney().state.status; // "new"
 * ```
 */
export function startJourney(): Journey {
  return Object.freeze({
    state: Object.freeze({ status: "new" as const }),
    certificate: null,
    history: Object.freeze([]),
  });
}

/**
 * Applies an event to a journey and returns the new journey. The journey given is never changed.
 *
 * Guards (each refusal is an `OcopError` `INVALID_TRANSITION` naming its rule): no check or evaluation
 * without a complete dossier (26/2026/QĐ-TTg, Articles 6.1 and 7.2.a); the commune checks before the
 * province evaluates (Article 7.2); no national evaluation below 90 points (Article 7.3.e); recognition only
 * at a rank the level recognises and the result supports (Articles 3.3, 4.1, 7.3.e, 7.4.e); no recognition
 * and no certificate below 3★ (Article 4.1.a); an upgrade needs a certificate below 5★ and a higher rank
 * (Articles 6.1.b, 7.5); no district evaluation from 06/07/2025 (1489/QĐ-TTg); event dates never go back.
 *
 * @param journey - a journey from {@link startJourney} or a previous call (it may have been stored as JSON)
 * @param event - the event
 * @throws {@link OcopError} `INVALID_TRANSITION` (not allowed), `INVALID_EVENT` (malformed or earlier than
 *   the last event), `INVALID_ARGUMENT` (malformed journey), `DATE_BEFORE_FIRST_REGIME`
 * @example
 * ```ts
 * let j = startJourney();
 * j = applyEvent(j, { type: "file-dossier", date: "2026-06-01", kind: "first-evaluation", complete: true });
 * j = applyEvent(j, { type: "commune-check", date: "2026-06-15" });
 * j = applyEvent(j, { type: "province-evaluation", date: "2026-06-25", score: 75 });
 * j = applyEvent(j, { type: "recognise", date: "2026-06-29", stars: 4 });
 * j = applyEvent(j, { type: "issue-certificate", date: "2026-06-29" });
 * j.certificate?.validUntil; // "2029-06-29"
 * ```
 */
export function applyEvent(journey: Journey, event: JourneyEvent): Journey {
  // A getter or proxy of the caller's that throws while the journey or the event is read: an OcopError.
  const { journey: j, lastDate } = readInput(["journey"], () => parseJourney(journey));
  const e = readInput(["event"], () => parseEvent(event), "INVALID_EVENT");
  if (lastDate !== null && e.date < lastDate) {
    bad(
      ["event", "date"],
      e.date,
      {
        en: `is earlier than the journey's last event (${lastDate}); events are dated in order`,
        vi: `sớm hơn sự kiện cuối của hành trình (${lastDate}); sự kiện phải theo thứ tự ngày`,
      },
      "INVALID_EVENT",
    );
  }
  const next = transition(j, e);
  const record: JourneyRecord = Object.freeze({
    event: Object.freeze(e),
    from: j.state.status,
    to: next.state.status,
  });
  return Object.freeze({
    state: Object.freeze(next.state),
    certificate: next.certificate === null ? null : Object.freeze(next.certificate),
    history: Object.freeze([...j.history, record]),
  });
}

/**
 * Applies events in order, starting from `journey` (default: a new journey).
 *
 * @throws {@link OcopError} as {@link applyEvent}, for the first event that fails
 * @example
 * ```ts
 * replayJourney([
 *   { type: "register-idea", date: "2026-03-01" },
 *   { type: "accept-plan", date: "2026-05-01" },
 * ]).state.status; // "plan-accepted"
 * ```
 */
export function replayJourney(events: readonly JourneyEvent[], journey: Journey = startJourney()): Journey {
  const list = readInput(
    ["events"],
    () => (Array.isArray(events) ? Array.from(events) : null),
    "INVALID_EVENT",
  );
  // A journey is checked even when there is no event to apply to it.
  readInput(["journey"], () => parseJourney(journey));
  if (list === null) {
    return bad(
      ["events"],
      events,
      { en: "is not an array of events", vi: "không phải là mảng sự kiện" },
      "INVALID_EVENT",
    );
  }
  let j = journey;
  for (const e of list) j = applyEvent(j, e);
  return j;
}
