/**
 * Decision 148/QĐ-TTg, Phụ lục (criteria set 26), from a third-party transcription: Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch
 * (Community tourism, eco-tourism and tourist-spot services).
 *
 * Source: GitHub augustine-tran/ocop, db/ocop (March 2024), not checked against the gazetted text. Generated
 * by scripts/criteria/import-148.ts from data-sources/148-transcription.md: do not edit by hand, see
 * docs/criteria-148-notes.md.
 *
 * @module
 */
import type { CriteriaSet } from "../types.js";

/**
 * Criteria set 26 of Decision 148/QĐ-TTg, Phụ lục (from a third-party transcription).
 * Status: transcription (adds up: A 40, B 25, C 35).
 */
export const SET_148_26 = {
  regulation: "148/QĐ-TTg",
  number: 26,
  name: {
    vi: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
    en: "Community tourism, eco-tourism and tourist-spot services",
  },
  classification: {
    product: {
      vi: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
      en: "Community tourism, eco-tourism and tourist-spot services",
    },
    group: {
      vi: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
      en: "Community tourism, eco-tourism and tourist-spot services",
    },
    subgroup: null,
  },
  rejection: [],
  parts: [
    {
      id: "A",
      name: {
        vi: "SẢN PHẨM VÀ SỨC MẠNH CỘNG ĐỒNG",
        en: "THE PRODUCT AND COMMUNITY STRENGTH",
      },
      max: 40,
      sections: [
        {
          id: "1",
          part: "A",
          name: {
            vi: "TỔ CHỨC DỊCH VỤ CỘNG ĐỒNG",
            en: "ORGANISATION OF COMMUNITY SERVICES",
          },
          max: 15,
        },
        {
          id: "2",
          part: "A",
          name: {
            vi: "PHÁT TRIỂN SẢN PHẨM",
            en: "PRODUCT DEVELOPMENT",
          },
          max: 12,
        },
        {
          id: "3",
          part: "A",
          name: {
            vi: "SỨC MẠNH CỘNG ĐỒNG",
            en: "COMMUNITY STRENGTH",
          },
          max: 13,
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
          max: 17,
        },
        {
          id: "5",
          part: "B",
          name: {
            vi: "CÂU CHUYỆN SẢN PHẨM",
            en: "PRODUCT STORY",
          },
          max: 8,
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
            vi: "VỊ TRÍ",
            en: "LOCATION",
          },
          max: 3,
        },
        {
          id: "7",
          part: "C",
          name: {
            vi: "KIẾN TRÚC VÀ CẢNH QUAN MÔI TRƯỜNG",
            en: "ARCHITECTURE AND SURROUNDINGS",
          },
          max: 3,
        },
        {
          id: "8",
          part: "C",
          name: {
            vi: "CHẤT LƯỢNG VỀ ĐIỀU KIỆN KINH DOANH DỊCH VỤ",
            en: "QUALITY OF SERVICE BUSINESS CONDITIONS",
          },
          max: 3,
        },
        {
          id: "9",
          part: "C",
          name: {
            vi: "CHẤT LƯỢNG AN TOÀN VÀ AN NINH TRẬT TỰ",
            en: "SAFETY, SECURITY AND ORDER",
          },
          max: 2,
        },
        {
          id: "10",
          part: "C",
          name: {
            vi: "TÍNH HOÀN THIỆN CỦA QUÁ TRÌNH DỊCH VỤ",
            en: "COMPLETENESS OF THE SERVICE PROCESS",
          },
          max: 3,
        },
        {
          id: "11",
          part: "C",
          name: {
            vi: "HOẠT ĐỘNG TRẢI NGHIỆM",
            en: "HANDS-ON EXPERIENCES",
          },
          max: 2,
        },
        {
          id: "12",
          part: "C",
          name: {
            vi: "QUẢN LÝ VÀ NHÂN VIÊN",
            en: "MANAGEMENT AND STAFF",
          },
          max: 3,
        },
        {
          id: "13",
          part: "C",
          name: {
            vi: "CHẤT LƯỢNG SẢN PHẨM DỊCH VỤ DU LỊCH",
            en: "QUALITY OF THE TOURISM SERVICE",
          },
          max: 4,
        },
        {
          id: "14",
          part: "C",
          name: {
            vi: "CHẤT LƯỢNG PHỤC VỤ",
            en: "QUALITY OF SERVICE",
          },
          max: 4,
        },
        {
          id: "15",
          part: "C",
          name: {
            vi: "TIỆN NGHI",
            en: "AMENITIES",
          },
          max: 3,
        },
        {
          id: "16",
          part: "C",
          name: {
            vi: "HOẠT ĐỘNG THU HÚT KHÁCH DU LỊCH",
            en: "ACTIVITIES ATTRACTING TOURISTS",
          },
          max: 3,
        },
        {
          id: "17",
          part: "C",
          name: {
            vi: "HÀNG HÓA DỊCH VỤ (ĂN UỐNG, ĐỒ LƯU NIỆM...)",
            en: "GOODS AND SERVICES (FOOD AND DRINK, SOUVENIRS...)",
          },
          max: 2,
        },
      ],
    },
  ],
  criteria: [
    {
      id: "1.a",
      part: "A",
      section: "1",
      max: 3,
      name: {
        vi: "Bộ phận điều phối quản lý và điều hành dịch vụ",
        en: "Unit coordinating the management and operation of services",
      },
      options: [
        {
          points: 1,
          text: {
            vi: "Có Bộ phận điều phối quản lý và điều hành dịch vụ",
            en: "A unit coordinating the management and operation of services",
          },
        },
        {
          points: 3,
          text: {
            vi: "Có Bộ phận điều phối quản lý và điều hành dịch vụ, có kế hoạch và tổ chức triển khai kế hoạch quản lý, điều hành",
            en: "A unit coordinating the management and operation of services, with a management and operation plan that it carries out",
          },
        },
      ],
    },
    {
      id: "1.b",
      part: "A",
      section: "1",
      max: 6,
      name: {
        vi: "Cơ chế quản lý/quy định",
        en: "Management mechanism/rules",
      },
      options: [
        {
          points: 2,
          text: {
            vi: "Có cơ chế/quy định quản lý hoạt động dịch vụ",
            en: "A mechanism/rules for managing the services",
          },
        },
        {
          points: 4,
          text: {
            vi: "Có cơ chế quản lý/quy định quản lý hoạt động dịch vụ được phân nhiệm rõ ràng",
            en: "A management mechanism/rules for the services with clearly assigned duties",
          },
        },
        {
          points: 6,
          text: {
            vi: "Có cơ chế quản lý/quy định quản lý hoạt động dịch vụ được phân nhiệm rõ ràng trên cơ sở người dân địa phương tham gia quản lý và vận hành và hưởng lợi (trực tiếp/gián tiếp)",
            en: "A management mechanism/rules for the services with clearly assigned duties, under which local people take part in management and operation and benefit (directly/indirectly)",
          },
        },
      ],
    },
    {
      id: "1.c",
      part: "A",
      section: "1",
      max: 4,
      name: {
        vi: "Bảo vệ môi trường trong cộng đồng làm du lịch/điểm du lịch",
        en: "Environmental protection in the tourism community/at the tourist spot",
      },
      options: [
        {
          points: 1,
          text: {
            vi: "Có giải pháp cụ thể về bảo vệ môi trường (thu gom rác thải, nước thải sinh hoạt...)",
            en: "Specific environmental protection measures (collecting rubbish, domestic waste water...)",
          },
        },
        {
          points: 2,
          text: {
            vi: "Có giải pháp cụ thể và trang bị hạ tầng kỹ thuật chung về bảo vệ môi trường",
            en: "Specific measures and shared environmental protection infrastructure",
          },
        },
        {
          points: 3,
          text: {
            vi: "Có giải pháp cụ thể và có trang bị hạ tầng kỹ thuật bảo vệ môi trường và triển khai mô hình cộng đồng tự quản về môi trường",
            en: "Specific measures, environmental protection infrastructure and a community self-management model for the environment",
          },
        },
        {
          points: 4,
          text: {
            vi: "Có giải pháp cụ thể và có trang bị hạ tầng kỹ thuật bảo vệ môi trường và triển khai mô hình cộng đồng tự quản về môi trường, đạt chuẩn tiêu chí về môi trường trong xây dựng nông thôn mới hoặc có đánh giá tác động môi trường theo quy định hiện hành",
            en: "Specific measures, environmental protection infrastructure and a community self-management model for the environment, meeting the environment criterion of New Rural Development or with an environmental impact assessment under current rules",
          },
        },
      ],
    },
    {
      id: "1.d",
      part: "A",
      section: "1",
      max: 2,
      name: {
        vi: "Sử dụng năng lượng tiết kiệm",
        en: "Energy saving",
      },
      options: [
        {
          points: 1,
          text: {
            vi: "Có giải pháp tiết kiệm năng lượng (bằng hoạt động cụ thể)",
            en: "Energy-saving measures (through specific activities)",
          },
        },
        {
          points: 2,
          text: {
            vi: "Có giải pháp tiết kiệm, thu hồi năng lượng, tái sử dụng năng lượng, nguyên liệu tại địa phương và sử dụng công nghệ thân thiện với môi trường",
            en: "Measures to save, recover and reuse energy and local materials, and environmentally friendly technology",
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
        vi: "Nguồn gốc ý tưởng sản phẩm dịch vụ du lịch",
        en: "Origin of the tourism service idea",
      },
      options: [
        {
          points: 1,
          text: {
            vi: "Phát triển dựa trên sản phẩm của nơi khác, có dựa trên lợi thế và đặc trưng của địa phương",
            en: "Developed from products elsewhere, drawing on local advantages and features",
          },
        },
        {
          points: 3,
          text: {
            vi: "Phát triển dựa trên ý tưởng của mình, không trùng lắp với các sản phẩm du lịch khác",
            en: "Developed from its own idea, not duplicating other tourism products",
          },
        },
        {
          points: 5,
          text: {
            vi: "Có tính độc đáo, khác biệt và có gắn kết các giá trị văn hóa truyền thống của địa phương vào sản phẩm du lịch",
            en: "Unique and distinctive, weaving local traditional cultural values into the tourism product",
          },
        },
      ],
    },
    {
      id: "2.b",
      part: "A",
      section: "2",
      max: 2,
      name: {
        vi: "Tổ chức dịch vụ theo thị trường mục tiêu",
        en: "Services organised for target markets",
      },
      options: [
        {
          points: 1,
          text: {
            vi: "Có kế hoạch phát triển thị trường mục tiêu",
            en: "A plan to develop target markets",
          },
        },
        {
          points: 2,
          text: {
            vi: "Có kế hoạch và có các sản phẩm dịch vụ du lịch phù hợp với thị trường mục tiêu",
            en: "A plan and tourism services suited to the target markets",
          },
        },
      ],
    },
    {
      id: "2.c",
      part: "A",
      section: "2",
      max: 5,
      name: {
        vi: "Bảo vệ, bảo tồn các di sản văn hóa, thiên nhiên, đa dạng sinh học liên quan đến sản phẩm dịch vụ du lịch",
        en: "Protection and conservation of the cultural and natural heritage and biodiversity tied to the tourism service",
      },
      options: [
        {
          points: 1,
          text: {
            vi: "Có hoạt động bảo vệ và bảo tồn các di sản văn hóa/thiên nhiên, hệ sinh thái, đa dạng sinh học",
            en: "Activities protecting and conserving cultural/natural heritage, ecosystems and biodiversity",
          },
        },
        {
          points: 3,
          text: {
            vi: "Có Chương trình/kế hoạch chung của cộng đồng, có hoạt động bảo vệ và bảo tồn các di sản văn hóa/thiên nhiên, hệ sinh thái, đa dạng sinh học",
            en: "A shared community programme/plan, with activities protecting and conserving cultural/natural heritage, ecosystems and biodiversity",
          },
        },
        {
          points: 5,
          text: {
            vi: "Có Chương trình/kế hoạch chung của cộng đồng, cả cộng đồng đều có hoạt động bảo vệ và bảo tồn các di sản văn hóa/thiên nhiên, hệ sinh thái, đa dạng sinh học",
            en: "A shared community programme/plan, with the whole community protecting and conserving cultural/natural heritage, ecosystems and biodiversity",
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
            vi: "Hộ gia đình, trang trại có đăng ký kinh doanh, tổ hợp tác Công ty TNHH 1 thành viên, doanh nghiệp tư nhân (DNTN)",
            en: "Registered household business or farm, cooperative group, single-member limited liability company, private enterprise",
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
            vi: "HTX tổ chức, hoạt động theo Luật HTX hoặc công ty cổ phần có vốn góp của cộng đồng địa phương ≥ 51%, Trung tâm điều hành",
            en: "Cooperative organised and operating under the Law on Cooperatives, or joint-stock company with at least 51% local community capital, operating centre",
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
      max: 3,
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
          points: 3,
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
            vi: "Nhãn hiệu sử dụng của chủ thể được cấp giấy chứng nhận đăng ký",
            en: "The producer's trademark has a registration certificate",
          },
        },
        {
          points: 2,
          text: {
            vi: "Nhãn hiệu sử dụng của chủ thể được cấp giấy chứng nhận đăng ký; và sản phẩm có sử dụng dấu hiệu chỉ dẫn nguồn gốc địa lý gắn với cộng đồng địa phương (đối với những sản phẩm đã được bảo hộ chỉ dẫn địa lý, nhãn hiệu chứng nhận, nhãn hiệu tập thể thì bắt buộc phải sử dụng)",
            en: "The producer's trademark has a registration certificate, and the product uses a geographical-origin sign tied to the local community (compulsory for products protected by a geographical indication, certification mark or collective mark)",
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
        vi: "Liên kết chuỗi giá trị trong quảng bá sản phẩm du lịch",
        en: "Value-chain linkage in promoting the tourism product",
      },
      options: [
        {
          points: 1,
          text: {
            vi: "Có đại diện/đại lý quảng bá sản phẩm",
            en: "Representatives/agents promoting the product",
          },
        },
        {
          points: 3,
          text: {
            vi: "Có ≥ 3 đại diện/đại lý quảng bá sản phẩm trong và ngoài tỉnh",
            en: "3 or more representatives/agents promoting the product within and outside the province",
          },
        },
        {
          points: 5,
          text: {
            vi: "Có ≥ 5 đại diện/đại lý quảng bá sản phẩm trong và ngoài tỉnh",
            en: "5 or more representatives/agents promoting the product within and outside the province",
          },
        },
      ],
    },
    {
      id: "4.b",
      part: "B",
      section: "4",
      max: 3,
      name: {
        vi: "Liên kết vùng và chuỗi giá trị trong sản phẩm dịch vụ du lịch",
        en: "Regional and value-chain linkage in the tourism service",
      },
      options: [
        {
          points: 1,
          text: {
            vi: "Có liên kết với các điểm dịch vụ du lịch khác trong tỉnh để hình thành tours sản phẩm du lịch",
            en: "Linked with other tourist spots in the province to form tours",
          },
        },
        {
          points: 2,
          text: {
            vi: "Có liên kết với các điểm dịch vụ du lịch khác trong và ngoài tỉnh để hình thành tours sản phẩm du lịch",
            en: "Linked with other tourist spots within and outside the province to form tours",
          },
        },
        {
          points: 3,
          text: {
            vi: "Có liên kết với các điểm dịch vụ du lịch khác trong, ngoài tỉnh và quốc tế để hình thành tours sản phẩm du lịch",
            en: "Linked with other tourist spots within and outside the province and abroad to form tours",
          },
        },
      ],
    },
    {
      id: "4.c",
      part: "B",
      section: "4",
      max: 2,
      name: {
        vi: "Tổ chức quảng bá, bán hàng (Gồm: Tổ chức kinh doanh, phân phối sản phẩm)",
        en: "Organisation of promotion and sales (covers: organising sales and distribution of the product)",
      },
      options: [
        {
          points: 1,
          text: {
            vi: "Có người chịu trách nhiệm quản lý quảng bá, bán hàng",
            en: "A person in charge of promotion and sales",
          },
        },
        {
          points: 2,
          text: {
            vi: "Có bộ phận/phòng quản lý quảng bá, bán hàng, có ứng dụng công nghệ thông tin trong quản lý/bán hàng",
            en: "A promotion and sales unit/department using information technology in management/sales",
          },
        },
      ],
    },
    {
      id: "4.d",
      part: "B",
      section: "4",
      max: 4,
      name: {
        vi: "Quảng bá sản phẩm",
        en: "Product promotion",
      },
      options: [
        {
          points: 1,
          text: {
            vi: "Có nhiều hoạt động quảng bá, có trang thông tin điện tử (website) giới thiệu về điểm, cộng đồng du lịch",
            en: "Much promotion, with a website introducing the tourist spot or community",
          },
        },
        {
          points: 2,
          text: {
            vi: "Có nhiều hoạt động quảng bá, có trang thông tin điện tử (website) giới thiệu về điểm, cộng đồng du lịch, có sử dụng đặt hàng trực tuyến (online)",
            en: "Much promotion, with a website introducing the tourist spot or community and online booking",
          },
        },
        {
          points: 3,
          text: {
            vi: "Có nhiều hoạt động quảng bá, có trang thông tin điện tử (website) giới thiệu về điểm, cộng đồng du lịch, có sử dụng đặt hàng trực tuyến (online) trong nước và quốc tế uy tín (Booking, Agoda, NPB, TripAdvisor, Traveloka, iVivu...)",
            en: "Much promotion, with a website introducing the tourist spot or community and booking on reputable domestic and international online platforms (Booking, Agoda, NPB, TripAdvisor, Traveloka, iVivu...)",
          },
        },
        {
          points: 4,
          text: {
            vi: "Có nhiều hoạt động quảng bá quốc tế, có trang thông tin điện tử (website) bằng tiếng nước ngoài giới thiệu về điểm, cộng đồng du lịch, có sử dụng đặt hàng trực tuyến (online) trong nước và quốc tế uy tín (Booking, Agoda, NPB, TripAdvisor, Traveloka, iVivu...) có hoạt động quảng bá quốc tế",
            en: "Much international promotion, with a foreign-language website introducing the tourist spot or community and booking on reputable domestic and international online platforms (Booking, Agoda, NPB, TripAdvisor, Traveloka, iVivu...), with international promotion",
          },
        },
      ],
    },
    {
      id: "4.đ",
      part: "B",
      section: "4",
      max: 3,
      name: {
        vi: "Bộ nhận diện quảng bá sản phẩm",
        en: "Promotional identity kit",
      },
      options: [
        {
          points: 1,
          text: {
            vi: "Có tờ rơi quảng bá về dịch vụ du lịch",
            en: "Leaflets promoting the tourism service",
          },
        },
        {
          points: 2,
          text: {
            vi: "Có phim ngắn (video clip), tranh ảnh áp-phích (poster), tờ rơi quảng bá về dịch vụ du lịch",
            en: "Video clips, posters and leaflets promoting the tourism service",
          },
        },
        {
          points: 3,
          text: {
            vi: "Có phim ngắn (video clip), tranh ảnh áp-phích (poster), tờ rơi quảng bá về dịch vụ du lịch được thể hiện bằng tiếng Việt và ít nhất 01 tiếng nước ngoài phù hợp.",
            en: "Video clips, posters and leaflets promoting the tourism service in Vietnamese and at least 1 suitable foreign language.",
          },
        },
      ],
    },
    {
      id: "5.a",
      part: "B",
      section: "5",
      max: 4,
      name: {
        vi: "Câu chuyện về sản phẩm",
        en: "Product story",
      },
      options: [
        {
          points: 1,
          text: {
            vi: "Có Cẩm nang/câu chuyện liên quan đến sản phẩm dịch vụ du lịch",
            en: "A handbook/story about the tourism service",
          },
        },
        {
          points: 2,
          text: {
            vi: "Có Cẩm nang hoặc câu chuyện liên quan đến sản phẩm dịch vụ du lịch có tính riêng, đặc sắc, thể hiện trí tuệ bản sắc địa phương",
            en: "A handbook or story about the tourism service that is its own, distinctive, and expresses local wisdom and identity",
          },
        },
        {
          points: 4,
          text: {
            vi: "Có Cẩm nang hoặc câu chuyện liên quan đến sản phẩm dịch vụ du lịch có tính riêng, đặc sắc, thể hiện trí tuệ bản sắc địa phương và được thể hiện bằng tiếng nước ngoài phù hợp",
            en: "A handbook or story about the tourism service that is its own, distinctive, expresses local wisdom and identity, and is available in a suitable foreign language",
          },
        },
      ],
    },
    {
      id: "5.b",
      part: "B",
      section: "5",
      max: 2,
      name: {
        vi: "Trình bày câu chuyện sản phẩm",
        en: "Presentation of the product story",
      },
      options: [
        {
          points: 1,
          text: {
            vi: "Cẩm nang/câu chuyện được tư liệu hóa và trình bày tại điểm cung cấp dịch vụ du lịch",
            en: "The handbook/story is documented and presented where the tourism service is provided",
          },
        },
        {
          points: 2,
          text: {
            vi: "Cẩm nang/câu chuyện được tư liệu hóa và trình bày tại điểm du lịch trong và ngoài tỉnh",
            en: "The handbook/story is documented and presented at tourist spots within and outside the province",
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
        vi: "Sản phẩm dịch vụ du lịch trên địa bàn đạt chuẩn nông thôn mới",
        en: "Tourism service in an area meeting the New Rural Development standard",
      },
      options: [
        {
          points: 1,
          text: {
            vi: "Cộng đồng du lịch/Điểm du lịch trên địa bàn xã hoặc thôn, bản, ấp chưa được công nhận đạt chuẩn nông thôn mới hoặc không thuộc khu vực nông thôn",
            en: "Tourism community/tourist spot in a commune or village not yet recognised as meeting the New Rural Development standard, or not in a rural area",
          },
        },
        {
          points: 2,
          text: {
            vi: "Cộng đồng du lịch/Điểm du lịch trên địa bàn xã hoặc thôn, bản, ấp đã được công nhận đạt chuẩn nông thôn mới",
            en: "Tourism community/tourist spot in a commune or village recognised as meeting the New Rural Development standard",
          },
        },
      ],
    },
    {
      id: "6",
      part: "C",
      section: "6",
      max: 3,
      name: {
        vi: "VỊ TRÍ",
        en: "LOCATION",
      },
      options: [
        {
          points: 1,
          text: {
            vi: "Thuận lợi, dễ tiếp cận",
            en: "Convenient, easy to reach",
          },
        },
        {
          points: 2,
          text: {
            vi: "Thuận lợi, dễ tiếp cận, liền kề khu vực có lợi thế phát triển du lịch",
            en: "Convenient, easy to reach, next to an area with tourism advantages",
          },
        },
        {
          points: 3,
          text: {
            vi: "Thuận lợi, dễ tiếp cận, liền kề và có tính liên kết với khu vực/địa điểm có lợi thể phát triển du lịch khác.",
            en: "Convenient, easy to reach, next to and linked with other areas/places with tourism advantages.",
          },
        },
      ],
    },
    {
      id: "7",
      part: "C",
      section: "7",
      max: 3,
      name: {
        vi: "KIẾN TRÚC VÀ CẢNH QUAN MÔI TRƯỜNG",
        en: "ARCHITECTURE AND SURROUNDINGS",
      },
      options: [
        {
          points: 1,
          text: {
            vi: "Cảnh quan môi trường sạch đẹp",
            en: "Clean, attractive surroundings",
          },
        },
        {
          points: 2,
          text: {
            vi: "Cảnh quan môi trường sạch đẹp, kiến trúc mang đặc trưng vùng miền, có tính dân tộc",
            en: "Clean, attractive surroundings; architecture with regional and ethnic character",
          },
        },
        {
          points: 3,
          text: {
            vi: "Cảnh quan môi trường sạch đẹp, kiến trúc mang đặc trưng vùng miền, có tính dân tộc; xã/thôn đạt tiêu chí sáng - xanh - sạch đẹp trong xây dựng nông thôn mới",
            en: "Clean, attractive surroundings; architecture with regional and ethnic character; the commune/village meets the bright-green-clean-beautiful criterion of New Rural Development",
          },
        },
      ],
    },
    {
      id: "8",
      part: "C",
      section: "8",
      max: 3,
      name: {
        vi: "CHẤT LƯỢNG VỀ ĐIỀU KIỆN KINH DOANH DỊCH VỤ",
        en: "QUALITY OF SERVICE BUSINESS CONDITIONS",
      },
      notes: [
        {
          vi: "Lựa chọn một trong hai trường hợp sau:",
          en: "Choose one of the two cases below:",
        },
        {
          vi: "a. Trường hợp 1: Cộng đồng dịch vụ du lịch",
          en: "a. Case 1: tourism-service community",
        },
        {
          vi: "b. Trường hợp 2: Điểm dịch vụ du lịch",
          en: "b. Case 2: tourism-service spot",
        },
      ],
      options: [
        {
          points: 1,
          text: {
            vi: "Dưới 50% cơ sở dịch vụ được cấp chứng nhận đủ điều kiện kinh doanh theo quy định (dịch vụ lưu trú, vận chuyển,...)",
            en: "Under 50% of service businesses certified as meeting the business conditions as required (accommodation, transport,...)",
          },
        },
        {
          points: 2,
          text: {
            vi: "Có từ 50% đến dưới 75% cơ sở dịch vụ được chứng nhận đủ điều kiện kinh doanh theo quy định (dịch vụ lưu trú, vận chuyển, ...)",
            en: "50% to under 75% of service businesses certified as meeting the business conditions as required (accommodation, transport, ...)",
          },
        },
        {
          points: 3,
          text: {
            vi: "Có trên 75% cơ sở dịch vụ được cấp chứng nhận đủ điều kiện kinh doanh theo quy định (dịch vụ lưu trú, vận chuyển,...)",
            en: "Over 75% of service businesses certified as meeting the business conditions as required (accommodation, transport,...)",
          },
        },
        {
          points: 1,
          text: {
            vi: "Có đăng ký kinh doanh dịch vụ du lịch",
            en: "Registered as a tourism business",
          },
        },
        {
          points: 2,
          text: {
            vi: "Có đăng ký kinh doanh và đáp ứng đủ điều kiện kinh doanh",
            en: "Registered and meeting all business conditions",
          },
        },
        {
          points: 3,
          text: {
            vi: "Có đăng ký kinh doanh, đáp ứng đủ điều kiện kinh doanh và được công nhận cơ sở kinh doanh dịch vụ du lịch đạt tiêu chuẩn phục vụ khách du lịch",
            en: "Registered, meeting all business conditions, and recognised as a tourism business meeting the standard for serving tourists",
          },
        },
      ],
    },
    {
      id: "9",
      part: "C",
      section: "9",
      max: 2,
      name: {
        vi: "CHẤT LƯỢNG AN TOÀN VÀ AN NINH TRẬT TỰ",
        en: "SAFETY, SECURITY AND ORDER",
      },
      notes: [
        {
          vi: "Lựa chọn một trong hai trường hợp sau:",
          en: "Choose one of the two cases below:",
        },
        {
          vi: "a. Trường hợp 1: Cộng đồng dịch vụ du lịch",
          en: "a. Case 1: tourism-service community",
        },
        {
          vi: "b. Trường hợp 2: Điểm dịch vụ du lịch",
          en: "b. Case 2: tourism-service spot",
        },
      ],
      options: [
        {
          points: 1,
          text: {
            vi: "Có ít nhất 75% số cơ sở kinh doanh dịch vụ đáp ứng điều kiện về an ninh, trật tự, an toàn về phòng cháy và chữa cháy, bảo vệ môi trường, an toàn thực phẩm theo quy định của pháp luật",
            en: "At least 75% of service businesses meet the legal conditions on security, order, fire safety, environmental protection and food safety",
          },
        },
        {
          points: 2,
          text: {
            vi: "Có 100% số cơ sở kinh doanh dịch vụ đáp ứng điều kiện về an ninh, trật tự, an toàn về phòng cháy và chữa cháy, bảo vệ môi trường, an toàn thực phẩm theo quy định của pháp luật",
            en: "100% of service businesses meet the legal conditions on security, order, fire safety, environmental protection and food safety",
          },
        },
        {
          points: 1,
          text: {
            vi: "Đáp ứng điều kiện về an ninh, trật tự, an toàn về phòng cháy và chữa cháy, bảo vệ môi trường, an toàn thực phẩm theo quy định của pháp luật",
            en: "Meets the legal conditions on security, order, fire safety, environmental protection and food safety",
          },
        },
        {
          points: 2,
          text: {
            vi: "Đáp ứng điều kiện về an ninh, trật tự, an toàn về phòng cháy và chữa cháy, bảo vệ môi trường, an toàn thực phẩm theo quy định của pháp luật và có thực hiện hướng dẫn, tập huấn thường xuyên/định kỳ cho nhân viên",
            en: "Meets the legal conditions on security, order, fire safety, environmental protection and food safety, and gives staff regular/periodic guidance and training",
          },
        },
      ],
    },
    {
      id: "10",
      part: "C",
      section: "10",
      max: 3,
      name: {
        vi: "TÍNH HOÀN THIỆN CỦA QUÁ TRÌNH DỊCH VỤ",
        en: "COMPLETENESS OF THE SERVICE PROCESS",
      },
      options: [
        {
          points: 1,
          text: {
            vi: "Có điểm trưng bày, giới thiệu và bán sản phẩm truyền thống địa phương",
            en: "A place displaying, presenting and selling local traditional products",
          },
        },
        {
          points: 2,
          text: {
            vi: "Có điểm trưng bày, giới thiệu và bán sản phẩm truyền thống và sản phẩm OCOP của địa phương, có tài liệu giới thiệu về sản phẩm, dịch vụ.",
            en: "A place displaying, presenting and selling local traditional and OCOP products, with documents presenting the products and services.",
          },
        },
        {
          points: 3,
          text: {
            vi: "Có điểm trưng bày, giới thiệu và bán sản phẩm truyền thống và sản phẩm OCOP của địa phương, có tài liệu giới thiệu về sản phẩm, dịch vụ, địa điểm bán có hạ tầng (bãi đỗ, nhà vệ sinh, khu giới thiệu về dịch vụ) được bố trí hài hòa.",
            en: "A place displaying, presenting and selling local traditional and OCOP products, with documents presenting the products and services, and a harmoniously laid-out sales site with facilities (parking, toilets, a service information area).",
          },
        },
      ],
    },
    {
      id: "11",
      part: "C",
      section: "11",
      max: 2,
      name: {
        vi: "HOẠT ĐỘNG TRẢI NGHIỆM",
        en: "HANDS-ON EXPERIENCES",
      },
      options: [
        {
          points: 1,
          text: {
            vi: "Có hoạt động trải nghiệm",
            en: "Hands-on experiences offered",
          },
        },
        {
          points: 2,
          text: {
            vi: "Có mô hình hoạt động trải nghiệm",
            en: "A model of hands-on experiences",
          },
        },
      ],
    },
    {
      id: "12",
      part: "C",
      section: "12",
      max: 3,
      name: {
        vi: "QUẢN LÝ VÀ NHÂN VIÊN",
        en: "MANAGEMENT AND STAFF",
      },
      options: [
        {
          points: 1,
          text: {
            vi: "Có dưới 50% lao động tham gia quản lý và nhân viên đã được đào tạo về chuyên môn, nghiệp vụ",
            en: "Under 50% of managers and staff trained in their profession",
          },
        },
        {
          points: 2,
          text: {
            vi: "Có từ 50 - 75% lao động tham gia quản lý và nhân viên đã qua đào tạo về chuyên môn, nghiệp vụ",
            en: "50–75% of managers and staff trained in their profession",
          },
        },
        {
          points: 3,
          text: {
            vi: "Trên 75% lao động tham gia quản lý và nhân viên đã qua đào tạo về chuyên môn, nghiệp vụ; có nhân viên tiếp đón thành thạo ít nhất 1 ngoại ngữ",
            en: "Over 75% of managers and staff trained in their profession; reception staff fluent in at least 1 foreign language",
          },
        },
      ],
    },
    {
      id: "13",
      part: "C",
      section: "13",
      max: 4,
      name: {
        vi: "CHẤT LƯỢNG SẢN PHẨM DỊCH VỤ DU LỊCH",
        en: "QUALITY OF THE TOURISM SERVICE",
      },
      options: [
        {
          points: 1,
          text: {
            vi: "Sản phẩm dịch vụ du lịch phong phú, hấp dẫn",
            en: "Varied, attractive tourism services",
          },
        },
        {
          points: 2,
          text: {
            vi: "Sản phẩm dịch vụ du lịch phong phú, hấp dẫn, an toàn, chất lượng cao",
            en: "Varied, attractive, safe, high-quality tourism services",
          },
        },
        {
          points: 3,
          text: {
            vi: "Sản phẩm dịch vụ du lịch phong phú, hấp dẫn, an toàn, chất lượng cao và được du khách đánh giá cao qua phiếu đánh giá, bình chọn của khách hàng trên các trang điện tử dịch vụ lữ hành, du lịch uy tín (Booking, Agoda, TripAdvisor, Traveloka, iVivu…).",
            en: "Varied, attractive, safe, high-quality tourism services, highly rated by visitors in reviews and votes on reputable travel websites (Booking, Agoda, TripAdvisor, Traveloka, iVivu…).",
          },
        },
        {
          points: 4,
          text: {
            vi: "Sản phẩm dịch vụ du lịch phong phú, hấp dẫn, an toàn, chất lượng cao, mang đặc sắc vùng miền và được du khách đánh giá cao qua phiếu đánh giá, bình chọn của khách hàng trên các trang điện tử dịch vụ lữ hành, du lịch uy tín (Booking, Agoda, TripAdvisor, Traveloka, iVivu...).",
            en: "Varied, attractive, safe, high-quality tourism services with regional character, highly rated by visitors in reviews and votes on reputable travel websites (Booking, Agoda, TripAdvisor, Traveloka, iVivu...).",
          },
        },
      ],
    },
    {
      id: "14",
      part: "C",
      section: "14",
      max: 4,
      name: {
        vi: "CHẤT LƯỢNG PHỤC VỤ",
        en: "QUALITY OF SERVICE",
      },
      options: [
        {
          points: 1,
          text: {
            vi: "Thái độ phục vụ thân thiện, nhanh nhẹn, chu đáo",
            en: "Friendly, prompt, attentive service",
          },
        },
        {
          points: 2,
          text: {
            vi: "Thái độ phục vụ thân thiện, nhanh nhẹn, chu đáo, được du khách đánh giá cao",
            en: "Friendly, prompt, attentive service, highly rated by visitors",
          },
        },
        {
          points: 4,
          text: {
            vi: "Thái độ phục vụ thân thiện, nhanh nhẹn, chu đáo, được du khách đánh giá cao qua phiếu đánh giá, bình chọn của khách hàng trên các trang điện tử dịch vụ lữ hành, du lịch uy tín (Booking, Agoda, TripAdvisor, Traveloka, iVivu...).",
            en: "Friendly, prompt, attentive service, highly rated by visitors in reviews and votes on reputable travel websites (Booking, Agoda, TripAdvisor, Traveloka, iVivu...).",
          },
        },
      ],
    },
    {
      id: "15",
      part: "C",
      section: "15",
      max: 3,
      name: {
        vi: "TIỆN NGHI",
        en: "AMENITIES",
      },
      notes: [
        {
          vi: "Lựa chọn một trong hai trường hợp sau:",
          en: "Choose one of the two cases below:",
        },
        {
          vi: "a. Trường hợp 1: Cộng đồng dịch vụ du lịch",
          en: "a. Case 1: tourism-service community",
        },
        {
          vi: "b. Trường hợp 2: Điểm dịch vụ du lịch",
          en: "b. Case 2: tourism-service spot",
        },
      ],
      options: [
        {
          points: 1,
          text: {
            vi: "Hạ tầng giao thông nội bộ thuận tiện, điện, nước sạch, khu vệ sinh, dịch vụ internet đầy đủ",
            en: "Convenient internal roads; full electricity, clean water, toilets and internet",
          },
        },
        {
          points: 3,
          text: {
            vi: "Hạ tầng giao thông nội bộ thuận tiện, điện, nước sạch, khu vệ sinh, dịch vụ internet đầy đủ, xã/thôn có các tiêu chí (giao thông, điện, nước, vệ sinh môi trường, vệ sinh ATTP) đạt chuẩn nông thôn mới.",
            en: "Convenient internal roads; full electricity, clean water, toilets and internet; the commune/village meets the New Rural Development criteria (roads, electricity, water, environmental sanitation, food hygiene and safety).",
          },
        },
        {
          points: 1,
          text: {
            vi: "Có hệ thống điện, nước sạch, khu vệ sinh, dịch vụ internet đầy đủ",
            en: "Full electricity, clean water, toilets and internet",
          },
        },
        {
          points: 3,
          text: {
            vi: "Có hệ thống điện, nước sạch, khu vệ sinh, dịch vụ internet đầy đủ, đảm bảo chất lượng và khách đánh giá cao.",
            en: "Full electricity, clean water, toilets and internet, of assured quality and highly rated by guests.",
          },
        },
      ],
    },
    {
      id: "16",
      part: "C",
      section: "16",
      max: 3,
      name: {
        vi: "HOẠT ĐỘNG THU HÚT KHÁCH DU LỊCH",
        en: "ACTIVITIES ATTRACTING TOURISTS",
      },
      options: [
        {
          points: 1,
          text: {
            vi: "Có cung cấp, tổ chức hoạt động trình diễn lễ, hội, văn hóa tại điểm dịch vụ du lịch",
            en: "Festival and cultural performances provided or organised at the tourist spot",
          },
        },
        {
          points: 2,
          text: {
            vi: "Có cung cấp, tổ chức hoạt động trình diễn lễ hội, văn hóa tại điểm dịch vụ du lịch và mang tính cộng đồng ít nhất 2 lần/năm",
            en: "Festival and cultural performances provided or organised at the tourist spot, community-based, at least 2 times a year",
          },
        },
        {
          points: 3,
          text: {
            vi: "Có cung cấp, tổ chức hoạt động trình diễn lễ hội, văn hóa tại điểm dịch vụ du lịch và mang tính cộng đồng, đặc sắc văn hóa dân tộc, vùng miền ít nhất 2 lần/năm",
            en: "Festival and cultural performances provided or organised at the tourist spot, community-based, with distinctive ethnic and regional culture, at least 2 times a year",
          },
        },
      ],
    },
    {
      id: "17",
      part: "C",
      section: "17",
      max: 2,
      name: {
        vi: "HÀNG HÓA DỊCH VỤ (ĂN UỐNG, ĐỒ LƯU NIỆM...)",
        en: "GOODS AND SERVICES (FOOD AND DRINK, SOUVENIRS...)",
      },
      options: [
        {
          points: 1,
          text: {
            vi: "Hàng hóa dịch vụ có nguồn gốc rõ ràng, có tiêu chuẩn chất lượng phù hợp mang tính đặc sản địa phương",
            en: "Goods and services of clear origin, with suitable quality standards, local specialities",
          },
        },
        {
          points: 2,
          text: {
            vi: "Hàng hóa dịch vụ có nguồn gốc rõ ràng, có tiêu chuẩn chất lượng phù hợp mang tính đặc sản địa phương, và bảo đảm vệ sinh an toàn thực phẩm, có sản phẩm OCOP được bày, bán",
            en: "Goods and services of clear origin, with suitable quality standards, local specialities, meeting food hygiene and safety, with OCOP products on display and sale",
          },
        },
      ],
    },
  ],
  max: 100,
  status: "transcription",
  source:
    "Decision 148/QĐ-TTg, criteria set 26 (third-party transcription: GitHub augustine-tran/ocop, db/ocop, March 2024)",
  notes: [
    {
      vi: 'Bản chép không có điều kiện loại hồ sơ của phiếu ("Hồ sơ bị loại khi ..."): danh sách để trống. Các ghi chú "Bị loại nếu ..." của từng tiêu chí vẫn được giữ.',
      en: 'The transcription does not include the sheet\'s rejection clause ("Hồ sơ bị loại khi ...", the dossier is rejected when): the list is left empty. The "Bị loại nếu ..." (rejected if) notes of single criteria are kept.',
    },
    {
      vi: 'Các mục 8, 9 và 15 ghi "Lựa chọn một trong hai trường hợp sau" (Trường hợp 1: Cộng đồng dịch vụ du lịch; Trường hợp 2: Điểm dịch vụ du lịch). Bản chép tách mỗi trường hợp thành một tiêu chí, nên tổng điểm các tiêu chí gấp đôi điểm của mục. Thư viện chấm mỗi mục như một tiêu chí (mã "8", "9", "15") gồm các phương án của trường hợp 1 rồi của trường hợp 2: người đánh giá chọn một phương án của trường hợp áp dụng. Mục 8: phương án 1–3 thuộc trường hợp 1, 4–6 thuộc trường hợp 2; mục 9 và 15: phương án 1–2 thuộc trường hợp 1, 3–4 thuộc trường hợp 2.',
      en: 'Sections 8, 9 and 15 say "Lựa chọn một trong hai trường hợp sau" (choose one of the two cases: case 1, a tourism-service community; case 2, a tourism-service spot). The transcription makes each case a criterion, so the criteria add up to twice the section. The library scores each section as one criterion (ids "8", "9", "15") with the options of case 1 then those of case 2: the evaluator ticks one option of the case that applies. Section 8: options 1–3 are case 1, 4–6 case 2; sections 9 and 15: options 1–2 are case 1, 3–4 case 2.',
    },
  ],
} as const satisfies CriteriaSet;
