import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EXIT } from "../../src/cli/exit-codes.js";
import type { CliIo } from "../../src/cli/io.js";
import { run } from "../../src/cli/run.js";
import { VERSION } from "../../src/cli/version.js";
import { cli } from "./helpers.js";

describe("ocop: help, version, usage errors", () => {
  it("prints the version of package.json", async () => {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
      version: string;
    };
    expect(VERSION).toBe(pkg.version);
    for (const argv of [["--version"], ["-v"], ["score", "--version"]]) {
      const r = await cli(argv);
      expect(r).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: "" });
    }
  });

  it("prints the help in English and in Vietnamese", async () => {
    const en = await cli(["--help"]);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain("Usage: ocop <command> [options]");
    expect(en.stdout).toContain("Exit codes: 0 ok");
    const vi = await cli(["--help", "--lang", "vi"]);
    expect(vi.stdout).toContain("Cách dùng: ocop <lệnh> [tùy chọn]");
    const env = await cli(["-h"], { env: { OCOP_LANG: "vi_VN.UTF-8" } });
    expect(env.stdout).toContain("Cách dùng");
    // --lang wins over the environment
    const both = await cli(["-h", "--lang=en"], { env: { OCOP_LANG: "vi" } });
    expect(both.stdout).toContain("Usage: ocop");
  });

  it("prints each command's help, with `--help` or `help <command>`", async () => {
    for (const [command, line] of [
      ["score", "Usage: ocop score <file> --set <n>"],
      ["sheet", "Usage: ocop sheet --set <n>"],
      ["certificates", "Usage: ocop certificates <registry.csv>"],
      ["track", "Usage: ocop track <preset-id | target.json>"],
      ["presets", "Usage: ocop presets"],
    ] as const) {
      const a = await cli([command, "--help"]);
      expect(a.code).toBe(0);
      expect(a.stdout).toContain(line);
      const b = await cli(["help", command]);
      expect(b.stdout).toBe(a.stdout);
    }
    expect((await cli(["certificates", "-h", "--lang", "vi"])).stdout).toContain("Các cột của sổ");
    expect((await cli(["help"])).stdout).toContain("Commands:");
  });

  it("exits 2 on usage errors, in the language asked", async () => {
    const none = await cli([]);
    expect(none.code).toBe(EXIT.USAGE);
    expect(none.stderr).toBe("ocop: a command is required\nTry 'ocop --help'.\n");
    const unknown = await cli(["scroe"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(
      'unknown command "scroe" (commands: score, sheet, certificates, track, presets)',
    );
    const unknownVi = await cli(["scroe", "--lang", "vi"]);
    expect(unknownVi.stderr).toContain('không có lệnh "scroe"');
    expect(unknownVi.stderr).toContain("Xem 'ocop --help'.");
    const option = await cli(["sheet", "--set", "1", "--sett", "2"]);
    expect(option.code).toBe(2);
    expect(option.stderr).toBe("ocop: unknown option --sett\nTry 'ocop sheet --help'.\n");
    expect((await cli(["sheet", "-x"])).stderr).toContain("unknown option -x");
    expect((await cli(["sheet", "--set"])).stderr).toContain("option --set needs a value");
    expect((await cli(["sheet", "--set", "--excel"])).stderr).toContain("option --set needs a value");
    expect((await cli(["sheet", "--set", "1", "--excel=yes"])).stderr).toContain(
      "option --excel takes no value",
    );
    const lang = await cli(["presets", "--lang", "fr"]);
    expect(lang.code).toBe(2);
    expect(lang.stderr).toContain('--lang: "fr" is not en or vi');
    const format = await cli(["presets", "--format", "xml"], { env: { OCOP_LANG: "vi" } });
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('--format: "xml" không phải là table, json hoặc csv');
  });

  it("reads options before the command and after `--`", async () => {
    const r = await cli(["--lang", "vi", "--format", "csv", "presets"]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("id,kind,start,deadline,name");
    const dash = await cli(["sheet", "--set", "1", "--", "--extra"]);
    expect(dash.code).toBe(2);
    expect(dash.stderr).toContain('unexpected argument "--extra"');
  });

  it("exits 5 on an internal error, and never throws", async () => {
    const io: CliIo = {
      stdout: () => undefined,
      stderr: (t) => {
        err += t;
      },
      readFile: async () => Buffer.from("product\n"),
      readStdin: async () => Buffer.from(""),
      today: () => {
        throw new TypeError("clock broken");
      },
      env: {},
    };
    let err = "";
    expect(await run(["certificates", "registry.csv"], io)).toBe(EXIT.INTERNAL);
    expect(err).toContain("ocop: internal error, please report it with the command you ran (certificates)");
    expect(err).toContain("clock broken");
    err = "";
    const vi = { ...io, env: { OCOP_LANG: "vi" } };
    expect(await run(["certificates", "registry.csv"], vi)).toBe(5);
    expect(err).toContain("lỗi nội bộ");
  });

  it("documents the exit codes it returns", () => {
    expect(EXIT).toEqual({ OK: 0, ATTENTION: 1, USAGE: 2, UNREADABLE: 3, INVALID_DATA: 4, INTERNAL: 5 });
  });
});
