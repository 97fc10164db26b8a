import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { describeValue, OcopError } from "../../src/errors/index.js";
import { junk, RUNS, revokedProxy, robust, robustSame } from "./junk.js";

type Fn = (...args: never[]) => unknown;
const call = <F extends Fn>(fn: F) => fn as unknown as (...args: readonly unknown[]) => ReturnType<F>;

describe("errors: describing junk never throws", () => {
  test("describeValue answers a short text for anything, without calling the value's code", () => {
    fc.assert(
      fc.property(junk, (value) => {
        const outcome = robustSame(call(describeValue), [value]);
        expect(outcome.ok).toBe(true);
        if (outcome.ok) {
          expect(typeof outcome.value).toBe("string");
          expect((outcome.value as string).length).toBeGreaterThan(0);
          // A text is clipped to 40 characters (JSON-escaped); a number or bigint is written out in full.
          if (typeof value === "string") expect((outcome.value as string).length).toBeLessThanOrEqual(250);
        }
      }),
      { numRuns: RUNS },
    );
  });

  test("describeValue of a revoked proxy and of an object posing as a Date", () => {
    expect(describeValue(revokedProxy())).toBe("an object");
    expect(describeValue(revokedProxy([]))).toBe("an object");
    expect(describeValue(Object.create(Date.prototype))).toBe("an object");
    expect(describeValue(new Proxy({}, { getPrototypeOf: () => Date.prototype }))).toBe("an object");
    expect(describeValue(new Date(Number.NaN))).toBe("an invalid Date");
  });

  test("messageIn answers a text for any language asked", () => {
    const error = new OcopError([
      {
        code: "INVALID_ARGUMENT",
        path: [],
        value: 1,
        rule: "r",
        message: { en: "english", vi: "tiếng Việt" },
      },
    ]);
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom("en", "vi", "__proto__", "constructor", "toString"), junk),
        (language) => {
          const outcome = robustSame(call(error.messageIn.bind(error)), [language]);
          expect(outcome.ok).toBe(true);
          if (outcome.ok) expect(outcome.value).toBe(language === "vi" ? "tiếng Việt" : "english");
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe("the harness fails where it must", () => {
  test("a raw TypeError, a write into the input and a write onto Object.prototype are all caught", () => {
    expect(() =>
      robust(() => {
        throw new TypeError("raw");
      }, []),
    ).toThrow(/expected only OcopError/);
    expect(() =>
      robust(
        (o: { a: number }) => {
          o.a = 2;
        },
        [{ a: 1 }],
      ),
    ).toThrow(/arguments were changed/);
    const proto = Object.prototype as unknown as Record<string, unknown>;
    try {
      expect(() =>
        robust(() => {
          proto["pollutedByTheHarnessTest"] = 1;
        }, []),
      ).toThrow(/shared prototype was written to: pollutedByTheHarnessTest/);
    } finally {
      delete proto["pollutedByTheHarnessTest"];
    }
  });

  test("a function that works on its input but not on a frozen copy is caught", () => {
    const push = (list: number[]) => {
      const copy = list;
      copy.push(1);
      copy.pop();
      return copy.length;
    };
    expect(() => robustSame(push, [[1, 2]])).toThrow();
  });
});
