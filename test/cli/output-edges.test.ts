/**
 * The edges of the command line's output side: the whole stdout of each command on small inputs, as tables,
 * CSV (plain and for Excel) and JSON, in English and Vietnamese, and the exit codes of --fail-on-due and
 * --fail-on-risk. The long outputs are kept in fixtures/edges/*.txt (read them to see what is pinned); the
 * input side is in edges.test.ts.
 */
import { describe, expect, it } from "vitest";
import { criteriaSet } from "../../src/criteria/lookup.js";
import { TARGET_PRESETS } from "../../src/targets/presets/index.js";
import { cli } from "./helpers.js";

/** Each row: the golden file (fixtures/edges/), the argv, and today's date or the stderr when they matter. */
const GOLDEN: [string, string[], { today?: string; stderr?: string }?][] = [
  // score: one sheet at 100 (5★, nothing to gain), at 15 (1★, not certifiable, a gap of 3 criteria), at 99
  // but held to 4★ by a 5★ marker; a council of 3 whose averages have more than two decimals
  ["score-best.txt", ["score", "edges/best.json", "--set", "1"]],
  ["score-worst-vi.txt", ["score", "edges/worst.json", "--set", "1", "--lang", "vi"]],
  ["score-held-back.txt", ["score", "edges/held-back.json"]],
  ["score-council.txt", ["score", "edges/council.json"]],
  ["score-council-vi.txt", ["score", "edges/council.json", "--lang", "vi"]],
  ["score-worst.csv", ["score", "edges/worst.json", "--set", "1", "--format", "csv"]],
  ["score-council.csv", ["score", "edges/council.json", "--format", "csv"]],
  [
    "score-held-back-vi-excel.csv",
    ["score", "edges/held-back.json", "--format", "csv", "--lang", "vi", "--excel"],
  ],
  ["score-held-back.json.txt", ["score", "edges/held-back.json", "--format", "json"]],
  ["score-council.json.txt", ["score", "edges/council.json", "--format", "json"]],
  // set 19 has a section name of exactly 58 characters, the widest that is not clipped
  ["score-19-best.txt", ["score", "edges/best-19.json"]],
  // sheet: the table (set 11 has third-level headings and printed defects), the fill-in CSV
  ["sheet-1.txt", ["sheet", "--set", "1"]],
  ["sheet-11-vi.txt", ["sheet", "--set", "11", "--lang", "vi"]],
  ["sheet-1.csv", ["sheet", "--set", "1", "--format", "csv"]],
  ["sheet-1-vi-excel.csv", ["sheet", "--set", "1", "--format", "csv", "--lang", "vi", "--excel"]],
  // 148 set 1: sections of one criterion with an id of its own (7.a), a printed defect on a criterion, no
  // rejection conditions, and a note on stderr
  [
    "sheet-148-1.txt",
    ["sheet", "--set", "1", "--regulation", "148"],
    {
      stderr:
        "ocop: note: criteria set 1 of 148/QĐ-TTg comes from a third-party transcription, not checked against the gazette\n",
    },
  ],
  // certificates: the 20-certificate registry, by commune and by province, as a table, CSV and JSON
  ["certificates-120.txt", ["certificates", "registry.csv", "--within", "120"]],
  [
    "certificates-province-vi.txt",
    ["certificates", "registry.csv", "--within", "200", "--group-by", "province", "--lang", "vi"],
  ],
  ["certificates-120.csv", ["certificates", "registry.csv", "--within", "120", "--format", "csv"]],
  [
    "certificates-30-excel.csv",
    ["certificates", "registry.csv", "--within", "30", "--format", "csv", "--excel"],
  ],
  ["certificates-30.json.txt", ["certificates", "registry.csv", "--within", "30", "--format", "json"]],
  // track: a count on track, on its last day, past it (Vietnamese); a share with its start values; per unit
  ["track-count.txt", ["track", "919/products-3-stars", "products-3-stars.csv", "--as-of", "2023-12-06"]],
  [
    "track-count-last-day.txt",
    ["track", "919/products-3-stars", "products-3-stars-2025.json", "--as-of", "2025-12-31"],
  ],
  [
    "track-count-late-vi.txt",
    ["track", "919/products-3-stars", "products-3-stars.csv", "--lang", "vi"],
    { today: "2026-01-10" },
  ],
  [
    "track-count-late.csv",
    ["track", "919/products-3-stars", "products-3-stars.csv", "--format", "csv"],
    { today: "2026-01-10" },
  ],
  // a range met from its minimum, and above its maximum
  ["track-range.txt", ["track", "919/products-5-stars", "edges/five-stars.csv", "--as-of", "2024-06-30"]],
  [
    "track-range-above.csv",
    ["track", "919/products-5-stars", "edges/five-stars.json", "--as-of", "2024-06-30", "--format", "csv"],
  ],
  // per unit, met: no table of units short of the minimum
  ["track-per-unit-met.txt", ["track", "target-ha-tinh-communes.json", "edges/communes-met.csv"]],
  ["track-share.txt", ["track", "919/cooperatives", "edges/coops.csv", "--as-of", "2024-12-31"]],
  [
    "track-per-unit.txt",
    ["track", "target-ha-tinh-communes.json", "communes-2026.csv", "--as-of", "2026-06-01"],
  ],
  ["track-per-unit-vi.txt", ["track", "target-ha-tinh-communes.json", "communes-2026.csv", "--lang", "vi"]],
  [
    "track-count.csv",
    ["track", "919/products-3-stars", "products-3-stars.csv", "--as-of", "2023-12-06", "--format", "csv"],
  ],
  [
    "track-per-unit-excel.csv",
    ["track", "target-ha-tinh-communes.json", "communes-2026.csv", "--format", "csv", "--excel"],
  ],
  [
    "track-share.json.txt",
    ["track", "919/cooperatives", "edges/coops.csv", "--as-of", "2024-12-31", "--format", "json"],
  ],
  // presets
  ["presets.txt", ["presets"]],
  ["presets-vi.txt", ["presets", "--lang", "vi"]],
  ["presets.csv", ["presets", "--format", "csv"]],
  ["presets-vi-excel.csv", ["presets", "--format", "csv", "--excel", "--lang", "vi"]],
];

describe("the whole output of each command (fixtures/edges)", () => {
  it.each(GOLDEN)("%s", async (file, argv, options = {}) => {
    const r = await cli(argv, options.today === undefined ? {} : { today: options.today });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(options.stderr ?? "");
    await expect(r.stdout).toMatchFileSnapshot(`./fixtures/edges/${file}`);
  });
});

describe("certificates: a small registry, exactly", () => {
  const header = "product,holder,stars,decision_number,issued_on,issuer_level,province,commune,issuer";
  const text = `${header}\nA,H,4,1/QĐ,2023-06-20,province,Hà Tĩnh,,\nB,K,3,2/QĐ,20/6/2023,tỉnh,Hà Tĩnh,Xã B,UB\nC,K,2,2/QĐ,20/6/2023,tỉnh,Hà Tĩnh,Xã B,UB\nD,K,3,3/QĐ,2023-06-21,huyện,Hà Tĩnh,Xã B,UB\n`;
  const one =
    "product,holder,stars,decision_number,issued_on,issuer_level,province\nA,H,4,1/QĐ,2023-06-20,province,Hà Tĩnh\n";
  const check = (registry: string, ...argv: string[]) =>
    cli(["certificates", "r.csv", ...argv], { files: { "r.csv": registry } });

  it("titles a group by province, commune and issuer where given, a blank line between groups", async () => {
    const r = await check(text, "--as-of", "2026-06-01", "--within", "30", "--skip-invalid");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        "Deadlines from 2026-06-01 to 2026-07-01 (30 days): r.csv, 3 certificate(s) read (1 invalid skipped), 3 deadline(s) in 3 group(s)",
        "",
        "  Days  Date        Deadline             Stars  Decision  Line  Product — holder",
        "  ────  ──────────  ───────────────────  ─────  ────────  ────  ────────────────",
        "Hà Tĩnh — province",
        "    19  2026-06-20  certificate expires  4★     1/QĐ         2  A — H",
        "",
        "Hà Tĩnh · Xã B — province · UB",
        "    19  2026-06-20  certificate expires  3★     2/QĐ         3  B — K",
        "",
        "Hà Tĩnh · Xã B — district · UB",
        "    20  2026-06-21  certificate expires  3★     3/QĐ         5  D — K",
        "",
      ].join("\n"),
    );
    expect(r.stderr).toBe(
      "ocop: note: r.csv:4: stars: 2 is not 3, 4 or 5 (only 3★–5★ products receive a certificate)\n" +
        "ocop: note: 1 invalid row(s) skipped\n",
    );
    const csv = await check(
      text,
      "--as-of",
      "2026-06-01",
      "--within",
      "30",
      "--skip-invalid",
      "--format",
      "csv",
    );
    expect(csv.stdout).toBe(
      [
        "province,commune,issuer_level,issuer,days_left,on,kind,product,holder,stars,decision_number,issued_on,line",
        "Hà Tĩnh,,province,,19,2026-06-20,expiry,A,H,4,1/QĐ,2023-06-20,2",
        "Hà Tĩnh,Xã B,province,UB,19,2026-06-20,expiry,B,K,3,2/QĐ,2023-06-20,3",
        "Hà Tĩnh,Xã B,district,UB,20,2026-06-21,expiry,D,K,3,3/QĐ,2023-06-21,5",
        "",
      ].join("\n"),
    );
  });

  it("says when nothing is due, in every format, and counts from --as-of to --as-of + --within", async () => {
    expect(await check(one, "--as-of", "2026-06-01", "--within", "0")).toEqual({
      code: 0,
      stdout:
        "Deadlines from 2026-06-01 to 2026-06-01 (0 days): r.csv, 1 certificate(s) read, 0 deadline(s) in 0 group(s)\nNothing is due.\n",
      stderr: "",
    });
    expect((await check(one, "--as-of", "2026-06-01", "--within", "0", "--lang", "vi")).stdout).toBe(
      "Các mốc từ 2026-06-01 đến 2026-06-01 (0 ngày): r.csv, đã đọc 1 giấy chứng nhận, 0 mốc trong 0 nhóm\nKhông có mốc nào đến hạn.\n",
    );
    expect((await check(one, "--as-of", "2026-06-01", "--within", "0", "--format", "csv")).stdout).toBe(
      "province,commune,issuer_level,issuer,days_left,on,kind,product,holder,stars,decision_number,issued_on,line\n",
    );
    expect((await check(one, "--as-of", "2026-06-01", "--within", "0", "--format", "json")).stdout).toBe(
      '{\n  "file": "r.csv",\n  "asOf": "2026-06-01",\n  "until": "2026-06-01",\n  "withinDays": 0,\n  "read": 1,\n  "skipped": 0,\n  "matched": 0,\n  "groups": []\n}\n',
    );
    // the last day is included
    expect((await check(one, "--as-of", "2026-06-20", "--within", "0", "--lang", "vi")).stdout).toBe(
      [
        "Các mốc từ 2026-06-20 đến 2026-06-20 (0 ngày): r.csv, đã đọc 1 giấy chứng nhận, 1 mốc trong 1 nhóm",
        "",
        "  Còn (ngày)  Ngày        Mốc                           Sao  Quyết định  Dòng  Sản phẩm — chủ thể",
        "  ──────────  ──────────  ────────────────────────────  ───  ──────────  ────  ──────────────────",
        "Hà Tĩnh — tỉnh",
        "           0  2026-06-20  giấy chứng nhận hết hiệu lực  4★   1/QĐ           2  A — H",
        "",
      ].join("\n"),
    );
    // the default horizon is 90 days from today
    const today = await check(one, "--format", "json");
    expect(JSON.parse(today.stdout)).toMatchObject({
      asOf: "2026-06-01",
      until: "2026-08-30",
      withinDays: 90,
    });
  });

  it("keeps only the kinds asked for, with spaces after the commas", async () => {
    const r = await check(
      one,
      "--as-of",
      "2026-05-01",
      "--within",
      "60",
      "--kinds",
      " notice , window-closes",
      "--format",
      "csv",
    );
    expect(r.stdout).toBe(
      "province,commune,issuer_level,issuer,days_left,on,kind,product,holder,stars,decision_number,issued_on,line\n" +
        "Hà Tĩnh,,province,,20,2026-05-21,notice,A,H,4,1/QĐ,2023-06-20,2\n",
    );
    const all = await check(one, "--as-of", "2026-05-01", "--within", "60", "--format", "csv");
    expect(
      all.stdout
        .trimEnd()
        .split("\n")
        .map((l) => l.split(",")[6]),
    ).toEqual(["kind", "notice", "expiry"]);
  });

  it("exits 1 with --fail-on-due only when something is due, in every format", async () => {
    for (const format of ["table", "csv", "json"]) {
      expect(
        (await check(one, "--as-of", "2026-06-20", "--within", "0", "--fail-on-due", "--format", format))
          .code,
      ).toBe(1);
      expect(
        (await check(one, "--as-of", "2026-06-19", "--within", "0", "--fail-on-due", "--format", format))
          .code,
      ).toBe(0);
      expect((await check(one, "--as-of", "2026-06-20", "--within", "0", "--format", format)).code).toBe(0);
    }
  });
});

describe("track: exit 1 with --fail-on-risk only when at risk or missed", () => {
  const track = (data: string, asOf: string, ...argv: string[]) =>
    cli(["track", "919/products-3-stars", "d.json", "--as-of", asOf, ...argv], {
      files: { "d.json": `{"value": ${data}}` },
    });
  it.each([
    ["8500", "2023-12-06", "on-track", 0],
    ["8500", "2025-06-30", "at-risk", 1],
    ["8500", "2026-01-10", "missed", 1],
    ["10000", "2025-06-30", "met", 0],
  ])("value %s on %s: %s", async (value, asOf, status, code) => {
    for (const format of ["table", "csv", "json"]) {
      const r = await track(value, asOf, "--fail-on-risk", "--format", format);
      expect(r.code).toBe(code);
      if (format === "json") expect(JSON.parse(r.stdout).status).toBe(status);
      expect((await track(value, asOf, "--format", format)).code).toBe(0);
    }
  });
});

describe("small outputs, exactly", () => {
  it("sheet: the last --set wins, `--set=n` works, JSON is the set with one final newline", async () => {
    const a = await cli(["sheet", "--set", "2", "--set=1", "--format", "json"]);
    expect(a.stdout).toBe(`${JSON.stringify(criteriaSet("26/2026/QĐ-TTg", 1), null, 2)}\n`);
    // --excel changes nothing but CSV; an explicit `--format table` is the default
    const table = (await cli(["sheet", "--set", "1"])).stdout;
    expect((await cli(["sheet", "--set", "1", "--excel", "--format", "table"])).stdout).toBe(table);
    expect((await cli(["sheet", "--set", "1", "--excel", "--format", "json"])).stdout).toBe(
      (await cli(["sheet", "--set", "1", "--format", "json"])).stdout,
    );
  });

  it("sheet: a note on stderr for a transcribed set and for an unconfirmed one, in both languages", async () => {
    const transcribed = await cli(["sheet", "--set", "1", "--regulation", "148", "--format", "csv"]);
    expect(transcribed.code).toBe(0);
    expect(transcribed.stderr).toBe(
      "ocop: note: criteria set 1 of 148/QĐ-TTg comes from a third-party transcription, not checked against the gazette\n",
    );
    expect(transcribed.stdout.split("\n").slice(0, 2)).toEqual([
      "criterion,part,section,name,max,options,points",
      "1.a,A,1,Origin of the product,5,1 | 3 | 5,",
    ]);
    expect((await cli(["sheet", "--set", "1", "--regulation", "148qdttg", "--lang", "vi"])).stderr).toBe(
      "ocop: lưu ý: bộ tiêu chí 1 của 148/QĐ-TTg lấy từ bản chép lại, chưa đối chiếu với công báo\n",
    );
    expect((await cli(["sheet", "--set", "7", "--regulation", "148", "--format", "json"])).stderr).toBe(
      "ocop: note: criteria set 7 of 148/QĐ-TTg could not be confirmed against the official text: do not rely on its result\n",
    );
    expect((await cli(["sheet", "--set", "1", "--regulation", "1048/QD-TTg", "--lang", "vi"])).stderr).toBe(
      "ocop: lưu ý: bộ tiêu chí 1 của 1048/QĐ-TTg chưa được đối chiếu với văn bản chính thức: không dùng kết quả để quyết định\n",
    );
    // an official set has no note
    expect((await cli(["sheet", "--set", "26", "--format", "json"])).stderr).toBe("");
  });

  it("sheet: the place in the classification leaves out the levels a set does not have", async () => {
    const r = await cli(["sheet", "--set", "19"]);
    expect(r.stdout.split("\n").slice(0, 2)).toEqual([
      "Criteria set 19 of 26/2026/QĐ-TTg: Cosmetics with ingredients from medicinal herbs",
      "Medicinal herbs and products made from medicinal herbs › Cosmetics with ingredients from medicinal herbs",
    ]);
  });

  it("certificates: --within up to 3650 days", async () => {
    const r = await cli(["certificates", "registry.csv", "--within", "3650", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ asOf: "2026-06-01", until: "2036-05-29", withinDays: 3650 });
  });

  it("presets: JSON is the presets with one final newline; --excel changes only CSV", async () => {
    expect((await cli(["presets", "--format", "json"])).stdout).toBe(
      `${JSON.stringify(TARGET_PRESETS, null, 2)}\n`,
    );
    expect((await cli(["presets", "--excel"])).stdout).toBe((await cli(["presets"])).stdout);
  });

  it("score: the note of an unconfirmed set comes before the result; the file name as given", async () => {
    const r = await cli(["score", "-", "--set", "1", "--regulation", "1048", "--format", "json"], {
      stdin: "{}",
    });
    expect(r.code).toBe(4);
    expect(r.stderr.split("\n")[0]).toBe(
      "ocop: note: criteria set 1 of 1048/QĐ-TTg could not be confirmed against the official text: do not rely on its result",
    );
    expect(r.stderr.split("\n")[1]).toMatch(
      /^ocop: stdin: \["[^"]+"\]: criterion \S+ \(.+\) is not answered$/,
    );
    const out = await cli(["score", "edges/best.json", "--set", "1", "--format", "json"]);
    const j = JSON.parse(out.stdout);
    expect(Object.keys(j)).toEqual([
      "file",
      "regulation",
      "set",
      "sheets",
      "score",
      "parts",
      "sections",
      "band",
      "stars",
      "certifiable",
      "fiveStarScoreReached",
      "potentialFiveStar",
      "recognisedBy",
      "reasons",
      "council",
      "gap",
    ]);
    expect(j.file).toBe("edges/best.json");
    expect(Object.keys(j.sheets[0])).toEqual(["member", "total", "parts", "sections", "criteria"]);
    expect(j.gap).toBeNull();
  });
});
