/**
 * The six steps of the annual OCOP cycle ("Chu trình OCOP thường niên"), as data.
 *
 * The cycle comes from the OCOP programme (490/QĐ-TTg, 2018, and its implementation plan 01/QĐ-BCĐTW;
 * kept by 919/QĐ-TTg, 2022). The criteria decisions (1048, 148, 1489, 26/2026) govern step 5 only. The
 * months given are provincial defaults, never law.
 *
 * @module
 */
import type { RegimeId } from "../../regulations/types.js";
import type { CycleResponsibility, CycleStep } from "../types.js";

const PORTAL = "http://ocop.gov.vn/tin-tuc-su-kien/tin-tieu-diem/6-buoc-chuan-hoa-quy-trinh-ocop.html";
const NHANDAN =
  "https://nhandan.vn/chu-trinh-cac-don-vi-o-dia-phuong-thuc-hien-chuong-trinh-ocop-thuong-nien-bao-gom-nhung-buoc-nao-post786389.html";
const QUANG_NINH = "http://ocop.com.vn/p/so-do-chu-trinh/so-do-chu-trinh-6";
const DONG_THAP =
  "http://baodongthap.com.vn/kinh-te/huong-dan-thuc-hien-chu-trinh-chuong-trinh-moi-xa-mot-san-pham--87302.aspx";
const QUANG_BINH = "https://ocop.quangbinh.gov.vn/gioi-thieu/3";
const LANGNGHEVIET =
  "https://langngheviet.com.vn/cong-tac-danh-gia-phan-hang-san-pham-ocop-duoc-chia-thanh-2-cap-33499.html";

const COMMON_SOURCES = [
  { url: PORTAL, supports: "the six steps and their names (central OCOP portal)" },
  { url: NHANDAN, supports: "the six steps of the annual cycle" },
] as const;

/** The same responsibility under the three regimes that had a district level (1048, 1048+781, 148). */
function withDistrict(
  r: CycleResponsibility,
): Pick<{ [R in RegimeId]: CycleResponsibility }, "1048" | "1048+781" | "148"> {
  return { "1048": r, "1048+781": r, "148": r };
}

/** The six steps of the annual OCOP cycle, in order. */
export const CYCLE_STEPS = [
  {
    id: "communication",
    number: 1,
    name: {
      vi: "Tuyên truyền, hướng dẫn về Chương trình OCOP",
      en: "Communication and guidance on the OCOP programme",
    },
    purpose: {
      vi: "Cộng đồng và chủ thể sản xuất biết về Chương trình; phát phiếu đăng ký ý tưởng sản phẩm",
      en: "Make the programme known to communities and producers; hand out the product-idea registration forms",
    },
    requires: [],
    produces: ["programme-awareness"],
    responsible: {
      ...withDistrict({
        levels: ["commune", "district", "province"],
        note: {
          vi: "Các cấp tuyên truyền theo kế hoạch OCOP của địa phương",
          en: "Every level communicates under the local OCOP plan",
        },
        basis: "490/QĐ-TTg and 01/QĐ-BCĐTW (annual cycle); provincial guidance",
        confirmed: false,
      }),
      "148+1489": {
        levels: ["commune", "province"],
        note: { vi: "Không còn cấp huyện từ 01/07/2025", en: "No district level from 01/07/2025" },
        basis: "1489/QĐ-TTg (two levels); provincial guidance",
        confirmed: false,
      },
      "26/2026": {
        levels: ["commune", "province"],
        note: {
          vi: "UBND cấp xã tổ chức tuyên truyền, phổ biến, hướng dẫn phát triển sản phẩm OCOP trên địa bàn",
          en: "The commune People's Committee communicates and guides OCOP product development locally",
        },
        basis: "26/2026/QĐ-TTg, Article 10.4.b (commune); Article 10.3.a (province plans)",
        confirmed: true,
      },
    },
    usualMonths: [
      { kind: "provincial-default", province: "Quảng Bình", months: [2], source: QUANG_BINH },
      { kind: "provincial-default", province: "Đồng Tháp", months: [2], source: DONG_THAP },
      { kind: "provincial-default", province: "Quảng Ninh", months: [3, 4], source: QUANG_NINH },
    ],
    sources: COMMON_SOURCES,
    uncertain: [
      {
        field: "responsible",
        note: "The exact wording of the step list in 490/QĐ-TTg and 919/QĐ-TTg was not verified; communication is continuous.",
      },
    ],
  },
  {
    id: "idea-registration",
    number: 2,
    name: { vi: "Nhận ý tưởng sản phẩm", en: "Receiving product ideas" },
    purpose: {
      vi: "Tiếp nhận phiếu đăng ký ý tưởng sản phẩm, đánh giá và chọn ý tưởng",
      en: "Receive the product-idea registration forms, assess and select the ideas",
    },
    requires: ["programme-awareness"],
    produces: ["idea-registration"],
    responsible: {
      ...withDistrict({
        levels: ["commune", "district"],
        note: {
          vi: "Cán bộ OCOP cấp xã, cấp huyện nhận và đánh giá ý tưởng",
          en: "Commune and district OCOP staff receive and assess the ideas",
        },
        basis: "Provincial guidance (Đồng Tháp, Quảng Ninh)",
        confirmed: false,
      }),
      "148+1489": {
        levels: ["commune"],
        note: {
          vi: "Vai trò cấp huyện không còn; cách phân chia giữa xã và tỉnh chưa rõ",
          en: "The district role is gone; how the commune and province share it is not confirmed",
        },
        basis: "1489/QĐ-TTg (no district level)",
        confirmed: false,
      },
      "26/2026": {
        levels: ["commune"],
        note: {
          vi: "Quyết định 26/2026 không quy định bước này; UBND cấp xã hướng dẫn chủ thể OCOP",
          en: "Decision 26/2026 does not regulate this step; the commune guides OCOP subjects",
        },
        basis: "26/2026/QĐ-TTg, Article 10.4 (commune duties); the step itself is not in the decision",
        confirmed: false,
      },
    },
    usualMonths: [
      { kind: "provincial-default", province: "Quảng Ninh", months: [4, 5, 6], source: QUANG_NINH },
    ],
    sources: [
      ...COMMON_SOURCES,
      { url: DONG_THAP, supports: "ideas received by commune/district; failed ideas returned" },
    ],
    uncertain: [
      { field: "responsible", note: "Who receives ideas after 1489/QĐ-TTg is not stated by any source." },
    ],
  },
  {
    id: "business-plan",
    number: 3,
    name: {
      vi: "Nhận phương án, dự án sản xuất kinh doanh",
      en: "Receiving production and business plans",
    },
    purpose: {
      vi: "Tiếp nhận và thẩm định phương án, dự án sản xuất kinh doanh của chủ thể",
      en: "Receive and appraise the subject's production and business plan or project",
    },
    requires: ["idea-registration"],
    produces: ["business-plan"],
    responsible: {
      ...withDistrict({
        levels: ["commune", "district"],
        note: { vi: "Cấp huyện thẩm định phương án", en: "The district appraises the plan" },
        basis: "Provincial guidance (Quảng Ninh: 'Nhận kế hoạch kinh doanh')",
        confirmed: false,
      }),
      "148+1489": {
        levels: ["commune", "province"],
        note: {
          vi: "Không còn cấp huyện; phân công chưa rõ",
          en: "No district level; the split is not confirmed",
        },
        basis: "1489/QĐ-TTg (no district level)",
        confirmed: false,
      },
      "26/2026": {
        levels: ["commune", "province"],
        note: {
          vi: "Quyết định 26/2026 không quy định bước này; theo đề án, kế hoạch OCOP của tỉnh",
          en: "Not regulated by Decision 26/2026; follows the province's OCOP scheme and plan",
        },
        basis: "26/2026/QĐ-TTg, Article 10.3.a (provincial OCOP scheme and plan)",
        confirmed: false,
      },
    },
    usualMonths: [
      { kind: "provincial-default", province: "Quảng Ninh", months: [6, 7, 8], source: QUANG_NINH },
      { kind: "provincial-default", province: "Đồng Tháp", months: [4, 5], source: DONG_THAP },
    ],
    sources: COMMON_SOURCES,
    uncertain: [{ field: "responsible", note: "No national text assigns this step after 1489/QĐ-TTg." }],
  },
  {
    id: "plan-implementation",
    number: 4,
    name: {
      vi: "Triển khai phương án, dự án sản xuất kinh doanh",
      en: "Implementing the production and business plan",
    },
    purpose: {
      vi: "Chủ thể thực hiện phương án với sự hỗ trợ của Nhà nước (đào tạo, tư vấn...) và chuẩn bị hồ sơ sản phẩm",
      en: "The subject carries out the plan with state support (training, consulting...) and prepares the product dossier",
    },
    requires: ["business-plan"],
    produces: ["developed-product", "dossier"],
    responsible: {
      ...withDistrict({
        levels: ["commune", "district", "province"],
        note: { vi: "Các cấp hỗ trợ chủ thể", en: "Every level supports the subject" },
        basis: "490/QĐ-TTg and 919/QĐ-TTg (support policies); provincial guidance",
        confirmed: false,
      }),
      "148+1489": {
        levels: ["commune", "province"],
        note: { vi: "Xã và tỉnh hỗ trợ chủ thể", en: "Commune and province support the subject" },
        basis: "1489/QĐ-TTg (no district level)",
        confirmed: false,
      },
      "26/2026": {
        levels: ["commune", "province"],
        note: {
          vi: "UBND cấp xã hướng dẫn hoàn thiện hồ sơ, hỗ trợ hoàn thiện tiêu chí; chủ thể chuẩn bị hồ sơ sản phẩm",
          en: "The commune guides the subject to complete the dossier and meet the criteria; the subject prepares the dossier",
        },
        basis: "26/2026/QĐ-TTg, Article 10.4.a and 10.4.c; Article 6.1 and 7.1 (dossier)",
        confirmed: true,
      },
    },
    usualMonths: [],
    sources: COMMON_SOURCES,
    uncertain: [],
  },
  {
    id: "evaluation",
    number: 5,
    name: { vi: "Đánh giá và phân hạng sản phẩm", en: "Evaluating and classifying products" },
    purpose: {
      vi: "Hội đồng các cấp đánh giá, phân hạng sao; cấp có thẩm quyền công nhận và cấp giấy chứng nhận (từ 3 sao)",
      en: "The councils evaluate and rank the product; the competent authority recognises it and issues a certificate (3★ and up)",
    },
    requires: ["dossier"],
    produces: ["evaluation-result", "certificate"],
    responsible: {
      "1048": {
        levels: ["district", "province", "central"],
        note: {
          vi: "Huyện đánh giá, chuyển sản phẩm 50–100 điểm lên tỉnh; tỉnh công nhận 3–4 sao; trung ương 5 sao",
          en: "District evaluates and forwards 50–100 points; province recognises 3–4★; central 5★",
        },
        basis: "1048/QĐ-TTg, Phụ lục II (secondary sources)",
        confirmed: false,
      },
      "1048+781": {
        levels: ["district", "province", "central"],
        note: {
          vi: "Như 1048 (781 sửa phụ lục tiêu chí)",
          en: "As 1048 (781 amended criteria annexes)",
        },
        basis: "1048/QĐ-TTg, Phụ lục II; 781/QĐ-TTg (secondary sources)",
        confirmed: false,
      },
      "148": {
        levels: ["district", "province", "central"],
        note: {
          vi: "Huyện công nhận 3 sao, chuyển 70–100 điểm lên tỉnh; tỉnh 4 sao; trung ương 5 sao",
          en: "District recognises 3★ and forwards 70–100 points; province 4★; central 5★",
        },
        basis: "148/QĐ-TTg, Phụ lục II khoản 1 (quoted by the press)",
        confirmed: true,
      },
      "148+1489": {
        levels: ["commune", "province", "central"],
        note: {
          vi: "Xã đánh giá một số nội dung hồ sơ; tỉnh công nhận 3–4 sao; Bộ 5 sao",
          en: "Commune checks some contents; province recognises 3–4★; Ministry 5★",
        },
        basis: "1489/QĐ-TTg amending Phụ lục II of 148/QĐ-TTg (secondary sources)",
        confirmed: true,
      },
      "26/2026": {
        levels: ["commune", "province", "central"],
        note: {
          vi: "Xã kiểm tra hồ sơ và 4 nội dung trong 15 ngày làm việc; tỉnh công nhận 3–4 sao; Bộ 5 sao",
          en: "Commune checks the dossier and four contents within 15 working days; province recognises 3–4★; Ministry 5★",
        },
        basis: "26/2026/QĐ-TTg, Articles 4.1 and 7",
        confirmed: true,
      },
    },
    usualMonths: [
      { kind: "provincial-default", province: "Quảng Ninh", months: [3, 4, 7, 8], source: QUANG_NINH },
      { kind: "provincial-default", province: "Đồng Tháp", months: [9, 10], source: DONG_THAP },
    ],
    sources: [
      ...COMMON_SOURCES,
      { url: "https://vanban.chinhphu.vn/?classid=1&docid=218267", supports: "26/2026/QĐ-TTg, Articles 4–7" },
      { url: LANGNGHEVIET, supports: "levels under 148 and under 1489" },
    ],
    uncertain: [
      {
        field: "usualMonths",
        note: "Under 26/2026/QĐ-TTg, Article 5 sets rounds (see EVALUATION_ROUNDS); the months here are older provincial practice.",
      },
    ],
  },
  {
    id: "trade-promotion",
    number: 6,
    name: { vi: "Xúc tiến thương mại", en: "Trade promotion" },
    purpose: {
      vi: "Hội chợ, điểm giới thiệu và bán sản phẩm OCOP, quảng bá",
      en: "Fairs, OCOP showrooms and sales points, promotion",
    },
    requires: ["certificate"],
    produces: ["promotion"],
    responsible: {
      ...withDistrict({
        levels: ["district", "province", "central"],
        note: { vi: "Các cấp tổ chức xúc tiến thương mại", en: "Every level organises trade promotion" },
        basis: "490/QĐ-TTg and 919/QĐ-TTg (programme contents); provincial guidance",
        confirmed: false,
      }),
      "148+1489": {
        levels: ["commune", "province", "central"],
        note: { vi: "Các cấp tổ chức xúc tiến thương mại", en: "Every level organises trade promotion" },
        basis: "919/QĐ-TTg (programme contents); provincial guidance",
        confirmed: false,
      },
      "26/2026": {
        levels: ["province", "central"],
        note: {
          vi: "Các bộ, tỉnh hỗ trợ nâng cao giá trị, thương hiệu, mở rộng thị trường",
          en: "Ministries and provinces help raise value and brand and widen markets",
        },
        basis:
          "26/2026/QĐ-TTg, Articles 4.2, 10.2.a and 10.3.b (general duties; promotion itself is programme policy)",
        confirmed: false,
      },
    },
    usualMonths: [],
    sources: [...COMMON_SOURCES, { url: QUANG_NINH, supports: "OCOP spring and summer fairs (Quảng Ninh)" }],
    uncertain: [
      { field: "responsible", note: "Promotion is continuous; no national text assigns it level by level." },
    ],
  },
] as const satisfies readonly CycleStep[];
