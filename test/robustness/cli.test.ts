import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { CliIo } from "../../src/cli/index.js";
import { EXIT, run } from "../../src/cli/index.js";
import { TARGET_PRESETS } from "../../src/targets/index.js";
import { FIXTURES } from "../cli/helpers.js";
import { corrupted, expectPrototypesUntouched, junk, RUNS, snapshot, specialString } from "./junk.js";

/** The fixtures of the command-line tests (the files at the top of the folder), as text, by name. */
const FILES: Readonly<Record<string, string>> = Object.fromEntries(
  readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => [entry.name, readFileSync(FIXTURES + entry.name, "utf8")]),
);
const JSON_FILES = Object.keys(FILES).filter((n) => n.endsWith(".json"));
const CSV_FILES = Object.keys(FILES).filter((n) => n.endsWith(".csv"));

/** JSON text of any value (bigints as text; what JSON cannot hold dropped, as JSON.stringify does). */
function jsonOf(value: unknown): string {
  try {
    return JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? String(v) : v)) ?? "null";
  } catch {
    return "{";
  }
}

/** A fixture's JSON with one field corrupted, or junk as JSON. */
const jsonText = fc.oneof(
  fc.constantFrom(...JSON_FILES).map((n) => FILES[n]!),
  corrupted(fc.constantFrom(...JSON_FILES).map((n) => JSON.parse(FILES[n]!) as unknown)).map(jsonOf),
  junk.map(jsonOf),
  fc.constantFrom("", "{", "[", "null", "1e999", '{"__proto__":{"polluted":1}}', '{"set": "__proto__"}'),
);

/** A fixture's CSV with one cell replaced, a line dropped, a BOM or another separator. */
const csvText = fc
  .tuple(
    fc.constantFrom(...CSV_FILES).map((n) => FILES[n]!),
    fc.nat(),
    fc.nat(),
    fc.oneof(
      specialString,
      fc.string({ maxLength: 8 }),
      fc.constantFrom('"', '""', "\n", ";", ",", "\t", "\r"),
    ),
    fc.constantFrom("cell", "drop", "bom", "separator", "none"),
  )
  .map(([text, line, cell, value, how]) => {
    const lines = text.split("\n");
    const i = line % lines.length;
    switch (how) {
      case "cell": {
        const cells = lines[i]!.split(/[,;]/);
        cells[cell % cells.length] = value;
        lines[i] = cells.join(",");
        return lines.join("\n");
      }
      case "drop":
        lines.splice(i, 1);
        return lines.join("\n");
      case "bom":
        return `\uFEFF${text}`;
      case "separator":
        return text.replaceAll(",", value);
      default:
        return text;
    }
  });

const content = fc.oneof(
  { arbitrary: jsonText.map((t) => t as string | Uint8Array), weight: 3 },
  { arbitrary: csvText.map((t) => t as string | Uint8Array), weight: 3 },
  { arbitrary: fc.uint8Array({ maxLength: 64 }) as fc.Arbitrary<string | Uint8Array>, weight: 1 },
  {
    arbitrary: fc.constant(Uint8Array.from([0xff, 0xfe, 0x00, 0xc3, 0x28])) as fc.Arbitrary<
      string | Uint8Array
    >,
    weight: 1,
  },
);

const COMMANDS = ["score", "sheet", "certificates", "track", "presets", "help"];
const OPTIONS = [
  "--set",
  "--regulation",
  "--format",
  "--lang",
  "--excel",
  "--within",
  "--as-of",
  "--kinds",
  "--group-by",
  "--skip-invalid",
  "--fail-on-due",
  "--fail-on-risk",
  "--help",
  "--version",
  "-h",
  "-v",
  "--",
  "-",
  "--set=1",
  "--unknown",
];
const VALUES = [
  "1",
  "11",
  "26",
  "0",
  "27",
  "-1",
  "1.5",
  "1e3",
  "26/2026",
  "148",
  "1048",
  "table",
  "json",
  "csv",
  "en",
  "vi",
  "province",
  "commune",
  "expiry,notice",
  "90",
  "3651",
  "2026-06-01",
  "2023-02-30",
  ...TARGET_PRESETS.slice(0, 4).map((t) => t.id),
];
const FILE_NAMES = ["a.json", "b.csv", "c.txt", "-", "missing.json"];

const token = fc.oneof(
  { arbitrary: fc.constantFrom(...OPTIONS), weight: 3 },
  { arbitrary: fc.constantFrom(...VALUES), weight: 3 },
  { arbitrary: fc.constantFrom(...FILE_NAMES), weight: 2 },
  { arbitrary: specialString, weight: 1 },
  { arbitrary: fc.string({ maxLength: 6 }), weight: 1 },
);
const argv = fc
  .tuple(fc.constantFrom(...COMMANDS), fc.array(token, { maxLength: 7 }))
  .map(([c, rest]) => [c, ...rest]);

/** An in-memory outside world: the named files, stdin, a fixed today and an environment. */
function ioOf(
  files: Readonly<Record<string, string | Uint8Array>>,
  stdin: string | Uint8Array,
  env: Record<string, string>,
) {
  const out = { stdout: "", stderr: "" };
  const bytes = (v: string | Uint8Array): Uint8Array => (typeof v === "string" ? Buffer.from(v) : v);
  const io: CliIo = {
    stdout: (t) => {
      out.stdout += t;
    },
    stderr: (t) => {
      out.stderr += t;
    },
    readFile: async (path) => {
      if (Object.hasOwn(files, path)) return bytes(files[path]!);
      throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
    },
    readStdin: async () => bytes(stdin),
    today: () => "2026-06-01",
    env,
  };
  return { io, out };
}

/** A command line of one of the commands with mostly valid options, reading the in-memory files. */
const commandLine = fc.oneof(
  fc
    .tuple(
      fc.constantFrom("a.json", "b.csv", "-"),
      fc.constantFrom("1", "11", "26", "0", "x"),
      fc.option(fc.constantFrom("26/2026", "148", "1048", "26/2026/QĐ-TTg", "999"), { nil: undefined }),
    )
    .map(([file, set, regulation]) => [
      "score",
      file,
      "--set",
      set,
      ...(regulation ? ["--regulation", regulation] : []),
    ]),
  fc
    .tuple(fc.constantFrom("1", "11", "26", "27"), fc.constantFrom("table", "json", "csv"))
    .map(([set, format]) => ["sheet", "--set", set, "--format", format]),
  fc
    .tuple(
      fc.constantFrom("b.csv", "a.json", "-"),
      fc.constantFrom("0", "90", "3650", "3651", "-5"),
      fc.constantFrom("2023-06-01", "2026-06-01", "2026-02-30"),
      fc.boolean(),
      fc.boolean(),
    )
    .map(([file, within, asOf, skip, due]) => [
      "certificates",
      file,
      "--within",
      within,
      "--as-of",
      asOf,
      ...(skip ? ["--skip-invalid"] : []),
      ...(due ? ["--fail-on-due"] : []),
    ]),
  fc
    .tuple(
      fc.constantFrom(...TARGET_PRESETS.map((t) => t.id), "a.json", "nope"),
      fc.constantFrom("a.json", "b.csv", "c.txt", "-"),
      fc.constantFrom("2025-06-30", "2026-06-01", "2031-01-01"),
    )
    .map(([target, data, asOf]) => ["track", target, data, "--as-of", asOf]),
);

/** File contents that fit the command most of the time. */
const structuredFiles = fc.record({
  json: fc.oneof(
    jsonText,
    fc.constantFrom(...JSON_FILES).map((n) => FILES[n]!),
  ),
  csv: fc.oneof(
    csvText,
    fc.constantFrom(...CSV_FILES).map((n) => FILES[n]!),
  ),
});

describe("cli: any arguments and any file content end with an exit code, never an internal error", () => {
  test("mostly valid command lines on near-valid files: 0–4, both successes and data errors seen", async () => {
    const codes = new Set<number>();
    await fc.assert(
      fc.asyncProperty(commandLine, structuredFiles, fc.boolean(), async (args, files, vi) => {
        const argsWithLang = vi ? [...args, "--lang", "vi"] : args;
        const { io, out } = ioOf(
          { "a.json": files.json, "b.csv": files.csv, "c.txt": files.csv },
          files.csv,
          {},
        );
        const code = await run(argsWithLang, io);
        codes.add(code);
        expectPrototypesUntouched();
        expect(out.stderr).not.toMatch(/internal error|lỗi nội bộ/);
        expect([EXIT.OK, EXIT.ATTENTION, EXIT.USAGE, EXIT.UNREADABLE, EXIT.INVALID_DATA]).toContain(code);
      }),
      { numRuns: RUNS },
    );
    expect(codes.has(EXIT.OK)).toBe(true);
    expect(codes.has(EXIT.INVALID_DATA)).toBe(true);
  });

  test("run(argv, io) resolves to 0–4, writes no internal error, leaves argv and prototypes alone", async () => {
    await fc.assert(
      fc.asyncProperty(
        argv,
        content,
        content,
        content,
        fc.constantFrom({}, { OCOP_LANG: "vi" }, { OCOP_LANG: "xx" }),
        async (args, json, csv, stdin, env) => {
          const { io, out } = ioOf({ "a.json": json, "b.csv": csv, "c.txt": json }, stdin, env);
          const before = snapshot(args);
          const code = await run(args, io);
          expect(snapshot(args)).toBe(before);
          expectPrototypesUntouched();
          expect(out.stderr).not.toMatch(/internal error|lỗi nội bộ/);
          expect([EXIT.OK, EXIT.ATTENTION, EXIT.USAGE, EXIT.UNREADABLE, EXIT.INVALID_DATA]).toContain(code);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
