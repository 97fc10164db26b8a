/**
 * Decision 148/QĐ-TTg, Phụ lục (criteria set 12), from a third-party transcription: Sản phẩm trà từ thực vật khác
 * (Tea products from other plants).
 *
 * Source: GitHub augustine-tran/ocop, db/ocop (March 2024), not checked against the gazetted text. Generated
 * by scripts/criteria/import-148.ts from data-sources/148-transcription.md: do not edit by hand, see
 * docs/criteria-148-notes.md.
 *
 * @module
 */
import type { CriteriaSet } from "../types.js";

/**
 * Criteria set 12 of Decision 148/QĐ-TTg, Phụ lục (from a third-party transcription).
 * Status: unconfirmed (values that do not add up, see `notes`).
 */
export const SET_148_12 = {
  regulation: "148/QĐ-TTg",
  number: 12,
  name: {
    vi: "Sản phẩm trà từ thực vật khác",
    en: "Tea products from other plants",
  },
  classification: {
    product: {
      vi: "Thực phẩm",
      en: "Food",
    },
    group: {
      vi: "Chè",
      en: "Tea",
    },
    subgroup: {
      vi: "Sản phẩm trà từ thực vật khác",
      en: "Tea products from other plants",
    },
  },
  rejection: [],
  parts: [
    {
      id: "A",
      name: {
        vi: "SẢN PHẨM VÀ SỨC MẠNH CỦA CỘNG ĐỒNG",
        en: "THE PRODUCT AND THE STRENGTH OF THE COMMUNITY",
      },
      max: 40,
      sections: [
        {
          id: "1",
          part: "A",
          name: {
            vi: "TỔ CHỨC SẢN XUẤT",
            en: "ORGANISATION OF PRODUCTION",
          },
          max: 18,
        },
        {
          id: "2",
          part: "A",
          name: {
            vi: "PHÁT TRIỂN SẢN PHẨM",
            en: "PRODUCT DEVELOPMENT",
          },
          max: 10,
        },
        {
          id: "3",
          part: "A",
          name: {
            vi: "SỨC MẠNH CỘNG ĐỒNG",
            en: "COMMUNITY STRENGTH",
          },
          max: 12,
        },
      ],
    },
    {
      id: "B",
      name: {
        vi: "KHẢ NĂNG TIẾP THỊ",
        en: "MARKETING CAPACITY",
      },
      max: 25,
      sections: [
        {
          id: "4",
          part: "B",
          name: {
            vi: "TIẾP THỊ",
            en: "MARKETING",
          },
          max: 13,
        },
        {
          id: "5",
          part: "B",
          name: {
            vi: "CÂU CHUYỆN VỀ SẢN PHẨM",
            en: "PRODUCT STORY",
          },
          max: 12,
        },
      ],
    },
    {
      id: "C",
      name: {
        vi: "CHẤT LƯỢNG SẢN PHẨM",
        en: "PRODUCT QUALITY",
      },
      max: 35,
      sections: [
        {
          id: "6",
          part: "C",
          name: {
            vi: "CHỈ TIÊU CẢM QUAN",
            en: "SENSORY INDICATORS",
          },
          max: 13,
        },
        {
          id: "7",
          part: "C",
          name: {
            vi: "TÍNH ĐỘC ĐÁO (Chất lượng: Có nét riêng, khác biệt, có dấu hiệu nhận biết rõ ràng so với sản phẩm khác, tiềm năng thành thương hiệu của địa phương)",
            en: "UNIQUENESS (Quality: its own distinctive traits, clearly recognisable among other products, with the potential to become a local brand)",
          },
          max: 5,
        },
        {
          id: "8",
          part: "C",
          name: {
            vi: "CÔNG BỐ CHẤT LƯỢNG SẢN PHẨM, KIỂM TRA ĐỊNH KỲ",
            en: "PRODUCT QUALITY DECLARATION, PERIODIC TESTING",
          },
          max: 4,
        },
        {
          id: "9",
          part: "C",
          name: {
            vi: "ĐẢM BẢO CHẤT LƯỢNG SẢN PHẨM",
            en: "PRODUCT QUALITY ASSURANCE",
          },
          max: 5,
        },
        {
          id: "10",
          part: "C",
          name: {
            vi: "HƯỚNG DẪN SỬ DỤNG ĐỂ ĐẢM BẢO SẢN PHẨM CÓ CHẤT LƯỢNG TỐT NHẤT CHO NGƯỜI TIÊU DÙNG",
            en: "INSTRUCTIONS FOR USE GIVING CONSUMERS THE BEST PRODUCT QUALITY",
          },
          max: 2,
        },
        {
          id: "11",
          part: "C",
          name: {
            vi: "CƠ HỘI THỊ TRƯỜNG TOÀN CẦU",
            en: "GLOBAL MARKET OPPORTUNITY",
          },
          max: 3,
        },
      ],
    },
  ],
  criteria: [
    {
      id: "1.a",
      part: "A",
      section: "1",
      max: 5,
      name: {
        vi: "Nguồn nguyên liệu",
        en: "Source of raw materials",
      },
      options: [
        {
          points: 1,
          text: {
            vi: "Sử dụng nguyên liệu có nguồn gốc trong tỉnh dưới 50%",
            en: "Under 50% of the raw materials come from within the province",
          },
        },
        {
          points: 3,
          minimumStars: 3,
          text: {
            vi: "Sử dụng nguyên liệu có nguồn gốc trong tỉnh từ 50% đến dưới 75%",
            en: "50% to under 75% of the raw materials come from within the province",
          },
        },
        {
          points: 5,
          text: {
            vi: "Sử dụng nguyên liệu có nguồn gốc trong tỉnh từ 75% đến 100%",
            en: "75% to 100% of the raw materials come from within the province",
          },
        },
      ],
    },
    {
      id: "1.b",
      part: "A",
      section: "1",
      max: 3,
      name: {
        vi: "Gia tăng giá trị",
        en: "Value added",
      },
      options: [
        {
          points: 0,
          text: {
            vi: "Phân loại, sơ chế",
            en: "Sorting, preliminary processing",
          },
        },
        {
          points: 1,
          text: {
            vi: "Chế biến đơn giản",
            en: "Simple processing",
          },
        },
        {
          points: 2,
          text: {
            vi: "Chế biến",
            en: "Processing",
          },
        },
        {
          points: 3,
          text: {
            vi: "Chế biến sâu từ vùng nguyên liệu địa phương (tạo ra sản phẩm chất lượng cao theo nhu cầu của thị trường)",
            en: "Deep processing of raw materials from a local growing area (making high-quality products for market demand)",
          },
        },
      ],
    },
    {
      id: "1.c",
      part: "A",
      section: "1",
      max: 3,
      name: {
        vi: "Năng lực sản xuất để đáp ứng yêu cầu phân phối (Khả năng sản xuất đáp ứng nhu cầu về số lượng/quy mô của thị trường, so sánh với quy mô trung bình ở cùng đối tượng sản xuất tại địa phương)",
        en: "Production capacity to meet distribution needs (ability to meet the market's demand in quantity/scale, compared with the average scale of the same kind of producer locally)",
      },
      options: [
        {
          points: 1,
          text: {
            vi: "Có năng lực, quy mô sản xuất mức độ nhỏ",
            en: "Small production capacity and scale",
          },
        },
        {
          points: 2,
          minimumStars: 4,
          text: {
            vi: "Có năng lực, quy mô sản xuất trung bình",
            en: "Medium production capacity and scale",
          },
        },
        {
          points: 3,
          minimumStars: 5,
          text: {
            vi: "Có năng lực, quy mô sản xuất lớn, có thể đáp ứng thị trường xuất khẩu",
            en: "Large production capacity and scale, able to supply export markets",
          },
        },
      ],
    },
    {
      id: "1.d",
      part: "A",
      section: "1",
      max: 3,
      name: {
        vi: "Liên kết chuỗi trong sản xuất",
        en: "Value-chain linkage in production",
      },
      options: [
        {
          points: 0,
          text: {
            vi: "Không có liên kết hoặc có nhưng không rõ ràng",
            en: "No linkage, or linkage that is not clear",
          },
        },
        {
          points: 1,
          text: {
            vi: "Có hợp đồng liên kết sản xuất từ 50% đến dưới 75% sản lượng nguyên liệu đầu vào cho chế biến",
            en: "Production linkage contracts covering 50% to under 75% of the raw materials for processing",
          },
        },
        {
          points: 2,
          minimumStars: 4,
          text: {
            vi: "Có hợp đồng liên kết trên 75% sản lượng nguyên liệu đầu vào cho chế biến",
            en: "Linkage contracts covering over 75% of the raw materials for processing",
          },
        },
        {
          points: 3,
          minimumStars: 5,
          text: {
            vi: "Có hợp đồng liên kết trên 75% sản lượng nguyên liệu đầu vào cho chế biến và tổ chức thực hiện hợp đồng ổn định từ 12 tháng trở lên",
            en: "Linkage contracts covering over 75% of the raw materials for processing, carried out steadily for 12 months or more",
          },
        },
      ],
    },
    {
      id: "1.đ",
      part: "A",
      section: "1",
      max: 3,
      name: {
        vi: "Bảo vệ môi trường trong quá trình sản xuất",
        en: "Environmental protection in production",
      },
      options: [
        {
          points: 1,
          minimumStars: 4,
          text: {
            vi: "Có Hồ sơ, thủ tục về môi trường theo quy định của pháp luật và các quy định khác về bảo vệ môi trường",
            en: "Environmental records and procedures as required by law and other environmental protection rules",
          },
        },
        {
          points: 2,
          text: {
            vi: "Có Hồ sơ, thủ tục về môi trường theo quy định của pháp luật về bảo vệ môi trường và hồ sơ minh chứng về công trình thu gom và xử lý chất thải theo quy định",
            en: "Environmental records and procedures as required by environmental protection law, and evidence of waste collection and treatment works as required",
          },
        },
        {
          points: 3,
          text: {
            vi: "Có Hồ sơ, thủ tục về môi trường theo quy định của pháp luật về bảo vệ môi trường; hồ sơ minh chứng về công trình thu gom và xử lý chất thải theo quy định và hồ sơ minh chứng về sử dụng bao gói thân thiện với môi trường",
            en: "Environmental records and procedures as required by environmental protection law; evidence of waste collection and treatment works as required; and evidence of environmentally friendly packaging",
          },
        },
      ],
    },
    {
      id: "1.e",
      part: "A",
      section: "1",
      max: 1,
      name: {
        vi: "Sử dụng công nghệ theo hướng bền vững trong sản xuất",
        en: "Sustainable technology in production",
      },
      options: [
        {
          points: 0,
          text: {
            vi: "Không sử dụng công nghệ theo hướng bền vững trong sản xuất",
            en: "No sustainable technology used in production",
          },
        },
        {
          points: 1,
          text: {
            vi: "Có áp dụng công nghệ theo hướng bền vững môi trường (công nghệ tiết kiệm nguyên liệu, nhiên liệu; hoạt động xử lý/tái chế chất thải; tận thu tái sử dụng, tái chế phụ phẩm nông nghiệp,...)",
            en: "Environmentally sustainable technology applied (saving materials and fuel; treating/recycling waste; recovering, reusing and recycling farm by-products,...)",
          },
        },
      ],
    },
    {
      id: "2.a",
      part: "A",
      section: "2",
      max: 4,
      name: {
        vi: "Nguồn gốc ý tưởng sản phẩm",
        en: "Origin of the product idea",
      },
      options: [
        {
          points: 0,
          text: {
            vi: "Sản phẩm được sản xuất phổ biến ở nhiều tỉnh, thành phố",
            en: "The product is commonly made in many provinces and cities",
          },
        },
        {
          points: 1,
          text: {
            vi: "Sản phẩm được sản xuất phổ biến ở nhiều tỉnh, thành phố nhưng có chất lượng nổi trội, khác biệt do điều kiện về nguyên liệu, kỹ thuật truyền thống",
            en: "The product is commonly made in many provinces and cities but has outstanding, distinctive quality owing to its raw materials or traditional techniques",
          },
        },
        {
          points: 3,
          text: {
            vi: "Sản phẩm được sản xuất ở nhiều nơi trên địa bàn, là sản phẩm đặc trưng của tỉnh, có chất lượng nổi trội/sản phẩm mới được chế biến từ nguyên liệu đặc trưng của địa phương",
            en: "The product is made in many places in the area, is characteristic of the province and has outstanding quality/a new product processed from characteristic local raw materials",
          },
        },
        {
          points: 4,
          minimumStars: 4,
          text: {
            vi: "Sản phẩm là đặc sản, truyền thống, chỉ sản xuất trên địa bàn của huyện, có chất lượng đặc sắc, thương mại gắn với chỉ dẫn nguồn gốc địa lý/sản phẩm mới được chế biến từ nguyên liệu đặc trưng của địa phương, được thương mại ổn định ít nhất 36 tháng",
            en: "The product is a traditional speciality made only in the district, of distinctive quality, traded with a geographical-origin indication/a new product processed from characteristic local raw materials, traded steadily for at least 36 months",
          },
        },
      ],
    },
    {
      id: "2.b",
      part: "A",
      section: "2",
      max: 3,
      name: {
        vi: "Đóng gói, bao bì sản phẩm",
        en: "Packing and packaging",
      },
      options: [
        {
          points: 0,
          text: {
            vi: "Đóng gói theo hình thức thông thường, không có bao bì",
            en: "Ordinary packing, no packaging",
          },
        },
        {
          points: 1,
          text: {
            vi: "Đóng gói theo hình thức thông thường, bao bì đơn giản",
            en: "Ordinary packing, simple packaging",
          },
        },
        {
          points: 2,
          text: {
            vi: "Đóng gói sáng tạo, bao bì đẹp",
            en: "Creative packing, attractive packaging",
          },
        },
        {
          points: 3,
          minimumStars: 5,
          text: {
            vi: "Đóng gói sáng tạo, tiện lợi, bao bì đẹp, sang trọng",
            en: "Creative, convenient packing; attractive, premium packaging",
          },
        },
      ],
    },
    {
      id: "2.c",
      part: "A",
      section: "2",
      max: 3,
      name: {
        vi: "Phong cách, ghi nhãn hàng hóa",
        en: "Style and labelling",
      },
      options: [
        {
          points: 1,
          text: {
            vi: "Có nhãn, ghi nhãn hàng hóa đầy đủ, theo đúng quy định",
            en: "Labelled, with complete labelling as required",
          },
        },
        {
          points: 2,
          text: {
            vi: "Ghi nhãn hàng hóa đầy đủ, đúng quy định, thể hiện được thông điệp/câu chuyện sản phẩm",
            en: "Complete labelling as required, conveying the product's message/story",
          },
        },
        {
          points: 3,
          minimumStars: 4,
          text: {
            vi: "Ghi nhãn hàng hóa đầy đủ, đúng quy định, đẹp, thể hiện được thông điệp/câu chuyện sản phẩm; có truy xuất nguồn gốc điện tử",
            en: "Complete, attractive labelling as required, conveying the product's message/story; with electronic traceability",
          },
        },
      ],
    },
    {
      id: "3.a",
      part: "A",
      section: "3",
      max: 3,
      name: {
        vi: "Loại hình tổ chức sản xuất - kinh doanh",
        en: "Type of business organisation",
      },
      options: [
        {
          points: 1,
          text: {
            vi: "Hộ gia đình có đăng ký kinh doanh, trang trại, tổ hợp tác (có giấy đăng ký kinh doanh của tổ trưởng), Công ty Trách nhiệm hữu hạn (TNHH) 1 thành viên, doanh nghiệp tư nhân (DNTN)",
            en: "Registered household business, farm, cooperative group (with its leader's business registration), single-member limited liability company, private enterprise",
          },
        },
        {
          points: 2,
          text: {
            vi: "Công ty TNHH hai thành viên trở lên, công ty cổ phần có vốn góp của cộng đồng địa phương <51%",
            en: "Limited liability company with two or more members, joint-stock company with under 51% local community capital",
          },
        },
        {
          points: 3,
          text: {
            vi: "HTX tổ chức, hoạt động theo Luật HTX 2012 hoặc công ty cổ phần có vốn góp của cộng đồng địa phương ≥ 51%",
            en: "Cooperative organised and operating under the 2012 Law on Cooperatives, or joint-stock company with at least 51% local community capital",
          },
        },
      ],
    },
    {
      id: "3.b",
      part: "A",
      section: "3",
      max: 1,
      name: {
        vi: "Đại diện pháp luật của chủ thể là nữ/đồng bào dân tộc thiểu số",
        en: "The producer's legal representative is a woman or an ethnic-minority person",
      },
      options: [
        {
          points: 0,
          text: {
            vi: "Đại diện pháp luật của chủ thể không phải nữ/đồng bào dân tộc thiểu số",
            en: "The producer's legal representative is not a woman or an ethnic-minority person",
          },
        },
        {
          points: 1,
          text: {
            vi: "Đại diện pháp luật của chủ thể là nữ/đồng bào dân tộc thiểu số",
            en: "The producer's legal representative is a woman or an ethnic-minority person",
          },
        },
      ],
    },
    {
      id: "3.c",
      part: "A",
      section: "3",
      max: 3,
      name: {
        vi: "Sử dụng lao động địa phương",
        en: "Use of local labour",
      },
      options: [
        {
          points: 1,
          text: {
            vi: "Có sử dụng từ 50% đến 75% lao động là người trên địa bàn cấp huyện",
            en: "50% to 75% of the workers are from the district (district level)",
          },
        },
        {
          points: 3,
          text: {
            vi: "Có sử dụng ≥ 75% lao động là người trên địa bàn cấp huyện",
            en: "At least 75% of the workers are from the district (district level)",
          },
        },
      ],
    },
    {
      id: "3.d",
      part: "A",
      section: "3",
      max: 2,
      name: {
        vi: "Tăng trưởng sản xuất kinh doanh",
        en: "Business growth",
      },
      options: [
        {
          points: 1,
          text: {
            vi: "Hợp tác xã xếp loại trung bình, các loại hình khác có lợi nhuận tăng trưởng dương so với năm trước liền kề",
            en: "Cooperative rated average; other types with profit growth over the previous year",
          },
        },
        {
          points: 2,
          minimumStars: 4,
          text: {
            vi: "Hợp tác xã xếp loại khá, các loại hình khác có 2 năm liên tiếp tăng trưởng dương về lợi nhuận",
            en: "Cooperative rated good; other types with profit growth in 2 consecutive years",
          },
        },
      ],
    },
    {
      id: "3.đ",
      part: "A",
      section: "3",
      max: 1,
      name: {
        vi: "Kế toán",
        en: "Accounting",
      },
      options: [
        {
          points: 0,
          text: {
            vi: "Không có hoạt động kế toán theo quy định",
            en: "No accounting as required",
          },
        },
        {
          points: 1,
          text: {
            vi: "Có tổ chức công tác kế toán theo quy định",
            en: "Accounting organised as required",
          },
        },
      ],
    },
    {
      id: "3.e",
      part: "A",
      section: "3",
      max: 2,
      name: {
        vi: "Sở hữu trí tuệ",
        en: "Intellectual property",
      },
      options: [
        {
          points: 1,
          minimumStars: 4,
          text: {
            vi: "Nhãn hiệu sử dụng trên sản phẩm của chủ thể được cấp giấy chứng nhận đăng ký",
            en: "The trademark used on the producer's product has a registration certificate",
          },
        },
        {
          points: 2,
          text: {
            vi: "Nhãn hiệu sử dụng trên sản phẩm của chủ thể được cấp giấy chứng nhận đăng ký; và sản phẩm có sử dụng dấu hiệu chỉ dẫn nguồn gốc địa lý gắn với cộng đồng địa phương (đối với những sản phẩm đã được bảo hộ chỉ dẫn địa lý, nhãn hiệu chứng nhận, nhãn hiệu tập thể thì bắt buộc phải sử dụng)",
            en: "The trademark used on the producer's product has a registration certificate, and the product uses a geographical-origin sign tied to the local community (compulsory for products protected by a geographical indication, certification mark or collective mark)",
          },
        },
      ],
      defect: {
        printed: "e) Sở hữu trí tuệ****",
        reading: {
          vi: 'Dấu 4 sao ("****") được chép ở tên tiêu chí "Sở hữu trí tuệ", không ở một phương án. Thư viện đặt yêu cầu tối thiểu 4 sao vào phương án đầu (nhãn hiệu được cấp giấy chứng nhận đăng ký, 1 điểm): đó là mức mà mọi cách hiểu đều đòi hỏi. Dấu này cũng có thể có nghĩa là phải đạt điểm tối đa (nhãn hiệu và dấu hiệu chỉ dẫn nguồn gốc địa lý, như yêu cầu 4 sao của Quyết định 26/2026/QĐ-TTg); chưa xác minh được với văn bản gốc.',
          en: 'The 4-star marker ("****") is transcribed on the heading of the "Sở hữu trí tuệ" (intellectual property) criterion, not on an option. The library puts the 4-star minimum on the first option (a registered trademark, 1 point): the level every reading requires. The marker may also mean full marks (trademark plus a geographical-origin sign, as Decision 26/2026/QĐ-TTg requires for 4 stars); not checked against the official text.',
        },
      },
    },
    {
      id: "4.a",
      part: "B",
      section: "4",
      max: 5,
      name: {
        vi: "Khu vực phân phối chính",
        en: "Main distribution area",
      },
      options: [
        {
          points: 1,
          text: {
            vi: "Thị trường trong huyện",
            en: "Market within the district",
          },
        },
        {
          points: 2,
          text: {
            vi: "Thị trường ngoài huyện, có dưới 5 đại diện/đại lý phân phối",
            en: "Market outside the district, with fewer than 5 representatives/distribution agents",
          },
        },
        {
          points: 3,
          text: {
            vi: "Thị trường ngoài huyện, có ≥ 5 đại diện/đại lý phân phối",
            en: "Market outside the district, with 5 or more representatives/distribution agents",
          },
        },
        {
          points: 5,
          text: {
            vi: "Thị trường quốc tế (có hợp đồng); hoặc phân phối tại các kênh thương mại hiện đại: siêu thị, thương mại điện tử,... (có hợp đồng và vận hành ổn định ít nhất 6 tháng)",
            en: "International market (under contract); or distribution through modern channels: supermarkets, e-commerce,... (under contract and running steadily for at least 6 months)",
          },
        },
      ],
    },
    {
      id: "4.b",
      part: "B",
      section: "4",
      max: 4,
      name: {
        vi: "Tổ chức phân phối (Gồm: Tổ chức kinh doanh, phân phối sản phẩm)",
        en: "Distribution organisation (covers: organising sales and distribution of the product)",
      },
      options: [
        {
          points: 0,
          text: {
            vi: "Không có người chịu trách nhiệm quản lý phân phối",
            en: "No one in charge of distribution",
          },
        },
        {
          points: 1,
          text: {
            vi: "Có người chịu trách nhiệm quản lý phân phối",
            en: "A person in charge of distribution",
          },
        },
        {
          points: 3,
          text: {
            vi: "Có bộ phận/phòng quản lý phân phối",
            en: "A distribution unit/department",
          },
        },
        {
          points: 4,
          text: {
            vi: "Có bộ phận/phòng quản lý phân phối, có ứng dụng công nghệ thông tin trong quản lý",
            en: "A distribution unit/department using information technology in management",
          },
        },
      ],
    },
    {
      id: "4.c",
      part: "B",
      section: "4",
      max: 4,
      name: {
        vi: "Quảng bá sản phẩm",
        en: "Product promotion",
      },
      options: [
        {
          points: 0,
          text: {
            vi: "Không có hoạt động quảng bá",
            en: "No promotion",
          },
        },
        {
          points: 1,
          text: {
            vi: "Có một số hoạt động quảng bá",
            en: "Some promotion",
          },
        },
        {
          points: 2,
          text: {
            vi: "Có nhiều hoạt động quảng bá, có website của cơ sở/quảng bá trên mạng xã hội, có tham gia hoạt động xúc tiến thương mại trong tỉnh",
            en: "Much promotion, a business website/social-media promotion, and trade promotion events within the province",
          },
        },
        {
          points: 3,
          text: {
            vi: "Có nhiều hoạt động quảng bá, có website của cơ sở/quảng bá trên mạng xã hội, có tham gia hoạt động xúc tiến thương mại ngoài tỉnh",
            en: "Much promotion, a business website/social-media promotion, and trade promotion events outside the province",
          },
        },
        {
          points: 4,
          text: {
            vi: "Có nhiều hoạt động quảng bá, có website của cơ sở/quảng bá trên mạng xã hội hoạt động thường xuyên, có tham gia hoạt động xúc tiến thương mại ngoài tỉnh và quốc tế",
            en: "Much promotion, a regularly active business website/social-media promotion, and trade promotion events outside the province and abroad",
          },
        },
      ],
    },
    {
      id: "5.a",
      part: "B",
      section: "5",
      max: 5,
      name: {
        vi: "Câu chuyện về sản phẩm",
        en: "Product story",
      },
      options: [
        {
          points: 0,
          text: {
            vi: "Không có câu chuyện, hoặc có nhưng không được tư liệu hóa",
            en: "No story, or a story not documented",
          },
        },
        {
          points: 1,
          text: {
            vi: "Có tài liệu giới thiệu về sản phẩm",
            en: "Documents introducing the product",
          },
        },
        {
          points: 2,
          text: {
            vi: "Có câu chuyện được tư liệu hóa (có cốt chuyện, nội dung cụ thể)",
            en: "A documented story (with a plot and specific content)",
          },
        },
        {
          points: 3,
          text: {
            vi: "Có câu chuyện được tư liệu hóa, trình bày trên nhãn/tờ rơi",
            en: "A documented story, shown on the label/leaflet",
          },
        },
        {
          points: 4,
          text: {
            vi: "Có câu chuyện được tư liệu hóa, trình bày trên nhãn/tờ rơi và website",
            en: "A documented story, shown on the label/leaflet and website",
          },
        },
        {
          points: 5,
          text: {
            vi: "Có câu chuyện được tư liệu hóa, trình bày trên nhãn/tờ rơi, website (dưới dạng hình ảnh, clip,...)",
            en: "A documented story, shown on the label/leaflet and website (as images, clips,...)",
          },
        },
      ],
    },
    {
      id: "5.b",
      part: "B",
      section: "5",
      max: 5,
      name: {
        vi: "Trí tuệ/bản sắc địa phương",
        en: "Local wisdom/identity",
      },
      notes: [
        {
          vi: "Chỉ áp dụng khi có câu chuyện, đánh giá nội dung câu chuyện:",
          en: "Applies only where there is a story; evaluates the story's content:",
        },
      ],
      options: [
        {
          points: 0,
          text: {
            vi: "Giống với câu chuyện sản phẩm ở nơi khác",
            en: "Same as product stories elsewhere",
          },
        },
        {
          points: 1,
          text: {
            vi: "Tương đối giống câu chuyện sản phẩm ở nơi khác, có thay đổi một số yếu tố",
            en: "Fairly similar to product stories elsewhere, with some elements changed",
          },
        },
        {
          points: 3,
          minimumStars: 3,
          text: {
            vi: "Có câu chuyện riêng, gắn với nguồn gốc xuất xứ",
            en: "Its own story, tied to its origin",
          },
        },
        {
          points: 5,
          minimumStars: 4,
          text: {
            vi: "Có câu chuyện sản phẩm đặc sắc, mang sắc thái truyền thống, văn hóa và trí tuệ/bản sắc địa phương",
            en: "A distinctive product story with a traditional, cultural flavour and local wisdom/identity",
          },
        },
      ],
    },
    {
      id: "5.c",
      part: "B",
      section: "5",
      max: 2,
      name: {
        vi: "Cấu trúc câu chuyện",
        en: "Story structure",
      },
      options: [
        {
          points: 0,
          text: {
            vi: "Đơn giản",
            en: "Simple",
          },
        },
        {
          points: 1,
          text: {
            vi: "Có đầy đủ các yếu tố của câu chuyện sản phẩm",
            en: "Has all the elements of a product story",
          },
        },
        {
          points: 2,
          minimumStars: 5,
          text: {
            vi: "Ngắn gọn, súc tích và có các thông điệp đặc sắc về sản phẩm/văn hóa/trí tuệ/bản sắc địa phương",
            en: "Short, concise, with distinctive messages on the product/culture/local wisdom/identity",
          },
        },
      ],
    },
    {
      id: "6.a",
      part: "C",
      section: "6",
      max: 2,
      name: {
        vi: "Tạp chất",
        en: "Impurities",
      },
      options: [
        {
          points: 0,
          text: {
            vi: "Có tạp chất",
            en: "Impurities present",
          },
        },
        {
          points: 1,
          text: {
            vi: "Có rất ít tạp chất, chấp nhận được",
            en: "Very few impurities, acceptable",
          },
        },
        {
          points: 2,
          minimumStars: 4,
          text: {
            vi: "Sạch, không phát hiện tạp chất",
            en: "Clean, no impurities found",
          },
        },
      ],
    },
    {
      id: "6.b",
      part: "C",
      section: "6",
      max: 2,
      name: {
        vi: "Hình dạng (Của ngoại hình trà, trà thảo mộc,...)",
        en: "Shape (of the tea's or herbal tea's appearance,...)",
      },
      options: [
        {
          points: 0,
          text: {
            vi: "Không đồng đều, chấp nhận được",
            en: "Uneven, acceptable",
          },
        },
        {
          points: 1,
          text: {
            vi: "Tương đối đồng đều, phù hợp",
            en: "Fairly even, suitable",
          },
        },
        {
          points: 2,
          text: {
            vi: "Đồng đều, phù hợp",
            en: "Even, suitable",
          },
        },
      ],
    },
    {
      id: "6.c",
      part: "C",
      section: "6",
      max: 3,
      name: {
        vi: "Màu nước",
        en: "Colour of the liquor",
      },
      options: [
        {
          points: 0,
          text: {
            vi: "Hơi đục, màu nhạt, chấp nhận được",
            en: "Slightly cloudy, pale, acceptable",
          },
        },
        {
          points: 1,
          text: {
            vi: "Trong sáng, phù hợp (với tính chất sản phẩm)",
            en: "Clear and bright, suitable (to the product's nature)",
          },
        },
        {
          points: 2,
          minimumStars: 4,
          text: {
            vi: "Trong sáng, rất phù hợp",
            en: "Clear and bright, very suitable",
          },
        },
        {
          points: 3,
          text: {
            vi: "Trong sáng, rất phù hợp, bền màu",
            en: "Clear and bright, very suitable, colour-stable",
          },
        },
      ],
    },
    {
      id: "6.d",
      part: "C",
      section: "6",
      max: 3,
      name: {
        vi: "Mùi nước",
        en: "Smell of the liquor",
      },
      options: [
        {
          points: 0,
          text: {
            vi: "Có mùi lạ (chấp nhận được) hoặc không rõ mùi",
            en: "Off smell (acceptable) or no clear smell",
          },
        },
        {
          points: 1,
          text: {
            vi: "Thơm tự nhiên, nhẹ",
            en: "Natural, light aroma",
          },
        },
        {
          points: 2,
          minimumStars: 4,
          text: {
            vi: "Thơm tự nhiên, mạnh",
            en: "Natural, strong aroma",
          },
        },
        {
          points: 3,
          text: {
            vi: "Thơm tự nhiên, mạnh, bền mùi",
            en: "Natural, strong, lasting aroma",
          },
        },
      ],
    },
    {
      id: "6.đ",
      part: "C",
      section: "6",
      max: 3,
      name: {
        vi: "Vị nước",
        en: "Taste of the liquor",
      },
      options: [
        {
          points: 0,
          text: {
            vi: "Vị khác thường (chấp nhận được) hoặc không rõ vị",
            en: "Unusual taste (acceptable) or no clear taste",
          },
        },
        {
          points: 1,
          text: {
            vi: "Tương đối đậm phù hợp (với tính chất sản phẩm)",
            en: "Fairly rich, suitable (to the product's nature)",
          },
        },
        {
          points: 2,
          minimumStars: 4,
          text: {
            vi: "Vị đậm, dịu, phù hợp",
            en: "Rich, mellow, suitable taste",
          },
        },
        {
          points: 3,
          text: {
            vi: "Vị đậm, dịu, phù hợp, có hậu vị ngọt",
            en: "Rich, mellow, suitable taste with a sweet aftertaste",
          },
        },
      ],
    },
    {
      id: "7",
      part: "C",
      section: "7",
      max: 5,
      name: {
        vi: "TÍNH ĐỘC ĐÁO (Chất lượng: Có nét riêng, khác biệt, có dấu hiệu nhận biết rõ ràng so với sản phẩm khác, tiềm năng thành thương hiệu của địa phương)",
        en: "UNIQUENESS (Quality: its own distinctive traits, clearly recognisable among other products, with the potential to become a local brand)",
      },
      options: [
        {
          points: 0,
          text: {
            vi: "Trung bình",
            en: "Average",
          },
        },
        {
          points: 1,
          text: {
            vi: "Tương đối độc đáo",
            en: "Fairly unique",
          },
        },
        {
          points: 3,
          minimumStars: 4,
          text: {
            vi: "Độc đáo, mang tính đặc trưng",
            en: "Unique and characteristic",
          },
        },
        {
          points: 5,
          minimumStars: 5,
          text: {
            vi: "Rất độc đáo và có tính đặc trưng",
            en: "Very unique and characteristic",
          },
        },
      ],
    },
    {
      id: "8.a",
      part: "C",
      section: "8",
      max: 2,
      name: {
        vi: "Công bố chất lượng sản phẩm theo quy định",
        en: "Product quality declared as required",
      },
      options: [
        {
          points: 0,
          text: {
            vi: "Không có Bản công bố tiêu chuẩn sản phẩm/chất lượng",
            en: "No declaration of product standard/quality",
          },
        },
        {
          points: 1,
          text: {
            vi: "Có tiêu chuẩn chất lượng sản phẩm",
            en: "A product quality standard",
          },
        },
        {
          points: 2,
          minimumStars: 3,
          text: {
            vi: "Có công bố tiêu chuẩn/chất lượng sản phẩm theo quy định",
            en: "Product standard/quality declared as required",
          },
        },
      ],
    },
    {
      id: "8.b",
      part: "C",
      section: "8",
      max: 2,
      name: {
        vi: "Kiểm tra định kỳ các chỉ tiêu ATTP theo quy định (Phiếu kiểm nghiệm định kỳ các chỉ tiêu ATTP)",
        en: "Periodic testing of food-safety indicators as required (periodic test reports on food-safety indicators)",
      },
      options: [
        {
          points: 0,
          text: {
            vi: "Có, nhưng không đạt",
            en: "Yes, but failed",
          },
        },
        {
          points: 1,
          text: {
            vi: "Có, đạt nhưng không đủ",
            en: "Yes, passed but incomplete",
          },
        },
        {
          points: 2,
          text: {
            vi: "Có, đạt đầy đủ (vi sinh, kim loại nặng, phụ gia, hóa chất không mong muốn,...) theo quy định",
            en: "Yes, passed in full (microbes, heavy metals, additives, unwanted chemicals,...) as required",
          },
        },
      ],
    },
    {
      id: "9",
      part: "C",
      section: "9",
      max: 5,
      name: {
        vi: "ĐẢM BẢO CHẤT LƯỢNG SẢN PHẨM",
        en: "PRODUCT QUALITY ASSURANCE",
      },
      options: [
        {
          points: 0,
          text: {
            vi: "Không có hoạt động kiểm soát chất lượng sản phẩm",
            en: "No product quality control",
          },
        },
        {
          points: 1,
          text: {
            vi: "Có kế hoạch kiểm soát nội bộ chất lượng sản phẩm",
            en: "An internal product quality control plan",
          },
        },
        {
          points: 2,
          minimumStars: 3,
          text: {
            vi: "Có kế hoạch kiểm soát nội bộ gắn với truy xuất nguồn gốc theo quy định",
            en: "An internal control plan linked to traceability as required",
          },
        },
        {
          points: 3,
          minimumStars: 4,
          text: {
            vi: "Có chứng nhận quản lý chất lượng tiên tiến (ISO/GMP/HACCP/…)",
            en: "Certified under an advanced quality management system (ISO/GMP/HACCP/…)",
          },
        },
        {
          points: 5,
          minimumStars: 5,
          text: {
            vi: "Có chứng nhận quản lý chất lượng theo tiêu chuẩn quốc tế, đủ điều kiện ATTP cho xuất khẩu và các thủ tục pháp lý khác theo yêu cầu của thị trường đích",
            en: "Certified quality management to international standards, meeting food-safety conditions for export and the other legal formalities the target market requires",
          },
        },
      ],
    },
    {
      id: "10",
      part: "C",
      section: "10",
      max: 2,
      name: {
        vi: "HƯỚNG DẪN SỬ DỤNG ĐỂ ĐẢM BẢO SẢN PHẨM CÓ CHẤT LƯỢNG TỐT NHẤT CHO NGƯỜI TIÊU DÙNG",
        en: "INSTRUCTIONS FOR USE GIVING CONSUMERS THE BEST PRODUCT QUALITY",
      },
      options: [
        {
          points: 1,
          text: {
            vi: "Có hướng dẫn sử dụng sản phẩm đơn giản",
            en: "Simple instructions for use",
          },
        },
        {
          points: 2,
          minimumStars: 5,
          text: {
            vi: "Có hướng dẫn sử dụng chi tiết, cụ thể để đảm bảo chất lượng sản phẩm",
            en: "Detailed, specific instructions for use that keep the product's quality",
          },
        },
      ],
    },
    {
      id: "11",
      part: "C",
      section: "11",
      max: 3,
      name: {
        vi: "CƠ HỘI THỊ TRƯỜNG TOÀN CẦU",
        en: "GLOBAL MARKET OPPORTUNITY",
      },
      options: [
        {
          points: 1,
          text: {
            vi: "Có thể xuất khẩu đến thị trường khu vực Đông Nam Á",
            en: "Can be exported to Southeast Asian markets",
          },
        },
        {
          points: 2,
          text: {
            vi: "Có thể xuất khẩu các thị trường ngoài khu vực Đông Nam Á",
            en: "Can be exported to markets outside Southeast Asia",
          },
        },
        {
          points: 3,
          text: {
            vi: "Có thể xuất khẩu đến các thị trường có tiêu chuẩn cao (Mỹ, Nhật, EU...)",
            en: "Can be exported to high-standard markets (USA, Japan, EU...)",
          },
        },
      ],
    },
  ],
  max: 100,
  status: "unconfirmed",
  source:
    "Decision 148/QĐ-TTg, criteria set 12 (third-party transcription: GitHub augustine-tran/ocop, db/ocop, March 2024)",
  notes: [
    {
      vi: 'Bản chép không có điều kiện loại hồ sơ của phiếu ("Hồ sơ bị loại khi ..."): danh sách để trống. Các ghi chú "Bị loại nếu ..." của từng tiêu chí vẫn được giữ.',
      en: 'The transcription does not include the sheet\'s rejection clause ("Hồ sơ bị loại khi ...", the dossier is rejected when): the list is left empty. The "Bị loại nếu ..." (rejected if) notes of single criteria are kept.',
    },
    {
      vi: "Phần C được chép 35 điểm nhưng các mục cộng lại 32 (13 + 5 + 4 + 5 + 2 + 3). Không xác định được 3 điểm thiếu nằm ở đâu. Giữ các giá trị như bản chép; tổng điểm đạt được tối đa là 97.",
      en: "Part C is transcribed as 35 points but its sections add up to 32 (13 + 5 + 4 + 5 + 2 + 3). Where the 3 missing points belong could not be found. The values are kept as transcribed; the highest reachable total is 97.",
    },
  ],
} as const satisfies CriteriaSet;
