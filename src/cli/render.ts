/**
 * Output: aligned text tables, CSV (written with csv-stringify) and JSON.
 *
 * @module
 */
import { stringify } from "csv-stringify/sync";

/** The output formats. */
export type OutputFormat = "table" | "json" | "csv";

/** The width of a text in a terminal: code points, not counting combining marks. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text.normalize("NFC")) if (!/\p{M}/u.test(ch)) width++;
  return width;
}

function pad(text: string, width: number, align: "l" | "r"): string {
  const fill = " ".repeat(Math.max(0, width - displayWidth(text)));
  return align === "r" ? fill + text : text + fill;
}

/**
 * An aligned table: columns separated by two spaces, numbers aligned right where asked, the last column
 * not padded, an underline under the header.
 *
 * @example
 * ```ts
 * table(["id", "points"], [["1.1", "3"]], ["l", "r"]);
 * ```
 */
export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly ("l" | "r")[] = [],
  indent = "",
): string {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => displayWidth(r[c] ?? ""))));
  const line = (r: readonly string[]): string =>
    indent +
    r
      .map((cell, c) =>
        c === r.length - 1 && align[c] !== "r" ? cell : pad(cell, widths[c]!, align[c] ?? "l"),
      )
      .join("  ")
      .trimEnd();
  const last = widths.length - 1;
  const rule = indent + widths.map((w, c) => "─".repeat(c === last ? Math.min(w, 40) : w)).join("  ");
  return [line(header), rule, ...rows.map(line)].join("\n");
}

/**
 * Label–value lines aligned on the values.
 *
 * @example
 * ```ts
 * pairs([["Score", "78"], ["Stars", "4★"]]);
 * ```
 */
export function pairs(entries: readonly (readonly [string, string])[], indent = ""): string {
  const width = Math.max(0, ...entries.map(([k]) => displayWidth(k)));
  return entries.map(([k, v]) => `${indent}${pad(k, width, "l")}  ${v}`.trimEnd()).join("\n");
}

/**
 * CSV text: a header and records, written with csv-stringify (`,`, quoted where needed, `\n` line ends);
 * for Excel (`excel`), a UTF-8 BOM and `;` between fields, as Excel expects in a Vietnamese locale.
 *
 * @example
 * ```ts
 * csv(["id", "points"], [["1.1", 3]]); // "id,points\n1.1,3\n"
 * ```
 */
export function csv(header: readonly string[], rows: readonly (readonly unknown[])[], excel = false): string {
  return stringify([header as string[], ...(rows as unknown[][])], {
    bom: excel,
    delimiter: excel ? ";" : ",",
    cast: { boolean: (v: boolean) => (v ? "true" : "false") },
  });
}

/**
 * JSON text, indented, with a final newline.
 *
 * @example
 * ```ts
 * json({ a: 1 }); // '{\n  "a": 1\n}\n'
 * ```
 */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * A number for people: at most two decimals, no trailing zeros. A value with more decimals is cut, not
 * rounded, and marked `…`, so that an average of 69.996 never reads as 70 (a band boundary).
 *
 * @example
 * ```ts
 * num(77.8); // "77.8"
 * num(78 + 1 / 3); // "78.33…"
 * num(69.996); // "69.99…"
 * ```
 */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  if (Math.abs(rounded - value) < 1e-9) return String(rounded);
  return `${Math.trunc(value * 100) / 100}…`;
}

/**
 * A text cut to `max` characters with an ellipsis, for table cells.
 *
 * @example
 * ```ts
 * clip("NUTRITION (State the content ...)", 12); // "NUTRITION (…"
 * ```
 */
export function clip(text: string, max: number): string {
  return displayWidth(text) <= max
    ? text
    : `${[...text.normalize("NFC")]
        .slice(0, max - 1)
        .join("")
        .trimEnd()}…`;
}

/** `n★`. */
export function stars(n: number): string {
  return `${n}★`;
}
