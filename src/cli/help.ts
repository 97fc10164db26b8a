/**
 * The help texts of `ocop`, in English and Vietnamese.
 *
 * @module
 */
import type { Bilingual } from "../errors/ocop-error.js";

const COMMON_EN = `Options of every command:
  --format table|json|csv   output format (default table)
  --lang en|vi              language of labels and messages (default en, or env OCOP_LANG)
  --excel                   CSV for Excel: UTF-8 BOM and ';' between fields
  -h, --help                this help
  -v, --version             the version of ocop`;

const COMMON_VI = `Tùy chọn chung:
  --format table|json|csv   định dạng kết quả (mặc định table: bảng)
  --lang en|vi              ngôn ngữ (mặc định en, hoặc biến môi trường OCOP_LANG)
  --excel                   CSV cho Excel: có BOM UTF-8 và dấu ';' giữa các trường
  -h, --help                trợ giúp
  -v, --version             phiên bản của ocop`;

const EXIT_EN = `Exit codes: 0 ok; 1 something needs attention (--fail-on-due, --fail-on-risk); 2 usage error;
3 an input file cannot be read; 4 invalid data in an input file; 5 internal error.`;

const EXIT_VI = `Mã thoát: 0 thành công; 1 có việc cần xử lý (--fail-on-due, --fail-on-risk); 2 sai cú pháp lệnh;
3 không đọc được tệp; 4 dữ liệu trong tệp không hợp lệ; 5 lỗi nội bộ.`;

/** The help of each command, and of `ocop` itself (key `""`). */
export const HELP: Readonly<Record<string, Bilingual>> = {
  "": {
    en: `ocop: Vietnam's OCOP programme (One Commune One Product) on the command line

Usage: ocop <command> [options]

Commands:
  score <file> --set <n>         score a filled-in criteria sheet (JSON or CSV), stars and next-star gap
  sheet --set <n>                a product group's blank criteria sheet (table, JSON, or CSV to fill in)
  certificates <registry.csv>    certificates expiring, re-evaluation windows, notices within N days
  track <target> <data>          track a preset or custom target against a data file
  presets                        list the preset targets

${COMMON_EN}

${EXIT_EN}
Run 'ocop <command> --help' for a command's options. Documentation: docs/cli.md.`,
    vi: `ocop: Chương trình Mỗi xã một sản phẩm (OCOP) trên dòng lệnh

Cách dùng: ocop <lệnh> [tùy chọn]

Các lệnh:
  score <tệp> --set <n>          chấm phiếu đánh giá (JSON hoặc CSV): điểm, hạng sao, khoảng cách lên hạng
  sheet --set <n>                phiếu đánh giá trống của một bộ sản phẩm (bảng, JSON, hoặc CSV để điền)
  certificates <sổ.csv>          giấy chứng nhận hết hạn, thời hạn nộp hồ sơ đánh giá lại, thông báo trong N ngày
  track <chỉ tiêu> <dữ liệu>     theo dõi một chỉ tiêu có sẵn hoặc tự định nghĩa
  presets                        danh sách chỉ tiêu có sẵn

${COMMON_VI}

${EXIT_VI}
Gõ 'ocop <lệnh> --help' để xem tùy chọn của từng lệnh. Tài liệu: docs/cli.md.`,
  },
  score: {
    en: `Usage: ocop score <file> --set <n> [--regulation 26/2026/QĐ-TTg]

Scores a filled-in criteria sheet and classifies the product: total, part and section subtotals, the
stars after the minimum markers, certifiable, potential 5★, the criteria that held it back, and the
smallest set of changes that lifts it to the next star. '-' reads the sheet from stdin.

The file (JSON or CSV, told by its extension or its first character):
  JSON  { "1.1": 3, "1.2": 2, ... }
        { "set": 1, "regulation": "26/2026/QĐ-TTg", "answers": { ... } }
        [ { "member": "A", "answers": { ... } }, ... ]   one sheet per council member (average)
  CSV   criterion,points                 one evaluator (the CSV of 'ocop sheet --format csv', filled in)
        criterion,<member 1>,<member 2>  one column per council member
        Columns part, section, name, max, options (and tieu_chi, diem, ...) are recognised; ',' ';' or tab.

Options:
  --set <n>              criteria set (1-26), unless the JSON file gives "set"
  --regulation <number>  26/2026/QĐ-TTg (default), 148/QĐ-TTg or 1048/QĐ-TTg (26/2026, 148, 1048)

${COMMON_EN}`,
    vi: `Cách dùng: ocop score <tệp> --set <n> [--regulation 26/2026/QĐ-TTg]

Chấm phiếu đánh giá và phân hạng sản phẩm: tổng điểm, điểm từng phần và mục, hạng sao sau khi xét mức
tối thiểu (dấu sao), được công nhận hay không, tiềm năng 5 sao, các tiêu chí làm giữ hạng, và các cải
thiện ít nhất để lên hạng tiếp theo. '-' đọc phiếu từ stdin.

Tệp (JSON hoặc CSV, nhận theo đuôi tệp hoặc ký tự đầu):
  JSON  { "1.1": 3, "1.2": 2, ... }
        { "set": 1, "regulation": "26/2026/QĐ-TTg", "answers": { ... } }
        [ { "member": "A", "answers": { ... } }, ... ]   mỗi thành viên hội đồng một phiếu (lấy trung bình)
  CSV   tieu_chi,diem                    một người chấm (tệp CSV của 'ocop sheet --format csv' đã điền)
        tieu_chi,<thành viên 1>,<thành viên 2>  mỗi thành viên hội đồng một cột
        Các cột phan, muc, ten, diem_toi_da, lua_chon được bỏ qua; phân cách ',' ';' hoặc tab.

Tùy chọn:
  --set <n>              số bộ tiêu chí (1-26), trừ khi tệp JSON có "set"
  --regulation <số>      26/2026/QĐ-TTg (mặc định), 148/QĐ-TTg hoặc 1048/QĐ-TTg

${COMMON_VI}`,
  },
  sheet: {
    en: `Usage: ocop sheet --set <n> [--regulation 26/2026/QĐ-TTg] [--format table|json|csv]

Prints a product group's blank criteria sheet: criteria, options, points and minimum stars.
  table  the sheet to read (default)
  json   the criteria set as data
  csv    one row per criterion with an empty 'points' column: fill it in and give it to 'ocop score'
         (add a column per council member for a council). With --lang vi the headers are Vietnamese.

Options:
  --set <n>              criteria set (1-26)
  --regulation <number>  26/2026/QĐ-TTg (default), 148/QĐ-TTg or 1048/QĐ-TTg

${COMMON_EN}`,
    vi: `Cách dùng: ocop sheet --set <n> [--regulation 26/2026/QĐ-TTg] [--format table|json|csv]

In phiếu đánh giá trống của một bộ sản phẩm: tiêu chí, lựa chọn, điểm và mức sao tối thiểu.
  table  phiếu để đọc (mặc định)
  json   bộ tiêu chí dạng dữ liệu
  csv    mỗi tiêu chí một dòng, cột 'diem' để trống: điền vào rồi chấm bằng 'ocop score'
         (hội đồng: thêm mỗi thành viên một cột). Với --lang vi, tên cột bằng tiếng Việt.

Tùy chọn:
  --set <n>              số bộ tiêu chí (1-26)
  --regulation <số>      26/2026/QĐ-TTg (mặc định), 148/QĐ-TTg hoặc 1048/QĐ-TTg

${COMMON_VI}`,
  },
  certificates: {
    en: `Usage: ocop certificates <registry.csv> [--within <days>] [--as-of YYYY-MM-DD]

Lists the certificates whose expiry, re-evaluation filing window (opens, closes) or expiry notice falls
within N days of the date, grouped by locality and issuing body, most urgent first.

Columns of the registry (header names; Vietnamese names in brackets; * = required):
  product* (san_pham)  holder* (chu_the)  stars* 3|4|5 (so_sao)  score (diem)
  decision_number* (so_quyet_dinh)  issued_on* YYYY-MM-DD or DD/MM/YYYY (ngay_cap)
  issuer_level* central|province|district (cap_cong_nhan; trung ương|tỉnh|huyện)
  issuer (co_quan_cap)  province* (tinh)  district (huyen)  commune (xa)
  id (so_gcn)  product_id (ma_san_pham)  holder_id (ma_chu_the)  criteria_set (bo_tieu_chi)
  regime 26/2026|148+1489|148|1048+781|1048 (che_do)  expires_on (ngay_het_han)
Give only the current certificate of each product, without revoked ones.

Options:
  --within <days>        the horizon, 0-3650 days (default 90)
  --as-of <date>         the first day (default today in Vietnam)
  --kinds <list>         expiry,window-opens,window-closes,notice (default all)
  --group-by <what>      commune (default) or province
  --skip-invalid         report invalid rows as notes and go on (default: exit 4)
  --fail-on-due          exit 1 when anything is due

${COMMON_EN}`,
    vi: `Cách dùng: ocop certificates <sổ.csv> [--within <số ngày>] [--as-of YYYY-MM-DD]

Liệt kê các giấy chứng nhận có mốc hết hiệu lực, thời hạn nộp hồ sơ đánh giá lại (bắt đầu, kết thúc) hoặc
hạn gửi thông báo trong N ngày kể từ ngày tính, theo địa bàn và cơ quan cấp, mốc gần nhất trước.

Các cột của sổ (tên cột; tên tiếng Việt trong ngoặc; * = bắt buộc):
  product* (san_pham)  holder* (chu_the)  stars* 3|4|5 (so_sao)  score (diem)
  decision_number* (so_quyet_dinh)  issued_on* YYYY-MM-DD hoặc DD/MM/YYYY (ngay_cap)
  issuer_level* central|province|district (cap_cong_nhan; trung ương|tỉnh|huyện)
  issuer (co_quan_cap)  province* (tinh)  district (huyen)  commune (xa)
  id (so_gcn)  product_id (ma_san_pham)  holder_id (ma_chu_the)  criteria_set (bo_tieu_chi)
  regime 26/2026|148+1489|148|1048+781|1048 (che_do)  expires_on (ngay_het_han)
Chỉ ghi giấy chứng nhận hiện hành của mỗi sản phẩm, không ghi giấy đã bị thu hồi.

Tùy chọn:
  --within <số ngày>     khoảng thời gian, 0-3650 ngày (mặc định 90)
  --as-of <ngày>         ngày bắt đầu tính (mặc định hôm nay, giờ Việt Nam)
  --kinds <danh sách>    expiry,window-opens,window-closes,notice (mặc định tất cả)
  --group-by <cách>      commune (theo xã, mặc định) hoặc province (theo tỉnh)
  --skip-invalid         báo các dòng không hợp lệ rồi bỏ qua (mặc định: thoát với mã 4)
  --fail-on-due          thoát với mã 1 khi có mốc đến hạn

${COMMON_VI}`,
  },
  track: {
    en: `Usage: ocop track <preset-id | target.json> <data.json | data.csv> [--as-of YYYY-MM-DD]

Tracks a target against data: achieved, remaining, pace needed, projection and status.
The target: a preset id (see 'ocop presets') or a JSON file of a target.
The data, by the target's kind:
  count, range               JSON { "value": 1657 }            CSV value
  share, coverage            JSON { "part": 40, "whole": 1000 } CSV part,whole[,part_at_start,whole_at_start]
  per-unit-minimum           JSON { "units": { "Xã A": 2 } }   CSV unit,value (one row per unit)
Numbers in CSV are whole numbers without separators.

Options:
  --as-of <date>         the date of the data (default today in Vietnam)
  --fail-on-risk         exit 1 when the target is at risk or missed

${COMMON_EN}`,
    vi: `Cách dùng: ocop track <mã chỉ tiêu | chỉ_tiêu.json> <dữ_liệu.json | dữ_liệu.csv> [--as-of YYYY-MM-DD]

Theo dõi chỉ tiêu: đã đạt, còn thiếu, tốc độ cần đạt, dự báo và tình trạng.
Chỉ tiêu: mã có sẵn (xem 'ocop presets') hoặc tệp JSON mô tả chỉ tiêu.
Dữ liệu, theo loại chỉ tiêu:
  count, range               JSON { "value": 1657 }            CSV value (hoặc gia_tri)
  share, coverage            JSON { "part": 40, "whole": 1000 } CSV part,whole[,part_at_start,whole_at_start]
  per-unit-minimum           JSON { "units": { "Xã A": 2 } }   CSV unit,value (mỗi đơn vị một dòng; don_vi,gia_tri)
Số trong CSV là số nguyên, không có dấu phân cách hàng nghìn.

Tùy chọn:
  --as-of <ngày>         ngày của số liệu (mặc định hôm nay, giờ Việt Nam)
  --fail-on-risk         thoát với mã 1 khi chỉ tiêu có nguy cơ không đạt hoặc không đạt

${COMMON_VI}`,
  },
  presets: {
    en: `Usage: ocop presets [--format table|json|csv]

Lists the preset targets (Decisions 919/QĐ-TTg and 490/QĐ-TTg, Hà Nội and its districts) with their ids,
for 'ocop track'.

${COMMON_EN}`,
    vi: `Cách dùng: ocop presets [--format table|json|csv]

Liệt kê các chỉ tiêu có sẵn (Quyết định 919/QĐ-TTg, 490/QĐ-TTg, Hà Nội và các huyện) cùng mã, dùng cho
'ocop track'.

${COMMON_VI}`,
  },
};
