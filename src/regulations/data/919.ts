import type { Regulation } from "../types.js";

/** Decision 919/QĐ-TTg (1 August 2022): the OCOP programme 2021–2025. */
export const DECISION_919 = {
  number: "919/QĐ-TTg",
  kind: "programme",
  title: {
    vi: "Phê duyệt Chương trình mỗi xã một sản phẩm giai đoạn 2021 - 2025",
    en: "Approving the One Commune One Product Programme for 2021–2025",
  },
  signer: { name: "Phạm Bình Minh", office: { vi: "Phó Thủ tướng", en: "Deputy Prime Minister" } },
  signedOn: "2022-08-01",
  effectiveFrom: "2022-08-01",
  effectiveUntil: null,
  amends: [],
  replaces: [],
  officialReference: "Quyết định số 919/QĐ-TTg ngày 01/8/2022 của Thủ tướng Chính phủ",
  sources: [
    {
      url: "https://english.luatvietnam.vn/decision-no-919-qd-ttg-dated-august-01-2022-of-the-prime-minister-on-approving-the-one-commune-one-product-program-for-the-2021-2025-period-227125-doc1.html",
      supports: "number, date, signer, title",
    },
    {
      url: "https://thuvienphapluat.vn/van-ban/Thuong-mai/Quyet-dinh-919-QD-TTg-2022-phe-duyet-Chuong-trinh-moi-xa-mot-san-pham-2021-2025-524355.aspx",
      supports: "number, date, title",
    },
    {
      url: "http://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/41844/06-nhom-san-pham-theo-chuong-trinh-moi-xa-mot-san-pham",
      supports: "effective on signing (có hiệu lực từ ngày ký)",
    },
  ],
  uncertain: [],
} as const satisfies Regulation;
