/**
 * What every command gets: the io, the language and the output format; and the helpers that turn the
 * library's {@link OcopError} into located, bilingual lines.
 *
 * @module
 */
import type { CalendarDate } from "../calendar/calendar-date.js";
import { isCalendarDate } from "../calendar/calendar-date.js";
import type { Bilingual, Language, OcopError, OcopIssue } from "../errors/ocop-error.js";
import type { CriteriaRegulationNumber } from "../regulations/types.js";
import { bi, usageError } from "./cli-error.js";
import { foldHeader } from "./input.js";
import type { CliIo } from "./io.js";
import type { OutputFormat } from "./render.js";

/** The context of a command. */
export interface Ctx {
  readonly io: CliIo;
  readonly lang: Language;
  readonly format: OutputFormat;
  /** CSV output for Excel: a UTF-8 BOM and `;` between fields. */
  readonly excel: boolean;
}

/** The text of a bilingual message in the context's language. */
export function say(ctx: Ctx, text: Bilingual): string {
  return text[ctx.lang];
}

/** Writes text to stdout, with exactly one final newline. */
export function print(ctx: Ctx, text: string): void {
  ctx.io.stdout(text.endsWith("\n") ? text : `${text}\n`);
}

/** A note on stderr (not an error: the command goes on). */
export function note(ctx: Ctx, text: Bilingual): void {
  ctx.io.stderr(`ocop: ${say(ctx, bi("note", "lưu ý"))}: ${say(ctx, text)}\n`);
}

/** A path as a readable JSON location: `answers[1]["1.3"]`. */
export function jsonPath(path: readonly (string | number)[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out === "" ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out === "" ? "(top level)" : out;
}

/** The message of an issue without the path the library put in front of it. */
export function withoutPath(issue: OcopIssue): Bilingual {
  // The library writes the full path, or the path of the object holding the key (an unknown key).
  const strip = (text: string): string => {
    for (let k = issue.path.length; k > 0; k--) {
      const where = issue.path.slice(0, k).join(".");
      if (text.startsWith(`${where}: `)) return text.slice(where.length + 2);
    }
    return text.startsWith(": ") ? text.slice(2) : text;
  };
  return { en: strip(issue.message.en), vi: strip(issue.message.vi) };
}

/**
 * One located line per issue of an error: `locate` gives the location (`file:12: issued_on`) of an issue.
 *
 * @example
 * ```ts
 * locatedLines(error, (issue) => `registry.csv:${lineOf(issue)}: ${columnOf(issue)}`);
 * ```
 */
export function locatedLines(error: OcopError, locate: (issue: OcopIssue) => string): Bilingual[] {
  return error.issues.map((issue) => {
    const where = locate(issue);
    const m = withoutPath(issue);
    return { en: `${where}: ${m.en}`, vi: `${where}: ${m.vi}` };
  });
}

/**
 * Lines sorted by the line number that follows `name:` (stable; lines without one first).
 *
 * @example
 * ```ts
 * byLine([bi("a.csv:9: x", "a.csv:9: x"), bi("a.csv:3: y", "a.csv:3: y")], "a.csv"); // line 3 first
 * ```
 */
export function byLine(lines: readonly Bilingual[], name: string): Bilingual[] {
  const lineOf = (l: Bilingual): number => {
    const m = l.en.startsWith(`${name}:`) ? /^(\d+):/.exec(l.en.slice(name.length + 1)) : null;
    return m === null ? 0 : Number(m[1]);
  };
  return lines
    .map((l, i) => ({ l, i, n: lineOf(l) }))
    .sort((a, b) => a.n - b.n || a.i - b.i)
    .map((x) => x.l);
}

/** The error's message with the library's own path replaced by `prefix`: for options. */
export function optionError(error: OcopError, option: string, command: string): never {
  const first = error.issues[0]!;
  const m = withoutPath(first);
  throw usageError(bi(`${option}: ${m.en}`, `${option}: ${m.vi}`), command);
}

const REGULATIONS: Readonly<Record<string, CriteriaRegulationNumber>> = {
  "26": "26/2026/QĐ-TTg",
  "262026": "26/2026/QĐ-TTg",
  "262026qdttg": "26/2026/QĐ-TTg",
  "148": "148/QĐ-TTg",
  "148qdttg": "148/QĐ-TTg",
  "1048": "1048/QĐ-TTg",
  "1048qdttg": "1048/QĐ-TTg",
};

/**
 * The criteria regulation named by `--regulation` (`26/2026/QĐ-TTg`, `26/2026`, `148`, `1048/QD-TTg`...).
 *
 * @throws {@link CliError} exit 2
 * @example
 * ```ts
 * regulationOption("148", "score"); // "148/QĐ-TTg"
 * ```
 */
export function regulationOption(value: string, command: string): CriteriaRegulationNumber {
  const key = foldHeader(value).replace(/_/g, "");
  const found = Object.hasOwn(REGULATIONS, key) ? REGULATIONS[key] : undefined;
  if (found === undefined) {
    throw usageError(
      bi(
        `--regulation: "${value}" is not a regulation with criteria sets (26/2026/QĐ-TTg, 148/QĐ-TTg, 1048/QĐ-TTg)`,
        `--regulation: "${value}" không phải là văn bản có bộ tiêu chí (26/2026/QĐ-TTg, 148/QĐ-TTg, 1048/QĐ-TTg)`,
      ),
      command,
    );
  }
  return found;
}

/**
 * A whole number option (`--set 3`, `--within 90`) between `min` and `max`.
 *
 * @throws {@link CliError} exit 2
 * @example
 * ```ts
 * intOption("--within", "90", 0, 3650, "certificates"); // 90
 * ```
 */
export function intOption(name: string, value: string, min: number, max: number, command: string): number {
  const n = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw usageError(
      bi(
        `${name}: "${value}" is not a whole number from ${min} to ${max}`,
        `${name}: "${value}" không phải là số nguyên từ ${min} đến ${max}`,
      ),
      command,
    );
  }
  return n;
}

/**
 * The date of `--as-of`, or today in Vietnam.
 *
 * @throws {@link CliError} exit 2
 * @example
 * ```ts
 * asOfOption(ctx, "2026-06-01", "certificates"); // "2026-06-01"
 * ```
 */
export function asOfOption(ctx: Ctx, value: string | undefined, command: string): CalendarDate {
  if (value === undefined) return ctx.io.today();
  if (isCalendarDate(value)) return value;
  throw usageError(
    bi(
      `--as-of: "${value}" is not a calendar date (YYYY-MM-DD, a real day)`,
      `--as-of: "${value}" không phải là ngày hợp lệ (YYYY-MM-DD, ngày có thật)`,
    ),
    command,
  );
}

/**
 * A cell as a number: `3`, `2.5` or `2,5` (decimal comma); `undefined` when it is not one.
 *
 * @example
 * ```ts
 * numberCell("2,5"); // 2.5
 * ```
 */
export function numberCell(cell: string): number | undefined {
  if (!/^-?\d+(?:[.,]\d+)?$/.test(cell)) return undefined;
  return Number(cell.replace(",", "."));
}

/** Defines an own enumerable property (safe for keys such as `__proto__`). */
export function put(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
