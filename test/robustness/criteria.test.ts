import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  CRITERIA_26_2026,
  CRITERIA_148,
  CRITERIA_1048,
  criteriaSet,
  criteriaSets,
} from "../../src/criteria/index.js";
import { junk, junkNumber, RUNS, robustSame, snapshot } from "./junk.js";

type Fn = (...args: never[]) => unknown;
const call = <F extends Fn>(fn: F) => fn as unknown as (...args: readonly unknown[]) => ReturnType<F>;

const REGULATIONS = ["26/2026/QĐ-TTg", "148/QĐ-TTg", "1048/QĐ-TTg"] as const;
const regulation = fc.oneof(
  { arbitrary: fc.constantFrom(...REGULATIONS), weight: 3 },
  { arbitrary: junk, weight: 1 },
);

describe("criteria: junk in, only OcopError out, inputs untouched", () => {
  const data = snapshot([CRITERIA_26_2026, CRITERIA_148, CRITERIA_1048]);

  test("criteriaSets: the sets of a regulation, in number order", () => {
    fc.assert(
      fc.property(regulation, (r) => {
        const outcome = robustSame(call(criteriaSets), [r]);
        if (outcome.ok) {
          const numbers = (outcome.value as { number: number; regulation: unknown }[]).map((s) => s.number);
          expect([...numbers].sort((a, b) => a - b)).toEqual(numbers);
        } else expect(outcome.error.code).toBe("UNKNOWN_REGULATION");
      }),
      { numRuns: RUNS },
    );
  });

  test("criteriaSet: the set of that number and regulation", () => {
    const number = fc.oneof(fc.integer({ min: -1, max: 28 }), junkNumber, junk);
    fc.assert(
      fc.property(regulation, number, (r, n) => {
        const outcome = robustSame(call(criteriaSet), [r, n]);
        if (outcome.ok) {
          const set = outcome.value as { number: unknown; regulation: unknown; max: number };
          expect(set.number).toBe(n);
          expect(set.regulation).toBe(r);
          expect(set.max).toBe(100);
        } else expect(["UNKNOWN_REGULATION", "UNKNOWN_SET"]).toContain(outcome.error.code);
      }),
      { numRuns: RUNS },
    );
  });

  test("the criteria sets are never changed", () => {
    expect(snapshot([CRITERIA_26_2026, CRITERIA_148, CRITERIA_1048])).toBe(data);
  });
});
