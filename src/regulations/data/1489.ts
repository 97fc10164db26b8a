import type { Regulation } from "../types.js";

/** Decision 1489/QĐ-TTg (6 July 2025): amends the procedure (Phụ lục II) of 148: evaluation at two levels. */
export const DECISION_1489 = {
  number: "1489/QĐ-TTg",
  kind: "amendment",
  title: {
    vi: "Sửa đổi, bổ sung một số nội dung của Quyết định số 148/QĐ-TTg ngày 24 tháng 02 năm 2023 của Thủ tướng Chính phủ ban hành Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm Chương trình mỗi xã một sản phẩm",
    en: "Amending and supplementing some contents of Decision 148/QĐ-TTg on the criteria and procedure for evaluating and classifying OCOP products",
  },
  signer: { name: "Trần Hồng Hà", office: { vi: "Phó Thủ tướng", en: "Deputy Prime Minister" } },
  signedOn: "2025-07-06",
  effectiveFrom: "2025-07-06",
  // 26/2026/QĐ-TTg Article 11.2, as for 148/QĐ-TTg.
  effectiveUntil: "2026-07-21",
  amends: ["148/QĐ-TTg"],
  replaces: [],
  officialReference: "Quyết định số 1489/QĐ-TTg ngày 06/7/2025 của Thủ tướng Chính phủ",
  sources: [
    {
      url: "https://langngheviet.com.vn/cong-tac-danh-gia-phan-hang-san-pham-ocop-duoc-chia-thanh-2-cap-33499.html",
      supports: "two evaluation levels; commune pre-check",
    },
    {
      url: "https://thongtin.vietnam.vn/en/trinh-tu-danh-gia-phan-phan-hang-san-pham-ocop",
      supports: "signer",
    },
    {
      url: "https://baomoi.net.vn/infographic-trinh-tu-danh-gia-phan-hang-san-pham-ocop-c52720491.epi",
      supports: "amends Phụ lục II of 148; applied from 06/07/2025",
    },
    {
      url: "https://vanban.chinhphu.vn/?classid=1&docid=218267",
      supports: "number, date and end of effect: 26/2026/QĐ-TTg, Article 11.2",
    },
  ],
  uncertain: [],
} as const satisfies Regulation;
