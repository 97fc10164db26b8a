/**
 * Scoring and star classification: score a sheet, average a council, find the star band of a score,
 * classify a product with its minimum markers, and find the smallest gap to the next star.
 *
 * @module
 */
export {
  inBand,
  type RegimeOrRegulation,
  recognitionRule,
  starBands,
  starsForScore,
} from "./bands.js";
export { type ClassifyInput, type ClassifyOptions, classify } from "./classify.js";
export { councilScore, type MemberScore } from "./council.js";
export { RECOGNITION } from "./data/recognition.js";
export { STAR_BANDS } from "./data/star-bands.js";
export { nextStarGap } from "./gap.js";
export { scoreSheet } from "./score-sheet.js";
export type {
  Answers,
  BandBounds,
  Classification,
  CouncilScore,
  CriterionScore,
  EvaluationLevel,
  GapChange,
  HoldBackReason,
  RecognitionAuthority,
  RecognitionRule,
  RuleStatus,
  ScoreSheet,
  StarBand,
  StarBandTable,
  StarGap,
} from "./types.js";
