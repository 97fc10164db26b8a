/**
 * The OCOP cycle and the evaluation procedure: the six-step annual cycle, the procedure of each regime,
 * routing of a result, evaluation rounds, deadlines and the product journey state machine.
 *
 * @module
 */
export { CYCLE_STEPS } from "./data/cycle.js";
export { PROCEDURES } from "./data/procedures.js";
export { EVALUATION_ROUNDS, ROUNDS_26_2026 } from "./data/rounds.js";
export {
  DEADLINE_STEPS,
  type DeadlineStep,
  type ProcedureDeadline,
  type ProcedureDeadlineOptions,
  procedureDeadline,
} from "./deadlines.js";
export {
  applyEvent,
  assertNever,
  JOURNEY_EVENT_TYPES,
  JOURNEY_STATUSES,
  type Journey,
  type JourneyCertificate,
  type JourneyDossier,
  type JourneyEvent,
  type JourneyEventType,
  type JourneyRecord,
  type JourneyResult,
  type JourneyState,
  type JourneyStatus,
  replayJourney,
  startJourney,
} from "./journey.js";
export { cycleStep, procedureFor } from "./lookup.js";
export { type EvaluationRoundOptions, evaluationRound, type RoundLevel } from "./rounds.js";
export {
  EVALUATING_LEVELS,
  type EvaluationRouting,
  type RouteDecision,
  type RouteEvaluationInput,
  routeEvaluation,
} from "./routing.js";
export type {
  Authority,
  BelowThresholdAtCentral,
  CertifiedStars,
  CycleArtifact,
  CycleResponsibility,
  CycleStep,
  CycleStepId,
  EvaluatingLevel,
  EvaluationRound,
  EvaluationRoundRule,
  Forwarding,
  MonthDay,
  ProcedureLevel,
  ProcedureStage,
  ProvincialDefault,
  RegimeProcedure,
  TimeLimit,
} from "./types.js";
