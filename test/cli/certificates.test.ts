import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { cli } from "./helpers.js";

describe("ocop certificates", () => {
  it("lists the deadlines of a 20-certificate registry by locality and issuing body, most urgent first", async () => {
    const r = await cli(["certificates", "registry.csv", "--within", "120"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const out = r.stdout.split("\n");
    expect(out[0]).toBe(
      "Deadlines from 2026-06-01 to 2026-09-29 (120 days): registry.csv, 20 certificate(s) read, 21 deadline(s) in 15 group(s)",
    );
    expect(out[2]).toMatch(/^ {2}Days +Date +Deadline +Stars +Decision +Line +Product — holder$/);
    expect(out[4]).toBe("Hà Nội · Ba Vì — province · UBND thành phố Hà Nội");
    expect(out[5]).toMatch(
      /^ +3 +2026-06-04 +re-evaluation filing window closes +3★ +4567\/QĐ-UBND +14 +Chè Ba Vì — HTX Chè Ba Vì$/,
    );
    expect(r.stdout).toContain("Hà Tĩnh · Hương Trạch — district · UBND huyện Hương Khê");
    expect(r.stdout).toMatch(/ +34 +2026-07-05 +certificate expires +3★ +567\/QĐ-UBND +3 +Cam Khe Mây/);
    // D/M/YYYY read as a Vietnamese date (line 11: 20/11/2023)
    expect(r.stdout).toMatch(
      /2026-07-23 +re-evaluation filing window closes +3★ +3310\/QĐ-UBND +11 +Gà đồi Thanh Chương/,
    );
  });

  it("writes JSON and CSV that parse back, sorted by urgency, with the registry line of each item", async () => {
    const j = JSON.parse(
      (await cli(["certificates", "registry.csv", "--within", "120", "--format", "json"])).stdout,
    );
    expect(j).toMatchObject({
      file: "registry.csv",
      asOf: "2026-06-01",
      until: "2026-09-29",
      withinDays: 120,
      read: 20,
      skipped: 0,
      matched: 21,
    });
    const urgency = j.groups.map((g: { mostUrgentDaysLeft: number }) => g.mostUrgentDaysLeft);
    expect(urgency).toEqual([...urgency].sort((a, b) => a - b));
    expect(j.groups[0].items[0]).toMatchObject({
      kind: "window-closes",
      on: "2026-06-04",
      daysLeft: 3,
      line: 14,
    });
    expect(j.groups[0].items[0].certificate.product.name).toBe("Chè Ba Vì");
    const c = await cli(["certificates", "registry.csv", "--within", "120", "--format", "csv"]);
    const rows = parse(c.stdout, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(21);
    expect(rows[0]).toEqual({
      province: "Hà Nội",
      commune: "Ba Vì",
      issuer_level: "province",
      issuer: "UBND thành phố Hà Nội",
      days_left: "3",
      on: "2026-06-04",
      kind: "window-closes",
      product: "Chè Ba Vì",
      holder: "HTX Chè Ba Vì",
      stars: "3",
      decision_number: "4567/QĐ-UBND",
      issued_on: "2023-10-02",
      line: "14",
    });
    expect(rows.find((x) => x.stars === "5")).toMatchObject({
      issuer_level: "central",
      kind: "expiry",
      line: "17",
    });
  });

  it("groups by province and speaks Vietnamese", async () => {
    const r = await cli([
      "certificates",
      "registry.csv",
      "--within",
      "30",
      "--group-by",
      "province",
      "--lang",
      "vi",
    ]);
    const out = r.stdout.split("\n");
    expect(out[0]).toBe(
      "Các mốc từ 2026-06-01 đến 2026-07-01 (30 ngày): registry.csv, đã đọc 20 giấy chứng nhận, 6 mốc trong 3 nhóm",
    );
    expect(out).toContain("Hà Nội — tỉnh · UBND thành phố Hà Nội");
    expect(r.stdout).toMatch(/19 +2026-06-20 +giấy chứng nhận hết hiệu lực +4★/);
    expect(r.stdout).toContain("hết hạn nộp hồ sơ đánh giá lại");
  });

  it("filters the kinds, defaults to 90 days from today, and says when nothing is due", async () => {
    const r = await cli(["certificates", "registry.csv", "--kinds", "expiry", "--format", "json"]);
    const j = JSON.parse(r.stdout);
    expect(j.withinDays).toBe(90);
    expect(j.asOf).toBe("2026-06-01");
    const kinds = j.groups.flatMap((g: { items: { kind: string }[] }) => g.items.map((i) => i.kind));
    expect(new Set(kinds)).toEqual(new Set(["expiry"]));
    const today = await cli(["certificates", "registry.csv"], { today: "2030-01-01" });
    expect(today.stdout).toContain("Nothing is due.");
    const notice = await cli([
      "certificates",
      "registry.csv",
      "--as-of",
      "2026-03-01",
      "--kinds",
      "notice,window-closes",
    ]);
    expect(notice.stdout).toContain("expiry notice due");
  });

  it("exits 1 with --fail-on-due when anything is due, 0 otherwise", async () => {
    expect((await cli(["certificates", "registry.csv", "--fail-on-due"])).code).toBe(1);
    expect((await cli(["certificates", "registry.csv", "--fail-on-due", "--format", "csv"])).code).toBe(1);
    expect((await cli(["certificates", "registry.csv", "--fail-on-due", "--format", "json"])).code).toBe(1);
    const none = await cli([
      "certificates",
      "registry.csv",
      "--fail-on-due",
      "--within",
      "0",
      "--as-of",
      "2030-01-01",
    ]);
    expect(none.code).toBe(0);
  });

  it("exits 4 listing every invalid row with its line and column, in both languages", async () => {
    const r = await cli(["certificates", "registry-bad.csv"]);
    expect(r.code).toBe(4);
    expect(r.stdout).toBe("");
    expect(r.stderr.trimEnd().split("\n")).toEqual([
      "ocop: registry-bad.csv:3: stars: 2 is not 3, 4 or 5 (only 3★–5★ products receive a certificate)",
      'ocop: registry-bad.csv:5: issued_on: "2023-02-30" is not a calendar date (YYYY-MM-DD, a real day)',
      'ocop: registry-bad.csv:6: issuer_level: "province" cannot certify 5★ under regime 148 (allowed: central)',
      'ocop: registry-bad.csv:7: holder: "" is not a non-empty text (at most 1000 characters)',
      'ocop: registry-bad.csv:7: issued_on: "31/04/2024" is not a calendar date (YYYY-MM-DD, a real day)',
      "ocop: registry-bad.csv:8: score: 62 is below 70, the lowest score of 4★",
    ]);
    const vi = await cli(["certificates", "registry-bad.csv", "--lang", "vi"]);
    expect(vi.stderr).toContain(
      'ocop: registry-bad.csv:5: issued_on: "2023-02-30" không phải là ngày hợp lệ (YYYY-MM-DD, ngày có thật)',
    );
  });

  it("skips invalid rows with --skip-invalid, reporting them as notes", async () => {
    const r = await cli(["certificates", "registry-bad.csv", "--skip-invalid", "--as-of", "2026-03-01"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("1 certificate(s) read (5 invalid skipped)");
    expect(r.stdout).toMatch(/81 +2026-05-21 +expiry notice due +4★ +1234\/QĐ-UBND +2 /);
    expect(r.stderr).toContain("ocop: note: registry-bad.csv:3: stars: 2 is not 3, 4 or 5");
    expect(r.stderr).toContain("ocop: note: 5 invalid row(s) skipped");
  });

  it("reads Vietnamese column names and issuer levels, and notes unused columns", async () => {
    const text = [
      "Sản phẩm;Chủ thể;Số sao;Số quyết định;Ngày cấp;Cấp công nhận;Tỉnh;Xã;Ghi chú",
      "Bưởi Phúc Trạch;HTX Hương Trạch;4 sao;1234/QĐ-UBND;20/06/2023;tỉnh;Hà Tĩnh;Phúc Trạch;đã nhắc",
    ].join("\n");
    const r = await cli(["certificates", "so.csv", "--format", "json"], { files: { "so.csv": text } });
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.groups[0]).toMatchObject({
      province: "Hà Tĩnh",
      commune: "Phúc Trạch",
      issuerLevel: "province",
    });
    expect(j.groups[0].items[0].certificate).toMatchObject({ stars: 4, issuedOn: "2023-06-20" });
    expect(r.stderr).toBe("ocop: note: so.csv: column(s) not used: Ghi chú\n");
  });

  it("exits 4 when required columns are missing", async () => {
    const r = await cli(["certificates", "x.csv"], { files: { "x.csv": "product,holder,stars\nA,B,3\n" } });
    expect(r.code).toBe(4);
    expect(r.stderr).toContain(
      "x.csv:1: missing column(s): decision_number, issued_on, issuer_level, province",
    );
  });

  it("exits 2 on bad options and 3 on a missing registry", async () => {
    const cases: [string[], string][] = [
      [["certificates"], "a registry file is required"],
      [["certificates", "registry.csv", "more"], 'unexpected argument "more"'],
      [
        ["certificates", "registry.csv", "--within", "-5"],
        '--within: "-5" is not a whole number from 0 to 3650',
      ],
      [
        ["certificates", "registry.csv", "--within", "4000"],
        '--within: "4000" is not a whole number from 0 to 3650',
      ],
      [
        ["certificates", "registry.csv", "--as-of", "2026-02-30"],
        '--as-of: "2026-02-30" is not a calendar date',
      ],
      [
        ["certificates", "registry.csv", "--group-by", "district"],
        '--group-by: "district" is not commune or province',
      ],
      [
        ["certificates", "registry.csv", "--kinds", "expiry,renewal"],
        '--kinds: "renewal" is not one of window-closes, notice, expiry, window-opens',
      ],
    ];
    for (const [argv, message] of cases) {
      const r = await cli(argv);
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.stderr, argv.join(" ")).toContain(message);
      expect(r.stderr).toContain("Try 'ocop certificates --help'.");
    }
    const missing = await cli(["certificates", "nope.csv"]);
    expect(missing.code).toBe(3);
  });
});
