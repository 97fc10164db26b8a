import type { Regulation } from "../types.js";

/** Decision 490/QĐ-TTg (7 May 2018): the OCOP programme 2018–2020. */
export const DECISION_490 = {
  number: "490/QĐ-TTg",
  kind: "programme",
  title: {
    vi: "Phê duyệt Chương trình mỗi xã một sản phẩm giai đoạn 2018 - 2020",
    en: "Approving the One Commune One Product Programme for 2018–2020",
  },
  signer: { name: "Vương Đình Huệ", office: { vi: "Phó Thủ tướng", en: "Deputy Prime Minister" } },
  signedOn: "2018-05-07",
  effectiveFrom: "2018-05-07",
  effectiveUntil: null,
  amends: [],
  replaces: [],
  officialReference: "Quyết định số 490/QĐ-TTg ngày 07/5/2018 của Thủ tướng Chính phủ",
  sources: [
    {
      url: "https://english.luatvietnam.vn/decision-no-490-qd-ttg-dated-may-07-2018-of-the-prime-minister-on-approving-the-one-commune-one-product-program-in-the-2018-2020-period-162627-doc1.html",
      supports: "number, date, signer, title",
    },
    {
      url: "https://hethongphapluat.com/quyet-dinh-2891-qd-ubnd-nam-2020-ve-quy-che-hoat-dong-cua-hoi-dong-danh-gia-va-xep-hang-san-pham-tham-gia-chuong-trinh-moi-xa-mot-san-pham-ocop-tren-dia-ban-tinh-kien-giang.html",
      supports: "date (cited by a provincial instrument)",
    },
  ],
  uncertain: [
    {
      field: "effectiveFrom",
      note: "Effective on signing per secondary sources; the programme covers 2018–2020 and was followed by 919/QĐ-TTg (no express repeal found).",
    },
  ],
} as const satisfies Regulation;
