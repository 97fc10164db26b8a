/**
 * A product's certificate history: every certificate it has held, each with the day it stopped being in
 * force and why. A newer result (re-evaluation, upgrade) supersedes the older certificate from its issue
 * date; the older one stays in the history.
 *
 * @module
 */
import { type CalendarDate, isCalendarDate, parseCalendarDate } from "../calendar/calendar-date.js";
import { describeValue, fail, OcopError, readInput } from "../errors/ocop-error.js";
import { obligationsOf } from "./obligations.js";
import { statusOf } from "./status.js";
import type { Certificate, CertificateEvent, CertificateObligations, RevocationEvent } from "./types.js";
import { parseCertificate, parseCertificateEvents } from "./validate.js";

/** One certificate in a product's history. */
export interface CertificateHistoryEntry {
  readonly certificate: Certificate;
  readonly obligations: CertificateObligations;
  /** The last day it was (or will be, as far as the history tells) in force. */
  readonly inForceThrough: CalendarDate;
  /** Why it ends: it runs to its expiry (or the transition extension), a newer certificate, or revocation. */
  readonly endReason: "expiry" | "superseded" | "revoked";
  /** The certificate that replaced it, when `superseded`. */
  readonly supersededBy: Certificate | null;
  readonly revocation: RevocationEvent | null;
}

/** A product's certificates, oldest first. */
export interface CertificateHistory {
  readonly entries: readonly CertificateHistoryEntry[];
}

const FAR_FUTURE = "9999-12-31" as CalendarDate;

function unreadable(path: readonly (string | number)[]): never {
  return fail("INVALID_RECORD", path, undefined, "a history must be readable", {
    en: `${path.join(".")}: cannot be read`,
    vi: `${path.join(".")}: không đọc được`,
  });
}

function readItem(item: unknown, index: number): { certificate: Certificate; events: CertificateEvent[] } {
  if (typeof item === "object" && item !== null && Object.hasOwn(item, "certificate")) {
    const get = (key: string): unknown => {
      try {
        return Object.hasOwn(item, key) ? (item as Record<string, unknown>)[key] : undefined;
      } catch {
        return unreadable(["history", index, key]);
      }
    };
    const certificate = parseCertificate(get("certificate"), ["history", index, "certificate"]);
    const rawEvents = get("events");
    const events =
      rawEvents === undefined
        ? []
        : parseCertificateEvents(rawEvents, certificate.issuedOn, ["history", index, "events"]);
    return { certificate, events };
  }
  return { certificate: parseCertificate(item, ["history", index]), events: [] };
}

/**
 * Folds one product's certificates into its history: sorted by issue date, each newer certificate
 * supersedes the one before it from its issue date (if that one is still in force), and each certificate's
 * own events (revocation, filings, decisions without a new certificate) are applied.
 *
 * @param items - the product's certificates, each either a certificate or `{ certificate, events }`; any
 *   iterable, any order
 * @throws {@link OcopError} `INVALID_CERTIFICATE`, `INVALID_EVENT`; `INVALID_RECORD` when two certificates
 *   share an issue date (which one is in force would be ambiguous)
 * @example
 * ```ts
 * const h = certificateHistory([cert2023, cert2026]);
 * h.entries[0].endReason; // "superseded"
 * h.entries[0].inForceThrough; // the day before cert2026.issuedOn
 * ```
 */
export function certificateHistory(items: Iterable<unknown>): CertificateHistory {
  if (
    typeof items !== "object" ||
    items === null ||
    !readInput(["history"], () => Symbol.iterator in items, "INVALID_RECORD")
  ) {
    fail("INVALID_RECORD", ["history"], items, "a history is an iterable of certificates", {
      en: `history: ${describeValue(items)} is not an iterable of certificates`,
      vi: `history: ${describeValue(items, "vi")} không phải là danh sách giấy chứng nhận`,
    });
  }
  const read: { certificate: Certificate; events: CertificateEvent[] }[] = [];
  let index = 0;
  try {
    for (const item of items) {
      read.push(readItem(item, index));
      index++;
    }
  } catch (error) {
    if (error instanceof OcopError) throw error;
    unreadable(["history", index]);
  }
  read.sort((a, b) =>
    a.certificate.issuedOn < b.certificate.issuedOn
      ? -1
      : a.certificate.issuedOn > b.certificate.issuedOn
        ? 1
        : 0,
  );
  for (let i = 1; i < read.length; i++) {
    const day = read[i]!.certificate.issuedOn;
    if (day === read[i - 1]!.certificate.issuedOn) {
      fail("INVALID_RECORD", ["history"], day, "one product holds one certificate per issue date", {
        en: `history: two certificates issued on ${day}; which one is in force is ambiguous`,
        vi: `history: hai giấy chứng nhận cùng cấp ngày ${day}; không xác định được giấy nào có hiệu lực`,
      });
    }
  }
  const entries: CertificateHistoryEntry[] = read.map(({ certificate, events }, i) => {
    const next = read[i + 1]?.certificate;
    const all: CertificateEvent[] =
      next === undefined ? events : [...events, { kind: "decision", on: next.issuedOn, result: next }];
    all.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
    const obligations = obligationsOf(certificate);
    const s = statusOf(certificate, FAR_FUTURE, all, obligations);
    return {
      certificate,
      obligations,
      inForceThrough: s.inForceThrough,
      endReason: s.status === "superseded" ? "superseded" : s.status === "revoked" ? "revoked" : "expiry",
      supersededBy: s.supersededBy,
      revocation: s.revocation,
    };
  });
  return { entries };
}

/**
 * The entry of a history in force on a date, or `null` when none is.
 *
 * @throws {@link OcopError} `INVALID_DATE`; `INVALID_RECORD` when `history` is not a history (from
 *   {@link certificateHistory})
 * @example
 * ```ts
 * certificateInForceOn(certificateHistory([cert2023, cert2026]), "2026-08-01")?.certificate; // cert2026
 * ```
 */
export function certificateInForceOn(
  history: CertificateHistory,
  asOf: CalendarDate | string,
): CertificateHistoryEntry | null {
  const day = parseCalendarDate(asOf, ["asOf"]);
  const entries = readInput(["history"], () => entriesOf(history), "INVALID_RECORD");
  for (let i = entries.length - 1; i >= 0; i--) {
    const { entry, from, through } = entries[i]!;
    if (from <= day && day <= through) return entry;
  }
  return null;
}

/** The entries of a history with their first and last day in force, or an OcopError for anything else. */
function entriesOf(
  history: unknown,
): { entry: CertificateHistoryEntry; from: CalendarDate; through: CalendarDate }[] {
  const list =
    typeof history === "object" && history !== null ? (history as { entries?: unknown }).entries : null;
  if (!Array.isArray(list)) {
    return fail("INVALID_RECORD", ["history"], history, "a history is the result of certificateHistory", {
      en: `history: ${describeValue(history)} is not a certificate history { entries }`,
      vi: `history: ${describeValue(history, "vi")} không phải là lịch sử giấy chứng nhận { entries }`,
    });
  }
  return Array.from(list as unknown[], (entry, i) => {
    const certificate =
      typeof entry === "object" && entry !== null ? (entry as { certificate?: unknown }).certificate : null;
    const from =
      typeof certificate === "object" && certificate !== null
        ? (certificate as { issuedOn?: unknown }).issuedOn
        : null;
    const through =
      typeof entry === "object" && entry !== null
        ? (entry as { inForceThrough?: unknown }).inForceThrough
        : null;
    if (!isCalendarDate(from) || !isCalendarDate(through)) {
      return fail("INVALID_RECORD", ["history", "entries", i], entry, "an entry of certificateHistory", {
        en: `history.entries.${i}: ${describeValue(entry)} is not a history entry { certificate, inForceThrough }`,
        vi: `history.entries.${i}: ${describeValue(entry, "vi")} không phải là mục lịch sử { certificate, inForceThrough }`,
      });
    }
    return { entry: entry as CertificateHistoryEntry, from, through };
  });
}
