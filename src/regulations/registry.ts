/**
 * The registry of OCOP legal instruments and the regime that governs a dossier on a date.
 *
 * @module
 */
import { addDays, type CalendarDate, parseCalendarDate } from "../calendar/calendar-date.js";
import { workingDayOnOrAfter } from "../calendar/working-days.js";
import { describeValue, fail } from "../errors/ocop-error.js";
import { CERTIFICATE_TRANSITION_26_2026, DECISION_26_2026, TRANSITIONS_26_2026 } from "./data/26-2026.js";
import { DECISION_148 } from "./data/148.js";
import { DECISION_490 } from "./data/490.js";
import { DECISION_781 } from "./data/781.js";
import { DECISION_919 } from "./data/919.js";
import { DECISION_1048 } from "./data/1048.js";
import { DECISION_1489 } from "./data/1489.js";
import { REGIMES } from "./data/regimes.js";
import type {
  CertificateTransition,
  DossierKind,
  DossierTransition,
  Regime,
  RegimeId,
  Regulation,
  RegulationNumber,
} from "./types.js";

/** Every instrument the library models, by date of signing. */
export const REGULATIONS: readonly Regulation[] = [
  DECISION_490,
  DECISION_1048,
  DECISION_781,
  DECISION_919,
  DECISION_148,
  DECISION_1489,
  DECISION_26_2026,
];

/** Every dossier transition rule. */
export const DOSSIER_TRANSITIONS: readonly DossierTransition[] = TRANSITIONS_26_2026;

/** Every certificate transition rule. */
export const CERTIFICATE_TRANSITIONS: readonly CertificateTransition[] = [CERTIFICATE_TRANSITION_26_2026];

/** Every regime, oldest first. */
export const ALL_REGIMES: readonly Regime[] = REGIMES;

const FIRST_REGIME = REGIMES[0];

/**
 * Looks an instrument up by its official number.
 *
 * @throws {@link OcopError} `UNKNOWN_REGULATION`
 * @example
 * ```ts
 * regulation("26/2026/QĐ-TTg").effectiveFrom; // "2026-05-22"
 * ```
 */
export function regulation(number: RegulationNumber): Regulation {
  const found = REGULATIONS.find((r) => r.number === number);
  if (found === undefined) {
    return fail(
      "UNKNOWN_REGULATION",
      ["regulation"],
      number,
      "the regulation must be one the library models",
      {
        en: `regulation: ${describeValue(number)} is not a modelled OCOP regulation (${REGULATIONS.map((r) => r.number).join(", ")})`,
        vi: `regulation: ${describeValue(number, "vi")} không phải là văn bản OCOP được mô hình hóa (${REGULATIONS.map((r) => r.number).join(", ")})`,
      },
    );
  }
  return found;
}

/**
 * Looks a regime up by its id.
 *
 * @throws {@link OcopError} `UNKNOWN_REGULATION`
 * @example
 * ```ts
 * regime("148+1489").from; // "2025-07-06"
 * ```
 */
export function regime(id: RegimeId): Regime {
  const found = REGIMES.find((r) => r.id === id);
  if (found === undefined) {
    return fail("UNKNOWN_REGULATION", ["regime"], id, "the regime must be one the library models", {
      en: `regime: ${describeValue(id)} is not a modelled regime (${REGIMES.map((r) => r.id).join(", ")})`,
      vi: `regime: ${describeValue(id, "vi")} không phải là chế độ được mô hình hóa (${REGIMES.map((r) => r.id).join(", ")})`,
    });
  }
  return found;
}

/**
 * The criteria-and-procedure regime that governs a dossier filed on a calendar date: the base decision and
 * the amendments in force that day.
 *
 * @param date - the filing date, `YYYY-MM-DD`
 * @throws {@link OcopError} `INVALID_DATE` for an impossible date; `DATE_BEFORE_FIRST_REGIME` before
 *   21/08/2019 (1048/QĐ-TTg, the first national criteria decision)
 * @example
 * ```ts
 * regulationAt("2025-08-01").name.en; // "Decision 148/QĐ-TTg as amended by Decision 1489/QĐ-TTg"
 * regulationAt("2026-08-01").base; // "26/2026/QĐ-TTg"
 * ```
 */
export function regulationAt(date: CalendarDate | string): Regime {
  const day = parseCalendarDate(date);
  for (let i = REGIMES.length - 1; i >= 0; i--) {
    const r = REGIMES[i]!;
    if (day >= r.from) return r;
  }
  return fail(
    "DATE_BEFORE_FIRST_REGIME",
    ["date"],
    date,
    `no national OCOP criteria decision before ${FIRST_REGIME.from} (1048/QĐ-TTg)`,
    {
      en: `date: ${day} is before the first modelled regime (1048/QĐ-TTg, from ${FIRST_REGIME.from})`,
      vi: `date: ${day} trước chế độ đầu tiên được mô hình hóa (Quyết định 1048/QĐ-TTg, từ ${FIRST_REGIME.from})`,
    },
  );
}

/** What the transition rules say about a dossier filed before a new regime took effect. */
export interface DossierTransitionResult {
  /** The regime whose rules the dossier follows. */
  readonly regime: Regime;
  /** The rule applied. */
  readonly rule: DossierTransition;
  /** The last day of the period: `countedFrom` plus the days, the first day not counted (Civil Code 2015, Art. 147). */
  readonly completeBy: CalendarDate;
  /**
   * The day the period actually ends: `completeBy`, or the next working day when `completeBy` is a weekend
   * day or a public holiday (Civil Code 2015, Art. 148.5).
   */
  readonly due: CalendarDate;
}

/**
 * The transition rule that covers a dossier filed on a date and not yet evaluated when a new regime took
 * effect, or `null` when none does (the dossier simply follows {@link regulationAt}).
 *
 * @param filedOn - the filing date
 * @param kind - first evaluation, upgrade or re-evaluation
 * @param pendingOn - a date on which the dossier is still pending; the rule covers it only if a new regime
 *   is in force by then (default: the rule's effective date)
 * @throws {@link OcopError} `INVALID_DATE` for a bad date; `INVALID_ARGUMENT` for an unknown `kind`
 * @example
 * ```ts
 * dossierTransition("2026-05-10", "re-evaluation")?.completeBy; // "2026-06-21" (a Sunday)
 * dossierTransition("2026-05-10", "re-evaluation")?.due; // "2026-06-22"
 * dossierTransition("2026-05-10", "first-evaluation")?.completeBy; // "2026-07-21"
 * dossierTransition("2026-06-01", "upgrade"); // null
 * ```
 */
export function dossierTransition(
  filedOn: CalendarDate | string,
  kind: DossierKind,
  pendingOn?: CalendarDate | string,
): DossierTransitionResult | null {
  const filed = parseCalendarDate(filedOn, ["filedOn"]);
  const pending = pendingOn === undefined ? undefined : parseCalendarDate(pendingOn, ["pendingOn"]);
  if (kind !== "first-evaluation" && kind !== "upgrade" && kind !== "re-evaluation") {
    fail("INVALID_ARGUMENT", ["kind"], kind, "a dossier kind is first-evaluation, upgrade or re-evaluation", {
      en: `kind: ${describeValue(kind)} is not a dossier kind (first-evaluation, upgrade, re-evaluation)`,
      vi: `kind: ${describeValue(kind, "vi")} không phải là loại hồ sơ (first-evaluation, upgrade, re-evaluation)`,
    });
  }
  for (const rule of DOSSIER_TRANSITIONS) {
    if (filed >= rule.filedBefore || !rule.kinds.includes(kind)) continue;
    if (pending !== undefined && pending < rule.countedFrom) continue;
    const completeBy = addDays(rule.countedFrom, rule.completeWithinDays);
    return { regime: regime(rule.continuesUnder), rule, completeBy, due: workingDayOnOrAfter(completeBy) };
  }
  return null;
}
