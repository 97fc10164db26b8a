/**
 * Types of the regulation registry.
 *
 * @module
 */
import type { CalendarDate } from "../calendar/calendar-date.js";
import type { Bilingual } from "../errors/ocop-error.js";

/** The official numbers of the legal instruments the library models. */
export type RegulationNumber =
  | "490/QĐ-TTg"
  | "1048/QĐ-TTg"
  | "781/QĐ-TTg"
  | "919/QĐ-TTg"
  | "148/QĐ-TTg"
  | "1489/QĐ-TTg"
  | "26/2026/QĐ-TTg";

/** The numbers of the instruments that carry a criteria set (the keys of `criteriaSet`). */
export type CriteriaRegulationNumber = "1048/QĐ-TTg" | "148/QĐ-TTg" | "26/2026/QĐ-TTg";

/** What an instrument does. */
export type RegulationKind =
  /** Approves a multi-year OCOP programme (490, 919). */
  | "programme"
  /** Issues the criteria sets and the evaluation procedure (1048, 148, 26/2026). */
  | "criteria-and-procedure"
  /** Amends another instrument (781, 1489). */
  | "amendment";

/** A public source a fact was taken from. */
export interface Source {
  /** Where the text can be read. */
  readonly url: string;
  /** What it confirms. */
  readonly supports: string;
}

/** A fact the registry could not confirm from a primary text or two independent sources. */
export interface Uncertainty {
  /** The field concerned. */
  readonly field: string;
  /** What is known, and what is not. */
  readonly note: string;
}

/** One legal instrument of the OCOP programme. */
export interface Regulation {
  /** Official number, e.g. `"26/2026/QĐ-TTg"`. */
  readonly number: RegulationNumber;
  readonly kind: RegulationKind;
  /** Title: the Vietnamese official title and an English rendering. */
  readonly title: Bilingual;
  /** Who signed it, or `null` where no source names the signer. */
  readonly signer: { readonly name: string; readonly office: Bilingual } | null;
  /** Date of signing (the date printed on the decision). */
  readonly signedOn: CalendarDate;
  /** First day it has legal effect. */
  readonly effectiveFrom: CalendarDate;
  /** Last day it has legal effect, or `null` while in force. */
  readonly effectiveUntil: CalendarDate | null;
  /** Instruments this one amends. */
  readonly amends: readonly RegulationNumber[];
  /** Instruments this one replaces. */
  readonly replaces: readonly RegulationNumber[];
  /** The official reference (gazette or government portal). */
  readonly officialReference: string;
  /** Where each fact comes from. */
  readonly sources: readonly Source[];
  /** Facts not confirmed, each with what is known. Empty when all is confirmed. */
  readonly uncertain: readonly Uncertainty[];
}

/** Identifier of a criteria-and-procedure regime: a base decision with the amendments in force. */
export type RegimeId = "1048" | "1048+781" | "148" | "148+1489" | "26/2026";

/**
 * A criteria-and-procedure regime: the rules that govern a dossier filed in a period, named by its base
 * decision and the amendments in force.
 */
export interface Regime {
  readonly id: RegimeId;
  /** The decision that issues the criteria and the procedure. */
  readonly base: CriteriaRegulationNumber;
  /** Amendments in force during the regime, oldest first. */
  readonly amendments: readonly RegulationNumber[];
  /** First day a dossier filed falls under this regime. */
  readonly from: CalendarDate;
  /** Last day, or `null` for the regime in force today. */
  readonly until: CalendarDate | null;
  /** A readable name, e.g. "148/QĐ-TTg as amended by 1489/QĐ-TTg". */
  readonly name: Bilingual;
  /** Why the regime starts on `from`, with its legal reference. */
  readonly basis: string;
}

/** The kinds of dossier the transition rules distinguish. */
export type DossierKind = "first-evaluation" | "upgrade" | "re-evaluation";

/**
 * A transition rule for dossiers filed under an earlier regime but not yet evaluated when a new one took
 * effect.
 */
export interface DossierTransition {
  /** The instrument that sets the rule. */
  readonly setBy: RegulationNumber;
  /** Article and clause. */
  readonly article: string;
  /** Dossiers filed before this date are covered. */
  readonly filedBefore: CalendarDate;
  /** The kinds of dossier covered. */
  readonly kinds: readonly DossierKind[];
  /** They continue under the rules of this regime... */
  readonly continuesUnder: RegimeId;
  /** ...but must be completed within this many days... */
  readonly completeWithinDays: number;
  /** ...counted from this date. */
  readonly countedFrom: CalendarDate;
  readonly text: Bilingual;
}

/** Transition rules for certificates issued under an earlier regime. */
export interface CertificateTransition {
  readonly setBy: RegulationNumber;
  readonly article: string;
  /** Certificates issued before this date stay valid until the expiry in their recognition decision. */
  readonly issuedBefore: CalendarDate;
  /**
   * Where a product due for re-evaluation could not file within the window, the certificate stays valid
   * until the authority decides, but at most this many days after its expiry.
   */
  readonly reEvaluationGraceDays: number;
  readonly text: Bilingual;
}
