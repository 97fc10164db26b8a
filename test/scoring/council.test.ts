import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OcopError } from "../../src/errors/ocop-error.js";
import { councilScore } from "../../src/scoring/council.js";
import { scoreSheet } from "../../src/scoring/score-sheet.js";
import { deepFreeze, makeSet } from "./helpers.js";

const SET = makeSet([
  { id: "1.1", options: [0, 20, 40] },
  { id: "4.1", options: [0, 10, 25], part: "B" },
  { id: "6.1", options: [0, 15, 35], part: "C" },
]);

function caught(run: () => unknown): OcopError {
  try {
    run();
  } catch (error) {
    if (error instanceof OcopError) return error;
    throw error;
  }
  throw new Error("expected an OcopError");
}

describe("councilScore", () => {
  it("averages the members' totals without rounding", () => {
    const council = councilScore([72, 68, 69]);
    expect(council.average).toBe(209 / 3);
    expect(council.members).toBe(3);
    expect(council.totals).toEqual([72, 68, 69]);
    expect(council.min).toBe(68);
    expect(council.max).toBe(72);
    expect(council.spread).toBe(4);
    expect(council.parts).toBeNull();
  });

  it("reports a spread above 10 points without rejecting it", () => {
    const council = councilScore([95, 60]);
    expect(council.spread).toBe(35);
    expect(council.average).toBe(77.5);
  });

  it("averages scored sheets, with part averages", () => {
    const a = scoreSheet(SET, { "1.1": 40, "4.1": 25, "6.1": 15 });
    const b = scoreSheet(SET, { "1.1": 20, "4.1": 10, "6.1": 35 });
    const council = councilScore(deepFreeze([a, b]));
    expect(council.average).toBe(72.5);
    expect(council.parts).toEqual({ A: 30, B: 17.5, C: 25 });
    expect(councilScore([a, 70]).parts).toBeNull();
    expect(councilScore([a]).average).toBe(80);
  });

  it("rejects an empty list, junk entries and sheets of different sets, listing every problem", () => {
    expect(caught(() => councilScore([])).code).toBe("INVALID_SHEETS");
    expect(caught(() => councilScore(null as never)).code).toBe("INVALID_SHEETS");
    const other = scoreSheet(makeSet([{ id: "1.1", options: [0, 1] }]), { "1.1": 1 });
    const a = scoreSheet(SET, { "1.1": 40, "4.1": 25, "6.1": 15 });
    const error = caught(() =>
      councilScore([a, other, 101, Number.NaN, "80" as never, { total: 50 } as never]),
    );
    expect(error.code).toBe("INVALID_SHEETS");
    expect(error.path).toEqual(["sheets"]);
    expect(error.issues.map((i) => i.path)).toEqual([
      ["sheets", 1, "set"],
      ["sheets", 2],
      ["sheets", 3],
      ["sheets", 4],
      ["sheets", 5],
    ]);
  });

  it("treats an entry whose getters throw as junk", () => {
    const hostile = Object.defineProperty({}, "total", {
      enumerable: true,
      get() {
        throw new TypeError("boom");
      },
    });
    expect(caught(() => councilScore([hostile as never])).issues[0]!.path).toEqual(["sheets", 0]);
  });

  it("property: the average lies between min and max and equals the mean", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 15 }), (totals) => {
        const council = councilScore(totals);
        expect(council.average).toBeGreaterThanOrEqual(council.min);
        expect(council.average).toBeLessThanOrEqual(council.max);
        expect(council.average).toBeCloseTo(totals.reduce((s, v) => s + v, 0) / totals.length, 9);
        expect(council.spread).toBe(Math.max(...totals) - Math.min(...totals));
      }),
    );
  });

  it("property: junk throws only OcopError", () => {
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        try {
          councilScore(junk as never);
        } catch (error) {
          expect(error).toBeInstanceOf(OcopError);
        }
      }),
    );
  });
});
