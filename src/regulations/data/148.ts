import type { Regulation } from "../types.js";

/** Decision 148/QĐ-TTg (24 February 2023): criteria (A40/B25/C35) and procedure; replaces 1048 and 781. */
export const DECISION_148 = {
  number: "148/QĐ-TTg",
  kind: "criteria-and-procedure",
  title: {
    vi: "Ban hành Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm Chương trình mỗi xã một sản phẩm",
    en: "Promulgating the criteria and the procedure for evaluating and classifying products of the One Commune One Product Programme",
  },
  signer: { name: "Trần Lưu Quang", office: { vi: "Phó Thủ tướng", en: "Deputy Prime Minister" } },
  signedOn: "2023-02-24",
  effectiveFrom: "2023-02-24",
  // 26/2026/QĐ-TTg Article 11.2: ceases to have effect 60 days after 22/05/2026 (Civil Code 2015, Art. 147:
  // the first day is not counted, so the 60th day is 21/07/2026).
  effectiveUntil: "2026-07-21",
  amends: [],
  replaces: ["1048/QĐ-TTg", "781/QĐ-TTg"],
  officialReference: "Quyết định số 148/QĐ-TTg ngày 24/02/2023 của Thủ tướng Chính phủ",
  sources: [
    {
      url: "https://hangthat.thuonghieucongluan.com.vn/ban-hanh-bo-tieu-chi-va-quy-trinh-danh-gia-phan-hang-san-pham-chuong-trinh-moi-xa-mot-san-pham-a93435.html",
      supports: "date, signer, title",
    },
    {
      url: "http://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/46523/thay-doi-tieu-chi-danh-gia-san-pham-ocop",
      supports: "effective on signing; replaces 1048/QĐ-TTg and 781/QĐ-TTg",
    },
    {
      url: "https://vanban.chinhphu.vn/?classid=1&docid=218267",
      supports: "end of effect: Decision 26/2026/QĐ-TTg, Article 11.2",
    },
  ],
  uncertain: [],
} as const satisfies Regulation;
