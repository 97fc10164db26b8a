import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OcopError } from "../../src/errors/ocop-error.js";
import { roundedPercent } from "../../src/statistics/percent.js";
import { type ProductRecord, productStatistics, sharesOf } from "../../src/statistics/registry-statistics.js";
import { PUBLISHED_SHARES, PUBLISHED_TOTALS } from "./published-figures.js";

function recordsFrom(counts: Record<string, number>, field: "group" | "rank"): ProductRecord[] {
  const out: ProductRecord[] = [];
  for (const [key, n] of Object.entries(counts)) {
    for (let i = 0; i < n; i++) {
      out.push(
        field === "group"
          ? { stars: 4, group: key }
          : key === "potential-5"
            ? { stars: 4, potentialFiveStar: true }
            : { stars: Number(key) as 3 | 4 | 5 },
      );
    }
  }
  return out;
}

describe("published figures (golden)", () => {
  it.each(PUBLISHED_SHARES)("$name", ({ counts, total, percents }) => {
    const shares = sharesOf(counts, total);
    for (const s of shares) expect(s.percent, s.key).toBe(percents[s.key]);
  });

  it("reproduces Hanoi's 630 products by group from records (467 of 630 food: 74.1%)", () => {
    const figure = PUBLISHED_SHARES[0]!;
    const stats = productStatistics(recordsFrom(figure.counts as Record<string, number>, "group"));
    expect(stats.total).toBe(630);
    expect(stats.byGroup.map((s) => [s.key, s.count, s.percent])).toEqual([
      ["food", 467, 74.1],
      ["souvenirs", 115, 18.3],
      ["textiles", 24, 3.8],
      ["beverages", 19, 3.0],
      ["herbal", 5, 0.8],
    ]);
  });

  it("counts potential 5★ products apart from 4★ (Hanoi 1,054: 17 / 731 / 306)", () => {
    const figure = PUBLISHED_SHARES[1]!;
    const stats = productStatistics(recordsFrom(figure.counts as Record<string, number>, "rank"));
    expect(stats.byRank).toEqual([
      { key: "potential-5", count: 17, percent: 1.6 },
      { key: "4", count: 731, percent: 69.4 },
      { key: "3", count: 306, percent: 29.0 },
    ]);
  });

  it.each(PUBLISHED_TOTALS)("$name", ({ parts, total }) => {
    expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
  });
});

describe("productStatistics", () => {
  it("groups by locality and year, and streams any iterable", () => {
    function* registry(): Generator<ProductRecord> {
      yield { stars: 4, group: "Thực phẩm", locality: "Chương Mỹ", year: 2023 };
      yield { stars: 3, group: "Thực phẩm", locality: "Chương Mỹ", year: 2023 };
      yield { stars: 5, locality: "Thường Tín", year: 2024 };
    }
    const stats = productStatistics(registry());
    expect(stats.byLocality[0]).toEqual({ key: "Chương Mỹ", count: 2, percent: 66.7 });
    expect(stats.byYear.map((s) => s.key)).toEqual(["2023", "2024"]);
    expect(stats.byGroup.at(-1)).toEqual({ key: "(none)", count: 1, percent: 33.3 });
    expect(stats.byRank.map((s) => s.key)).toEqual(["5", "4", "3"]);
  });

  it("is empty for an empty registry", () => {
    expect(productStatistics([])).toEqual({ total: 0, byRank: [], byGroup: [], byLocality: [], byYear: [] });
  });

  it.each([
    [[{ stars: 6 }], ["records", 0, "stars"]],
    [
      [{ stars: 4 }, null],
      ["records", 1],
    ],
    [[{ stars: 4, group: "" }], ["records", 0, "group"]],
    [[{ stars: 4, year: 2024.5 }], ["records", 0, "year"]],
    [42, ["records"]],
  ])("rejects bad data with the record's path (%j)", (records, path) => {
    try {
      productStatistics(records as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(OcopError);
      expect((error as OcopError).path).toEqual(path);
    }
  });

  it("shares always add up to 100 ± rounding and never mutate input (property)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            stars: fc.constantFrom(3, 4, 5),
            group: fc.constantFrom("a", "b", "c"),
            year: fc.integer({ min: 2019, max: 2026 }),
          }),
          { minLength: 1, maxLength: 200 },
        ),
        (records) => {
          const copy = structuredClone(records);
          const stats = productStatistics(records as ProductRecord[]);
          expect(records).toEqual(copy);
          expect(stats.byGroup.reduce((a, s) => a + s.count, 0)).toBe(records.length);
          const sum = stats.byGroup.reduce((a, s) => a + s.percent, 0);
          expect(Math.abs(sum - 100)).toBeLessThanOrEqual(0.05 * stats.byGroup.length + 1e-9);
        },
      ),
    );
  });
});

describe("roundedPercent and sharesOf", () => {
  it("rounds half up exactly", () => {
    expect(roundedPercent(1, 8, 2)).toBe(12.5);
    expect(roundedPercent(1, 8)).toBe(12.5);
    expect(roundedPercent(1, 16)).toBe(6.3);
    // an exact half that binary floating point rounds down: (23 / 80 * 100).toFixed(1) is "28.7"
    expect(((23 / 80) * 100).toFixed(1)).toBe("28.7");
    expect(roundedPercent(23, 80)).toBe(28.8);
    expect(roundedPercent(1, 3, 0)).toBe(33);
    expect(roundedPercent(2, 3, 0)).toBe(67);
    expect(roundedPercent(0, 5)).toBe(0);
    expect(roundedPercent(5, 5)).toBe(100);
  });

  it.each([
    [-1, 5, 1],
    [6, 5, 1],
    [1, 0, 1],
    [1.5, 5, 1],
    [1, 5, 7],
    [Number.NaN, 5, 1],
  ])("rejects roundedPercent(%j, %j, %j)", (part, whole, decimals) => {
    expect(() => roundedPercent(part, whole, decimals)).toThrow(OcopError);
  });

  it("rejects bad tables", () => {
    expect(() => sharesOf({ a: -1 })).toThrow(OcopError);
    expect(() => sharesOf({ a: 5 }, 4)).toThrow(OcopError);
    expect(() => sharesOf({})).toThrow(OcopError);
    expect(() => sharesOf(null as never)).toThrow(OcopError);
  });

  it("ignores inherited and __proto__ keys safely", () => {
    const table = JSON.parse('{"__proto__": 3, "a": 1}') as Record<string, number>;
    const shares = sharesOf(table);
    expect(shares.map((s) => s.key).sort()).toEqual(["__proto__", "a"]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
});
