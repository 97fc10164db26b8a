/**
 * The evaluation procedure of each regime, as data, keyed by {@link RegimeId}.
 *
 * 26/2026/QĐ-TTg is a primary text (Articles 4–8). The earlier regimes are known from secondary sources
 * only (see `sources` and `uncertain` of each entry).
 *
 * @module
 */
import type { RegimeId } from "../../regulations/types.js";
import { RECOGNITION } from "../../scoring/data/recognition.js";
import type { CertifiedStars, ProcedureLevel, ProcedureStage, RegimeProcedure } from "../types.js";

/**
 * The star ranks a level recognises under a regime, read from the recognition rules of `scoring` (the one
 * place that says who recognises what).
 */
function recognisedAt(regime: RegimeId, level: ProcedureLevel): readonly CertifiedStars[] {
  const rule = RECOGNITION[regime];
  return ([3, 4, 5] as const).filter((stars) => rule.recognises[stars].level === level);
}

const DANANG = "https://danang.gov.vn/web/san-pham-ocop/danh-muc-cd/chi-tiet?id=4782&_c=94677574";
const CNTD =
  "https://congnghieptieudung.vn/san-pham-ocop-hang-3-sao-do-ubnd-huyen-danh-gia-phan-hang-cap-giay-chung-nhan-dt40883";
const LANGNGHEVIET =
  "https://langngheviet.com.vn/cong-tac-danh-gia-phan-hang-san-pham-ocop-duoc-chia-thanh-2-cap-33499.html";
const VIETNAM24H = "https://vietnam24h.com.vn/quy-trinh-danh-gia-phan-hang-san-pham-ocop-theo-02-cap.html";
const BAOMOI = "https://baomoi.net.vn/infographic-trinh-tu-danh-gia-phan-hang-san-pham-ocop-c52720491.epi";
const HOANGANH =
  "https://hoanganhhalong.com.vn/vi/hop-hoi-dong-danh-gia-phan-hang-san-pham-ocop-quoc-gia-nam-2020";
const OFFICIAL_26 = "https://vanban.chinhphu.vn/?classid=1&docid=218267";

const MARD = {
  vi: "Bộ Nông nghiệp và Phát triển nông thôn",
  en: "Ministry of Agriculture and Rural Development",
} as const;

/** 1048/QĐ-TTg, Phụ lục II: district → province → central; the district certifies nothing. */
function stages1048(regime: "1048" | "1048+781"): readonly ProcedureStage[] {
  return [
    {
      level: "district",
      role: "evaluate",
      body: { vi: "Hội đồng cấp huyện; UBND cấp huyện", en: "District council; district People's Committee" },
      task: {
        vi: "Đánh giá, chuyển hồ sơ sản phẩm đạt từ 50 đến 100 điểm (3–5 sao) lên UBND cấp tỉnh",
        en: "Evaluates and forwards the dossiers of products scoring 50 to 100 points (3–5★) to the province",
      },
      recognises: recognisedAt(regime, "district"),
      recognisedBy: null,
      forwards: {
        to: "province",
        minScore: RECOGNITION[regime].forwardToProvince.minScore,
        by: { vi: "UBND cấp huyện", en: "District People's Committee" },
        rule: "1048/QĐ-TTg, Phụ lục II (secondary source)",
        confirmed: true,
      },
      timeLimit: null,
      rule: "1048/QĐ-TTg, Phụ lục II",
      confirmed: true,
    },
    {
      level: "province",
      role: "evaluate",
      body: {
        vi: "Hội đồng cấp tỉnh; UBND cấp tỉnh",
        en: "Provincial council; provincial People's Committee",
      },
      task: {
        vi: "Đánh giá; UBND tỉnh công nhận, cấp giấy chứng nhận 3 sao, 4 sao; đề nghị trung ương sản phẩm từ 90 điểm",
        en: "Evaluates; the provincial People's Committee recognises and certifies 3★ and 4★; proposes 90+ to the centre",
      },
      recognises: recognisedAt(regime, "province"),
      recognisedBy: { vi: "UBND cấp tỉnh", en: "Provincial People's Committee" },
      forwards: {
        to: "central",
        minScore: RECOGNITION[regime].potentialFiveStar.minScore,
        by: { vi: "UBND cấp tỉnh", en: "Provincial People's Committee" },
        rule: "1048/QĐ-TTg, Phụ lục II (secondary source)",
        confirmed: true,
      },
      timeLimit: null,
      rule: "1048/QĐ-TTg, Phụ lục II",
      confirmed: true,
    },
    {
      level: "central",
      role: "evaluate",
      body: { vi: "Hội đồng cấp trung ương", en: "Central council" },
      task: {
        vi: "Đánh giá sản phẩm tiềm năng 5 sao; Bộ công nhận 5 sao",
        en: "Evaluates potential 5★ products; the Ministry recognises 5★",
      },
      recognises: recognisedAt(regime, "central"),
      recognisedBy: MARD,
      forwards: null,
      timeLimit: null,
      rule: "1048/QĐ-TTg, Phụ lục II",
      confirmed: true,
    },
  ];
}

/** Sources and uncertainties shared by 1048 and 1048+781. */
const SOURCES_1048 = [
  { url: DANANG, supports: "three levels; district forwards 50–100 points; province certifies 3★ and 4★" },
  { url: CNTD, supports: "from 3★ up, evaluated and certified by province and centre (1048)" },
  { url: HOANGANH, supports: "central council classifies potential 5★ products 5★ or 'Không đạt' (2020)" },
] as const;

const UNCERTAIN_1048 = [
  { field: "filedWith", note: "Where the subject filed (commune or district) is not stated by the sources." },
  {
    field: "belowThresholdAtCentral",
    note: "Products the central council did not rank 5★ were 'Không đạt'; what rank they kept is not stated.",
  },
  { field: "timeLimit", note: "No day-count deadline of the procedure was found." },
] as const;

const SOURCES_1489 = [
  { url: LANGNGHEVIET, supports: "two levels; province recognises 3★ and 4★; commune checks some contents" },
  { url: VIETNAM24H, supports: "two levels; ≥ 90 points proposed to the Ministry" },
  { url: BAOMOI, supports: "1489 amends Phụ lục II of 148; applied from 06/07/2025" },
] as const;

/** The procedure of every regime. */
export const PROCEDURES = {
  "1048": {
    regime: "1048",
    setBy: "1048/QĐ-TTg, Phụ lục II",
    filedWith: { level: "district", rule: "1048/QĐ-TTg, Phụ lục II (secondary sources)", confirmed: false },
    stages: stages1048("1048"),
    belowThresholdAtCentral: {
      kind: "not-covered",
      note: "1048/QĐ-TTg as reported: the central council classified such products 'Không đạt'; the rank they keep is not stated.",
    },
    fiveStarReEvaluation: {
      kind: "not-covered",
      note: "How a 5★ product was re-evaluated is not stated by the sources.",
    },
    reEvaluationTimeLimit: null,
    revocationTimeLimit: null,
    sources: SOURCES_1048,
    uncertain: UNCERTAIN_1048,
  },
  "1048+781": {
    regime: "1048+781",
    setBy: "1048/QĐ-TTg, Phụ lục II (781/QĐ-TTg amended the criteria annexes, not the procedure)",
    filedWith: { level: "district", rule: "1048/QĐ-TTg, Phụ lục II (secondary sources)", confirmed: false },
    stages: stages1048("1048+781"),
    belowThresholdAtCentral: {
      kind: "not-covered",
      note: "Products failing the minimum requirements of 781/QĐ-TTg were 'Không đạt' at the centre; the rank they keep is not stated.",
    },
    fiveStarReEvaluation: {
      kind: "not-covered",
      note: "How a 5★ product was re-evaluated is not stated by the sources.",
    },
    reEvaluationTimeLimit: null,
    revocationTimeLimit: null,
    sources: SOURCES_1048,
    uncertain: UNCERTAIN_1048,
  },
  "148": {
    regime: "148",
    setBy: "148/QĐ-TTg, Phụ lục II",
    filedWith: {
      level: "district",
      rule: "148/QĐ-TTg, Phụ lục II khoản 1 (secondary sources)",
      confirmed: false,
    },
    stages: [
      {
        level: "district",
        role: "evaluate",
        body: {
          vi: "Hội đồng cấp huyện; UBND cấp huyện",
          en: "District council; district People's Committee",
        },
        task: {
          vi: "Đánh giá; UBND cấp huyện công nhận, cấp giấy chứng nhận 3 sao; chuyển sản phẩm từ 70 đến 100 điểm lên tỉnh",
          en: "Evaluates; the district People's Committee recognises and certifies 3★; forwards 70 to 100 points to the province",
        },
        recognises: recognisedAt("148", "district"),
        recognisedBy: { vi: "UBND cấp huyện", en: "District People's Committee" },
        forwards: {
          to: "province",
          minScore: RECOGNITION["148"].forwardToProvince.minScore,
          by: { vi: "UBND cấp huyện", en: "District People's Committee" },
          rule: "148/QĐ-TTg, Phụ lục II khoản 1 điểm b (quoted by the press)",
          confirmed: true,
        },
        timeLimit: null,
        rule: "148/QĐ-TTg, Phụ lục II khoản 1 điểm b",
        confirmed: true,
      },
      {
        level: "province",
        role: "evaluate",
        body: {
          vi: "Hội đồng cấp tỉnh; UBND cấp tỉnh",
          en: "Provincial council; provincial People's Committee",
        },
        task: {
          vi: "Đánh giá sản phẩm do huyện đề nghị; công nhận, cấp giấy chứng nhận 4 sao; đề nghị Bộ sản phẩm từ 90 điểm",
          en: "Evaluates products forwarded by districts; recognises and certifies 4★; proposes 90+ to the Ministry",
        },
        recognises: recognisedAt("148", "province"),
        recognisedBy: { vi: "UBND cấp tỉnh", en: "Provincial People's Committee" },
        forwards: {
          to: "central",
          minScore: RECOGNITION["148"].potentialFiveStar.minScore,
          by: { vi: "UBND cấp tỉnh", en: "Provincial People's Committee" },
          rule: "148/QĐ-TTg, Phụ lục II (secondary sources)",
          confirmed: true,
        },
        timeLimit: null,
        rule: "148/QĐ-TTg, Phụ lục II",
        confirmed: true,
      },
      {
        level: "central",
        role: "evaluate",
        body: { vi: "Hội đồng cấp trung ương", en: "Central council" },
        task: { vi: "Đánh giá, Bộ công nhận 5 sao", en: "Evaluates; the Ministry recognises 5★" },
        recognises: recognisedAt("148", "central"),
        recognisedBy: {
          vi: "Bộ Nông nghiệp và Phát triển nông thôn (Bộ Nông nghiệp và Môi trường sau sắp xếp năm 2025)",
          en: "Ministry of Agriculture and Rural Development (Ministry of Agriculture and Environment after the 2025 restructuring)",
        },
        forwards: null,
        timeLimit: null,
        rule: "148/QĐ-TTg, Phụ lục II",
        confirmed: true,
      },
    ],
    belowThresholdAtCentral: {
      kind: "not-covered",
      note: "148/QĐ-TTg (text not available): the rank of a potential 5★ product the central council scores under 90 is not stated.",
    },
    fiveStarReEvaluation: {
      kind: "not-covered",
      note: "How a 5★ product was re-evaluated is not stated by the sources.",
    },
    reEvaluationTimeLimit: null,
    revocationTimeLimit: null,
    sources: [
      {
        url: CNTD,
        supports: "district recognises 3★, forwards 70–100 points (Phụ lục II khoản 1 điểm b, quoted)",
      },
      { url: LANGNGHEVIET, supports: "district 3★, province 4★, centre 5★ under 148" },
      {
        url: "https://baolaocai.vn/phan-cap-danh-gia-cac-san-pham-ocop-con-nhieu-kho-khan-post372404.html",
        supports: "district certifies 3★ from 2023",
      },
    ],
    uncertain: [
      {
        field: "filedWith",
        note: "Where the subject filed (commune or district) is not stated by the sources.",
      },
      {
        field: "stages.province",
        note: "What the province does with a forwarded product it scores under 70 points is not stated.",
      },
      { field: "timeLimit", note: "No day-count deadline of the 148 procedure was found." },
    ],
  },
  "148+1489": {
    regime: "148+1489",
    setBy: "148/QĐ-TTg, Phụ lục II as amended by 1489/QĐ-TTg",
    filedWith: { level: "commune", rule: "1489/QĐ-TTg (secondary sources)", confirmed: true },
    stages: [
      {
        level: "commune",
        role: "pre-check",
        body: { vi: "UBND cấp xã", en: "Commune People's Committee" },
        task: {
          vi: "Đánh giá một số nội dung của hồ sơ (nguồn gốc sản phẩm, nguyên liệu; lao động địa phương; nguồn gốc ý tưởng...) và đề nghị tỉnh",
          en: "Checks some contents of the dossier (origin of product and raw materials; local labour; origin of the idea...) and proposes to the province",
        },
        recognises: recognisedAt("148+1489", "commune"),
        recognisedBy: null,
        forwards: null,
        timeLimit: null,
        rule: "1489/QĐ-TTg",
        confirmed: true,
      },
      {
        level: "province",
        role: "evaluate",
        body: {
          vi: "Hội đồng cấp tỉnh; UBND cấp tỉnh",
          en: "Provincial council; provincial People's Committee",
        },
        task: {
          vi: "Đánh giá; công nhận, cấp giấy chứng nhận 3 sao, 4 sao; đề nghị Bộ sản phẩm từ 90 điểm",
          en: "Evaluates; recognises and certifies 3★ and 4★; proposes 90+ to the Ministry",
        },
        recognises: recognisedAt("148+1489", "province"),
        recognisedBy: { vi: "UBND cấp tỉnh", en: "Provincial People's Committee" },
        forwards: {
          to: "central",
          minScore: RECOGNITION["148+1489"].potentialFiveStar.minScore,
          by: { vi: "UBND cấp tỉnh", en: "Provincial People's Committee" },
          rule: "1489/QĐ-TTg (secondary sources)",
          confirmed: true,
        },
        timeLimit: null,
        rule: "1489/QĐ-TTg",
        confirmed: true,
      },
      {
        level: "central",
        role: "evaluate",
        body: { vi: "Hội đồng cấp trung ương", en: "Central council" },
        task: { vi: "Đánh giá; Bộ công nhận 5 sao", en: "Evaluates; the Ministry recognises 5★" },
        recognises: recognisedAt("148+1489", "central"),
        recognisedBy: { vi: "Bộ Nông nghiệp và Môi trường", en: "Ministry of Agriculture and Environment" },
        forwards: null,
        timeLimit: null,
        rule: "1489/QĐ-TTg",
        confirmed: true,
      },
    ],
    belowThresholdAtCentral: {
      kind: "not-covered",
      note: "1489/QĐ-TTg (text not available): the rank of a product the central council scores under 90 is not stated.",
    },
    fiveStarReEvaluation: {
      kind: "not-covered",
      note: "How a 5★ product was re-evaluated is not stated by the sources.",
    },
    reEvaluationTimeLimit: null,
    revocationTimeLimit: null,
    sources: SOURCES_1489,
    uncertain: [
      { field: "stages.commune.timeLimit", note: "No deadline for the commune check under 1489 was found." },
      {
        field: "stages.commune.task",
        note: "The full list of contents the commune checks under 1489 is truncated in the sources.",
      },
    ],
  },
  "26/2026": {
    regime: "26/2026",
    setBy: "26/2026/QĐ-TTg, Articles 4–8",
    filedWith: { level: "commune", rule: "26/2026/QĐ-TTg, Article 7.1", confirmed: true },
    stages: [
      {
        level: "commune",
        role: "pre-check",
        body: { vi: "UBND cấp xã", en: "Commune People's Committee" },
        task: {
          vi: "Kiểm tra thành phần hồ sơ; đánh giá nguồn gốc sản phẩm, nguyên liệu địa phương; sử dụng lao động địa phương; nguồn gốc ý tưởng sản phẩm; bản sắc, trí tuệ địa phương; ban hành Báo cáo (Mẫu 03) và văn bản đề nghị UBND cấp tỉnh",
          en: "Checks the dossier's components; assesses the origin of the product and local raw materials, use of local labour, origin of the product idea, local identity and know-how; issues its report (Form 03) and proposes the product to the province",
        },
        recognises: recognisedAt("26/2026", "commune"),
        recognisedBy: null,
        forwards: null,
        timeLimit: {
          amount: 15,
          unit: "working-days",
          countedFrom: {
            vi: "ngày tiếp nhận hồ sơ sản phẩm",
            en: "the day the commune receives the dossier",
          },
          rule: "26/2026/QĐ-TTg, Article 7.2",
        },
        rule: "26/2026/QĐ-TTg, Article 7.2",
        confirmed: true,
      },
      {
        level: "province",
        role: "evaluate",
        body: {
          vi: "Hội đồng cấp tỉnh; Chủ tịch UBND cấp tỉnh",
          en: "Provincial council; chairman of the provincial People's Committee",
        },
        task: {
          vi: "Tổ tư vấn, Hội đồng cấp tỉnh đánh giá; Chủ tịch UBND cấp tỉnh công nhận, cấp giấy chứng nhận 3 sao, 4 sao; sản phẩm từ 90 điểm được phê duyệt kết quả và đề nghị Bộ",
          en: "The advisory group and the provincial council evaluate; the provincial chairman recognises and certifies 3★ and 4★; products scoring 90 or more have their result approved and are proposed to the Ministry",
        },
        recognises: recognisedAt("26/2026", "province"),
        recognisedBy: { vi: "Chủ tịch UBND cấp tỉnh", en: "Chairman of the Provincial People's Committee" },
        forwards: {
          to: "central",
          minScore: RECOGNITION["26/2026"].potentialFiveStar.minScore,
          by: { vi: "UBND cấp tỉnh", en: "Provincial People's Committee" },
          rule: "26/2026/QĐ-TTg, Article 7.3.e",
          confirmed: true,
        },
        timeLimit: null,
        rule: "26/2026/QĐ-TTg, Articles 4.1.a and 7.3",
        confirmed: true,
      },
      {
        level: "central",
        role: "evaluate",
        body: {
          vi: "Hội đồng cấp trung ương; Bộ trưởng Bộ Nông nghiệp và Môi trường",
          en: "Central council; Minister of Agriculture and Environment",
        },
        task: {
          vi: "Đánh giá; Bộ trưởng công nhận, cấp giấy chứng nhận 5 sao; Bộ thông báo kết quả cho UBND cấp tỉnh",
          en: "Evaluates; the Minister recognises and certifies 5★; the Ministry notifies the province",
        },
        recognises: recognisedAt("26/2026", "central"),
        recognisedBy: {
          vi: "Bộ trưởng Bộ Nông nghiệp và Môi trường",
          en: "Minister of Agriculture and Environment",
        },
        forwards: null,
        timeLimit: null,
        rule: "26/2026/QĐ-TTg, Articles 4.1.b and 7.4",
        confirmed: true,
      },
    ],
    belowThresholdAtCentral: {
      kind: "province-may-decide",
      rule: "26/2026/QĐ-TTg, Article 7.4 (last paragraph)",
    },
    fiveStarReEvaluation: { kind: "province-proposes", rule: "26/2026/QĐ-TTg, Articles 6.3.b and 7.6.e" },
    reEvaluationTimeLimit: {
      amount: 45,
      unit: "days",
      countedFrom: {
        vi: "ngày nhận đủ hồ sơ đề nghị của UBND cấp xã hoặc UBND cấp tỉnh",
        en: "the day the complete proposal of the commune (or of the province, for 5★) is received",
      },
      rule: "26/2026/QĐ-TTg, Article 7.6.g",
    },
    revocationTimeLimit: {
      amount: 15,
      unit: "days",
      countedFrom: {
        vi: "ngày có kết luận của cơ quan có thẩm quyền hoặc xác nhận của UBND cấp xã về việc chủ thể không còn sản xuất",
        en: "the day of the competent conclusion, or of the commune's confirmation that the subject stopped producing",
      },
      rule: "26/2026/QĐ-TTg, Article 8.4",
    },
    sources: [{ url: OFFICIAL_26, supports: "full official text, Articles 4–8" }],
    uncertain: [],
  },
} as const satisfies { readonly [R in RegimeId]: RegimeProcedure & { readonly regime: R } };
