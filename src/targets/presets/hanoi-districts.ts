import type { Target } from "../types.js";

const SEED = "reported in the 2024 press articles this project started from (see docs/targets.md)";

/** The goals of Thường Tín district (Hà Nội) for 2021–2025. */
export const THUONG_TIN_TARGETS = [
  {
    id: "thuong-tin-2025/potential-products",
    kind: "count",
    counting: "increment",
    target: 150,
    start: "2021-01-01",
    deadline: "2025-12-31",
    name: {
      vi: "Ít nhất 150 sản phẩm tiềm năng được đánh giá, phân hạng",
      en: "At least 150 potential products evaluated and classified",
    },
    measure: {
      vi: "sản phẩm tiềm năng được đánh giá, phân hạng",
      en: "potential products evaluated and classified",
    },
    source: {
      document: `Thường Tín district goal for 2021–2025, ${SEED}`,
      quote: "ít nhất 150 sản phẩm tiềm năng được đánh giá, phân hạng",
      urls: [],
    },
  },
  {
    id: "thuong-tin-2025/per-commune",
    kind: "per-unit-minimum",
    minimumPerUnit: 2,
    unit: { vi: "xã", en: "communes" },
    start: "2021-01-01",
    deadline: "2025-12-31",
    name: {
      vi: "Mỗi xã có ít nhất 2 sản phẩm tiềm năng đạt từ 3 sao trở lên",
      en: "Every commune has at least 2 potential products of 3 stars or more",
    },
    measure: { vi: "sản phẩm tiềm năng đạt từ 3 sao trở lên", en: "potential products of 3 stars or more" },
    source: {
      document: `Thường Tín district goal for 2021–2025, ${SEED}`,
      quote: "mỗi xã có ít nhất 2 sản phẩm tiềm năng đạt từ 3 sao trở lên",
      urls: [],
    },
  },
] as const satisfies readonly Target[];

/** The communes and town of Chương Mỹ without an OCOP product at the start of 2024 (they select one in 2024). */
export const CHUONG_MY_COMMUNES_WITHOUT_PRODUCT_2024 = [
  "Xuân Mai",
  "Ngọc Hòa",
  "Mỹ Lương",
  "Hữu Văn",
  "Hợp Đồng",
  "Thanh Bình",
  "Đông Phương Yên",
  "Thượng Vực",
  "Tốt Động",
  "Tân Tiến",
  "Văn Võ",
] as const;

/** The goals of Chương Mỹ district (Hà Nội) for 2024. */
export const CHUONG_MY_2024_TARGETS = [
  {
    id: "chuong-my-2024/products-3-stars",
    kind: "range",
    counting: "increment",
    min: 20,
    max: 30,
    start: "2024-01-01",
    deadline: "2024-12-31",
    name: {
      vi: "20 – 30 sản phẩm được chứng nhận từ 3 sao trở lên trong năm 2024",
      en: "20 to 30 products certified at 3 stars or more in 2024",
    },
    measure: {
      vi: "sản phẩm được chứng nhận từ 3 sao trở lên trong năm",
      en: "products certified at 3 stars or more in the year",
    },
    source: {
      document: `Chương Mỹ district goal for 2024, ${SEED}`,
      quote: "20–30 sản phẩm được chứng nhận đạt từ 3 sao trở lên",
      urls: [],
    },
  },
  {
    id: "chuong-my-2024/subjects-trained",
    kind: "coverage",
    percent: 100,
    start: "2024-01-01",
    deadline: "2024-12-31",
    name: { vi: "100% chủ thể được tập huấn", en: "Every OCOP subject trained" },
    measure: { vi: "chủ thể OCOP", en: "OCOP subjects" },
    source: {
      document: `Chương Mỹ district goal for 2024, ${SEED}`,
      quote: "100% chủ thể được tập huấn",
      urls: [],
    },
  },
  {
    id: "chuong-my-2024/promotion-events",
    kind: "coverage",
    percent: 100,
    start: "2024-01-01",
    deadline: "2024-12-31",
    name: {
      vi: "100% sản phẩm OCOP tham gia sự kiện xúc tiến",
      en: "Every OCOP product at a promotion event",
    },
    measure: { vi: "sản phẩm OCOP", en: "OCOP products" },
    source: {
      document: `Chương Mỹ district goal for 2024, ${SEED}`,
      quote: "100% sản phẩm OCOP tham gia các sự kiện xúc tiến",
      urls: [],
    },
  },
  {
    id: "chuong-my-2024/communes-without-product",
    kind: "per-unit-minimum",
    minimumPerUnit: 1,
    unit: { vi: "xã, thị trấn", en: "communes and towns" },
    start: "2024-01-01",
    deadline: "2024-12-31",
    name: {
      vi: "11 xã, thị trấn chưa có sản phẩm OCOP lựa chọn sản phẩm tham gia năm 2024",
      en: "The 11 communes and towns without an OCOP product each enter one in 2024",
    },
    measure: { vi: "sản phẩm đăng ký tham gia OCOP năm 2024", en: "products entered in OCOP in 2024" },
    source: {
      document: `Chương Mỹ district goal for 2024, ${SEED}`,
      quote: "11 xã, thị trấn chưa có sản phẩm OCOP lựa chọn sản phẩm tham gia năm 2024",
      urls: [],
    },
  },
] as const satisfies readonly Target[];
