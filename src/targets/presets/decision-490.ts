import type { Target } from "../types.js";

const DOC = "Decision 490/QĐ-TTg (07/05/2018), OCOP programme 2018–2020, objectives";
const TAILIEU =
  "https://tailieuluat.com/amp/chuong-trinh-moi-xa-mot-san-pham-giai-doan-2018-2020-duoc-dau-tu-45-000-ty-tin21.html";
const KETNOI = "https://ketnoiocop.vn/tin-tuc/ket-noi-dau-tu/2400-dac-san-dia-phuong-se-duoc-nang-chat-nh";
const LUATVN =
  "https://english.luatvietnam.vn/decision-no-490-qd-ttg-dated-may-07-2018-of-the-prime-minister-on-approving-the-one-commune-one-product-program-in-the-2018-2020-period-162627-doc1.html";
const NOT_VERBATIM = "The decision's own wording was not read; quoted from summaries.";

/** The national targets of Decision 490/QĐ-TTg (OCOP programme 2018–2020), deadline 2020. */
export const DECISION_490_TARGETS = [
  {
    id: "490/standardised-products",
    kind: "count",
    counting: "increment",
    target: 2400,
    start: "2018-05-07",
    deadline: "2020-12-31",
    name: {
      vi: "Tiêu chuẩn hóa khoảng 2.400 sản phẩm (ít nhất 50% số sản phẩm hiện có)",
      en: "Standardise about 2,400 products (at least 50% of existing products)",
    },
    measure: {
      vi: "sản phẩm được tiêu chuẩn hóa (đạt 3 sao trở lên)",
      en: "products standardised (rated 3 stars or more)",
    },
    source: {
      document: DOC,
      quote: "tiêu chuẩn hóa ít nhất 50% số sản phẩm hiện có, tương ứng khoảng 2.400 sản phẩm",
      urls: [TAILIEU, KETNOI, LUATVN],
      uncertain: NOT_VERBATIM,
    },
  },
  {
    id: "490/tourist-villages",
    kind: "range",
    counting: "increment",
    min: 8,
    max: 10,
    start: "2018-05-07",
    deadline: "2020-12-31",
    name: {
      vi: "Triển khai 08 – 10 mô hình làng văn hóa du lịch",
      en: "Eight to ten cultural tourist village models",
    },
    measure: { vi: "mô hình làng văn hóa du lịch", en: "cultural tourist village models" },
    source: {
      document: DOC,
      quote: "Triển khai thực hiện từ 08 - 10 mô hình làng văn hóa du lịch",
      urls: [TAILIEU],
      uncertain: NOT_VERBATIM,
    },
  },
  {
    id: "490/consolidate-organisations",
    kind: "coverage",
    percent: 100,
    start: "2018-05-07",
    deadline: "2020-12-31",
    name: {
      vi: "Củng cố, kiện toàn 100% tổ chức kinh tế tham gia Chương trình OCOP (khoảng 3.920)",
      en: "Consolidate all economic organisations in the OCOP programme (about 3,920)",
    },
    measure: {
      vi: "tổ chức kinh tế (doanh nghiệp, hợp tác xã) tham gia OCOP",
      en: "economic organisations (enterprises, cooperatives) in OCOP",
    },
    source: {
      document: DOC,
      quote:
        "Củng cố, kiện toàn 100% tổ chức kinh tế (doanh nghiệp, hợp tác xã) tham gia Chương trình OCOP (khoảng 3.920 tổ chức kinh tế)",
      urls: [KETNOI],
      uncertain: NOT_VERBATIM,
    },
  },
  {
    id: "490/new-organisations",
    kind: "count",
    counting: "increment",
    target: 500,
    start: "2018-05-07",
    deadline: "2020-12-31",
    name: {
      vi: "Phát triển mới ít nhất 500 tổ chức kinh tế tham gia Chương trình OCOP",
      en: "At least 500 new enterprises and cooperatives in the OCOP programme",
    },
    measure: {
      vi: "doanh nghiệp, hợp tác xã mới tham gia OCOP",
      en: "new enterprises and cooperatives in OCOP",
    },
    source: {
      document: DOC,
      quote:
        "Phát triển mới ít nhất 500 tổ chức kinh tế (doanh nghiệp và hợp tác xã) tham gia Chương trình OCOP",
      urls: [KETNOI, TAILIEU],
      uncertain: NOT_VERBATIM,
    },
  },
] as const satisfies readonly Target[];
