/**
 * The readings applied to defects of the published Phụ lục II of Decision 26/2026/QĐ-TTg, and the oddities of
 * the text that the importer must acknowledge.
 *
 * Every entry names the set and the place, and quotes what is printed. The importer
 * (`import-26-2026.ts`) applies each entry and fails when an entry no longer matches the text (a stale
 * correction) or when the text has a defect that no entry covers. The official value is kept in the data
 * (`defect.printed`); the reading is the value the library applies (see CONTRIBUTING.md, "The law").
 *
 * Source of every entry: Decision 26/2026/QĐ-TTg, Phụ lục II (the set named by `set`), checked against the
 * arithmetic of the sheet (parts 40/25/35, sections, criteria) and against the same criterion in the other
 * sets.
 *
 * @module
 */

import type { PartId } from "../../src/criteria/types.js";
import type { Bilingual } from "../../src/errors/ocop-error.js";

/** Where a correction applies. Option numbers count from 1 in printed order. */
export type CorrectionTarget =
  | { readonly kind: "option"; readonly criterion: string; readonly option: number }
  | { readonly kind: "criterion"; readonly criterion: string }
  | { readonly kind: "section"; readonly section: string }
  | { readonly kind: "part"; readonly part: PartId };

/** A printed value that the library reads differently. */
export interface PointsCorrection {
  readonly kind: "points";
  readonly set: number;
  readonly target: CorrectionTarget;
  /** Exactly as printed (the cell, or the heading's "(NN Điểm)"). */
  readonly printed: string;
  /** The value the library applies. */
  readonly value: number;
  readonly reading: Bilingual;
}

/** An option printed with another bullet than `□`. */
export interface BulletCorrection {
  readonly kind: "bullet";
  readonly set: number;
  readonly target: { readonly kind: "option"; readonly criterion: string; readonly option: number };
  /** The bullet as printed. */
  readonly printed: string;
  readonly reading: Bilingual;
}

/**
 * A criterion printed with a maximum but no option (a yes/no criterion). The importer adds the two options
 * "not met" (0) and "met" (the maximum), each flagged as a defect with this reading.
 */
export interface MissingOptionsCorrection {
  readonly kind: "missing-options";
  readonly set: number;
  readonly criterion: string;
  readonly reading: Bilingual;
}

/** A line printed twice in a row: the importer keeps one and notes it. */
export interface DuplicateLineCorrection {
  readonly kind: "duplicate-line";
  readonly set: number;
  /** The start of the duplicated line. */
  readonly printed: string;
  readonly note: Bilingual;
}

/**
 * An oddity of the printed text that changes no value (a heading that differs from Phụ lục I, a missing
 * line): it becomes a note of the set. `printed` quotes the text concerned; the importer checks that the
 * set's text still contains it.
 */
export interface SetNoteCorrection {
  readonly kind: "set-note";
  readonly set: number;
  readonly printed: string;
  readonly note: Bilingual;
}

/** One entry of {@link CORRECTIONS_26_2026}. */
export type Correction2026 =
  | PointsCorrection
  | BulletCorrection
  | MissingOptionsCorrection
  | DuplicateLineCorrection
  | SetNoteCorrection;

const CRITERION_1_2_NO_POINTS: Bilingual = {
  vi: 'Phương án đầu "Không được cấp giấy chứng nhận chất lượng" không in điểm; đọc là 0 điểm, như ở các bộ 1, 3, 6, 8 và các bộ khác cùng tiêu chí, và vì phương án này là mức không đạt.',
  en: 'The first option "Không được cấp giấy chứng nhận chất lượng" (no quality certificate) has no points printed; read as 0, as in sets 1, 3, 6, 8 and the other sets with this criterion, and because it is the "not met" level.',
};

const BILINGUAL_LABEL_NO_OPTIONS: Bilingual = {
  vi: "Phiếu chỉ in điểm tối đa (1) của tiêu chí, không in phương án nào. Thư viện đọc tiêu chí là có/không: Đáp ứng = 1 điểm, Không đáp ứng = 0 điểm; hai phương án này do thư viện bổ sung.",
  en: "The sheet prints only the criterion's maximum (1) and no option. The library reads it as yes/no: met = 1 point, not met = 0 points; these two options are supplied by the library.",
};

/** Sets whose sheet prints the bilingual-label criterion with no option, and its id there. */
const BILINGUAL_LABEL_CRITERIA: readonly (readonly [number, string])[] = [
  ...Array.from({ length: 20 }, (_, i) => [i + 1, "2.4"] as const),
  [21, "2.3"],
  [22, "2.3"],
];

/**
 * The corrections and acknowledged oddities of Decision 26/2026/QĐ-TTg, Phụ lục II.
 */
export const CORRECTIONS_26_2026: readonly Correction2026[] = [
  // Known defects (each changes a value the library applies).
  {
    kind: "points",
    set: 4,
    target: { kind: "option", criterion: "7", option: 3 },
    printed: "13",
    value: 3,
    reading: {
      vi: 'Phương án "Có trên 2 chỉ tiêu" in "13" trong khi tiêu chí tối đa 3 điểm; đọc là 3 (lỗi in: thừa chữ số 1): không phương án nào vượt được điểm tối đa in bên cạnh tiêu chí (3), và tiêu chí DINH DƯỠNG ở các bộ 1 và 3 có cùng phương án với 0/1/3 điểm.',
      en: 'Option "Có trên 2 chỉ tiêu" (more than 2 indicators) is printed "13" under a 3-point criterion; read as 3 (a stray digit 1): no option can exceed the maximum printed beside the criterion (3), and the NUTRITION criterion of sets 1 and 3 has the same options worth 0/1/3.',
    },
  },
  {
    kind: "points",
    set: 11,
    target: { kind: "option", criterion: "6.1.1", option: 2 },
    printed: "11",
    value: 1,
    reading: {
      vi: 'Phương án "Có rất ít tạp chất, chấp nhận được" in "11" trong khi tiêu chí tối đa 2 điểm; đọc là 1 (lỗi in: lặp chữ số), nằm giữa 0 và 2 như tiêu chí tạp chất ở các bộ 7, 12, 13.',
      en: 'Option "Có rất ít tạp chất, chấp nhận được" (very few impurities, acceptable) is printed "11" under a 2-point criterion; read as 1 (a doubled digit), between 0 and 2 as in the impurity criterion of sets 7, 12 and 13.',
    },
  },
  {
    kind: "points",
    set: 23,
    target: { kind: "section", section: "9" },
    printed: "4 1",
    value: 4,
    reading: {
      vi: 'Điểm tối đa của mục 9 in "4 1"; đọc là 4: phương án cao nhất của mục là 4 điểm và Phần C chỉ bằng 35 khi mục 9 là 4.',
      en: 'The maximum of section 9 is printed "4 1"; read as 4: the section\'s best option is worth 4 and Part C adds up to 35 only with 4.',
    },
  },
  {
    kind: "points",
    set: 23,
    target: { kind: "criterion", criterion: "9" },
    printed: "4 1",
    value: 4,
    reading: {
      vi: 'Mục 9 được chấm như một tiêu chí; điểm tối đa in "4 1", đọc là 4 (xem mục 9).',
      en: 'Section 9 is scored as one criterion; its maximum is printed "4 1", read as 4 (see section 9).',
    },
  },
  {
    kind: "points",
    set: 26,
    target: { kind: "part", part: "A" },
    printed: "(35 Điểm)",
    value: 40,
    reading: {
      vi: 'Tiêu đề Phần A ghi "(35 Điểm)" nhưng cột thang điểm ghi 40 và các mục cộng lại bằng 40 (14 + 12 + 14); Điều 3.1.a quy định Phần A 40 điểm. Đọc là 40.',
      en: 'The Part A heading says "(35 Điểm)" but the points column says 40 and its sections add up to 40 (14 + 12 + 14); Article 3.1.a sets Part A at 40 points. Read as 40.',
    },
  },
  {
    kind: "bullet",
    set: 7,
    target: { kind: "option", criterion: "7", option: 4 },
    printed: "o",
    reading: {
      vi: 'Phương án "Rất độc đáo và có tính đặc trưng" in dấu "o" thay cho "□"; đọc là một phương án như các phương án khác (5 điểm).',
      en: 'Option "Rất độc đáo và có tính đặc trưng" (very unique and distinctive) is printed with "o" instead of "□"; read as an option like the others (5 points).',
    },
  },
  ...[4, 7, 10, 11].map(
    (set): PointsCorrection => ({
      kind: "points",
      set,
      target: { kind: "option", criterion: "1.2", option: 1 },
      printed: "",
      value: 0,
      reading: CRITERION_1_2_NO_POINTS,
    }),
  ),
  ...BILINGUAL_LABEL_CRITERIA.map(
    ([set, criterion]): MissingOptionsCorrection => ({
      kind: "missing-options",
      set,
      criterion,
      reading: BILINGUAL_LABEL_NO_OPTIONS,
    }),
  ),
  // Duplicated lines in the rendering.
  {
    kind: "duplicate-line",
    set: 1,
    printed: "Hồ sơ bị loại khi:",
    note: {
      vi: 'Dòng "Hồ sơ bị loại khi: ..." được in hai lần liên tiếp; giữ một lần.',
      en: 'The line "Hồ sơ bị loại khi: ..." (the dossier is rejected when) is printed twice in a row; kept once.',
    },
  },
  // Oddities that change no value.
  {
    kind: "set-note",
    set: 3,
    printed: "nguồn gốc điện tử * * * *",
    note: {
      vi: 'Dấu sao của phương án cuối tiêu chí 5.1 in cách quãng ("* * * *"); đọc là **** (4 sao).',
      en: 'The star marker of the last option of criterion 5.1 is printed spaced ("* * * *"); read as **** (4 stars).',
    },
  },
  {
    kind: "set-note",
    set: 7,
    printed: "Nhóm: Nông sản chế biến",
    note: {
      vi: 'Dòng đầu phiếu ghi "Nhóm: Nông sản chế biến", Phụ lục I ghi "Nhóm: Thực phẩm chế biến"; phân loại lấy theo Phụ lục I.',
      en: 'The sheet\'s heading says "Nhóm: Nông sản chế biến" (processed farm products), Phụ lục I says "Thực phẩm chế biến" (processed food); the classification follows Phụ lục I.',
    },
  },
  {
    kind: "set-note",
    set: 8,
    printed: "Nhóm: Nông sản chế biến",
    note: {
      vi: 'Dòng đầu phiếu ghi "Nhóm: Nông sản chế biến", Phụ lục I ghi "Nhóm: Thực phẩm chế biến"; phân loại lấy theo Phụ lục I.',
      en: 'The sheet\'s heading says "Nhóm: Nông sản chế biến" (processed farm products), Phụ lục I says "Thực phẩm chế biến" (processed food); the classification follows Phụ lục I.',
    },
  },
  {
    kind: "set-note",
    set: 8,
    printed: "Chế biến từ thịt, thủy sản, trứng, sữa, các sản phẩm từ mật ong",
    note: {
      vi: 'Tên bộ ("Chế biến từ thịt, thủy sản, trứng, sữa, ...") xếp các thành phần khác thứ tự với tên phân nhóm ở Phụ lục I ("Chế biến từ thịt, trứng, sữa, thủy sản, ..."); cùng một phân nhóm.',
      en: 'The set name ("Chế biến từ thịt, thủy sản, trứng, sữa, ...") lists the items in another order than the subgroup in Phụ lục I ("Chế biến từ thịt, trứng, sữa, thủy sản, ..."); same subgroup.',
    },
  },
  {
    kind: "set-note",
    set: 10,
    printed: "10. Bộ sản phẩm: Gia vị khác (muối, hành, tỏi, tiêu,...)",
    note: {
      vi: 'Tiêu đề phiếu ghi "Gia vị khác (muối, hành, tỏi, tiêu,...)", mục lục Phụ lục II ghi "Gia vị khác (muối, hành, tỏi, tiêu)"; tên bộ lấy theo mục lục.',
      en: 'The sheet\'s title says "Gia vị khác (muối, hành, tỏi, tiêu,...)", the list of sets at the start of Phụ lục II says "Gia vị khác (muối, hành, tỏi, tiêu)"; the name follows the list.',
    },
  },
  {
    kind: "set-note",
    set: 10,
    printed: "8 CÔNG BỐ CHẤT LƯỢNG SẢN PHẨM",
    note: {
      vi: 'Mục "8 CÔNG BỐ CHẤT LƯỢNG SẢN PHẨM" in thiếu dấu chấm sau số mục; đọc là mục 8. Bộ này không có mục DINH DƯỠNG nên Phần C đánh số 6 đến 11.',
      en: 'Section "8 CÔNG BỐ CHẤT LƯỢNG SẢN PHẨM" is printed without the dot after its number; read as section 8. This set has no NUTRITION section, so Part C is numbered 6 to 11.',
    },
  },
  {
    kind: "set-note",
    set: 11,
    printed: "11. Bộ sản phẩm: Chè tươi, chè chế biến",
    note: {
      vi: 'Phần C có ba cấp tiêu chí (6.1 Ngoại hình gồm 6.1.1–6.1.2; 6.2 Nước pha gồm 6.2.1–6.2.3); một số số hiệu in thiếu dấu chấm cuối ("6.2 Nước pha", "6.2.1 Màu nước").',
      en: 'Part C has three levels of criteria (6.1 Appearance with 6.1.1–6.1.2; 6.2 Infusion with 6.2.1–6.2.3); some numbers are printed without the final dot ("6.2 Nước pha", "6.2.1 Màu nước").',
    },
  },
  {
    kind: "set-note",
    set: 12,
    printed: "12. Sản phẩm trà từ thực vật khác",
    note: {
      vi: 'Tiêu đề phiếu ghi "12. Sản phẩm trà từ thực vật khác" (không có "Bộ sản phẩm:"); Phụ lục I gọi phân nhóm là "Sản phẩm chè từ thực vật khác". Tên bộ lấy theo mục lục Phụ lục II.',
      en: 'The sheet\'s title reads "12. Sản phẩm trà từ thực vật khác" (without "Bộ sản phẩm:"); Phụ lục I names the subgroup "Sản phẩm chè từ thực vật khác". The name follows the list of sets of Phụ lục II.',
    },
  },
  {
    kind: "set-note",
    set: 13,
    printed: "13. Sản phẩm cà phê, ca cao",
    note: {
      vi: 'Tiêu đề phiếu ghi "13. Sản phẩm cà phê, ca cao" (không có "Bộ sản phẩm:"), mục lục ghi "Cà phê, cacao". Phần C có ba cấp tiêu chí (6.1 Ngoại hình gồm 6.1.1–6.1.5; 6.2 Nước pha gồm 6.2.1–6.2.2). Nhóm Cà phê, ca cao không có phân nhóm.',
      en: 'The sheet\'s title reads "13. Sản phẩm cà phê, ca cao" (without "Bộ sản phẩm:"), the list of sets says "Cà phê, cacao". Part C has three levels of criteria (6.1 Appearance with 6.1.1–6.1.5; 6.2 Infusion with 6.2.1–6.2.2). The coffee and cocoa group has no subgroups.',
    },
  },
  {
    kind: "set-note",
    set: 17,
    printed: "hoặc giấy phép sản xuất theo quy định hoặc",
    note: {
      vi: 'Dòng "Hồ sơ bị loại khi" ghi "...; hoặc giấy phép sản xuất theo quy định hoặc ..." (thiếu chữ "không có" như ở bộ 15); giữ nguyên văn.',
      en: 'The "Hồ sơ bị loại khi" line says "...; hoặc giấy phép sản xuất theo quy định hoặc ..." (the words "không có" = "has no", present in set 15, are missing); kept as printed.',
    },
  },
  {
    kind: "set-note",
    set: 17,
    printed: "17. Bộ sản phẩm: Đồ uống không cồn khác",
    note: {
      vi: 'Tên bộ là "Đồ uống không cồn khác"; Phụ lục I gọi phân nhóm b của nhóm Đồ uống không cồn là "Phân nhóm: Đồ uống không cồn" (trùng tên nhóm); phân loại lấy theo Phụ lục I.',
      en: 'The set is named "Đồ uống không cồn khác" (other non-alcoholic beverages); Phụ lục I names subgroup b of the non-alcoholic beverages group "Phân nhóm: Đồ uống không cồn" (the same as the group); the classification follows Phụ lục I.',
    },
  },
  {
    kind: "set-note",
    set: 18,
    printed: "Nhóm: Thực phẩm chức năng, thuốc từ dược liệu, thuốc cổ truyền",
    note: {
      vi: 'Dòng đầu phiếu ghi "Sản phẩm: Dược liệu. Nhóm: Thực phẩm chức năng, thuốc từ dược liệu, thuốc cổ truyền", Phụ lục I ghi "thuốc dược liệu"; phân loại lấy theo Phụ lục I.',
      en: 'The sheet\'s heading says "Sản phẩm: Dược liệu. Nhóm: Thực phẩm chức năng, thuốc từ dược liệu, thuốc cổ truyền", Phụ lục I says "thuốc dược liệu"; the classification follows Phụ lục I.',
    },
  },
  {
    kind: "set-note",
    set: 19,
    printed: "Bị loại khi:",
    note: {
      vi: 'Điều kiện loại in là "Bị loại khi: ..." (không có "Hồ sơ").',
      en: 'The rejection line is printed "Bị loại khi: ..." (without "Hồ sơ").',
    },
  },
  {
    kind: "set-note",
    set: 19,
    printed: "Nhóm: Mỹ phẩm)",
    note: {
      vi: 'Dòng đầu phiếu ghi "Nhóm: Mỹ phẩm", Phụ lục I ghi "Mỹ phẩm có thành phần từ dược liệu"; phân loại lấy theo Phụ lục I.',
      en: 'The sheet\'s heading says "Nhóm: Mỹ phẩm" (cosmetics), Phụ lục I says "Mỹ phẩm có thành phần từ dược liệu" (cosmetics with ingredients from medicinal herbs); the classification follows Phụ lục I.',
    },
  },
  {
    kind: "set-note",
    set: 20,
    printed: "Nhóm: Dược liệu khác",
    note: {
      vi: 'Dòng đầu phiếu ghi "Nhóm: Dược liệu khác", Phụ lục I ghi "Tinh dầu và dược liệu khác"; phân loại lấy theo Phụ lục I.',
      en: 'The sheet\'s heading says "Nhóm: Dược liệu khác" (other medicinal herbs), Phụ lục I says "Tinh dầu và dược liệu khác" (essential oils and other medicinal herbs); the classification follows Phụ lục I.',
    },
  },
  {
    kind: "set-note",
    set: 21,
    printed: "21. Bộ sản phẩm: Thủ công mỹ nghệ gia dụng, trang trí",
    note: {
      vi: 'Tiêu đề phiếu ghi "Thủ công mỹ nghệ gia dụng, trang trí", mục lục Phụ lục II ghi "Thủ công mỹ nghệ"; tên bộ lấy theo mục lục. Tiêu chí ghi nhãn song ngữ mang số 2.3 (các bộ 1–20: 2.4).',
      en: 'The sheet\'s title says "Thủ công mỹ nghệ gia dụng, trang trí" (household and decorative handicrafts), the list of sets says "Thủ công mỹ nghệ"; the name follows the list. The bilingual-label criterion is numbered 2.3 (2.4 in sets 1–20).',
    },
  },
  {
    kind: "set-note",
    set: 21,
    printed: "Phong cách độc đáo riêng, thể hiện trí tuệ địa phương*****",
    note: {
      vi: 'Ghi chú "Nếu sản phẩm vi phạm sở hữu trí tuệ, sẽ bị loại bỏ" in cùng ô với phương án cuối của tiêu chí; tách thành ghi chú của tiêu chí.',
      en: 'The note "Nếu sản phẩm vi phạm sở hữu trí tuệ, sẽ bị loại bỏ" (a product that infringes intellectual property is eliminated) is printed in the same cell as the criterion\'s last option; split off as a note of the criterion.',
    },
  },
  {
    kind: "set-note",
    set: 21,
    printed: "7. CÔNG BỐ CHẤT LƯỢNG SẢN PHẨM Áp dụng bắt buộc",
    note: {
      vi: 'Tiêu đề mục 7 ghi liền "CÔNG BỐ CHẤT LƯỢNG SẢN PHẨM Áp dụng bắt buộc đối với ..."; phần "Áp dụng bắt buộc ..." được tách thành ghi chú của tiêu chí 7.',
      en: 'The heading of section 7 runs on: "CÔNG BỐ CHẤT LƯỢNG SẢN PHẨM Áp dụng bắt buộc đối với ..."; the words from "Áp dụng bắt buộc" (applies mandatorily ...) are split off as a note of criterion 7.',
    },
  },
  {
    kind: "set-note",
    set: 22,
    printed: "Phong cách độc đáo riêng, thể hiện trí tuệ địa phương*****",
    note: {
      vi: 'Ghi chú "Nếu sản phẩm vi phạm sở hữu trí tuệ, sẽ bị loại bỏ" in cùng ô với phương án cuối của tiêu chí; tách thành ghi chú của tiêu chí. Tiêu chí ghi nhãn song ngữ mang số 2.3.',
      en: 'The note "Nếu sản phẩm vi phạm sở hữu trí tuệ, sẽ bị loại bỏ" (a product that infringes intellectual property is eliminated) is printed in the same cell as the criterion\'s last option; split off as a note of the criterion. The bilingual-label criterion is numbered 2.3.',
    },
  },
  {
    kind: "set-note",
    set: 23,
    printed: "□ Phù hợp với đặc tính sản phẩm | 1 |",
    note: {
      vi: 'Tiêu chí 6.2 (Màu sắc) in hai phương án cùng 1 điểm ("Chấp nhận được" và "Phù hợp với đặc tính sản phẩm"); có thể là lỗi in (ở các bộ khác "Chấp nhận được" là 0), nhưng không ảnh hưởng điểm tối đa: giữ nguyên như in.',
      en: 'Criterion 6.2 (Colour) prints two options worth 1 point ("Chấp nhận được" = acceptable, and "Phù hợp với đặc tính sản phẩm" = suited to the product); possibly a misprint (elsewhere "acceptable" is 0), but the maximum is unaffected: kept as printed.',
    },
  },
  {
    kind: "set-note",
    set: 23,
    printed: "(Sản phẩm: Sinh vật cảnh)",
    note: {
      vi: 'Dòng đầu phiếu chỉ ghi "(Sản phẩm: Sinh vật cảnh)", không ghi nhóm; nhóm lấy theo Phụ lục I. Mục 7 in "TÍNH ĐỘC ĐÁO Chất lượng (màu sắc, mùi thơm,...): ..." không có ngoặc đơn.',
      en: 'The sheet\'s heading only says "(Sản phẩm: Sinh vật cảnh)" with no group; the group follows Phụ lục I. Section 7 is printed "TÍNH ĐỘC ĐÁO Chất lượng (màu sắc, mùi thơm,...): ..." without the usual parentheses.',
    },
  },
  {
    kind: "set-note",
    set: 24,
    printed: "(Sản phẩm: Sinh vật cảnh)",
    note: {
      vi: 'Dòng đầu phiếu chỉ ghi "(Sản phẩm: Sinh vật cảnh)", không ghi nhóm; nhóm lấy theo Phụ lục I.',
      en: 'The sheet\'s heading only says "(Sản phẩm: Sinh vật cảnh)" with no group; the group follows Phụ lục I.',
    },
  },
  {
    kind: "set-note",
    set: 25,
    printed: "(Sản phẩm: Sinh vật cảnh)",
    note: {
      vi: 'Dòng đầu phiếu chỉ ghi "(Sản phẩm: Sinh vật cảnh)", không ghi nhóm; nhóm lấy theo Phụ lục I.',
      en: 'The sheet\'s heading only says "(Sản phẩm: Sinh vật cảnh)" with no group; the group follows Phụ lục I.',
    },
  },
  {
    kind: "set-note",
    set: 26,
    printed: "Phần A SẢN PHẨM VÀ SỨC MẠNH CỘNG ĐỒNG (35 Điểm)",
    note: {
      vi: 'Phiếu không in dòng "Hồ sơ bị loại khi", không in ghi chú về dấu sao và không có phương án nào mang dấu sao. Các tiêu chí 8, 9 và 15 cho chọn một trong hai trường hợp (a, b), mỗi trường hợp có phương án riêng; thư viện ghi trường hợp ở đầu văn bản phương án.',
      en: 'The sheet prints no "Hồ sơ bị loại khi" (rejection) line, no note on the star markers, and no option carries a star marker. Criteria 8, 9 and 15 let the evaluator pick one of two cases (a, b), each with its own options; the library writes the case at the start of the option text.',
    },
  },
];
