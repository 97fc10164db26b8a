/**
 * Decision 781/QĐ-TTg (08/06/2020) amending Decision 1048/QĐ-TTg: the new Mục 6 of Phụ lục II, "Yêu cầu về một
 * số tiêu chí cần đạt tối thiểu trong đánh giá, phân hạng sản phẩm" (minimum criteria a product must meet for
 * each star level), as far as it could be recovered.
 *
 * The official text of 781/QĐ-TTg was not available. What is recorded here is the summary a provincial portal
 * published when the decision was signed (yenbai.gov.vn), which the project's research notes also found on
 * tapchicongthuong.vn. That summary lists the minimums of the quality criteria group for 2, 3 and 4 stars and
 * is cut off inside the 4-star list; the 5-star minimums and the minimums of the other two criteria groups
 * (product and community strength; marketing) were not recovered.
 *
 * The minimums are a separate list in 1048's procedure annex, not markers on the options of the scoring sheets
 * (the `***`/`****`/`*****` markers appeared with 148/QĐ-TTg in 2023), so they are data of their own here and
 * are not mapped onto criteria of the 1048 sets.
 *
 * @module
 */
import type { Bilingual } from "../../errors/ocop-error.js";
import type { DataStatus, StarLevel } from "../types.js";

/** The three criteria groups 781/QĐ-TTg sets minimums for (the three parts A, B, C of the 1048 sheets). */
export type CriteriaGroup781 = "product-and-community" | "marketing" | "quality";

/** How much of a list is known. */
export type Completeness781 =
  /** As listed by the secondary source, which does not say it abridged anything; the official list was not read. */
  | "as-reported"
  /** The stored copies break off inside the list or the item. */
  | "truncated"
  /** Nothing of it was recovered. */
  | "not-recovered";

/** One minimum requirement. */
export interface Minimum781Requirement {
  /** The criterion the requirement is about, as named in the text ("Hồ sơ công bố chất lượng sản phẩm"). */
  readonly criterion: Bilingual;
  /**
   * The product groups ("nhóm") the requirement is restricted to, as numbered in the text, or `null` where the
   * text names none. What the numbers denote is not stated in the recovered text (see {@link MINIMUMS_781}
   * `notes`).
   */
  readonly productGroups: readonly number[] | null;
  /** The requirement. Verbatim Vietnamese (typos kept), English translation. */
  readonly text: Bilingual;
  /** `"truncated"` where the copies break off inside the item. */
  readonly completeness: Exclude<Completeness781, "not-recovered">;
}

/** The minimums of one star level within one criteria group. */
export interface Minimum781Level {
  readonly stars: StarLevel;
  /**
   * A lower level whose requirements this level includes ("Đáp ứng các yêu cầu của hạng 3 sao"), or `null` where
   * the text does not say so.
   */
  readonly includesLevel: StarLevel | null;
  readonly requirements: readonly Minimum781Requirement[];
  readonly completeness: Completeness781;
}

/** The minimums of one criteria group. */
export interface Minimum781Group {
  readonly id: CriteriaGroup781;
  /** The group as numbered and named in the text ("3- Chất lượng sản phẩm"). */
  readonly name: Bilingual;
  /** The levels recovered, in ascending order of stars. */
  readonly levels: readonly Minimum781Level[];
  readonly completeness: Completeness781;
}

/** The minimum requirements per star added by 781/QĐ-TTg. */
export interface Minimums781 {
  readonly regulation: "781/QĐ-TTg";
  readonly amends: "1048/QĐ-TTg";
  /** Where in the amended decision the list sits. */
  readonly reference: string;
  /** The heading of the new Mục 6. */
  readonly title: Bilingual;
  /** The product group the list does not apply to. */
  readonly excludedProductGroup: Bilingual;
  readonly groups: readonly Minimum781Group[];
  readonly status: DataStatus;
  /** Where the data comes from. */
  readonly sources: readonly { readonly url: string; readonly supports: string }[];
  readonly notes: readonly Bilingual[];
}

/**
 * Decision 781/QĐ-TTg, Article 1 (new Mục 6 of Phụ lục II of 1048/QĐ-TTg): minimum criteria per star level,
 * partial and unconfirmed (see `notes`).
 */
export const MINIMUMS_781 = {
  regulation: "781/QĐ-TTg",
  amends: "1048/QĐ-TTg",
  reference: "Quyết định 781/QĐ-TTg ngày 08/6/2020, bổ sung Mục 6, Phụ lục II Quyết định 1048/QĐ-TTg",
  title: {
    vi: "Yêu cầu về một số tiêu chí cần đạt tối thiểu trong đánh giá, phân hạng sản phẩm",
    en: "Requirements on some criteria that must be met at a minimum in evaluating and classifying products",
  },
  excludedProductGroup: {
    vi: "Dịch vụ du lịch cộng đồng và điểm du lịch",
    en: "Community tourism services and tourist destinations",
  },
  groups: [
    {
      id: "product-and-community",
      name: { vi: "1- Sản phẩm và sức mạnh cộng đồng", en: "1 - Product and community strength" },
      levels: [],
      completeness: "not-recovered",
    },
    {
      id: "marketing",
      name: { vi: "2- Khả năng tiếp thị", en: "2 - Marketing capability" },
      levels: [],
      completeness: "not-recovered",
    },
    {
      id: "quality",
      name: { vi: "3- Chất lượng sản phẩm", en: "3 - Product quality" },
      completeness: "truncated",
      levels: [
        {
          stars: 2,
          includesLevel: null,
          completeness: "as-reported",
          requirements: [
            {
              criterion: {
                vi: "Hồ sơ công bố chất lượng sản phẩm",
                en: "Product quality declaration dossier",
              },
              productGroups: [4, 5],
              text: {
                vi: "Có bản mô tả về tiêu chuẩn chất lượng sản phẩm",
                en: "A description of the product's quality standard",
              },
              completeness: "as-reported",
            },
          ],
        },
        {
          stars: 3,
          includesLevel: null,
          completeness: "as-reported",
          requirements: [
            {
              criterion: {
                vi: "Hồ sơ công bố chất lượng sản phẩm",
                en: "Product quality declaration dossier",
              },
              productGroups: null,
              text: {
                vi: "Có công bố tiêu chuẩn sản phẩm theo quy định",
                en: "The product standard is declared as required by law",
              },
              completeness: "as-reported",
            },
            {
              criterion: { vi: "Bảo đảm chất lượng sản phẩm", en: "Product quality assurance" },
              productGroups: [1, 2, 3, 4],
              text: {
                vi: "Có kế hoạch kiểm soát nội bộ gắn với truy suất nguồn gốc theo quy định của pháp luật",
                en: "An internal control plan linked to traceability as required by law",
              },
              completeness: "as-reported",
            },
            {
              criterion: { vi: "Mức độ tinh xảo/sắc nét", en: "Refinement/sharpness of workmanship" },
              productGroups: [5],
              text: { vi: "Có giá trị mỹ thuật, kỹ thuật", en: "Has artistic and technical value" },
              completeness: "as-reported",
            },
          ],
        },
        {
          stars: 4,
          includesLevel: 3,
          completeness: "truncated",
          requirements: [
            {
              criterion: { vi: "Tính độc đáo", en: "Uniqueness" },
              productGroups: [1, 2, 3, 4],
              text: {
                vi: "Chất lượng sản phẩm độc đáo, mang tính đặc…",
                en: "Unique product quality, of a distinctive… (cut off)",
              },
              completeness: "truncated",
            },
          ],
        },
      ],
    },
  ],
  status: "unconfirmed",
  sources: [
    {
      url: "https://yenbai.gov.vn:443/nong-thon-moi/noidung/tintuc/Pages/chi-tiet-tin-tuc.aspx?ItemID=981&l=Tinhoatdong&lv=5",
      supports:
        "signer (Phó Thủ tướng Trịnh Đình Dũng); new Mục 6 of Phụ lục II; exclusion of the tourism group; three criteria groups, 1 to 5 stars; quality-group minimums for 2, 3 and 4 stars (cut off inside the 4-star list)",
    },
    {
      url: "https://tapchicongthuong.vn/tieu-chi-phan-hang-tu-2-sao-den-5-sao-san-pham-ocop-72720.htm",
      supports: "the same summary (per the project's research notes; not re-read in this pass)",
    },
  ],
  notes: [
    {
      vi: "Văn bản chính thức của 781/QĐ-TTg chưa được đọc; dữ liệu lấy từ bản tóm tắt trên cổng thông tin tỉnh Yên Bái.",
      en: "The official text of 781/QĐ-TTg was not read; the data come from the summary on the Yên Bái provincial portal.",
    },
    {
      vi: 'Thiếu: toàn bộ yêu cầu tối thiểu của nhóm tiêu chí 1 (sản phẩm và sức mạnh cộng đồng) và 2 (khả năng tiếp thị); yêu cầu hạng 1 sao (nếu có); phần còn lại của hạng 4 sao (bản sao dừng ở "mang tính đặc…"; các ghi chú nghiên cứu ghi thêm một mục 3 bắt đầu bằng "Mức độ t…"); toàn bộ hạng 5 sao.',
      en: 'Missing: all minimums of criteria groups 1 (product and community strength) and 2 (marketing); the 1-star level (if any); the rest of the 4-star list (the copy stops at "mang tính đặc…"; the research notes record a third item starting "Mức độ t…"); the whole 5-star list.',
    },
    {
      vi: 'Mục 4 sao (2) có lẽ là "mang tính đặc trưng" (khớp lựa chọn "Độc đáo, mang tính đặc trưng" mang dấu **** của Quyết định 148/QĐ-TTg), nhưng chưa xác nhận nên giữ nguyên chỗ bị cắt.',
      en: 'The 4-star item (2) probably reads "mang tính đặc trưng" (distinctive; it matches the option "Độc đáo, mang tính đặc trưng" that carries the **** marker in Decision 148/QĐ-TTg), but this is unconfirmed, so the cut is kept.',
    },
    {
      vi: '"Nhóm 1–5" trong văn bản chưa được định nghĩa trong phần đã thu thập. Cách đọc hợp lý nhất: sáu ngành theo thứ tự Điều 1 Quyết định 1048 (1 Thực phẩm, 2 Đồ uống, 3 Thảo dược, 4 Vải và may mặc, 5 Lưu niệm – nội thất – trang trí, 6 Dịch vụ du lịch), vì "Mức độ tinh xảo/sắc nét" chỉ hợp với hàng thủ công (nhóm 5) và nhóm du lịch bị loại trừ. Chưa xác nhận; một bản dữ liệu khác đánh số 4 là thủ công, 5 là vải.',
      en: '"Nhóm 1–5" (groups 1–5) is not defined in the recovered text. The most plausible reading is the six sectors in the order of Article 1 of Decision 1048 (1 food, 2 drinks, 3 herbal products, 4 textiles and garments, 5 souvenirs – furniture – decoration, 6 tourism services), since "refinement/sharpness" only fits handicrafts (group 5) and tourism is excluded. Unconfirmed; one third-party database numbers handicrafts 4 and textiles 5.',
    },
    {
      vi: 'Lỗi chính tả của bản sao được giữ nguyên: "truy suất" (đọc là "truy xuất", truy xuất nguồn gốc).',
      en: 'A typo of the copy is kept verbatim: "truy suất" (read as "truy xuất", traceability).',
    },
  ],
} as const satisfies Minimums781;
