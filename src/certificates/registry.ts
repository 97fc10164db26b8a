/**
 * Queries over many certificates: what expires, opens or closes a re-evaluation window, or needs an expiry
 * notice within N days of a date, grouped by locality and issuing body and sorted by urgency.
 *
 * The input is any iterable (an array, a generator over a database cursor...). It is read once, in one
 * pass; only the matches are kept, so memory depends on the number of matches, not of certificates.
 *
 * @module
 */
import {
  addDays,
  addMonths,
  type CalendarDate,
  daysBetween,
  parseCalendarDate,
} from "../calendar/calendar-date.js";
import { describeValue, fail, OcopError, readInput } from "../errors/ocop-error.js";
import { CERTIFICATE_RULES } from "./data/obligations.js";
import { CERTIFICATE_VALIDITY } from "./data/validity.js";
import { validityOf } from "./expiry.js";
import { noticeFor, windowFor } from "./obligations.js";
import type { Certificate, IssuerLevel } from "./types.js";
import { parseCertificate } from "./validate.js";

/** The deadlines a registry query looks for. */
export type UpcomingKind = "expiry" | "window-opens" | "window-closes" | "notice";

const KINDS: readonly UpcomingKind[] = ["window-closes", "notice", "expiry", "window-opens"];
const KIND_RANK: Readonly<Record<UpcomingKind, number>> = {
  "window-closes": 0,
  notice: 1,
  expiry: 2,
  "window-opens": 3,
};

/** Options of {@link upcomingCertificateDeadlines}. */
export interface UpcomingOptions {
  /** The first day of the horizon (usually today, in Vietnam: see `vietnamDateOf`). */
  readonly asOf: CalendarDate | string;
  /** The horizon: deadlines from `asOf` to `asOf + withinDays`, both included (0 to 3650). */
  readonly withinDays: number;
  /** Which deadlines to report (default all four). */
  readonly kinds?: readonly UpcomingKind[];
  /** Group by province and commune (default) or by province only; always also by issuing body. */
  readonly groupBy?: "commune" | "province";
  /** On an invalid certificate: throw (default) or skip it and count it in `skipped`. */
  readonly onInvalid?: "throw" | "skip";
}

/** One deadline of one certificate. */
export interface UpcomingItem {
  readonly certificate: Certificate;
  readonly kind: UpcomingKind;
  readonly on: CalendarDate;
  /** Days from `asOf` (0 = today). */
  readonly daysLeft: number;
  readonly rule: string;
}

/** The matches of one locality and issuing body, most urgent first. */
export interface UpcomingGroup {
  readonly province: string;
  /** The commune, or `null` (grouped by province, or no commune recorded). */
  readonly commune: string | null;
  readonly issuerLevel: IssuerLevel;
  readonly issuerName: string | null;
  /** Days left to the group's most urgent deadline. */
  readonly mostUrgentDaysLeft: number;
  readonly items: readonly UpcomingItem[];
}

/** The result of a registry query. */
export interface UpcomingReport {
  readonly asOf: CalendarDate;
  /** The last day of the horizon. */
  readonly until: CalendarDate;
  /** Groups, most urgent first. */
  readonly groups: readonly UpcomingGroup[];
  /** Certificates read. */
  readonly scanned: number;
  /** Deadlines found (a certificate may have several). */
  readonly matched: number;
  /** Invalid certificates skipped (`onInvalid: "skip"`). */
  readonly skipped: number;
}

/** An invalid option, named at `options.<key>`, or at `options` itself when `key` is null. */
function badOption(key: string | null, value: unknown, rule: string): never {
  const where = key === null ? "options" : `options.${key}`;
  return fail("INVALID_ARGUMENT", key === null ? ["options"] : ["options", key], value, rule, {
    en: `${where}: ${describeValue(value)} is not valid (${rule})`,
    vi: `${where}: ${describeValue(value, "vi")} không hợp lệ (${rule})`,
  });
}

/** A plain copy of the caller's options (read once, so that a getter runs once). */
function copyOptions(options: object): { [K in keyof UpcomingOptions]?: unknown } {
  const o = options as { [K in keyof UpcomingOptions]?: unknown };
  const kinds = o.kinds;
  return {
    asOf: o.asOf,
    withinDays: o.withinDays,
    kinds: Array.isArray(kinds) ? Array.from(kinds as unknown[]) : kinds,
    groupBy: o.groupBy,
    onInvalid: o.onInvalid,
  };
}

function compareItems(a: UpcomingItem, b: UpcomingItem): number {
  return (
    a.daysLeft - b.daysLeft ||
    KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
    (a.certificate.decisionNumber < b.certificate.decisionNumber
      ? -1
      : a.certificate.decisionNumber > b.certificate.decisionNumber
        ? 1
        : 0) ||
    (a.certificate.product.name < b.certificate.product.name
      ? -1
      : a.certificate.product.name > b.certificate.product.name
        ? 1
        : 0)
  );
}

function compareText(a: string | null, b: string | null): number {
  const x = a ?? "";
  const y = b ?? "";
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Finds, in one streaming pass, the certificates with a deadline between `asOf` and `asOf + withinDays`:
 * expiry, re-evaluation window opening or closing (26/2026/QĐ-TTg, Article 7.6.a), expiry notice due
 * (148/QĐ-TTg). Groups them by province (and commune) and issuing body; items and groups are sorted by days
 * left, then by kind (window closes, notice, expiry, window opens), then by decision number.
 *
 * Certificates are taken as they are: pass the current certificate of each product (see
 * `certificateHistory`) and leave out revoked ones. The input is never written to; the items hold validated
 * copies.
 *
 * @param certificates - any iterable of (untrusted) certificates, e.g. a generator
 * @param options - the horizon and filters
 * @throws {@link OcopError} `INVALID_CERTIFICATE` (path `["certificates", index, ...]`) unless
 *   `onInvalid: "skip"`; `INVALID_DATE`, `INVALID_ARGUMENT` for bad options
 * @example
 * ```ts
 * const report = upcomingCertificateDeadlines(certificates, { asOf: "2029-01-01", withinDays: 60 });
 * report.groups[0].items[0]; // { kind: "window-closes", on: "2029-02-15", daysLeft: 45, ... }
 * ```
 */
export function upcomingCertificateDeadlines(
  certificates: Iterable<unknown>,
  options: UpcomingOptions,
): UpcomingReport {
  if (typeof options !== "object" || options === null)
    badOption(null, options, "an options object is required");
  const opts = readInput(["options"], () => copyOptions(options));
  const asOf = parseCalendarDate(opts.asOf, ["options", "asOf"]);
  const within = opts.withinDays;
  if (typeof within !== "number" || !Number.isSafeInteger(within) || within < 0 || within > 3650) {
    badOption("withinDays", within, "a whole number of days from 0 to 3650");
  }
  let kinds: ReadonlySet<UpcomingKind> = new Set(KINDS);
  if (opts.kinds !== undefined) {
    if (!Array.isArray(opts.kinds) || !opts.kinds.every((k) => KINDS.includes(k as UpcomingKind))) {
      badOption("kinds", opts.kinds, `a list of ${KINDS.join(", ")}`);
    }
    kinds = new Set(opts.kinds as UpcomingKind[]);
  }
  const groupBy = opts.groupBy ?? "commune";
  if (groupBy !== "commune" && groupBy !== "province") badOption("groupBy", groupBy, "commune or province");
  const onInvalid = opts.onInvalid ?? "throw";
  if (onInvalid !== "throw" && onInvalid !== "skip") badOption("onInvalid", onInvalid, "throw or skip");
  if (
    typeof certificates !== "object" ||
    certificates === null ||
    !readInput(["certificates"], () => Symbol.iterator in certificates)
  ) {
    fail("INVALID_ARGUMENT", ["certificates"], certificates, "an iterable of certificates", {
      en: `certificates: ${describeValue(certificates)} is not an iterable`,
      vi: `certificates: ${describeValue(certificates, "vi")} không phải là danh sách`,
    });
  }
  const until = addDays(asOf, within as number);

  // A certificate can only match when its expiry lies in [asOf, until + the longest lead]. Turn that into a
  // range of issue dates (with a margin for month-end clamping) so that most certificates cost two string
  // comparisons; the exact check follows.
  let maxLead = 0;
  for (const r of Object.values(CERTIFICATE_RULES)) {
    if (r.reEvaluationWindow !== null)
      maxLead = Math.max(maxLead, r.reEvaluationWindow.opensDaysBeforeExpiry);
    if (r.expiryNotice !== null) maxLead = Math.max(maxLead, r.expiryNotice.daysBeforeExpiry);
  }
  const months = Object.values(CERTIFICATE_VALIDITY).map((v) => v.months);
  const issuedFrom = addDays(addMonths(asOf, -Math.max(...months)), -4);
  const issuedTo = addDays(addMonths(addDays(until, maxLead), -Math.min(...months)), 4);
  const expiryTo = addDays(until, maxLead);

  const groups = new Map<
    string,
    { group: Omit<UpcomingGroup, "items" | "mostUrgentDaysLeft">; items: UpcomingItem[] }
  >();
  let scanned = 0;
  let matched = 0;
  let skipped = 0;

  const add = (cert: Certificate, kind: UpcomingKind, on: CalendarDate, rule: string): void => {
    if (!kinds.has(kind) || on < asOf || on > until) return;
    const commune = groupBy === "commune" ? (cert.locality.commune ?? null) : null;
    const issuerName = cert.issuer.name ?? null;
    const key = JSON.stringify([cert.locality.province, commune, cert.issuer.level, issuerName]);
    let g = groups.get(key);
    if (g === undefined) {
      g = {
        group: { province: cert.locality.province, commune, issuerLevel: cert.issuer.level, issuerName },
        items: [],
      };
      groups.set(key, g);
    }
    g.items.push({ certificate: cert, kind, on, daysLeft: daysBetween(asOf, on), rule });
    matched++;
  };

  const iterator = readInput(["certificates"], () => (certificates as Iterable<unknown>)[Symbol.iterator]());
  for (;;) {
    let step: IteratorResult<unknown>;
    try {
      step = iterator.next();
    } catch (error) {
      if (error instanceof OcopError) throw error;
      return fail("INVALID_ARGUMENT", ["certificates", scanned], undefined, "the iterable must be readable", {
        en: `certificates.${scanned}: the iterable failed while reading`,
        vi: `certificates.${scanned}: lỗi khi đọc danh sách`,
      });
    }
    if (step.done === true) break;
    const index = scanned++;
    let cert: Certificate;
    try {
      cert = parseCertificate(step.value, ["certificates", index]);
    } catch (error) {
      if (onInvalid === "skip" && error instanceof OcopError) {
        skipped++;
        continue;
      }
      throw error;
    }
    if (cert.expiresOn === undefined && (cert.issuedOn < issuedFrom || cert.issuedOn > issuedTo)) continue;
    const expiresOn = validityOf(cert).through;
    if (expiresOn < asOf || expiresOn > expiryTo) continue;
    add(cert, "expiry", expiresOn, cert.expiresOn === undefined ? "validity rule" : "recognition decision");
    const w = windowFor(expiresOn);
    if (w !== null) {
      add(cert, "window-opens", w.opensOn, w.rule);
      add(cert, "window-closes", w.closesOn, w.rule);
    }
    const n = noticeFor(expiresOn);
    if (n !== null) add(cert, "notice", n.dueBy, n.rule);
  }

  const out: UpcomingGroup[] = [];
  for (const { group, items } of groups.values()) {
    items.sort(compareItems);
    out.push({ ...group, mostUrgentDaysLeft: items[0]!.daysLeft, items });
  }
  out.sort(
    (a, b) =>
      a.mostUrgentDaysLeft - b.mostUrgentDaysLeft ||
      compareText(a.province, b.province) ||
      compareText(a.commune, b.commune) ||
      compareText(a.issuerLevel, b.issuerLevel) ||
      compareText(a.issuerName, b.issuerName),
  );
  return { asOf, until, groups: out, scanned, matched, skipped };
}
