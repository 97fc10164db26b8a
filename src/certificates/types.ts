/**
 * Types of the certificates module: the certificate (Giấy chứng nhận kết quả phân hạng sản phẩm OCOP), the
 * events that change its fate, its status on a date, and the per-regime rules kept as data.
 *
 * @module
 */
import type { CalendarDate } from "../calendar/calendar-date.js";
import type { Bilingual } from "../errors/ocop-error.js";
import type { RegimeId, Source } from "../regulations/types.js";

/**
 * The star ranks that get a recognition decision and a certificate: 3, 4 and 5 (26/2026/QĐ-TTg, Article
 * 4.1.a: "Đối với sản phẩm đạt 1 sao hoặc 2 sao, không ban hành quyết định công nhận và không cấp giấy
 * chứng nhận"; the same under the earlier regimes per the research notes).
 */
export type CertificateStars = 3 | 4 | 5;

/**
 * The level of the body that issued a certificate: `central` (the Ministry, 5★), `province` (the provincial
 * People's Committee or its chairman), `district` (the district People's Committee, 3★ under 148/QĐ-TTg
 * only, before districts were abolished on 1 July 2025).
 */
export type IssuerLevel = "central" | "province" | "district";

/** The product a certificate is for. */
export interface CertificateProduct {
  /** The product's name as printed on the certificate. */
  readonly name: string;
  /** An identifier the caller uses for the product (registry id), if any. */
  readonly id?: string;
  /** The criteria set ("bộ sản phẩm") it was evaluated against, e.g. `"26/2026:7"`, if known. */
  readonly criteriaSet?: string;
}

/** The OCOP subject (chủ thể OCOP) that holds the certificate. */
export interface CertificateHolder {
  /** The holder's name (cooperative, enterprise, household business...). */
  readonly name: string;
  /** An identifier the caller uses (tax code, registry id), if any. */
  readonly id?: string;
}

/** The body that issued the recognition decision and the certificate. */
export interface CertificateIssuer {
  readonly level: IssuerLevel;
  /** Its name, e.g. "UBND tỉnh Nghệ An" or "Bộ Nông nghiệp và Môi trường", if known. */
  readonly name?: string;
}

/** Where the product is made: the province and, when known, the commune (and the district, for old records). */
export interface CertificateLocality {
  readonly province: string;
  /** District (cấp huyện), for records made before districts were abolished on 1 July 2025. */
  readonly district?: string;
  readonly commune?: string;
}

/**
 * An OCOP certificate as the library models it: the recognition decision and the certificate that goes with
 * it. Build one from untrusted input with {@link parseCertificate}.
 */
export interface Certificate {
  /** The certificate's own number or the caller's id for it, if any. */
  readonly id?: string;
  readonly product: CertificateProduct;
  readonly holder: CertificateHolder;
  readonly stars: CertificateStars;
  /**
   * The average total score ("tổng điểm trung bình", 0–100) the rank was given on, when known. Many
   * published lists give the rank only, so the score is optional.
   */
  readonly score?: number;
  /** Number of the recognition decision (one decision often recognises many products). */
  readonly decisionNumber: string;
  /** Date of the recognition decision: the day the competent authority issued the certificate. */
  readonly issuedOn: CalendarDate;
  readonly issuer: CertificateIssuer;
  readonly locality: CertificateLocality;
  /**
   * The regime the product was evaluated under. When absent it is taken as `regulationAt(issuedOn)`, which
   * is wrong only for dossiers finished under a transition rule (26/2026/QĐ-TTg, Article 12.2): pass it then.
   */
  readonly regime?: RegimeId;
  /**
   * The last day of validity printed in the recognition decision, when the caller has it. It wins over the
   * computed date (26/2026/QĐ-TTg, Article 12.1: "đến hết thời hạn theo quyết định công nhận").
   */
  readonly expiresOn?: CalendarDate;
}

/** The holder filed a re-evaluation dossier (hồ sơ đánh giá, phân hạng lại) with the commune. */
export interface ReEvaluationFiledEvent {
  readonly kind: "re-evaluation-filed";
  /** The day the dossier was filed with the commune People's Committee (26/2026, Article 7.1 and 7.6.a). */
  readonly on: CalendarDate;
  /**
   * The day the evaluating body (province, or the Ministry for 5★) received the complete file, when known:
   * the 45 days of Article 7.6.g run from it.
   */
  readonly completeFileReceivedOn?: CalendarDate;
}

/** The issuing body sent the written notice of the coming expiry (148/QĐ-TTg practice; not in 26/2026). */
export interface NoticeSentEvent {
  readonly kind: "notice-sent";
  readonly on: CalendarDate;
}

/**
 * A decision on a re-evaluation or an upgrade: either a new certificate (which supersedes this one from its
 * issue date) or `null` when the product was not recognised at 3★ or more.
 */
export interface DecisionEvent {
  readonly kind: "decision";
  /** The date of the decision; when `result` is given it must equal `result.issuedOn`. */
  readonly on: CalendarDate;
  /** What the decision was on (informative). */
  readonly dossier?: "re-evaluation" | "upgrade";
  /** The new certificate, or `null` when the product was not recognised. */
  readonly result: Certificate | null;
}

/** The competent authority revoked the certificate (26/2026/QĐ-TTg, Article 8). */
export interface RevocationEvent {
  readonly kind: "revocation";
  /** The date of the revocation decision: from this day the certificate is no longer valid. */
  readonly on: CalendarDate;
  /** The ground, one of {@link RevocationGroundId}. */
  readonly ground: RevocationGroundId;
  /** The date of the competent conclusion (or the commune's confirmation) the revocation rests on, if known. */
  readonly conclusionOn?: CalendarDate;
}

/** Something that happened to a certificate. */
export type CertificateEvent = ReEvaluationFiledEvent | NoticeSentEvent | DecisionEvent | RevocationEvent;

/**
 * The status of a certificate on a date.
 *
 * - `not-yet-issued`: the date is before `issuedOn`.
 * - `valid`: in force, with no filing window or notice phase running (see `next`).
 * - `window-not-open` / `window-open` / `window-missed`: in force, and the re-evaluation filing window of
 *   26/2026/QĐ-TTg Article 7.6.a applies: before it / inside it / after it, with nothing filed.
 * - `re-evaluation-pending`: in force, a re-evaluation dossier filed and not yet decided.
 * - `notice-due`: in force, the expiry-notice rule applies (148/QĐ-TTg), its deadline has come and no
 *   notice is recorded.
 * - `extended`: past its expiry but still valid under 26/2026/QĐ-TTg Article 12.3.
 * - `expired`, `revoked`, `superseded`: no longer in force.
 */
export type CertificateStatusKind =
  | "not-yet-issued"
  | "valid"
  | "window-not-open"
  | "window-open"
  | "window-missed"
  | "re-evaluation-pending"
  | "notice-due"
  | "extended"
  | "expired"
  | "revoked"
  | "superseded";

/** The names of the deadlines a status can point to. */
export type DeadlineName =
  /** The first day a re-evaluation dossier may be filed (26/2026, Article 7.6.a). */
  | "window-opens"
  /** The last day a re-evaluation dossier may be filed (26/2026, Article 7.6.a). */
  | "window-closes"
  /** The last day for the issuing body's written notice (148/QĐ-TTg practice). */
  | "notice"
  /** The last day of validity. */
  | "expiry"
  /** The last day for the re-evaluation decision, 45 days from the complete file (26/2026, Article 7.6.g). */
  | "decision-due"
  /** The last possible day of a transition extension (26/2026, Article 12.3). */
  | "extension-ends";

/** A dated deadline. */
export interface Deadline {
  readonly name: DeadlineName;
  readonly on: CalendarDate;
  /** Calendar days from the date asked about to the deadline (0 on the day itself). */
  readonly daysLeft: number;
  /** The rule that sets it. */
  readonly rule: string;
}

/** The re-evaluation filing window of one certificate (26/2026/QĐ-TTg, Article 7.6.a). */
export interface ReEvaluationWindow {
  /** First day a dossier may be filed: 180 days before the expiry. */
  readonly opensOn: CalendarDate;
  /** Last day a dossier may be filed: 120 days before the expiry. */
  readonly closesOn: CalendarDate;
  /** Days the re-evaluation may take from the complete file (Article 7.6.g). */
  readonly decisionWithinDays: number;
  /** The regime that sets the window. */
  readonly regime: RegimeId;
  readonly rule: string;
}

/** The issuing body's written notice before expiry (148/QĐ-TTg, per secondary sources). */
export interface ExpiryNotice {
  /** Last day the notice may be sent: 30 days before the expiry. */
  readonly dueBy: CalendarDate;
  /** The regime in force on `dueBy`, which sets the duty. */
  readonly regime: RegimeId;
  readonly rule: string;
}

/** How the certificate transition of 26/2026/QĐ-TTg Article 12 treats one certificate. */
export interface TransitionCoverage {
  /** The instrument and article. */
  readonly setBy: string;
  readonly article: string;
  /** Article 12.1: issued before the new decision took effect, so valid until the expiry in its decision. */
  readonly keepsValidityToExpiry: boolean;
  /**
   * Article 12.3: the certificate was in force when the new decision took effect but its whole filing
   * window had already passed; a re-evaluation filed by its expiry keeps it valid until the decision, at
   * most until `extensionEndsOn`.
   */
  readonly graceCovered: boolean;
  /** The last possible day of the extension (expiry + 180 days), when `graceCovered`. */
  readonly extensionEndsOn: CalendarDate | null;
}

/** Everything the rules say about one certificate's life, independent of the date asked about. */
export interface CertificateObligations {
  /** The regime the certificate was issued under (given, or `regulationAt(issuedOn)`). */
  readonly regime: RegimeId;
  /** First day of validity: the issue date. */
  readonly validFrom: CalendarDate;
  /** Last day of validity (see {@link certificateExpiry}). */
  readonly expiresOn: CalendarDate;
  /** Whether `expiresOn` was printed in the decision (`true`) or computed (`false`). */
  readonly expiryPrinted: boolean;
  /** The filing window, or `null` when no regime's window covers this certificate. */
  readonly reEvaluationWindow: ReEvaluationWindow | null;
  /** The notice duty, or `null` when none applies. */
  readonly expiryNotice: ExpiryNotice | null;
  /** The certificate transition, or `null` when the certificate falls under none. */
  readonly transition: TransitionCoverage | null;
}

/** The status of one certificate on one date. */
export interface CertificateStatus {
  readonly status: CertificateStatusKind;
  readonly asOf: CalendarDate;
  /** The next deadline that matters on `asOf`, or `null` when none is left. */
  readonly next: Deadline | null;
  /** The last day the certificate is (or was) in force, as far as the events known on `asOf` tell. */
  readonly inForceThrough: CalendarDate;
  readonly obligations: CertificateObligations;
  /** The pending or last re-evaluation filing, if any (only events on or before `asOf` count). */
  readonly reEvaluation: {
    readonly filedOn: CalendarDate;
    /** `early` before the window opened, `late` after it closed, `in-window`, or `no-window`. */
    readonly timing: "early" | "in-window" | "late" | "no-window";
    readonly decisionDueBy: CalendarDate | null;
  } | null;
  /** The certificate that superseded this one, when `superseded`. */
  readonly supersededBy: Certificate | null;
  /** The revocation, when `revoked`. */
  readonly revocation: RevocationEvent | null;
}

/** The identifiers of revocation grounds. */
export type RevocationGroundId =
  // Decision 26/2026/QĐ-TTg, Article 8.1 (law).
  | "false-dossier"
  | "criteria-not-met"
  | "law-violation"
  | "mark-misuse"
  | "production-stopped"
  | "competent-conclusion"
  // Earlier regimes: grounds seen in practice (not law).
  | "practice-not-re-evaluated"
  | "practice-failed-mandatory-criteria"
  | "practice-provincial-rules-violation"
  | "practice-holder-ceased";

/** A ground on which a certificate may be (or was, in practice) revoked. */
export interface RevocationGround {
  readonly id: RevocationGroundId;
  /** `law` when an article states it; `practice` when only decisions of provinces show it. */
  readonly basis: "law" | "practice";
  /** The regimes it belongs to. */
  readonly regimes: readonly RegimeId[];
  /** Article, clause and point (`"Điều 8 khoản 1 điểm a"`), or `null` for practice. */
  readonly article: string | null;
  readonly text: Bilingual;
  /** Where it is stated or seen. */
  readonly sources: readonly Source[];
}
