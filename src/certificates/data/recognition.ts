/**
 * Which issuer levels may sign a certificate of each star rank, per regime: used to reject impossible
 * certificates. It extends the recognition rules of the scoring module (`RECOGNITION`, who recognises each
 * rank) with the levels accepted in practice; a test keeps the two consistent.
 *
 * @module
 */
import type { RegimeId } from "../../regulations/types.js";
import type { CertificateStars, IssuerLevel } from "../types.js";

/** The issuer levels allowed for each star rank under one regime, with the basis. */
export interface CertificateIssuerRule {
  readonly issuers: Readonly<Record<CertificateStars, readonly IssuerLevel[]>>;
  readonly basis: string;
}

/**
 * Issuer levels per regime and star rank.
 *
 * - 1048 (+781): the province certifies 3★ and 4★, the Ministry 5★; the district evaluates but certifies
 *   nothing (danang.gov.vn, rules.md "Under 1048").
 * - 148: the district certifies 3★, the province 4★, the Ministry 5★; the province is also accepted for 3★
 *   because some provinces (Hà Nội) kept 3★ recognition at provincial level (UNCERTAIN in the sources).
 * - 148+1489 and 26/2026: the province certifies 3★ and 4★, the Ministry 5★ (26/2026, Article 4.1).
 */
export const CERTIFICATE_ISSUERS = {
  "1048": {
    issuers: { 3: ["province"], 4: ["province"], 5: ["central"] },
    basis: "1048/QĐ-TTg (secondary: danang.gov.vn OCOP page)",
  },
  "1048+781": {
    issuers: { 3: ["province"], 4: ["province"], 5: ["central"] },
    basis: "1048/QĐ-TTg as amended by 781/QĐ-TTg (secondary: danang.gov.vn OCOP page)",
  },
  "148": {
    issuers: { 3: ["district", "province"], 4: ["province"], 5: ["central"] },
    basis:
      "148/QĐ-TTg (secondary: langngheviet.com.vn, baolaocai.vn); provincial 3★ accepted (Hà Nội practice)",
  },
  "148+1489": {
    issuers: { 3: ["province"], 4: ["province"], 5: ["central"] },
    basis: "1489/QĐ-TTg: two levels, province and central (secondary: langngheviet.com.vn)",
  },
  "26/2026": {
    issuers: { 3: ["province"], 4: ["province"], 5: ["central"] },
    basis: "26/2026/QĐ-TTg, Điều 4 khoản 1",
  },
} as const satisfies Record<RegimeId, CertificateIssuerRule>;
