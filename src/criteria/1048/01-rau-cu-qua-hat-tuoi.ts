/**
 * Decision 1048/QĐ-TTg (21/08/2019), Phụ lục III — set 1 "Rau, củ, quả, hạt tươi" (fresh vegetables, tubers,
 * fruit and nuts), as far as it could be recovered.
 *
 * The official annex was not available. Every option and point below comes from one third-party copy: a
 * MySQL dump of an OCOP scoring app (`OCOP_DB`, phpMyAdmin, generated 07/11/2020, table `test_bo_tieu_chi`,
 * found through a GitHub code index; the repository is not named by the index). The dump carries the part
 * headings with their points ("Phần A: ... (35 Điểm)"), the section headings, the criteria and the options with
 * their points, but no printed criterion numbers, no printed criterion or section maxima and no rejection
 * clause. Criterion and section numbers follow the numbering a second, independent 1048-era OCOP app shows for
 * another set (GitHub `tranquangduc24011999/ommani_ocop`: "1.1. Nguồn nguyên liệu" … "3.5. Kế toán", "4.1" …
 * "5.3", "6.x" sensory criteria, then whole-section criteria); the maxima are the best option of each criterion.
 *
 * Status: `unconfirmed` — see `notes` for what is missing.
 *
 * @module
 */
import type { CriteriaSet } from "../types.js";

/** Decision 1048/QĐ-TTg, set 1: Rau, củ, quả, hạt tươi (unconfirmed transcription; see `notes`). */
export const SET_1048_01 = {
  regulation: "1048/QĐ-TTg",
  number: 1,
  name: { vi: "Rau, củ, quả, hạt tươi", en: "Fresh vegetables, tubers, fruit and nuts" },
  classification: {
    product: { vi: "Thực phẩm", en: "Food" },
    group: { vi: "Thực phẩm tươi sống", en: "Fresh food" },
    subgroup: { vi: "Rau, củ, quả, hạt tươi", en: "Fresh vegetables, tubers, fruit and nuts" },
  },
  rejection: [],
  parts: [
    {
      id: "A",
      name: {
        vi: "Phần A: Sản phẩm và sức mạnh của cộng đồng (35 Điểm)",
        en: "Part A: Product and community strength (35 points)",
      },
      max: 35,
      sections: [
        { id: "1", part: "A", name: { vi: "Tổ chức sản xuất", en: "Organisation of production" }, max: 18 },
        { id: "2", part: "A", name: { vi: "Phát triển sản phẩm", en: "Product development" }, max: 8 },
        { id: "3", part: "A", name: { vi: "Sức mạnh cộng đồng", en: "Community strength" }, max: 9 },
      ],
    },
    {
      id: "B",
      name: { vi: "Phần B: Khả năng tiếp thị (25 Điểm)", en: "Part B: Marketing capability (25 points)" },
      max: 25,
      sections: [
        { id: "4", part: "B", name: { vi: "Tiếp thị", en: "Marketing" }, max: 15 },
        { id: "5", part: "B", name: { vi: "Câu chuyện về sản phẩm", en: "Product story" }, max: 10 },
      ],
    },
    {
      id: "C",
      name: { vi: "Phần C: Chất lượng sản phẩm (40 Điểm)", en: "Part C: Product quality (40 points)" },
      max: 40,
      sections: [
        { id: "6", part: "C", name: { vi: "Chỉ tiêu cảm quan", en: "Sensory indicators" }, max: 18 },
        { id: "7", part: "C", name: { vi: "Dinh dưỡng", en: "Nutrition" }, max: 2 },
        { id: "8", part: "C", name: { vi: "Tính độc đáo", en: "Uniqueness" }, max: 5 },
        {
          id: "9",
          part: "C",
          name: { vi: "Công bố chất lượng sản phẩm", en: "Product quality declaration" },
          max: 5,
        },
        {
          id: "10",
          part: "C",
          name: { vi: "Đảm bảo chất lượng sản phẩm", en: "Product quality assurance" },
          max: 5,
        },
        {
          id: "11",
          part: "C",
          name: { vi: "Cơ hội thị trường toàn cầu", en: "Global market opportunity" },
          max: 5,
        },
      ],
    },
  ],
  criteria: [
    // ── Part A, section 1: Tổ chức sản xuất ──────────────────────────────────────────────────────────
    {
      id: "1.1",
      part: "A",
      section: "1",
      max: 3,
      name: { vi: "Nguồn nguyên liệu", en: "Source of raw materials" },
      options: [
        {
          points: 1,
          text: {
            vi: "Sử dụng nguyên liệu có nguồn gốc trong tỉnh dưới 50%",
            en: "Less than 50% of the raw materials originate in the province",
          },
        },
        {
          points: 2,
          text: {
            vi: "Sử dụng nguyên liệu có nguồn gốc trong tỉnh từ 50% đến dưới 75%",
            en: "50% to under 75% of the raw materials originate in the province",
          },
        },
        {
          points: 3,
          text: {
            vi: "Sử dụng nguyên liệu có nguồn gốc trong tỉnh từ 75% đến 100%",
            en: "75% to 100% of the raw materials originate in the province",
          },
        },
      ],
    },
    {
      id: "1.2",
      part: "A",
      section: "1",
      max: 3,
      name: { vi: "Gia tăng giá trị", en: "Value added" },
      options: [
        { points: 0, text: { vi: "Phân loại", en: "Sorting" } },
        { points: 1, text: { vi: "Sơ chế (rửa, làm sạch)", en: "Pre-processing (washing, cleaning)" } },
        {
          points: 2,
          text: {
            vi: "Ứng dụng công nghệ cao trong trồng, sơ chế",
            en: "High technology applied in growing and pre-processing",
          },
        },
        {
          points: 3,
          text: {
            vi: "Ứng dụng công nghệ cao trong trồng, sơ chế, bảo quản (nâng cao chất lượng sản phẩm/ giữ chất lượng ổn định trong quá trình bảo quản…)",
            en: "High technology applied in growing, pre-processing and preservation (improving product quality / keeping quality stable during storage…)",
          },
        },
      ],
    },
    {
      id: "1.3",
      part: "A",
      section: "1",
      max: 4,
      name: {
        vi: "Năng lực sản xuất đáp ứng yêu cầu phân phối",
        en: "Production capacity meeting distribution needs",
      },
      options: [
        {
          points: 1,
          text: { vi: "Có năng lực, quy mô sản xuất mức độ nhỏ", en: "Small production capacity and scale" },
        },
        {
          points: 2,
          text: { vi: "Có năng lực, quy mô sản xuất trung bình", en: "Medium production capacity and scale" },
        },
        {
          points: 3,
          text: { vi: "Có năng lực, quy mô sản xuất lớn", en: "Large production capacity and scale" },
        },
        {
          points: 4,
          text: {
            vi: "Có năng lực, quy mô sản xuất lớn, có thể đáp ứng thị trường xuất khẩu",
            en: "Large production capacity and scale, able to supply export markets",
          },
        },
      ],
    },
    {
      id: "1.4",
      part: "A",
      section: "1",
      max: 2,
      name: { vi: "Liên kết sản xuất", en: "Production linkage" },
      options: [
        {
          points: 0,
          text: {
            vi: "Không có liên kết hoặc có nhưng không rõ ràng",
            en: "No linkage, or a linkage that is not clear",
          },
        },
        {
          points: 1,
          text: {
            vi: "Có liên kết, chặt chẽ (phạm vi trong tỉnh)",
            en: "Close linkage (within the province)",
          },
        },
        {
          points: 2,
          text: {
            vi: "Liên kết chuỗi chặt chẽ (phạm vi trong tỉnh), quy mô lớn hoặc có hộ nghèo (trong tỉnh) tham gia liên kết.",
            en: "Close value-chain linkage (within the province), on a large scale or with poor households (of the province) taking part.",
          },
        },
      ],
    },
    {
      id: "1.5",
      part: "A",
      section: "1",
      max: 5,
      name: {
        vi: "Bảo vệ môi trường trong quá trình sản xuất",
        en: "Environmental protection during production",
      },
      options: [
        {
          points: 1,
          text: {
            vi: "Có quan tâm (bằng hoạt động cụ thể) đến các tác động môi trường trong quá trình sản xuất",
            en: "Attention (through concrete actions) to environmental impacts during production",
          },
        },
        {
          points: 2,
          text: {
            vi: "Có đánh giá tác động môi trường/kế hoạch bảo vệ môi trường (hoặc tương đương) nhưng chưa theo quy định hiện hành",
            en: "An environmental impact assessment / environmental protection plan (or equivalent), but not yet as currently required",
          },
        },
        {
          points: 3,
          text: {
            vi: "Có đánh giá tác động môi trường/kế hoạch bảo vệ môi trường (hoặc tương đương) theo quy định hiện hành",
            en: "An environmental impact assessment / environmental protection plan (or equivalent) as currently required",
          },
        },
        {
          points: 4,
          text: {
            vi: "Có đánh giá tác động môi trường/kế hoạch bảo vệ môi trường (hoặc tương đương) theo quy định hiện hành; có minh chứng triển khai/áp dụng",
            en: "An environmental impact assessment / environmental protection plan (or equivalent) as currently required; with evidence that it is implemented",
          },
        },
        {
          points: 5,
          text: {
            vi: "Có đánh giá tác động môi trường/kế hoạch bảo vệ môi trường (hoặc tương đương) theo quy định hiện hành; có minh chứng triển khai/áp dụng; có sử dụng/tái chế phụ phẩm, chất thải trong quá trình sản xuất",
            en: "An environmental impact assessment / environmental protection plan (or equivalent) as currently required; with evidence that it is implemented; by-products and waste are used/recycled in production",
          },
        },
      ],
    },
    {
      id: "1.6",
      part: "A",
      section: "1",
      max: 1,
      name: {
        vi: "Sử dụng năng lượng, công nghệ thân thiện bền vững trong SX",
        en: "Use of sustainable, environment-friendly energy and technology in production",
      },
      options: [
        {
          points: 0,
          text: {
            vi: "Không sử dụng năng lượng hiện đại, bền vững, đáng tin cậy (sạch, tái tạo,...)/công nghệ thân thiện môi trường",
            en: "No modern, sustainable, reliable energy (clean, renewable, ...) / environment-friendly technology",
          },
        },
        {
          points: 1,
          text: {
            vi: "Có sử dụng năng lượng hiện đại, bền vững, đáng tin cậy (sạch, tái tạo,...)/công nghệ thân thiện môi trường",
            en: "Modern, sustainable, reliable energy (clean, renewable, ...) / environment-friendly technology is used",
          },
        },
      ],
    },
    // ── Part A, section 2: Phát triển sản phẩm ───────────────────────────────────────────────────────
    {
      id: "2.1",
      part: "A",
      section: "2",
      max: 3,
      name: { vi: "Nguồn gốc ý tưởng sản phẩm", en: "Origin of the product idea" },
      options: [
        {
          points: 0,
          text: {
            vi: "Phát triển dựa trên sản phẩm của nhà sản xuất khác, chỉ thay đổi nhãn hiệu",
            en: "Developed from another producer's product, only the brand changed",
          },
        },
        {
          points: 1,
          text: {
            vi: "Phát triển dựa trên sản phẩm của nhà sản xuất khác, có cải tiến về chất lượng, bao bì.",
            en: "Developed from another producer's product, with improvements in quality and packaging.",
          },
        },
        {
          points: 2,
          text: {
            vi: "Phát triển dựa trên ý tưởng của mình, sản phẩm chưa có trên thị trường",
            en: "Developed from the producer's own idea; the product is not yet on the market",
          },
        },
        {
          points: 3,
          text: {
            vi: "Phát triển ý tưởng của mình gắn với bảo tồn sản phẩm truyền thông/đặc sản/thế mạnh của địa phương",
            en: "The producer's own idea, tied to preserving a traditional product / speciality / local strength",
          },
        },
      ],
    },
    {
      id: "2.2",
      part: "A",
      section: "2",
      max: 3,
      name: { vi: "Tính hoàn thiện của bao bì", en: "Completeness of the packaging" },
      options: [
        {
          points: 0,
          text: {
            vi: "Bao bì đơn giản, thông tin ghi nhãn chưa đầy đủ",
            en: "Simple packaging; label information incomplete",
          },
        },
        {
          points: 1,
          text: {
            vi: "Bao bì đơn giản, thông tin ghi nhãn đầy đủ",
            en: "Simple packaging; label information complete",
          },
        },
        {
          points: 2,
          text: {
            vi: "Bao bì phù hợp, thông tin ghi nhãn đầy đủ, có truy xuất nguồn gốc",
            en: "Suitable packaging; label information complete; traceability",
          },
        },
        {
          points: 3,
          text: {
            vi: "Bao bì phù hợp, thông tin ghi nhãn đầy đủ, có truy xuất nguồn gốc, có chứng nhận bảo hộ nhãn hiệu/kiểu dáng công nghiệp",
            en: "Suitable packaging; label information complete; traceability; registered trademark / industrial design protection",
          },
        },
      ],
    },
    {
      id: "2.3",
      part: "A",
      section: "2",
      max: 2,
      name: { vi: "Phong cách, hình thức của bao bì", en: "Style and look of the packaging" },
      options: [
        { points: 0, text: { vi: "Không thuận tiện, không đẹp", en: "Neither convenient nor attractive" } },
        { points: 1, text: { vi: "Thuận tiện hoặc đẹp", en: "Convenient or attractive" } },
        { points: 2, text: { vi: "Thuận tiện, đẹp, sang trọng", en: "Convenient, attractive, upmarket" } },
      ],
    },
    // ── Part A, section 3: Sức mạnh cộng đồng ────────────────────────────────────────────────────────
    {
      id: "3.1",
      part: "A",
      section: "3",
      max: 3,
      name: { vi: "Loại hình tổ chức sản xuất - kinh doanh", en: "Legal form of the producer" },
      options: [
        {
          points: 1,
          text: {
            vi: "Hộ gia đình có đăng ký kinh doanh, tổ hợp tác (có giấy đăng ký kinh doanh của tổ trưởng), Công ty Trách nhiệm hữu hạn (TNHH) 1 thành viên, doanh nghiệp tư nhân (DNTN)",
            en: "Registered household business, cooperative group (with its leader's business registration), single-member limited liability company, private enterprise",
          },
        },
        {
          points: 2,
          text: {
            vi: "Công ty TNHH hai thành viên trở lên, công ty cổ phần có vốn góp của cộng đồng địa phương <51%",
            en: "Limited liability company with two or more members; joint-stock company with local community capital < 51%",
          },
        },
        {
          points: 3,
          text: {
            vi: "HTX tổ chức, hoạt động theo Luật HTX 2012 hoặc công ty cổ phần có vốn góp của cộng đồng địa phương ≥ 51%",
            en: "Cooperative organised and run under the 2012 Law on Cooperatives, or joint-stock company with local community capital ≥ 51%",
          },
        },
      ],
    },
    {
      id: "3.2",
      part: "A",
      section: "3",
      max: 2,
      name: {
        vi: "Sự tham gia của cộng đồng trong quản lý, điều hành",
        en: "Community participation in management",
      },
      notes: [
        {
          vi: "Nguồn ghi bốn lựa chọn thành hai cặp (tỷ lệ thành viên quản trị cao cấp là người trong tỉnh: 1/2; Giám đốc/Chủ hộ là người trong tỉnh: 0/1) mà không ghi điểm tối đa. Thư viện áp dụng cách đọc một lựa chọn (tối đa 2), để Phần A cộng đúng 35; nếu hai cặp được chấm cộng dồn (tối đa 3) thì Phần A là 36. Chưa xác nhận.",
          en: "The source lists four options in two pairs (share of senior managers from the province: 1/2; director/household head from the province: 0/1) and no maximum. The library applies the one-tick reading (maximum 2), under which Part A adds up to the printed 35; if the two pairs were scored cumulatively (maximum 3), Part A would be 36. Unconfirmed.",
        },
      ],
      options: [
        {
          points: 1,
          text: {
            vi: "Có < 50% số thành viên quản trị cao cấp (Ban giám đốc, Hội đồng quản trị - HĐQT, Hội đồng thành viên - HĐTV) tham gia quản lý là người trong tỉnh hoặc tổ hợp tác có số thành viên là người trong tỉnh < 50% số thành viên tổ hợp tác",
            en: "Fewer than 50% of senior managers (board of directors, management board, members' council) are from the province, or a cooperative group with fewer than 50% of its members from the province",
          },
        },
        {
          points: 2,
          text: {
            vi: "Có ≥ 50% số thành viên quản trị cao cấp (Ban giám đốc, HĐQT, HĐTV) tham gia quản lý là người trong tỉnh hoặc < 50% số thành viên quản trị cao cao cấp là người trong tỉnh nhưng có thành viên là phụ nữ địa phương",
            en: "At least 50% of senior managers (board of directors, management board, members' council) are from the province, or fewer than 50% but including local women",
          },
        },
        {
          points: 0,
          text: {
            vi: "Giám đốc/Chủ hộ không phải là người trong tỉnh",
            en: "The director / household head is not from the province",
          },
        },
        {
          points: 1,
          text: {
            vi: "Giám đốc/Chủ hộ là người trong tỉnh",
            en: "The director / household head is from the province",
          },
        },
      ],
    },
    {
      id: "3.3",
      part: "A",
      section: "3",
      max: 1,
      name: { vi: "Sử dụng lao động địa phương", en: "Use of local labour" },
      options: [
        {
          points: 0,
          text: {
            vi: "Có sử dụng < 50% lao động là người địa phương",
            en: "Fewer than 50% of the workers are local",
          },
        },
        {
          points: 1,
          text: {
            vi: "Có sử dụng ≥ 50% lao động là người địa phương hoặc có thu nhập bình quân/lao động ≥ mức thu nhập bình quân/người đạt chuẩn nông thôn mới của địa phương tại thời điểm đánh giá.",
            en: "At least 50% of the workers are local, or the average income per worker is at least the local new-rural-area standard income per person at the time of evaluation.",
          },
        },
      ],
    },
    {
      id: "3.4",
      part: "A",
      section: "3",
      max: 1,
      name: { vi: "Tăng trưởng sản xuất kinh doanh", en: "Business growth" },
      options: [
        {
          points: 0,
          text: {
            vi: "Tăng trưởng < 10% về doanh thu so với năm trước liền kề",
            en: "Revenue growth below 10% over the preceding year",
          },
        },
        {
          points: 1,
          text: {
            vi: "Tăng trưởng ≥ 10% về doanh thu so với năm trước liền kề",
            en: "Revenue growth of at least 10% over the preceding year",
          },
        },
      ],
    },
    {
      id: "3.5",
      part: "A",
      section: "3",
      max: 2,
      name: { vi: "Kế toán", en: "Accounting" },
      options: [
        {
          points: 0,
          text: {
            vi: "Không có kế toán hoặc chỉ thuê kế toán khi có yêu cầu, thời vụ",
            en: "No accountant, or an accountant hired only on demand or seasonally",
          },
        },
        {
          points: 1,
          text: {
            vi: "Có kế toán, công tác kế toán được thực hiện thường xuyên",
            en: "An accountant; accounting is kept regularly",
          },
        },
        { points: 2, text: { vi: "Có Tổ chức hệ thống kế toán", en: "An organised accounting system" } },
      ],
    },
    // ── Part B, section 4: Tiếp thị ──────────────────────────────────────────────────────────────────
    {
      id: "4.1",
      part: "B",
      section: "4",
      max: 5,
      name: { vi: "Khu vực phân phối chính", en: "Main distribution area" },
      options: [
        { points: 1, text: { vi: "Thị trường trong huyện", en: "Market within the district" } },
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
        { points: 5, text: { vi: "Thị trường quốc tế", en: "International market" } },
      ],
    },
    {
      id: "4.2",
      part: "B",
      section: "4",
      max: 5,
      name: { vi: "Tổ chức phân phối", en: "Distribution organisation" },
      options: [
        {
          points: 0,
          text: {
            vi: "Không có người chịu trách nhiệm quản lý phân phối",
            en: "Nobody is responsible for managing distribution",
          },
        },
        {
          points: 1,
          text: {
            vi: "Có người chịu trách nhiệm quản lý phân phối",
            en: "A person is responsible for managing distribution",
          },
        },
        {
          points: 3,
          text: { vi: "Có bộ phận/phòng quản lý phân phối", en: "A unit/department manages distribution" },
        },
        {
          points: 5,
          text: {
            vi: "Có bộ phận/phòng quản lý phân phối, có ứng dụng công nghệ thông tin trong quản lý",
            en: "A unit/department manages distribution and uses information technology in management",
          },
        },
      ],
    },
    {
      id: "4.3",
      part: "B",
      section: "4",
      max: 5,
      name: { vi: "Quảng bá sản phẩm", en: "Product promotion" },
      options: [
        { points: 0, text: { vi: "Không có hoạt động quảng bá", en: "No promotion" } },
        { points: 1, text: { vi: "Có một số hoạt động quảng bá", en: "Some promotion activities" } },
        {
          points: 2,
          text: {
            vi: "Có nhiều hoạt động quảng bá, có website của cơ sở, có tham gia hoạt động xúc tiến thương mại trong tỉnh",
            en: "Many promotion activities, an own website, taking part in trade promotion within the province",
          },
        },
        {
          points: 3,
          text: {
            vi: "Có nhiều hoạt động quảng bá, có website của cơ sở, có tham gia hoạt động xúc tiến thương mại ngoài tỉnh",
            en: "Many promotion activities, an own website, taking part in trade promotion outside the province",
          },
        },
        {
          points: 5,
          text: {
            vi: "Có nhiều hoạt động quảng bá, có website của cơ sở, có tham gia hoạt động xúc tiến thương mại ngoài tỉnh và quốc tế",
            en: "Many promotion activities, an own website, taking part in trade promotion outside the province and abroad",
          },
        },
      ],
    },
    // ── Part B, section 5: Câu chuyện về sản phẩm ────────────────────────────────────────────────────
    {
      id: "5.1",
      part: "B",
      section: "5",
      max: 5,
      name: { vi: "Câu chuyện về sản phẩm", en: "Product story" },
      options: [
        {
          points: 0,
          text: {
            vi: "Không có câu chuyện, hoặc có nhưng không được tư liệu hóa",
            en: "No story, or a story that is not documented",
          },
        },
        {
          points: 1,
          text: { vi: "Có tài liệu giới thiệu về sản phẩm", en: "A leaflet introducing the product" },
        },
        {
          points: 2,
          text: {
            vi: "Có câu chuyện được tư liệu hóa (có cốt chuyện, nội dung cụ thể)",
            en: "A documented story (with a plot and concrete content)",
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
            en: "A documented story, shown on the label/leaflet and website (as pictures, clips, ...)",
          },
        },
      ],
    },
    {
      id: "5.2",
      part: "B",
      section: "5",
      max: 3,
      name: { vi: "Trí tuệ/bản sắc địa phương", en: "Local wisdom/identity" },
      options: [
        {
          points: 0,
          text: { vi: "Giống với câu chuyện sản phẩm ở nơi khác", en: "Same as product stories elsewhere" },
        },
        {
          points: 1,
          text: {
            vi: "Tương đối giống câu chuyện sản phẩm ở nơi khác, có thay đổi một số yếu tố",
            en: "Fairly similar to product stories elsewhere, with some elements changed",
          },
        },
        { points: 2, text: { vi: "Có câu chuyện riêng", en: "An own story" } },
        {
          points: 3,
          text: {
            vi: "Có câu chuyện riêng, thể hiện trí tuệ/bản sắc địa phương",
            en: "An own story expressing local wisdom/identity",
          },
        },
      ],
    },
    {
      id: "5.3",
      part: "B",
      section: "5",
      max: 2,
      name: { vi: "Cấu trúc câu chuyện", en: "Story structure" },
      options: [
        { points: 1, text: { vi: "Đơn giản", en: "Simple" } },
        {
          points: 2,
          text: {
            vi: "Có đầy đủ các yếu tố của câu chuyện sản phẩm",
            en: "Has all the elements of a product story",
          },
        },
      ],
    },
    // ── Part C, section 6: Chỉ tiêu cảm quan ─────────────────────────────────────────────────────────
    {
      id: "6.1",
      part: "C",
      section: "6",
      max: 2,
      name: { vi: "Kích thước, hình dạng bề ngoài", en: "Size and outer shape" },
      options: [
        { points: 0, text: { vi: "Không đồng đều", en: "Not uniform" } },
        { points: 1, text: { vi: "Không đồng đều, chấp nhận được", en: "Not uniform, acceptable" } },
        { points: 2, text: { vi: "Đồng đều", en: "Uniform" } },
      ],
    },
    {
      id: "6.2",
      part: "C",
      section: "6",
      max: 8,
      name: { vi: "Màu sắc, độ chín", en: "Colour, ripeness" },
      options: [
        { points: 0, text: { vi: "Không phù hợp", en: "Not appropriate" } },
        { points: 1, text: { vi: "Chấp nhận được", en: "Acceptable" } },
        { points: 3, text: { vi: "Tương đối phù hợp", en: "Fairly appropriate" } },
        { points: 5, text: { vi: "Phù hợp", en: "Appropriate" } },
        { points: 8, text: { vi: "Rất phù hợp", en: "Very appropriate" } },
      ],
    },
    {
      id: "6.3",
      part: "C",
      section: "6",
      max: 3,
      name: { vi: "Mùi/vị", en: "Smell/taste" },
      options: [
        { points: 0, text: { vi: "Kém", en: "Poor" } },
        { points: 1, text: { vi: "Trung bình", en: "Average" } },
        { points: 2, text: { vi: "Tương đối tốt", en: "Fairly good" } },
        { points: 3, text: { vi: "Tốt", en: "Good" } },
      ],
    },
    {
      id: "6.4",
      part: "C",
      section: "6",
      max: 3,
      name: { vi: "Tính đầy đủ, sạch", en: "Completeness, cleanliness" },
      options: [
        { points: 0, text: { vi: "Tương đối chấp nhận được", en: "Fairly acceptable" } },
        { points: 1, text: { vi: "Chấp nhận được", en: "Acceptable" } },
        { points: 2, text: { vi: "Tốt", en: "Good" } },
        { points: 3, text: { vi: "Rất tốt", en: "Very good" } },
      ],
    },
    {
      id: "6.5",
      part: "C",
      section: "6",
      max: 2,
      name: { vi: "Kết cấu/cách sắp đặt", en: "Texture/arrangement" },
      options: [
        { points: 0, text: { vi: "Nghèo nàn", en: "Poor" } },
        { points: 1, text: { vi: "Trung bình", en: "Average" } },
        { points: 2, text: { vi: "Tốt", en: "Good" } },
      ],
    },
    // ── Part C, sections 7 and 8 (scored whole) ──────────────────────────────────────────────────────
    {
      id: "7",
      part: "C",
      section: "7",
      max: 2,
      name: { vi: "Dinh dưỡng", en: "Nutrition" },
      requirement: {
        vi: "Chỉ ra hàm lượng của các chỉ tiêu dinh dưỡng như: Protit, Lipid, Vitamin,... (theo phiếu kiểm nghiệm do cơ quan có thẩm quyền cấp)",
        en: "State the content of nutritional indicators such as protein, lipids, vitamins, ... (per a test report issued by a competent body)",
      },
      options: [
        { points: 0, text: { vi: "Không có", en: "None" } },
        { points: 1, text: { vi: "Có 1 -2 chỉ tiêu", en: "1–2 indicators" } },
        { points: 2, text: { vi: "Có trên 2 chỉ tiêu", en: "More than 2 indicators" } },
      ],
    },
    {
      id: "8",
      part: "C",
      section: "8",
      max: 5,
      name: { vi: "Tính độc đáo", en: "Uniqueness" },
      requirement: {
        vi: "Chất lượng: Có nét riêng, khác biệt, không lẫn với sản phẩm khác, tiềm năng thành thương hiệu của địa phương",
        en: "Quality: has its own distinct features, not to be confused with other products, potential to become a local brand",
      },
      options: [
        { points: 0, text: { vi: "Trung bình", en: "Average" } },
        { points: 1, text: { vi: "Tương đối độc đáo", en: "Fairly unique" } },
        { points: 3, text: { vi: "Độc đáo", en: "Unique" } },
        { points: 5, text: { vi: "Rất độc đáo", en: "Very unique" } },
      ],
    },
    // ── Part C, section 9: Công bố chất lượng sản phẩm ───────────────────────────────────────────────
    {
      id: "9.1",
      part: "C",
      section: "9",
      max: 2,
      name: {
        vi: "Hồ sơ công bố tiêu chuẩn sản phẩm của cơ sở sản xuất",
        en: "The producer's product-standard declaration dossier",
      },
      options: [
        {
          points: 0,
          text: {
            vi: "Không có Bản công bố tiêu chuẩn sản phẩm/chất lượng",
            en: "No product standard/quality declaration",
          },
        },
        { points: 1, text: { vi: "Có Tiêu chuẩn sản phẩm", en: "A product standard" } },
        {
          points: 2,
          text: {
            vi: "Có Tiêu chuẩn sản phẩm, có Bản công bố tiêu chuẩn/chất lượng",
            en: "A product standard and a standard/quality declaration",
          },
        },
      ],
    },
    {
      id: "9.2",
      part: "C",
      section: "9",
      max: 3,
      name: { vi: "Kiểm tra định kỳ các chỉ tiêu ATTP", en: "Periodic food-safety testing" },
      options: [
        { points: 0, text: { vi: "Không có", en: "None" } },
        { points: 1, text: { vi: "Có, nhưng không đạt", en: "Yes, but failed" } },
        { points: 2, text: { vi: "Có, đạt nhưng không đủ", en: "Yes, passed but incomplete" } },
        {
          points: 3,
          text: {
            vi: "Có, đạt đầy đủ (vi sinh, kim loại nặng, dư lượng thuốc BVTV, phụ gia, hóa chất không mong muốn,...) theo quy định.",
            en: "Yes, fully passed as required (microbiology, heavy metals, pesticide residues, additives, unwanted chemicals, ...).",
          },
        },
      ],
    },
    // ── Part C, sections 10 and 11 (scored whole) ────────────────────────────────────────────────────
    {
      id: "10",
      part: "C",
      section: "10",
      max: 5,
      name: { vi: "Đảm bảo chất lượng sản phẩm", en: "Product quality assurance" },
      options: [
        {
          points: 0,
          text: { vi: "Không có hoạt động kiểm soát chất lượng sản phẩm", en: "No product quality control" },
        },
        {
          points: 1,
          text: { vi: "Có kế hoạch kiểm soát chất lượng sản phẩm", en: "A product quality control plan" },
        },
        { points: 2, text: { vi: "Có ghi hồ sơ lô sản xuất", en: "Production batch records" } },
        {
          points: 3,
          text: {
            vi: "Có kế hoạch kiểm soát chất lượng sản phẩm, có ghi hồ sơ lô sản xuất",
            en: "A product quality control plan and production batch records",
          },
        },
        {
          points: 4,
          text: {
            vi: "Có Chứng nhận quản lý chất lượng tiên tiến (VietGAP/GlobalGAP/hữu cơ/..)",
            en: "Certified advanced quality management (VietGAP/GlobalGAP/organic/..)",
          },
        },
        {
          points: 5,
          text: {
            vi: "Có chứng nhận đủ điều kiện ATTP cho xuất khẩu và các thủ tục pháp lý khác theo yêu cầu của thị trường đích",
            en: "Certified as meeting food-safety conditions for export and the other legal formalities of the target market",
          },
        },
      ],
    },
    {
      id: "11",
      part: "C",
      section: "11",
      max: 5,
      name: { vi: "Cơ hội thị trường toàn cầu", en: "Global market opportunity" },
      options: [
        {
          points: 1,
          text: { vi: "Có thể xuất khẩu đến thị trường khu vực", en: "Can be exported to regional markets" },
        },
        {
          points: 3,
          text: {
            vi: "Có thể xuất khẩu các thị trường ngoài khu vực",
            en: "Can be exported to markets outside the region",
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
  status: "unconfirmed",
  source:
    "Decision 1048/QĐ-TTg (21/08/2019), Phụ lục III, set 1 — NOT read from the official text. Options and points from a third-party MySQL dump of an OCOP scoring app (`OCOP_DB`, phpMyAdmin, generated 07/11/2020, table `test_bo_tieu_chi`, found through a GitHub code index; repository not identified). Part headings as in the dump; criterion order and numbering corroborated by GitHub tranquangduc24011999/ommani_ocop (a 1048-era OCOP app, another set). Classification from the same dump (tb_phan_nhom_sp) and https://thuonghieusanpham.vn/chu-the-ocop-can-biet-gi-ve-tieu-chi-danh-gia-phan-hang-san-pham-22656.html",
  notes: [
    {
      vi: "Chưa đối chiếu với văn bản chính thức của Quyết định 1048/QĐ-TTg; nguồn duy nhất là một bản sao của bên thứ ba không rõ kho mã.",
      en: "Not checked against the official text of Decision 1048/QĐ-TTg; the only source is one third-party copy from an unidentified repository.",
    },
    {
      vi: "Thiếu: điều kiện loại hồ sơ (nếu có), số thứ tự tiêu chí và điểm tối đa in bên cạnh tiêu chí/mục. Số thứ tự theo cách đánh số của một ứng dụng OCOP khác thời 1048; điểm tối đa của tiêu chí là điểm của lựa chọn cao nhất, điểm tối đa của mục là tổng các tiêu chí.",
      en: "Missing: the rejection conditions (if any), the printed criterion numbers and the maxima printed beside criteria and sections. Numbers follow the numbering another 1048-era OCOP app uses; a criterion's maximum is its best option, a section's maximum the sum of its criteria.",
    },
    {
      vi: "Phần A: tổng 35 chỉ đúng khi tiêu chí 3.2 được chấm một lựa chọn (tối đa 2); nếu chấm cộng hai cặp lựa chọn thì tổng là 36 (xem ghi chú của 3.2). Phần B (25) và Phần C (40) cộng đúng.",
      en: "Part A adds up to 35 only if criterion 3.2 takes one option (maximum 2); if its two pairs of options are added, Part A is 36 (see the note on 3.2). Parts B (25) and C (40) add up.",
    },
    {
      vi: "Quyết định 1048/QĐ-TTg không đánh dấu yêu cầu tối thiểu theo hạng sao trên phiếu; yêu cầu tối thiểu do Quyết định 781/QĐ-TTg (2020) bổ sung thành danh sách riêng (xem minimums-781.ts).",
      en: "Decision 1048/QĐ-TTg marks no star minimums on its sheets; minimums were added in 2020 by Decision 781/QĐ-TTg as a separate list (see minimums-781.ts).",
    },
    {
      vi: 'Lỗi chính tả của bản sao được giữ nguyên: "sản phẩm truyền thông" (2.1, đọc là "truyền thống"), "quản trị cao cao cấp" (3.2).',
      en: 'Typos of the copy are kept verbatim: "sản phẩm truyền thông" (2.1, read as "truyền thống", traditional), "quản trị cao cao cấp" (3.2).',
    },
  ],
} as const satisfies CriteriaSet;
