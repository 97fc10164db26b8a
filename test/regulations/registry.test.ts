import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, calendarDate, isCalendarDate } from "../../src/calendar/calendar-date.js";
import { OcopError } from "../../src/errors/ocop-error.js";
import {
  ALL_REGIMES,
  CERTIFICATE_TRANSITIONS,
  dossierTransition,
  REGULATIONS,
  regime,
  regulation,
  regulationAt,
} from "../../src/regulations/registry.js";
import type { RegulationNumber } from "../../src/regulations/types.js";

/** Golden cases: a filing date and the regime that governs it, with the rule that says so. */
const GOLDEN: readonly { date: string; regime: string; source: string }[] = [
  { date: "2019-08-21", regime: "1048", source: "1048/QĐ-TTg signed 21/08/2019" },
  { date: "2020-06-07", regime: "1048", source: "day before 781/QĐ-TTg" },
  { date: "2020-06-08", regime: "1048+781", source: "781/QĐ-TTg of 08/06/2020" },
  { date: "2023-02-23", regime: "1048+781", source: "day before 148/QĐ-TTg" },
  { date: "2023-02-24", regime: "148", source: "148/QĐ-TTg, effective on signing 24/02/2023" },
  { date: "2025-07-05", regime: "148", source: "day before 1489/QĐ-TTg" },
  { date: "2025-07-06", regime: "148+1489", source: "1489/QĐ-TTg applied from 06/07/2025" },
  { date: "2025-08-15", regime: "148+1489", source: "148 as amended by 1489 in August 2025" },
  { date: "2026-05-21", regime: "148+1489", source: "day before 26/2026/QĐ-TTg" },
  { date: "2026-05-22", regime: "26/2026", source: "26/2026/QĐ-TTg Article 11.1" },
  { date: "2026-08-01", regime: "26/2026", source: "26/2026/QĐ-TTg in August 2026" },
  { date: "2026-11-24", regime: "26/2026", source: "today" },
];

describe("regulationAt", () => {
  it.each(GOLDEN)("$date → $regime ($source)", ({ date, regime: id }) => {
    expect(regulationAt(date).id).toBe(id);
  });

  it("names the base decision and the amendments in force", () => {
    const august2025 = regulationAt("2025-08-01");
    expect(august2025.base).toBe("148/QĐ-TTg");
    expect(august2025.amendments).toEqual(["1489/QĐ-TTg"]);
    expect(august2025.name.en).toBe("Decision 148/QĐ-TTg as amended by Decision 1489/QĐ-TTg");
    const august2026 = regulationAt("2026-08-01");
    expect(august2026.base).toBe("26/2026/QĐ-TTg");
    expect(august2026.amendments).toEqual([]);
  });

  it("rejects a date before the first modelled regime", () => {
    try {
      regulationAt("2019-08-20");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(OcopError);
      expect((error as OcopError).code).toBe("DATE_BEFORE_FIRST_REGIME");
      expect((error as OcopError).messages.vi).toContain("1048/QĐ-TTg");
    }
  });

  it.each(["2023-02-30", "2026-13-01", "yesterday", 20260522, null])("rejects %j as INVALID_DATE", (bad) => {
    expect(() => regulationAt(bad as never)).toThrowError(expect.objectContaining({ code: "INVALID_DATE" }));
  });

  it("answers for every day from the first regime to 2100, and regimes tile time without gaps (property)", () => {
    for (let i = 1; i < ALL_REGIMES.length; i++) {
      expect(addDays(ALL_REGIMES[i - 1]!.until!, 1)).toBe(ALL_REGIMES[i]!.from);
    }
    expect(ALL_REGIMES.at(-1)!.until).toBeNull();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 80 * 366 }), (offset) => {
        const day = addDays("2019-08-21", offset);
        const r = regulationAt(day);
        expect(day >= r.from).toBe(true);
        expect(r.until === null || day <= r.until).toBe(true);
      }),
    );
  });
});

describe("the registry", () => {
  it("models every instrument with cited, well-formed facts", () => {
    const numbers = REGULATIONS.map((r) => r.number);
    expect(numbers).toEqual([
      "490/QĐ-TTg",
      "1048/QĐ-TTg",
      "781/QĐ-TTg",
      "919/QĐ-TTg",
      "148/QĐ-TTg",
      "1489/QĐ-TTg",
      "26/2026/QĐ-TTg",
    ]);
    for (const r of REGULATIONS) {
      expect(r.sources.length, r.number).toBeGreaterThan(0);
      for (const s of r.sources) expect(s.url).toMatch(/^https?:\/\//);
      expect(isCalendarDate(r.signedOn)).toBe(true);
      expect(isCalendarDate(r.effectiveFrom)).toBe(true);
      expect(r.effectiveFrom >= r.signedOn).toBe(true);
      if (r.effectiveUntil !== null) expect(r.effectiveUntil > r.effectiveFrom).toBe(true);
      expect(r.title.vi.length).toBeGreaterThan(10);
      expect(r.title.en.length).toBeGreaterThan(10);
      if (r.signer === null) expect(r.uncertain.some((u) => u.field === "signer")).toBe(true);
      for (const n of [...r.amends, ...r.replaces]) expect(() => regulation(n)).not.toThrow();
    }
  });

  it("ends 148 and 1489 sixty days after 26/2026 takes effect (Article 11.2)", () => {
    const d26 = regulation("26/2026/QĐ-TTg");
    for (const n of ["148/QĐ-TTg", "1489/QĐ-TTg"] as const) {
      expect(regulation(n).effectiveUntil).toBe(addDays(d26.effectiveFrom, 60));
    }
    expect(d26.replaces).toEqual(["148/QĐ-TTg", "1489/QĐ-TTg"]);
  });

  it("each regime's base and amendments exist and were in force at its start", () => {
    for (const r of ALL_REGIMES) {
      for (const n of [r.base, ...r.amendments]) {
        const reg = regulation(n);
        expect(reg.effectiveFrom <= r.from, `${r.id} ${n}`).toBe(true);
      }
      expect(regime(r.id)).toBe(r);
    }
  });

  it("rejects unknown numbers and ids", () => {
    expect(() => regulation("999/QĐ-TTg" as RegulationNumber)).toThrowError(
      expect.objectContaining({ code: "UNKNOWN_REGULATION" }),
    );
    expect(() => regime("2030" as never)).toThrowError(
      expect.objectContaining({ code: "UNKNOWN_REGULATION" }),
    );
  });
});

describe("transition of 26/2026 Article 12", () => {
  it("first evaluations and upgrades filed before 22/05/2026 finish under 148+1489 by 21/07/2026", () => {
    for (const kind of ["first-evaluation", "upgrade"] as const) {
      const t = dossierTransition("2026-05-10", kind);
      expect(t?.regime.id).toBe("148+1489");
      expect(t?.completeBy).toBe("2026-07-21");
      expect(t?.due).toBe("2026-07-21"); // a Tuesday
      expect(t?.rule.article).toBe("Điều 12 khoản 2 điểm a");
    }
  });

  it("re-evaluations filed before 22/05/2026 finish within 30 days (by 21/06/2026)", () => {
    const t = dossierTransition("2026-05-21", "re-evaluation");
    expect(t?.completeBy).toBe("2026-06-21");
    expect(t?.due).toBe("2026-06-22"); // 21/06/2026 is a Sunday: Civil Code 2015, Art. 148.5
    expect(t?.rule.completeWithinDays).toBe(30);
  });

  it("covers older pending dossiers too, but not those filed from 22/05/2026", () => {
    expect(dossierTransition("2025-03-01", "first-evaluation")?.regime.id).toBe("148+1489");
    expect(dossierTransition("2026-05-22", "first-evaluation")).toBeNull();
    expect(dossierTransition("2026-05-10", "upgrade", "2026-05-15")).toBeNull();
    expect(dossierTransition("2026-05-10", "upgrade", "2026-06-15")?.completeBy).toBe("2026-07-21");
  });

  it("keeps certificate transition facts as data", () => {
    expect(CERTIFICATE_TRANSITIONS).toHaveLength(1);
    expect(CERTIFICATE_TRANSITIONS[0]!.reEvaluationGraceDays).toBe(180);
    expect(CERTIFICATE_TRANSITIONS[0]!.issuedBefore).toBe(regulation("26/2026/QĐ-TTg").effectiveFrom);
  });

  it("rejects bad dates", () => {
    expect(() => dossierTransition("2026-02-30", "upgrade")).toThrow(OcopError);
    expect(() => dossierTransition("2026-01-30", "upgrade", "x")).toThrow(OcopError);
  });
});

it("calendarDate builds padded dates", () => {
  expect(calendarDate(2026, 5, 2)).toBe("2026-05-02");
});
