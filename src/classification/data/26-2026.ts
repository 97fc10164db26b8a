/**
 * The product classification of Decision 26/2026/QĐ-TTg, Phụ lục I ("Danh mục phân loại sản phẩm tham gia
 * đánh giá, phân hạng sản phẩm OCOP"): 6 products, 17 groups, 26 leaves. The set number of each leaf
 * follows the list of Phụ lục II (sets 1–26); set titles are the "Bộ sản phẩm: ..." titles of that list.
 *
 * @module
 */
import type { ClassificationData } from "../types.js";
import {
  MINISTRY_INDUSTRY_TRADE as CT,
  MINISTRY_AGRICULTURE_ENVIRONMENT as NNMT,
  MINISTRY_CULTURE_SPORTS_TOURISM as VHTTDL,
  MINISTRY_HEALTH as YT,
} from "./ministries.js";

/** Decision 26/2026/QĐ-TTg, Phụ lục I (classification) with the set numbers of Phụ lục II. */
export const CLASSIFICATION_26_2026 = {
  regulation: "26/2026/QĐ-TTg",
  idPrefix: "26/2026",
  annex: "Phụ lục I",
  title: {
    vi: "Danh mục phân loại sản phẩm tham gia đánh giá, phân hạng sản phẩm OCOP",
    en: "Classification of the products entered for OCOP evaluation and classification",
  },
  status: "official",
  source:
    "Decision 26/2026/QĐ-TTg, Phụ lục I; set numbers and titles from the list at the head of Phụ lục II",
  sources: [],
  levelNames: {
    product: { vi: "Sản phẩm", en: "Product" },
    group: { vi: "Nhóm", en: "Group" },
    subgroup: { vi: "Phân nhóm", en: "Subgroup" },
  },
  notes: [
    {
      vi: "Tên sản phẩm (I–VI) in hoa trong phụ lục; ở đây viết thường theo câu.",
      en: "The product headings (I–VI) are printed in capitals; they are stored here in sentence case.",
    },
    {
      vi: "Cột “Cơ quan chủ trì quản lý” có chú thích: theo Nghị định số 15/2018/NĐ-CP; trường hợp có thay đổi thì áp dụng theo văn bản sửa đổi, bổ sung hoặc thay thế.",
      en: "The “managing agency” column carries a footnote: per Decree 15/2018/NĐ-CP (food safety), or the instrument amending or replacing it.",
    },
  ],
  products: [
    {
      code: "I",
      name: { vi: "Sản phẩm thực phẩm", en: "Food products" },
      aliases: ["Thực phẩm"],
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
              ministries: [NNMT],
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
              ministries: [NNMT],
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
              ministries: [NNMT],
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
              ministries: [NNMT],
            },
          ],
        },
        {
          code: "3",
          name: { vi: "Thực phẩm chế biến", en: "Processed food" },
          aliases: ["Nông sản chế biến"],
          note: {
            vi: "Phiếu của bộ 7 và bộ 8 (Phụ lục II) ghi “Nhóm: Nông sản chế biến”; Phụ lục I ghi “Thực phẩm chế biến”. Thư viện theo Phụ lục I.",
            en: "The sheets of sets 7 and 8 (Phụ lục II) say “Nhóm: Nông sản chế biến” (processed farm produce); Phụ lục I says “Thực phẩm chế biến”. The library follows Phụ lục I.",
          },
          subgroups: [
            {
              code: "a",
              name: { vi: "Đồ ăn nhanh", en: "Fast food" },
              set: 5,
              setName: { vi: "Đồ ăn nhanh", en: "Fast food" },
              ministries: [CT],
            },
            {
              code: "b",
              name: { vi: "Chế biến từ gạo, ngũ cốc", en: "Processed from rice and cereals" },
              set: 6,
              setName: { vi: "Chế biến từ gạo, ngũ cốc", en: "Processed from rice and cereals" },
              ministries: [NNMT, CT],
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
              ministries: [NNMT],
            },
            {
              code: "d",
              name: {
                vi: "Chế biến từ thịt, trứng, sữa, thủy sản, các sản phẩm từ mật ong, mật khác và nông sản thực phẩm khác",
                en: "Processed from meat, eggs, milk and aquatic products; products of honey, other syrups and other agricultural food products",
              },
              set: 8,
              setName: {
                vi: "Chế biến từ thịt, thủy sản, trứng, sữa, các sản phẩm từ mật ong, mật khác và nông sản thực phẩm khác",
                en: "Processed from meat, aquatic products, eggs and milk; products of honey, other syrups and other agricultural food products",
              },
              ministries: [NNMT, CT],
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
              set: 9,
              setName: {
                vi: "Tương, nước mắm, gia vị dạng lỏng khác",
                en: "Bean sauces, fish sauce and other liquid condiments",
              },
              ministries: [NNMT],
            },
            {
              code: "b",
              name: { vi: "Gia vị khác", en: "Other condiments and spices" },
              set: 10,
              setName: {
                vi: "Gia vị khác (muối, hành, tỏi, tiêu)",
                en: "Other condiments and spices (salt, shallot, garlic, pepper)",
              },
              ministries: [NNMT],
            },
          ],
        },
        {
          code: "5",
          name: { vi: "Chè", en: "Tea" },
          subgroups: [
            {
              code: "a",
              name: { vi: "Chè tươi, chế biến", en: "Fresh and processed tea" },
              set: 11,
              setName: { vi: "Chè tươi, chè chế biến", en: "Fresh tea, processed tea" },
              ministries: [NNMT],
            },
            {
              code: "b",
              name: { vi: "Sản phẩm chè từ thực vật khác", en: "Tea products from other plants" },
              set: 12,
              setName: {
                vi: "Sản phẩm trà từ thực vật khác",
                en: "Tea (infusion) products from other plants",
              },
              ministries: [NNMT],
            },
          ],
        },
        {
          code: "6",
          name: { vi: "Cà phê, ca cao", en: "Coffee, cocoa" },
          set: 13,
          setName: { vi: "Cà phê, cacao", en: "Coffee, cocoa" },
          ministries: [NNMT],
        },
      ],
    },
    {
      code: "II",
      name: { vi: "Sản phẩm đồ uống", en: "Beverage products" },
      aliases: ["Đồ uống"],
      groups: [
        {
          code: "1",
          name: { vi: "Đồ uống có cồn", en: "Alcoholic beverages" },
          subgroups: [
            {
              code: "a",
              name: { vi: "Rượu trắng", en: "White spirits (distilled liquor)" },
              set: 14,
              setName: { vi: "Rượu trắng", en: "White spirits (distilled liquor)" },
              ministries: [CT],
            },
            {
              code: "b",
              name: { vi: "Đồ uống có cồn khác", en: "Other alcoholic beverages" },
              set: 15,
              setName: { vi: "Đồ uống có cồn khác", en: "Other alcoholic beverages" },
              ministries: [CT],
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
                vi: "Nước khoáng thiên nhiên, nước uống đóng chai",
                en: "Natural mineral water, bottled drinking water",
              },
              set: 16,
              setName: {
                vi: "Nước khoáng thiên nhiên, nước uống đóng chai",
                en: "Natural mineral water, bottled drinking water",
              },
              ministries: [YT],
            },
            {
              code: "b",
              name: { vi: "Đồ uống không cồn", en: "Non-alcoholic beverages" },
              set: 17,
              setName: { vi: "Đồ uống không cồn khác", en: "Other non-alcoholic beverages" },
              ministries: [CT],
            },
          ],
        },
      ],
    },
    {
      code: "III",
      name: {
        vi: "Sản phẩm dược liệu và sản phẩm từ dược liệu",
        en: "Medicinal herbs and products made from medicinal herbs",
      },
      aliases: ["Dược liệu"],
      note: {
        vi: "Tiêu đề phiếu của bộ 18–20 ghi nhóm theo cách khác: “Thực phẩm chức năng, thuốc từ dược liệu, thuốc cổ truyền”, “Mỹ phẩm”, “Dược liệu khác”; các tên này là tên khác (aliases) của nhóm.",
        en: "The sheet headers of sets 18–20 name the groups differently (“Thực phẩm chức năng, thuốc từ dược liệu, thuốc cổ truyền”, “Mỹ phẩm”, “Dược liệu khác”); those names are kept as aliases.",
      },
      groups: [
        {
          code: "1",
          name: {
            vi: "Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền",
            en: "Functional foods, herbal medicines, traditional medicines",
          },
          aliases: ["Thực phẩm chức năng, thuốc từ dược liệu, thuốc cổ truyền"],
          set: 18,
          setName: {
            vi: "Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền",
            en: "Functional foods, herbal medicines, traditional medicines",
          },
          ministries: [YT],
        },
        {
          code: "2",
          name: {
            vi: "Mỹ phẩm có thành phần từ dược liệu",
            en: "Cosmetics with ingredients from medicinal herbs",
          },
          aliases: ["Mỹ phẩm"],
          set: 19,
          setName: {
            vi: "Mỹ phẩm có thành phần từ dược liệu",
            en: "Cosmetics with ingredients from medicinal herbs",
          },
          ministries: [YT],
        },
        {
          code: "3",
          name: { vi: "Tinh dầu và dược liệu khác", en: "Essential oils and other medicinal herbs" },
          aliases: ["Dược liệu khác"],
          set: 20,
          setName: { vi: "Tinh dầu và dược liệu khác", en: "Essential oils and other medicinal herbs" },
          ministries: [YT, CT],
        },
      ],
    },
    {
      code: "IV",
      name: { vi: "Sản phẩm hàng thủ công mỹ nghệ", en: "Handicraft products" },
      aliases: ["Hàng thủ công mỹ nghệ"],
      groups: [
        {
          code: "1",
          name: { vi: "Thủ công mỹ nghệ gia dụng, trang trí", en: "Household and decorative handicrafts" },
          set: 21,
          setName: { vi: "Thủ công mỹ nghệ", en: "Handicrafts" },
          ministries: [CT, NNMT],
        },
        {
          code: "2",
          name: { vi: "Vải, may mặc", en: "Textiles and garments" },
          set: 22,
          setName: { vi: "Vải, may mặc", en: "Textiles and garments" },
          ministries: [CT],
        },
      ],
    },
    {
      code: "V",
      name: { vi: "Sản phẩm sinh vật cảnh", en: "Ornamental plants and animals" },
      aliases: ["Sinh vật cảnh"],
      groups: [
        {
          code: "1",
          name: { vi: "Hoa", en: "Flowers" },
          set: 23,
          setName: { vi: "Hoa", en: "Flowers" },
          ministries: [NNMT],
        },
        {
          code: "2",
          name: { vi: "Cây cảnh", en: "Ornamental plants" },
          set: 24,
          setName: { vi: "Cây cảnh", en: "Ornamental plants" },
          ministries: [NNMT],
        },
        {
          code: "3",
          name: { vi: "Động vật cảnh", en: "Ornamental animals" },
          set: 25,
          setName: { vi: "Động vật cảnh", en: "Ornamental animals" },
          ministries: [NNMT],
        },
      ],
    },
    {
      code: "VI",
      name: {
        vi: "Sản phẩm dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
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
          ministries: [VHTTDL, NNMT],
        },
      ],
    },
  ],
} as const satisfies ClassificationData;
