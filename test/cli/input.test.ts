import { describe, expect, it } from "vitest";
import { parseArgs, splitCommand } from "../../src/cli/args.js";
import { CliError } from "../../src/cli/cli-error.js";
import { byLine, jsonPath, numberCell } from "../../src/cli/context.js";
import { decode, foldHeader, formatOf, parseCsv, parseJson } from "../../src/cli/input.js";
import { clip, displayWidth, num, table } from "../../src/cli/render.js";
import { cli } from "./helpers.js";

function fails(f: () => unknown): CliError {
  try {
    f();
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error("did not fail");
}

describe("reading CSV", () => {
  it("detects ',', ';' and tab, drops a BOM, skips blank lines and rows of empty cells", () => {
    for (const d of [",", ";", "\t"]) {
      const t = parseCsv({
        name: "a.csv",
        text: `\uFEFFtên${d}điểm\r\n\r\nCà phê${d}3\r\n${d}\r\nChè${d}"4"\r\n`,
      });
      expect(t.delimiter).toBe(d);
      expect(t.header).toEqual(["tên", "điểm"]);
      expect(t.rows).toEqual([
        { line: 3, cells: ["Cà phê", "3"] },
        { line: 5, cells: ["Chè", "4"] },
      ]);
    }
  });

  it("keeps the line a record starts on across quoted line breaks, and pads short rows", () => {
    const t = parseCsv({ name: "a.csv", text: 'a,b,c\n"x\ny",1\n\n2,3,4\n' });
    expect(t.rows).toEqual([
      { line: 2, cells: ["x\ny", "1", ""] },
      { line: 5, cells: ["2", "3", "4"] },
    ]);
  });

  it("names the file and the line of a syntax error", () => {
    const e = fails(() => parseCsv({ name: "r.csv", text: 'a,b\n1,x"y\n' }));
    expect(e.exit).toBe(4);
    expect(e.lines[0].en).toMatch(/^r\.csv:2: not valid CSV: /);
    expect(e.lines[0].vi).toMatch(/^r\.csv:2: CSV không hợp lệ: /);
    expect(fails(() => parseCsv({ name: "e.csv", text: "\n\n" })).lines[0].en).toBe(
      "e.csv: is empty (no header line)",
    );
  });

  it("decodes UTF-8 with a BOM and UTF-16LE (Excel 'Unicode text'), and rejects other encodings", () => {
    expect(decode("a", Buffer.from("\uFEFFXã", "utf8"))).toBe("Xã");
    expect(decode("a", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Xã;1", "utf16le")]))).toBe(
      "Xã;1",
    );
    const e = fails(() => decode("w.csv", Buffer.from([0x58, 0xe3, 0x0a])));
    expect(e.exit).toBe(4);
    expect(e.lines[0].en).toContain('w.csv: is not UTF-8 text (in Excel, save it as "CSV UTF-8');
  });

  it("reads a UTF-16 registry and exits 4 on a Windows-1258 one", async () => {
    const text = "value\n8500\n";
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const ok = await cli(["track", "919/products-3-stars", "u.csv", "--as-of", "2025-06-30"], {
      files: { "u.csv": utf16 },
    });
    expect(ok.code).toBe(0);
    const bad = await cli(["certificates", "w.csv"], { files: { "w.csv": Buffer.from([0x53, 0xf2, 0x0a]) } });
    expect(bad.code).toBe(4);
    expect(bad.stderr).toContain("w.csv: is not UTF-8 text");
  });

  it("folds header names", () => {
    expect(foldHeader(" Ngày cấp ")).toBe("ngay_cap");
    expect(foldHeader("Số quyết định")).toBe("so_quyet_dinh");
    expect(foldHeader("ĐƠN VỊ")).toBe("don_vi");
    expect(foldHeader("issued-on")).toBe("issued_on");
  });
});

describe("reading JSON and telling the format", () => {
  it("gives the line and column of a syntax error when the engine gives a position", () => {
    const e = fails(() => parseJson({ name: "s.json", text: '{\n  "a": 1,\n  "b" 2\n}' }));
    expect(e.exit).toBe(4);
    expect(e.lines[0].en).toMatch(/^s\.json: (3:\d+: )?not valid JSON: /);
    expect(e.lines[0].vi).toMatch(/^s\.json: (3:\d+: )?JSON không hợp lệ: /);
  });

  it("tells JSON from CSV by the extension, else by the first character", () => {
    expect(formatOf({ name: "a.JSON", text: "x" })).toBe("json");
    expect(formatOf({ name: "a.csv", text: "{" })).toBe("csv");
    expect(formatOf({ name: "a.tsv", text: "{" })).toBe("csv");
    expect(formatOf({ name: "stdin", text: "  [1]" })).toBe("json");
    expect(formatOf({ name: "stdin", text: "criterion,points" })).toBe("csv");
  });
});

describe("helpers", () => {
  it("parses options", () => {
    const spec = { set: { type: "string" }, excel: { type: "boolean" } } as const;
    expect(parseArgs(["a", "--set=3", "--excel", "-", "-h"], spec)).toEqual({
      values: { set: "3", excel: true, help: true },
      positionals: ["a", "-"],
    });
    expect(parseArgs(["--set", "-1"], spec).values["set"]).toBe("-1");
    expect(splitCommand(["--format", "json", "--lang", "vi", "score", "x"])).toEqual({
      command: "score",
      rest: ["--format", "json", "--lang", "vi", "x"],
    });
    expect(splitCommand(["--", "score"]).command).toBeUndefined();
  });

  it("formats numbers, paths, widths and tables", () => {
    expect(num(77.8)).toBe("77.8");
    expect(num(78 + 1 / 3)).toBe("78.33…");
    expect(num(69.996)).toBe("69.99…");
    expect(num(-3)).toBe("-3");
    expect(jsonPath([])).toBe("(top level)");
    expect(jsonPath(["answers", 1, "1.3"])).toBe('answers[1]["1.3"]');
    expect(jsonPath(["x", "y"])).toBe("x.y");
    expect(displayWidth("Xã Phúc Trạch")).toBe(13);
    expect(displayWidth("Xa\u0303")).toBe(2);
    expect(clip("abcdef", 4)).toBe("abc…");
    expect(clip("abc", 4)).toBe("abc");
    expect(
      table(
        ["a", "n"],
        [
          ["xã", "1"],
          ["b", "10"],
        ],
        ["l", "r"],
      ),
    ).toBe("a    n\n──  ──\nxã   1\nb   10");
    expect(numberCell("2,5")).toBe(2.5);
    expect(numberCell("3")).toBe(3);
    expect(numberCell("ba")).toBeUndefined();
    const l = (en: string) => ({ en, vi: en });
    expect(byLine([l("a.csv:9: x"), l("a.csv: y"), l("a.csv:3: z")], "a.csv").map((x) => x.en)).toEqual([
      "a.csv: y",
      "a.csv:3: z",
      "a.csv:9: x",
    ]);
  });
});
