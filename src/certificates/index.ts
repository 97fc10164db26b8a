/**
 * Certificates: validity, re-evaluation windows, expiry notices, the 26/2026 transition, status, history,
 * revocation and registry queries.
 *
 * @module
 */
export {
  CERTIFICATE_RULES,
  type ExpiryNoticeRule,
  type ReEvaluationWindowRule,
  type RegimeCertificateRules,
} from "./data/obligations.js";
export { CERTIFICATE_ISSUERS, type CertificateIssuerRule } from "./data/recognition.js";
export { REVOCATION_GROUNDS, REVOCATION_RULES, type RevocationRules } from "./data/revocation.js";
export { CERTIFICATE_VALIDITY, type ValidityRule } from "./data/validity.js";
export { type CertificateValidity, certificateExpiry } from "./expiry.js";
export {
  type CertificateHistory,
  type CertificateHistoryEntry,
  certificateHistory,
  certificateInForceOn,
} from "./history.js";
export {
  certificateObligations,
  certificateValidity,
  expiryNoticeDeadline,
  reEvaluationDecisionDue,
  reEvaluationWindow,
} from "./obligations.js";
export {
  type UpcomingGroup,
  type UpcomingItem,
  type UpcomingKind,
  type UpcomingOptions,
  type UpcomingReport,
  upcomingCertificateDeadlines,
} from "./registry.js";
export {
  type RevocationAuthority,
  type RevocationDeadline,
  revocationAuthority,
  revocationDeadline,
  revocationGround,
  revocationGrounds,
} from "./revocation.js";
export { certificateStatus } from "./status.js";
export type {
  Certificate,
  CertificateEvent,
  CertificateHolder,
  CertificateIssuer,
  CertificateLocality,
  CertificateObligations,
  CertificateProduct,
  CertificateStars,
  CertificateStatus,
  CertificateStatusKind,
  Deadline,
  DeadlineName,
  DecisionEvent,
  ExpiryNotice,
  IssuerLevel,
  NoticeSentEvent,
  ReEvaluationFiledEvent,
  ReEvaluationWindow,
  RevocationEvent,
  RevocationGround,
  RevocationGroundId,
  TransitionCoverage,
} from "./types.js";
export { isCertificate, parseCertificate, parseCertificateEvents } from "./validate.js";
