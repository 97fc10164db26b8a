/**
 * The example programs of examples/ run on the public API (vitest aliases `ocop` and `ocop/schemas` to the
 * sources) with the date given by OCOP_TODAY, never the clock, and print what an officer needs.
 */
import { afterEach, describe, expect, it, vi } from "vitest";

/** Runs an example (a fresh module each time) with OCOP_TODAY set, and returns what it printed. */
async function run(load: () => Promise<unknown>, today: string): Promise<string> {
  vi.resetModules();
  vi.stubEnv("OCOP_TODAY", today);
  const lines: string[] = [];
  vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
    lines.push(args.join(" "));
  });
  await load();
  return lines.join("\n");
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe("examples/score-product.mjs", () => {
  const load = () => import("../../examples/score-product.mjs");

  it("scores a sheet and a council of set 1 of 26/2026 and finds the evaluation round", async () => {
    const out = await run(load, "2026-06-01");
    expect(out).toContain("A dossier filed on 2026-06-01 follows Decision 26/2026/QĐ-TTg");
    expect(out).toContain('Search "rau cu qua tuoi" → 26/2026:I.1.a Rau, củ, quả, hạt tươi');
    expect(out).toContain("Set 1: Rau, củ, quả, hạt tươi — 32 criteria, 100 points (official)");
    expect(out).toContain("Total 74/100 — parts A 32/40, B 16/25, C 26/35");
    expect(out).toContain("stars after the minimum markers: 3★");
    expect(out).toContain("held back: criterion 5.1 (Product story): reached option 4 (3 points)");
    expect(out).toContain("Next star 4★: change 1 criterion(s), +2 points → 76");
    expect(out).toContain("5.1 Product story: 3 → 5 (4★ minimum)");
    expect(out).toContain(
      "Totals: Nguyễn Văn An 74, Trần Thị Bình 79, Lê Minh Châu 79, Phạm Thu Dung 79, Hoàng Văn Em 78",
    );
    expect(out).toContain("Average total (not rounded): 77.8 (spread 5) → band 4★");
    expect(out).toContain("Stars after the minimum markers: 3★ — certifiable: yes");
    expect(out).toContain("(1 of 5 sheets below)");
    expect(out).toContain("Recognised and certified by: Chairman of the Provincial People's Committee");
    expect(out).toContain("Proposed by the commune on 2026-06-01: round 2 of 2026,");
    expect(out).toContain("evaluated by the province by 2026-12-29");
  });

  it("carries a proposal made after 30 October over to the next year's round 1", async () => {
    const out = await run(load, "2026-11-25");
    expect(out).toContain("round 1 of 2027, carried over to the next year");
    expect(out).toContain("evaluated by the province by 2027-06-29");
  });

  it("refuses to score a dossier filed under 148/QĐ-TTg with the sheets of 26/2026", async () => {
    const out = await run(load, "2026-05-21");
    expect(out).toContain("follows Decision 148/QĐ-TTg as amended by Decision 1489/QĐ-TTg");
    expect(out).toContain("Give a date from 2026-05-22 on.");
    expect(out).not.toContain("Total 74/100");
  });
});

describe("examples/certificates-due.mjs", () => {
  const load = () => import("../../examples/certificates-due.mjs");

  it("lists the deadlines of the registry, statuses, notices and Article 12.3 extensions", async () => {
    const out = await run(load, "2026-06-01");
    expect(out).toContain(
      "20 certificates read (0 invalid skipped): 17 deadline(s) until 2026-08-30, in 13 group(s)",
    );
    expect(out).toContain("Hà Nội · Ba Vì — UBND thành phố Hà Nội");
    expect(out).toContain(
      "3 days  2026-06-04  re-evaluation filing window closes: Chè Ba Vì (3★, 4567/QĐ-UBND)",
    );
    expect(out).toContain("19 days  2026-06-20  certificate expires: Bưởi Phúc Trạch (4★, 1234/QĐ-UBND)");
    expect(out).toContain("notice-due 2, valid 6, window-open 5, expired 1, window-not-open 6");
    expect(out).toContain("Re-evaluation dossier: file from 2026-04-05 to 2026-06-04");
    expect(out).toContain("Status: window-open; next: window-closes on 2026-06-04, in 3 day(s).");
    expect(out).toContain(
      "Bưởi Phúc Trạch (UBND tỉnh Hà Tĩnh): no notice recorded, due by 2026-05-21; expires 2026-06-20",
    );
    expect(out).toContain(
      "Bưởi Phúc Trạch: expires 2026-06-20; if a re-evaluation is filed by then, valid until the decision, " +
        "at most until 2026-12-17 — today: notice-due",
    );
  });

  it("depends on the date given, not on the clock", async () => {
    const out = await run(load, "2026-09-01");
    expect(out).toContain("until 2026-11-30");
    expect(out).toContain("Bưởi Phúc Trạch: expires 2026-06-20");
    expect(out).toContain("today: expired");
  });
});

describe("examples/track-plan.mjs", () => {
  const load = () => import("../../examples/track-plan.mjs");

  it("tracks Hà Nội's plan mid-way and 919's targets on their published figures", async () => {
    const out = await run(load, "2024-06-30");
    expect(out).toContain("== 2,000 more OCOP products of 3 stars or more (hanoi-2025/products-3-stars)");
    expect(out).toContain("Batches recognised by 31 December of each year: 2021: 595, 2022: 518, 2023: 544.");
    expect(out).toContain("On 2024-06-30: 1657 of 2000 (82.9% of the way), 343 to go.");
    expect(out).toContain("Status: on-track");
    expect(out).toContain("Published on 2023-12-06: 10322.");
    expect(out).toContain("Status: met — Met: 10322 achieved against 10000 required.");
    expect(out).toContain("No published figure on or before 2024-06-30.");
    expect(out).toContain("food 74.1%, beverages 3%, herbal 0.8%, textiles 3.8%, souvenirs 18.3%");
    expect(out).toContain("potential 5★ 17 (1.6%), 4★ 731 (69.4%), 3★ 306 (29%)");
    expect(out).toContain("all batches 2019–2024: 3317 products; those of 2019–2020 are 31.8%.");
  });

  it("reports the plans closed after their deadline", async () => {
    const out = await run(load, "2026-06-01");
    expect(out).toContain("2021: 595, 2022: 518, 2023: 544, 2024: 606.");
    expect(out).toContain("Status: met — Met: 2263 achieved against 2000 required.");
    expect(out).toContain("Published on 2024-12-31: 79.");
    expect(out).toMatch(/Status: at-risk — At risk: 79 of 400/);
  });
});

describe("examples/validate-input.mjs", () => {
  const load = () => import("../../examples/validate-input.mjs");

  it("rejects bad input with every problem located, in both languages, and accepts the corrections", async () => {
    const out = await run(load, "2026-06-01");
    expect(out).toContain("Rejected: INVALID_SHEETS, 2 problem(s)");
    expect(out).toContain('INVALID_SHEETS at ["sheets",1,"2.2"] (value "2")');
    expect(out).toContain("vi: sheets.1.4.1: -3 nhỏ hơn 0");
    expect(out).toContain('POINTS_NOT_OFFERED at ["answers",1,"6.2"] (value 5)');
    expect(out).toContain("Average 76.5 → 4★, certifiable: yes.");
    expect(out).toContain('INVALID_DATE at ["certificate","issuedOn"] (value "2024-04-31")');
    expect(out).toContain("en: certificate.score: 62 is below 70, the lowest score of 4★");
    expect(out).toContain("Mật ong Vũ Quang: 3★, valid through 2026-09-12.");
    expect(out).toContain("Status on 2026-06-01: valid; next: expiry on 2026-09-12.");
    expect(out).toContain('en: target: the object has unknown field "baseLine"');
    expect(out).toContain('With "baseline": met');
  });
});
