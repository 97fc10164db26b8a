export {
  ALL_REGIMES,
  CERTIFICATE_TRANSITIONS,
  DOSSIER_TRANSITIONS,
  type DossierTransitionResult,
  dossierTransition,
  REGULATIONS,
  regime,
  regulation,
  regulationAt,
} from "./registry.js";
export type {
  CertificateTransition,
  CriteriaRegulationNumber,
  DossierKind,
  DossierTransition,
  Regime,
  RegimeId,
  Regulation,
  RegulationKind,
  RegulationNumber,
  Source,
  Uncertainty,
} from "./types.js";
