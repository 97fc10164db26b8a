/**
 * `ocop score <file> --set <n>`: scores a filled-in criteria sheet (one evaluator's, or one per council
 * member), classifies the product (Decision 26/2026/QĐ-TTg Article 3.3 and the minimum markers of Annex
 * II) and prints the subtotals, the stars, what held them back and the smallest gap to the next star.
 *
 * @module
 */
import type { CriteriaSet, PartId } from "../../criteria/types.js";
import { type Bilingual, OcopError, type OcopIssue } from "../../errors/ocop-error.js";
import { classify } from "../../scoring/classify.js";
import { nextStarGap } from "../../scoring/gap.js";
import { scoreSheet } from "../../scoring/score-sheet.js";
import type { Answers, Classification, ScoreSheet, StarGap } from "../../scoring/types.js";
import type { ParsedArgs } from "../args.js";
import { bi, dataError, usageError } from "../cli-error.js";
import {
  byLine,
  type Ctx,
  intOption,
  jsonPath,
  locatedLines,
  note,
  numberCell,
  print,
  put,
  regulationOption,
  say,
} from "../context.js";
import { EXIT, type ExitCode } from "../exit-codes.js";
import {
  type CsvTable,
  foldHeader,
  formatOf,
  parseCsv,
  parseJson,
  readText,
  type TextInput,
} from "../input.js";
import { clip, csv, json, num, pairs, stars, table } from "../render.js";
import { CRITERION_HEADERS, INFO_HEADERS, setOf, statusWarning } from "./common.js";

/** The options of `ocop score`. */
export const SCORE_OPTIONS = {
  set: { type: "string" },
  regulation: { type: "string" },
  excel: { type: "boolean" },
} as const;

/** The sheets read from a file, with where each value came from. */
interface ReadSheets {
  /** The set and regulation the file names, if it does. */
  readonly set: number | undefined;
  readonly regulation: string | undefined;
  /** Member names (CSV column headers; JSON `member`; else "1", "2", ...). */
  readonly members: readonly string[];
  readonly answers: readonly Answers[];
  /** The location of an issue of sheet `i` at criterion `id` (`id` undefined: the sheet as a whole). */
  readonly locate: (sheet: number, id: string | undefined) => string;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const WRAPPER_KEYS = new Set(["set", "regulation", "answers", "product", "note", "members"]);

/** Reads the JSON forms: answers; `{ set, regulation, answers }`; a list of sheets (`{ member, answers }`). */
function fromJson(input: TextInput): ReadSheets {
  const data = parseJson(input);
  const problems: Bilingual[] = [];
  const bad = (path: readonly (string | number)[], en: string, vi: string): void => {
    problems.push(bi(`${input.name}: ${jsonPath(path)}: ${en}`, `${input.name}: ${jsonPath(path)}: ${vi}`));
  };
  let set: number | undefined;
  let regulation: string | undefined;
  let list: unknown = data;
  let listPath: (string | number)[] = [];
  if (isObject(data) && Object.hasOwn(data, "answers")) {
    for (const key of Object.keys(data)) {
      if (!WRAPPER_KEYS.has(key)) {
        bad(
          [key],
          `is not a field of a sheet file (${[...WRAPPER_KEYS].join(", ")})`,
          `không phải là trường của tệp phiếu chấm (${[...WRAPPER_KEYS].join(", ")})`,
        );
      }
    }
    if (Object.hasOwn(data, "set")) {
      if (typeof data["set"] === "number" && Number.isInteger(data["set"])) set = data["set"];
      else bad(["set"], "is not a set number", "không phải là số bộ tiêu chí");
    }
    if (Object.hasOwn(data, "regulation")) {
      if (typeof data["regulation"] === "string") regulation = data["regulation"];
      else bad(["regulation"], "is not a regulation number", "không phải là số hiệu văn bản");
    }
    list = data["answers"];
    listPath = ["answers"];
  }
  const members: string[] = [];
  const answers: Answers[] = [];
  const paths: (string | number)[][] = [];
  const entries = Array.isArray(list) ? list : [list];
  if (Array.isArray(list) && list.length === 0)
    bad(listPath, "is an empty list of sheets", "là danh sách phiếu rỗng");
  entries.forEach((entry, i) => {
    const at = Array.isArray(list) ? [...listPath, i] : listPath;
    if (isObject(entry) && Object.hasOwn(entry, "answers") && Object.hasOwn(entry, "member")) {
      members.push(String(entry["member"]));
      answers.push(entry["answers"] as Answers);
      paths.push([...at, "answers"]);
    } else {
      members.push(String(i + 1));
      answers.push(entry as Answers);
      paths.push(at);
    }
  });
  if (problems.length > 0) throw dataError(problems);
  return {
    set,
    regulation,
    members,
    answers,
    locate: (sheet, id) =>
      `${input.name}: ${jsonPath(id === undefined ? (paths[sheet] ?? []) : [...(paths[sheet] ?? []), id])}`,
  };
}

/** Reads the CSV forms: `criterion,points`, or `criterion,<member 1>,<member 2>,...`. */
function fromCsv(table: CsvTable): ReadSheets {
  const folded = table.header.map(foldHeader);
  const idColumn = folded.findIndex((h) => CRITERION_HEADERS.has(h));
  if (idColumn < 0) {
    throw dataError([
      bi(
        `${table.name}:${table.headerLine}: no criterion column (criterion or tieu_chi); the header is: ${table.header.join(", ")}`,
        `${table.name}:${table.headerLine}: không có cột tiêu chí (criterion hoặc tieu_chi); dòng tiêu đề là: ${table.header.join(", ")}`,
      ),
    ]);
  }
  const memberColumns = folded
    .map((_h, i) => i)
    .filter((i) => i !== idColumn && table.header[i] !== "" && !INFO_HEADERS.has(folded[i]!));
  if (memberColumns.length === 0) {
    throw dataError([
      bi(
        `${table.name}:${table.headerLine}: no points column (points, or one column per council member)`,
        `${table.name}:${table.headerLine}: không có cột điểm (diem, hoặc mỗi thành viên hội đồng một cột)`,
      ),
    ]);
  }
  const members = memberColumns.map((i) => table.header[i]!);
  const answers = members.map(() => ({}) as Record<string, unknown>);
  const lineOf = new Map<string, number>();
  const problems: Bilingual[] = [];
  for (const row of table.rows) {
    const id = row.cells[idColumn]!.replace(/\.$/, "");
    const values = memberColumns.map((i) => row.cells[i]!);
    if (id === "") {
      if (values.every((v) => v === "")) continue;
      problems.push(
        bi(
          `${table.name}:${row.line}: ${table.header[idColumn]}: is empty`,
          `${table.name}:${row.line}: ${table.header[idColumn]}: bị bỏ trống`,
        ),
      );
      continue;
    }
    const seen = lineOf.get(id);
    if (seen !== undefined) {
      problems.push(
        bi(
          `${table.name}:${row.line}: ${table.header[idColumn]}: criterion ${id} is already on line ${seen}`,
          `${table.name}:${row.line}: ${table.header[idColumn]}: tiêu chí ${id} đã có ở dòng ${seen}`,
        ),
      );
      continue;
    }
    lineOf.set(id, row.line);
    values.forEach((cell, m) => {
      if (cell === "") return;
      put(answers[m]!, id, numberCell(cell) ?? cell);
    });
  }
  if (problems.length > 0) throw dataError(problems);
  return {
    set: undefined,
    regulation: undefined,
    members,
    answers: answers as Answers[],
    locate: (sheet, id) => {
      const line = id === undefined ? undefined : lineOf.get(id);
      return `${table.name}${line === undefined ? "" : `:${line}`}: ${members[sheet]}`;
    },
  };
}

/** Where an issue of `classify` comes from. */
function locateIssue(read: ReadSheets, issue: OcopIssue): string {
  const path = issue.path;
  const council = read.answers.length > 1;
  const sheet = council && typeof path[1] === "number" ? path[1] : 0;
  const rest = path.slice(council ? 2 : 1);
  return read.locate(sheet, typeof rest[0] === "string" ? rest[0] : undefined);
}

interface Scored {
  readonly set: CriteriaSet;
  readonly members: readonly string[];
  readonly sheets: readonly ScoreSheet[];
  readonly result: Classification;
  readonly gap: StarGap | null;
  /** Average per section. */
  readonly sections: Readonly<Record<string, number>>;
  readonly parts: Readonly<Record<PartId, number>>;
}

function average(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function resultJson(file: string, s: Scored): unknown {
  const { result } = s;
  return {
    file,
    regulation: s.set.regulation,
    set: { number: s.set.number, name: s.set.name, status: s.set.status },
    sheets: s.sheets.map((sheet, i) => ({
      member: s.members[i],
      total: sheet.total,
      parts: sheet.parts,
      sections: sheet.sections,
      criteria: Object.fromEntries(sheet.criteria.map((c) => [c.id, c.points])),
    })),
    score: result.score,
    parts: s.parts,
    sections: s.sections,
    band: result.band,
    stars: result.stars,
    certifiable: result.certifiable,
    fiveStarScoreReached: result.fiveStarScoreReached,
    potentialFiveStar: result.potentialFiveStar,
    recognisedBy: result.recognisedBy,
    reasons: result.reasons,
    council: result.council,
    gap: s.gap,
  };
}

function yesNo(ctx: Ctx, value: boolean): string {
  return say(ctx, value ? bi("yes", "có") : bi("no", "không"));
}

function gapLines(ctx: Ctx, s: Scored): string {
  const { gap, result } = s;
  if (s.sheets.length > 1) {
    return say(
      ctx,
      bi(
        "Next star: the gap is computed for one sheet; score each member's sheet alone to see it.",
        "Hạng tiếp theo: khoảng cách chỉ tính cho một phiếu; hãy chấm riêng phiếu của từng thành viên.",
      ),
    );
  }
  if (gap === null) {
    return result.stars === 5
      ? say(ctx, bi("Next star: none, already 5★.", "Hạng tiếp theo: không có, đã đạt 5★."))
      : say(
          ctx,
          bi(
            "Next star: no combination of options reaches it.",
            "Hạng tiếp theo: không có cách chọn nào đạt được.",
          ),
        );
  }
  const head = say(
    ctx,
    bi(
      `Next star ${stars(gap.to)} (from ${gap.requiredScore} points): change ${gap.changes.length} ${gap.changes.length === 1 ? "criterion" : "criteria"}, +${num(gap.pointsGained)} points → ${num(gap.newScore)}, ${stars(gap.newStars)}`,
      `Lên hạng ${stars(gap.to)} (từ ${gap.requiredScore} điểm): cải thiện ${gap.changes.length} tiêu chí, +${num(gap.pointsGained)} điểm → ${num(gap.newScore)}, ${stars(gap.newStars)}`,
    ),
  );
  const rows = gap.changes.map((c) => [
    c.criterion.id,
    num(c.from.points),
    num(c.to.points),
    `+${num(c.gain)}`,
    c.marker === null ? "" : stars(c.marker),
    `${say(ctx, c.criterion.name)}: ${say(ctx, c.to.text)}`,
  ]);
  const header = [
    say(ctx, bi("Criterion", "Tiêu chí")),
    say(ctx, bi("From", "Từ")),
    say(ctx, bi("To", "Lên")),
    say(ctx, bi("Gain", "Tăng")),
    say(ctx, bi("Minimum", "Tối thiểu")),
    say(ctx, bi("Option to reach", "Lựa chọn cần đạt")),
  ];
  return `${head}\n${table(header, rows, ["l", "r", "r", "r", "l", "l"], "  ")}`;
}

function renderTable(ctx: Ctx, file: string, s: Scored): string {
  const { set, result } = s;
  const council = s.sheets.length > 1;
  const out: string[] = [];
  out.push(
    say(
      ctx,
      bi(
        `Criteria set ${set.number} of ${set.regulation}: `,
        `Bộ tiêu chí số ${set.number} theo ${set.regulation}: `,
      ),
    ) + say(ctx, set.name),
  );
  out.push(
    council
      ? say(
          ctx,
          bi(
            `${file}: ${s.sheets.length} sheets (council members)`,
            `${file}: ${s.sheets.length} phiếu (thành viên hội đồng)`,
          ),
        )
      : say(ctx, bi(`${file}: 1 sheet`, `${file}: 1 phiếu`)),
  );
  out.push("");
  const memberHeads = council ? [...s.members] : [];
  const header = [
    say(ctx, bi("Id", "Mã")),
    say(ctx, bi("Part / section", "Phần / mục")),
    ...memberHeads,
    council ? say(ctx, bi("Average", "Trung bình")) : say(ctx, bi("Points", "Điểm")),
    say(ctx, bi("Max", "Tối đa")),
  ];
  const rows: string[][] = [];
  for (const part of set.parts) {
    rows.push([
      part.id,
      clip(say(ctx, part.name), 60),
      ...(council ? s.sheets.map((sh) => num(sh.parts[part.id])) : []),
      num(s.parts[part.id]),
      String(part.max),
    ]);
    for (const section of part.sections) {
      rows.push([
        `  ${section.id}`,
        `  ${clip(say(ctx, section.name), 58)}`,
        ...(council ? s.sheets.map((sh) => num(sh.sections[section.id] ?? 0)) : []),
        num(s.sections[section.id] ?? 0),
        String(section.max),
      ]);
    }
  }
  rows.push([
    "",
    say(ctx, bi("Total", "Tổng điểm")),
    ...(council ? s.sheets.map((sh) => num(sh.total)) : []),
    num(result.score),
    String(set.max),
  ]);
  const align: ("l" | "r")[] = ["l", "l", ...memberHeads.map(() => "r" as const), "r", "r"];
  out.push(table(header, rows, align));
  out.push("");
  const entries: [string, string][] = [];
  if (result.council !== null) {
    const c = result.council;
    entries.push([
      say(ctx, bi("Council", "Hội đồng")),
      say(
        ctx,
        bi(
          `${c.members} members, totals ${c.totals.map(num).join(", ")} (lowest ${num(c.min)}, highest ${num(c.max)}, spread ${num(c.spread)})`,
          `${c.members} thành viên, tổng điểm ${c.totals.map(num).join(", ")} (thấp nhất ${num(c.min)}, cao nhất ${num(c.max)}, chênh lệch ${num(c.spread)})`,
        ),
      ),
    ]);
  }
  entries.push([
    say(ctx, bi("Score", "Điểm")),
    council
      ? say(
          ctx,
          bi(
            `${num(result.score)} (average total, not rounded)`,
            `${num(result.score)} (tổng điểm trung bình, không làm tròn)`,
          ),
        )
      : num(result.score),
  ]);
  entries.push([
    say(ctx, bi("Band", "Khung điểm")),
    `${stars(result.band.stars)}: ${say(ctx, result.band.wording)}`,
  ]);
  entries.push([
    say(ctx, bi("Stars", "Hạng sao")),
    result.stars === result.band.stars
      ? stars(result.stars)
      : say(
          ctx,
          bi(
            `${stars(result.stars)} (held back by minimum markers)`,
            `${stars(result.stars)} (bị giữ hạng do chưa đạt mức tối thiểu)`,
          ),
        ),
  ]);
  entries.push([
    say(ctx, bi("Certifiable", "Được công nhận")),
    result.recognisedBy === null
      ? say(
          ctx,
          bi(
            "no (1★ and 2★ get no decision and no certificate)",
            "không (1★, 2★ không được ban hành quyết định, không cấp giấy chứng nhận)",
          ),
        )
      : `${yesNo(ctx, result.certifiable)}: ${say(ctx, result.recognisedBy.authority)}`,
  ]);
  entries.push([
    say(ctx, bi("Potential 5★", "Tiềm năng 5 sao")),
    result.potentialFiveStar
      ? yesNo(ctx, true)
      : result.fiveStarScoreReached
        ? say(
            ctx,
            bi(
              "no (score reached, but a 5★ minimum is missed)",
              "không (đủ điểm nhưng chưa đạt mức tối thiểu của 5★)",
            ),
          )
        : yesNo(ctx, false),
  ]);
  out.push(pairs(entries));
  if (result.reasons.length > 0) {
    out.push("");
    out.push(
      say(ctx, bi(`Held back by (${result.reasons.length}):`, `Bị giữ hạng do (${result.reasons.length}):`)),
    );
    for (const r of result.reasons) out.push(`  - ${say(ctx, r.message)}`);
  }
  out.push("");
  out.push(gapLines(ctx, s));
  return out.join("\n");
}

function renderCsv(ctx: Ctx, s: Scored): string {
  const header = ["kind", "id", "name", "value", "max"];
  const rows: unknown[][] = [];
  const { set, result } = s;
  for (let i = 0; i < set.criteria.length; i++) {
    const c = set.criteria[i]!;
    rows.push([
      "criterion",
      c.id,
      say(ctx, c.name),
      average(s.sheets.map((sh) => sh.criteria[i]!.points)),
      c.max,
    ]);
  }
  for (const part of set.parts) {
    for (const section of part.sections) {
      rows.push(["section", section.id, say(ctx, section.name), s.sections[section.id] ?? 0, section.max]);
    }
  }
  for (const part of set.parts) rows.push(["part", part.id, say(ctx, part.name), s.parts[part.id], part.max]);
  rows.push(["total", "", say(ctx, bi("Total", "Tổng điểm")), result.score, set.max]);
  s.sheets.forEach((sh, i) => {
    rows.push([
      "member",
      s.members[i],
      say(ctx, bi("member's total", "tổng điểm của thành viên")),
      sh.total,
      set.max,
    ]);
  });
  rows.push(["band", "", say(ctx, result.band.wording), result.band.stars, 5]);
  rows.push([
    "stars",
    "",
    say(ctx, bi("stars after the minimum markers", "hạng sao sau khi xét mức tối thiểu")),
    result.stars,
    5,
  ]);
  rows.push([
    "certifiable",
    "",
    say(ctx, bi("recognition decision and certificate", "quyết định công nhận và giấy chứng nhận")),
    result.certifiable,
    "",
  ]);
  rows.push([
    "potential_5_star",
    "",
    say(ctx, bi("potential 5★", "tiềm năng 5 sao")),
    result.potentialFiveStar,
    "",
  ]);
  for (const r of result.reasons)
    rows.push(["reason", r.criterion.id, say(ctx, r.message), r.reached.points, r.required.points]);
  if (s.gap !== null) {
    for (const c of s.gap.changes)
      rows.push(["gap", c.criterion.id, say(ctx, c.to.text), c.to.points, c.from.points]);
  }
  return csv(header, rows, ctx.excel);
}

/**
 * Runs `ocop score`.
 *
 * @example
 * ```ts
 * await scoreCommand(ctx, parseArgs(["sheet.json", "--set", "1"], SCORE_OPTIONS));
 * ```
 */
export async function scoreCommand(ctx: Ctx, args: ParsedArgs): Promise<ExitCode> {
  const [file, ...extra] = args.positionals;
  if (file === undefined) throw usageError(bi("a sheet file is required", "cần tệp phiếu chấm"), "score");
  if (extra.length > 0)
    throw usageError(bi(`unexpected argument "${extra[0]}"`, `thừa tham số "${extra[0]}"`), "score");
  const setOption =
    typeof args.values["set"] === "string"
      ? intOption("--set", args.values["set"], 1, 99, "score")
      : undefined;
  const regulationValue =
    typeof args.values["regulation"] === "string" ? args.values["regulation"] : undefined;
  const input = await readText(ctx.io, file);
  const read = formatOf(input) === "json" ? fromJson(input) : fromCsv(parseCsv(input));

  if (setOption !== undefined && read.set !== undefined && setOption !== read.set) {
    throw usageError(
      bi(
        `--set ${setOption} contradicts "set": ${read.set} in ${input.name}`,
        `--set ${setOption} mâu thuẫn với "set": ${read.set} trong ${input.name}`,
      ),
      "score",
    );
  }
  const number = setOption ?? read.set;
  if (number === undefined) {
    throw usageError(
      bi(`--set <n> is required (or "set" in a JSON sheet)`, `cần --set <số bộ> (hoặc "set" trong tệp JSON)`),
      "score",
    );
  }
  const regulation = regulationOption(regulationValue ?? read.regulation ?? "26/2026/QĐ-TTg", "score");
  if (
    regulationValue !== undefined &&
    read.regulation !== undefined &&
    regulationOption(read.regulation, "score") !== regulation
  ) {
    throw usageError(
      bi(
        `--regulation ${regulationValue} contradicts "regulation": "${read.regulation}" in ${input.name}`,
        `--regulation ${regulationValue} mâu thuẫn với "regulation": "${read.regulation}" trong ${input.name}`,
      ),
      "score",
    );
  }
  const set = setOf(regulation, number, "score");
  const warning = statusWarning(set);
  if (warning !== null) note(ctx, warning);

  let result: Classification;
  try {
    result = classify(set, read.answers.length === 1 ? read.answers[0]! : read.answers);
  } catch (error) {
    if (error instanceof OcopError) {
      throw dataError(
        byLine(
          locatedLines(error, (issue) => locateIssue(read, issue)),
          input.name,
        ),
      );
    }
    throw error;
  }
  const sheets = read.answers.map((a) => scoreSheet(set, a));
  const sections: Record<string, number> = {};
  for (const id of Object.keys(sheets[0]!.sections))
    put(sections, id, average(sheets.map((s) => s.sections[id] ?? 0)));
  const parts = {
    A: average(sheets.map((s) => s.parts.A)),
    B: average(sheets.map((s) => s.parts.B)),
    C: average(sheets.map((s) => s.parts.C)),
  };
  const gap = sheets.length === 1 ? nextStarGap(set, sheets[0]!) : null;
  const scored: Scored = { set, members: read.members, sheets, result, gap, sections, parts };

  if (ctx.format === "json") print(ctx, json(resultJson(input.name, scored)));
  else if (ctx.format === "csv") ctx.io.stdout(renderCsv(ctx, scored));
  else print(ctx, renderTable(ctx, input.name, scored));
  return EXIT.OK;
}
