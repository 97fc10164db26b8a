/**
 * The validity of a certificate: 36 months from its issue date, counted by the Civil Code 2015.
 *
 * @module
 */
import { addMonths, type CalendarDate, parseCalendarDate } from "../calendar/calendar-date.js";
import { describeValue, fail } from "../errors/ocop-error.js";
import { ALL_REGIMES, regulationAt } from "../regulations/registry.js";
import type { RegimeId } from "../regulations/types.js";
import { CERTIFICATE_VALIDITY, type ValidityRule } from "./data/validity.js";
import type { Certificate } from "./types.js";

const REGIME_IDS: ReadonlySet<string> = new Set(ALL_REGIMES.map((r) => r.id));

/** @internal Checks an untrusted regime id. */
export function parseRegimeId(value: unknown, path: readonly (string | number)[] = ["regime"]): RegimeId {
  if (typeof value === "string" && REGIME_IDS.has(value)) return value as RegimeId;
  return fail("UNKNOWN_REGULATION", path, value, "the regime must be one the library models", {
    en: `${path.join(".")}: ${describeValue(value)} is not a modelled regime (${[...REGIME_IDS].join(", ")})`,
    vi: `${path.join(".")}: ${describeValue(value, "vi")} không phải là chế độ được mô hình hóa (${[...REGIME_IDS].join(", ")})`,
  });
}

/**
 * The last day of validity of a certificate issued on a date: the issue date plus the regime's months
 * (36 under every regime, {@link CERTIFICATE_VALIDITY}).
 *
 * Counting follows the Civil Code 2015: the issue date itself is not counted (Article 147.2) and a period in
 * months ends at the end of the corresponding day of the last month, or of that month's last day where it
 * has no such day (Article 148.3). So a certificate issued on 15/03/2023 is valid through 15/03/2026 and
 * expired from 16/03/2026; one issued on 29/02/2024 is valid through 28/02/2027. The weekend and holiday
 * roll-over of Article 148.5 is not applied (see `docs/certificates.md`).
 *
 * @param issuedOn - date of the recognition decision
 * @param regime - the regime it was issued under (default `regulationAt(issuedOn)`)
 * @throws {@link OcopError} `INVALID_DATE`; `DATE_BEFORE_FIRST_REGIME` before 21/08/2019 without `regime`;
 *   `UNKNOWN_REGULATION` for an unknown regime
 * @example
 * ```ts
 * certificateExpiry("2023-03-15"); // "2026-03-15"
 * certificateExpiry("2024-02-29"); // "2027-02-28"
 * certificateExpiry("2020-02-04", "1048+781"); // "2023-02-04"
 * ```
 */
export function certificateExpiry(issuedOn: CalendarDate | string, regime?: RegimeId): CalendarDate {
  const day = parseCalendarDate(issuedOn, ["issuedOn"]);
  const id = regime === undefined ? regulationAt(day).id : parseRegimeId(regime);
  return addMonths(day, CERTIFICATE_VALIDITY[id].months);
}

/** The validity of one certificate. */
export interface CertificateValidity {
  /** The regime it was issued under. */
  readonly regime: RegimeId;
  /** First day of validity (the issue date). */
  readonly from: CalendarDate;
  /** Last day of validity. */
  readonly through: CalendarDate;
  /** `true` when `through` is the date printed in the decision, `false` when computed. */
  readonly printed: boolean;
  /** The rule applied. */
  readonly rule: ValidityRule;
}

/**
 * @internal The validity of an already validated certificate (no checks).
 */
export function validityOf(cert: Certificate): CertificateValidity {
  const regime = cert.regime ?? regulationAt(cert.issuedOn).id;
  const rule = CERTIFICATE_VALIDITY[regime];
  return {
    regime,
    from: cert.issuedOn,
    through: cert.expiresOn ?? addMonths(cert.issuedOn, rule.months),
    printed: cert.expiresOn !== undefined,
    rule,
  };
}
