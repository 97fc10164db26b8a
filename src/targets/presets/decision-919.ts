import type { Target } from "../types.js";

const DOC = "Decision 919/QĐ-TTg (01/08/2022), OCOP programme 2021–2025, objectives";
const TVPL =
  "https://thuvienphapluat.vn/van-ban/Thuong-mai/Quyet-dinh-919-QD-TTg-2022-phe-duyet-Chuong-trinh-moi-xa-mot-san-pham-2021-2025-524355.aspx";
const DLPL =
  "https://dulieuphapluat.vn/tin-tuc/tin-van-ban/se-to-chuc-dien-dan-hop-tac-quoc-te-moi-xa-mot-san-pham-it-nhat-01-lan-nam-526.html";
const VCCI =
  "https://vccinews.com/prode/48280/the-positive-impact-of-the-ocop-program-on-rural-economic-development.html";
const HANOITIMES = "https://hanoitimes.vn/vietnam-targets-reaching-10000-ocop-products-by-2025-321438.html";
const VIA_SECONDARY =
  "Wording known only from secondary sources; the objectives section of the full text was not read.";

/**
 * The national targets of Decision 919/QĐ-TTg (OCOP programme 2021–2025), deadline 2025. Every numeric
 * target found is here; the wording of several is known only from secondary sources (marked `uncertain`).
 */
export const DECISION_919_TARGETS = [
  {
    id: "919/products-3-stars",
    kind: "count",
    counting: "cumulative",
    target: 10000,
    baseline: 4469,
    start: "2021-01-01",
    deadline: "2025-12-31",
    name: {
      vi: "Ít nhất 10.000 sản phẩm OCOP đạt từ 3 sao trở lên",
      en: "At least 10,000 OCOP products of 3 stars or more",
    },
    measure: {
      vi: "sản phẩm OCOP được công nhận từ 3 sao trở lên (lũy kế)",
      en: "OCOP products recognised at 3 stars or more (cumulative)",
    },
    source: {
      document: DOC,
      quote: "Phấn đấu ít nhất 10.000 sản phẩm OCOP được công nhận đạt từ 3 sao trở lên",
      urls: [DLPL, TVPL],
      uncertain:
        "Baseline 4,469 = products rated 3★+ at the 2018–2020 phase review (dangcongsan.vn); the decision states no baseline.",
    },
  },
  {
    id: "919/products-5-stars",
    kind: "range",
    counting: "cumulative",
    min: 400,
    max: 500,
    start: "2021-01-01",
    deadline: "2025-12-31",
    name: { vi: "Khoảng 400 – 500 sản phẩm OCOP đạt 5 sao", en: "About 400–500 five-star OCOP products" },
    measure: {
      vi: "sản phẩm OCOP 5 sao (cấp quốc gia, lũy kế)",
      en: "national 5-star OCOP products (cumulative)",
    },
    source: {
      document: DOC,
      quote: "trong đó có khoảng 400 – 500 sản phẩm OCOP đạt 5 sao",
      urls: [DLPL, VCCI],
    },
  },
  {
    id: "919/upgrade-products",
    kind: "share",
    percent: 50,
    start: "2021-01-01",
    deadline: "2025-12-31",
    name: {
      vi: "Củng cố, nâng cấp ít nhất 50% sản phẩm OCOP đã được đánh giá, phân hạng",
      en: "Consolidate and upgrade at least 50% of rated OCOP products",
    },
    measure: { vi: "sản phẩm OCOP đã được đánh giá, phân hạng", en: "rated OCOP products" },
    source: {
      document: DOC,
      quote: "Consolidate and upgrade at least 50% of OCOP products that have been evaluated and graded",
      urls: [VCCI, HANOITIMES],
      uncertain: VIA_SECONDARY,
    },
  },
  {
    id: "919/circular-value-chain",
    kind: "share",
    percent: 30,
    start: "2021-01-01",
    deadline: "2025-12-31",
    name: {
      vi: "Ít nhất 30% chủ thể OCOP xây dựng chuỗi giá trị theo hướng kinh tế tuần hoàn",
      en: "At least 30% of OCOP subjects build a circular-economy value chain",
    },
    measure: { vi: "chủ thể OCOP", en: "OCOP subjects" },
    source: {
      document: DOC,
      quote:
        "At least 30% of OCOP actors have built a value chain in the direction of a circular economy, green OCOP associated with a stable raw material area",
      urls: [VCCI, HANOITIMES],
      uncertain: VIA_SECONDARY,
    },
  },
  {
    id: "919/craft-villages",
    kind: "share",
    percent: 50,
    start: "2021-01-01",
    deadline: "2025-12-31",
    name: {
      vi: "Ít nhất 50% làng nghề truyền thống có sản phẩm OCOP",
      en: "At least 50% of traditional craft villages have an OCOP product",
    },
    measure: { vi: "làng nghề truyền thống", en: "traditional craft villages" },
    source: {
      document: DOC,
      quote:
        "Có ít nhất 50% làng nghề truyền thống có sản phẩm OCOP, góp phần bảo tồn và phát triển làng nghề truyền thống",
      urls: [DLPL],
    },
  },
  {
    id: "919/cooperatives",
    kind: "share",
    percent: 40,
    start: "2021-01-01",
    deadline: "2025-12-31",
    name: {
      vi: "Ít nhất 40% chủ thể OCOP là hợp tác xã",
      en: "At least 40% of OCOP subjects are cooperatives",
    },
    measure: { vi: "chủ thể OCOP", en: "OCOP subjects" },
    source: {
      document: DOC,
      quote: "thấp nhất 40% chủ thể OCOP là hợp tác xã",
      urls: [
        VCCI,
        "https://www.sggp.org.vn/huy-dong-22845-ty-dong-cho-chuong-trinh-moi-xa-mot-san-pham-720629.html",
      ],
      uncertain: VIA_SECONDARY,
    },
  },
  {
    id: "919/enterprises",
    kind: "share",
    percent: 30,
    start: "2021-01-01",
    deadline: "2025-12-31",
    name: {
      vi: "30% chủ thể OCOP là doanh nghiệp nhỏ và vừa",
      en: "30% of OCOP subjects are small and medium-sized enterprises",
    },
    measure: { vi: "chủ thể OCOP", en: "OCOP subjects" },
    source: {
      document: DOC,
      quote: "30% chủ thể là các doanh nghiệp nhỏ và vừa",
      urls: [VCCI, HANOITIMES],
      uncertain: VIA_SECONDARY,
    },
  },
  {
    id: "919/trained-workers",
    kind: "share",
    percent: 20,
    start: "2021-01-01",
    deadline: "2025-12-31",
    name: {
      vi: "Ít nhất 20% lao động được đào tạo có bằng cấp, chứng chỉ tại các chủ thể OCOP",
      en: "At least 20% of workers at OCOP subjects trained with degrees or certificates",
    },
    measure: { vi: "lao động làm việc tại các chủ thể OCOP", en: "workers at OCOP subjects" },
    source: {
      document: DOC,
      quote:
        "the percentage of trained workers with appropriate degrees and certificates working at OCOP subjects will reach at least 20%",
      urls: [VCCI],
      uncertain: VIA_SECONDARY,
    },
  },
  {
    id: "919/modern-channels",
    kind: "share",
    percent: 50,
    start: "2021-01-01",
    deadline: "2025-12-31",
    name: {
      vi: "Ít nhất 50% chủ thể OCOP tham gia các kênh bán hàng hiện đại",
      en: "At least 50% of OCOP subjects sell through modern channels",
    },
    measure: { vi: "chủ thể OCOP", en: "OCOP subjects" },
    source: {
      document: DOC,
      quote:
        "Có ít nhất 50% chủ thể OCOP tham gia vào các kênh bán hàng hiện đại (hệ thống siêu thị, cửa hàng tiện lợi, sàn giao dịch thương mại điện tử…)",
      urls: [DLPL],
    },
  },
  {
    id: "919/showroom-per-province",
    kind: "per-unit-minimum",
    minimumPerUnit: 1,
    unit: { vi: "tỉnh, thành phố", en: "provinces" },
    start: "2021-01-01",
    deadline: "2025-12-31",
    name: {
      vi: "Mỗi tỉnh, thành phố có 01 điểm giới thiệu và bán sản phẩm OCOP",
      en: "Each province has an OCOP showroom",
    },
    measure: { vi: "điểm giới thiệu và bán sản phẩm OCOP", en: "OCOP showrooms" },
    source: {
      document: DOC,
      quote: "Each province and city will have one showroom to introduce and sell OCOP products",
      urls: [HANOITIMES],
      uncertain: "Vietnamese wording not found; known from one English secondary source.",
    },
  },
  {
    id: "919/international-forum",
    kind: "count",
    counting: "increment",
    target: 1,
    recurrence: "yearly",
    start: "2025-01-01",
    deadline: "2025-12-31",
    name: {
      vi: "Diễn đàn hợp tác quốc tế mỗi xã một sản phẩm ít nhất 01 lần/năm",
      en: "An international OCOP cooperation forum at least once a year",
    },
    measure: { vi: "diễn đàn tổ chức trong năm", en: "forums held in the year" },
    source: {
      document: DOC,
      quote: "Diễn đàn hợp tác quốc tế mỗi xã một sản phẩm được tổ chức ít nhất 01 lần/năm",
      urls: [DLPL],
    },
  },
] as const satisfies readonly Target[];
