/**
 * The product classification of Decision 1048/QĐ-TTg (21/08/2019), as amended by 781/QĐ-TTg (08/06/2020),
 * from secondary sources: the official Phụ lục I was not read. 6 sectors (ngành), 16 groups, 26 sets.
 *
 * @module
 */
import type { ClassificationData } from "../types.js";

/** Decision 1048/QĐ-TTg: product classification and set numbers (secondary sources). */
export const CLASSIFICATION_1048 = {
  regulation: "1048/QĐ-TTg",
  idPrefix: "1048",
  annex: "Phụ lục I",
  title: {
    vi: "Phân loại sản phẩm tham gia Chương trình OCOP (6 ngành, 26 bộ sản phẩm)",
    en: "Classification of the products taking part in the OCOP programme (6 sectors, 26 product sets)",
  },
  status: "transcription",
  source:
    "Decision 1048/QĐ-TTg, Phụ lục I (as amended by 781/QĐ-TTg, Mục 1, Phần VI), as reported by secondary sources",
  sources: [
    {
      url: "https://thuonghieusanpham.vn/chu-the-ocop-can-biet-gi-ve-tieu-chi-danh-gia-phan-hang-san-pham-22656.html",
      supports: "6 sectors, 26 product sets; the six food groups and their subgroups",
    },
    {
      url: "https://ciptek.vn/bo-tieu-chi-ocop/",
      supports: "the six sectors (2019 government summary)",
    },
    {
      url: "https://tapchicongthuong.vn/tieu-chi-phan-hang-tu-2-sao-den-5-sao-san-pham-ocop-72720.htm",
      supports: "781/QĐ-TTg renames the tourism group (Mục 1, Phần VI, Phụ lục I)",
    },
    {
      url: "https://yenbai.gov.vn:443/nong-thon-moi/noidung/tintuc/Pages/chi-tiet-tin-tuc.aspx?ItemID=981&l=Tinhoatdong&lv=5",
      supports: "781/QĐ-TTg renames the tourism group (second source)",
    },
  ],
  levelNames: {
    product: { vi: "Ngành", en: "Sector" },
    group: { vi: "Nhóm", en: "Group" },
    subgroup: { vi: "Phân nhóm", en: "Subgroup" },
  },
  notes: [
    {
      vi: "Dữ liệu từ nguồn thứ cấp, chưa đối chiếu với văn bản gốc. Danh sách đầy đủ (ngành, nhóm, phân nhóm, số bộ) lấy từ cơ sở dữ liệu năm 2020 của một ứng dụng chấm điểm OCOP (bảng tb_nganh_sp, tb_nhom_sp, tb_phan_nhom_sp), khớp với các bản tóm tắt báo chí.",
      en: "From secondary sources, not checked against the official text. The full list (sectors, groups, subgroups, set numbers) comes from a 2020 database dump of an OCOP scoring application (tables tb_nganh_sp, tb_nhom_sp, tb_phan_nhom_sp), consistent with the press summaries.",
    },
    {
      vi: "Số La Mã của ngành và số của nhóm theo cách đánh số “Mục 1, Phần VI, Phụ lục I” mà Quyết định 781 sửa đổi; chữ cái của phân nhóm do thư viện đặt (a, b, c, ... theo thứ tự), chưa đối chiếu với phụ lục.",
      en: "Sector numerals and group numbers follow the “Mục 1, Phần VI, Phụ lục I” numbering amended by 781/QĐ-TTg; subgroup letters are assigned by the library (a, b, c, ... in order), not checked against the annex.",
    },
    {
      vi: "Thứ tự ngành IV và V chưa chắc chắn: bản tóm tắt năm 2019 liệt kê “vải và may mặc” trước “lưu niệm - nội thất - trang trí”, còn cơ sở dữ liệu (và số bộ 23–25) đặt thủ công mỹ nghệ trước. Thư viện theo số bộ.",
      en: "The order of sectors IV and V is uncertain: the 2019 summary lists “vải và may mặc” before “lưu niệm - nội thất - trang trí”, while the database (and set numbers 23–25) put handicrafts first. The library follows the set numbers.",
    },
    {
      vi: "Nhóm có một phân nhóm trùng tên (ví dụ “Cà phê, ca cao”, “Mỹ phẩm”) được coi là nhóm không có phân nhóm, gắn thẳng với một bộ tiêu chí.",
      en: "Groups whose only subgroup bears the group's own name (e.g. “Cà phê, ca cao”, “Mỹ phẩm”) are modelled as groups without subgroups, mapped directly to one set.",
    },
  ],
  products: [
    {
      code: "I",
      name: { vi: "Thực phẩm", en: "Food" },
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
              name: { vi: "Thịt, trứng, sữa tươi", en: "Fresh meat, eggs and milk" },
              set: 2,
              setName: { vi: "Thịt, trứng, sữa tươi", en: "Fresh meat, eggs and milk" },
            },
          ],
        },
        {
          code: "2",
          name: { vi: "Thực phẩm thô, sơ chế", en: "Raw and primary-processed food" },
          subgroups: [
            {
              code: "a",
              name: { vi: "Gạo, ngũ cốc", en: "Rice, cereals" },
              set: 3,
              setName: { vi: "Gạo, ngũ cốc", en: "Rice, cereals" },
            },
            {
              code: "b",
              name: {
                vi: "Mật ong, các sản phẩm từ mật ong, mật khác",
                en: "Honey, honey products, other syrups",
              },
              set: 4,
              setName: {
                vi: "Mật ong, các sản phẩm từ mật ong, mật khác",
                en: "Honey, honey products, other syrups",
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
              name: { vi: "Chế biến từ thịt, trứng, sữa", en: "Processed from meat, eggs and milk" },
              set: 8,
              setName: { vi: "Chế biến từ thịt, trứng, sữa", en: "Processed from meat, eggs and milk" },
            },
            {
              code: "e",
              name: { vi: "Chế biến từ thủy, hải sản", en: "Processed from freshwater and marine products" },
              set: 9,
              setName: {
                vi: "Chế biến từ thủy, hải sản",
                en: "Processed from freshwater and marine products",
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
                vi: "Tương, nước mắm, gia vị lỏng khác",
                en: "Bean sauces, fish sauce and other liquid condiments",
              },
              set: 10,
              setName: {
                vi: "Tương, nước mắm, gia vị lỏng khác",
                en: "Bean sauces, fish sauce and other liquid condiments",
              },
            },
            {
              code: "b",
              name: { vi: "Gia vị khác", en: "Other condiments and spices" },
              set: 11,
              setName: { vi: "Gia vị khác", en: "Other condiments and spices" },
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
              set: 12,
              setName: { vi: "Chè tươi, chế biến", en: "Fresh and processed tea" },
            },
            {
              code: "b",
              name: { vi: "Các sản phẩm khác từ chè, trà", en: "Other products from tea" },
              set: 13,
              setName: { vi: "Các sản phẩm khác từ chè, trà", en: "Other products from tea" },
            },
          ],
        },
        {
          code: "6",
          name: { vi: "Cà phê, ca cao", en: "Coffee, cocoa" },
          set: 14,
          setName: { vi: "Cà phê, ca cao", en: "Coffee, cocoa" },
        },
      ],
    },
    {
      code: "II",
      name: { vi: "Đồ uống", en: "Beverages" },
      groups: [
        {
          code: "1",
          name: { vi: "Đồ uống có cồn", en: "Alcoholic beverages" },
          subgroups: [
            {
              code: "a",
              name: { vi: "Rượu trắng", en: "White spirits (distilled liquor)" },
              set: 15,
              setName: { vi: "Rượu trắng", en: "White spirits (distilled liquor)" },
            },
            {
              code: "b",
              name: { vi: "Đồ uống có cồn khác", en: "Other alcoholic beverages" },
              set: 16,
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
                vi: "Nước khoáng thiên nhiên, nước uống tinh khiết",
                en: "Natural mineral water, purified drinking water",
              },
              set: 17,
              setName: {
                vi: "Nước khoáng thiên nhiên, nước uống tinh khiết",
                en: "Natural mineral water, purified drinking water",
              },
            },
            {
              code: "b",
              name: { vi: "Đồ uống không cồn", en: "Non-alcoholic beverages" },
              set: 18,
              setName: { vi: "Đồ uống không cồn", en: "Non-alcoholic beverages" },
            },
          ],
        },
      ],
    },
    {
      code: "III",
      name: { vi: "Thảo dược", en: "Herbs" },
      groups: [
        {
          code: "1",
          name: {
            vi: "Thực phẩm chức năng, thuốc từ dược liệu, thuốc Y học cổ truyền",
            en: "Functional foods, medicines from medicinal herbs, traditional medicines",
          },
          set: 19,
          setName: {
            vi: "Thực phẩm chức năng, thuốc từ dược liệu, thuốc Y học cổ truyền",
            en: "Functional foods, medicines from medicinal herbs, traditional medicines",
          },
        },
        {
          code: "2",
          name: { vi: "Mỹ phẩm", en: "Cosmetics" },
          set: 20,
          setName: { vi: "Mỹ phẩm", en: "Cosmetics" },
        },
        {
          code: "3",
          name: { vi: "Trang thiết bị, dụng cụ y tế", en: "Medical equipment and instruments" },
          set: 21,
          setName: { vi: "Trang thiết bị, dụng cụ y tế", en: "Medical equipment and instruments" },
        },
        {
          code: "4",
          name: { vi: "Thảo dược khác", en: "Other herbs" },
          set: 22,
          setName: { vi: "Thảo dược khác", en: "Other herbs" },
        },
      ],
    },
    {
      code: "IV",
      name: { vi: "Thủ công mỹ nghệ, trang trí", en: "Handicrafts and decoration" },
      aliases: ["Lưu niệm - nội thất - trang trí"],
      note: {
        vi: "Bản tóm tắt năm 2019 gọi ngành này là “lưu niệm - nội thất - trang trí” và xếp sau “vải và may mặc”.",
        en: "The 2019 summary calls this sector “lưu niệm - nội thất - trang trí” (souvenirs, furniture, decoration) and lists it after “vải và may mặc”.",
      },
      groups: [
        {
          code: "1",
          name: { vi: "Thủ công mỹ nghệ, trang trí", en: "Decorative handicrafts" },
          set: 23,
          setName: { vi: "Thủ công mỹ nghệ, trang trí", en: "Decorative handicrafts" },
        },
        {
          code: "2",
          name: { vi: "Thủ công mỹ nghệ gia dụng", en: "Household handicrafts" },
          set: 24,
          setName: { vi: "Thủ công mỹ nghệ gia dụng", en: "Household handicrafts" },
        },
      ],
    },
    {
      code: "V",
      name: { vi: "Vải, may mặc", en: "Textiles and garments" },
      aliases: ["Vải và may mặc"],
      groups: [
        {
          code: "1",
          name: { vi: "Vải, may mặc", en: "Textiles and garments" },
          set: 25,
          setName: { vi: "Vải, may mặc", en: "Textiles and garments" },
        },
      ],
    },
    {
      code: "VI",
      name: { vi: "Dịch vụ du lịch nông thôn và bán hàng", en: "Rural tourism services and sales" },
      aliases: ["Dịch vụ du lịch nông thôn, bán hàng"],
      groups: [
        {
          code: "1",
          name: {
            vi: "Dịch vụ du lịch - truyền thống - lễ hội",
            en: "Tourism, tradition and festival services",
          },
          renames: [
            {
              by: "781/QĐ-TTg",
              name: {
                vi: "Dịch vụ du lịch cộng đồng và điểm du lịch",
                en: "Community tourism and tourist destination services",
              },
              reference: "Decision 781/QĐ-TTg, amending Mục 1, Phần VI, Phụ lục I of Decision 1048/QĐ-TTg",
            },
          ],
          set: 26,
          setName: {
            vi: "Dịch vụ du lịch - truyền thống - lễ hội",
            en: "Tourism, tradition and festival services",
          },
        },
      ],
    },
  ],
} as const satisfies ClassificationData;
