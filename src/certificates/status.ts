/**
 * The status of a certificate on a date, with the next deadline.
 *
 * @module
 */
import { addDays, type CalendarDate, daysBetween, parseCalendarDate } from "../calendar/calendar-date.js";
import { ALL_REGIMES, dossierTransition, regulationAt } from "../regulations/registry.js";
import { CERTIFICATE_RULES } from "./data/obligations.js";
import { obligationsOf } from "./obligations.js";
import type {
  Certificate,
  CertificateEvent,
  CertificateObligations,
  CertificateStatus,
  CertificateStatusKind,
  Deadline,
  DeadlineName,
  ReEvaluationFiledEvent,
  RevocationEvent,
} from "./types.js";
import { parseCertificate, parseCertificateEvents } from "./validate.js";

const FIRST_REGIME_FROM = ALL_REGIMES[0]!.from;

function deadline(name: DeadlineName, on: CalendarDate, asOf: CalendarDate, rule: string): Deadline {
  return { name, on, daysLeft: daysBetween(asOf, on), rule };
}

function earliest(...candidates: (Deadline | null)[]): Deadline | null {
  let best: Deadline | null = null;
  for (const c of candidates)
    if (c !== null && c.daysLeft >= 0 && (best === null || c.on < best.on)) best = c;
  return best;
}

function timing(
  filedOn: CalendarDate,
  o: CertificateObligations,
): "early" | "in-window" | "late" | "no-window" {
  const w = o.reEvaluationWindow;
  if (w === null) return "no-window";
  return filedOn < w.opensOn ? "early" : filedOn > w.closesOn ? "late" : "in-window";
}

/** The last day for the decision on a filing, and its rule, as known on `asOf`. */
function decisionDue(
  filing: ReEvaluationFiledEvent,
  asOf: CalendarDate,
): { on: CalendarDate; rule: string } | null {
  const transition = dossierTransition(filing.on, "re-evaluation", asOf);
  if (transition !== null)
    return { on: transition.completeBy, rule: `${transition.rule.setBy}, ${transition.rule.article}` };
  if (filing.completeFileReceivedOn === undefined || filing.completeFileReceivedOn < FIRST_REGIME_FROM)
    return null;
  const w = CERTIFICATE_RULES[regulationAt(filing.completeFileReceivedOn).id].reEvaluationWindow;
  return w === null
    ? null
    : { on: addDays(filing.completeFileReceivedOn, w.decisionWithinDays), rule: w.article };
}

/** @internal The status of validated inputs (`events` sorted by date). */
export function statusOf(
  cert: Certificate,
  asOf: CalendarDate,
  events: readonly CertificateEvent[],
  o: CertificateObligations = obligationsOf(cert),
): CertificateStatus {
  const E = o.expiresOn;
  let revocation: RevocationEvent | null = null;
  let supersededBy: Certificate | null = null;
  let supersededOn: CalendarDate | null = null;
  let filing: ReEvaluationFiledEvent | null = null;
  let lastFiling: ReEvaluationFiledEvent | null = null;
  let negativeDecisionOn: CalendarDate | null = null;
  let decisionAfterExpiryOn: CalendarDate | null = null;
  let pendingAtExpiry: ReEvaluationFiledEvent | null = null;
  let noticeSentOn: CalendarDate | null = null;

  for (const e of events) {
    if (e.on > asOf) break;
    if (filing !== null && pendingAtExpiry === null && e.on > E) pendingAtExpiry = filing;
    switch (e.kind) {
      case "revocation":
        revocation ??= e;
        break;
      case "notice-sent":
        noticeSentOn ??= e.on;
        break;
      case "re-evaluation-filed":
        filing = e;
        lastFiling = e;
        break;
      case "decision":
        if (pendingAtExpiry !== null && decisionAfterExpiryOn === null) decisionAfterExpiryOn = e.on;
        filing = null;
        if (e.result !== null) {
          if (supersededOn === null) {
            supersededOn = e.on;
            supersededBy = e.result;
          }
        } else negativeDecisionOn = e.on;
        break;
    }
  }
  if (filing !== null && pendingAtExpiry === null && filing.on <= E) pendingAtExpiry = filing;
  if (pendingAtExpiry !== null && pendingAtExpiry.on > E) pendingAtExpiry = null;

  // Last day in force from expiry and the Article 12.3 extension, before revocation or supersession.
  const t = o.transition;
  let naturalEnd = E;
  if (t?.graceCovered && t.extensionEndsOn !== null && pendingAtExpiry !== null) {
    naturalEnd =
      decisionAfterExpiryOn !== null && decisionAfterExpiryOn < t.extensionEndsOn
        ? decisionAfterExpiryOn
        : t.extensionEndsOn;
  }
  let inForceThrough = naturalEnd;
  if (supersededOn !== null && addDays(supersededOn, -1) < inForceThrough)
    inForceThrough = addDays(supersededOn, -1);
  if (revocation !== null && addDays(revocation.on, -1) < inForceThrough)
    inForceThrough = addDays(revocation.on, -1);

  const reEvaluation =
    lastFiling === null
      ? null
      : {
          filedOn: lastFiling.on,
          timing: timing(lastFiling.on, o),
          decisionDueBy: decisionDue(lastFiling, asOf)?.on ?? null,
        };

  const result = (status: CertificateStatusKind, next: Deadline | null): CertificateStatus => ({
    status,
    asOf,
    next,
    inForceThrough,
    obligations: o,
    reEvaluation,
    supersededBy: status === "superseded" ? supersededBy : null,
    revocation: status === "revoked" ? revocation : null,
  });

  if (asOf < cert.issuedOn) return result("not-yet-issued", null);

  // Terminal states: the earliest first day wins; on a tie revoked > superseded > expired.
  if (asOf > inForceThrough) {
    const revokedFrom = revocation?.on ?? null;
    const supersededFrom = supersededOn;
    const expiredFrom = addDays(naturalEnd, 1);
    let status: CertificateStatusKind = "expired";
    let first = expiredFrom;
    if (supersededFrom !== null && supersededFrom <= first) {
      status = "superseded";
      first = supersededFrom;
    }
    if (revokedFrom !== null && revokedFrom <= first) status = "revoked";
    return result(status, null);
  }

  const pendingDue = filing === null ? null : decisionDue(filing, asOf);
  const dueDeadline =
    pendingDue === null ? null : deadline("decision-due", pendingDue.on, asOf, pendingDue.rule);

  if (asOf > E) {
    // Only the Article 12.3 extension keeps a certificate in force past its expiry.
    return result(
      "extended",
      earliest(
        dueDeadline,
        deadline("extension-ends", t!.extensionEndsOn!, asOf, `${t!.setBy}, ${t!.article}`),
      ),
    );
  }

  const expiry = deadline("expiry", E, asOf, o.expiryPrinted ? "recognition decision" : "validity rule");
  if (filing !== null) return result("re-evaluation-pending", earliest(dueDeadline, expiry));
  if (negativeDecisionOn !== null) return result("valid", expiry);

  const w = o.reEvaluationWindow;
  if (w !== null) {
    if (asOf < w.opensOn) return result("window-not-open", deadline("window-opens", w.opensOn, asOf, w.rule));
    if (asOf <= w.closesOn) return result("window-open", deadline("window-closes", w.closesOn, asOf, w.rule));
    return result("window-missed", expiry);
  }
  const n = o.expiryNotice;
  if (n !== null && noticeSentOn === null) {
    if (asOf < n.dueBy) return result("valid", deadline("notice", n.dueBy, asOf, n.rule));
    return result("notice-due", asOf === n.dueBy ? deadline("notice", n.dueBy, asOf, n.rule) : expiry);
  }
  return result("valid", expiry);
}

/**
 * The status of a certificate on a date: valid, in a re-evaluation window phase, notice due, extended under
 * the transition, expired, revoked or superseded; with the next deadline, its name and the days left.
 *
 * Only events on or before `asOf` count. Boundaries (all days included in the phase they open):
 * `window-not-open` until the day before the window opens; `window-open` from its first to its last day;
 * `window-missed` from the next day to the expiry; `notice-due` from the notice's due day to the expiry;
 * `expired` from the day after the last day in force; `revoked` from the revocation's date; `superseded`
 * from the new certificate's issue date; `extended` from the day after expiry while a re-evaluation filed by
 * the expiry is undecided, through the decision's date, at most 180 days (26/2026/QĐ-TTg, Article 12.3).
 *
 * @param certificate - the certificate (validated)
 * @param asOf - the date asked about
 * @param events - what happened to it (validated; any order)
 * @throws {@link OcopError} `INVALID_CERTIFICATE`, `INVALID_EVENT`, `INVALID_DATE`
 * @example
 * ```ts
 * const s = certificateStatus(cert, "2029-01-05"); // issued 2026-06-15, window 2028-12-17 – 2029-02-15
 * s.status; // "window-open"
 * s.next; // { name: "window-closes", on: "2029-02-15", daysLeft: 41, rule: "26/2026/QĐ-TTg, Điều 7 ..." }
 * ```
 */
export function certificateStatus(
  certificate: unknown,
  asOf: CalendarDate | string,
  events: unknown = [],
): CertificateStatus {
  const cert = parseCertificate(certificate);
  const day = parseCalendarDate(asOf, ["asOf"]);
  return statusOf(cert, day, parseCertificateEvents(events, cert.issuedOn));
}
