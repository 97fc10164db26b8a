/**
 * Types of the OCOP cycle and evaluation procedure.
 *
 * @module
 */
import type { CalendarDate } from "../calendar/calendar-date.js";
import type { Bilingual } from "../errors/ocop-error.js";
import type { RegimeId, Source, Uncertainty } from "../regulations/types.js";

/**
 * The administrative levels that take part in the procedure: the commune (UBND cấp xã), the district (UBND
 * cấp huyện, abolished on 01/07/2025 and without an OCOP role from 06/07/2025, 1489/QĐ-TTg), the province
 * (UBND cấp tỉnh) and the central level (the Ministry of Agriculture).
 */
export type ProcedureLevel = "commune" | "district" | "province" | "central";

/** The levels whose council scores a product (the commune only checks a dossier, it gives no score). */
export type EvaluatingLevel = "district" | "province" | "central";

/** The star ranks that receive a recognition decision and a certificate (26/2026/QĐ-TTg, Article 4.1). */
export type CertifiedStars = 3 | 4 | 5;

/** A body that acts in the procedure. */
export interface Authority {
  /** The level it belongs to. */
  readonly level: ProcedureLevel;
  /** Its name, e.g. "Chủ tịch UBND cấp tỉnh". */
  readonly name: Bilingual;
}

/** The ids of the six steps of the annual OCOP cycle, in order. */
export type CycleStepId =
  | "communication"
  | "idea-registration"
  | "business-plan"
  | "plan-implementation"
  | "evaluation"
  | "trade-promotion";

/** What a cycle step needs or yields. */
export type CycleArtifact =
  | "programme-awareness"
  | "idea-registration"
  | "business-plan"
  | "developed-product"
  | "dossier"
  | "evaluation-result"
  | "certificate"
  | "promotion";

/** Who is responsible for a cycle step under one regime. */
export interface CycleResponsibility {
  /** The levels that act, lowest first. */
  readonly levels: readonly ProcedureLevel[];
  /** What each does, in words. */
  readonly note: Bilingual;
  /** The legal reference or source. */
  readonly basis: string;
  /** `false` when no primary text or two independent sources confirm it. */
  readonly confirmed: boolean;
}

/**
 * A usual time of the year for a step in one province. A provincial default, **not law**: no national
 * instrument fixes the months of the cycle.
 */
export interface ProvincialDefault {
  readonly kind: "provincial-default";
  /** The province whose guidance says so. */
  readonly province: string;
  /** The months (1–12). */
  readonly months: readonly number[];
  /** Where the guidance can be read. */
  readonly source: string;
}

/** One step of the annual OCOP cycle. */
export interface CycleStep {
  readonly id: CycleStepId;
  /** Position in the cycle, 1–6. */
  readonly number: 1 | 2 | 3 | 4 | 5 | 6;
  /** Official name as used by the central OCOP portal, with an English rendering. */
  readonly name: Bilingual;
  /** What the step is for. */
  readonly purpose: Bilingual;
  /** What must exist before the step. */
  readonly requires: readonly CycleArtifact[];
  /** What the step yields. */
  readonly produces: readonly CycleArtifact[];
  /** The levels responsible, per regime. */
  readonly responsible: { readonly [R in RegimeId]: CycleResponsibility };
  /** Usual months in some provinces (defaults, never law). */
  readonly usualMonths: readonly ProvincialDefault[];
  readonly sources: readonly Source[];
  readonly uncertain: readonly Uncertainty[];
}

/** A time limit in the procedure. */
export interface TimeLimit {
  readonly amount: number;
  /** Calendar days or working days. */
  readonly unit: "days" | "working-days";
  /** The event the period is counted from (its day is not counted, Civil Code 2015, Article 147). */
  readonly countedFrom: Bilingual;
  /** Article and clause. */
  readonly rule: string;
}

/** Where a level sends a product on, and from which score. */
export interface Forwarding {
  /** The next level. */
  readonly to: EvaluatingLevel;
  /** Products scoring at least this many points are sent on. */
  readonly minScore: number;
  /** Who sends the dossier. */
  readonly by: Bilingual;
  readonly rule: string;
  readonly confirmed: boolean;
}

/** One stage of a regime's procedure: what one level does with a dossier. */
export interface ProcedureStage {
  readonly level: ProcedureLevel;
  /** `pre-check`: checks the dossier and some contents, gives no score; `evaluate`: a council scores it. */
  readonly role: "pre-check" | "evaluate";
  /** The body that acts. */
  readonly body: Bilingual;
  /** What the stage does. */
  readonly task: Bilingual;
  /** The star ranks this level recognises and certifies. */
  readonly recognises: readonly CertifiedStars[];
  /** Who signs the recognition decision and the certificate, or `null` when the level recognises nothing. */
  readonly recognisedBy: Bilingual | null;
  /** Where it sends products on, or `null` at the top. */
  readonly forwards: Forwarding | null;
  /** The time limit set for the stage, or `null` where the regulation sets none (or none is known). */
  readonly timeLimit: TimeLimit | null;
  readonly rule: string;
  readonly confirmed: boolean;
}

/**
 * What happens when the central council scores a potential 5★ product under 90 points. `province-may-decide`:
 * the provincial chairman may recognise it 3★/4★ on the central result or have it evaluated at the province
 * (26/2026/QĐ-TTg, Article 7.4); `not-covered`: no accessible source says.
 */
export type BelowThresholdAtCentral =
  | { readonly kind: "province-may-decide"; readonly rule: string }
  | { readonly kind: "not-covered"; readonly note: string };

/** The evaluation procedure of one regime. */
export interface RegimeProcedure {
  readonly regime: RegimeId;
  /** The instrument and part that set the procedure. */
  readonly setBy: string;
  /** Where the OCOP subject files the dossier. */
  readonly filedWith: { readonly level: ProcedureLevel; readonly rule: string; readonly confirmed: boolean };
  /** The stages, lowest level first. */
  readonly stages: readonly ProcedureStage[];
  /** Central result under 90 points. */
  readonly belowThresholdAtCentral: BelowThresholdAtCentral;
  /**
   * Re-evaluation of a 5★ product: `province-proposes`: after the commune's check, the province sends the
   * dossier with its OCOP agency's report straight to the Ministry, without a provincial council
   * (26/2026/QĐ-TTg, Articles 6.3.b and 7.6.e); `not-covered`: no accessible source says.
   */
  readonly fiveStarReEvaluation:
    | { readonly kind: "province-proposes"; readonly rule: string }
    | { readonly kind: "not-covered"; readonly note: string };
  /** Time limit of a re-evaluation, or `null` where none is known. */
  readonly reEvaluationTimeLimit: TimeLimit | null;
  /** Time limit of a revocation, or `null` where none is known. */
  readonly revocationTimeLimit: TimeLimit | null;
  readonly sources: readonly Source[];
  readonly uncertain: readonly Uncertainty[];
}

/** A day of the year, month 1–12. */
export interface MonthDay {
  readonly month: number;
  readonly day: number;
}

/** One evaluation round of Article 5 of 26/2026/QĐ-TTg. */
export interface EvaluationRoundRule {
  /** The level that evaluates. */
  readonly level: "province" | "central";
  /** The round's number in the decision ("đợt 01", "đợt 02"). */
  readonly round: 1 | 2;
  /** Who proposes the dossiers. */
  readonly proposedBy: Bilingual;
  /** Dossiers proposed strictly before this day of the year fall into the round. */
  readonly proposedBefore: MonthDay;
  /** The round is evaluated strictly before this day of the same year. */
  readonly evaluatedBefore: MonthDay;
  readonly rule: string;
  /** The words of the decision. */
  readonly text: string;
}

/** The round a proposal falls into and its deadline. */
export interface EvaluationRound {
  readonly regime: RegimeId;
  readonly level: "province" | "central";
  readonly round: 1 | 2;
  /** The calendar year of the round (the year of its cut-off and deadline). */
  readonly year: number;
  readonly proposedOn: CalendarDate;
  /** The cut-off: proposals made strictly before this day are in the round. */
  readonly proposedBefore: CalendarDate;
  /** The last day a proposal can be made for this round (the day before the cut-off). */
  readonly lastProposalDay: CalendarDate;
  /** The deadline as the decision writes it: evaluation strictly before this day. */
  readonly evaluatedBefore: CalendarDate;
  /** The last day on which the evaluation may take place (the day before `evaluatedBefore`). */
  readonly lastEvaluationDay: CalendarDate;
  /** `true` when the proposal missed the year's last cut-off and falls into the next year's first round. */
  readonly carriedOver: boolean;
  /** The rule applied. */
  readonly rule: EvaluationRoundRule;
}
