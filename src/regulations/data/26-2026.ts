import type { CertificateTransition, DossierTransition, Regulation } from "../types.js";

/**
 * Decision 26/2026/QĐ-TTg (22 May 2026): the criteria and procedure in force today. Primary text:
 * vanban.chinhphu.vn, docid=218267.
 */
export const DECISION_26_2026 = {
  number: "26/2026/QĐ-TTg",
  kind: "criteria-and-procedure",
  title: {
    vi: "Ban hành Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm mỗi xã một sản phẩm",
    en: "Promulgating the criteria and the procedure for evaluating and classifying One Commune One Product products",
  },
  signer: { name: "Hồ Quốc Dũng", office: { vi: "Phó Thủ tướng", en: "Deputy Prime Minister" } },
  signedOn: "2026-05-22",
  // Article 11.1: "có hiệu lực thi hành từ ngày 22 tháng 5 năm 2026".
  effectiveFrom: "2026-05-22",
  effectiveUntil: null,
  amends: [],
  // Article 11.2: 148/QĐ-TTg and 1489/QĐ-TTg cease to have effect 60 days after 22/05/2026.
  replaces: ["148/QĐ-TTg", "1489/QĐ-TTg"],
  officialReference:
    "Quyết định số 26/2026/QĐ-TTg ngày 22/5/2026 của Thủ tướng Chính phủ (vanban.chinhphu.vn, docid=218267)",
  sources: [{ url: "https://vanban.chinhphu.vn/?classid=1&docid=218267", supports: "full official text" }],
  uncertain: [],
} as const satisfies Regulation;

/**
 * Decision 26/2026/QĐ-TTg, Article 12.2: dossiers filed before 22/05/2026 and not yet evaluated continue
 * under the 2021–2025 rules (148/QĐ-TTg as amended by 1489/QĐ-TTg), within 60 days (first evaluation or
 * upgrade) or 30 days (re-evaluation) of 22/05/2026.
 */
export const TRANSITIONS_26_2026 = [
  {
    setBy: "26/2026/QĐ-TTg",
    article: "Điều 12 khoản 2 điểm a",
    filedBefore: "2026-05-22",
    kinds: ["first-evaluation", "upgrade"],
    continuesUnder: "148+1489",
    completeWithinDays: 60,
    countedFrom: "2026-05-22",
    text: {
      vi: "Đối với những sản phẩm đánh giá, phân hạng lần đầu hoặc nâng hạng: Tiếp tục thực hiện theo quy định về đánh giá, phân hạng sản phẩm OCOP của giai đoạn 2021 - 2025, nhưng thời hạn hoàn thành đánh giá, phân hạng không quá 60 ngày, kể từ ngày Quyết định này có hiệu lực.",
      en: "First evaluations and upgrades continue under the 2021–2025 rules, but must be completed within 60 days of the date this Decision takes effect.",
    },
  },
  {
    setBy: "26/2026/QĐ-TTg",
    article: "Điều 12 khoản 2 điểm b",
    filedBefore: "2026-05-22",
    kinds: ["re-evaluation"],
    continuesUnder: "148+1489",
    completeWithinDays: 30,
    countedFrom: "2026-05-22",
    text: {
      vi: "Đối với những sản phẩm đăng ký đánh giá, phân hạng lại: Tiếp tục thực hiện theo quy định về đánh giá, phân hạng sản phẩm OCOP của giai đoạn 2021 - 2025, nhưng thời hạn hoàn thành đánh giá, phân hạng lại không quá 30 ngày, kể từ ngày Quyết định này có hiệu lực.",
      en: "Re-evaluations continue under the 2021–2025 rules, but must be completed within 30 days of the date this Decision takes effect.",
    },
  },
] as const satisfies readonly DossierTransition[];

/** Decision 26/2026/QĐ-TTg, Article 12.1 and 12.3: certificates issued before 22/05/2026. */
export const CERTIFICATE_TRANSITION_26_2026 = {
  setBy: "26/2026/QĐ-TTg",
  article: "Điều 12 khoản 1 và khoản 3",
  issuedBefore: "2026-05-22",
  reEvaluationGraceDays: 180,
  text: {
    vi: "Sản phẩm đã được công nhận đạt từ 3 sao đến 5 sao trước ngày Quyết định này có hiệu lực thì tiếp tục có giá trị đến hết thời hạn theo quyết định công nhận. Sản phẩm thuộc đối tượng đánh giá, phân hạng lại nhưng thời gian nộp hồ sơ không đáp ứng được thời hạn theo điểm a khoản 6 Điều 7 thì giấy chứng nhận tiếp tục có hiệu lực đến ngày có kết quả xử lý của cơ quan có thẩm quyền, nhưng không quá 180 ngày tính từ ngày hết thời hạn.",
    en: "Products recognised at 3 to 5 stars before this Decision takes effect keep their recognition until the expiry in their recognition decision. Where a product due for re-evaluation could not file within the window of Article 7.6(a), its certificate stays valid until the competent authority decides, but no longer than 180 days after its expiry.",
  },
} as const satisfies CertificateTransition;
