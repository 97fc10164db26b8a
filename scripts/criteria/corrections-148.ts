/**
 * The readings applied to the third-party transcription of Decision 148/QĐ-TTg's 26 criteria sets, and the
 * values that could not be confirmed.
 *
 * The only source is a transcription (GitHub `augustine-tran/ocop`, folder `db/ocop`, March 2024, copied to
 * `data-sources/148-transcription.md`). Every entry names the set and the place and quotes what is
 * transcribed. The importer (`import-148.ts`) applies each entry and fails when an entry no longer matches
 * the text (a stale correction), or when the text has a value that does not add up and no entry covers it.
 * The transcribed value is kept in the data (`defect.printed`); the reading is the value the library
 * applies (see CONTRIBUTING.md, "The law"). Where no reading is clear, the set is marked `unconfirmed`.
 *
 * @module
 */
import type { Bilingual } from "../../src/errors/ocop-error.js";

/** A points cell the transcription could not read (a letter where a digit belongs). */
export interface PointsCorrection148 {
  readonly kind: "points";
  readonly set: number;
  /** The criterion id (as the library numbers it, e.g. `"1.d"`). */
  readonly criterion: string;
  /** The option, counted from 1 in printed order. */
  readonly option: number;
  /** The cell exactly as transcribed. */
  readonly printed: string;
  /** The value the library applies. */
  readonly value: number;
  readonly reading: Bilingual;
}

/**
 * A star marker transcribed on a criterion heading instead of on an option. The library has no place for a
 * marker on a criterion: it puts it on `option` and flags the criterion with `reading`.
 */
export interface HeadingMarkerCorrection148 {
  readonly kind: "heading-marker";
  readonly set: number;
  readonly criterion: string;
  /** The marker's star level as transcribed. */
  readonly stars: 3 | 4 | 5;
  /** The option that receives the marker, counted from 1. */
  readonly option: number;
  readonly reading: Bilingual;
}

/**
 * Values of a set that do not add up and for which no reading is clear: the set is marked `unconfirmed`.
 * `explains` lists the discrepancies, exactly as the importer names them (e.g. `"criterion 6.d: max 4, best
 * option 3"`); the importer fails if the set's discrepancies differ from this list.
 */
export interface UnconfirmedSet148 {
  readonly kind: "unconfirmed";
  readonly set: number;
  readonly explains: readonly string[];
  readonly note: Bilingual;
}

/**
 * An oddity of the transcription that changes no value (a structural reading, a possibly truncated name):
 * it becomes a note of the set. `printed` quotes the text concerned; the importer checks that the set's
 * text still contains it.
 */
export interface SetNote148 {
  readonly kind: "set-note";
  readonly set: number;
  readonly printed: string;
  readonly note: Bilingual;
}

/**
 * A criterion lettered out of sequence (a letter already used in its section): the library gives it the
 * letter that follows the sequence and flags the criterion with `reading`.
 */
export interface LetterCorrection148 {
  readonly kind: "letter";
  readonly set: number;
  readonly section: string;
  /** The criterion cell exactly as transcribed (e.g. `"c) Sở hữu trí tuệ"`). */
  readonly printed: string;
  /** The letter the library applies. */
  readonly letter: string;
  readonly reading: Bilingual;
}

/** One entry of {@link CORRECTIONS_148}. */
export type Correction148 =
  | PointsCorrection148
  | HeadingMarkerCorrection148
  | LetterCorrection148
  | UnconfirmedSet148
  | SetNote148;

const INTELLECTUAL_PROPERTY_MARKER: Bilingual = {
  vi: 'Dấu 4 sao ("****") được chép ở tên tiêu chí "Sở hữu trí tuệ", không ở một phương án. Thư viện đặt yêu cầu tối thiểu 4 sao vào phương án đầu (nhãn hiệu được cấp giấy chứng nhận đăng ký, 1 điểm): đó là mức mà mọi cách hiểu đều đòi hỏi. Dấu này cũng có thể có nghĩa là phải đạt điểm tối đa (nhãn hiệu và dấu hiệu chỉ dẫn nguồn gốc địa lý, như yêu cầu 4 sao của Quyết định 26/2026/QĐ-TTg); chưa xác minh được với văn bản gốc.',
  en: 'The 4-star marker ("****") is transcribed on the heading of the "Sở hữu trí tuệ" (intellectual property) criterion, not on an option. The library puts the 4-star minimum on the first option (a registered trademark, 1 point): the level every reading requires. The marker may also mean full marks (trademark plus a geographical-origin sign, as Decision 26/2026/QĐ-TTg requires for 4 stars); not checked against the official text.',
};

const INTELLECTUAL_PROPERTY_LETTER: Bilingual = {
  vi: 'Tiêu chí "Sở hữu trí tuệ" được chép với chữ "c)" sau các tiêu chí a), b), c), d), đ) của mục 3, nên chữ "c" bị dùng hai lần. Thư viện dùng chữ kế tiếp, "e" (mã 3.e), như ở 24 bộ còn lại.',
  en: 'The "Sở hữu trí tuệ" (intellectual property) criterion is transcribed as "c)" after criteria a), b), c), d), đ) of section 3, so the letter "c" is used twice. The library uses the next letter, "e" (id 3.e), as in the other 24 sets.',
};

const UNREADABLE_ONE = (cell: string, others: string): Bilingual => ({
  vi: `Ô điểm được chép là "${cell}"; đọc là 1: chữ "${cell}" là chữ số 1 bị đọc sai, phương án nằm giữa 0 và 2 trong thang 0/1/2/3 của tiêu chí, và cùng phương án này được 1 điểm ở ${others}.`,
  en: `The points cell is transcribed "${cell}"; read as 1: "${cell}" is a misread digit 1, the option sits between 0 and 2 on the criterion's 0/1/2/3 scale, and the same option is worth 1 point in ${others}.`,
});

const ALTERNATIVE_CASES: Bilingual = {
  vi: 'Các mục 8, 9 và 15 ghi "Lựa chọn một trong hai trường hợp sau" (Trường hợp 1: Cộng đồng dịch vụ du lịch; Trường hợp 2: Điểm dịch vụ du lịch). Bản chép tách mỗi trường hợp thành một tiêu chí, nên tổng điểm các tiêu chí gấp đôi điểm của mục. Thư viện chấm mỗi mục như một tiêu chí (mã "8", "9", "15") gồm các phương án của trường hợp 1 rồi của trường hợp 2: người đánh giá chọn một phương án của trường hợp áp dụng. Mục 8: phương án 1–3 thuộc trường hợp 1, 4–6 thuộc trường hợp 2; mục 9 và 15: phương án 1–2 thuộc trường hợp 1, 3–4 thuộc trường hợp 2.',
  en: 'Sections 8, 9 and 15 say "Lựa chọn một trong hai trường hợp sau" (choose one of the two cases: case 1, a tourism-service community; case 2, a tourism-service spot). The transcription makes each case a criterion, so the criteria add up to twice the section. The library scores each section as one criterion (ids "8", "9", "15") with the options of case 1 then those of case 2: the evaluator ticks one option of the case that applies. Section 8: options 1–3 are case 1, 4–6 case 2; sections 9 and 15: options 1–2 are case 1, 3–4 case 2.',
};

/**
 * The corrections and acknowledged doubts of the 148 transcription.
 */
export const CORRECTIONS_148: readonly Correction148[] = [
  // Unreadable points cells.
  {
    kind: "points",
    set: 17,
    criterion: "1.d",
    option: 2,
    printed: "l",
    value: 1,
    reading: UNREADABLE_ONE("l", "sets 1–16 and 18–25"),
  },
  {
    kind: "points",
    set: 18,
    criterion: "1.b",
    option: 2,
    printed: "t",
    value: 1,
    reading: UNREADABLE_ONE("t", "sets 5–13, 19 and 20"),
  },
  // A criterion lettered out of sequence.
  ...[18, 19].map(
    (set): LetterCorrection148 => ({
      kind: "letter",
      set,
      section: "3",
      printed: "c) Sở hữu trí tuệ",
      letter: "e",
      reading: INTELLECTUAL_PROPERTY_LETTER,
    }),
  ),
  // A marker on a criterion heading (every set).
  ...Array.from(
    { length: 26 },
    (_, i): HeadingMarkerCorrection148 => ({
      kind: "heading-marker",
      set: i + 1,
      criterion: "3.e",
      stars: 4,
      option: 1,
      reading: INTELLECTUAL_PROPERTY_MARKER,
    }),
  ),
  // Values that do not add up, without a clear reading.
  {
    kind: "unconfirmed",
    set: 7,
    explains: ["criterion 6.d: max 4, best option 3"],
    note: {
      vi: 'Tiêu chí 6.d (Mùi) được chép tối đa 4 điểm nhưng phương án cao nhất chỉ 3 điểm (1/2/3). Mục 6 (16) và Phần C (35) chỉ cộng đúng khi tiêu chí 6.d là 4, nên có thể một phương án bị chép thiếu hoặc sai điểm; tiêu chí "Mùi" của các bộ khác tối đa 3 điểm. Không có cách đọc rõ ràng: giữ các giá trị như bản chép, tổng điểm đạt được tối đa là 99.',
      en: 'Criterion 6.d (Mùi, smell) is transcribed with a maximum of 4 but its best option is worth 3 (1/2/3). Section 6 (16) and Part C (35) add up only with 6.d at 4, so an option may be missing or mis-scored; the "Mùi" criterion of the other sets has a maximum of 3. No reading is clear: the values are kept as transcribed, and the highest reachable total is 99.',
    },
  },
  {
    kind: "unconfirmed",
    set: 11,
    explains: ["part C: max 35, sections add up to 32"],
    note: {
      vi: "Phần C được chép 35 điểm nhưng các mục cộng lại 32 (13 + 5 + 4 + 5 + 2 + 3); bản CSV gốc của bản chép cũng vậy. Không xác định được 3 điểm thiếu nằm ở đâu (Quyết định 26/2026/QĐ-TTg cho mục cảm quan 15 điểm và mục công bố chất lượng 5 điểm). Giữ các giá trị như bản chép; tổng điểm đạt được tối đa là 97.",
      en: "Part C is transcribed as 35 points but its sections add up to 32 (13 + 5 + 4 + 5 + 2 + 3); the transcription's CSV source reads the same. Where the 3 missing points belong could not be found (Decision 26/2026/QĐ-TTg gives the sensory section 15 points and the quality-declaration section 5). The values are kept as transcribed; the highest reachable total is 97.",
    },
  },
  {
    kind: "unconfirmed",
    set: 12,
    explains: ["part C: max 35, sections add up to 32"],
    note: {
      vi: "Phần C được chép 35 điểm nhưng các mục cộng lại 32 (13 + 5 + 4 + 5 + 2 + 3). Không xác định được 3 điểm thiếu nằm ở đâu. Giữ các giá trị như bản chép; tổng điểm đạt được tối đa là 97.",
      en: "Part C is transcribed as 35 points but its sections add up to 32 (13 + 5 + 4 + 5 + 2 + 3). Where the 3 missing points belong could not be found. The values are kept as transcribed; the highest reachable total is 97.",
    },
  },
  {
    kind: "unconfirmed",
    set: 13,
    explains: ["part C: max 35, sections add up to 33"],
    note: {
      vi: "Phần C được chép 35 điểm nhưng các mục cộng lại 33 (14 + 5 + 4 + 5 + 2 + 3). Không xác định được 2 điểm thiếu nằm ở đâu. Giữ các giá trị như bản chép; tổng điểm đạt được tối đa là 98.",
      en: "Part C is transcribed as 35 points but its sections add up to 33 (14 + 5 + 4 + 5 + 2 + 3). Where the 2 missing points belong could not be found. The values are kept as transcribed; the highest reachable total is 98.",
    },
  },
  // Structural readings and names.
  {
    kind: "set-note",
    set: 8,
    printed: "Chế biến từ thịt, thủy sản, trứng, sữa, các sản phẩm từ mật ong",
    note: {
      vi: 'Tên bộ lấy từ tên tệp của bản chép, có thể bị cắt ngắn (Quyết định 26/2026/QĐ-TTg: "... các sản phẩm từ mật ong, mật khác và nông sản thực phẩm khác").',
      en: 'The set name comes from the transcription\'s file name and may be truncated (Decision 26/2026/QĐ-TTg: "... các sản phẩm từ mật ong, mật khác và nông sản thực phẩm khác").',
    },
  },
  {
    kind: "set-note",
    set: 11,
    printed: "- Tạp chất",
    note: {
      vi: 'Mục 6 có ba cấp: "a) Ngoại hình" (4) và "b) Nước pha" (9) gồm các dòng gạch đầu dòng không đánh số. Thư viện đánh số các dòng đó theo thứ tự: 6.a.1, 6.a.2, 6.b.1, 6.b.2, 6.b.3.',
      en: 'Section 6 has three levels: "a) Ngoại hình" (appearance, 4) and "b) Nước pha" (the infusion, 9) hold unnumbered dashed lines. The library numbers them in order: 6.a.1, 6.a.2, 6.b.1, 6.b.2, 6.b.3.',
    },
  },
  {
    kind: "set-note",
    set: 13,
    printed: "a) Ngoại hình - Tạp chất lạ",
    note: {
      vi: 'Mục 6 có ba cấp, chép thành "a) Ngoại hình - Tạp chất lạ", "a) Ngoại hình - Trạng thái/hình dạng"...: nhóm "a) Ngoại hình" gồm 5 tiêu chí (6.a.1–6.a.5), nhóm "b) Nước pha" gồm 2 (6.b.1–6.b.2). Điểm tối đa của hai nhóm không được chép; thư viện lấy tổng các tiêu chí (10 và 4), khớp với mục 6 (14).',
      en: 'Section 6 has three levels, transcribed as "a) Ngoại hình - Tạp chất lạ", "a) Ngoại hình - Trạng thái/hình dạng"...: heading "a) Ngoại hình" (appearance) holds 5 criteria (6.a.1–6.a.5), heading "b) Nước pha" (the brew) 2 (6.b.1–6.b.2). The maxima of the two headings are not transcribed; the library uses the sum of their criteria (10 and 4), which matches section 6 (14).',
    },
  },
  {
    kind: "set-note",
    set: 26,
    printed: "Lựa chọn một trong hai trường hợp sau:",
    note: ALTERNATIVE_CASES,
  },
];
