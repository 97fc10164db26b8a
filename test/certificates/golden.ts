/**
 * Golden cases for certificates, for review by a domain expert: each with its input, the expected output
 * and the legal source. "CC 2015" is the Civil Code 2015 (91/2015/QH13), Articles 147–148.
 */
import type { CalendarDate } from "../../src/calendar/calendar-date.js";
import type { RegimeId } from "../../src/regulations/index.js";

export interface ExpiryCase {
  readonly name: string;
  readonly source: string;
  readonly input: { readonly issuedOn: CalendarDate; readonly regime?: RegimeId };
  /** The last day of validity. */
  readonly expected: CalendarDate;
}

export const EXPIRY_CASES: readonly ExpiryCase[] = [
  {
    name: "Nghệ An 303/QĐ-UBND of 4/2/2020: 'hết hiệu lực kể từ ngày 4/2/2023'",
    source:
      "https://nguoinghe.vn/nghe-an-40-san-pham-het-thoi-han-su-dung-nhan-hieu-ocop-a264135.html; CC 2015 Art. 148.3",
    input: { issuedOn: "2020-02-04" },
    expected: "2023-02-04",
  },
  {
    name: "mid-month: issued 15/03/2023, valid through 15/03/2026",
    source: "26/2026/QĐ-TTg Art. 4.3 (36 months); CC 2015 Art. 147.2 (issue day not counted), 148.3",
    input: { issuedOn: "2023-03-15" },
    expected: "2026-03-15",
  },
  {
    name: "issued on 29 February: no 29/02 in the last month, so its last day",
    source:
      "CC 2015 Art. 148.3: 'nếu tháng kết thúc thời hạn không có ngày tương ứng thì ... ngày cuối cùng của tháng đó'",
    input: { issuedOn: "2024-02-29" },
    expected: "2027-02-28",
  },
  {
    name: "issued on 28 February of a common year: the corresponding day exists (28), not the month's end",
    source: "CC 2015 Art. 148.3",
    input: { issuedOn: "2023-02-28" },
    expected: "2026-02-28",
  },
  {
    name: "issued on 28 February, ending in a leap year: still the 28th",
    source: "CC 2015 Art. 148.3",
    input: { issuedOn: "2021-02-28" },
    expected: "2024-02-28",
  },
  {
    name: "issued on 31 August: August has a 31st",
    source: "CC 2015 Art. 148.3",
    input: { issuedOn: "2023-08-31" },
    expected: "2026-08-31",
  },
  {
    name: "issued on 31 May under 26/2026: May has a 31st",
    source: "26/2026/QĐ-TTg Art. 4.3; CC 2015 Art. 148.3",
    input: { issuedOn: "2026-05-31" },
    expected: "2029-05-31",
  },
  {
    name: "issued on the last day of a year",
    source: "CC 2015 Art. 148.3",
    input: { issuedOn: "2021-12-31" },
    expected: "2024-12-31",
  },
  {
    name: "issued on the first day of a year",
    source: "CC 2015 Art. 148.3",
    input: { issuedOn: "2024-01-01" },
    expected: "2027-01-01",
  },
  {
    name: "5★ under 148+1489 (Quyết định 2361/QĐ-BNNMT of 26/06/2025)",
    source:
      "https://thegioitiepthi.danviet.vn/thai-nguyen-co-them-mot-san-pham-che-dat-ocop-5-sao-cap-quoc-gia-d1372114.html",
    input: { issuedOn: "2025-06-26" },
    expected: "2028-06-26",
  },
  {
    name: "regime given explicitly (dossier finished under Art. 12.2 after 22/05/2026)",
    source: "26/2026/QĐ-TTg Art. 12.2.a; validity 36 months under 148+1489",
    input: { issuedOn: "2026-06-30", regime: "148+1489" },
    expected: "2029-06-30",
  },
];

export interface WindowCase {
  readonly name: string;
  readonly source: string;
  readonly input: { readonly expiresOn: CalendarDate };
  readonly expected: {
    readonly window: { readonly opensOn: CalendarDate; readonly closesOn: CalendarDate } | null;
    readonly noticeBy: CalendarDate | null;
  };
}

export const WINDOW_CASES: readonly WindowCase[] = [
  {
    name: "26/2026 certificate expiring 15/06/2029: file from 17/12/2028 to 15/02/2029",
    source:
      "26/2026/QĐ-TTg Art. 7.6.a: 'không sớm hơn 180 ngày và không muộn hơn 120 ngày tính đến ngày hết thời hạn'",
    input: { expiresOn: "2029-06-15" },
    expected: { window: { opensOn: "2028-12-17", closesOn: "2029-02-15" }, noticeBy: null },
  },
  {
    name: "first certificate whose window closes on 22/05/2026: the window of 26/2026 applies",
    source: "26/2026/QĐ-TTg Art. 7.6.a, 11.1",
    input: { expiresOn: "2026-09-19" },
    expected: { window: { opensOn: "2026-03-23", closesOn: "2026-05-22" }, noticeBy: null },
  },
  {
    name: "window closed on 21/05/2026, before 26/2026: no window; notice due 19/08/2026 falls after 148's regime",
    source: "26/2026/QĐ-TTg Art. 12.3 (see transition); 148 notice rule per doanhnghiepvadoisong.com.vn",
    input: { expiresOn: "2026-09-18" },
    expected: { window: null, noticeBy: null },
  },
  {
    name: "148 certificate expiring 01/03/2025: written notice by 30/01/2025",
    source:
      "148/QĐ-TTg: 'Chậm nhất 30 ngày trước ngày hết thời hạn 36 tháng' — https://doanhnghiepvadoisong.com.vn/print-3767.html",
    input: { expiresOn: "2025-03-01" },
    expected: { window: null, noticeBy: "2025-01-30" },
  },
  {
    name: "last expiry whose notice falls under 148+1489 (notice due 21/05/2026)",
    source: "148/QĐ-TTg notice; regime 148+1489 until 21/05/2026",
    input: { expiresOn: "2026-06-20" },
    expected: { window: null, noticeBy: "2026-05-21" },
  },
  {
    name: "notice would fall on 22/05/2026, under 26/2026, which has none",
    source: "26/2026/QĐ-TTg (no notice duty); rules.md summary table",
    input: { expiresOn: "2026-06-21" },
    expected: { window: null, noticeBy: null },
  },
  {
    name: "first expiry whose notice falls under 148 (due 24/02/2023)",
    source: "148/QĐ-TTg in force from 24/02/2023",
    input: { expiresOn: "2023-03-26" },
    expected: { window: null, noticeBy: "2023-02-24" },
  },
  {
    name: "1048-era notice date: no notice rule found for 1048",
    source: "rules.md, Certificates: 'Expiry notice (not found for 1048)'",
    input: { expiresOn: "2023-03-25" },
    expected: { window: null, noticeBy: null },
  },
];

export interface TransitionCase {
  readonly name: string;
  readonly source: string;
  readonly input: { readonly issuedOn: CalendarDate };
  readonly expected: { readonly graceCovered: boolean; readonly extensionEndsOn: CalendarDate | null } | null;
}

export const TRANSITION_CASES: readonly TransitionCase[] = [
  {
    name: "expired 21/05/2026, the day before 26/2026: nothing left to extend",
    source: "26/2026/QĐ-TTg Art. 12.3 'tiếp tục có hiệu lực'",
    input: { issuedOn: "2023-05-21" },
    expected: { graceCovered: false, extensionEndsOn: null },
  },
  {
    name: "expires 22/05/2026: window had closed, extension up to 18/11/2026",
    source: "26/2026/QĐ-TTg Art. 12.3: 'không quá 180 ngày tính từ ngày hết thời hạn'",
    input: { issuedOn: "2023-05-22" },
    expected: { graceCovered: true, extensionEndsOn: "2026-11-18" },
  },
  {
    name: "expires 18/09/2026: last covered (window closed 21/05/2026)",
    source: "26/2026/QĐ-TTg Art. 7.6.a, 12.3",
    input: { issuedOn: "2023-09-18" },
    expected: { graceCovered: true, extensionEndsOn: "2027-03-17" },
  },
  {
    name: "expires 19/09/2026: window closes 22/05/2026, so it can be met: not covered",
    source: "26/2026/QĐ-TTg Art. 7.6.a, 12.3",
    input: { issuedOn: "2023-09-19" },
    expected: { graceCovered: false, extensionEndsOn: null },
  },
  {
    name: "issued 21/05/2026 under 148+1489: Art. 12.1 applies, window of 26/2026 too",
    source: "26/2026/QĐ-TTg Art. 12.1",
    input: { issuedOn: "2026-05-21" },
    expected: { graceCovered: false, extensionEndsOn: null },
  },
  {
    name: "issued on 22/05/2026: no transition",
    source: "26/2026/QĐ-TTg Art. 12.1 ('trước ngày Quyết định này có hiệu lực')",
    input: { issuedOn: "2026-05-22" },
    expected: null,
  },
];
