/**
 * The edges of registry statistics and published percentages: each bad input gets its own code, path and
 * wording; ranks, groups, localities and years come out in their documented order; the decimals option and
 * its default are honoured. Written from the surviving mutants of a Stryker run (docs/mutation.md).
 */
import { describe, expect, it } from "vitest";
import { checkCount, roundedPercent } from "../../src/statistics/percent.js";
import { type ProductRecord, productStatistics, sharesOf } from "../../src/statistics/registry-statistics.js";
import { failure } from "../helpers/failure.js";

/** The six orders of three items. */
function permutations<T>(items: readonly [T, T, T]): T[][] {
  const [a, b, c] = items;
  return [
    [a, b, c],
    [a, c, b],
    [b, a, c],
    [b, c, a],
    [c, a, b],
    [c, b, a],
  ];
}

describe("roundedPercent: what a share is, and the decimals allowed", () => {
  it("0 of 0 is not a share: INVALID_DATA at part, naming both numbers", () => {
    const e = failure(() => roundedPercent(0, 0));
    expect([e.code, e.path]).toEqual(["INVALID_DATA", ["part"]]);
    expect(e.messages).toEqual({
      en: "part: 0 of 0 is not a share (0 <= part <= whole, whole > 0)",
      vi: "part: 0 trên 0 không phải là tỷ lệ (0 <= phần <= tổng, tổng > 0)",
    });
    expect(failure(() => roundedPercent(6, 5)).path).toEqual(["part"]);
  });

  it("the part or whole that is not a count is named by itself", () => {
    for (const [part, whole, path] of [
      [-1, 5, ["part"]],
      [Number.NaN, 5, ["part"]],
      ["1", 5, ["part"]],
      [1, 2.5, ["whole"]],
      [1, "5", ["whole"]],
      [1, 2 ** 53, ["whole"]],
    ] as const) {
      const e = failure(() => roundedPercent(part as never, whole as never));
      expect([e.code, e.path]).toEqual(["INVALID_DATA", path]);
    }
  });

  it("decimals run from 0 to 4 inclusive; anything else is INVALID_ARGUMENT at decimals", () => {
    expect(roundedPercent(1, 3, 0)).toBe(33);
    expect(roundedPercent(1, 3, 4)).toBe(33.3333);
    expect(roundedPercent(2, 3, 4)).toBe(66.6667);
    for (const decimals of [5, -1, 1.5, Number.NaN]) {
      const e = failure(() => roundedPercent(1, 3, decimals));
      expect([e.code, e.path]).toEqual(["INVALID_ARGUMENT", ["decimals"]]);
    }
  });
});

describe("checkCount: a whole number >= 0, named at its path", () => {
  it("returns a count as it is, 0 included", () => {
    expect([checkCount(0, "part"), checkCount(467, "part")]).toEqual([0, 467]);
  });

  it("the path defaults to the field's name, and can be given", () => {
    for (const bad of [-1, 2.5, "5", Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, null]) {
      const e = failure(() => checkCount(bad, "part"));
      expect([e.code, e.path]).toEqual(["INVALID_DATA", ["part"]]);
    }
    const e = failure(() => checkCount(2.5, "part", ["data", "part"]));
    expect(e.path).toEqual(["data", "part"]);
    expect(e.messages).toEqual({
      en: "data.part: 2.5 is not a count (a whole number >= 0)",
      vi: "data.part: 2.5 không phải là số lượng (số nguyên >= 0)",
    });
  });
});

describe("sharesOf: a table of counts and its total", () => {
  it("keeps the table's order, defaults the total to the sum and the decimals to 1", () => {
    expect(sharesOf({ b: 1, a: 2 })).toEqual([
      { key: "b", count: 1, percent: 33.3 },
      { key: "a", count: 2, percent: 66.7 },
    ]);
    expect(sharesOf({ b: 1, a: 2 }, undefined, 2).map((s) => s.percent)).toEqual([33.33, 66.67]);
    expect(sharesOf({ a: 1, b: 0 }, 8, 2)).toEqual([
      { key: "a", count: 1, percent: 12.5 },
      { key: "b", count: 0, percent: 0 },
    ]);
  });

  it("a table that is not an object is refused by its own rule, at counts", () => {
    for (const counts of [null, 5, "ab", undefined]) {
      const e = failure(() => sharesOf(counts as never));
      expect([e.code, e.path, e.rule]).toEqual([
        "INVALID_DATA",
        ["counts"],
        "counts is an object of whole numbers",
      ]);
    }
    expect(failure(() => sharesOf(null as never)).messages).toEqual({
      en: "counts: null is not a table of counts",
      vi: "counts: null không phải là bảng số lượng",
    });
  });

  it("a table whose keys cannot be read is INVALID_DATA at counts", () => {
    const hostile = new Proxy(
      { a: 1 },
      {
        ownKeys() {
          throw new Error("boom");
        },
      },
    );
    const e = failure(() => sharesOf(hostile));
    expect([e.code, e.path]).toEqual(["INVALID_DATA", ["counts"]]);
  });

  it("each count is a whole number >= 0, named at its key", () => {
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, "3", null]) {
      const e = failure(() => sharesOf({ a: 1, "đồ uống": bad as never }));
      expect([e.code, e.path]).toEqual(["INVALID_DATA", ["counts", "đồ uống"]]);
    }
    expect(failure(() => sharesOf({ b: Number.NaN })).messages.en).toBe(
      "counts.b: NaN is not a count (a whole number >= 0)",
    );
  });

  it("the total is a whole number > 0 and at least the sum of the counts, named at total", () => {
    const cases: [Record<string, number>, unknown][] = [
      [{ a: 5 }, 4],
      [{ a: 5 }, 5.5],
      [{ a: 5 }, "10"],
      [{ a: 5 }, Number.NaN],
      [{ a: 0 }, 0],
      [{ a: 0 }, undefined],
      [{}, undefined],
    ];
    for (const [counts, total] of cases) {
      const e = failure(() => sharesOf(counts, total as never));
      expect([e.code, e.path]).toEqual(["INVALID_DATA", ["total"]]);
    }
    expect(failure(() => sharesOf({ a: 2, b: 3 }, 4)).messages).toEqual({
      en: "total: 4 is less than the sum of the counts (5)",
      vi: "total: 4 nhỏ hơn tổng các số lượng (5)",
    });
    // A total exactly the sum is allowed.
    expect(sharesOf({ a: 2, b: 3 }, 5).map((s) => s.percent)).toEqual([40, 60]);
  });
});

describe("productStatistics: what a registry and its records may be", () => {
  it("records that are not an iterable object are refused by their own rule, at records", () => {
    for (const records of [null, 42, "abc", {}, { length: 1, 0: { stars: 4 } }]) {
      const e = failure(() => productStatistics(records as never));
      expect([e.code, e.path, e.rule]).toEqual([
        "INVALID_DATA",
        ["records"],
        "records is an iterable of product records",
      ]);
    }
    expect(failure(() => productStatistics({} as never)).messages).toEqual({
      en: "records: an object is not an iterable of product records",
      vi: "records: một đối tượng không phải là danh sách sản phẩm",
    });
  });

  it("records whose iterator cannot be read, or throws halfway, are INVALID_DATA at records", () => {
    const hostile = {
      get [Symbol.iterator](): never {
        throw new Error("boom");
      },
    };
    expect(failure(() => productStatistics(hostile as never)).path).toEqual(["records"]);
    function* broken(): Generator<ProductRecord> {
      yield { stars: 4 };
      throw new Error("disk failure");
    }
    const e = failure(() => productStatistics(broken()));
    expect([e.code, e.path]).toEqual(["INVALID_DATA", ["records"]]);
  });

  const cases: [string, unknown, (string | number)[]][] = [
    ["a record as a number", 5, ["records", 1]],
    ["a record as text", "4 stars", ["records", 1]],
    ["no stars", {}, ["records", 1, "stars"]],
    ["0 stars", { stars: 0 }, ["records", 1, "stars"]],
    ["6 stars", { stars: 6 }, ["records", 1, "stars"]],
    ["stars as text", { stars: "4" }, ["records", 1, "stars"]],
    ["4.5 stars", { stars: 4.5 }, ["records", 1, "stars"]],
    ["an empty group", { stars: 4, group: "" }, ["records", 1, "group"]],
    ["a group as a list", { stars: 4, group: ["Thực phẩm"] }, ["records", 1, "group"]],
    ["a group as a number", { stars: 4, group: 3 }, ["records", 1, "group"]],
    ["a group that is null", { stars: 4, group: null }, ["records", 1, "group"]],
    ["a locality as a number", { stars: 4, locality: 5 }, ["records", 1, "locality"]],
    ["a locality with a length", { stars: 4, locality: { length: 3 } }, ["records", 1, "locality"]],
    ["a fractional year", { stars: 4, year: 2024.5 }, ["records", 1, "year"]],
    ["a NaN year", { stars: 4, year: Number.NaN }, ["records", 1, "year"]],
    ["an empty year", { stars: 4, year: "" }, ["records", 1, "year"]],
    ["a year as true", { stars: 4, year: true }, ["records", 1, "year"]],
  ];
  it.each(cases)("%s: INVALID_DATA at its index and field", (_label, record, path) => {
    const e = failure(() => productStatistics([{ stars: 3 }, record as never]));
    expect([e.code, e.path]).toEqual(["INVALID_DATA", path]);
  });

  it("the messages name the record and field, in English and Vietnamese", () => {
    expect(failure(() => productStatistics([5 as never])).messages).toEqual({
      en: "records.0: 5 is not a product record",
      vi: "records.0: 5 không phải là bản ghi sản phẩm",
    });
    expect(failure(() => productStatistics([{ stars: "4" } as never])).messages).toEqual({
      en: 'records.0.stars: "4" is not a star level (1–5)',
      vi: 'records.0.stars: "4" không phải là hạng sao (1–5)',
    });
    const e = failure(() => productStatistics([{ stars: 4, locality: 5 } as never]));
    expect(e.rule).toBe("locality is a non-empty text");
    expect(e.messages).toEqual({
      en: "records.0.locality: 5 is not a valid locality",
      vi: "records.0.locality: 5 không hợp lệ",
    });
  });
});

describe("productStatistics: ranks, groups, localities and years", () => {
  it("every star level from 1 to 5 is a rank, highest first, potential 5★ between 5★ and 4★", () => {
    const records: ProductRecord[] = [
      { stars: 1 },
      { stars: 2 },
      { stars: 2 },
      { stars: 3 },
      { stars: 4, potentialFiveStar: true },
      { stars: 4 },
      { stars: 5 },
      { stars: 1 },
    ];
    const stats = productStatistics(records);
    expect(stats.byRank.map((s) => [s.key, s.count, s.percent])).toEqual([
      ["5", 1, 12.5],
      ["potential-5", 1, 12.5],
      ["4", 1, 12.5],
      ["3", 1, 12.5],
      ["2", 2, 25],
      ["1", 2, 25],
    ]);
  });

  it("only potentialFiveStar: true below 5★ counts as potential 5★", () => {
    const stats = productStatistics([
      { stars: 5, potentialFiveStar: true },
      { stars: 4, potentialFiveStar: "yes" as never },
      { stars: 4, potentialFiveStar: false },
      { stars: 3, potentialFiveStar: true },
    ]);
    expect(stats.byRank.map((s) => [s.key, s.count])).toEqual([
      ["5", 1],
      ["potential-5", 1],
      ["4", 2],
    ]);
  });

  it("groups and localities are largest first, ties by name, whatever the order of the records", () => {
    for (const order of permutations(["a", "b", "c"] as const)) {
      const records: ProductRecord[] = [
        ...order.map((key) => ({ stars: 4 as const, group: key, locality: key })),
        { stars: 4, group: "z", locality: "z" },
        { stars: 4, group: "z", locality: "z" },
      ];
      const stats = productStatistics(records);
      expect(stats.byGroup.map((s) => s.key)).toEqual(["z", "a", "b", "c"]);
      expect(stats.byLocality.map((s) => s.key)).toEqual(["z", "a", "b", "c"]);
    }
  });

  it("years are oldest first whatever their counts; a year as text or number is the same year", () => {
    for (const order of permutations([2022, 2023, 2024] as const)) {
      const records: ProductRecord[] = [
        ...order.map((year) => ({ stars: 3 as const, year })),
        { stars: 3, year: 2024 },
        { stars: 3, year: "2024" as never },
      ];
      const stats = productStatistics(records);
      expect(stats.byYear.map((s) => [s.key, s.count])).toEqual([
        ["2022", 1],
        ["2023", 1],
        ["2024", 3],
      ]);
    }
  });

  it("decimals: 1 by default (also when options is not an object), else as asked", () => {
    const records: ProductRecord[] = [
      { stars: 4, group: "a" },
      { stars: 4, group: "a" },
      { stars: 4, group: "b" },
    ];
    const percents = (options?: object) =>
      productStatistics(records, options as never).byGroup.map((s) => s.percent);
    expect(percents()).toEqual([66.7, 33.3]);
    expect(percents({})).toEqual([66.7, 33.3]);
    expect(percents(null as never)).toEqual([66.7, 33.3]);
    expect(percents({ decimals: 2 })).toEqual([66.67, 33.33]);
    expect(percents({ decimals: 0 })).toEqual([67, 33]);
  });

  it("options whose decimals cannot be read are INVALID_DATA at options.decimals", () => {
    const options = {
      get decimals(): number {
        throw new Error("boom");
      },
    };
    const e = failure(() => productStatistics([{ stars: 4 }], options));
    expect([e.code, e.path]).toEqual(["INVALID_DATA", ["options", "decimals"]]);
  });

  it("a bad number of decimals is INVALID_ARGUMENT at options.decimals, with or without records", () => {
    // Was: named at "decimals", and not checked at all when there was no record.
    for (const records of [[{ stars: 4 }], []] as ProductRecord[][]) {
      for (const decimals of [7, -1, 1.5, "2"]) {
        const e = failure(() => productStatistics(records, { decimals: decimals as never }));
        expect([e.code, e.path, e.value]).toEqual(["INVALID_ARGUMENT", ["options", "decimals"], decimals]);
      }
    }
    const e = failure(() => productStatistics([], { decimals: 7 }));
    expect(e.messages.en).toBe("options.decimals: 7 must be a whole number from 0 to 4");
  });
});
