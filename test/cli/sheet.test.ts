import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { criteriaSet } from "../../src/criteria/lookup.js";
import { cli } from "./helpers.js";

describe("ocop sheet", () => {
  it("prints the blank sheet as a table: parts, sections, criteria, options, points and minimum stars", async () => {
    const r = await cli(["sheet", "--set", "1"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const out = r.stdout.split("\n");
    expect(out[0]).toBe("Criteria set 1 of 26/2026/QĐ-TTg: Fresh vegetables, tubers, fruit and nuts");
    expect(out[1]).toBe("Food products › Fresh food › Fresh vegetables, tubers, fruit and nuts");
    expect(out).toContain("A dossier is rejected when:");
    expect(out.find((l) => l.startsWith("Id "))).toMatch(/^Id +Option +Points +Minimum +Text$/);
    expect(out).toContain("A                40           PRODUCT AND COMMUNITY STRENGTH");
    expect(out).toContain("1.3               3           Value added");
    expect(out.find((l) => l.includes("Advanced technology used in pre-processing"))).toMatch(
      /^ +3 +3 +5★ +Advanced/,
    );
    // a section scored as a whole is one line, not a heading and a criterion
    expect(out.filter((l) => /^7 /.test(l))).toHaveLength(1);
  });

  it("prints it in Vietnamese", async () => {
    const r = await cli(["sheet", "--set", "1", "--lang", "vi"]);
    expect(r.stdout.split("\n")[0]).toBe("Bộ tiêu chí số 1 theo 26/2026/QĐ-TTg: Rau, củ, quả, hạt tươi");
    expect(r.stdout).toContain("Hồ sơ bị loại khi:");
    expect(r.stdout).toMatch(/Mã +Lựa chọn +Điểm +Tối thiểu +Nội dung/);
  });

  it("shows third-level headings and printed defects (set 11)", async () => {
    const r = await cli(["sheet", "--set", "11"]);
    const set = criteriaSet("26/2026/QĐ-TTg", 11);
    const sub = set.parts.flatMap((p) => p.sections).flatMap((s) => s.subsections ?? [])[0];
    expect(sub).toBeDefined();
    expect(r.stdout).toContain(`${sub!.id} `);
    expect(r.stdout).toContain(sub!.name.en);
    expect(r.stdout).toContain('[printed: ""]');
  });

  it("writes the criteria set as JSON", async () => {
    const r = await cli(["sheet", "--set", "2", "--format", "json"]);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(criteriaSet("26/2026/QĐ-TTg", 2))));
  });

  it("writes a fill-in CSV, in English or Vietnamese, plain or for Excel", async () => {
    const r = await cli(["sheet", "--set", "1", "--format", "csv"]);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([
      "criterion",
      "part",
      "section",
      "name",
      "max",
      "options",
      "points",
    ]);
    expect(rows).toHaveLength(32);
    expect(rows[2]).toEqual({
      criterion: "1.3",
      part: "A",
      section: "1",
      name: "Value added",
      max: "3",
      options: "1 | 2 | 3 (5★)",
      points: "",
    });
    const vi = await cli(["sheet", "--set", "1", "--format", "csv", "--lang", "vi", "--excel"]);
    expect(
      vi.stdout.startsWith(
        "\uFEFFtieu_chi;phan;muc;ten;diem_toi_da;lua_chon;diem\n1.1;A;1;Nguồn gốc sản phẩm;3;1 | 2 | 3;\n",
      ),
    ).toBe(true);
  });

  it("reads an earlier regulation, and warns about an unconfirmed set", async () => {
    const r = await cli(["sheet", "--set", "7", "--regulation", "148/QĐ-TTg"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Criteria set 7 of 148/QĐ-TTg");
    expect(r.stderr).toContain("could not be confirmed against the official text");
    const vi = await cli(["sheet", "--set", "7", "--regulation", "148", "--lang", "vi"]);
    expect(vi.stderr).toContain("ocop: lưu ý: bộ tiêu chí 7 của 148/QĐ-TTg chưa được đối chiếu");
  });

  it("exits 2 without a valid --set", async () => {
    const r = await cli(["sheet"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("ocop: --set <n> is required\nTry 'ocop sheet --help'.\n");
    const vi = await cli(["sheet", "--lang", "vi"]);
    expect(vi.stderr).toBe("ocop: cần --set <số bộ>\nXem 'ocop sheet --help'.\n");
    const zero = await cli(["sheet", "--set", "0"]);
    expect(zero.stderr).toContain('--set: "0" is not a whole number from 1 to 99');
    const absent = await cli(["sheet", "--set", "2", "--regulation", "1048"]);
    expect(absent.code).toBe(2);
    expect(absent.stderr).toContain("--set: 2 is not a set of 1048/QĐ-TTg");
    expect((await cli(["sheet", "x", "--set", "1"])).stderr).toContain('unexpected argument "x"');
  });
});
