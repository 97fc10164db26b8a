/**
 * Revocation of certificates (thu hồi giấy chứng nhận): the grounds, who revokes, and the time limit.
 *
 * 26/2026/QĐ-TTg Article 8 is law; for the earlier regimes, whose texts were not read, only the grounds seen
 * in provincial practice are listed, each with its source, marked `practice`.
 *
 * @module
 */
import type { Bilingual } from "../../errors/ocop-error.js";
import type { RegimeId, Source } from "../../regulations/types.js";
import type { CertificateStars, RevocationGround } from "../types.js";

const OFFICIAL_26_2026: Source = {
  url: "https://vanban.chinhphu.vn/?classid=1&docid=218267",
  supports: "official text, Article 8",
};

const EARLIER_REGIMES = ["1048", "1048+781", "148", "148+1489"] as const satisfies readonly RegimeId[];

/** Every revocation ground: the six of 26/2026/QĐ-TTg Article 8.1, then the grounds seen in earlier practice. */
export const REVOCATION_GROUNDS = [
  {
    id: "false-dossier",
    basis: "law",
    regimes: ["26/2026"],
    article: "26/2026/QĐ-TTg, Điều 8 khoản 1 điểm a",
    text: {
      vi: "Chủ thể OCOP bị phát hiện cung cấp thông tin, tài liệu không trung thực hoặc giả mạo hồ sơ trong quá trình đăng ký đánh giá, phân hạng sản phẩm OCOP.",
      en: "The OCOP subject is found to have given untruthful information or documents, or forged the dossier, when registering for evaluation.",
    },
    sources: [OFFICIAL_26_2026],
  },
  {
    id: "criteria-not-met",
    basis: "law",
    regimes: ["26/2026"],
    article: "26/2026/QĐ-TTg, Điều 8 khoản 1 điểm b",
    text: {
      vi: "Sản phẩm OCOP không còn đáp ứng các tiêu chí theo Bộ tiêu chí OCOP theo kết luận kiểm tra, giám sát của cơ quan có thẩm quyền.",
      en: "The product no longer meets the OCOP criteria, per an inspection or supervision conclusion of the competent authority.",
    },
    sources: [OFFICIAL_26_2026],
  },
  {
    id: "law-violation",
    basis: "law",
    regimes: ["26/2026"],
    article: "26/2026/QĐ-TTg, Điều 8 khoản 1 điểm c",
    text: {
      vi: "Sản phẩm OCOP vi phạm quy định pháp luật về chất lượng sản phẩm, an toàn thực phẩm, bảo vệ môi trường, sở hữu trí tuệ, ghi nhãn hàng hóa hoặc các quy định pháp luật khác có liên quan theo kết luận của cơ quan có thẩm quyền.",
      en: "The product breaches the law on product quality, food safety, environmental protection, intellectual property, goods labelling or other related law, per a conclusion of the competent authority.",
    },
    sources: [OFFICIAL_26_2026],
  },
  {
    id: "mark-misuse",
    basis: "law",
    regimes: ["26/2026"],
    article: "26/2026/QĐ-TTg, Điều 8 khoản 1 điểm d",
    text: {
      vi: "Chủ thể OCOP sử dụng nhãn hiệu OCOP không đúng quy định, gây nhầm lẫn về sản phẩm được công nhận.",
      en: "The OCOP subject uses the OCOP mark against the rules, causing confusion about which product is recognised.",
    },
    sources: [OFFICIAL_26_2026],
  },
  {
    id: "production-stopped",
    basis: "law",
    regimes: ["26/2026"],
    article: "26/2026/QĐ-TTg, Điều 8 khoản 1 điểm đ",
    text: {
      vi: "Chủ thể OCOP không còn hoạt động sản xuất sản phẩm OCOP.",
      en: "The OCOP subject no longer produces the OCOP product.",
    },
    sources: [OFFICIAL_26_2026],
  },
  {
    id: "competent-conclusion",
    basis: "law",
    regimes: ["26/2026"],
    article: "26/2026/QĐ-TTg, Điều 8 khoản 1 điểm e",
    text: {
      vi: "Trường hợp khác theo kết luận và đề nghị của cơ quan nhà nước có thẩm quyền về việc sản phẩm OCOP không đủ điều kiện tiếp tục được công nhận.",
      en: "Other cases where a competent State body concludes and proposes that the product no longer qualifies for recognition.",
    },
    sources: [OFFICIAL_26_2026],
  },
  {
    id: "practice-not-re-evaluated",
    basis: "practice",
    regimes: EARLIER_REGIMES,
    article: null,
    text: {
      vi: "Sản phẩm không được đánh giá, phân hạng lại khi hết thời hạn 36 tháng (thực tiễn cấp tỉnh, không phải quy định).",
      en: "The product was not re-evaluated when the 36 months ended (provincial practice, not law).",
    },
    sources: [
      {
        url: "https://nhandan.vn/ocop/dong-thap-gan-50-san-pham-bi-thu-hoi-giay-chung-nhan-san-pham-ocop-post860975.html",
        supports: "Đồng Tháp 2024: 41 of 47 revoked certificates were not re-evaluated",
      },
      {
        url: "https://hangthat.thuonghieucongluan.com.vn/dong-thap-thu-hoi-25-san-pham-ocop-tu-3-den-4-sao-a93320.html",
        supports: "Đồng Tháp 2023: 25 products revoked, same grounds",
      },
    ],
  },
  {
    id: "practice-failed-mandatory-criteria",
    basis: "practice",
    regimes: EARLIER_REGIMES,
    article: null,
    text: {
      vi: "Sản phẩm được đánh giá lại nhưng không đáp ứng tiêu chí bắt buộc của sản phẩm OCOP 3 sao (thực tiễn cấp tỉnh, không phải quy định).",
      en: "The product was re-evaluated but failed the mandatory criteria of a 3★ OCOP product (provincial practice, not law).",
    },
    sources: [
      {
        url: "https://nhandan.vn/ocop/dong-thap-gan-50-san-pham-bi-thu-hoi-giay-chung-nhan-san-pham-ocop-post860975.html",
        supports: "Đồng Tháp 2024: 6 of 47 failed the mandatory 3★ criteria",
      },
      {
        url: "https://hangthat.thuonghieucongluan.com.vn/dong-thap-thu-hoi-25-san-pham-ocop-tu-3-den-4-sao-a93320.html",
        supports: "Đồng Tháp 2023: same grounds",
      },
    ],
  },
  {
    id: "practice-provincial-rules-violation",
    basis: "practice",
    regimes: EARLIER_REGIMES,
    article: null,
    text: {
      vi: "Vi phạm quy chế quản lý sản phẩm OCOP của tỉnh: không đúng quy trình sản xuất đã công bố, vi phạm an toàn thực phẩm, sản phẩm không đúng chất lượng, mẫu mã đã công nhận, không có hồ sơ chất lượng, truy xuất nguồn gốc, tạm dừng sản xuất (thực tiễn cấp tỉnh, không phải quy định).",
      en: "Breach of the province's OCOP management rules: not following the declared production process, food-safety failures, product not matching the recognised quality or design, no quality or traceability records, production suspended (provincial practice, not law).",
    },
    sources: [
      {
        url: "https://baohatinh.vn/ha-tinh-thu-hoi-chung-nhan-5-san-pham-ocop-post222760.html",
        supports: "Hà Tĩnh Quyết định 3763/QĐ-UBND of 18/11/2021 revoking 5 certificates",
      },
    ],
  },
  {
    id: "practice-holder-ceased",
    basis: "practice",
    regimes: EARLIER_REGIMES,
    article: null,
    text: {
      vi: "Chủ thể giải thể hoặc không còn hoạt động (thực tiễn; được nêu là lý do không đánh giá lại).",
      en: "The holder was dissolved or stopped operating (practice; cited as the reason no re-evaluation took place).",
    },
    sources: [
      {
        url: "https://nongthon.vn/nongnghiep360/26-san-pham-ocop-het-han-cong-nhan.html",
        supports: "holders dissolved or not operating among the reasons certificates lapsed",
      },
    ],
  },
] as const satisfies readonly RevocationGround[];

/** Who revokes, and the time limit, under one regime. */
export interface RevocationRules {
  /** Where the grounds of revocation come from under this regime (cited when a ground is refused). */
  readonly groundsReference: string;
  /** Who decides, per star rank. */
  readonly authority: Readonly<Record<CertificateStars, Bilingual>>;
  readonly authorityBasis: "law" | "practice";
  readonly authorityReference: string;
  /** Days from the competent conclusion (or the commune's confirmation) to the revocation, or `null`. */
  readonly deadlineDays: number | null;
  readonly deadlineReference: string | null;
  readonly sources: readonly Source[];
}

const PROVINCE_CHAIRMAN: Bilingual = {
  vi: "Chủ tịch UBND cấp tỉnh",
  en: "Chairman of the Provincial People's Committee",
};
const ISSUING_BODY: Bilingual = {
  vi: "Cơ quan đã ban hành quyết định công nhận",
  en: "The body that issued the recognition decision",
};
const PRACTICE_AUTHORITY: RevocationRules = {
  groundsReference: "grounds seen in practice (no text read)",
  authority: { 3: ISSUING_BODY, 4: ISSUING_BODY, 5: ISSUING_BODY },
  authorityBasis: "practice",
  authorityReference: "provincial practice (e.g. Nghệ An); the earlier decisions' texts were not read",
  deadlineDays: null,
  deadlineReference: null,
  sources: [
    {
      url: "https://id.vietnam.vn/nghe-an-ra-quyet-dinh-thu-hoi-giay-chung-nhan-san-pham-ocop",
      supports: "the provincial People's Committee that recognised the products revokes them",
    },
  ],
};

/** Revocation authority and time limit per regime. Only 26/2026/QĐ-TTg states them (Article 8.2 and 8.4). */
export const REVOCATION_RULES = {
  "1048": PRACTICE_AUTHORITY,
  "1048+781": PRACTICE_AUTHORITY,
  "148": PRACTICE_AUTHORITY,
  "148+1489": PRACTICE_AUTHORITY,
  "26/2026": {
    groundsReference: "26/2026/QĐ-TTg, Article 8.1",
    authority: {
      3: PROVINCE_CHAIRMAN,
      4: PROVINCE_CHAIRMAN,
      5: { vi: "Bộ trưởng Bộ Nông nghiệp và Môi trường", en: "Minister of Agriculture and Environment" },
    },
    authorityBasis: "law",
    authorityReference: "26/2026/QĐ-TTg, Điều 8 khoản 2",
    deadlineDays: 15,
    deadlineReference:
      "26/2026/QĐ-TTg, Điều 8 khoản 4: 15 ngày kể từ ngày có kết luận của cơ quan có thẩm quyền về hành vi vi phạm của chủ thể hoặc xác nhận của UBND cấp xã về chủ thể OCOP không còn sản xuất sản phẩm OCOP",
    sources: [OFFICIAL_26_2026],
  },
} as const satisfies Record<RegimeId, RevocationRules>;
