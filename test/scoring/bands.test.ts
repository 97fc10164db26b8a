import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OcopError } from "../../src/errors/ocop-error.js";
import { ALL_REGIMES } from "../../src/regulations/registry.js";
import { bandFloor, inBand, recognitionRule, starBands, starsForScore } from "../../src/scoring/bands.js";
import { RECOGNITION } from "../../src/scoring/data/recognition.js";
import { STAR_BANDS } from "../../src/scoring/data/star-bands.js";
import type { StarBandTable } from "../../src/scoring/types.js";

const TABLES: readonly StarBandTable[] = Object.values(STAR_BANDS);

describe("star band data", () => {
  it("has one table per criteria regulation, keyed by it", () => {
    expect(Object.keys(STAR_BANDS).sort()).toEqual(["1048/QĐ-TTg", "148/QĐ-TTg", "26/2026/QĐ-TTg"]);
    for (const [key, table] of Object.entries(STAR_BANDS)) expect(table.regulation).toBe(key);
  });

  it("lists 5★ to 1★, contiguous from 0 to the maximum, each band closed below", () => {
    for (const table of TABLES) {
      expect(table.bands.map((b) => b.stars)).toEqual([5, 4, 3, 2, 1]);
      expect(table.bands[0].to).toBe(table.max);
      expect(table.bands[0].toInclusive).toBe(true);
      expect(table.bands[4].from).toBe(0);
      for (let i = 1; i < 5; i++) {
        expect(table.bands[i]!.to).toBe(table.bands[i - 1]!.from);
        expect(table.bands[i]!.toInclusive).toBe(false);
      }
      for (const band of table.bands) {
        expect(band.wording.vi).toMatch(/Tổng điểm trung bình/);
        expect(band.wording.en.length).toBeGreaterThan(0);
      }
      expect(table.source.length).toBeGreaterThan(10);
    }
  });

  it("keeps the 2026 bands exactly as Article 3.3 writes them", () => {
    const t = STAR_BANDS["26/2026/QĐ-TTg"];
    expect(t.status).toBe("official");
    expect(t.source).toContain("Article 3.3");
    expect(t.bands.map((b) => [b.from, b.to, b.toInclusive])).toEqual([
      [90, 100, true],
      [70, 90, false],
      [50, 70, false],
      [30, 50, false],
      [0, 30, false],
    ]);
    expect(t.bands[1].wording.vi).toBe(
      "Hạng 4 sao (cấp tỉnh): Tổng điểm trung bình đạt từ 70 đến dưới 90 điểm",
    );
    expect(t.bands[0].level).toBe("national");
  });

  it("keeps the closed integer ranges of 1048 as written, and flags the reading applied", () => {
    const t = STAR_BANDS["1048/QĐ-TTg"];
    expect(t.bands.map((b) => ("asWritten" in b ? [b.asWritten.from, b.asWritten.to] : null))).toEqual([
      null,
      [70, 89],
      [50, 69],
      [30, 49],
      null,
    ]);
    expect(t.reading.en).toContain("half-open");
    expect(STAR_BANDS["148/QĐ-TTg"].status).toBe("uncertain");
  });
});

describe("starsForScore", () => {
  it("uses the regulation in force by default", () => {
    expect(starsForScore(0).stars).toBe(1);
    expect(starsForScore(29.99).stars).toBe(1);
    expect(starsForScore(30).stars).toBe(2);
    expect(starsForScore(49.99).stars).toBe(2);
    expect(starsForScore(50).stars).toBe(3);
    expect(starsForScore(69.99).stars).toBe(3);
    expect(starsForScore(70).stars).toBe(4);
    expect(starsForScore(89.99).stars).toBe(4);
    expect(starsForScore(90).stars).toBe(5);
    expect(starsForScore(100).stars).toBe(5);
  });

  it("accepts a regime id or a regulation number", () => {
    expect(starsForScore(89.5, "1048").stars).toBe(4);
    expect(starsForScore(89.5, "1048/QĐ-TTg").stars).toBe(4);
    expect(starsForScore(69.5, "148+1489").stars).toBe(3);
    expect(starsForScore(70, "26/2026").stars).toBe(4);
    expect(starsForScore(70, "26/2026/QĐ-TTg")).toBe(STAR_BANDS["26/2026/QĐ-TTg"].bands[1]);
  });

  it("rejects a score that is not a finite number from 0 to 100", () => {
    for (const bad of [
      -0.01,
      100.01,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      "80",
      null,
    ]) {
      try {
        starsForScore(bad as number);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(OcopError);
        expect((error as OcopError).code).toBe("INVALID_SCORE");
        expect((error as OcopError).path).toEqual(["score"]);
        expect((error as OcopError).messages.vi).toContain("không phải là điểm");
      }
    }
  });

  it("rejects an unknown regulation", () => {
    for (const bad of ["490/QĐ-TTg", "781/QĐ-TTg", "2027", 26, null, "__proto__", "toString"]) {
      expect(() => starsForScore(50, bad as never)).toThrowError(OcopError);
      try {
        starsForScore(50, bad as never);
      } catch (error) {
        expect((error as OcopError).code).toBe("UNKNOWN_REGULATION");
      }
    }
  });

  it("property: stars never decrease as the score grows, under every regime", () => {
    const regimes = ALL_REGIMES.map((r) => r.id);
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.constantFrom(...regimes),
        (a, b, regime) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(starsForScore(low, regime).stars).toBeLessThanOrEqual(starsForScore(high, regime).stars);
        },
      ),
    );
  });

  it("property: the band found contains the score, and only that band does", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.constantFrom(...TABLES),
        (score, table) => {
          const band = starsForScore(score, table.regulation);
          expect(inBand(score, band)).toBe(true);
          expect(table.bands.filter((b) => inBand(score, b))).toEqual([band]);
        },
      ),
    );
  });

  it("property: junk throws only OcopError", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (score, regulation) => {
        try {
          starsForScore(score as number, regulation as never);
        } catch (error) {
          expect(error).toBeInstanceOf(OcopError);
        }
      }),
    );
  });
});

describe("starBands and bandFloor", () => {
  it("look tables up by regime", () => {
    expect(starBands()).toBe(STAR_BANDS["26/2026/QĐ-TTg"]);
    expect(starBands("148")).toBe(STAR_BANDS["148/QĐ-TTg"]);
    expect(starBands("1048+781")).toBe(STAR_BANDS["1048/QĐ-TTg"]);
    expect(bandFloor(starBands(), 3)).toBe(50);
    expect(bandFloor(starBands(), 1)).toBe(0);
  });
});

describe("recognition data", () => {
  it("has one rule per regime, keyed by it", () => {
    expect(Object.keys(RECOGNITION).sort()).toEqual(ALL_REGIMES.map((r) => r.id).sort());
    for (const [key, rule] of Object.entries(RECOGNITION)) {
      expect(rule.regime).toBe(key);
      expect(rule.certifiableMinimum).toBe(3);
      expect(rule.potentialFiveStar.minScore).toBe(90);
      expect(rule.recognises[5].level).toBe("central");
      expect(rule.recognises[4].level).toBe("province");
      expect(rule.levels.at(-1)).toBe("central");
    }
  });

  it("follows Decision 26/2026 Article 4.1: provincial chairman 3★/4★, the Minister 5★", () => {
    const rule = recognitionRule();
    expect(rule.levels).toEqual(["province", "central"]);
    expect(rule.recognises[3].authority.vi).toBe("Chủ tịch Ủy ban nhân dân cấp tỉnh");
    expect(rule.recognises[4]).toBe(rule.recognises[3]);
    expect(rule.recognises[5].authority.vi).toBe("Bộ trưởng Bộ Nông nghiệp và Môi trường");
    expect(rule.recognises[5].status).toBe("official");
    expect(rule.potentialFiveStar.source).toContain("7.3.e");
    expect(rule.forwardToProvince).toBeNull();
  });

  it("gives 3★ to the district under 148, to the province after 1489 and under 1048", () => {
    expect(recognitionRule("148").recognises[3].level).toBe("district");
    expect(recognitionRule("148").forwardToProvince?.minScore).toBe(70);
    expect(recognitionRule("148+1489").recognises[3].level).toBe("province");
    expect(recognitionRule("148/QĐ-TTg").regime).toBe("148+1489");
    expect(recognitionRule("1048").recognises[3].level).toBe("province");
    expect(recognitionRule("1048").forwardToProvince?.minScore).toBe(50);
    expect(recognitionRule("1048/QĐ-TTg").regime).toBe("1048+781");
    expect(recognitionRule("26/2026/QĐ-TTg").regime).toBe("26/2026");
    expect(() => recognitionRule("919/QĐ-TTg" as never)).toThrowError(OcopError);
  });
});
