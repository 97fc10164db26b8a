/**
 * What each regime requires before a certificate expires: the holder's re-evaluation filing window
 * (26/2026/QĐ-TTg) or the issuing body's written notice (148/QĐ-TTg, with or without 1489/QĐ-TTg).
 *
 * A rule applies to a certificate when the date it sets falls within the period of the regime that states
 * it (see `docs/certificates.md`, "Which rule applies").
 *
 * @module
 */
import type { Bilingual } from "../../errors/ocop-error.js";
import type { RegimeId, Source } from "../../regulations/types.js";

/** The holder files for re-evaluation within a window before expiry; the evaluation has a time limit. */
export interface ReEvaluationWindowRule {
  /** The window opens this many days before the expiry ("không sớm hơn ... ngày"). */
  readonly opensDaysBeforeExpiry: number;
  /** The window closes this many days before the expiry ("không muộn hơn ... ngày"). */
  readonly closesDaysBeforeExpiry: number;
  /** The re-evaluation takes at most this many days from the complete file. */
  readonly decisionWithinDays: number;
  readonly article: string;
  readonly text: Bilingual;
  readonly sources: readonly Source[];
}

/** The issuing body notifies the holder in writing before expiry. */
export interface ExpiryNoticeRule {
  /** At the latest this many days before the expiry ("chậm nhất ... ngày trước"). */
  readonly daysBeforeExpiry: number;
  /** Who must send it. */
  readonly by: Bilingual;
  readonly reference: string;
  readonly text: Bilingual;
  readonly sources: readonly Source[];
  /** What could not be confirmed, or `null`. */
  readonly uncertain: string | null;
}

/** The pre-expiry rules of one regime. */
export interface RegimeCertificateRules {
  readonly reEvaluationWindow: ReEvaluationWindowRule | null;
  readonly expiryNotice: ExpiryNoticeRule | null;
  /** What the sources say when a rule is absent. */
  readonly note: string;
}

const NOTICE_148_TEXT: Bilingual = {
  vi: "Chậm nhất 30 ngày trước ngày hết thời hạn 36 tháng, cơ quan ban hành Quyết định công nhận kết quả và cấp Giấy chứng nhận đạt sao có văn bản thông báo cho các chủ thể OCOP về thời hạn của Giấy chứng nhận.",
  en: "At the latest 30 days before the 36 months end, the body that issued the recognition decision and the certificate notifies the OCOP subject in writing of the certificate's term.",
};

const NOTICE_148_SOURCE: Source = {
  url: "https://doanhnghiepvadoisong.com.vn/print-3767.html",
  supports: "148/QĐ-TTg: written notice at the latest 30 days before the 36 months end (quoted)",
};

/**
 * Pre-expiry rules per regime.
 *
 * - 1048, 1048+781: no notice and no window found; re-evaluation was voluntary, filed per the local plan.
 * - 148, 148+1489: the issuing body's written notice, at the latest 30 days before expiry (secondary source).
 * - 26/2026: the holder files no earlier than 180 and no later than 120 days before expiry (Article 7.6.a);
 *   the re-evaluation takes at most 45 days from the complete file (Article 7.6.g); no notice duty.
 */
export const CERTIFICATE_RULES = {
  "1048": {
    reEvaluationWindow: null,
    expiryNotice: null,
    note: "No expiry notice and no filing window found for 1048/QĐ-TTg; re-evaluation was voluntary, registered per the local OCOP plan ('thường xuyên, liên tục').",
  },
  "1048+781": {
    reEvaluationWindow: null,
    expiryNotice: null,
    note: "As 1048/QĐ-TTg: 781/QĐ-TTg amended annexes; no notice or window found.",
  },
  "148": {
    reEvaluationWindow: null,
    expiryNotice: {
      daysBeforeExpiry: 30,
      by: {
        vi: "Cơ quan ban hành Quyết định công nhận",
        en: "The body that issued the recognition decision",
      },
      reference: "148/QĐ-TTg, procedure annex (official text not read)",
      text: NOTICE_148_TEXT,
      sources: [NOTICE_148_SOURCE],
      uncertain: "one secondary source quoting the decision",
    },
    note: "The holder re-files after the notice 'nếu có nhu cầu'; no filing window.",
  },
  "148+1489": {
    reEvaluationWindow: null,
    expiryNotice: {
      daysBeforeExpiry: 30,
      by: {
        vi: "Cơ quan ban hành Quyết định công nhận",
        en: "The body that issued the recognition decision",
      },
      reference: "148/QĐ-TTg as amended by 1489/QĐ-TTg (official texts not read)",
      text: NOTICE_148_TEXT,
      sources: [NOTICE_148_SOURCE],
      uncertain: "assumed unchanged by 1489/QĐ-TTg, which amended the procedure annex; not confirmed",
    },
    note: "As 148/QĐ-TTg.",
  },
  "26/2026": {
    reEvaluationWindow: {
      opensDaysBeforeExpiry: 180,
      closesDaysBeforeExpiry: 120,
      decisionWithinDays: 45,
      article: "26/2026/QĐ-TTg, Điều 7 khoản 6 điểm a và điểm g",
      text: {
        vi: "Thời gian nộp hồ sơ không sớm hơn 180 ngày và không muộn hơn 120 ngày tính đến ngày hết thời hạn của giấy chứng nhận. [...] Thời gian tổ chức đánh giá, phân hạng lại sản phẩm OCOP không quá 45 ngày kể từ ngày nhận đủ hồ sơ đề nghị của UBND cấp xã hoặc UBND cấp tỉnh.",
        en: "The dossier is filed no earlier than 180 days and no later than 120 days before the certificate's expiry. [...] The re-evaluation takes no more than 45 days from receipt of the complete file from the commune (or the province).",
      },
      sources: [
        { url: "https://vanban.chinhphu.vn/?classid=1&docid=218267", supports: "official text, Article 7.6" },
      ],
    },
    expiryNotice: null,
    note: "26/2026/QĐ-TTg has no notice duty: the holder must watch the window.",
  },
} as const satisfies Record<RegimeId, RegimeCertificateRules>;
