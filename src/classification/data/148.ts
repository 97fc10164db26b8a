/**
 * The product classification of Decision 148/QĐ-TTg (24/02/2023), from secondary sources: the official
 * Phụ lục I was not read. 6 products ("06 nhóm sản phẩm", Article 1.1.a), 17 groups, 26 criteria sets.
 *
 * Where the sources differ, or where only the set title (not the Phụ lục I wording) was recovered, the node
 * says so in its `note`.
 *
 * @module
 */
import type { ClassificationData } from "../types.js";

const SET_TITLE_ONLY = {
  vi: "Tên phân nhóm trong Phụ lục I của Quyết định 148 không tìm được; dùng tên bộ tiêu chí (bản chép lại).",
  en: "The Phụ lục I wording of this leaf was not recovered; the name is the criteria set title (third-party transcription).",
} as const;

/** Decision 148/QĐ-TTg: product classification and set numbers (secondary sources). */
export const CLASSIFICATION_148 = {
  regulation: "148/QĐ-TTg",
  idPrefix: "148",
  annex: "Phụ lục I",
  title: {
    vi: "Danh mục phân loại sản phẩm tham gia Chương trình OCOP",
    en: "Classification of the products taking part in the OCOP programme",
  },
  status: "transcription",
  source:
    "Decision 148/QĐ-TTg, Article 1.1.a (six product groups) and Phụ lục I (classification), Phụ lục III (26 sets), as reported by secondary sources",
  sources: [
    {
      url: "http://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/41844/06-nhom-san-pham-theo-chuong-trinh-moi-xa-mot-san-pham",
      supports: "the six product groups of Article 1.1.a",
    },
    {
      url: "https://hangthat.thuonghieucongluan.com.vn/ban-hanh-bo-tieu-chi-va-quy-trinh-danh-gia-phan-hang-san-pham-chuong-trinh-moi-xa-mot-san-pham-a93435.html",
      supports: "the six product groups (2023 government summary)",
    },
    {
      url: "https://brandsvip.com.vn/phan-loai-6-nhom-san-pham-tham-gia-chuong-trinh-ocop.html",
      supports: "the Phụ lục I table (products I–VI, groups, subgroups) as far as food group 3",
    },
    {
      url: "https://github.com/augustine-tran/ocop",
      supports:
        "the titles and numbers of the 26 criteria sets (scoring-sheet transcriptions in db/ocop/, 2024)",
    },
  ],
  levelNames: {
    product: { vi: "Sản phẩm (Điều 1: “nhóm sản phẩm”)", en: "Product (Article 1: “product group”)" },
    group: { vi: "Nhóm", en: "Group" },
    subgroup: { vi: "Phân nhóm", en: "Subgroup" },
  },
  notes: [
    {
      vi: "Dữ liệu từ nguồn thứ cấp (tin tức, bản chép lại của bên thứ ba), chưa đối chiếu với văn bản gốc của Quyết định 148/QĐ-TTg.",
      en: "From secondary sources (press summaries, a third-party transcription); not checked against the official text of Decision 148/QĐ-TTg.",
    },
    {
      vi: "Tên sáu sản phẩm theo khoản 1 Điều 1 (điểm a); cấu trúc nhóm/phân nhóm giống Phụ lục I của Quyết định 26/2026/QĐ-TTg.",
      en: "The six product names follow Article 1.1.a; the group/subgroup structure is the same as Phụ lục I of Decision 26/2026/QĐ-TTg.",
    },
    {
      vi: "Phụ lục I của 148 có cột “Bộ chủ trì quản lý” (tên bộ trước năm 2025); không được mô hình hóa ở đây vì chỉ tìm được một phần.",
      en: "The 148 Phụ lục I has a “managing ministry” column (pre-2025 ministry names); it is not modelled because only part of it was recovered.",
    },
  ],
  products: [
    {
      code: "I",
      name: { vi: "Thực phẩm", en: "Food" },
      aliases: ["Sản phẩm thực phẩm"],
      groups: [
        {
          code: "1",
          name: { vi: "Thực phẩm tươi sống", en: "Fresh food" },
          subgroups: [
            {
              code: "a",
              name: { vi: "Rau, củ, quả, hạt tươi", en: "Fresh vegetables, tubers, fruit and seeds" },
              set: 1,
              setName: { vi: "Rau, củ, quả, hạt tươi", en: "Fresh vegetables, tubers, fruit and seeds" },
            },
            {
              code: "b",
              name: {
                vi: "Thịt, thủy sản, trứng, sữa tươi",
                en: "Fresh meat, aquatic products, eggs and milk",
              },
              set: 2,
              setName: {
                vi: "Thịt, thủy sản, trứng, sữa tươi",
                en: "Fresh meat, aquatic products, eggs and milk",
              },
            },
          ],
        },
        {
          code: "2",
          name: { vi: "Thực phẩm thô, sơ chế", en: "Raw and primary-processed food" },
          subgroups: [
            {
              code: "a",
              name: {
                vi: "Gạo, ngũ cốc, hạt sơ chế khác",
                en: "Rice, cereals and other primary-processed grains and seeds",
              },
              set: 3,
              setName: {
                vi: "Gạo, ngũ cốc, hạt sơ chế khác",
                en: "Rice, cereals and other primary-processed grains and seeds",
              },
            },
            {
              code: "b",
              name: {
                vi: "Mật ong, mật khác và nông sản thực phẩm khác",
                en: "Honey, other syrups and other agricultural food products",
              },
              set: 4,
              setName: {
                vi: "Mật ong, mật khác và nông sản thực phẩm khác",
                en: "Honey, other syrups and other agricultural food products",
              },
            },
          ],
        },
        {
          code: "3",
          name: { vi: "Thực phẩm chế biến", en: "Processed food" },
          subgroups: [
            {
              code: "a",
              name: { vi: "Đồ ăn nhanh", en: "Fast food" },
              set: 5,
              setName: { vi: "Đồ ăn nhanh", en: "Fast food" },
            },
            {
              code: "b",
              name: { vi: "Chế biến từ gạo, ngũ cốc", en: "Processed from rice and cereals" },
              set: 6,
              setName: { vi: "Chế biến từ gạo, ngũ cốc", en: "Processed from rice and cereals" },
            },
            {
              code: "c",
              name: {
                vi: "Chế biến từ rau, củ, quả, hạt",
                en: "Processed from vegetables, tubers, fruit and seeds",
              },
              set: 7,
              setName: {
                vi: "Chế biến từ rau, củ, quả, hạt",
                en: "Processed from vegetables, tubers, fruit and seeds",
              },
            },
            {
              code: "d",
              name: {
                vi: "Chế biến từ thịt, trứng, sữa, thủy sản, các sản phẩm từ mật ong, mật khác",
                en: "Processed from meat, eggs, milk and aquatic products; products of honey and other syrups",
              },
              note: {
                vi: "Các nguồn cắt tên ở đây; tên trong Quyết định 26/2026 tiếp tục “và nông sản thực phẩm khác”. Tên bộ tiêu chí (bản chép lại) cũng bị cắt.",
                en: "The sources cut the name off here; the 26/2026 name goes on “và nông sản thực phẩm khác”. The set title in the transcription is cut off too.",
              },
              set: 8,
              setName: {
                vi: "Chế biến từ thịt, thủy sản, trứng, sữa, các sản phẩm từ mật ong",
                en: "Processed from meat, aquatic products, eggs and milk; products of honey",
              },
            },
          ],
        },
        {
          code: "4",
          name: { vi: "Gia vị", en: "Condiments and spices" },
          subgroups: [
            {
              code: "a",
              name: {
                vi: "Tương, nước mắm, gia vị dạng lỏng khác",
                en: "Bean sauces, fish sauce and other liquid condiments",
              },
              note: SET_TITLE_ONLY,
              set: 9,
              setName: {
                vi: "Tương, nước mắm, gia vị dạng lỏng khác",
                en: "Bean sauces, fish sauce and other liquid condiments",
              },
            },
            {
              code: "b",
              name: {
                vi: "Gia vị khác (muối, hành, tỏi, tiêu,...)",
                en: "Other condiments and spices (salt, shallot, garlic, pepper, ...)",
              },
              note: SET_TITLE_ONLY,
              set: 10,
              setName: {
                vi: "Gia vị khác (muối, hành, tỏi, tiêu,...)",
                en: "Other condiments and spices (salt, shallot, garlic, pepper, ...)",
              },
            },
          ],
        },
        {
          code: "5",
          name: { vi: "Chè", en: "Tea" },
          subgroups: [
            {
              code: "a",
              name: { vi: "Chè tươi, chè chế biến", en: "Fresh tea, processed tea" },
              note: SET_TITLE_ONLY,
              set: 11,
              setName: { vi: "Chè tươi, chè chế biến", en: "Fresh tea, processed tea" },
            },
            {
              code: "b",
              name: { vi: "Sản phẩm trà từ thực vật khác", en: "Tea (infusion) products from other plants" },
              note: SET_TITLE_ONLY,
              set: 12,
              setName: {
                vi: "Sản phẩm trà từ thực vật khác",
                en: "Tea (infusion) products from other plants",
              },
            },
          ],
        },
        {
          code: "6",
          name: { vi: "Cà phê, ca cao", en: "Coffee, cocoa" },
          set: 13,
          setName: { vi: "Sản phẩm cà phê, ca cao", en: "Coffee and cocoa products" },
        },
      ],
    },
    {
      code: "II",
      name: { vi: "Đồ uống", en: "Beverages" },
      aliases: ["Sản phẩm đồ uống"],
      groups: [
        {
          code: "1",
          name: { vi: "Đồ uống có cồn", en: "Alcoholic beverages" },
          subgroups: [
            {
              code: "a",
              name: { vi: "Rượu trắng", en: "White spirits (distilled liquor)" },
              note: SET_TITLE_ONLY,
              set: 14,
              setName: { vi: "Rượu trắng", en: "White spirits (distilled liquor)" },
            },
            {
              code: "b",
              name: { vi: "Đồ uống có cồn khác", en: "Other alcoholic beverages" },
              note: SET_TITLE_ONLY,
              set: 15,
              setName: { vi: "Đồ uống có cồn khác", en: "Other alcoholic beverages" },
            },
          ],
        },
        {
          code: "2",
          name: { vi: "Đồ uống không cồn", en: "Non-alcoholic beverages" },
          subgroups: [
            {
              code: "a",
              name: {
                vi: "Nước khoáng thiên nhiên, nước uống tinh khiết đóng chai",
                en: "Natural mineral water, bottled purified drinking water",
              },
              note: SET_TITLE_ONLY,
              set: 16,
              setName: {
                vi: "Nước khoáng thiên nhiên, nước uống tinh khiết đóng chai",
                en: "Natural mineral water, bottled purified drinking water",
              },
            },
            {
              code: "b",
              name: { vi: "Đồ uống không cồn khác", en: "Other non-alcoholic beverages" },
              note: SET_TITLE_ONLY,
              set: 17,
              setName: { vi: "Đồ uống không cồn khác", en: "Other non-alcoholic beverages" },
            },
          ],
        },
      ],
    },
    {
      code: "III",
      name: {
        vi: "Dược liệu và sản phẩm từ dược liệu",
        en: "Medicinal herbs and products made from medicinal herbs",
      },
      aliases: ["Sản phẩm dược liệu và sản phẩm từ dược liệu"],
      groups: [
        {
          code: "1",
          name: {
            vi: "Thực phẩm chức năng, thuốc dược liệu, thuốc y học cổ truyền",
            en: "Functional foods, herbal medicines, traditional (folk) medicines",
          },
          aliases: ["Thực phẩm chức năng, thuốc từ dược liệu, thuốc Y học cổ truyền"],
          note: {
            vi: "Tên theo tiêu đề bộ tiêu chí; một ứng dụng thời 148 ghi nhóm là “Thực phẩm chức năng, thuốc từ dược liệu, thuốc Y học cổ truyền”.",
            en: "Named after the set title; one 148-era application names the group “Thực phẩm chức năng, thuốc từ dược liệu, thuốc Y học cổ truyền”.",
          },
          set: 18,
          setName: {
            vi: "Thực phẩm chức năng, thuốc dược liệu, thuốc y học cổ truyền",
            en: "Functional foods, herbal medicines, traditional (folk) medicines",
          },
        },
        {
          code: "2",
          name: { vi: "Mỹ phẩm có thành phần từ thảo dược", en: "Cosmetics with herbal ingredients" },
          set: 19,
          setName: { vi: "Mỹ phẩm có thành phần từ Thảo dược", en: "Cosmetics with herbal ingredients" },
        },
        {
          code: "3",
          name: { vi: "Tinh dầu và thảo dược khác", en: "Essential oils and other herbs" },
          set: 20,
          setName: { vi: "Tinh dầu và thảo dược khác", en: "Essential oils and other herbs" },
        },
      ],
    },
    {
      code: "IV",
      name: { vi: "Hàng thủ công mỹ nghệ", en: "Handicrafts" },
      aliases: ["Sản phẩm hàng thủ công mỹ nghệ"],
      groups: [
        {
          code: "1",
          name: { vi: "Thủ công mỹ nghệ gia dụng, trang trí", en: "Household and decorative handicrafts" },
          set: 21,
          setName: { vi: "Thủ công mỹ nghệ gia dụng, trang trí", en: "Household and decorative handicrafts" },
        },
        {
          code: "2",
          name: { vi: "Vải, may mặc", en: "Textiles and garments" },
          set: 22,
          setName: { vi: "Vải, may mặc", en: "Textiles and garments" },
        },
      ],
    },
    {
      code: "V",
      name: { vi: "Sinh vật cảnh", en: "Ornamental plants and animals" },
      aliases: ["Sản phẩm sinh vật cảnh"],
      groups: [
        { code: "1", name: { vi: "Hoa", en: "Flowers" }, set: 23, setName: { vi: "Hoa", en: "Flowers" } },
        {
          code: "2",
          name: { vi: "Cây cảnh", en: "Ornamental plants" },
          set: 24,
          setName: { vi: "Cây cảnh", en: "Ornamental plants" },
        },
        {
          code: "3",
          name: { vi: "Động vật cảnh", en: "Ornamental animals" },
          set: 25,
          setName: { vi: "Động vật cảnh", en: "Ornamental animals" },
        },
      ],
    },
    {
      code: "VI",
      name: {
        vi: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
        en: "Community tourism, ecotourism and tourist destination services",
      },
      groups: [
        {
          code: "1",
          name: {
            vi: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
            en: "Community tourism, ecotourism and tourist destination services",
          },
          set: 26,
          setName: {
            vi: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
            en: "Community tourism, ecotourism and tourist destination services",
          },
        },
      ],
    },
  ],
} as const satisfies ClassificationData;
