import type { Regulation } from "../types.js";

/** Decision 1048/QĐ-TTg (21 August 2019): the first national OCOP criteria set (A35/B25/C40) and procedure. */
export const DECISION_1048 = {
  number: "1048/QĐ-TTg",
  kind: "criteria-and-procedure",
  title: {
    vi: "Ban hành Bộ tiêu chí đánh giá, phân hạng sản phẩm Chương trình mỗi xã một sản phẩm",
    en: "Promulgating the criteria for evaluating and classifying products of the One Commune One Product Programme",
  },
  signer: null,
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
  ],
  uncertain: [
    { field: "signer", note: "No accessible source names the signer." },
    {
      field: "signedOn",
      note: "Provincial instruments cite 21/08/2019; proatc.vn writes 20/08/2019. The library uses 21/08/2019.",
    },
    {
      field: "effectiveFrom",
      note: "Assumed effective on signing (the usual formula); the text was not available.",
    },
  ],
} as const satisfies Regulation;
