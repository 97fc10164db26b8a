/**
 * Types of the criteria sets (Bộ tiêu chí đánh giá sản phẩm OCOP, kiêm phiếu đánh giá).
 *
 * A criteria set is also the evaluator's scoring sheet: parts (A, B, C) hold sections ("1. TỔ CHỨC SẢN
 * XUẤT"), sections hold criteria ("1.1. Nguồn gốc sản phẩm"), criteria hold the options an evaluator
 * ticks, each worth a number of points. Some sets score a whole section as one criterion (id `"7"`), and
 * sets 11 and 13 of 26/2026 have a third level (`"6.1.1"`).
 *
 * @module
 */
import type { Bilingual } from "../errors/ocop-error.js";
import type { CriteriaRegulationNumber } from "../regulations/types.js";

/** A star level, 1 to 5. */
export type StarLevel = 1 | 2 | 3 | 4 | 5;

/** The star levels a minimum marker can name: `***` = 3, `****` = 4, `*****` = 5. */
export type MarkerLevel = 3 | 4 | 5;

/** The three parts of every set. */
export type PartId = "A" | "B" | "C";

/**
 * A defect in the published text: the official value is kept in `printed`, and the value the library
 * applies is the field's own value. `reading` says why.
 */
export interface PrintedDefect {
  /** The value exactly as printed ("13", "4 1", "(35 Điểm)", "" for nothing printed). */
  readonly printed: string;
  /** The reading the library applies, and why. */
  readonly reading: Bilingual;
}

/** How sure the data is. */
export type DataStatus =
  /** Transcribed from the official text. */
  | "official"
  /** From a third-party transcription, not checked against the gazette. */
  | "transcription"
  /** Could not be confirmed: present for completeness, not to be trusted for a result. */
  | "unconfirmed";

/** One option an evaluator can tick (□). */
export interface CriterionOption {
  /** The points it is worth, as the library applies them (see `defect` where the print differs). */
  readonly points: number;
  /** The minimum marker: a product of this many stars or more must reach at least this option. */
  readonly minimumStars?: MarkerLevel;
  /** The option's text. */
  readonly text: Bilingual;
  /** Present when the printed points are defective. */
  readonly defect?: PrintedDefect;
}

/** One scoreable criterion: a line of the sheet with options. */
export interface Criterion {
  /** The number printed on the sheet: `"1.1"`, `"6.1.1"`, or `"7"` for a section scored as a whole. */
  readonly id: string;
  readonly part: PartId;
  /** The section it belongs to (`"1"` for criterion `"1.1"`; itself for a section scored whole). */
  readonly section: string;
  /** For a third-level criterion (`"6.1.1"`), its parent heading (`"6.1"`). */
  readonly parent?: string;
  /** The maximum points, as printed beside the criterion. */
  readonly max: number;
  readonly name: Bilingual;
  /** The stated requirement ("Yêu cầu: ..."), if any. */
  readonly requirement?: Bilingual;
  /** Notes printed under the criterion ("Ghi chú: ..."). */
  readonly notes?: readonly Bilingual[];
  /** The options, in printed order. */
  readonly options: readonly CriterionOption[];
  /** Present when the printed maximum or the options are defective. */
  readonly defect?: PrintedDefect;
}

/** A heading that groups third-level criteria (sets 11 and 13 of 26/2026: `"6.1"`). */
export interface Subsection {
  readonly id: string;
  readonly name: Bilingual;
  readonly max: number;
}

/** A section ("1. TỔ CHỨC SẢN XUẤT"). */
export interface Section {
  readonly id: string;
  readonly part: PartId;
  readonly name: Bilingual;
  readonly max: number;
  /** Headings of third-level criteria, if any. */
  readonly subsections?: readonly Subsection[];
  readonly defect?: PrintedDefect;
}

/** A part (A: product and community strength; B: marketing; C: quality). */
export interface Part {
  readonly id: PartId;
  readonly name: Bilingual;
  readonly max: number;
  readonly sections: readonly Section[];
  readonly defect?: PrintedDefect;
}

/** Where the set sits in the product classification of its regulation. */
export interface SetClassification {
  /** Product (sản phẩm / ngành). */
  readonly product: Bilingual;
  /** Group (nhóm). */
  readonly group: Bilingual;
  /** Subgroup (phân nhóm), or `null` where the group has none. */
  readonly subgroup: Bilingual | null;
}

/** One criteria set: the scoring sheet of a product subgroup under one regulation. */
export interface CriteriaSet {
  /** The regulation that issues it. */
  readonly regulation: CriteriaRegulationNumber;
  /** Its number in the annex (1–26). */
  readonly number: number;
  /** "Bộ sản phẩm: ..." */
  readonly name: Bilingual;
  readonly classification: SetClassification;
  /** The conditions that reject a dossier ("Hồ sơ bị loại khi ..."). */
  readonly rejection: readonly Bilingual[];
  readonly parts: readonly Part[];
  /** The scoreable criteria, flat, in sheet order. */
  readonly criteria: readonly Criterion[];
  /** The total (100). */
  readonly max: number;
  readonly status: DataStatus;
  /** Where the data comes from (annex and article, or transcription). */
  readonly source: string;
  /** Notes on the data as a whole (defects, doubts). */
  readonly notes?: readonly Bilingual[];
}
