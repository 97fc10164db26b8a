/**
 * The edges of the command line's input side: the exact exit code and stderr of every refusal (command,
 * options, languages, unreadable and undecodable files, JSON and CSV syntax, the shapes of a sheet file, the
 * cells of a registry and of target data), and the boundaries of every option. Written against the mutants
 * of a Stryker run of src/cli (docs/mutation.md); the output side is in output-edges.test.ts.
 */
import { describe, expect, it } from "vitest";
import { HELP } from "../../src/cli/help.js";
import type { CliIo } from "../../src/cli/io.js";
import { run } from "../../src/cli/run.js";
import { VERSION } from "../../src/cli/version.js";
import { criteriaSet } from "../../src/criteria/lookup.js";
import { cli, type Outcome } from "./helpers.js";

/** `run` with an io of the test's own: empty files and stdin, 2026-06-01, no environment; each part replaceable. */
async function withIo(argv: readonly string[], patch: Partial<CliIo> = {}): Promise<Outcome> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    readFile: async () => Buffer.from(""),
    readStdin: async () => Buffer.from(""),
    today: () => "2026-06-01",
    env: {},
    ...patch,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

const veg = criteriaSet("26/2026/QĐ-TTg", 1);
const best = Object.fromEntries(veg.criteria.map((c) => [c.id, c.options.at(-1)!.points]));
const bestCsv = `criterion,points\n${veg.criteria.map((c) => `${c.id},${best[c.id]}`).join("\n")}\n`;

const usage = (message: string, command?: string): string =>
  `ocop: ${message}\nTry 'ocop${command === undefined ? "" : ` ${command}`} --help'.\n`;
const usageVi = (message: string, command?: string): string =>
  `ocop: ${message}\nXem 'ocop${command === undefined ? "" : ` ${command}`} --help'.\n`;

describe("the command line: exit 2 and the exact message of each refusal", () => {
  // Each row: argv, environment, the whole of stderr. The hint names the command once it is known.
  const cases: [string[], Record<string, string>, string][] = [
    [[], {}, usage("a command is required")],
    [["--format", "json"], {}, usage("a command is required")],
    [["--lang", "en"], {}, usage("a command is required")],
    [["--", "score"], {}, usage("a command is required")],
    [["--bogus"], {}, usage("unknown option --bogus")],
    [["-x"], {}, usage("unknown option -x")],
    [["-hv"], {}, usage("unknown option -hv")],
    [["--version=1"], {}, usage("option --version takes no value")],
    [
      ["toString"],
      {},
      usage('unknown command "toString" (commands: score, sheet, certificates, track, presets)'),
    ],
    [
      ["constructor", "--lang", "vi"],
      {},
      usageVi('không có lệnh "constructor" (các lệnh: score, sheet, certificates, track, presets)'),
    ],
    [["presets", "--toString"], {}, usage("unknown option --toString", "presets")],
    [["presets", "--=x"], {}, usage("unknown option --=x", "presets")],
    [["presets", "--set", "1"], {}, usage("unknown option --set", "presets")],
    [["presets", "-"], {}, usage('unexpected argument "-"', "presets")],
    [["presets", "--help=yes"], {}, usage("option --help takes no value", "presets")],
    [["presets", "--excel="], {}, usage("option --excel takes no value", "presets")],
    [["presets", "--format"], {}, usage("option --format needs a value", "presets")],
    [["presets", "--format", "TABLE"], {}, usage('--format: "TABLE" is not table, json or csv', "presets")],
    [["presets", "--format="], {}, usage('--format: "" is not table, json or csv', "presets")],
    [["presets", "--format", "-"], {}, usage('--format: "-" is not table, json or csv', "presets")],
    [
      ["presets", "--format", "yaml", "--lang", "vi"],
      {},
      usageVi('--format: "yaml" không phải là table, json hoặc csv', "presets"),
    ],
    // --lang is checked before anything else, so its hint is the general one, and its message is English
    [["presets", "--lang", "fr"], {}, usage('--lang: "fr" is not en or vi')],
    [["presets", "--lang", "fr"], { OCOP_LANG: "vi" }, usage('--lang: "fr" is not en or vi')],
    [["presets", "--lang=xx"], {}, usage('--lang: "xx" is not en or vi')],
    [["presets", "--lang="], {}, usage('--lang: "" is not en or vi')],
    [["presets", "--lang", "VI"], {}, usage('--lang: "VI" is not en or vi')],
    // --lang without a value: the language comes from the environment
    [["presets", "--lang"], { OCOP_LANG: "vi" }, usageVi("tùy chọn --lang cần một giá trị", "presets")],
    [["presets", "--lang"], {}, usage("option --lang needs a value", "presets")],
    // after `--`, --lang is a positional, not the language
    [["presets", "--", "--lang", "vi"], {}, usage('unexpected argument "--lang"', "presets")],
    // the last --lang wins
    [["presets", "x", "--lang", "vi", "--lang", "en"], {}, usage('unexpected argument "x"', "presets")],
    [["--lang", "en", "presets", "x", "--lang=vi"], {}, usageVi('thừa tham số "x"', "presets")],
    [["sheet", "--set"], {}, usage("option --set needs a value", "sheet")],
    [["sheet", "--set", "--x-1"], {}, usage("option --set needs a value", "sheet")],
    [["sheet", "--set", "-x"], {}, usage("option --set needs a value", "sheet")],
    [["sheet", "--set", "-"], {}, usage('--set: "-" is not a whole number from 1 to 99', "sheet")],
    [["sheet", "--set", "-1"], {}, usage('--set: "-1" is not a whole number from 1 to 99', "sheet")],
    [["sheet", "--set="], {}, usage('--set: "" is not a whole number from 1 to 99', "sheet")],
    [["sheet", "--set=1=2"], {}, usage('--set: "1=2" is not a whole number from 1 to 99', "sheet")],
    [["sheet", "--set", "1x"], {}, usage('--set: "1x" is not a whole number from 1 to 99', "sheet")],
    [["sheet", "--set", "x1"], {}, usage('--set: "x1" is not a whole number from 1 to 99', "sheet")],
    [["sheet", "--set", "1.0"], {}, usage('--set: "1.0" is not a whole number from 1 to 99', "sheet")],
    [["sheet", "--set", "100"], {}, usage('--set: "100" is not a whole number from 1 to 99', "sheet")],
    [
      ["sheet", "--set", "99999999999999999999"],
      {},
      usage('--set: "99999999999999999999" is not a whole number from 1 to 99', "sheet"),
    ],
    [
      ["sheet", "--set", "99"],
      {},
      usage("--set: 99 is not a set of 26/2026/QĐ-TTg; valid set numbers: 1–26", "sheet"),
    ],
    [["sheet", "--set", "1", "extra"], {}, usage('unexpected argument "extra"', "sheet")],
    [["sheet", "--set", "1", "--within", "3"], {}, usage("unknown option --within", "sheet")],
    [
      ["sheet", "--set", "1", "--regulation", "constructor"],
      {},
      usage(
        '--regulation: "constructor" is not a regulation with criteria sets (26/2026/QĐ-TTg, 148/QĐ-TTg, 1048/QĐ-TTg)',
        "sheet",
      ),
    ],
    [
      ["sheet", "--set", "1", "--regulation", "2026"],
      {},
      usage(
        '--regulation: "2026" is not a regulation with criteria sets (26/2026/QĐ-TTg, 148/QĐ-TTg, 1048/QĐ-TTg)',
        "sheet",
      ),
    ],
    [["score"], {}, usage("a sheet file is required", "score")],
    [["score", "a.json", "b.json"], {}, usage('unexpected argument "b.json"', "score")],
    [["score", "--set", "0", "a.json"], {}, usage('--set: "0" is not a whole number from 1 to 99', "score")],
    [["certificates"], {}, usage("a registry file is required", "certificates")],
    [["certificates", "r.csv", "s.csv"], {}, usage('unexpected argument "s.csv"', "certificates")],
    [
      ["certificates", "r.csv", "--within", "3651"],
      {},
      usage('--within: "3651" is not a whole number from 0 to 3650', "certificates"),
    ],
    [
      ["certificates", "r.csv", "--within", "1e2"],
      {},
      usage('--within: "1e2" is not a whole number from 0 to 3650', "certificates"),
    ],
    [
      ["certificates", "r.csv", "--as-of", "2026-6-1"],
      {},
      usage('--as-of: "2026-6-1" is not a calendar date (YYYY-MM-DD, a real day)', "certificates"),
    ],
    [
      ["certificates", "r.csv", "--group-by", "Commune"],
      {},
      usage('--group-by: "Commune" is not commune or province', "certificates"),
    ],
    [
      ["certificates", "r.csv", "--kinds", ""],
      {},
      usage('--kinds: "" is not one of window-closes, notice, expiry, window-opens', "certificates"),
    ],
    [
      ["certificates", "r.csv", "--kinds", "expiry,,notice"],
      {},
      usage('--kinds: "" is not one of window-closes, notice, expiry, window-opens', "certificates"),
    ],
    [
      ["certificates", "r.csv", "--kinds", "Expiry", "--lang", "vi"],
      {},
      usageVi(
        '--kinds: "Expiry" không phải là một trong window-closes, notice, expiry, window-opens',
        "certificates",
      ),
    ],
    [["track"], {}, usage("a target (preset id or .json file) and a data file are required", "track")],
    [["track", "919/products-3-stars", "d.csv", "x"], {}, usage('unexpected argument "x"', "track")],
    [
      ["track", "919/products-3-stars", "d.csv", "--as-of", "2021-02-29"],
      {},
      usage('--as-of: "2021-02-29" is not a calendar date (YYYY-MM-DD, a real day)', "track"),
    ],
    [
      ["track", "919/Products-3-Stars", "d.csv"],
      {},
      usage(`"919/Products-3-Stars" is not a preset target (see 'ocop presets') nor a .json file`, "track"),
    ],
    [
      ["track", "toString", "d.csv", "--lang", "vi"],
      {},
      usageVi(`"toString" không phải là chỉ tiêu có sẵn (xem 'ocop presets') hay tệp .json`, "track"),
    ],
  ];
  it.each(cases)("%j %j", async (argv, env, stderr) => {
    expect(await cli(argv, { env })).toEqual({ code: 2, stdout: "", stderr });
  });

  // OCOP_LANG: any case, any suffix; only a value starting with "vi" is Vietnamese
  it.each([
    ["vi", true],
    ["VI", true],
    ["Vi_VN.UTF-8", true],
    ["vietnamese", true],
    ["en_US.UTF-8", false],
    ["", false],
    [" vi", false],
    ["fr_vi", false],
  ])("OCOP_LANG=%j is Vietnamese: %s", async (lang, vi) => {
    const r = await cli(["presets", "--bogus"], { env: { OCOP_LANG: lang } });
    expect(r).toEqual({
      code: 2,
      stdout: "",
      stderr: vi
        ? usageVi("không có tùy chọn --bogus", "presets")
        : usage("unknown option --bogus", "presets"),
    });
  });
});

describe("help and version: exactly the text asked for, exit 0", () => {
  // every command's help in both languages, by --help, -h and `help <command>`
  const topics = ["", "score", "sheet", "certificates", "track", "presets"] as const;
  it.each(topics.flatMap((t) => (["en", "vi"] as const).map((l) => [t, l] as const)))(
    "help of %j in %s",
    async (topic, lang) => {
      const text = `${HELP[topic]![lang]}\n`;
      const argvs: string[][] =
        topic === ""
          ? [
              ["--help", "--lang", lang],
              ["-h", `--lang=${lang}`],
              ["help", "--lang", lang],
            ]
          : [
              [topic, "--help", "--lang", lang],
              [topic, "-h", `--lang=${lang}`],
              ["help", topic, "--lang", lang],
              // help wins over the other options and over missing arguments
              [topic, "--format", "json", "-h", "--lang", lang],
            ];
      for (const argv of argvs) expect(await cli(argv)).toEqual({ code: 0, stdout: text, stderr: "" });
    },
  );

  it("`help` takes the first argument that is not an option; anything unknown is the general help", async () => {
    expect((await cli(["help", "-x", "track"])).stdout).toBe(`${HELP["track"]!.en}\n`);
    // The value of --lang is not the topic (was: "vi" taken as the topic, so the general help was printed).
    for (const argv of [
      ["--lang", "vi", "help", "score"],
      ["help", "--lang", "vi", "score"],
      ["help", "--lang=vi", "score"],
    ]) {
      expect((await cli(argv)).stdout).toBe(`${HELP["score"]!.vi}\n`);
    }
    for (const topic of ["toString", "nothing", "__proto__"]) {
      expect(await cli(["help", topic])).toEqual({ code: 0, stdout: `${HELP[""]!.en}\n`, stderr: "" });
    }
    expect((await cli(["help"], { env: { OCOP_LANG: "vi" } })).stdout).toBe(`${HELP[""]!.vi}\n`);
  });

  it("prints the version before the help, on its own line", async () => {
    for (const argv of [
      ["--version", "--help"],
      ["-h", "-v"],
      ["presets", "-v"],
      ["track", "--version"],
      ["certificates", "--version", "--format", "json"],
    ]) {
      expect(await cli(argv)).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: "" });
    }
    // a command's --help comes before its --version
    expect((await cli(["sheet", "--version", "--help"])).stdout).toBe(`${HELP["sheet"]!.en}\n`);
  });
});

describe("internal errors: exit 5, the command named when known, the detail on the next line", () => {
  it("names the command, or not, and gives the stack, the message or the thrown value", async () => {
    const thrower = (value: unknown) => () => {
      throw value;
    };
    const bare = Object.assign(new Error("broken pipe"), { stack: undefined });
    expect(await withIo(["--version"], { stdout: thrower("boom") })).toEqual({
      code: 5,
      stdout: "",
      stderr: "ocop: internal error, please report it with the command you ran\nboom\n",
    });
    expect(await withIo(["presets"], { stdout: thrower(bare) })).toEqual({
      code: 5,
      stdout: "",
      stderr: "ocop: internal error, please report it with the command you ran (presets)\nbroken pipe\n",
    });
    expect(await withIo(["presets", "--lang", "vi"], { stdout: thrower(42) })).toEqual({
      code: 5,
      stdout: "",
      stderr: "ocop: lỗi nội bộ, xin báo lại kèm lệnh đã chạy (presets)\n42\n",
    });
    const withStack = await withIo(["sheet", "--set", "1"], { stdout: thrower(new RangeError("deep")) });
    expect(withStack.code).toBe(5);
    const [head, detail] = withStack.stderr.split("\n");
    expect(head).toBe("ocop: internal error, please report it with the command you ran (sheet)");
    expect(detail).toBe("RangeError: deep");
    expect(withStack.stderr).toMatch(/\n {4}at /);
  });
});

describe("reading files: exit 3 naming the file and why, exit 4 for what is not text", () => {
  // the reason of each Node error code, in both languages; other errors give their own message
  const error = (code: unknown, message = "odd failure") => Object.assign(new Error(message), { code });
  const cases: [unknown, string, string][] = [
    [error("ENOENT"), "no such file", "không tìm thấy tệp"],
    [error("EACCES"), "permission denied", "không có quyền đọc"],
    [error("EPERM"), "permission denied", "không có quyền đọc"],
    [error("EISDIR"), "is a directory, not a file", "là thư mục, không phải tệp"],
    [error("EIO", "i/o error"), "i/o error", "i/o error"],
    [error(5, "numeric code"), "numeric code", "numeric code"],
    [new Error("plain"), "plain", "plain"],
    ["a string", "a string", "a string"],
    [null, "null", "null"],
    [undefined, "undefined", "undefined"],
    [{ code: "ENOENT" }, "no such file", "không tìm thấy tệp"],
  ];
  it.each(cases)("%j", async (thrown, en, vi) => {
    const readFile = async (): Promise<Uint8Array> => {
      throw thrown;
    };
    expect(await withIo(["score", "s.json", "--set", "1"], { readFile })).toEqual({
      code: 3,
      stdout: "",
      stderr: `ocop: s.json: cannot be read: ${en}\n`,
    });
    expect(await withIo(["certificates", "r.csv", "--lang", "vi"], { readFile })).toEqual({
      code: 3,
      stdout: "",
      stderr: `ocop: r.csv: không đọc được: ${vi}\n`,
    });
  });

  it("names standard input `stdin`, and reads it only for `-`", async () => {
    const readStdin = async (): Promise<Uint8Array> => {
      throw error("EAGAIN", "resource temporarily unavailable");
    };
    expect(await withIo(["track", "919/products-3-stars", "-"], { readStdin })).toEqual({
      code: 3,
      stdout: "",
      stderr: "ocop: stdin: cannot be read: resource temporarily unavailable\n",
    });
    // a target read from stdin
    const target = await cli(["track", "-", "products-3-stars.csv", "--as-of", "2021-01-01"], {
      stdin: JSON.stringify({
        id: "x",
        kind: "count",
        counting: "cumulative",
        target: 9000,
        start: "2021-01-01",
        deadline: "2021-12-31",
        name: { en: "N", vi: "N" },
        measure: { en: "M", vi: "M" },
      }),
    });
    expect(target.code).toBe(0);
    expect(target.stdout.split("\n")[0]).toBe("x: N");
    // a file named like a preset but ending in .JSON is a file
    const upper = await cli(["track", "T.JSON", "products-3-stars.csv"]);
    expect(upper).toEqual({ code: 3, stdout: "", stderr: "ocop: T.JSON: cannot be read: no such file\n" });
  });

  it("decodes UTF-16LE only after its byte-order mark; anything not UTF-8 is exit 4", async () => {
    const bom16 = Buffer.from([0xff, 0xfe]);
    // the byte-order mark alone: an empty UTF-16 file, not an undecodable one
    expect(await cli(["certificates", "b.csv"], { files: { "b.csv": bom16 } })).toEqual({
      code: 4,
      stdout: "",
      stderr: "ocop: b.csv: is empty (no header line)\n",
    });
    const notUtf8 = (name: string) =>
      `ocop: ${name}: is not UTF-8 text (in Excel, save it as "CSV UTF-8 (Comma delimited)")\n`;
    for (const bytes of [
      Buffer.from([0xff]),
      Buffer.from([0xfe, 0xff, 0x00, 0x41]),
      Buffer.from([0x41, 0xff, 0xfe]),
      Buffer.from([0xff, 0x41]),
    ]) {
      expect(await cli(["certificates", "w.csv"], { files: { "w.csv": bytes } })).toEqual({
        code: 4,
        stdout: "",
        stderr: notUtf8("w.csv"),
      });
    }
    const vi = await cli(["score", "-", "--set", "1", "--lang", "vi"], { stdin: Buffer.from([0xc3]) });
    expect(vi).toEqual({
      code: 4,
      stdout: "",
      stderr:
        'ocop: stdin: không phải văn bản UTF-8 (trong Excel, hãy lưu dạng "CSV UTF-8 (Comma delimited)")\n',
    });
    // a UTF-16 sheet scores like its UTF-8 twin
    const utf16 = Buffer.concat([bom16, Buffer.from(bestCsv, "utf16le")]);
    const a = await cli(["score", "u.csv", "--set", "1"], { files: { "u.csv": utf16 } });
    const b = await cli(["score", "u.csv", "--set", "1"], { files: { "u.csv": bestCsv } });
    expect(a.code).toBe(0);
    expect(a).toEqual(b);
  });
});

describe("JSON syntax: exit 4 with the line and column of the position the engine gives", () => {
  // Node 20's messages; the position is turned into line:column (both 1-based)
  const cases: [string, string][] = [
    ["", "a.json: not valid JSON: Unexpected end of JSON input"],
    ["[] x", "a.json: 1:4: not valid JSON: Unexpected non-whitespace character after JSON at position 3"],
    [
      '{"set": 1,\n "answers": {"1.1": 3,}}',
      "a.json: 2:23: not valid JSON: Expected double-quoted property name in JSON at position 33",
    ],
    [
      '\n\n\n  {"a" 1}',
      "a.json: 4:8: not valid JSON: Expected ':' after property name in JSON at position 10",
    ],
  ];
  it.each(cases)("%j", async (text, message) => {
    expect(await cli(["score", "a.json", "--set", "1"], { files: { "a.json": text } })).toEqual({
      code: 4,
      stdout: "",
      stderr: `ocop: ${message}\n`,
    });
  });

  it("in Vietnamese, and for a target file and a data file", async () => {
    expect((await cli(["score", "a.json", "--lang", "vi"], { files: { "a.json": "[] x" } })).stderr).toBe(
      "ocop: a.json: 1:4: JSON không hợp lệ: Unexpected non-whitespace character after JSON at position 3\n",
    );
    expect((await cli(["track", "t.json", "d.json"], { files: { "t.json": "{" } })).stderr).toBe(
      "ocop: t.json: 1:2: not valid JSON: Expected property name or '}' in JSON at position 1\n",
    );
    expect(
      (await cli(["track", "919/products-3-stars", "d.json"], { files: { "d.json": "nope" } })).stderr,
    ).toBe("ocop: d.json: not valid JSON: Unexpected token 'o', \"nope\" is not valid JSON\n");
  });
});

describe("telling JSON from CSV: the extension first, then the first character", () => {
  // a JSON text in a .txt/.tsv/.csv file is read as CSV; an unknown extension goes by `{` or `[`
  const sheet = JSON.stringify(best);
  it.each([
    ["s.txt", sheet, 4],
    ["s.TSV", sheet, 4],
    ["s.Csv", sheet, 4],
    ["s.dat", sheet, 0],
    ["s.dat", `  \n ${sheet}`, 0],
    ["s.dat", `[${sheet}]`, 0],
    ["s.dat", bestCsv, 0],
    ["s.Json", sheet, 0],
  ])("%s", async (name, text, code) => {
    const r = await cli(["score", name, "--set", "1", "--format", "json"], { files: { [name]: text } });
    expect(r.code).toBe(code);
    if (code === 0) expect(JSON.parse(r.stdout).score).toBe(100);
    else
      expect(r.stderr).toBe(
        `ocop: ${name}:1: not valid CSV: Invalid Opening Quote: a quote is found on field 0 at line 1, value is "{"\n`,
      );
  });
});

describe("CSV syntax and layout: exit 4 with the file's own line numbers", () => {
  // Each row: the file's text and the whole of stderr (the file is given to `ocop score --set 1`).
  const cases: [string, string][] = [
    // the header may come after blank lines; the line is the header's
    [
      "\n\n criterion , note \n1.1,x\n",
      "a.csv:3: no points column (points, or one column per council member)",
    ],
    ["name;ten\n", "a.csv:1: no criterion column (criterion or tieu_chi); the header is: name, ten"],
    // blank lines, lines of spaces or tabs, and `;;;` lines are skipped but counted
    ["a,b\n  \n\t\n,,\n1,2,3\n", "a.csv:5: has 3 fields, the header has 2 columns"],
    ["a,b\r\n\r\n1,2\r\n1,2,3\r\n", "a.csv:4: has 3 fields, the header has 2 columns"],
    // a quoted cell over three lines: the next record starts on the line after it
    ['a,b\n"x\ny\nz",1\n1,2,3\n', "a.csv:5: has 3 fields, the header has 2 columns"],
    ['a,b\n"x\ny",1,2\n', "a.csv:2: has 3 fields, the header has 2 columns"],
    ['a,b\n"x\ny",1,2', "a.csv:2: has 3 fields, the header has 2 columns"],
    ["a,b\n  \n\t\n1,2,3\n", "a.csv:4: has 3 fields, the header has 2 columns"],
    ["a,b\n\n\n1,2,3\n", "a.csv:4: has 3 fields, the header has 2 columns"],
    ["a,b\r\n \r\n\r\n1,2,3", "a.csv:4: has 3 fields, the header has 2 columns"],
    // trailing empty header cells are dropped; extra empty cells are fine, extra values are not
    ["criterion,points,,\n1.1,3,,\n1.2,2,,x\n", "a.csv:3: has 4 fields, the header has 2 columns"],
    // every such record is listed
    [
      "a,b\n1,2,3\n4,5\n6,7,8,9\n",
      "a.csv:2: has 3 fields, the header has 2 columns\nocop: a.csv:4: has 4 fields, the header has 2 columns",
    ],
    // the header of a file of empty cells only
    [";;\n ; ;\n", "a.csv: is empty (no header line)"],
    [
      'criterion,points\n1.1,"3"x\n',
      'a.csv:2: not valid CSV: Invalid Closing Quote: got "x" at line 2 instead of delimiter, record delimiter, trimable character (if activated) or comment',
    ],
  ];
  it.each(cases)("%j", async (text, message) => {
    expect(await cli(["score", "a.csv", "--set", "1"], { files: { "a.csv": text } })).toEqual({
      code: 4,
      stdout: "",
      stderr: `ocop: ${message}\n`,
    });
  });

  it("detects the delimiter by the most fields on the first line, ',' on a tie", async () => {
    // ',' and ';' both give two fields: ','
    expect(
      (
        await cli(["score", "a.csv", "--set", "1"], {
          files: { "a.csv": "criterion;note,points\n1.1;3,4\n" },
        })
      ).stderr,
    ).toBe(
      "ocop: a.csv:1: no criterion column (criterion or tieu_chi); the header is: criterion;note, points\n",
    );
    // ';' gives three, ',' two: ';'
    const semi = bestCsv.replace(/,/g, ";").replace("criterion;points", "criterion;points;name,x");
    expect((await cli(["score", "a.csv", "--set", "1"], { files: { "a.csv": semi } })).code).toBe(4);
    expect(
      (await cli(["score", "a.csv", "--set", "1"], { files: { "a.csv": bestCsv.replace(/,/g, ";") } })).code,
    ).toBe(0);
    // a tab gives more than ',' and ';': tab
    const tab = bestCsv.replace(/,/g, "\t").replace("criterion\tpoints", "criterion\tpoints\tname;x,y");
    expect(
      (await cli(["score", "a.csv", "--set", "1"], { files: { "a.csv": tab } })).stderr.split("\n")[0],
    ).toBe("ocop: a.csv:2: name;x,y: criterion 1.1 (Origin of the product) is not answered");
    // blank lines before the header are skipped for the detection too (was: ',' always, so a ';' file with a
    // blank first line lost all its columns)
    const blankFirst = `\n \t\r\n${bestCsv.replace(/,/g, ";")}`;
    expect((await cli(["score", "a.csv", "--set", "1"], { files: { "a.csv": blankFirst } })).code).toBe(0);
    // a first line that cannot be parsed with any delimiter falls back to ','
    expect(
      (await cli(["score", "a.csv", "--set", "1"], { files: { "a.csv": '"criterion;points\n' } })).stderr,
    ).toBe(
      "ocop: a.csv:1: not valid CSV: Quote Not Closed: the parsing is finished with an opening quote at line 1\n",
    );
  });

  it("prints at most 50 problems, then counts the rest", async () => {
    const rows = (n: number) => `criterion,points\n${Array.from({ length: n }, () => ",1").join("\n")}\n`;
    const line = (i: number) => `ocop: a.csv:${i + 2}: criterion: is empty`;
    const fifty = await cli(["score", "a.csv", "--set", "1"], { files: { "a.csv": rows(50) } });
    expect(fifty.code).toBe(4);
    expect(fifty.stderr).toBe(`${Array.from({ length: 50 }, (_, i) => line(i)).join("\n")}\n`);
    const more = await cli(["score", "a.csv", "--set", "1"], { files: { "a.csv": rows(53) } });
    expect(more.stderr).toBe(
      `${Array.from({ length: 50 }, (_, i) => line(i)).join("\n")}\nocop: ... and 3 more problem(s)\n`,
    );
    const vi = await cli(["score", "a.csv", "--set", "1", "--lang", "vi"], { files: { "a.csv": rows(51) } });
    expect(vi.stderr.split("\n").slice(-3)).toEqual([
      "ocop: a.csv:51: criterion: bị bỏ trống",
      "ocop: ... và 1 lỗi khác",
      "",
    ]);
  });
});

describe("score: the shapes of a sheet file (exit 4, the JSON path of each problem)", () => {
  // the path is printed as JSON: identifiers with dots, other keys in brackets, indexes in brackets
  const cases: [string, string[]][] = [
    ["5", ["a.json: (top level): 5 is not a readable record of points by criterion id"]],
    ['"x"', ['a.json: (top level): "x" is not a readable record of points by criterion id']],
    ["[]", ["a.json: (top level): is an empty list of sheets"]],
    [
      "[1, 2]",
      [
        "a.json: [0]: 1 is not a readable record of points by criterion id",
        "a.json: [1]: 2 is not a readable record of points by criterion id",
      ],
    ],
    [
      '{"answers": [], "a-b": 1, "1a": 2, "_x$1": 3, "b c": 4}',
      [
        'a.json: ["a-b"]: is not a field of a sheet file (set, regulation, answers, product, note, members)',
        'a.json: ["1a"]: is not a field of a sheet file (set, regulation, answers, product, note, members)',
        "a.json: _x$1: is not a field of a sheet file (set, regulation, answers, product, note, members)",
        'a.json: ["b c"]: is not a field of a sheet file (set, regulation, answers, product, note, members)',
        "a.json: answers: is an empty list of sheets",
      ],
    ],
    ['{"set": 1.5, "answers": {}}', ["a.json: set: is not a set number"]],
    ['{"set": "1", "answers": {}}', ["a.json: set: is not a set number"]],
    [
      '{"set": null, "regulation": ["148"], "answers": {}}',
      ["a.json: set: is not a set number", "a.json: regulation: is not a regulation number"],
    ],
    [
      '{"answers": [{"member": "A", "answers": 3}, {"answers": {}}]}',
      ["a.json: answers[0].answers: 3 is not a readable record of points by criterion id"],
    ],
  ];
  it.each(cases)("%s", async (text, lines) => {
    const r = await cli(["score", "a.json", "--set", "1"], { files: { "a.json": text } });
    expect(r.code).toBe(4);
    expect(r.stdout).toBe("");
    expect(r.stderr.trimEnd().split("\n").slice(0, lines.length)).toEqual(lines.map((l) => `ocop: ${l}`));
  });

  it("locates the answers of each member: list index, then answers, then the criterion", async () => {
    const answers = { ...best, "1.3": 7 };
    const text = JSON.stringify({
      set: 1,
      answers: [
        { member: "A", answers: best },
        { member: 2, answers },
      ],
    });
    expect(await cli(["score", "a.json"], { files: { "a.json": text } })).toEqual({
      code: 4,
      stdout: "",
      stderr:
        'ocop: a.json: answers[1].answers["1.3"]: 7 is not one of the points criterion 1.3 (Value added) offers: 1, 2, 3\n',
    });
    const bare = JSON.stringify([best, { ...best, "1.1": "3" }]);
    expect((await cli(["score", "a.json", "--set", "1"], { files: { "a.json": bare } })).stderr).toBe(
      'ocop: a.json: [1]["1.1"]: "3" is not one of the points criterion 1.1 (Origin of the product) offers: 1, 2, 3\n',
    );
    // a wrapper without "answers" is a bare sheet: its "set" is an unknown criterion
    const noAnswers = JSON.stringify({ set: 1, ...best });
    expect((await cli(["score", "a.json", "--set", "1"], { files: { "a.json": noAnswers } })).stderr).toBe(
      'ocop: a.json: set: "set" is not a criterion of set 1 (26/2026/QĐ-TTg)\n',
    );
  });

  it("takes an entry as a member's sheet only when it has both `member` and `answers`", async () => {
    for (const entry of [{ answers: best }, { member: "A", ...best }]) {
      const r = await cli(["score", "a.json", "--set", "1"], {
        files: { "a.json": JSON.stringify([entry]) },
      });
      expect(r.code).toBe(4);
      const key = "answers" in entry ? "answers" : "member";
      expect(r.stderr).toContain(
        `ocop: a.json: [0].${key}: "${key}" is not a criterion of set 1 (26/2026/QĐ-TTg)\n`,
      );
    }
  });

  it("names members by their `member`, as text, or by their place", async () => {
    const text = JSON.stringify([{ member: 7, answers: best }, best, { member: null, answers: best }]);
    const r = await cli(["score", "a.json", "--set", "1", "--format", "json"], { files: { "a.json": text } });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).sheets.map((s: { member: string }) => s.member)).toEqual(["7", "2", "null"]);
  });
});

describe("score: the cells of a CSV sheet", () => {
  const csvWith = (patch: Record<string, string>, header = "criterion,points"): string =>
    `${header}\n${veg.criteria.map((c) => `${c.id},${patch[c.id] ?? best[c.id]}`).join("\n")}\n`;
  const score = async (text: string, ...argv: string[]) =>
    cli(["score", "s.csv", "--set", "1", ...argv], { files: { "s.csv": text } });

  it("reads 3, 3.0, 3,0 and 2,5 as numbers and anything else as text", async () => {
    // a number is printed bare, a text in quotes: the cell's reading shows in the message
    const cases: [string, string][] = [
      ["2.5", "2.5"],
      ['"2,5"', "2.5"],
      ["-1", "-1"],
      ["12", "12"],
      ["1.", '"1."'],
      [".5", '".5"'],
      ["3a", '"3a"'],
      ["a3", '"a3"'],
      ["--1", '"--1"'],
      ["1.2.3", '"1.2.3"'],
      ['"1,2,3"', '"1,2,3"'],
    ];
    for (const [cell, shown] of cases) {
      const r = await score(csvWith({ "1.1": cell }));
      expect(r.stderr, cell).toBe(
        `ocop: s.csv:2: points: ${shown} is not one of the points criterion 1.1 (Origin of the product) offers: 1, 2, 3\n`,
      );
    }
    for (const cell of ["3.0", '"3,0"', "03"]) {
      const r = await score(csvWith({ "1.1": cell }), "--format", "json");
      expect(JSON.parse(r.stdout).score, cell).toBe(100);
    }
  });

  it("drops one final dot of an id, skips informative columns and rows without id or points", async () => {
    const text = [
      "Tiêu chí,Phần,Mục,Tên,Điểm tối đa,Lựa chọn,Ghi chú,Notes,Tên tiêu chí,,points",
      ",A,,Part A,,,,,,,",
      ...veg.criteria.map((c) => `${c.id}.,,,n,,,,,,,${best[c.id]}`),
    ].join("\n");
    const r = await score(text, "--format", "json");
    expect(r.stderr).toBe("");
    const j = JSON.parse(r.stdout);
    expect(j.score).toBe(100);
    expect(j.sheets.map((s: { member: string }) => s.member)).toEqual(["points"]);
    // only one dot: "1.1.." stays "1.1."
    // only one dot: "1.1.." is "1.1.", unknown; 1.1 is then unanswered, a problem without a line, so first
    expect((await score(csvWith({}).replace("\n1.1,", "\n1.1..,"))).stderr).toBe(
      "ocop: s.csv: points: criterion 1.1 (Origin of the product) is not answered\n" +
        'ocop: s.csv:2: points: "1.1." is not a criterion of set 1 (26/2026/QĐ-TTg)\n',
    );
  });

  it("reports each empty id, repeated id and bad cell, sorted by line, with the column or member", async () => {
    const text = [
      "ma_tieu_chi,Ann,Bob",
      ...veg.criteria.map((c) =>
        c.id === "1.2" ? "1.2,0,x" : c.id === "12" ? "12,3," : `${c.id},${best[c.id]},${best[c.id]}`,
      ),
      ",1,",
      "1.1,3,3",
    ].join("\n");
    const r = await score(text);
    expect(r.code).toBe(4);
    expect(r.stderr).toBe(
      [
        "ocop: s.csv:34: ma_tieu_chi: is empty",
        "ocop: s.csv:35: ma_tieu_chi: criterion 1.1 is already on line 2",
        "",
      ].join("\n"),
    );
    const cells = await score(text.split("\n").slice(0, 33).join("\n"));
    expect(cells.stderr).toBe(
      [
        'ocop: s.csv:3: Bob: "x" is not one of the points criterion 1.2 (Raw-material area with a quality certificate) offers: 0, 1, 2',
        "ocop: s.csv:33: Bob: criterion 12 (GLOBAL MARKET OPPORTUNITY) is not answered",
        "",
      ].join("\n"),
    );
  });

  it("sorts the problems of a council by line, lines without one first", async () => {
    const r = await cli(["score", "council-bad.csv", "--set", "1"]);
    expect(r.stderr.trimEnd().split("\n")).toEqual([
      'ocop: council-bad.csv:10: Lê Minh Châu: "x" is not one of the points criterion 2.2 (Packing and packaging of the product) offers: 0, 1, 2, 3',
      "ocop: council-bad.csv:18: Hoàng Văn Em: criterion 4.1 (Main distribution area) is not answered",
      "ocop: council-bad.csv:25: Trần Thị Bình: 5 is not one of the points criterion 6.2 (Colour, ripeness) offers: 0, 1, 2, 3, 4",
      'ocop: council-bad.csv:34: Nguyễn Văn An: "13.1" is not a criterion of set 1 (26/2026/QĐ-TTg)',
      'ocop: council-bad.csv:34: Trần Thị Bình: "13.1" is not a criterion of set 1 (26/2026/QĐ-TTg)',
      'ocop: council-bad.csv:34: Lê Minh Châu: "13.1" is not a criterion of set 1 (26/2026/QĐ-TTg)',
      'ocop: council-bad.csv:34: Phạm Thu Dung: "13.1" is not a criterion of set 1 (26/2026/QĐ-TTg)',
      'ocop: council-bad.csv:34: Hoàng Văn Em: "13.1" is not a criterion of set 1 (26/2026/QĐ-TTg)',
    ]);
  });
});

describe("score: --set and --regulation against the file", () => {
  const wrapped = (extra: object) => JSON.stringify({ ...extra, answers: best });
  const run1 = (text: string, ...argv: string[]) =>
    cli(["score", "a.json", ...argv, "--format", "json"], { files: { "a.json": text } });

  it("accepts every spelling of a regulation, and a --regulation with a CSV file", async () => {
    for (const spelling of [
      "26/2026/QĐ-TTg",
      "26/2026",
      "26",
      "26/2026/qđ-ttg",
      " 26 / 2026 ",
      "26.2026.QD.TTG",
    ]) {
      const r = await run1(wrapped({ set: 1 }), "--regulation", spelling);
      expect(r.code, spelling).toBe(0);
      expect(JSON.parse(r.stdout).regulation).toBe("26/2026/QĐ-TTg");
    }
    const csv = await cli([
      "score",
      "council-26-2026-set1.csv",
      "--set",
      "1",
      "--regulation",
      "26",
      "--format",
      "json",
    ]);
    expect(csv.code).toBe(0);
    // the file's regulation and set are used when no option gives them
    const file148 = await cli(["score", "a.json", "--format", "json"], {
      files: { "a.json": JSON.stringify({ set: 7, regulation: "148", answers: {} }) },
    });
    expect(file148.code).toBe(4);
    expect(file148.stderr.split("\n")[0]).toMatch(/^ocop: note: criteria set 7 of 148\/QĐ-TTg /);
  });

  it("refuses a --set or --regulation that contradicts the file, and a file regulation that is none", async () => {
    const cases: [string, string[], string][] = [
      [wrapped({ set: 2 }), ["--set", "1"], '--set 1 contradicts "set": 2 in a.json'],
      [
        wrapped({ regulation: "148" }),
        ["--set", "1", "--regulation", "26"],
        '--regulation 26 contradicts "regulation": "148" in a.json',
      ],
      [
        wrapped({ set: 1, regulation: "999" }),
        ["--regulation", "26"],
        '--regulation: "999" is not a regulation with criteria sets (26/2026/QĐ-TTg, 148/QĐ-TTg, 1048/QĐ-TTg)',
      ],
      [
        wrapped({ set: 1, regulation: "999" }),
        [],
        '--regulation: "999" is not a regulation with criteria sets (26/2026/QĐ-TTg, 148/QĐ-TTg, 1048/QĐ-TTg)',
      ],
      [JSON.stringify(best), [], '--set <n> is required (or "set" in a JSON sheet)'],
      [wrapped({}), [], '--set <n> is required (or "set" in a JSON sheet)'],
      [wrapped({ set: 30 }), [], "--set: 30 is not a set of 26/2026/QĐ-TTg; valid set numbers: 1–26"],
    ];
    for (const [text, argv, message] of cases) {
      expect(await cli(["score", "a.json", ...argv], { files: { "a.json": text } }), message).toEqual({
        code: 2,
        stdout: "",
        stderr: usage(message, "score"),
      });
    }
    // the same numbers in another form do not contradict
    expect(
      (await run1(wrapped({ set: 1, regulation: "26/2026" }), "--set", "01", "--regulation", "26")).code,
    ).toBe(0);
  });
});

describe("certificates: the cells of a registry (exit 4, the line and the column as written)", () => {
  const header = "product,holder,stars,decision_number,issued_on,issuer_level,province";
  const registry = (...rows: string[]) => `${header}\n${rows.join("\n")}\n`;
  const check = (text: string, ...argv: string[]) =>
    cli(["certificates", "r.csv", "--as-of", "2026-06-01", ...argv], { files: { "r.csv": text } });

  it("reads stars as 4, 4★, 4*, 4 sao, 4SAO; anything else is shown as written", async () => {
    for (const cell of ["4", "4★", "4 *", "4 sao", "4SAO", "4  ★"]) {
      const r = await check(registry(`A,H,${cell},1,2023-06-20,province,P`), "--format", "json");
      expect(r.code, cell).toBe(0);
      expect(JSON.parse(r.stdout).groups[0].items[0].certificate.stars).toBe(4);
    }
    const cases: [string, string][] = [
      ["2", "2"],
      ["6", '"6"'],
      ["45", '"45"'],
      ["x4", '"x4"'],
      ["4x", '"4x"'],
      ["4★★", '"4★★"'],
    ];
    for (const [cell, shown] of cases) {
      const r = await check(registry(`A,H,${cell},1,2023-06-20,province,P`));
      expect(r.stderr, cell).toBe(
        `ocop: r.csv:2: stars: ${shown} is not 3, 4 or 5 (only 3★–5★ products receive a certificate)\n`,
      );
    }
  });

  it("reads D/M/YYYY dates, and passes on anything else as written", async () => {
    const ok: [string, string][] = [
      ["20/6/2023", "2023-06-20"],
      ["5/06/2023", "2023-06-05"],
      ["2023-06-20", "2023-06-20"],
    ];
    for (const [cell, iso] of ok) {
      const r = await check(registry(`A,H,4,1,${cell},province,P`), "--format", "json", "--within", "3650");
      expect(r.code, cell).toBe(0);
      expect(JSON.parse(r.stdout).groups[0].items[0].certificate.issuedOn).toBe(iso);
    }
    for (const cell of ["31/04/2024", "2023/06/20", "120/6/2023", "20/6/23", "x20/6/2023", "20/6/2023x"]) {
      const r = await check(registry(`A,H,4,1,${cell},province,P`));
      expect(r.stderr, cell).toBe(
        `ocop: r.csv:2: issued_on: "${cell}" is not a calendar date (YYYY-MM-DD, a real day)\n`,
      );
    }
  });

  it("reads issuer levels in English and Vietnamese, folded; an unknown one is shown as written", async () => {
    for (const [cell, level, stars] of [
      ["Tỉnh", "province", "4"],
      ["cấp tỉnh", "province", "4"],
      ["Trung ương", "central", "5"],
      ["quốc gia", "central", "5"],
      ["Bộ", "central", "5"],
      ["CENTRAL", "central", "5"],
      ["huyện", "district", "3"],
      ["Cấp Huyện", "district", "3"],
    ] as const) {
      const r = await check(registry(`A,H,${stars},1,2023-06-20,${cell},P`), "--format", "json");
      expect(r.code, cell).toBe(0);
      expect(JSON.parse(r.stdout).groups[0].issuerLevel, cell).toBe(level);
    }
    for (const cell of ["toString", "xã", "__proto__"]) {
      const r = await check(registry(`A,H,4,1,2023-06-20,${cell},P`));
      expect(r.stderr, cell).toBe(
        `ocop: r.csv:2: issuer_level: "${cell}" is not central, province or district\n`,
      );
    }
  });

  it("names the column as the header writes it, and every problem of every row", async () => {
    const text = [
      "Sản phẩm;Chủ thể;Số sao;Điểm;Số quyết định;Ngày  cấp;Cấp công nhận;Tỉnh;Chế độ;Ngày hết hạn;Ghi chú;;x",
      "A;H;6;abc;1;1/2/2024;toString;P;zz;31/12/2026;;;",
      "",
      "B;H;4;78,5;1;2024-01-02;tỉnh;P;;x;;;",
      "C;;4;62;;2024-01-02;tỉnh;;;;;;",
    ].join("\n");
    const r = await check(text);
    expect(r.code).toBe(4);
    expect(r.stderr).toBe(
      [
        "ocop: note: r.csv: column(s) not used: Ghi chú, x",
        'ocop: r.csv:2: Số sao: "6" is not 3, 4 or 5 (only 3★–5★ products receive a certificate)',
        'ocop: r.csv:2: Điểm: "abc" is not a number from 0 to 100',
        'ocop: r.csv:2: Chế độ: "zz" is not a modelled regime (1048, 1048+781, 148, 148+1489, 26/2026)',
        'ocop: r.csv:2: Cấp công nhận: "toString" is not central, province or district',
        'ocop: r.csv:4: Ngày hết hạn: "x" is not a calendar date (YYYY-MM-DD, a real day)',
        'ocop: r.csv:5: Chủ thể: "" is not a non-empty text (at most 1000 characters)',
        "ocop: r.csv:5: Điểm: 62 is below 70, the lowest score of 4★",
        'ocop: r.csv:5: Số quyết định: "" is not a non-empty text (at most 1000 characters)',
        'ocop: r.csv:5: Tỉnh: "" is not a non-empty text (at most 1000 characters)',
        "",
      ].join("\n"),
    );
  });

  it("reads an empty required cell as empty text, and names the column of a cross-field problem", async () => {
    const text = `${header},expires_on\nA,H,,1,,,P,\nB,H,4,1,2023-06-20,province,P,2023-01-01\n`;
    expect((await check(text)).stderr).toBe(
      [
        'ocop: r.csv:2: stars: "" is not 3, 4 or 5 (only 3★–5★ products receive a certificate)',
        'ocop: r.csv:2: issued_on: "" is not a calendar date (YYYY-MM-DD, a real day)',
        'ocop: r.csv:2: issuer_level: "" is not central, province or district',
        'ocop: r.csv:3: expires_on: "2023-01-01" is not after the issue date 2023-06-20',
        "",
      ].join("\n"),
    );
  });

  it("lists the missing required columns, and folds runs of spaces, dots and dashes in a header", async () => {
    expect(await check("Product;Holder;Stars\n")).toEqual({
      code: 4,
      stdout: "",
      stderr:
        "ocop: r.csv:1: missing column(s): decision_number, issued_on, issuer_level, province (see 'ocop certificates --help')\n",
    });
    expect((await check("\nsan-pham,chu.the\n", "--lang", "vi")).stderr).toBe(
      "ocop: r.csv:2: thiếu cột: stars, decision_number, issued_on, issuer_level, province (xem 'ocop certificates --help')\n",
    );
    const folded =
      "Sản   phẩm,Chủ - thể,Số.sao,Số_quyết_định,Ngày--cấp,cấp công nhận,TỈNH\nA,H,4,1,2023-06-20,province,P\n";
    expect((await check(folded)).code).toBe(0);
  });

  it("goes on with --skip-invalid, noting each problem and the count, in Vietnamese too", async () => {
    const text = registry(
      "A,H,2,1,2023-06-20,province,P",
      "B,H,4,1,2023-06-20,province,P",
      "C,H,4,1,x,province,P",
    );
    const r = await check(text, "--skip-invalid", "--lang", "vi", "--format", "json");
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      [
        "ocop: lưu ý: r.csv:2: stars: 2 không phải là 3, 4 hoặc 5 (chỉ sản phẩm 3–5 sao được cấp giấy chứng nhận)",
        'ocop: lưu ý: r.csv:4: issued_on: "x" không phải là ngày hợp lệ (YYYY-MM-DD, ngày có thật)',
        "ocop: lưu ý: đã bỏ qua 2 dòng không hợp lệ",
        "",
      ].join("\n"),
    );
    expect(JSON.parse(r.stdout)).toMatchObject({ read: 3, skipped: 2, matched: 1 });
    expect(JSON.parse(r.stdout).groups[0].items[0].line).toBe(3);
  });
});

describe("track: the data files (exit 4, the line and the field)", () => {
  const track = (target: string, name: string, text: string, ...argv: string[]) =>
    cli(["track", target, name, "--as-of", "2024-12-31", ...argv], { files: { [name]: text } });

  it("locates each problem of CSV and JSON data", async () => {
    const cases: [string, string, string, string][] = [
      [
        "919/products-3-stars",
        "d.csv",
        "value\n",
        "d.csv: a count target takes exactly one data line, not 0",
      ],
      ["919/products-3-stars", "d.csv", "so_luong\n 12a \n", 'd.csv:2: value: "12a" is not a finite number'],
      ["919/products-3-stars", "d.csv", "gia_tri\nx12\n", 'd.csv:2: value: "x12" is not a finite number'],
      ["919/products-3-stars", "d.csv", "Count\n-3\n", 'd.csv:2: value: "-3" is not a finite number'],
      ["919/products-3-stars", "d.json", '{"value": -3}', "d.json: value: -3 is less than 0"],
      [
        "919/products-5-stars",
        "d.csv",
        "part,whole\n1,2\n",
        'd.csv:1: a range target needs a "value" column',
      ],
      ["919/products-5-stars", "d.json", '{"value": "450"}', 'd.json: value: "450" is not a finite number'],
      ["919/products-3-stars", "d.json", "[]", "d.json: (top level): value: an array is not an object"],
      ["919/cooperatives", "d.csv", "dat,tong\n1\n", 'd.csv:2: whole: "" is not a finite number'],
      ["919/cooperatives", "d.csv", "part\n1\n", 'd.csv:1: a share target needs a "whole" column'],
      ["919/cooperatives", "d.csv", "whole\n1\n", 'd.csv:1: a share target needs a "part" column'],
      [
        "919/cooperatives",
        "d.csv",
        "part,whole\n3,2\n",
        "d.csv:2: part: 3 exceeds the whole (2): a share above 100%",
      ],
      [
        "919/cooperatives",
        "d.csv",
        "part,whole,dat_dau_ky,tong_dau_ky\n1,2,3000,2000\n",
        "d.csv:2: atStart: 3000 exceeds the whole (2000): a share above 100%",
      ],
      [
        "919/cooperatives",
        "d.csv",
        "part,whole,part_at_start,whole_at_start\n1,2,,2000\n",
        'd.csv:2: atStart: "" is not a finite number',
      ],
      [
        "919/cooperatives",
        "d.json",
        '{"part": 1, "whole": 2, "atStart": {"part": 5, "whole": 2}}',
        "d.json: atStart.part: 5 exceeds the whole (2): a share above 100%",
      ],
      ["target-ha-tinh-communes.json", "d.csv", "unit,value\n", "d.csv: units: an object lists no unit"],
      [
        "target-ha-tinh-communes.json",
        "d.csv",
        "xa\nA\n",
        'd.csv:1: a per-unit-minimum target needs a "value" column',
      ],
      [
        "target-ha-tinh-communes.json",
        "d.csv",
        "value\n1\n",
        'd.csv:1: a per-unit-minimum target needs a "unit" column',
      ],
      [
        "target-ha-tinh-communes.json",
        "d.csv",
        "Huyện,Số lượng\nA,1\nB,1.5\n",
        'd.csv:3: B: "1.5" is not a finite number',
      ],
      [
        "target-ha-tinh-communes.json",
        "d.csv",
        "don_vi,gia_tri\nA,1\n\nB,2\nA,3\n",
        'd.csv:5: don_vi: "A" is already on line 2',
      ],
    ];
    for (const [target, name, text, message] of cases) {
      expect(await track(target, name, text), message).toEqual({
        code: 4,
        stdout: "",
        stderr: `ocop: ${message}\n`,
      });
    }
    expect(
      (await track("target-ha-tinh-communes.json", "d.json", '{"units": {"A": -1, "B b": "x"}}')).stderr,
    ).toBe(
      'ocop: d.json: units.A: -1 is less than 0\nocop: d.json: units["B b"]: "x" is not a finite number\n',
    );
  });

  it("leaves out the values at the start when both are empty or a column is missing", async () => {
    const pct = async (text: string) =>
      JSON.parse((await track("919/cooperatives", "d.csv", text, "--format", "json")).stdout).percentDone;
    expect(await pct("part,whole,part_at_start,whole_at_start\n900,2500,,\n")).toBe(90);
    expect(await pct("part,whole,part_at_start\n900,2500,x\n")).toBe(90);
    expect(await pct("part,whole,whole_at_start\n900,2500,x\n")).toBe(90);
    expect(await pct("part,whole,part_at_start,whole_at_start\n900,2500,500,2000\n")).toBe(73.3);
  });

  it("refuses a target file that is not a target, naming the field", async () => {
    const r = await cli(["track", "t.json", "products-3-stars.csv"], {
      files: { "t.json": '{"id": "x", "kind": "count"}' },
    });
    expect(r.code).toBe(4);
    expect(r.stderr.split("\n")[0]).toMatch(/^ocop: t\.json: /);
    const list = await cli(["track", "t.json", "products-3-stars.csv"], { files: { "t.json": "[]" } });
    expect(list.code).toBe(4);
    expect(list.stderr).toMatch(/^ocop: t\.json: \(top level\): /);
  });

  it("tracks from the target's first day, not before", async () => {
    expect(
      (await cli(["track", "919/products-3-stars", "products-3-stars.csv", "--as-of", "2021-01-01"])).code,
    ).toBe(0);
    expect(
      await cli([
        "track",
        "919/products-3-stars",
        "products-3-stars.csv",
        "--as-of",
        "2020-12-31",
        "--lang",
        "vi",
      ]),
    ).toEqual({
      code: 2,
      stdout: "",
      stderr: usageVi("--as-of: 2020-12-31 trước ngày bắt đầu của chỉ tiêu (2021-01-01)", "track"),
    });
    // the default date is today's
    const today = await cli(["track", "919/products-3-stars", "products-3-stars.csv", "--format", "json"], {
      today: "2024-02-29",
    });
    expect(JSON.parse(today.stdout).asOf).toBe("2024-02-29");
  });
});
