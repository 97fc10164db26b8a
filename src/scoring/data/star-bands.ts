/**
 * The star bands (phân hạng sao) of each criteria regulation, on the average total score ("tổng điểm trung
 * bình"). The amendments (781/QĐ-TTg, 1489/QĐ-TTg) did not change the bands, so the table is keyed by the
 * base regulation; look it up for a regime through {@link starBands}.
 *
 * @module
 */
import type { CriteriaRegulationNumber } from "../../regulations/types.js";
import type { StarBandTable } from "../types.js";

/**
 * Decision 26/2026/QĐ-TTg, Article 3.3 (primary text): half-open bands, no rounding rule.
 */
const BANDS_26_2026 = {
  regulation: "26/2026/QĐ-TTg",
  max: 100,
  bands: [
    {
      stars: 5,
      from: 90,
      to: 100,
      toInclusive: true,
      level: "national",
      wording: {
        vi: "Hạng 5 sao (cấp quốc gia): Tổng điểm trung bình đạt từ 90 đến 100 điểm",
        en: "5 stars (national level): average total score from 90 to 100 points",
      },
    },
    {
      stars: 4,
      from: 70,
      to: 90,
      toInclusive: false,
      level: "province",
      wording: {
        vi: "Hạng 4 sao (cấp tỉnh): Tổng điểm trung bình đạt từ 70 đến dưới 90 điểm",
        en: "4 stars (province level): average total score from 70 to under 90 points",
      },
    },
    {
      stars: 3,
      from: 50,
      to: 70,
      toInclusive: false,
      level: "province",
      wording: {
        vi: "Hạng 3 sao (cấp tỉnh): Tổng điểm trung bình đạt từ 50 đến dưới 70 điểm",
        en: "3 stars (province level): average total score from 50 to under 70 points",
      },
    },
    {
      stars: 2,
      from: 30,
      to: 50,
      toInclusive: false,
      level: null,
      wording: {
        vi: "Hạng 2 sao: Tổng điểm trung bình đạt từ 30 đến dưới 50 điểm",
        en: "2 stars: average total score from 30 to under 50 points",
      },
    },
    {
      stars: 1,
      from: 0,
      to: 30,
      toInclusive: false,
      level: null,
      wording: {
        vi: "Hạng 1 sao: Tổng điểm trung bình đạt dưới 30 điểm",
        en: "1 star: average total score under 30 points",
      },
    },
  ],
  source: "Decision 26/2026/QĐ-TTg, Article 3.3 (points a–đ)",
  status: "official",
} as const satisfies StarBandTable;

/**
 * Decision 148/QĐ-TTg: same thresholds; the "đến dưới" (half-open) wording comes from one secondary source
 * (brandsvip.com.vn), so the table is `uncertain`. It is the reading applied in any case: it is the 2026
 * wording and the only one that places every decimal average in exactly one band.
 */
const BANDS_148 = {
  regulation: "148/QĐ-TTg",
  max: 100,
  bands: [
    {
      stars: 5,
      from: 90,
      to: 100,
      toInclusive: true,
      level: null,
      wording: {
        vi: "Hạng 5 sao: Tổng điểm trung bình đạt từ 90 đến 100 điểm",
        en: "5 stars: average total score from 90 to 100 points",
      },
    },
    {
      stars: 4,
      from: 70,
      to: 90,
      toInclusive: false,
      level: null,
      wording: {
        vi: "Hạng 4 sao: Tổng điểm trung bình đạt từ 70 đến dưới 90 điểm",
        en: "4 stars: average total score from 70 to under 90 points",
      },
    },
    {
      stars: 3,
      from: 50,
      to: 70,
      toInclusive: false,
      level: null,
      wording: {
        vi: "Hạng 3 sao: Tổng điểm trung bình đạt từ 50 đến dưới 70 điểm",
        en: "3 stars: average total score from 50 to under 70 points",
      },
    },
    {
      stars: 2,
      from: 30,
      to: 50,
      toInclusive: false,
      level: null,
      wording: {
        vi: "Hạng 2 sao: Tổng điểm trung bình đạt từ 30 đến dưới 50 điểm",
        en: "2 stars: average total score from 30 to under 50 points",
      },
    },
    {
      stars: 1,
      from: 0,
      to: 30,
      toInclusive: false,
      level: null,
      wording: {
        vi: "Hạng 1 sao: Tổng điểm trung bình đạt dưới 30 điểm",
        en: "1 star: average total score under 30 points",
      },
    },
  ],
  source:
    "Decision 148/QĐ-TTg (official text not available); wording per https://brandsvip.com.vn/?p=6369 (one source); thresholds also per http://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/46523/thay-doi-tieu-chi-danh-gia-san-pham-ocop",
  status: "uncertain",
  reading: {
    en: "The half-open wording ('from 70 to under 90') is confirmed by one secondary source only. It is applied: it is the wording of 26/2026/QĐ-TTg, and the only reading that places every decimal average (e.g. 89.5) in exactly one band.",
    vi: "Cách ghi nửa mở ('từ 70 đến dưới 90') chỉ được một nguồn thứ cấp xác nhận. Thư viện áp dụng cách đọc này: đây là cách ghi của Quyết định 26/2026/QĐ-TTg và là cách đọc duy nhất xếp mọi điểm trung bình thập phân (ví dụ 89,5) vào đúng một hạng.",
  },
} as const satisfies StarBandTable;

/**
 * Decision 1048/QĐ-TTg (2019): closed integer ranges ("từ 70 đến 89 điểm"), which leave a decimal average
 * such as 89.5 in no band. The library applies the half-open reading of the later decisions and keeps the
 * written bounds in `asWritten`.
 */
const BANDS_1048 = {
  regulation: "1048/QĐ-TTg",
  max: 100,
  bands: [
    {
      stars: 5,
      from: 90,
      to: 100,
      toInclusive: true,
      level: "national",
      wording: {
        vi: "Hạng 5 sao: Tổng điểm trung bình đạt từ 90 đến 100 điểm, là sản phẩm cấp quốc gia",
        en: "5 stars: average total score from 90 to 100 points, a national-level product",
      },
    },
    {
      stars: 4,
      from: 70,
      to: 90,
      toInclusive: false,
      asWritten: { from: 70, to: 89, toInclusive: true },
      level: "province",
      wording: {
        vi: "Hạng 4 sao: Tổng điểm trung bình đạt từ 70 đến 89 điểm, là sản phẩm cấp tỉnh",
        en: "4 stars: average total score from 70 to 89 points, a province-level product",
      },
    },
    {
      stars: 3,
      from: 50,
      to: 70,
      toInclusive: false,
      asWritten: { from: 50, to: 69, toInclusive: true },
      level: "province",
      wording: {
        vi: "Hạng 3 sao: Tổng điểm trung bình đạt từ 50 đến 69 điểm, là sản phẩm cấp tỉnh",
        en: "3 stars: average total score from 50 to 69 points, a province-level product",
      },
    },
    {
      stars: 2,
      from: 30,
      to: 50,
      toInclusive: false,
      asWritten: { from: 30, to: 49, toInclusive: true },
      level: null,
      wording: {
        vi: "Hạng 2 sao: Tổng điểm trung bình đạt từ 30 đến 49 điểm",
        en: "2 stars: average total score from 30 to 49 points",
      },
    },
    {
      stars: 1,
      from: 0,
      to: 30,
      toInclusive: false,
      level: null,
      wording: {
        vi: "Hạng 1 sao: Tổng điểm trung bình đạt dưới 30 điểm",
        en: "1 star: average total score under 30 points",
      },
    },
  ],
  source:
    "Decision 1048/QĐ-TTg (official text not available); https://ciptek.vn/bo-tieu-chi-ocop/ ; http://ocop.quangnam.gov.vn/chi-tiet/group/97/nid/9770/ban-hanh-bo-tieu-chi-danh-gia-phan-hang-san-pham-chuong-trinh-moi-xa-mot-san-pham ; https://proatc.vn/phan-hang-nhom-san-pham-ocop/",
  status: "secondary",
  reading: {
    en: "1048/QĐ-TTg wrote closed integer ranges (70–89, 50–69, 30–49), which leave averages such as 89.5 in no band and give no rounding rule. The library reads them as the half-open bands of 148/QĐ-TTg and 26/2026/QĐ-TTg ([70, 90), [50, 70), [30, 50)): identical for integer averages, and never rounding a decimal one up.",
    vi: "Quyết định 1048/QĐ-TTg ghi các khoảng số nguyên đóng (70–89, 50–69, 30–49), bỏ ngỏ các điểm trung bình như 89,5 và không có quy tắc làm tròn. Thư viện đọc theo các hạng nửa mở của Quyết định 148/QĐ-TTg và 26/2026/QĐ-TTg ([70, 90), [50, 70), [30, 50)): trùng khớp với điểm trung bình nguyên, và không bao giờ làm tròn lên điểm thập phân.",
  },
} as const satisfies StarBandTable;

/** The star bands of every criteria regulation. */
export const STAR_BANDS = {
  "1048/QĐ-TTg": BANDS_1048,
  "148/QĐ-TTg": BANDS_148,
  "26/2026/QĐ-TTg": BANDS_26_2026,
} as const satisfies { readonly [K in CriteriaRegulationNumber]: StarBandTable & { readonly regulation: K } };
