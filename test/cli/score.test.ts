import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { cli } from "./helpers.js";

const lines = (text: string): string[] => text.split("\n");

describe("ocop score", () => {
  it("scores a filled 26/2026 sheet (JSON with set and regulation) and explains the stars", async () => {
    const r = await cli(["score", "sheet-26-2026-set1.json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = lines(r.stdout);
    expect(out[0]).toBe("Criteria set 1 of 26/2026/QĐ-TTg: Fresh vegetables, tubers, fruit and nuts");
    expect(out[1]).toBe("sheet-26-2026-set1.json: 1 sheet");
    expect(out).toContain("A     PRODUCT AND COMMUNITY STRENGTH                                    32   40");
    expect(out.find((l) => l.includes("PRODUCT STORY"))).toMatch(/^ {2}5 +PRODUCT STORY +8 +12$/);
    expect(out.find((l) => l.includes("Total"))).toMatch(/Total +74 +100$/);
    expect(out).toContain("Score         74");
    expect(out).toContain(
      "Band          4★: 4 stars (province level): average total score from 70 to under 90 points",
    );
    expect(out).toContain("Stars         3★ (held back by minimum markers)");
    expect(out).toContain("Certifiable   yes: Chairman of the Provincial People's Committee");
    expect(out).toContain("Potential 5★  no");
    expect(out).toContain("Held back by (1):");
    expect(r.stdout).toContain(
      "  - criterion 5.1 (Product story): reached option 4 (3 points); a 4-star product must reach",
    );
    expect(out).toContain("Next star 4★ (from 70 points): change 1 criterion, +2 points → 76, 4★");
    expect(out.find((l) => l.startsWith("  5.1 "))).toMatch(/^ {2}5\.1 +3 +5 +\+2 +4★ +Product story: /);
  });

  it("accepts --set and --regulation that agree with the file, in their short forms", async () => {
    const r = await cli(["score", "sheet-26-2026-set1.json", "--set", "1", "--regulation", "26/2026"]);
    expect(r.code).toBe(0);
    const r2 = await cli(["score", "sheet-26-2026-set1.json", "--regulation", "26/2026/QD-TTg"]);
    expect(r2.code).toBe(0);
  });

  it("averages a council of 5 members (CSV, one column per member), in Vietnamese", async () => {
    const r = await cli(["score", "council-26-2026-set1.csv", "--set", "1", "--lang", "vi"]);
    expect(r.code).toBe(0);
    const out = lines(r.stdout);
    expect(out[0]).toBe("Bộ tiêu chí số 1 theo 26/2026/QĐ-TTg: Rau, củ, quả, hạt tươi");
    expect(out[1]).toBe("council-26-2026-set1.csv: 5 phiếu (thành viên hội đồng)");
    expect(out[3]).toMatch(
      /^Mã +Phần \/ mục +Nguyễn Văn An +Trần Thị Bình +Lê Minh Châu +Phạm Thu Dung +Hoàng Văn Em +Trung bình +Tối đa$/,
    );
    expect(out.find((l) => l.includes("Tổng điểm  "))).toMatch(/Tổng điểm +74 +79 +79 +79 +78 +77\.8 +100$/);
    expect(r.stdout).toContain(
      "Hội đồng         5 thành viên, tổng điểm 74, 79, 79, 79, 78 (thấp nhất 74, cao nhất 79, chênh lệch 5)",
    );
    expect(r.stdout).toContain("Điểm             77.8 (tổng điểm trung bình, không làm tròn)");
    expect(r.stdout).toContain("Hạng sao         3★ (bị giữ hạng do chưa đạt mức tối thiểu)");
    expect(r.stdout).toContain("(1/5 phiếu chưa đạt)");
    expect(r.stdout).toContain("Hạng tiếp theo: khoảng cách chỉ tính cho một phiếu");
  });

  it("reads an Excel CSV: UTF-8 BOM, ';', CRLF, Vietnamese headers, blank and empty lines", async () => {
    const r = await cli(["score", "sheet-26-2026-set1-excel.csv", "--set", "1"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Score         74");
    expect(r.stdout).toContain("sheet-26-2026-set1-excel.csv: 1 sheet");
  });

  it("writes JSON that parses back, with the exact average and the gap", async () => {
    const single = JSON.parse((await cli(["score", "sheet-26-2026-set1.json", "--format", "json"])).stdout);
    expect(single.score).toBe(74);
    expect(single.stars).toBe(3);
    expect(single.band.stars).toBe(4);
    expect(single.certifiable).toBe(true);
    expect(single.potentialFiveStar).toBe(false);
    expect(single.parts).toEqual({ A: 32, B: 16, C: 26 });
    expect(single.sections["5"]).toBe(8);
    expect(single.reasons.map((x: { criterion: { id: string } }) => x.criterion.id)).toEqual(["5.1"]);
    expect(single.gap.changes[0].criterion.id).toBe("5.1");
    expect(single.gap.newStars).toBe(4);
    expect(single.council).toBeNull();
    expect(single.set).toEqual({ number: 1, name: expect.any(Object), status: "official" });
    const council = JSON.parse(
      (await cli(["score", "council-26-2026-set1.csv", "--set", "1", "--format", "json"])).stdout,
    );
    expect(council.score).toBeCloseTo(77.8, 10);
    expect(council.council.totals).toEqual([74, 79, 79, 79, 78]);
    expect(council.sheets.map((s: { member: string }) => s.member)).toEqual([
      "Nguyễn Văn An",
      "Trần Thị Bình",
      "Lê Minh Châu",
      "Phạm Thu Dung",
      "Hoàng Văn Em",
    ]);
    expect(council.gap).toBeNull();
  });

  it("writes CSV that parses back", async () => {
    const r = await cli(["score", "sheet-26-2026-set1.json", "--format", "csv"]);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(["kind", "id", "name", "value", "max"]);
    expect(rows.filter((x) => x.kind === "criterion")).toHaveLength(32);
    expect(rows.find((x) => x.kind === "total")).toMatchObject({ value: "74", max: "100" });
    expect(rows.find((x) => x.kind === "stars")?.value).toBe("3");
    expect(rows.find((x) => x.kind === "certifiable")?.value).toBe("true");
    expect(rows.find((x) => x.kind === "reason")?.id).toBe("5.1");
    expect(rows.find((x) => x.kind === "gap")).toMatchObject({ id: "5.1", value: "5", max: "3" });
    const excel = await cli(["score", "sheet-26-2026-set1.json", "--format", "csv", "--excel"]);
    expect(excel.stdout.startsWith("\uFEFFkind;id;name;value;max\n")).toBe(true);
  });

  it("reads a sheet from stdin, and a list of member sheets", async () => {
    const answers = JSON.parse((await cli(["score", "sheet-26-2026-set1.json", "--format", "json"])).stdout)
      .sheets[0].criteria as Record<string, number>;
    const one = await cli(["score", "-", "--set", "1"], { stdin: JSON.stringify(answers) });
    expect(one.code).toBe(0);
    expect(one.stdout).toContain("stdin: 1 sheet");
    const better = { ...answers, "5.1": 5 };
    const list = [
      { member: "A", answers },
      { member: "B", answers: better },
    ];
    const two = await cli(["score", "-", "--set", "1", "--format", "json"], { stdin: JSON.stringify(list) });
    const out = JSON.parse(two.stdout);
    expect(out.score).toBe(75);
    expect(out.sheets.map((s: { member: string }) => s.member)).toEqual(["A", "B"]);
    const bare = await cli(["score", "-", "--set", "1", "--format", "json"], {
      stdin: JSON.stringify([better, better]),
    });
    const b = JSON.parse(bare.stdout);
    expect(b.stars).toBe(4);
    expect(b.sheets.map((s: { member: string }) => s.member)).toEqual(["1", "2"]);
  });

  it("round-trips the blank sheet of `ocop sheet --format csv`", async () => {
    const blank = (await cli(["sheet", "--set", "1", "--format", "csv"])).stdout;
    const answers = JSON.parse((await cli(["score", "sheet-26-2026-set1.json", "--format", "json"])).stdout)
      .sheets[0].criteria as Record<string, number>;
    const filled = blank
      .trimEnd()
      .split("\n")
      .map((line, i) => (i === 0 ? line : `${line}${answers[line.split(",")[0]!]}`))
      .join("\n");
    const r = await cli(["score", "filled.csv", "--set", "1"], { files: { "filled.csv": filled } });
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("Score         74");
    const vi = (await cli(["sheet", "--set", "1", "--format", "csv", "--lang", "vi"])).stdout;
    const filledVi = vi
      .trimEnd()
      .split("\n")
      .map((line, i) => (i === 0 ? line : `${line}${answers[line.split(",")[0]!]}`))
      .join("\n");
    expect((await cli(["score", "dien.csv", "--set", "1"], { files: { "dien.csv": filledVi } })).code).toBe(
      0,
    );
  });

  it("exits 4 naming the file, the path and every bad answer (JSON)", async () => {
    const r = await cli(["score", "sheet-bad.json"]);
    expect(r.code).toBe(4);
    expect(r.stdout).toBe("");
    const err = lines(r.stderr);
    expect(err).toContain(
      'ocop: sheet-bad.json: answers["1.3"]: 7 is not one of the points criterion 1.3 (Value added) offers: 1, 2, 3',
    );
    expect(err).toContain(
      'ocop: sheet-bad.json: answers["12"]: criterion 12 (GLOBAL MARKET OPPORTUNITY) is not answered',
    );
    expect(err).toContain(
      'ocop: sheet-bad.json: answers["9.9"]: "9.9" is not a criterion of set 1 (26/2026/QĐ-TTg)',
    );
    const vi = await cli(["score", "sheet-bad.json", "--lang", "vi"]);
    expect(vi.stderr).toContain(
      'ocop: sheet-bad.json: answers["12"]: chưa chấm tiêu chí 12 (CƠ HỘI THỊ TRƯỜNG TOÀN CẦU)',
    );
  });

  it("exits 4 naming the line and the member of every bad cell (council CSV)", async () => {
    const r = await cli(["score", "council-bad.csv", "--set", "1"]);
    expect(r.code).toBe(4);
    const err = lines(r.stderr);
    // sorted by line
    expect(err[0]).toMatch(/^ocop: council-bad\.csv:10: /);
    expect(err).toHaveLength(9);
    expect(err).toContain(
      'ocop: council-bad.csv:10: Lê Minh Châu: "x" is not one of the points criterion 2.2 (Packing and packaging of the product) offers: 0, 1, 2, 3',
    );
    expect(err).toContain(
      "ocop: council-bad.csv:18: Hoàng Văn Em: criterion 4.1 (Main distribution area) is not answered",
    );
    expect(err).toContain(
      "ocop: council-bad.csv:25: Trần Thị Bình: 5 is not one of the points criterion 6.2 (Colour, ripeness) offers: 0, 1, 2, 3, 4",
    );
    expect(r.stderr).toContain('ocop: council-bad.csv:34: Nguyễn Văn An: "13.1" is not a criterion of set 1');
  });

  it("exits 4 on a sheet file of the wrong shape", async () => {
    const cases: [string, string, string][] = [
      [
        "a.json",
        '{"set": 1, "answers": {}, "regulaton": "148"}',
        "a.json: regulaton: is not a field of a sheet file",
      ],
      ["b.json", '{"set": "one", "answers": {}}', "b.json: set: is not a set number"],
      [
        "c.json",
        '{"set": 1, "regulation": 148, "answers": {}}',
        "c.json: regulation: is not a regulation number",
      ],
      ["d.json", '{"set": 1, "answers": []}', "d.json: answers: is an empty list of sheets"],
      ["e.json", '{"set": 1, "answers": {"1.1": 3,}}', "e.json:"],
      ["f.json", "[1]", "f.json: [0]: 1 is not a readable record of points by criterion id"],
      ["g.csv", "id\n1.1\n", "g.csv:1: no points column"],
      ["h.csv", "diem\n3\n", "h.csv:1: no criterion column (criterion or tieu_chi); the header is: diem"],
      ["i.csv", "criterion,points\n1.1,3\n1.1,2\n", "i.csv:3: criterion: criterion 1.1 is already on line 2"],
      ["j.csv", "criterion,points\n,3\n", "j.csv:2: criterion: is empty"],
      ["k.csv", "criterion,points\n1.1,3,4\n", "k.csv:2: has 3 fields, the header has 2 columns"],
      ["l.csv", 'criterion,points\n1.1,"3\n', "l.csv:2: not valid CSV: Quote Not Closed"],
      ["m.csv", "", "m.csv: is empty (no header line)"],
    ];
    for (const [name, text, message] of cases) {
      const r = await cli(["score", name, "--set", "1"], { files: { [name]: text } });
      expect(r.code, name).toBe(4);
      expect(r.stderr, name).toContain(message);
    }
  });

  it("exits 2 when --set is missing, unknown or contradicts the file", async () => {
    const missing = await cli(["score", "council-26-2026-set1.csv"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--set <n> is required (or "set" in a JSON sheet)');
    const unknown = await cli(["score", "council-26-2026-set1.csv", "--set", "27"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("--set: 27 is not a set of 26/2026/QĐ-TTg; valid set numbers: 1–26");
    const word = await cli(["score", "council-26-2026-set1.csv", "--set", "one"]);
    expect(word.stderr).toContain('--set: "one" is not a whole number from 1 to 99');
    const contra = await cli(["score", "sheet-26-2026-set1.json", "--set", "2"]);
    expect(contra.code).toBe(2);
    expect(contra.stderr).toContain('--set 2 contradicts "set": 1 in sheet-26-2026-set1.json');
    const reg = await cli(["score", "sheet-26-2026-set1.json", "--regulation", "148"]);
    expect(reg.code).toBe(2);
    expect(reg.stderr).toContain('--regulation 148 contradicts "regulation": "26/2026/QĐ-TTg"');
    const badReg = await cli(["score", "sheet-26-2026-set1.json", "--regulation", "999"]);
    expect(badReg.stderr).toContain('--regulation: "999" is not a regulation with criteria sets');
    expect((await cli(["score"])).stderr).toContain("a sheet file is required");
    expect((await cli(["score", "a", "b"])).stderr).toContain('unexpected argument "b"');
  });

  it("exits 3 when the file cannot be read, in both languages", async () => {
    const r = await cli(["score", "nowhere.json", "--set", "1"]);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe("ocop: nowhere.json: cannot be read: no such file\n");
    const vi = await cli(["score", "nowhere.json", "--set", "1", "--lang", "vi"]);
    expect(vi.stderr).toBe("ocop: nowhere.json: không đọc được: không tìm thấy tệp\n");
    const dir = await cli(["score", ".", "--set", "1"]);
    expect(dir.code).toBe(3);
    expect(dir.stderr).toContain("is a directory");
  });

  it("warns on stderr when the set is not confirmed", async () => {
    const r = await cli(["score", "council-26-2026-set1.csv", "--set", "7", "--regulation", "148"]);
    expect(r.stderr).toContain("ocop: note: criteria set 7 of 148/QĐ-TTg");
  });
});
