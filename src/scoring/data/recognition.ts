/**
 * Who recognises (công nhận) and certifies each star level under each regime, the certifiable minimum and
 * the score thresholds of the procedure ("tiềm năng 5 sao" at 90; the district's forwarding threshold where
 * there was a district level). Keyed by {@link RegimeId}: 148/QĐ-TTg and its amendment 1489/QĐ-TTg differ.
 *
 * @module
 */
import type { RegimeId } from "../../regulations/types.js";
import type { RecognitionAuthority, RecognitionRule } from "../types.js";

const PROVINCE_PEOPLES_COMMITTEE = {
  vi: "Ủy ban nhân dân cấp tỉnh",
  en: "Provincial People's Committee",
} as const;
const MARD = {
  vi: "Bộ Nông nghiệp và Phát triển nông thôn",
  en: "Ministry of Agriculture and Rural Development",
} as const;
const MAE = { vi: "Bộ Nông nghiệp và Môi trường", en: "Ministry of Agriculture and Environment" } as const;

const SOURCES_1048 =
  "Decision 1048/QĐ-TTg, Phụ lục II (official text not available): https://danang.gov.vn/web/san-pham-ocop/danh-muc-cd/chi-tiet?id=4782&_c=94677574 ; https://nongthonmoihanoi.gov.vn/tin-tuc/huong-dan-thu-tuc-ho-so-dang-ky-san-pham-ocop-42";
const SOURCES_148 =
  "Decision 148/QĐ-TTg, Phụ lục II (official text not available): https://langngheviet.com.vn/cong-tac-danh-gia-phan-hang-san-pham-ocop-duoc-chia-thanh-2-cap-33499.html ; https://vietnam24h.com.vn/quy-trinh-danh-gia-phan-hang-san-pham-ocop-theo-02-cap.html ; https://baolaocai.vn/phan-cap-danh-gia-cac-san-pham-ocop-con-nhieu-kho-khan-post372404.html";
const SOURCES_148_5 =
  "Decision 148/QĐ-TTg (official text not available): 5★ recognised by a Ministry decision, e.g. Quyết định 2361/QĐ-BNNMT ngày 26/6/2025 — https://thegioitiepthi.danviet.vn/thai-nguyen-co-them-mot-san-pham-che-dat-ocop-5-sao-cap-quoc-gia-d1372114.html";
const SOURCES_1489 =
  "Decision 1489/QĐ-TTg amending Phụ lục II of 148/QĐ-TTg (official text not available): https://langngheviet.com.vn/cong-tac-danh-gia-phan-hang-san-pham-ocop-duoc-chia-thanh-2-cap-33499.html ; https://vietnam24h.com.vn/quy-trinh-danh-gia-phan-hang-san-pham-ocop-theo-02-cap.html ; https://baomoi.net.vn/infographic-trinh-tu-danh-gia-phan-hang-san-pham-ocop-c52720491.epi";

const PROVINCE_1048: RecognitionAuthority = {
  level: "province",
  authority: PROVINCE_PEOPLES_COMMITTEE,
  source: SOURCES_1048,
  status: "secondary",
};
const CENTRAL_1048: RecognitionAuthority = {
  level: "central",
  authority: MARD,
  source: SOURCES_1048,
  status: "secondary",
};

const RULE_1048 = {
  regime: "1048",
  levels: ["district", "province", "central"],
  certifiableMinimum: 3,
  recognises: { 3: PROVINCE_1048, 4: PROVINCE_1048, 5: CENTRAL_1048 },
  potentialFiveStar: {
    minScore: 90,
    proposedBy: PROVINCE_PEOPLES_COMMITTEE,
    proposedTo: MARD,
    source: SOURCES_1048,
    status: "secondary",
  },
  forwardToProvince: {
    minScore: 50,
    source:
      "Decision 1048/QĐ-TTg: the district forwards products scoring 50–100 (3–5 stars) — https://danang.gov.vn/web/san-pham-ocop/danh-muc-cd/chi-tiet?id=4782&_c=94677574",
    status: "uncertain",
  },
  notes: [
    {
      en: "The district council evaluated but certified nothing; the province recognised 3★ and 4★.",
      vi: "Hội đồng cấp huyện đánh giá nhưng không cấp giấy chứng nhận; UBND cấp tỉnh công nhận 3 sao và 4 sao.",
    },
  ],
} as const satisfies RecognitionRule;

const RULE_148 = {
  regime: "148",
  levels: ["district", "province", "central"],
  certifiableMinimum: 3,
  recognises: {
    3: {
      level: "district",
      authority: { vi: "Ủy ban nhân dân cấp huyện", en: "District People's Committee" },
      source: SOURCES_148,
      status: "secondary",
    },
    4: { level: "province", authority: PROVINCE_PEOPLES_COMMITTEE, source: SOURCES_148, status: "secondary" },
    5: { level: "central", authority: MARD, source: SOURCES_148_5, status: "secondary" },
  },
  potentialFiveStar: {
    minScore: 90,
    proposedBy: PROVINCE_PEOPLES_COMMITTEE,
    proposedTo: MARD,
    source:
      "Decision 148/QĐ-TTg: https://haiduong.gov.vn/2023/Trang/Thanh-lap-hoi-dong-danh-gia-san-phap-OCOP.aspx ; https://baogialai.com.vn/danh-gia-phan-hang-san-pham-ocop-post255477.html",
    status: "secondary",
  },
  forwardToProvince: {
    minScore: 70,
    source:
      "Decision 148/QĐ-TTg, Phụ lục II khoản 1 điểm b as quoted by https://congnghieptieudung.vn/san-pham-ocop-hang-3-sao-do-ubnd-huyen-danh-gia-phan-hang-cap-giay-chung-nhan-dt40883 (one source)",
    status: "uncertain",
  },
  notes: [
    {
      en: "One press source says the Prime Minister recognised 5★ products; 5★ decisions of the period were Ministry decisions (e.g. 2361/QĐ-BNNMT of 26/06/2025), which the library follows. The Ministry of Agriculture and Rural Development became the Ministry of Agriculture and Environment on 01/03/2025.",
      vi: "Một nguồn báo chí cho rằng Thủ tướng công nhận sản phẩm 5 sao; các quyết định 5 sao thời kỳ này là quyết định của Bộ (ví dụ 2361/QĐ-BNNMT ngày 26/6/2025), thư viện theo cách này. Bộ Nông nghiệp và Phát triển nông thôn trở thành Bộ Nông nghiệp và Môi trường từ 01/3/2025.",
    },
    {
      en: "Some provinces (e.g. Hà Nội) kept 3★ recognition at province level after a district evaluation; whether 148/QĐ-TTg allowed it is not confirmed.",
      vi: "Một số tỉnh (ví dụ Hà Nội) vẫn công nhận 3 sao ở cấp tỉnh sau khi cấp huyện đánh giá; chưa xác nhận được Quyết định 148/QĐ-TTg có cho phép hay không.",
    },
  ],
} as const satisfies RecognitionRule;

const PROVINCE_1489: RecognitionAuthority = {
  level: "province",
  authority: PROVINCE_PEOPLES_COMMITTEE,
  source: SOURCES_1489,
  status: "secondary",
};

const RULE_148_1489 = {
  regime: "148+1489",
  levels: ["province", "central"],
  certifiableMinimum: 3,
  recognises: {
    3: PROVINCE_1489,
    4: PROVINCE_1489,
    5: { level: "central", authority: MAE, source: SOURCES_1489, status: "secondary" },
  },
  potentialFiveStar: {
    minScore: 90,
    proposedBy: PROVINCE_PEOPLES_COMMITTEE,
    proposedTo: MAE,
    source: SOURCES_1489,
    status: "secondary",
  },
  forwardToProvince: null,
  notes: [
    {
      en: "The commune People's Committee pre-checks some contents of the dossier but neither scores nor recognises. Whether 1489/QĐ-TTg lets a province delegate 3★ evaluation to communes or a department is not confirmed.",
      vi: "UBND cấp xã đánh giá trước một số nội dung của hồ sơ nhưng không chấm điểm, không công nhận. Chưa xác nhận được Quyết định 1489/QĐ-TTg có cho phép tỉnh ủy quyền đánh giá 3 sao cho cấp xã hoặc sở chuyên môn hay không.",
    },
  ],
} as const satisfies RecognitionRule;

const PROVINCE_2026: RecognitionAuthority = {
  level: "province",
  authority: { vi: "Chủ tịch Ủy ban nhân dân cấp tỉnh", en: "Chairman of the Provincial People's Committee" },
  source: "Decision 26/2026/QĐ-TTg, Article 4.1.a and Article 7.3.e",
  status: "official",
};

const RULE_26_2026 = {
  regime: "26/2026",
  levels: ["province", "central"],
  certifiableMinimum: 3,
  recognises: {
    3: PROVINCE_2026,
    4: PROVINCE_2026,
    5: {
      level: "central",
      authority: {
        vi: "Bộ trưởng Bộ Nông nghiệp và Môi trường",
        en: "Minister of Agriculture and Environment",
      },
      source: "Decision 26/2026/QĐ-TTg, Article 4.1.b and Article 7.4.e",
      status: "official",
    },
  },
  potentialFiveStar: {
    minScore: 90,
    proposedBy: PROVINCE_PEOPLES_COMMITTEE,
    proposedTo: MAE,
    source: 'Decision 26/2026/QĐ-TTg, Article 7.3.e ("sản phẩm có tiềm năng đạt 5 sao (đạt từ 90 trở lên)")',
    status: "official",
  },
  forwardToProvince: null,
  notes: [
    {
      en: "1★ and 2★ products get no recognition decision and no certificate (Article 4.1.a). If the central council scores a proposed product below 90, the provincial chairman may recognise it as 3★ or 4★ on that result or have it evaluated at the province (Article 7.4, the paragraph after point g).",
      vi: "Sản phẩm đạt 1 sao hoặc 2 sao không được ban hành quyết định công nhận và không được cấp giấy chứng nhận (điểm a khoản 1 Điều 4). Trường hợp Hội đồng cấp trung ương đánh giá dưới 90 điểm, Chủ tịch UBND cấp tỉnh có thể căn cứ kết quả đó công nhận 3 sao, 4 sao hoặc tổ chức đánh giá theo thẩm quyền (đoạn sau điểm g khoản 4 Điều 7).",
    },
  ],
} as const satisfies RecognitionRule;

/** The recognition rules of every regime. */
export const RECOGNITION = {
  "1048": RULE_1048,
  "1048+781": { ...RULE_1048, regime: "1048+781" },
  "148": RULE_148,
  "148+1489": RULE_148_1489,
  "26/2026": RULE_26_2026,
} as const satisfies { readonly [K in RegimeId]: RecognitionRule & { readonly regime: K } };
