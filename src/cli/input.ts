/**
 * Reading input files: bytes to text (UTF-8 with or without BOM, UTF-16 from Excel's "Unicode text"),
 * JSON with the line and column of a syntax error, CSV with csv-parse (delimiter `,`, `;` or tab detected,
 * blank lines skipped) keeping the line number of every record.
 *
 * @module
 */
import { parse } from "csv-parse/sync";
import { bi, CliError, dataError } from "./cli-error.js";
import { EXIT } from "./exit-codes.js";
import type { CliIo } from "./io.js";

/** A file read as text. */
export interface TextInput {
  /** The name to show in messages: the path as given, or `stdin`. */
  readonly name: string;
  readonly text: string;
}

/** One CSV record with the line it starts on (1-based, counting the header and blank lines). */
export interface CsvRow {
  readonly line: number;
  /** The cells, trimmed, one per header column (missing trailing cells are empty strings). */
  readonly cells: readonly string[];
}

/** A CSV file: its header and its records. */
export interface CsvTable {
  readonly name: string;
  /** The header cells, trimmed. */
  readonly header: readonly string[];
  /** The line of the header. */
  readonly headerLine: number;
  readonly rows: readonly CsvRow[];
  /** The delimiter detected. */
  readonly delimiter: string;
}

const UNREADABLE: Readonly<Record<string, { en: string; vi: string }>> = {
  ENOENT: { en: "no such file", vi: "không tìm thấy tệp" },
  EACCES: { en: "permission denied", vi: "không có quyền đọc" },
  EPERM: { en: "permission denied", vi: "không có quyền đọc" },
  EISDIR: { en: "is a directory, not a file", vi: "là thư mục, không phải tệp" },
};

/**
 * Reads a file (or stdin for `-`) as text.
 *
 * @throws {@link CliError} exit 3 when it cannot be read; exit 4 when it is not UTF-8 or UTF-16 text
 * @example
 * ```ts
 * const { name, text } = await readText(io, "registry.csv");
 * ```
 */
export async function readText(io: CliIo, path: string): Promise<TextInput> {
  const name = path === "-" ? "stdin" : path;
  let bytes: Uint8Array;
  try {
    bytes = path === "-" ? await io.readStdin() : await io.readFile(path);
  } catch (error) {
    const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
    const known = typeof code === "string" ? UNREADABLE[code] : undefined;
    const detail =
      known ??
      bi(
        error instanceof Error ? error.message : String(error),
        error instanceof Error ? error.message : String(error),
      );
    throw new CliError(EXIT.UNREADABLE, [
      bi(`${name}: cannot be read: ${detail.en}`, `${name}: không đọc được: ${detail.vi}`),
    ]);
  }
  return { name, text: decode(name, bytes) };
}

/** Decodes bytes: UTF-16LE when they start with its BOM, else strict UTF-8 (a BOM is dropped). */
export function decode(name: string, bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return new TextDecoder("utf-16le").decode(bytes);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw dataError([
      bi(
        `${name}: is not UTF-8 text (in Excel, save it as "CSV UTF-8 (Comma delimited)")`,
        `${name}: không phải văn bản UTF-8 (trong Excel, hãy lưu dạng "CSV UTF-8 (Comma delimited)")`,
      ),
    ]);
  }
}

/** `json` or `csv`: by the extension, else by the first character (`{` or `[` is JSON). */
export function formatOf(input: TextInput): "json" | "csv" {
  const lower = input.name.toLowerCase();
  if (lower.endsWith(".json")) return "json";
  if (lower.endsWith(".csv") || lower.endsWith(".tsv") || lower.endsWith(".txt")) return "csv";
  const first = input.text.trimStart()[0];
  return first === "{" || first === "[" ? "json" : "csv";
}

/**
 * Parses JSON; a syntax error names the file, and the line and column when the engine gives a position.
 *
 * @throws {@link CliError} exit 4
 * @example
 * ```ts
 * parseJson({ name: "a.json", text: '{"value": 3}' }); // { value: 3 }
 * ```
 */
export function parseJson(input: TextInput): unknown {
  try {
    return JSON.parse(input.text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /at position (\d+)/.exec(message);
    let where = "";
    if (at !== null) {
      const before = input.text.slice(0, Number(at[1]));
      const line = before.split("\n").length;
      const column = before.length - before.lastIndexOf("\n");
      where = `${line}:${column}: `;
    }
    throw dataError([
      bi(
        `${input.name}:${where ? ` ${where}` : " "}not valid JSON: ${message}`,
        `${input.name}:${where ? ` ${where}` : " "}JSON không hợp lệ: ${message}`,
      ),
    ]);
  }
}

/** The delimiter whose first record has the most fields (`,` on a tie). */
function detectDelimiter(text: string): string {
  // The header is the first line that is not blank (blank lines before it are skipped when reading).
  const fromHeader = text.replace(/^\uFEFF/, "").replace(/^(?:[ \t]*\r?\n)+/, "");
  let best = ",";
  let most = 0;
  for (const delimiter of [",", ";", "\t"]) {
    let fields = 0;
    try {
      const [first] = parse(fromHeader, {
        delimiter,
        bom: true,
        to_line: 1,
        relax_column_count: true,
        relax_quotes: true,
      });
      fields = first?.length ?? 0;
    } catch {
      fields = 0;
    }
    if (fields > most) {
      most = fields;
      best = delimiter;
    }
  }
  return best;
}

/** The number of line breaks inside a record's raw text, without the blank lines before it and its own end. */
function innerBreaks(raw: string): number {
  const body = raw.replace(/^(?:[ \t]*\r?\n)+/, "").replace(/\r?\n$/, "");
  let n = 0;
  for (const ch of body) if (ch === "\n") n++;
  return n;
}

/**
 * Parses CSV text with csv-parse: UTF-8 BOM dropped, `,` `;` or tab detected from the first line, cells
 * trimmed, blank lines and lines of empty cells (`;;;` from Excel) skipped. The first record is the header.
 *
 * @throws {@link CliError} exit 4 for a CSV syntax error (with its line), an empty file, or a record with
 *   more non-empty cells than the header has columns
 * @example
 * ```ts
 * const table = parseCsv({ name: "a.csv", text: "criterion;points\n1.1;3\n" });
 * table.rows[0]; // { line: 2, cells: ["1.1", "3"] }
 * ```
 */
export function parseCsv(input: TextInput): CsvTable {
  const delimiter = detectDelimiter(input.text);
  let records: { record: string[]; info: { lines: number }; raw: string }[];
  try {
    records = parse(input.text, {
      delimiter,
      bom: true,
      info: true,
      raw: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as unknown as { record: string[]; info: { lines: number }; raw: string }[];
  } catch (error) {
    const e = error as { lines?: unknown; message?: unknown };
    const line = typeof e.lines === "number" ? `${e.lines}:` : "";
    const message = typeof e.message === "string" ? e.message : String(error);
    throw dataError([
      bi(
        `${input.name}:${line} not valid CSV: ${message}`,
        `${input.name}:${line} CSV không hợp lệ: ${message}`,
      ),
    ]);
  }
  const rows: CsvRow[] = [];
  let header: string[] | undefined;
  let headerLine = 0;
  const problems = [];
  for (const { record, info, raw } of records) {
    if (record.every((cell) => cell === "")) continue;
    const line = info.lines - innerBreaks(raw);
    if (header === undefined) {
      header = record;
      while (header.length > 0 && header[header.length - 1] === "") header.pop();
      headerLine = line;
      continue;
    }
    const extra = record.slice(header.length).filter((cell) => cell !== "");
    if (extra.length > 0) {
      problems.push(
        bi(
          `${input.name}:${line}: has ${record.length} fields, the header has ${header.length} columns`,
          `${input.name}:${line}: có ${record.length} trường, dòng tiêu đề có ${header.length} cột`,
        ),
      );
      continue;
    }
    const cells = header.map((_, i) => record[i] ?? "");
    rows.push({ line, cells });
  }
  if (header === undefined) {
    throw dataError([
      bi(`${input.name}: is empty (no header line)`, `${input.name}: tệp rỗng (không có dòng tiêu đề)`),
    ]);
  }
  if (problems.length > 0) throw dataError(problems);
  return { name: input.name, header, headerLine, rows, delimiter };
}

/**
 * A column name folded for matching: lower case, no diacritics (đ → d), runs of spaces, `-` and `.` as `_`.
 *
 * @example
 * ```ts
 * foldHeader("Ngày cấp"); // "ngay_cap"
 * ```
 */
export function foldHeader(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .trim()
    .replace(/[\s.\-/]+/g, "_");
}
