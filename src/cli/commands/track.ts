/**
 * `ocop track <preset-id | target.json> <data.json|csv>`: tracks a preset or custom target against a data
 * file; `ocop presets`: lists the preset targets.
 *
 * @module
 */
import { type Bilingual, OcopError } from "../../errors/ocop-error.js";
import { parseWith } from "../../schemas/parse.js";
import { CountDataSchema, PerUnitDataSchema, ShareDataSchema, TargetSchema } from "../../schemas/targets.js";
import { TARGET_PRESETS, targetPreset } from "../../targets/presets/index.js";
import { trackTarget } from "../../targets/track-target.js";
import type { Target, TargetData, TargetProgress } from "../../targets/types.js";
import type { ParsedArgs } from "../args.js";
import { bi, dataError, usageError } from "../cli-error.js";
import { asOfOption, type Ctx, jsonPath, locatedLines, print, put, say } from "../context.js";
import { EXIT, type ExitCode } from "../exit-codes.js";
import { foldHeader, formatOf, parseCsv, parseJson, readText, type TextInput } from "../input.js";
import { csv, json, num, pairs, table } from "../render.js";

/** The options of `ocop track`. */
export const TRACK_OPTIONS = {
  "as-of": { type: "string" },
  "fail-on-risk": { type: "boolean" },
  excel: { type: "boolean" },
} as const;

/** The options of `ocop presets`. */
export const PRESETS_OPTIONS = { excel: { type: "boolean" } } as const;

const STATUS: Readonly<Record<TargetProgress["status"], Bilingual>> = {
  met: bi("met", "đã đạt"),
  "on-track": bi("on track", "đúng tiến độ"),
  "at-risk": bi("at risk", "có nguy cơ không đạt"),
  missed: bi("missed", "không đạt"),
};

const COLUMN_ALIASES: Readonly<Record<string, readonly string[]>> = {
  value: ["value", "gia_tri", "so_luong", "count"],
  part: ["part", "dat"],
  whole: ["whole", "tong", "tong_so"],
  partAtStart: ["part_at_start", "dat_dau_ky"],
  wholeAtStart: ["whole_at_start", "tong_dau_ky"],
  unit: ["unit", "don_vi", "commune", "xa", "district", "huyen"],
};

/** Whole numbers only: `10.000` is ten thousand in Vietnam, so no decimal point is guessed at. */
function countCell(cell: string): unknown {
  return /^\d+$/.test(cell) ? Number(cell) : cell;
}

function schemaOf(target: Target) {
  return target.kind === "count" || target.kind === "range"
    ? CountDataSchema
    : target.kind === "per-unit-minimum"
      ? PerUnitDataSchema
      : ShareDataSchema;
}

/** Reads the data file (JSON, or CSV in the form of the target's kind) and validates it. */
function readData(target: Target, input: TextInput): TargetData {
  const schema = schemaOf(target);
  if (formatOf(input) === "json") {
    const data = parseJson(input);
    try {
      return parseWith(schema, data, []) as TargetData;
    } catch (error) {
      if (error instanceof OcopError) {
        throw dataError(locatedLines(error, (issue) => `${input.name}: ${jsonPath(issue.path)}`));
      }
      throw error;
    }
  }
  const t = parseCsv(input);
  const folded = t.header.map(foldHeader);
  const col = (role: string): number => folded.findIndex((h) => COLUMN_ALIASES[role]!.includes(h));
  const need = (role: string): number => {
    const i = col(role);
    if (i < 0) {
      throw dataError([
        bi(
          `${t.name}:${t.headerLine}: a ${target.kind} target needs a "${COLUMN_ALIASES[role]![0]}" column`,
          `${t.name}:${t.headerLine}: chỉ tiêu loại ${target.kind} cần cột "${COLUMN_ALIASES[role]![0]}"`,
        ),
      ]);
    }
    return i;
  };
  const data: Record<string, unknown> = {};
  const lineOf = new Map<string, number>();
  if (target.kind === "per-unit-minimum") {
    const unit = need("unit");
    const value = need("value");
    const units: Record<string, unknown> = {};
    for (const row of t.rows) {
      const name = row.cells[unit]!;
      const seen = lineOf.get(`units.${name}`);
      if (seen !== undefined) {
        throw dataError([
          bi(
            `${t.name}:${row.line}: ${t.header[unit]}: "${name}" is already on line ${seen}`,
            `${t.name}:${row.line}: ${t.header[unit]}: "${name}" đã có ở dòng ${seen}`,
          ),
        ]);
      }
      lineOf.set(`units.${name}`, row.line);
      put(units, name, countCell(row.cells[value]!));
    }
    put(data, "units", units);
  } else {
    const [row, second] = t.rows;
    if (row === undefined || second !== undefined) {
      throw dataError([
        bi(
          `${t.name}: a ${target.kind} target takes exactly one data line, not ${t.rows.length}`,
          `${t.name}: chỉ tiêu loại ${target.kind} cần đúng một dòng dữ liệu, không phải ${t.rows.length}`,
        ),
      ]);
    }
    const roles = target.kind === "count" || target.kind === "range" ? ["value"] : ["part", "whole"];
    for (const role of roles) {
      put(data, role, countCell(row.cells[need(role)]!));
      lineOf.set(role, row.line);
    }
    if (roles.length === 2 && col("partAtStart") >= 0 && col("wholeAtStart") >= 0) {
      const p = row.cells[col("partAtStart")]!;
      const w = row.cells[col("wholeAtStart")]!;
      if (p !== "" || w !== "") put(data, "atStart", { part: countCell(p), whole: countCell(w) });
      lineOf.set("atStart", row.line);
    }
  }
  try {
    return parseWith(schema, data, []) as TargetData;
  } catch (error) {
    if (error instanceof OcopError) {
      throw dataError(
        locatedLines(error, (issue) => {
          const key = issue.path.slice(0, issue.path[0] === "units" ? 2 : 1).join(".");
          const line = lineOf.get(key);
          const field =
            issue.path[0] === "units" ? String(issue.path[1] ?? "units") : String(issue.path[0] ?? "");
          return `${t.name}${line === undefined ? "" : `:${line}`}: ${field}`;
        }),
      );
    }
    throw error;
  }
}

/** The target of the first argument: a preset id, or a JSON file (`.json` or `-`). */
async function readTarget(ctx: Ctx, arg: string): Promise<Target> {
  if (!arg.toLowerCase().endsWith(".json") && arg !== "-") {
    try {
      return targetPreset(arg);
    } catch (error) {
      if (error instanceof OcopError) {
        throw usageError(
          bi(
            `"${arg}" is not a preset target (see 'ocop presets') nor a .json file`,
            `"${arg}" không phải là chỉ tiêu có sẵn (xem 'ocop presets') hay tệp .json`,
          ),
          "track",
        );
      }
      throw error;
    }
  }
  const input = await readText(ctx.io, arg);
  const data = parseJson(input);
  try {
    return parseWith(TargetSchema, data, []) as Target;
  } catch (error) {
    if (error instanceof OcopError) {
      throw dataError(locatedLines(error, (issue) => `${input.name}: ${jsonPath(issue.path)}`));
    }
    throw error;
  }
}

function renderProgress(ctx: Ctx, p: TargetProgress): string {
  const t = p.target;
  const entries: [string, string][] = [
    [say(ctx, bi("Measure", "Đo lường")), say(ctx, t.measure)],
    [say(ctx, bi("Period", "Thời kỳ")), `${t.start} → ${t.deadline}`],
  ];
  if (t.source !== undefined) entries.push([say(ctx, bi("Source", "Nguồn")), t.source.document]);
  entries.push(
    [
      say(ctx, bi("As of", "Tính đến")),
      p.daysLeft >= 0
        ? say(ctx, bi(`${p.asOf} (${p.daysLeft} days left)`, `${p.asOf} (còn ${p.daysLeft} ngày)`))
        : say(
            ctx,
            bi(
              `${p.asOf} (${-p.daysLeft} days past the deadline)`,
              `${p.asOf} (quá hạn ${-p.daysLeft} ngày)`,
            ),
          ),
    ],
    [say(ctx, bi("Achieved", "Đã đạt")), num(p.achieved)],
    [say(ctx, bi("Required", "Yêu cầu")), num(p.required)],
    [
      say(ctx, bi("Remaining", "Còn thiếu")),
      p.remainingItems === undefined
        ? num(p.remaining)
        : say(
            ctx,
            bi(
              `${num(p.remaining)} (${num(p.remainingItems)} more)`,
              `${num(p.remaining)} (thêm ${num(p.remainingItems)})`,
            ),
          ),
    ],
    [say(ctx, bi("Done", "Hoàn thành")), `${num(p.percentDone)}%`],
  );
  if (p.neededPerMonth !== null && p.neededPerYear !== null) {
    entries.push([
      say(ctx, bi("Needed", "Cần đạt")),
      say(
        ctx,
        bi(
          `${num(p.neededPerMonth)} per month, ${num(p.neededPerYear)} per year`,
          `${num(p.neededPerMonth)} mỗi tháng, ${num(p.neededPerYear)} mỗi năm`,
        ),
      ),
    ]);
  }
  if (p.projection !== null) {
    entries.push([
      say(ctx, bi("Projection", "Dự báo")),
      say(ctx, bi(`${num(p.projection)} at the deadline`, `${num(p.projection)} vào hạn chót`)),
    ]);
  }
  entries.push([say(ctx, bi("Status", "Tình trạng")), say(ctx, STATUS[p.status])]);
  entries.push([say(ctx, bi("Why", "Lý do")), say(ctx, p.reason)]);
  const out = [`${t.id}: ${say(ctx, t.name)}`, pairs(entries)];
  if (p.shortfalls !== undefined && p.shortfalls.length > 0) {
    out.push(
      "",
      say(ctx, bi("Units short of the minimum:", "Đơn vị chưa đạt mức tối thiểu:")),
      table(
        [
          say(ctx, bi("Unit", "Đơn vị")),
          say(ctx, bi("Value", "Giá trị")),
          say(ctx, bi("Missing", "Còn thiếu")),
        ],
        p.shortfalls.map((s) => [s.unit, num(s.value), num(s.missing)]),
        ["l", "r", "r"],
        "  ",
      ),
    );
  }
  return out.join("\n");
}

/**
 * Runs `ocop track`.
 *
 * @example
 * ```ts
 * await trackCommand(ctx, parseArgs(["919/products-3-stars", "data.json"], TRACK_OPTIONS));
 * ```
 */
export async function trackCommand(ctx: Ctx, args: ParsedArgs): Promise<ExitCode> {
  const [targetArg, dataArg, ...extra] = args.positionals;
  if (targetArg === undefined || dataArg === undefined) {
    throw usageError(
      bi(
        "a target (preset id or .json file) and a data file are required",
        "cần chỉ tiêu (mã có sẵn hoặc tệp .json) và tệp dữ liệu",
      ),
      "track",
    );
  }
  if (extra.length > 0)
    throw usageError(bi(`unexpected argument "${extra[0]}"`, `thừa tham số "${extra[0]}"`), "track");
  const asOf = asOfOption(
    ctx,
    typeof args.values["as-of"] === "string" ? args.values["as-of"] : undefined,
    "track",
  );
  const target = await readTarget(ctx, targetArg);
  const data = readData(target, await readText(ctx.io, dataArg));
  if (asOf < target.start) {
    throw usageError(
      bi(
        `--as-of: ${asOf} is before the target's start (${target.start})`,
        `--as-of: ${asOf} trước ngày bắt đầu của chỉ tiêu (${target.start})`,
      ),
      "track",
    );
  }
  const progress = trackTarget(target, data as never, asOf);
  const exit =
    args.values["fail-on-risk"] === true && (progress.status === "at-risk" || progress.status === "missed")
      ? EXIT.ATTENTION
      : EXIT.OK;
  if (ctx.format === "json") print(ctx, json(progress));
  else if (ctx.format === "csv") {
    const header = [
      "id",
      "as_of",
      "status",
      "achieved",
      "required",
      "remaining",
      "percent_done",
      "days_left",
      "needed_per_month",
      "needed_per_year",
      "projection",
      "reason",
    ];
    const p = progress;
    ctx.io.stdout(
      csv(
        header,
        [
          [
            p.target.id,
            p.asOf,
            p.status,
            p.achieved,
            p.required,
            p.remaining,
            p.percentDone,
            p.daysLeft,
            p.neededPerMonth ?? "",
            p.neededPerYear ?? "",
            p.projection ?? "",
            say(ctx, p.reason),
          ],
        ],
        ctx.excel,
      ),
    );
  } else print(ctx, renderProgress(ctx, progress));
  return exit;
}

/**
 * Runs `ocop presets`.
 *
 * @example
 * ```ts
 * await presetsCommand(ctx, parseArgs([], PRESETS_OPTIONS));
 * ```
 */
export async function presetsCommand(ctx: Ctx, args: ParsedArgs): Promise<ExitCode> {
  if (args.positionals.length > 0) {
    throw usageError(
      bi(`unexpected argument "${args.positionals[0]}"`, `thừa tham số "${args.positionals[0]}"`),
      "presets",
    );
  }
  if (ctx.format === "json") {
    print(ctx, json(TARGET_PRESETS));
    return EXIT.OK;
  }
  const rows = TARGET_PRESETS.map((t) => [t.id, t.kind, t.start, t.deadline, say(ctx, t.name)]);
  if (ctx.format === "csv") {
    ctx.io.stdout(csv(["id", "kind", "start", "deadline", "name"], rows, ctx.excel));
    return EXIT.OK;
  }
  const header = [
    say(ctx, bi("Id", "Mã")),
    say(ctx, bi("Kind", "Loại")),
    say(ctx, bi("Start", "Bắt đầu")),
    say(ctx, bi("Deadline", "Hạn")),
    say(ctx, bi("Target", "Chỉ tiêu")),
  ];
  print(ctx, table(header, rows));
  return EXIT.OK;
}
