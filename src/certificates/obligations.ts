/**
 * What the rules require of a certificate before and around its expiry: the re-evaluation filing window
 * (26/2026/QĐ-TTg, Article 7.6), the issuing body's expiry notice (148/QĐ-TTg), and the certificate
 * transition (26/2026/QĐ-TTg, Article 12.1 and 12.3).
 *
 * @module
 */
import { addDays, type CalendarDate, parseCalendarDate } from "../calendar/calendar-date.js";
import { ALL_REGIMES, CERTIFICATE_TRANSITIONS, regulation, regulationAt } from "../regulations/registry.js";
import type { RegimeId } from "../regulations/types.js";
import { CERTIFICATE_RULES } from "./data/obligations.js";
import { type CertificateValidity, parseRegimeId, validityOf } from "./expiry.js";
import type {
  Certificate,
  CertificateObligations,
  ExpiryNotice,
  ReEvaluationWindow,
  TransitionCoverage,
} from "./types.js";
import { parseCertificate } from "./validate.js";

function inRegime(date: CalendarDate, r: (typeof ALL_REGIMES)[number]): boolean {
  return date >= r.from && (r.until === null || date <= r.until);
}

/**
 * @internal The filing window that applies to a certificate expiring on `expiresOn`: the window of the
 * regime in force on its closing day (the newest such regime wins), or `null`.
 */
export function windowFor(expiresOn: CalendarDate): ReEvaluationWindow | null {
  let found: ReEvaluationWindow | null = null;
  for (const r of ALL_REGIMES) {
    const w = CERTIFICATE_RULES[r.id].reEvaluationWindow;
    if (w === null) continue;
    const closesOn = addDays(expiresOn, -w.closesDaysBeforeExpiry);
    if (!inRegime(closesOn, r)) continue;
    found = {
      opensOn: addDays(expiresOn, -w.opensDaysBeforeExpiry),
      closesOn,
      decisionWithinDays: w.decisionWithinDays,
      regime: r.id,
      rule: w.article,
    };
  }
  return found;
}

/** @internal The expiry notice that applies: that of the regime in force on its due day, or `null`. */
export function noticeFor(expiresOn: CalendarDate): ExpiryNotice | null {
  let found: ExpiryNotice | null = null;
  for (const r of ALL_REGIMES) {
    const n = CERTIFICATE_RULES[r.id].expiryNotice;
    if (n === null) continue;
    const dueBy = addDays(expiresOn, -n.daysBeforeExpiry);
    if (inRegime(dueBy, r)) found = { dueBy, regime: r.id, rule: n.reference };
  }
  return found;
}

/** @internal How the certificate transitions treat a certificate issued on `issuedOn`, expiring on `expiresOn`. */
export function transitionFor(issuedOn: CalendarDate, expiresOn: CalendarDate): TransitionCoverage | null {
  for (const rule of CERTIFICATE_TRANSITIONS) {
    if (issuedOn >= rule.issuedBefore) continue;
    const takesEffect = regulation(rule.setBy).effectiveFrom;
    const window = CERTIFICATE_RULES[regulationAt(takesEffect).id].reEvaluationWindow;
    const graceCovered =
      window !== null &&
      expiresOn >= takesEffect &&
      addDays(expiresOn, -window.closesDaysBeforeExpiry) < takesEffect;
    return {
      setBy: rule.setBy,
      article: rule.article,
      keepsValidityToExpiry: true,
      graceCovered,
      extensionEndsOn: graceCovered ? addDays(expiresOn, rule.reEvaluationGraceDays) : null,
    };
  }
  return null;
}

/** @internal Obligations of an already validated certificate. */
export function obligationsOf(
  cert: Certificate,
  validity: CertificateValidity = validityOf(cert),
): CertificateObligations {
  return {
    regime: validity.regime,
    validFrom: validity.from,
    expiresOn: validity.through,
    expiryPrinted: validity.printed,
    reEvaluationWindow: windowFor(validity.through),
    expiryNotice: noticeFor(validity.through),
    transition: transitionFor(cert.issuedOn, validity.through),
  };
}

/**
 * The validity of a certificate: first and last day, the regime and the rule applied.
 *
 * @throws {@link OcopError} `INVALID_CERTIFICATE`
 * @example
 * ```ts
 * certificateValidity(cert).through; // "2029-06-15" for a certificate issued on 2026-06-15
 * ```
 */
export function certificateValidity(certificate: unknown): CertificateValidity {
  return validityOf(parseCertificate(certificate));
}

/**
 * Everything the rules say about one certificate's life: its expiry, the re-evaluation filing window or the
 * expiry notice that applies to it, and how the transition of 26/2026/QĐ-TTg Article 12 treats it.
 *
 * Which rule applies: a window or notice rule applies when the day it sets (the window's last day, the
 * notice's due day) falls in the period of the regime that states it. So a certificate issued under 148 and
 * expiring on or after 19/09/2026 gets the window of 26/2026 (Article 7.6.a), one expiring up to 20/06/2026
 * gets the 30-day notice of 148, and those in between get neither (see `docs/certificates.md`).
 *
 * @throws {@link OcopError} `INVALID_CERTIFICATE`
 * @example
 * ```ts
 * const o = certificateObligations(cert); // issued 2026-06-15
 * o.expiresOn; // "2029-06-15"
 * o.reEvaluationWindow; // { opensOn: "2028-12-17", closesOn: "2029-02-15", decisionWithinDays: 45, ... }
 * ```
 */
export function certificateObligations(certificate: unknown): CertificateObligations {
  return obligationsOf(parseCertificate(certificate));
}

/**
 * The re-evaluation filing window for a certificate expiring on a date, or `null` when no regime's window
 * covers it (26/2026/QĐ-TTg, Article 7.6.a: no earlier than 180 and no later than 120 days before expiry,
 * both days included).
 *
 * @param expiresOn - the certificate's last day of validity
 * @throws {@link OcopError} `INVALID_DATE`
 * @example
 * ```ts
 * reEvaluationWindow("2029-06-15"); // { opensOn: "2028-12-17", closesOn: "2029-02-15", ... }
 * reEvaluationWindow("2026-06-30"); // null (window closed before 26/2026 took effect)
 * ```
 */
export function reEvaluationWindow(expiresOn: CalendarDate | string): ReEvaluationWindow | null {
  return windowFor(parseCalendarDate(expiresOn, ["expiresOn"]));
}

/**
 * The issuing body's written-notice deadline for a certificate expiring on a date (30 days before, under
 * 148/QĐ-TTg and 148 as amended by 1489/QĐ-TTg), or `null` when no notice rule applies.
 *
 * @param expiresOn - the certificate's last day of validity
 * @throws {@link OcopError} `INVALID_DATE`
 * @example
 * ```ts
 * expiryNoticeDeadline("2025-03-01")?.dueBy; // "2025-01-30"
 * expiryNoticeDeadline("2029-06-15"); // null (26/2026 has no notice)
 * ```
 */
export function expiryNoticeDeadline(expiresOn: CalendarDate | string): ExpiryNotice | null {
  return noticeFor(parseCalendarDate(expiresOn, ["expiresOn"]));
}

/**
 * The last day for a re-evaluation decision: the complete file's receipt plus the days the regime in force
 * that day allows (45 under 26/2026/QĐ-TTg, Article 7.6.g), or `null` when that regime sets no limit.
 *
 * @param completeFileReceivedOn - the day the province (or the Ministry) received the complete file
 * @param regime - the regime the dossier follows (default `regulationAt(completeFileReceivedOn)`)
 * @throws {@link OcopError} `INVALID_DATE`, `UNKNOWN_REGULATION`
 * @example
 * ```ts
 * reEvaluationDecisionDue("2028-12-20"); // "2029-02-03"
 * ```
 */
export function reEvaluationDecisionDue(
  completeFileReceivedOn: CalendarDate | string,
  regime?: RegimeId,
): CalendarDate | null {
  const day = parseCalendarDate(completeFileReceivedOn, ["completeFileReceivedOn"]);
  const id = regime === undefined ? regulationAt(day).id : parseRegimeId(regime);
  const w = CERTIFICATE_RULES[id].reEvaluationWindow;
  return w === null ? null : addDays(day, w.decisionWithinDays);
}
