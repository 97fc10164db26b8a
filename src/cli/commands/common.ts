/**
 * Helpers shared by the commands: the criteria set of `--set` and `--regulation`, and the columns of the
 * fill-in criteria sheet (written by `ocop sheet --format csv`, read back by `ocop score`).
 *
 * @module
 */
import { criteriaSet } from "../../criteria/lookup.js";
import type { CriteriaSet } from "../../criteria/types.js";
import { type Bilingual, OcopError } from "../../errors/ocop-error.js";
import type { CriteriaRegulationNumber } from "../../regulations/types.js";
import { bi } from "../cli-error.js";
import { optionError } from "../context.js";

/**
 * The criteria set `number` of `regulation`.
 *
 * @throws {@link CliError} exit 2 when there is no such set
 * @example
 * ```ts
 * setOf("26/2026/QĐ-TTg", 1, "sheet").name.en; // "Fresh vegetables, tubers, fruit and nuts"
 * ```
 */
export function setOf(regulation: CriteriaRegulationNumber, number: number, command: string): CriteriaSet {
  try {
    return criteriaSet(regulation, number);
  } catch (error) {
    if (error instanceof OcopError) optionError(error, "--set", command);
    throw error;
  }
}

/** The columns of the fill-in sheet, by role, as written in each language. */
export const SHEET_COLUMNS = {
  criterion: bi("criterion", "tieu_chi"),
  part: bi("part", "phan"),
  section: bi("section", "muc"),
  name: bi("name", "ten"),
  max: bi("max", "diem_toi_da"),
  options: bi("options", "lua_chon"),
  points: bi("points", "diem"),
} as const satisfies Readonly<Record<string, Bilingual>>;

/** Folded header names that hold the criterion id in a filled-in sheet. */
export const CRITERION_HEADERS: ReadonlySet<string> = new Set(["criterion", "tieu_chi", "ma_tieu_chi", "id"]);

/** Folded header names of informative columns that `ocop score` ignores. */
export const INFO_HEADERS: ReadonlySet<string> = new Set([
  "part",
  "phan",
  "section",
  "muc",
  "name",
  "ten",
  "ten_tieu_chi",
  "max",
  "diem_toi_da",
  "options",
  "lua_chon",
  "note",
  "notes",
  "ghi_chu",
]);

/** The status warning of a set that is not official, or `null`. */
export function statusWarning(set: CriteriaSet): Bilingual | null {
  if (set.status === "official") return null;
  return set.status === "unconfirmed"
    ? bi(
        `criteria set ${set.number} of ${set.regulation} could not be confirmed against the official text: do not rely on its result`,
        `bộ tiêu chí ${set.number} của ${set.regulation} chưa được đối chiếu với văn bản chính thức: không dùng kết quả để quyết định`,
      )
    : bi(
        `criteria set ${set.number} of ${set.regulation} comes from a third-party transcription, not checked against the gazette`,
        `bộ tiêu chí ${set.number} của ${set.regulation} lấy từ bản chép lại, chưa đối chiếu với công báo`,
      );
}
