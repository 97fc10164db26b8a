import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { TARGET_PRESETS } from "../../src/targets/presets/index.js";
import { cli } from "./helpers.js";

describe("ocop track", () => {
  it("tracks a preset against JSON data", async () => {
    const r = await cli([
      "track",
      "919/products-3-stars",
      "products-3-stars-2025.json",
      "--as-of",
      "2025-06-30",
    ]);
    expect(r.code).toBe(0);
    const out = r.stdout.split("\n");
    expect(out[0]).toBe("919/products-3-stars: At least 10,000 OCOP products of 3 stars or more");
    expect(out).toContain("Period      2021-01-01 → 2025-12-31");
    expect(out).toContain("As of       2025-06-30 (184 days left)");
    expect(out).toContain("Achieved    8500");
    expect(out).toContain("Required    10000");
    expect(out).toContain("Remaining   1500");
    expect(out).toContain("Status      at risk");
    expect(r.stdout).toMatch(/Why +At risk: 8500 of 10000/);
  });

  it("reads count data from CSV and the date from today; Vietnamese", async () => {
    const r = await cli(["track", "919/products-3-stars", "products-3-stars.csv", "--lang", "vi"], {
      today: "2026-01-10",
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Tính đến    2026-01-10 (quá hạn 10 ngày)");
    expect(r.stdout).toContain("Tình trạng  không đạt");
  });

  it("exits 1 with --fail-on-risk when at risk or missed, 0 when met", async () => {
    expect(
      (
        await cli([
          "track",
          "919/products-3-stars",
          "products-3-stars.csv",
          "--as-of",
          "2025-06-30",
          "--fail-on-risk",
        ])
      ).code,
    ).toBe(1);
    const met = await cli(
      ["track", "919/products-3-stars", "met.json", "--as-of", "2025-06-30", "--fail-on-risk"],
      {
        files: { "met.json": '{"value": 10200}' },
      },
    );
    expect(met.code).toBe(0);
    expect(met.stdout).toContain("Status      met");
  });

  it("tracks a custom per-unit target from a JSON file against a CSV of communes", async () => {
    const r = await cli(["track", "target-ha-tinh-communes.json", "communes-2026.csv"]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe(
      "ha-tinh-2030/communes-with-product: Every commune has at least one OCOP product of 3 stars or more",
    );
    expect(r.stdout).toContain("Units short of the minimum:");
    expect(r.stdout).toMatch(/ {2}Vũ Quang +0 +1/);
    const j = JSON.parse(
      (await cli(["track", "target-ha-tinh-communes.json", "communes-2026.csv", "--format", "json"])).stdout,
    );
    expect(j.achieved).toBe(5);
    expect(j.required).toBe(8);
    expect(j.shortfalls.map((s: { unit: string }) => s.unit).sort()).toEqual([
      "Kỳ Anh",
      "Vũ Quang",
      "Đức Thọ",
    ]);
  });

  it("reads share data from CSV, with the values at the start", async () => {
    const csvText = "part,whole,part_at_start,whole_at_start\n900,2500,500,2000\n";
    const r = await cli(
      ["track", "919/cooperatives", "coops.csv", "--as-of", "2024-12-31", "--format", "csv"],
      {
        files: { "coops.csv": csvText },
      },
    );
    expect(r.code).toBe(0);
    const [row] = parse(r.stdout, { columns: true }) as Record<string, string>[];
    expect(row).toMatchObject({ id: "919/cooperatives", as_of: "2024-12-31", achieved: "36" });
    expect(Object.keys(row!)).toEqual([
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
    ]);
  });

  it("exits 4 naming the line and the unit of bad data", async () => {
    const r = await cli(["track", "target-ha-tinh-communes.json", "communes-bad.csv"]);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('ocop: communes-bad.csv:3: Hương Trạch: "một"');
    const cases: [string, string, string, string][] = [
      [
        "919/products-3-stars",
        "a.csv",
        "value\n1\n2\n",
        "a.csv: a count target takes exactly one data line, not 2",
      ],
      ["919/products-3-stars", "b.csv", "count_x\n1\n", 'b.csv:1: a count target needs a "value" column'],
      ["919/products-3-stars", "c.csv", "value\n10.000\n", 'c.csv:2: value: "10.000"'],
      ["919/products-3-stars", "d.json", '{"part": 1, "whole": 2}', "d.json:"],
      [
        "919/cooperatives",
        "e.csv",
        "part,whole\n30,20\n",
        "e.csv:2: part: 30 exceeds the whole (20): a share above 100%",
      ],
      [
        "target-ha-tinh-communes.json",
        "f.csv",
        "unit,value\nA,1\nA,2\n",
        'f.csv:3: unit: "A" is already on line 2',
      ],
      ["target-ha-tinh-communes.json", "g.json", "{ bad json", "g.json: "],
    ];
    for (const [target, name, text, message] of cases) {
      const out = await cli(["track", target, name, "--as-of", "2026-06-01"], { files: { [name]: text } });
      expect(out.code, name).toBe(4);
      expect(out.stderr, name).toContain(message);
    }
  });

  it("exits 4 on an invalid target file, naming the field", async () => {
    const target = JSON.stringify({
      id: "x",
      kind: "count",
      counting: "cumulative",
      target: -1,
      start: "2026-01-01",
      deadline: "2025-01-01",
      name: { en: "x", vi: "x" },
      measure: { en: "x", vi: "x" },
    });
    const r = await cli(["track", "t.json", "products-3-stars.csv"], { files: { "t.json": target } });
    expect(r.code).toBe(4);
    expect(r.stderr).toContain("ocop: t.json: target: -1 ");
    const late = await cli(["track", "t.json", "products-3-stars.csv"], {
      files: { "t.json": target.replace('"target":-1', '"target":10') },
    });
    expect(late.code).toBe(4);
    expect(late.stderr).toContain('ocop: t.json: deadline: "2025-01-01" is before the start (2026-01-01)');
  });

  it("exits 2 on a bad command line, 3 on a missing file", async () => {
    const unknown = await cli(["track", "919/nothing", "products-3-stars.csv"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(
      `"919/nothing" is not a preset target (see 'ocop presets') nor a .json file`,
    );
    expect((await cli(["track", "919/products-3-stars"])).stderr).toContain(
      "a target (preset id or .json file) and a data file are required",
    );
    expect((await cli(["track", "a", "b", "c"])).stderr).toContain('unexpected argument "c"');
    const early = await cli([
      "track",
      "919/products-3-stars",
      "products-3-stars.csv",
      "--as-of",
      "2020-01-01",
    ]);
    expect(early.code).toBe(2);
    expect(early.stderr).toContain("--as-of: 2020-01-01 is before the target's start (2021-01-01)");
    expect((await cli(["track", "919/products-3-stars", "none.csv"])).code).toBe(3);
    expect((await cli(["track", "none.json", "products-3-stars.csv"])).code).toBe(3);
  });
});

describe("ocop presets", () => {
  it("lists the presets as a table, JSON and CSV", async () => {
    const t = await cli(["presets"]);
    expect(t.code).toBe(0);
    expect(t.stdout.split("\n")[0]).toMatch(/^Id +Kind +Start +Deadline +Target$/);
    expect(t.stdout).toMatch(
      /919\/products-3-stars +count +2021-01-01 +2025-12-31 +At least 10,000 OCOP products/,
    );
    const vi = await cli(["presets", "--lang", "vi"]);
    expect(vi.stdout).toContain("Ít nhất 10.000 sản phẩm OCOP đạt từ 3 sao trở lên");
    const j = JSON.parse((await cli(["presets", "--format", "json"])).stdout);
    expect(j.map((x: { id: string }) => x.id)).toEqual(TARGET_PRESETS.map((x) => x.id));
    const rows = parse((await cli(["presets", "--format", "csv"])).stdout, { columns: true }) as Record<
      string,
      string
    >[];
    expect(rows).toHaveLength(TARGET_PRESETS.length);
    expect(rows[0]).toMatchObject({ id: "919/products-3-stars", kind: "count", deadline: "2025-12-31" });
    expect((await cli(["presets", "extra"])).code).toBe(2);
  });
});
