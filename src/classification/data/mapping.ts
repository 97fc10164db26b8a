/**
 * Cross-regime mapping of the classification leaves (one leaf = one criteria set), from each criteria
 * decision to the next: 1048/QĐ-TTg → 148/QĐ-TTg → 26/2026/QĐ-TTg. Each row says why. Only what the names
 * and texts support is mapped; rows the names do not settle are marked `doubtful`.
 *
 * @module
 */
import type { MappingTable } from "../types.js";

const SAME_NAME = {
  vi: "Cùng tên và cùng vị trí trong danh mục.",
  en: "Same name and same place in the classification.",
} as const;

/** 148/QĐ-TTg → 26/2026/QĐ-TTg: 26 sets, one to one. */
export const MAPPING_148_TO_26_2026 = {
  from: "148/QĐ-TTg",
  to: "26/2026/QĐ-TTg",
  basis:
    "Names and numbering of Decision 26/2026/QĐ-TTg, Phụ lục I and II, against the 148 set titles (third-party transcription) and the 148 Phụ lục I as reported",
  rows: [
    { from: "148:I.1.a", to: ["26/2026:I.1.a"], kind: "same", reason: SAME_NAME, doubtful: false },
    { from: "148:I.1.b", to: ["26/2026:I.1.b"], kind: "same", reason: SAME_NAME, doubtful: false },
    { from: "148:I.2.a", to: ["26/2026:I.2.a"], kind: "same", reason: SAME_NAME, doubtful: false },
    { from: "148:I.2.b", to: ["26/2026:I.2.b"], kind: "same", reason: SAME_NAME, doubtful: false },
    { from: "148:I.3.a", to: ["26/2026:I.3.a"], kind: "same", reason: SAME_NAME, doubtful: false },
    { from: "148:I.3.b", to: ["26/2026:I.3.b"], kind: "same", reason: SAME_NAME, doubtful: false },
    { from: "148:I.3.c", to: ["26/2026:I.3.c"], kind: "same", reason: SAME_NAME, doubtful: false },
    {
      from: "148:I.3.d",
      to: ["26/2026:I.3.d"],
      kind: "same",
      reason: {
        vi: "Cùng vị trí (set 8); phần tên tìm được của 148 trùng với đầu tên của 26/2026.",
        en: "Same place (set 8); the recovered part of the 148 name matches the start of the 26/2026 name.",
      },
      doubtful: false,
    },
    { from: "148:I.4.a", to: ["26/2026:I.4.a"], kind: "same", reason: SAME_NAME, doubtful: false },
    {
      from: "148:I.4.b",
      to: ["26/2026:I.4.b"],
      kind: "same",
      reason: {
        vi: "Cùng tên “Gia vị khác”; các ví dụ trong ngoặc (muối, hành, tỏi, tiêu) giữ nguyên.",
        en: "Same name “Gia vị khác”; the examples in brackets (salt, shallot, garlic, pepper) are kept.",
      },
      doubtful: false,
    },
    { from: "148:I.5.a", to: ["26/2026:I.5.a"], kind: "same", reason: SAME_NAME, doubtful: false },
    {
      from: "148:I.5.b",
      to: ["26/2026:I.5.b"],
      kind: "same",
      reason: {
        vi: "Cùng tên bộ “Sản phẩm trà từ thực vật khác”.",
        en: "Same set title “Sản phẩm trà từ thực vật khác”.",
      },
      doubtful: false,
    },
    {
      from: "148:I.6",
      to: ["26/2026:I.6"],
      kind: "same",
      reason: {
        vi: "Cùng nhóm “Cà phê, ca cao”; tên bộ chỉ khác cách viết (“Sản phẩm cà phê, ca cao” / “Cà phê, cacao”).",
        en: "Same group “Cà phê, ca cao”; the set titles differ in wording only (“Sản phẩm cà phê, ca cao” / “Cà phê, cacao”).",
      },
      doubtful: false,
    },
    { from: "148:II.1.a", to: ["26/2026:II.1.a"], kind: "same", reason: SAME_NAME, doubtful: false },
    { from: "148:II.1.b", to: ["26/2026:II.1.b"], kind: "same", reason: SAME_NAME, doubtful: false },
    {
      from: "148:II.2.a",
      to: ["26/2026:II.2.a"],
      kind: "renamed",
      reason: {
        vi: "“nước uống tinh khiết đóng chai” thành “nước uống đóng chai”; cùng vị trí và cơ quan quản lý (Bộ Y tế). Phạm vi có thể rộng hơn (không còn chữ “tinh khiết”).",
        en: "“nước uống tinh khiết đóng chai” (bottled purified water) became “nước uống đóng chai” (bottled drinking water); same place and ministry (Health). The scope may be wider (“purified” dropped).",
      },
      doubtful: false,
    },
    { from: "148:II.2.b", to: ["26/2026:II.2.b"], kind: "same", reason: SAME_NAME, doubtful: false },
    {
      from: "148:III.1",
      to: ["26/2026:III.1"],
      kind: "renamed",
      reason: {
        vi: "“thuốc y học cổ truyền” thành “thuốc cổ truyền”; cùng vị trí.",
        en: "“thuốc y học cổ truyền” became “thuốc cổ truyền” (traditional medicines); same place.",
      },
      doubtful: false,
    },
    {
      from: "148:III.2",
      to: ["26/2026:III.2"],
      kind: "renamed",
      reason: {
        vi: "“thành phần từ thảo dược” thành “thành phần từ dược liệu”; cùng vị trí.",
        en: "“ingredients from herbs” (thảo dược) became “ingredients from medicinal herbs” (dược liệu); same place.",
      },
      doubtful: false,
    },
    {
      from: "148:III.3",
      to: ["26/2026:III.3"],
      kind: "renamed",
      reason: {
        vi: "“thảo dược khác” thành “dược liệu khác”; cùng vị trí.",
        en: "“other herbs” (thảo dược khác) became “other medicinal herbs” (dược liệu khác); same place.",
      },
      doubtful: false,
    },
    {
      from: "148:IV.1",
      to: ["26/2026:IV.1"],
      kind: "same",
      reason: {
        vi: "Cùng tên nhóm “Thủ công mỹ nghệ gia dụng, trang trí”; tên bộ 26/2026 rút gọn thành “Thủ công mỹ nghệ”.",
        en: "Same group name “Thủ công mỹ nghệ gia dụng, trang trí”; the 26/2026 set title is shortened to “Thủ công mỹ nghệ”.",
      },
      doubtful: false,
    },
    { from: "148:IV.2", to: ["26/2026:IV.2"], kind: "same", reason: SAME_NAME, doubtful: false },
    { from: "148:V.1", to: ["26/2026:V.1"], kind: "same", reason: SAME_NAME, doubtful: false },
    { from: "148:V.2", to: ["26/2026:V.2"], kind: "same", reason: SAME_NAME, doubtful: false },
    { from: "148:V.3", to: ["26/2026:V.3"], kind: "same", reason: SAME_NAME, doubtful: false },
    { from: "148:VI.1", to: ["26/2026:VI.1"], kind: "same", reason: SAME_NAME, doubtful: false },
  ],
} as const satisfies MappingTable;

/** 1048/QĐ-TTg (with 781/QĐ-TTg) → 148/QĐ-TTg. */
export const MAPPING_1048_TO_148 = {
  from: "1048/QĐ-TTg",
  to: "148/QĐ-TTg",
  basis:
    "Names of the 1048 subgroups (2020 database dump, press summaries) against the 148 set titles and Phụ lục I as reported; both sides are secondary sources",
  rows: [
    { from: "1048:I.1.a", to: ["148:I.1.a"], kind: "same", reason: SAME_NAME, doubtful: false },
    {
      from: "1048:I.1.b",
      to: ["148:I.1.b"],
      kind: "partial",
      reason: {
        vi: "148 thêm “thủy sản” vào “Thịt, trứng, sữa tươi”: bộ mới rộng hơn.",
        en: "148 adds “thủy sản” (aquatic products) to “Thịt, trứng, sữa tươi”: the new set is wider.",
      },
      doubtful: false,
    },
    {
      from: "1048:I.2.a",
      to: ["148:I.2.a"],
      kind: "partial",
      reason: {
        vi: "148 thêm “hạt sơ chế khác” vào “Gạo, ngũ cốc”: bộ mới rộng hơn.",
        en: "148 adds “hạt sơ chế khác” (other primary-processed grains and seeds) to “Gạo, ngũ cốc”: the new set is wider.",
      },
      doubtful: false,
    },
    {
      from: "1048:I.2.b",
      to: ["148:I.2.b", "148:I.3.d"],
      kind: "split",
      reason: {
        vi: "Mật ong và mật khác sang bộ “Mật ong, mật khác và nông sản thực phẩm khác”; “các sản phẩm từ mật ong” xuất hiện trong tên bộ chế biến (bộ 8) của 148.",
        en: "Honey and other syrups go to “Mật ong, mật khác và nông sản thực phẩm khác”; “các sản phẩm từ mật ong” (honey products) appear in the name of the 148 processed-food set 8.",
      },
      doubtful: false,
    },
    { from: "1048:I.3.a", to: ["148:I.3.a"], kind: "same", reason: SAME_NAME, doubtful: false },
    { from: "1048:I.3.b", to: ["148:I.3.b"], kind: "same", reason: SAME_NAME, doubtful: false },
    { from: "1048:I.3.c", to: ["148:I.3.c"], kind: "same", reason: SAME_NAME, doubtful: false },
    {
      from: "1048:I.3.d",
      to: ["148:I.3.d"],
      kind: "merged",
      reason: {
        vi: "148 gộp “Chế biến từ thịt, trứng, sữa” với “Chế biến từ thủy, hải sản” và các sản phẩm từ mật ong vào một bộ.",
        en: "148 merges “Chế biến từ thịt, trứng, sữa” with “Chế biến từ thủy, hải sản” and honey products into one set.",
      },
      doubtful: false,
    },
    {
      from: "1048:I.3.e",
      to: ["148:I.3.d"],
      kind: "merged",
      reason: {
        vi: "148 không còn bộ riêng cho thủy, hải sản chế biến; tên bộ 8 của 148 có “thủy sản”.",
        en: "148 has no separate set for processed aquatic and marine products; the 148 set 8 title includes “thủy sản”.",
      },
      doubtful: false,
    },
    {
      from: "1048:I.4.a",
      to: ["148:I.4.a"],
      kind: "same",
      reason: {
        vi: "Chỉ khác cách viết (“gia vị lỏng khác” / “gia vị dạng lỏng khác”).",
        en: "Wording only (“gia vị lỏng khác” / “gia vị dạng lỏng khác”).",
      },
      doubtful: false,
    },
    {
      from: "1048:I.4.b",
      to: ["148:I.4.b"],
      kind: "same",
      reason: {
        vi: "Cùng tên “Gia vị khác”; 148 thêm ví dụ (muối, hành, tỏi, tiêu,...).",
        en: "Same name “Gia vị khác”; 148 adds examples (salt, shallot, garlic, pepper, ...).",
      },
      doubtful: false,
    },
    {
      from: "1048:I.5.a",
      to: ["148:I.5.a"],
      kind: "same",
      reason: {
        vi: "Chỉ khác cách viết (“Chè tươi, chế biến” / “Chè tươi, chè chế biến”).",
        en: "Wording only (“Chè tươi, chế biến” / “Chè tươi, chè chế biến”).",
      },
      doubtful: false,
    },
    {
      from: "1048:I.5.b",
      to: ["148:I.5.b"],
      kind: "partial",
      reason: {
        vi: "“Các sản phẩm khác từ chè, trà” và “Sản phẩm trà từ thực vật khác” là phân nhóm thứ hai của nhóm Chè ở cả hai văn bản, nhưng tên không cho thấy cùng phạm vi (sản phẩm khác từ chè hay trà từ cây khác).",
        en: "“Các sản phẩm khác từ chè, trà” (other tea products) and “Sản phẩm trà từ thực vật khác” (infusions from other plants) are the second tea subgroup in both, but the names do not show the same scope.",
      },
      doubtful: true,
    },
    { from: "1048:I.6", to: ["148:I.6"], kind: "same", reason: SAME_NAME, doubtful: false },
    { from: "1048:II.1.a", to: ["148:II.1.a"], kind: "same", reason: SAME_NAME, doubtful: false },
    { from: "1048:II.1.b", to: ["148:II.1.b"], kind: "same", reason: SAME_NAME, doubtful: false },
    {
      from: "1048:II.2.a",
      to: ["148:II.2.a"],
      kind: "renamed",
      reason: {
        vi: "148 thêm “đóng chai”; cùng vị trí.",
        en: "148 adds “đóng chai” (bottled); same place.",
      },
      doubtful: false,
    },
    {
      from: "1048:II.2.b",
      to: ["148:II.2.b"],
      kind: "renamed",
      reason: {
        vi: "148 thêm “khác” (“Đồ uống không cồn khác”), vì nước khoáng đã là bộ riêng ở cả hai văn bản.",
        en: "148 adds “khác” (“other non-alcoholic beverages”); mineral water is a separate set in both.",
      },
      doubtful: false,
    },
    {
      from: "1048:III.1",
      to: ["148:III.1"],
      kind: "renamed",
      reason: {
        vi: "“thuốc từ dược liệu” thành “thuốc dược liệu”; cùng vị trí.",
        en: "“thuốc từ dược liệu” became “thuốc dược liệu” (herbal medicines); same place.",
      },
      doubtful: false,
    },
    {
      from: "1048:III.2",
      to: ["148:III.2"],
      kind: "partial",
      reason: {
        vi: "“Mỹ phẩm” thu hẹp thành “Mỹ phẩm có thành phần từ thảo dược”.",
        en: "“Mỹ phẩm” (cosmetics) narrowed to “Mỹ phẩm có thành phần từ thảo dược” (cosmetics with herbal ingredients).",
      },
      doubtful: false,
    },
    {
      from: "1048:III.3",
      to: [],
      kind: "removed",
      reason: {
        vi: "Danh mục của 148 không còn nhóm “Trang thiết bị, dụng cụ y tế”.",
        en: "The 148 classification has no “Trang thiết bị, dụng cụ y tế” (medical equipment) group.",
      },
      doubtful: false,
    },
    {
      from: "1048:III.4",
      to: ["148:III.3"],
      kind: "partial",
      reason: {
        vi: "“Thảo dược khác” thành “Tinh dầu và thảo dược khác”: 148 nêu thêm tinh dầu.",
        en: "“Thảo dược khác” (other herbs) became “Tinh dầu và thảo dược khác”: 148 names essential oils as well.",
      },
      doubtful: false,
    },
    {
      from: "1048:IV.1",
      to: ["148:IV.1"],
      kind: "merged",
      reason: {
        vi: "Hai nhóm thủ công mỹ nghệ của 1048 (trang trí; gia dụng) gộp thành “Thủ công mỹ nghệ gia dụng, trang trí”.",
        en: "The two 1048 handicraft groups (decorative; household) are merged into “Thủ công mỹ nghệ gia dụng, trang trí”.",
      },
      doubtful: false,
    },
    {
      from: "1048:IV.2",
      to: ["148:IV.1"],
      kind: "merged",
      reason: {
        vi: "Hai nhóm thủ công mỹ nghệ của 1048 (trang trí; gia dụng) gộp thành “Thủ công mỹ nghệ gia dụng, trang trí”.",
        en: "The two 1048 handicraft groups (decorative; household) are merged into “Thủ công mỹ nghệ gia dụng, trang trí”.",
      },
      doubtful: false,
    },
    {
      from: "1048:V.1",
      to: ["148:IV.2"],
      kind: "same",
      reason: {
        vi: "Cùng tên “Vải, may mặc”; ở 148 nhóm này thuộc sản phẩm “Hàng thủ công mỹ nghệ”, không còn là ngành riêng.",
        en: "Same name “Vải, may mặc”; under 148 the group sits in the “Hàng thủ công mỹ nghệ” product instead of a sector of its own.",
      },
      doubtful: false,
    },
    {
      from: "1048:VI.1",
      to: ["148:VI.1"],
      kind: "partial",
      reason: {
        vi: "Nhóm du lịch duy nhất ở cả hai văn bản. Tên 1048 “Dịch vụ du lịch - truyền thống - lễ hội”, được 781 đổi thành “Dịch vụ du lịch cộng đồng và điểm du lịch”; 148 thêm “du lịch sinh thái”.",
        en: "The only tourism group in both. The 1048 name “Dịch vụ du lịch - truyền thống - lễ hội” was renamed by 781 to “Dịch vụ du lịch cộng đồng và điểm du lịch”; 148 adds ecotourism (“du lịch sinh thái”).",
      },
      doubtful: false,
    },
    {
      from: null,
      to: ["148:V.1"],
      kind: "added",
      reason: {
        vi: "Sản phẩm “Sinh vật cảnh” (hoa, cây cảnh, động vật cảnh) mới có từ Chương trình OCOP 2021–2025 (Quyết định 919/QĐ-TTg) và 148.",
        en: "The ornamental product (flowers, ornamental plants, ornamental animals) is new with the 2021–2025 programme (Decision 919/QĐ-TTg) and 148.",
      },
      doubtful: false,
    },
    {
      from: null,
      to: ["148:V.2"],
      kind: "added",
      reason: {
        vi: "Sản phẩm “Sinh vật cảnh” mới có từ 148; 1048 không có nhóm cây cảnh.",
        en: "The ornamental product is new with 148; 1048 has no ornamental-plant group.",
      },
      doubtful: false,
    },
    {
      from: null,
      to: ["148:V.3"],
      kind: "added",
      reason: {
        vi: "Sản phẩm “Sinh vật cảnh” mới có từ 148; 1048 không có nhóm động vật cảnh.",
        en: "The ornamental product is new with 148; 1048 has no ornamental-animal group.",
      },
      doubtful: false,
    },
  ],
} as const satisfies MappingTable;

/** Every mapping table, oldest first; each maps a regulation to the next one. */
export const MAPPING_TABLES = [
  MAPPING_1048_TO_148,
  MAPPING_148_TO_26_2026,
] as const satisfies readonly MappingTable[];
