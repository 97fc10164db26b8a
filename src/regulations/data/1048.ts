import type { Regulation } from "../types.js";

/** Decision 1048/QĐ-TTg (21 August 2019): the first national OCOP criteria set (A35/B25/C40) and procedure. */
export const DECISION_1048 = {
  number: "1048/QĐ-TTg",
  kind: "criteria-and-procedure",
  title: {
    vi: "Ban hành Bộ tiêu chí đánh giá, phân hạng sản phẩm Chương trình mỗi xã một sản phẩm",
    en: "Promulgating the criteria for evaluating and classifying products of the One Commune One Product Programme",
  },
  signer: { name: "Vương Đình Huệ", office: { vi: "Phó Thủ tướng", en: "Deputy Prime Minister" } },
  signedOn: "2019-08-21",
  effectiveFrom: "2019-08-21",
  effectiveUntil: "2023-02-23",
  amends: [],
  replaces: [],
  officialReference: "Quyết định số 1048/QĐ-TTg ngày 21/8/2019 của Thủ tướng Chính phủ",
  sources: [
    {
      url: "https://thuvienphapluat.vn/van-ban/Doanh-nghiep/Ke-hoach-115-KH-UBND-2020-danh-gia-phan-hang-va-cong-nhan-san-pham-OCOP-Hue-442454.aspx?tab=2",
      supports: "date 21/08/2019 (cited by a provincial plan)",
    },
    {
      url: "http://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/46523/thay-doi-tieu-chi-danh-gia-san-pham-ocop",
      supports: "replaced by 148/QĐ-TTg from 24/02/2023",
    },
    {
      url: "https://baomoi.zadn.vn/ban-hanh-bo-tieu-chi-danh-gia-phan-hang-san-pham-chuong-trinh-moi-xa-mot-san-pham-c31938553.epi",
      supports: "signer: Phó Thủ tướng Vương Đình Huệ; parts A35/B25/C40; 6 sectors",
    },
    {
      url: "https://vccinews.com/news/48938/announcement-on-the-set-of-criteria-and-process-for-evaluating-and-classifying-ocop-products-for-the-period-of-2021-2025.html",
      supports: "dated 21/08/2019; replaced by 148/QĐ-TTg",
    },
    {
      url: "https://yenbai.gov.vn/nong-thon-moi/noidung/tintuc/Pages/chi-tiet-tin-tuc.aspx?ItemID=981&l=Tinhoatdong&lv=5",
      supports: "dated 21/8/2019 (cited in the report on 781/QĐ-TTg)",
    },
  ],
  uncertain: [
    {
      field: "signer",
      note: "One source (a press report) names Deputy PM Vương Đình Huệ; not confirmed by a second.",
    },
    {
      field: "signedOn",
      note: "Three sources give 21/08/2019; proatc.vn alone writes 20/08/2019. The library uses 21/08/2019.",
    },
    {
      field: "effectiveFrom",
      note: "Assumed effective on signing (the usual formula); the text was not available.",
    },
  ],
} as const satisfies Regulation;
