/**
 * Decision 148/QĐ-TTg, Phụ lục (criteria set 21), from a third-party transcription: Thủ công mỹ nghệ gia dụng, trang trí
 * (Household and decorative handicrafts).
 *
 * Source: GitHub augustine-tran/ocop, db/ocop (March 2024), not checked against the gazetted text. Generated
 * by scripts/criteria/import-148.ts from data-sources/148-transcription.md: do not edit by hand, see
 * docs/criteria-148-notes.md.
 *
 * @module
 */
import type { CriteriaSet } from "../types.js";

/**
 * Criteria set 21 of Decision 148/QĐ-TTg, Phụ lục (from a third-party transcription).
 * Status: transcription (adds up: A 40, B 25, C 35).
 */
export const SET_148_21 = {
  regulation: "148/QĐ-TTg",
  number: 21,
  name: {
    vi: "Thủ công mỹ nghệ gia dụng, trang trí",
    en: "Household and decorative handicrafts",
  },
  classification: {
    product: {
      vi: "Hàng thủ công mỹ nghệ",
      en: "Handicrafts",
    },
    group: {
      vi: "Thủ công mỹ nghệ gia dụng, trang trí",
      en: "Household and decorative handicrafts",
    },
    subgroup: null,
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
          max: 19,
        },
        {
          id: "2",
          part: "A",
          name: {
            vi: "PHÁT TRIỂN SẢN PHẨM",
            en: "PRODUCT DEVELOPMENT",
          },
          max: 9,
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
            vi: "CÁC CHỈ TIÊU",
            en: "INDICATORS",
          },
          max: 21,
        },
        {
          id: "7",
          part: "C",
          name: {
            vi: "KIỂM TRA ĐỊNH KỲ CÁC CHỈ TIÊU ATTP VÀ AN TOÀN SẢN PHẨM THEO QUY ĐỊNH (Phiếu kiểm nghiệm định kỳ các chỉ tiêu ATTP, an toàn sản phẩm, trường hợp không bắt buộc, thì đánh giá điểm tối đa)",
            en: "PERIODIC TESTING OF FOOD-SAFETY AND PRODUCT-SAFETY INDICATORS AS REQUIRED (periodic test reports on food-safety and product-safety indicators; where not compulsory, full marks are given)",
          },
          max: 4,
        },
        {
          id: "8",
          part: "C",
          name: {
            vi: "ĐẢM BẢO CHẤT LƯỢNG SẢN PHẨM",
            en: "PRODUCT QUALITY ASSURANCE",
          },
          max: 5,
        },
        {
          id: "9",
          part: "C",
          name: {
            vi: "CƠ HỘI THỊ TRƯỜNG TOÀN CẦU",
            en: "GLOBAL MARKET OPPORTUNITY",
          },
          max: 5,
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
          minimumStars: 3,
          text: {
            vi: "Sử dụng nguyên liệu có nguồn gốc trong tỉnh dưới 50%",
            en: "Under 50% of the raw materials come from within the province",
          },
        },
        {
          points: 3,
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
          points: 1,
          text: {
            vi: "Phân loại, chế tác giản đơn",
            en: "Sorting, simple crafting",
          },
        },
        {
          points: 2,
          text: {
            vi: "Chế tác/tạo dựng gắn với kỹ năng nghề truyền thống",
            en: "Crafting/making with traditional craft skills",
          },
        },
        {
          points: 3,
          text: {
            vi: "Ứng dụng công nghệ phù hợp gắn với kỹ năng nghề truyền thống, tạo ra sản phẩm tinh xảo, chất lượng cao hơn",
            en: "Appropriate technology combined with traditional craft skills, making finer, higher-quality products",
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
            vi: "Có hợp đồng liên kết trên 75% sản lượng nguyên liệu đầu vào cho chế biến và tổ chức thực hiện hợp đồng ấn định từ 12 tháng trở lên",
            en: "Linkage contracts covering over 75% of the raw materials for processing, carried out steadily for 12 months or more",
          },
        },
      ],
    },
    {
      id: "1.đ",
      part: "A",
      section: "1",
      max: 4,
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
          points: 4,
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
      max: 5,
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
            vi: "Sản phẩm được sản xuất ở nhiêu nơi trên địa bàn, là sản phẩm đặc trưng của tỉnh, có chất lượng nổi trội/sản phẩm mới được chế biến từ nguyên liệu đặc trưng của địa phương",
            en: "The product is made in many places in the area, is characteristic of the province and has outstanding quality/a new product processed from characteristic local raw materials",
          },
        },
        {
          points: 5,
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
      max: 4,
      name: {
        vi: "Bao bì, ghi nhãn sản phẩm",
        en: "Packaging and labelling",
      },
      options: [
        {
          points: 0,
          text: {
            vi: "Bao bì đơn giản, thông tin ghi nhãn chưa đầy đủ",
            en: "Simple packaging, incomplete label information",
          },
        },
        {
          points: 1,
          text: {
            vi: "Bao bì đơn giản, thông tin ghi nhãn đầy đủ",
            en: "Simple packaging, complete label information",
          },
        },
        {
          points: 3,
          minimumStars: 4,
          text: {
            vi: "Bao bì, nhãn hàng hóa đẹp, thể hiện được câu chuyện sản phẩm",
            en: "Attractive packaging and label, conveying the product's story",
          },
        },
        {
          points: 4,
          minimumStars: 5,
          text: {
            vi: "Bao bì, nhãn hàng hóa đẹp, thể hiện được câu chuyện sản phẩm, có gắn truy xuất nguồn gốc điện tử",
            en: "Attractive packaging and label, conveying the product's story, with electronic traceability",
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
            vi: "Công ty TNHH hai thành viên trở lên, công ty cổ phần có vốn góp của cộng đồng địa phương < 51%",
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
            vi: "Nhãn hiệu sử dụng trên sản phẩm của chủ thể được cấp giấy chứng nhận đang ký; và sản phẩm có sử dụng dấu hiệu chỉ dẫn nguồn gốc địa lý gắn với cộng đồng địa phương (đối với những sản phẩm đã được bảo hộ chỉ dẫn địa lý, nhãn hiệu chứng nhận, nhãn hiệu tập thể thì bắt buộc phải sử dụng)",
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
            vi: "Ngắn gọn, xúc tích và có các thông điệp đặc sắc về sản phẩm/văn hóa/trí tuệ/bản sắc địa phương",
            en: "Short, concise, with distinctive messages on the product/culture/local wisdom/identity",
          },
        },
      ],
    },
    {
      id: "6.a",
      part: "C",
      section: "6",
      max: 5,
      name: {
        vi: "Mức độ tinh xảo/sắc nét của sản phẩm",
        en: "Refinement/sharpness of the product",
      },
      options: [
        {
          points: 0,
          text: {
            vi: "Không khéo léo/nhã nhặn, không thể bán được",
            en: "Not skilful/refined, not saleable",
          },
        },
        {
          points: 1,
          text: {
            vi: "Khá khéo léo/nhã nhặn, có thể bán được",
            en: "Fairly skilful/refined, saleable",
          },
        },
        {
          points: 3,
          text: {
            vi: "Khéo léo/nhã nhặn, có thể bán được, có giá trị mỹ thuật, kỹ thuật",
            en: "Skilful/refined, saleable, of artistic and technical value",
          },
        },
        {
          points: 5,
          minimumStars: 5,
          text: {
            vi: "Tinh xảo, có giá trị mỹ thuật, kỹ thuật, có thể bán được trong các cửa hàng lớn và xuất khẩu",
            en: "Exquisite, of artistic and technical value, saleable in large shops and for export",
          },
        },
      ],
    },
    {
      id: "6.b",
      part: "C",
      section: "6",
      max: 5,
      name: {
        vi: "Thiết kế độc đáo",
        en: "Unique design",
      },
      notes: [
        {
          vi: "Nếu sản phẩm vi phạm sở hữu trí tuệ, sẽ bị loại bỏ",
          en: "A product that infringes intellectual property is rejected",
        },
      ],
      options: [
        {
          points: 1,
          text: {
            vi: "Phong cách thiết kế phổ biến",
            en: "Common design style",
          },
        },
        {
          points: 3,
          text: {
            vi: "Phong cách độc đáo riêng, nhưng là dạng thông thường",
            en: "Its own unique style, but of a common form",
          },
        },
        {
          points: 5,
          minimumStars: 5,
          text: {
            vi: "Phong cách độc đáo riêng, thể hiện trí tuệ địa phương",
            en: "Its own unique style, expressing local wisdom",
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
        vi: "Các yếu tố tích hợp lên giá trị của sản phẩm (Kiểu dáng, hoa văn hài hòa, cân đối, màu sắc đều, đẹp mắt; kết cấu cân đối, chắc chắn, bền vững; kích thước, tỷ lệ phù hợp;...)",
        en: "Elements combined into the product's value (harmonious, balanced shape and patterns, even, attractive colours; balanced, solid, durable structure; suitable size and proportions;...)",
      },
      options: [
        {
          points: 0,
          text: {
            vi: "Không thể hiện rõ nét về giá trị sản phẩm",
            en: "The product's value is not clearly expressed",
          },
        },
        {
          points: 1,
          text: {
            vi: "Giá trị sản phẩm được tích hợp hài hòa, phù hợp",
            en: "The product's values are combined harmoniously and suitably",
          },
        },
        {
          points: 2,
          text: {
            vi: "Giá trị sản phẩm được tích hợp hài hòa, phù hợp các yếu tố văn hóa, dân tộc",
            en: "The product's values are combined harmoniously, suited to cultural and ethnic elements",
          },
        },
        {
          points: 3,
          text: {
            vi: "Giá trị sản phẩm được tích hợp hài hòa, phù hợp các yếu tố văn hóa, dân tộc truyền thống, hình thành sản phẩm đặc trưng",
            en: "The product's values are combined harmoniously, suited to traditional cultural and ethnic elements, forming a characteristic product",
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
        vi: "Các tính năng của sản phẩm (Giá trị sử dụng của sản phẩm: Tranh ảnh trang trí; túi đựng mỹ phẩm; lắc tay;...)",
        en: "The product's functions (its use value: decorative pictures; cosmetic bags; bracelets;...)",
      },
      options: [
        {
          points: 0,
          text: {
            vi: "Sản phẩm không có các tính năng cơ bản",
            en: "The product lacks basic functions",
          },
        },
        {
          points: 1,
          text: {
            vi: "Sản phẩm có đủ các tính năng cơ bản để bán ở thị trường địa phương",
            en: "The product has the basic functions to sell on the local market",
          },
        },
        {
          points: 2,
          text: {
            vi: "Sản phẩm có đủ các tính năng cơ bản để bán ở thị trường trong nước",
            en: "The product has the basic functions to sell on the domestic market",
          },
        },
        {
          points: 3,
          text: {
            vi: "Sản phẩm có đủ các tính năng cơ bản để xuất khẩu",
            en: "The product has the basic functions for export",
          },
        },
      ],
    },
    {
      id: "6.đ",
      part: "C",
      section: "6",
      max: 5,
      name: {
        vi: "Chất lượng của nguyên liệu/thành phần",
        en: "Quality of the materials/ingredients",
      },
      options: [
        {
          points: 0,
          text: {
            vi: "Nguyên liệu/thành phần kém chất lượng, làm cho sản phẩm độc hại hoặc hủy hoại nguồn tài nguyên, bán có giới hạn hoặc không thể bán được trên thị trường",
            en: "Poor-quality materials/ingredients that make the product harmful or destroy natural resources; limited sales or unsaleable",
          },
        },
        {
          points: 3,
          text: {
            vi: "Vật liệu/nguyên liệu xanh, thân thiện môi trường, có giá trị bảo tồn đa dạng sinh học, cải thiện sinh kế cho đồng bào dân tộc",
            en: "Green, environmentally friendly materials that help conserve biodiversity and improve ethnic-minority livelihoods",
          },
        },
        {
          points: 5,
          text: {
            vi: "Vật liệu/nguyên liệu xanh, thân thiện môi trường, có giá trị bảo tồn đa dạng sinh học, cải thiện sinh kế cho đồng bào dân tộc, có chứng chỉ quản lý vùng nguyên liệu bền vững",
            en: "Green, environmentally friendly materials that help conserve biodiversity and improve ethnic-minority livelihoods, with a certificate of sustainable raw-material area management",
          },
        },
      ],
    },
    {
      id: "7",
      part: "C",
      section: "7",
      max: 4,
      name: {
        vi: "KIỂM TRA ĐỊNH KỲ CÁC CHỈ TIÊU ATTP VÀ AN TOÀN SẢN PHẨM THEO QUY ĐỊNH (Phiếu kiểm nghiệm định kỳ các chỉ tiêu ATTP, an toàn sản phẩm, trường hợp không bắt buộc, thì đánh giá điểm tối đa)",
        en: "PERIODIC TESTING OF FOOD-SAFETY AND PRODUCT-SAFETY INDICATORS AS REQUIRED (periodic test reports on food-safety and product-safety indicators; where not compulsory, full marks are given)",
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
          points: 2,
          text: {
            vi: "Có, đạt nhưng không đủ",
            en: "Yes, passed but incomplete",
          },
        },
        {
          points: 4,
          text: {
            vi: "Có, đạt đầy đủ (vi sinh, kim loại nặng, phụ gia, hóa chất không mong muốn,...) theo quy định",
            en: "Yes, passed in full (microbes, heavy metals, additives, unwanted chemicals,...) as required",
          },
        },
      ],
    },
    {
      id: "8",
      part: "C",
      section: "8",
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
            vi: "Có chứng nhận quản lý chất lượng tiên tiến (ISO/GMP/HACCP/...)",
            en: "Certified under an advanced quality management system (ISO/GMP/HACCP/...)",
          },
        },
        {
          points: 5,
          minimumStars: 5,
          text: {
            vi: "Có hồ sơ đủ điều kiện xuất khẩu và các thủ tục pháp lý khác theo yêu cầu của thị trường đích",
            en: "Records showing eligibility for export and the other legal formalities the target market requires",
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
          points: 3,
          text: {
            vi: "Có thể xuất khẩu các thị trường ngoài khu vực Đông Nam Á",
            en: "Can be exported to markets outside Southeast Asia",
          },
        },
        {
          points: 5,
          text: {
            vi: "Có thể xuất khẩu đến các thị trường có tiêu chuẩn cao (Mỹ, Nhật, EU...)",
            en: "Can be exported to high-standard markets (USA, Japan, EU...)",
          },
        },
      ],
    },
  ],
  max: 100,
  status: "transcription",
  source:
    "Decision 148/QĐ-TTg, criteria set 21 (third-party transcription: GitHub augustine-tran/ocop, db/ocop, March 2024)",
  notes: [
    {
      vi: 'Bản chép không có điều kiện loại hồ sơ của phiếu ("Hồ sơ bị loại khi ..."): danh sách để trống. Các ghi chú "Bị loại nếu ..." của từng tiêu chí vẫn được giữ.',
      en: 'The transcription does not include the sheet\'s rejection clause ("Hồ sơ bị loại khi ...", the dossier is rejected when): the list is left empty. The "Bị loại nếu ..." (rejected if) notes of single criteria are kept.',
    },
  ],
} as const satisfies CriteriaSet;
