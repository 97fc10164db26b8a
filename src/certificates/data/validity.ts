/**
 * How long a certificate is valid, per regime, with its legal reference.
 *
 * @module
 */
import type { RegimeId, Source } from "../../regulations/types.js";

/** The validity of certificates issued under one regime. */
export interface ValidityRule {
  /** Months of validity, counted from the issue date by the Civil Code 2015, Articles 147–148. */
  readonly months: number;
  /** What the text says. */
  readonly text: string;
  /** Where it is stated: the article for a primary text, URLs for the earlier regimes. */
  readonly reference: string;
  readonly sources: readonly Source[];
  /** `primary` when the official text was read; `secondary` when only press and provincial pages confirm it. */
  readonly confirmedBy: "primary" | "secondary";
}

const SECONDARY_36_MONTHS: readonly Source[] = [
  {
    url: "https://danang.gov.vn/web/san-pham-ocop/danh-muc-cd/chi-tiet?id=4782&_c=94677574",
    supports: "36 months from the date the competent authority issues the decision",
  },
  {
    url: "http://ocop.quangnam.gov.vn/chi-tiet/group/98/nid/9935/phe-duyet-ket-qua-danh-gia-phan-hang-san-pham-ocop-dot-1-nam-2-2",
    supports: "1048 era: 'có giá trị trong 03 năm (36 tháng), kể từ ngày Quyết định được ký ban hành'",
  },
  {
    url: "https://nguoinghe.vn/nghe-an-40-san-pham-het-thoi-han-su-dung-nhan-hieu-ocop-a264135.html",
    supports:
      "Nghệ An decision 303/QĐ-UBND of 4/2/2020 'hết hiệu lực kể từ ngày 4/2/2023' (same day, 3 years on)",
  },
  {
    url: "https://thegioitiepthi.danviet.vn/thai-nguyen-co-them-mot-san-pham-che-dat-ocop-5-sao-cap-quoc-gia-d1372114.html",
    supports: "5★ (2025): '36 tháng kể từ ngày ký quyết định'",
  },
];

/**
 * Validity of OCOP certificates, per regime. Every regime gives 36 months from the date the recognition
 * decision is issued; only 26/2026/QĐ-TTg has been read in its official text (Article 4.3).
 */
export const CERTIFICATE_VALIDITY = {
  "1048": {
    months: 36,
    text: "có giá trị trong 03 năm (36 tháng), kể từ ngày Quyết định được ký ban hành",
    reference: "1048/QĐ-TTg (2019), as applied by provinces; official text not read",
    sources: SECONDARY_36_MONTHS,
    confirmedBy: "secondary",
  },
  "1048+781": {
    months: 36,
    text: "có giá trị trong 03 năm (36 tháng), kể từ ngày Quyết định được ký ban hành",
    reference: "1048/QĐ-TTg as amended by 781/QĐ-TTg, as applied by provinces; official text not read",
    sources: SECONDARY_36_MONTHS,
    confirmedBy: "secondary",
  },
  "148": {
    months: 36,
    text: "có giá trị trong thời hạn 36 tháng kể từ ngày cơ quan có thẩm quyền ban hành",
    reference: "148/QĐ-TTg (2023), as applied by provinces; official text not read",
    sources: [
      ...SECONDARY_36_MONTHS,
      {
        url: "https://baonghean.vn/print/10277800.html",
        supports: "36 months from the recognition decision (2024)",
      },
    ],
    confirmedBy: "secondary",
  },
  "148+1489": {
    months: 36,
    text: "có giá trị trong thời hạn 36 tháng kể từ ngày cơ quan có thẩm quyền ban hành",
    reference: "148/QĐ-TTg as amended by 1489/QĐ-TTg (1489 changed the procedure annex only)",
    sources: SECONDARY_36_MONTHS,
    confirmedBy: "secondary",
  },
  "26/2026": {
    months: 36,
    text: "Giấy chứng nhận cho sản phẩm OCOP đạt từ 3 sao trở lên có giá trị trong thời hạn 36 tháng kể từ ngày cơ quan có thẩm quyền ban hành.",
    reference: "26/2026/QĐ-TTg, Điều 4 khoản 3",
    sources: [
      { url: "https://vanban.chinhphu.vn/?classid=1&docid=218267", supports: "official text, Article 4.3" },
    ],
    confirmedBy: "primary",
  },
} as const satisfies Record<RegimeId, ValidityRule>;
