import type { Regulation } from "../types.js";

/** Decision 781/QĐ-TTg (8 June 2020): amends annexes of 1048/QĐ-TTg (minimum criteria per star). */
export const DECISION_781 = {
  number: "781/QĐ-TTg",
  kind: "amendment",
  title: {
    vi: "Sửa đổi, bổ sung một số Phụ lục Quyết định số 1048/QĐ-TTg ngày 21 tháng 8 năm 2019 của Thủ tướng Chính phủ ban hành Bộ tiêu chí đánh giá, phân hạng sản phẩm Chương trình mỗi xã một sản phẩm",
    en: "Amending and supplementing some annexes of Decision 1048/QĐ-TTg on the criteria for evaluating and classifying OCOP products",
  },
  signer: { name: "Trịnh Đình Dũng", office: { vi: "Phó Thủ tướng", en: "Deputy Prime Minister" } },
  signedOn: "2020-06-08",
  effectiveFrom: "2020-06-08",
  effectiveUntil: "2023-02-23",
  amends: ["1048/QĐ-TTg"],
  replaces: [],
  officialReference: "Quyết định số 781/QĐ-TTg ngày 08/6/2020 của Thủ tướng Chính phủ",
  sources: [
    { url: "https://proatc.vn/van-ban-quy-dinh-ve-ocop/", supports: "number, date 08/06/2020, title" },
    {
      url: "https://yenbai.gov.vn/nong-thon-moi/noidung/tintuc/Pages/chi-tiet-tin-tuc.aspx?ItemID=981&l=Tinhoatdong&lv=5",
      supports:
        "signer: Phó Thủ tướng Trịnh Đình Dũng; renames the tourism group; adds minimums per star (Phụ lục II, Mục 6)",
    },
    {
      url: "https://tayninh.gov.vn/vi/news/thong-tin-cai-cach-hanh-chinh/ban-h-nh-quy-ch-ho-t--ng-c-a-h-i--ng--nh-gi-v-x-p-h-ng-ch-ng-tr-nh-m-i-x-m-t-s-n-ph-m-ocop-t-nh-t-y-ninh-44820.html",
      supports: "date and title (cited by a provincial instrument)",
    },
    {
      url: "http://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/46523/thay-doi-tieu-chi-danh-gia-san-pham-ocop",
      supports: "replaced by 148/QĐ-TTg from 24/02/2023",
    },
  ],
  uncertain: [
    {
      field: "signer",
      note: "One source (Yên Bái provincial portal) names Deputy PM Trịnh Đình Dũng; not confirmed by a second.",
    },
    { field: "effectiveFrom", note: "Assumed effective on signing; the text was not available." },
  ],
} as const satisfies Regulation;
