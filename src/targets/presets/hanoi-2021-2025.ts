import type { Target } from "../types.js";

const DOC =
  "Hanoi OCOP plan to 2025 (Kế hoạch triển khai thực hiện Chương trình mỗi xã một sản phẩm thành phố Hà Nội đến năm 2025)";
const HANOIDEP =
  "https://hanoidep.vn/ha-noi-phan-dau-den-nam-2025-co-them-2-000-san-pham-dat-ocop-3-sao-tro-len";
const VIETECOMM = "https://vietecomm.com/blog/31";
const PLAN_NUMBER = "The plan's number and date were not found; the targets are quoted by the press.";
const START = "2021-01-01";
const END = "2025-12-31";
const SUBJECTS = { vi: "chủ thể OCOP", en: "OCOP subjects" } as const;
const DISTRICTS = { vi: "huyện, thị xã", en: "districts and towns" } as const;

/** Every numeric target of Hanoi's OCOP plan for 2021–2025. */
export const HANOI_2021_2025_TARGETS = [
  {
    id: "hanoi-2025/products-3-stars",
    kind: "count",
    counting: "increment",
    target: 2000,
    start: START,
    deadline: END,
    name: {
      vi: "Thêm 2.000 sản phẩm OCOP đạt từ 3 sao trở lên",
      en: "2,000 more OCOP products of 3 stars or more",
    },
    measure: {
      vi: "sản phẩm OCOP được chứng nhận từ 3 sao trở lên kể từ 2021",
      en: "OCOP products certified at 3 stars or more since 2021",
    },
    source: {
      document: DOC,
      quote: "phấn đấu có thêm 2.000 sản phẩm OCOP được chứng nhận đạt từ 3 sao trở lên",
      urls: [HANOIDEP, VIETECOMM],
      uncertain: PLAN_NUMBER,
    },
  },
  {
    id: "hanoi-2025/potential-5-stars",
    kind: "share",
    percent: 3,
    start: START,
    deadline: END,
    name: {
      vi: "3% sản phẩm tiềm năng 5 sao đăng ký đánh giá cấp quốc gia",
      en: "3% of products are potential 5-star products entered for national evaluation",
    },
    measure: { vi: "sản phẩm OCOP", en: "OCOP products" },
    source: {
      document: DOC,
      quote:
        "phấn đấu 3% sản phẩm tiềm năng 5 sao đăng ký tham gia đánh giá và phân hạng sản phẩm OCOP cấp Quốc gia",
      urls: [HANOIDEP],
      uncertain: PLAN_NUMBER,
    },
  },
  {
    id: "hanoi-2025/craft-villages",
    kind: "share",
    percent: 50,
    start: START,
    deadline: END,
    name: {
      vi: "Ít nhất 50% làng nghề truyền thống được công nhận có chủ thể tham gia OCOP",
      en: "At least 50% of recognised traditional craft villages have an OCOP subject",
    },
    measure: {
      vi: "làng nghề truyền thống được UBND Thành phố công nhận",
      en: "traditional craft villages recognised by the city",
    },
    source: {
      document: DOC,
      quote:
        "phấn đấu có ít nhất 50% làng nghề truyền thống được UBND Thành phố công nhận, đã và đang phát triển có chủ thể tham gia Chương trình OCOP",
      urls: [HANOIDEP],
      uncertain: PLAN_NUMBER,
    },
  },
  {
    id: "hanoi-2025/advanced-ntm-communes",
    kind: "coverage",
    percent: 100,
    start: START,
    deadline: END,
    name: {
      vi: "100% xã đạt chuẩn nông thôn mới nâng cao có sản phẩm OCOP",
      en: "Every commune meeting the advanced new-rural standard has an OCOP product",
    },
    measure: {
      vi: "xã đạt chuẩn nông thôn mới nâng cao",
      en: "communes meeting the advanced new-rural standard",
    },
    source: {
      document: DOC,
      quote: "100% xã đạt chuẩn nông thôn mới nâng cao có sản phẩm OCOP",
      urls: [HANOIDEP, VIETECOMM],
      uncertain: PLAN_NUMBER,
    },
  },
  {
    id: "hanoi-2025/upgrade-products",
    kind: "share",
    percent: 50,
    start: START,
    deadline: END,
    name: {
      vi: "Củng cố và nâng cấp ít nhất 50% sản phẩm OCOP đã được đánh giá",
      en: "Consolidate and upgrade at least 50% of the products the city has rated",
    },
    measure: {
      vi: "sản phẩm OCOP đã được UBND Thành phố đánh giá và phân hạng",
      en: "OCOP products rated by the city",
    },
    source: {
      document: DOC,
      quote: "Củng cố và nâng cấp ít nhất 50% sản phẩm OCOP đã được UBND Thành phố đánh giá và phân hạng",
      urls: [HANOIDEP],
      uncertain: PLAN_NUMBER,
    },
  },
  {
    id: "hanoi-2025/subjects-trained",
    kind: "coverage",
    percent: 100,
    start: START,
    deadline: END,
    name: {
      vi: "100% chủ thể được bồi dưỡng, tập huấn về Chương trình OCOP",
      en: "Every OCOP subject trained on the programme",
    },
    measure: SUBJECTS,
    source: {
      document: DOC,
      quote: "100% chủ thể được bồi dưỡng, tập huấn về Chương trình OCOP",
      urls: [HANOIDEP],
      uncertain: PLAN_NUMBER,
    },
  },
  {
    id: "hanoi-2025/workers-certified",
    kind: "share",
    percent: 25,
    start: START,
    deadline: END,
    name: {
      vi: "Ít nhất 25% lao động qua bồi dưỡng được cấp chứng chỉ",
      en: "At least 25% of trained workers at OCOP subjects hold a certificate",
    },
    measure: {
      vi: "lao động qua bồi dưỡng, tập huấn tại các chủ thể OCOP",
      en: "trained workers at OCOP subjects",
    },
    source: {
      document: DOC,
      quote:
        "tỷ lệ lao động qua bồi dưỡng, tập huấn được cấp chứng chỉ làm việc tại các chủ thể OCOP đạt tối thiểu 25%",
      urls: [HANOIDEP],
      uncertain: PLAN_NUMBER,
    },
  },
  {
    id: "hanoi-2025/organised-subjects",
    kind: "share",
    percent: 70,
    start: START,
    deadline: END,
    name: {
      vi: "Ít nhất 70% chủ thể OCOP là tổ hợp tác, hợp tác xã và doanh nghiệp",
      en: "At least 70% of OCOP subjects are cooperative groups, cooperatives or enterprises",
    },
    measure: SUBJECTS,
    source: {
      document: DOC,
      quote: "phấn đấu có ít nhất 70% chủ thể OCOP là tổ hợp tác, hợp tác xã và doanh nghiệp",
      urls: [HANOIDEP, VIETECOMM],
      uncertain: PLAN_NUMBER,
    },
  },
  {
    id: "hanoi-2025/value-chains",
    kind: "share",
    percent: 30,
    start: START,
    deadline: END,
    name: {
      vi: "Ít nhất 30% chủ thể OCOP tham gia liên kết chuỗi giá trị ổn định",
      en: "At least 30% of OCOP subjects build or join a stable value chain",
    },
    measure: SUBJECTS,
    source: {
      document: DOC,
      quote:
        "Có ít nhất 30% các chủ thể OCOP xây dựng hoặc tham gia liên kết chuỗi giá trị ổn định, hiệu quả",
      urls: [HANOIDEP, VIETECOMM],
      uncertain: PLAN_NUMBER,
    },
  },
  {
    id: "hanoi-2025/promotion-events",
    kind: "coverage",
    percent: 100,
    start: START,
    deadline: END,
    name: {
      vi: "100% sản phẩm OCOP tham gia các sự kiện xúc tiến",
      en: "Every OCOP product takes part in display and promotion events",
    },
    measure: { vi: "sản phẩm OCOP", en: "OCOP products" },
    source: {
      document: DOC,
      quote:
        "100% các sản phẩm OCOP được tham gia các sự kiện trưng bày, giới thiệu, quảng bá, kết nối giao thương sản phẩm OCOP",
      urls: [HANOIDEP, VIETECOMM],
      uncertain: PLAN_NUMBER,
    },
  },
  {
    id: "hanoi-2025/design-centres",
    kind: "per-unit-minimum",
    minimumPerUnit: 1,
    unit: DISTRICTS,
    start: START,
    deadline: END,
    name: {
      vi: "Mỗi huyện, thị xã có ít nhất 01 trung tâm thiết kế sáng tạo, giới thiệu, quảng bá và bán sản phẩm OCOP",
      en: "Each district and town has at least one OCOP design, promotion and sales centre",
    },
    measure: {
      vi: "trung tâm thiết kế sáng tạo, giới thiệu và bán sản phẩm OCOP, làng nghề gắn với du lịch",
      en: "OCOP and craft-village design, promotion and sales centres linked to tourism",
    },
    source: {
      document: DOC,
      quote:
        "Mỗi huyện, thị xã xây dựng ít nhất 01 trung tâm thiết kế sáng tạo, giới thiệu, quảng bá và bán sản phẩm OCOP, làng nghề gắn với du lịch",
      urls: [VIETECOMM, HANOIDEP],
      uncertain: PLAN_NUMBER,
    },
  },
  {
    id: "hanoi-2025/tourism-product",
    kind: "per-unit-minimum",
    minimumPerUnit: 1,
    unit: DISTRICTS,
    start: START,
    deadline: END,
    name: {
      vi: "Mỗi huyện, thị xã có ít nhất 1 sản phẩm OCOP nhóm dịch vụ du lịch cộng đồng và điểm du lịch",
      en: "Each district and town has at least one OCOP community-tourism product",
    },
    measure: {
      vi: "sản phẩm OCOP nhóm 'Dịch vụ du lịch cộng đồng và điểm du lịch'",
      en: "OCOP products of the group 'community tourism services and destinations'",
    },
    source: {
      document: DOC,
      quote:
        "mỗi huyện, thị xã có ít nhất 1 sản phẩm OCOP thuộc nhóm 'Dịch vụ du lịch cộng đồng và điểm du lịch'",
      urls: [HANOIDEP],
      uncertain: PLAN_NUMBER,
    },
  },
  {
    id: "hanoi-2025/sales-points-yearly",
    kind: "per-unit-minimum",
    minimumPerUnit: 2,
    unit: { vi: "quận, huyện, thị xã", en: "urban districts, districts and towns" },
    recurrence: "yearly",
    start: "2025-01-01",
    deadline: END,
    name: {
      vi: "Hằng năm mỗi quận, huyện, thị xã phát triển ít nhất 02 điểm giới thiệu và bán sản phẩm OCOP",
      en: "Every year each district develops at least two OCOP showrooms or sales points",
    },
    measure: {
      vi: "điểm giới thiệu và bán sản phẩm OCOP mới trong năm",
      en: "new OCOP showrooms and sales points in the year",
    },
    source: {
      document: DOC,
      quote: "Hằng năm mỗi quận, huyện, thị xã phát triển ít nhất 02 điểm giới thiệu và bán sản phẩm OCOP",
      urls: [VIETECOMM],
      uncertain: PLAN_NUMBER,
    },
  },
  {
    id: "hanoi-2025/supermarkets",
    kind: "coverage",
    percent: 100,
    start: START,
    deadline: END,
    name: {
      vi: "100% trung tâm thương mại, siêu thị tổng hợp giới thiệu và bán sản phẩm OCOP",
      en: "Every shopping centre and general supermarket presents and sells OCOP products",
    },
    measure: {
      vi: "trung tâm thương mại, siêu thị tổng hợp",
      en: "shopping centres and general supermarkets",
    },
    source: {
      document: DOC,
      quote: "Phấn đấu 100% các trung tâm thương mại, siêu thị tổng hợp giới thiệu và bán sản phẩm OCOP",
      urls: [VIETECOMM],
      uncertain: PLAN_NUMBER,
    },
  },
  {
    id: "hanoi-2025/modern-channels",
    kind: "share",
    percent: 50,
    start: START,
    deadline: END,
    name: {
      vi: "Ít nhất 50% chủ thể OCOP tham gia kênh bán hàng hiện đại",
      en: "At least 50% of OCOP subjects sell through modern channels",
    },
    measure: SUBJECTS,
    source: {
      document: DOC,
      quote:
        "Có ít nhất 50% chủ thể OCOP tham gia vào các kênh bán hàng hiện đại (hệ thống siêu thị, cửa hàng tiện lợi, sàn giao dịch thương mại điện tử;…)",
      urls: [VIETECOMM],
      uncertain: PLAN_NUMBER,
    },
  },
] as const satisfies readonly Target[];
