import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  checkCount,
  productStatistics,
  type RegistryStatistics,
  roundedPercent,
  type Share,
  sharesOf,
} from "../../src/statistics/index.js";
import {
  codeOf,
  finiteIterable,
  hostileProxy,
  junk,
  junkNumber,
  nearValid,
  Recipe,
  RUNS,
  revokedProxy,
  robustSame,
  throwingGetters,
} from "./junk.js";

type Fn = (...args: never[]) => unknown;
const call = <F extends Fn>(fn: F) => fn as unknown as (...args: readonly unknown[]) => ReturnType<F>;

const count = fc.oneof(
  { arbitrary: fc.nat({ max: 10000 }), weight: 4 },
  { arbitrary: fc.constantFrom(0, 1, Number.MAX_SAFE_INTEGER), weight: 1 },
  { arbitrary: junkNumber, weight: 1 },
  { arbitrary: junk, weight: 1 },
);
const decimals = fc.oneof(fc.constant(undefined), fc.integer({ min: -1, max: 5 }), junkNumber, junk);

const record = fc.record(
  {
    stars: fc.constantFrom(1, 2, 3, 4, 5),
    potentialFiveStar: fc.boolean(),
    group: fc.constantFrom("Thực phẩm", "Đồ uống", "__proto__", "constructor"),
    locality: fc.constantFrom("Hà Nội", "Huế", "__proto__"),
    year: fc.integer({ min: 2019, max: 2030 }),
  },
  { requiredKeys: ["stars"] },
);

function percentsOk(shares: readonly Share[]): boolean {
  return shares.every((s) => s.percent >= 0 && s.percent <= 100);
}

describe("statistics: junk in, only OcopError out, inputs untouched", () => {
  test("roundedPercent: 0 to 100 for a share", () => {
    fc.assert(
      fc.property(count, count, decimals, (part, whole, d) => {
        const outcome = robustSame(call(roundedPercent), d === undefined ? [part, whole] : [part, whole, d]);
        if (outcome.ok) {
          const p = outcome.value as number;
          expect(p >= 0 && p <= 100).toBe(true);
        } else expect(["INVALID_DATA", "INVALID_ARGUMENT"]).toContain(outcome.error.code);
      }),
      { numRuns: RUNS },
    );
  });

  test("checkCount: the count itself, or INVALID_DATA", () => {
    fc.assert(
      fc.property(count, (value) => {
        const outcome = robustSame(call(checkCount), [value, "value"]);
        if (outcome.ok) expect(outcome.value).toBe(value);
        else expect(outcome.error.code).toBe("INVALID_DATA");
      }),
      { numRuns: RUNS },
    );
  });

  test("productStatistics: every record counted once in each breakdown", () => {
    const records = fc.oneof(
      { arbitrary: fc.array(nearValid(record), { maxLength: 8 }), weight: 3 },
      { arbitrary: nearValid(fc.array(record, { maxLength: 6 })), weight: 2 },
      {
        arbitrary: fc
          .array(record, { maxLength: 5 })
          .map((list) => new Recipe("an iterable of records", () => finiteIterable(list))),
        weight: 1,
      },
      { arbitrary: junk, weight: 1 },
    );
    const options = fc.oneof(
      fc.constant(undefined),
      nearValid(fc.record({ decimals: fc.integer({ min: 0, max: 4 }) })),
    );
    fc.assert(
      fc.property(records, options, (list, o) => {
        const outcome = robustSame(call(productStatistics), o === undefined ? [list] : [list, o]);
        if (outcome.ok) {
          const s = outcome.value as RegistryStatistics;
          for (const breakdown of [s.byRank, s.byGroup, s.byLocality, s.byYear]) {
            expect(breakdown.reduce((sum, x) => sum + x.count, 0)).toBe(s.total);
            expect(percentsOk(breakdown)).toBe(true);
          }
        } else expect(["INVALID_DATA", "INVALID_ARGUMENT"]).toContain(outcome.error.code);
      }),
      { numRuns: RUNS },
    );
  });

  test("sharesOf: one share per key, percentages 0 to 100", () => {
    const counts = nearValid(
      fc.dictionary(
        fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom("__proto__", "constructor")),
        fc.nat(1000),
        {
          maxKeys: 6,
        },
      ),
    );
    fc.assert(
      fc.property(counts, fc.oneof(fc.constant(undefined), count), decimals, (c, total, d) => {
        const outcome = robustSame(call(sharesOf), [c, total, d]);
        if (outcome.ok) {
          const shares = outcome.value as Share[];
          expect(shares.map((s) => s.key)).toEqual(Object.keys(outcome.args[0] as object));
          expect(percentsOk(shares)).toBe(true);
        } else expect(["INVALID_DATA", "INVALID_ARGUMENT"]).toContain(outcome.error.code);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("regressions (each let a raw error escape before)", () => {
  test("productStatistics with null options (was: TypeError reading options.decimals)", () => {
    expect(productStatistics([], null as never).total).toBe(0);
    expect(productStatistics([{ stars: 4 }], null as never).byRank).toEqual([
      { key: "4", count: 1, percent: 100 },
    ]);
  });

  test("records and counts that cannot be read", () => {
    expect(codeOf(() => productStatistics([hostileProxy()] as never))).toBe("INVALID_DATA");
    expect(codeOf(() => productStatistics(hostileProxy([]) as never))).toBe("INVALID_DATA");
    expect(codeOf(() => sharesOf(revokedProxy() as never))).toBe("INVALID_DATA");
    expect(codeOf(() => sharesOf(throwingGetters() as never))).toBe("INVALID_DATA");
  });
});
