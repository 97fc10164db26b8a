/**
 * `ocop sheet --set <n>`: a product group's blank criteria sheet, as a table, JSON (the criteria set as
 * data) or a fill-in CSV that `ocop score` reads back.
 *
 * @module
 */
import type { CriteriaSet, Criterion, CriterionOption } from "../../criteria/types.js";
import type { ParsedArgs } from "../args.js";
import { bi, usageError } from "../cli-error.js";
import { type Ctx, intOption, note, print, regulationOption, say } from "../context.js";
import { EXIT, type ExitCode } from "../exit-codes.js";
import { csv, json, stars, table } from "../render.js";
import { SHEET_COLUMNS, setOf, statusWarning } from "./common.js";

/** The options of `ocop sheet`. */
export const SHEET_OPTIONS = {
  set: { type: "string" },
  regulation: { type: "string" },
  excel: { type: "boolean" },
} as const;

function optionLabel(option: CriterionOption): string {
  return option.minimumStars === undefined
    ? String(option.points)
    : `${option.points} (${stars(option.minimumStars)})`;
}

/** The options of a criterion in one cell: `0 | 1 (3★) | 3 | 5`. */
export function optionsCell(criterion: Criterion): string {
  return criterion.options.map(optionLabel).join(" | ");
}

function sheetRows(ctx: Ctx, set: CriteriaSet): string[][] {
  const rows: string[][] = [];
  for (const part of set.parts) {
    rows.push([part.id, "", String(part.max), "", say(ctx, part.name)]);
    for (const section of part.sections) {
      const criteria = set.criteria.filter((c) => c.section === section.id);
      const whole = criteria.length === 1 && criteria[0]!.id === section.id;
      if (!whole) rows.push([section.id, "", String(section.max), "", say(ctx, section.name)]);
      let parent: string | undefined;
      for (const c of criteria) {
        if (c.parent !== undefined && c.parent !== parent) {
          const sub = section.subsections?.find((s) => s.id === c.parent);
          if (sub !== undefined) rows.push([sub.id, "", String(sub.max), "", say(ctx, sub.name)]);
        }
        parent = c.parent;
        const printed =
          c.defect === undefined ? "" : ` [${say(ctx, bi("printed", "bản in"))}: "${c.defect.printed}"]`;
        rows.push([c.id, "", String(c.max), "", `${say(ctx, c.name)}${printed}`]);
        c.options.forEach((o, i) => {
          const mark = o.minimumStars === undefined ? "" : stars(o.minimumStars);
          const defect =
            o.defect === undefined ? "" : ` [${say(ctx, bi("printed", "bản in"))}: "${o.defect.printed}"]`;
          rows.push(["", String(i + 1), String(o.points), mark, `${say(ctx, o.text)}${defect}`]);
        });
      }
    }
  }
  return rows;
}

/**
 * Runs `ocop sheet`.
 *
 * @example
 * ```ts
 * await sheetCommand(ctx, parseArgs(["--set", "1"], SHEET_OPTIONS));
 * ```
 */
export async function sheetCommand(ctx: Ctx, args: ParsedArgs): Promise<ExitCode> {
  if (args.positionals.length > 0) {
    throw usageError(
      bi(`unexpected argument "${args.positionals[0]}"`, `thừa tham số "${args.positionals[0]}"`),
      "sheet",
    );
  }
  const setValue = args.values["set"];
  if (typeof setValue !== "string")
    throw usageError(bi("--set <n> is required", "cần --set <số bộ>"), "sheet");
  const regulation = regulationOption(
    typeof args.values["regulation"] === "string" ? args.values["regulation"] : "26/2026/QĐ-TTg",
    "sheet",
  );
  const set = setOf(regulation, intOption("--set", setValue, 1, 99, "sheet"), "sheet");
  const warning = statusWarning(set);
  if (warning !== null) note(ctx, warning);

  if (ctx.format === "json") {
    print(ctx, json(set));
    return EXIT.OK;
  }
  if (ctx.format === "csv") {
    const cols = SHEET_COLUMNS;
    const header = [
      cols.criterion,
      cols.part,
      cols.section,
      cols.name,
      cols.max,
      cols.options,
      cols.points,
    ].map((c) => say(ctx, c));
    const rows = set.criteria.map((c) => [
      c.id,
      c.part,
      c.section,
      say(ctx, c.name),
      c.max,
      optionsCell(c),
      "",
    ]);
    ctx.io.stdout(csv(header, rows, ctx.excel));
    return EXIT.OK;
  }
  const head = [
    say(
      ctx,
      bi(
        `Criteria set ${set.number} of ${set.regulation}: `,
        `Bộ tiêu chí số ${set.number} theo ${set.regulation}: `,
      ),
    ) + say(ctx, set.name),
    [set.classification.product, set.classification.group, set.classification.subgroup]
      .filter((x) => x !== null)
      .map((x) => say(ctx, x))
      .join(" › "),
    `${say(ctx, bi("Source", "Nguồn"))}: ${set.source} (${set.status})`,
    say(
      ctx,
      bi(
        "Minimum markers: an option marked 3★, 4★ or 5★ is the least a product of that many stars or more must reach.",
        "Dấu sao: lựa chọn có đánh dấu 3★, 4★, 5★ là mức tối thiểu sản phẩm đạt hạng sao đó trở lên phải đạt.",
      ),
    ),
  ];
  if (set.rejection.length > 0) {
    head.push(say(ctx, bi("A dossier is rejected when:", "Hồ sơ bị loại khi:")));
    for (const r of set.rejection) head.push(`  - ${say(ctx, r)}`);
  }
  const header = [
    say(ctx, bi("Id", "Mã")),
    say(ctx, bi("Option", "Lựa chọn")),
    say(ctx, bi("Points", "Điểm")),
    say(ctx, bi("Minimum", "Tối thiểu")),
    say(ctx, bi("Text", "Nội dung")),
  ];
  print(ctx, `${head.join("\n")}\n\n${table(header, sheetRows(ctx, set), ["l", "r", "r", "l", "l"])}\n`);
  return EXIT.OK;
}
