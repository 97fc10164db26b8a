import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OcopError } from "../../src/errors/ocop-error.js";
import { classify } from "../../src/scoring/classify.js";
import { RECOGNITION } from "../../src/scoring/data/recognition.js";
import { scoreSheet } from "../../src/scoring/score-sheet.js";
import { answersOf, referenceStars, setWithPicks } from "./arbitraries.js";
import { deepFreeze, makeSet } from "./helpers.js";

/** 100 points: markers 3★ on 1.2 (10), 4★ on 2.1 (15) and 3.1 (20), 5★ on 3.1 (35). */
const SET = makeSet([
  { id: "1.1", options: [0, 10, 20] },
  { id: "1.2", options: [0, [10, 3], 20] },
  { id: "2.1", options: [5, [15, 4], 25], part: "B" },
  { id: "3.1", options: [0, [20, 4], [35, 5]], part: "C" },
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

describe("classify", () => {
  it("gives the band's stars when every minimum is met", () => {
    const result = classify(SET, { "1.1": 20, "1.2": 20, "2.1": 25, "3.1": 35 });
    expect(result.score).toBe(100);
    expect(result.band.stars).toBe(5);
    expect(result.stars).toBe(5);
    expect(result.certifiable).toBe(true);
    expect(result.fiveStarScoreReached).toBe(true);
    expect(result.potentialFiveStar).toBe(true);
    expect(result.recognisedBy).toBe(RECOGNITION["26/2026"].recognises[5]);
    expect(result.reasons).toEqual([]);
    expect(result.council).toBeNull();
    expect(result.regime).toBe("26/2026");
  });

  it("holds a 4★ score missing a 3★ minimum back to 2★, naming the criterion", () => {
    const result = classify(SET, { "1.1": 20, "1.2": 0, "2.1": 15, "3.1": 35 });
    expect(result.score).toBe(70);
    expect(result.band.stars).toBe(4);
    expect(result.stars).toBe(2);
    expect(result.certifiable).toBe(false);
    expect(result.recognisedBy).toBeNull();
    expect(result.reasons).toHaveLength(1);
    const [reason] = result.reasons;
    expect(reason!.stars).toBe(3);
    expect(reason!.criterion.id).toBe("1.2");
    expect(reason!.reached).toEqual({ points: 0, option: 0 });
    expect(reason!.required).toEqual({ points: 10, option: 1, text: SET.criteria[1]!.options[1]!.text });
    expect(reason!.sheetsBelow).toBe(1);
    expect(reason!.message.en).toContain("criterion 1.2");
    expect(reason!.message.en).toContain("3-star product must reach at least option 2 (10 points");
    expect(reason!.message.vi).toContain("sản phẩm 3 sao phải đạt tối thiểu lựa chọn 2 (10 điểm");
  });

  it("holds a 5★ score missing a 4★ minimum back to 3★; not potential 5★", () => {
    const result = classify(SET, { "1.1": 20, "1.2": 20, "2.1": 5, "3.1": 35 });
    expect(result.score).toBe(80);
    expect(result.stars).toBe(3);
    const high = classify(SET, { "1.1": 20, "1.2": 20, "2.1": 15, "3.1": 35 });
    expect(high.score).toBe(90);
    expect(high.stars).toBe(5);
    const missing4 = makeSet([
      { id: "1.1", options: [0, [5, 4], 10] },
      { id: "1.2", options: [0, 90] },
    ]);
    const r = classify(missing4, { "1.1": 0, "1.2": 90 });
    expect(r.band.stars).toBe(5);
    expect(r.stars).toBe(3);
    expect(r.fiveStarScoreReached).toBe(true);
    expect(r.potentialFiveStar).toBe(false);
    expect(r.recognisedBy).toBe(RECOGNITION["26/2026"].recognises[3]);
    expect(r.reasons.map((x) => [x.criterion.id, x.stars])).toEqual([["1.1", 4]]);
  });

  it("holds a 5★ score missing only a 5★ minimum back to 4★", () => {
    const result = classify(SET, { "1.1": 20, "1.2": 20, "2.1": 25, "3.1": 20 });
    expect(result.score).toBe(85);
    expect(result.stars).toBe(4);
    const five = makeSet([
      { id: "1", options: [0, [5, 5], 10] },
      { id: "2", options: [0, 90] },
    ]);
    const r = classify(five, { "1": 0, "2": 90 });
    expect([r.band.stars, r.stars, r.potentialFiveStar, r.fiveStarScoreReached]).toEqual([5, 4, false, true]);
    expect(r.reasons[0]!.stars).toBe(5);
  });

  it("ignores the minimums of levels above the band", () => {
    const result = classify(SET, { "1.1": 10, "1.2": 10, "2.1": 5, "3.1": 0 });
    expect(result.score).toBe(25);
    expect(result.stars).toBe(1);
    expect(result.reasons).toEqual([]);
    const three = classify(SET, { "1.1": 20, "1.2": 10, "2.1": 5, "3.1": 20 });
    expect(three.score).toBe(55);
    expect(three.stars).toBe(3);
    expect(three.reasons).toEqual([]);
  });

  it("reports a criterion once per level at which its requirement rises", () => {
    const set = makeSet([
      { id: "1", options: [0, [2, 3], 3, [4, 4], [6, 5]] },
      { id: "2", options: [0, [1, 4], 2] },
      { id: "3", options: [0, 94] },
    ]);
    const r = classify(set, { "1": 0, "2": 0, "3": 94 });
    expect(r.stars).toBe(2);
    expect(r.reasons.map((x) => [x.criterion.id, x.stars, x.required.points])).toEqual([
      ["1", 3, 2],
      ["1", 4, 4],
      ["1", 5, 6],
      ["2", 4, 1],
    ]);
  });

  it("averages several sheets without rounding; a minimum must be met on every sheet", () => {
    const sheets = [
      { "1.1": 20, "1.2": 10, "2.1": 25, "3.1": 20 },
      { "1.1": 10, "1.2": 10, "2.1": 25, "3.1": 20 },
      { "1.1": 20, "1.2": 0, "2.1": 25, "3.1": 20 },
    ];
    const result = classify(SET, deepFreeze(sheets));
    expect(result.score).toBe(205 / 3);
    expect(result.band.stars).toBe(3);
    expect(result.stars).toBe(2);
    expect(result.council?.members).toBe(3);
    expect(result.council?.spread).toBe(10);
    expect(result.reasons[0]!.sheetsBelow).toBe(1);
    expect(result.reasons[0]!.reached).toEqual({ points: 0, option: 0 });
    expect(result.reasons[0]!.message.en).toContain("(1 of 3 sheets below)");
    expect(result.reasons[0]!.message.vi).toContain("(1/3 phiếu chưa đạt)");
  });

  it("accepts scored sheets, alone or mixed with answers, and re-checks them", () => {
    const answers = { "1.1": 20, "1.2": 20, "2.1": 25, "3.1": 35 };
    const sheet = scoreSheet(SET, answers);
    expect(classify(SET, sheet).stars).toBe(5);
    expect(classify(SET, [sheet, answers]).score).toBe(100);
    const forged = { ...sheet, criteria: [{ id: "1.1", points: 7, option: 0 }, ...sheet.criteria.slice(1)] };
    const error = caught(() => classify(SET, forged));
    expect(error.code).toBe("INVALID_ANSWERS");
    expect(error.issues[0]!.path).toEqual(["answers", "1.1"]);
    const other = scoreSheet(makeSet([{ id: "1.1", options: [0, 1] }]), { "1.1": 1 });
    expect(caught(() => classify(SET, other)).code).toBe("INVALID_SHEETS");
    expect(caught(() => classify(SET, { ...sheet, criteria: "junk" } as never)).issues.length).toBe(4);
  });

  it("turns a throwing getter on a sheet into an OcopError", () => {
    const hostile = Object.defineProperty({ set: SET }, "criteria", {
      enumerable: true,
      get() {
        throw new TypeError("boom");
      },
    });
    expect(caught(() => classify(SET, hostile as never)).code).toBe("INVALID_ANSWERS");
    expect(caught(() => classify(SET, [hostile as never])).issues[0]!.path).toEqual(["answers", 0]);
  });

  it("lists the problems of every sheet in one error", () => {
    const error = caught(() =>
      classify(SET, [
        { "1.1": 20, "1.2": 20, "2.1": 25, "3.1": 35 },
        { "1.1": 3, "1.2": 20, "2.1": 25, "3.1": 35 },
        { "1.2": 20, "2.1": 25, "3.1": 35, x: 1 },
        null as never,
      ]),
    );
    expect(error.code).toBe("INVALID_ANSWERS");
    expect(error.path).toEqual(["answers"]);
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([
      ["POINTS_NOT_OFFERED", ["answers", 1, "1.1"]],
      ["MISSING_CRITERION", ["answers", 2, "1.1"]],
      ["UNKNOWN_CRITERION", ["answers", 2, "x"]],
      ["INVALID_ANSWERS", ["answers", 3]],
    ]);
    expect(caught(() => classify(SET, [])).code).toBe("INVALID_ANSWERS");
  });

  it("uses the recognition rules of the regime asked for", () => {
    const set148 = makeSet(
      [
        { id: "1", options: [0, 30] },
        { id: "2", options: [0, 30] },
      ],
      "148/QĐ-TTg",
    );
    const answers = { "1": 30, "2": 30 };
    expect(classify(set148, answers).regime).toBe("148+1489");
    expect(classify(set148, answers).recognisedBy?.level).toBe("province");
    expect(classify(set148, answers, { regime: "148" }).recognisedBy?.level).toBe("district");
    expect(classify(set148, answers, { regime: "148" }).recognisedBy?.authority.vi).toBe(
      "Ủy ban nhân dân cấp huyện",
    );
    const error = caught(() => classify(set148, answers, { regime: "26/2026" }));
    expect(error.code).toBe("INVALID_ARGUMENT");
    expect(error.path).toEqual(["options", "regime"]);
    expect(caught(() => classify(set148, answers, { regime: "x" as never })).code).toBe("INVALID_ARGUMENT");
    expect(classify(set148, answers, null as never).regime).toBe("148+1489");
    expect(caught(() => classify({ ...set148, regulation: "x" as never }, answers)).code).toBe(
      "UNKNOWN_REGULATION",
    );
  });

  it("property: matches an independent reference, never exceeds the band", () => {
    fc.assert(
      fc.property(setWithPicks(5, 3), fc.integer({ min: 1, max: 3 }), ({ set, picks }, m) => {
        const sheets = picks.slice(0, m).map((p) => answersOf(set, p));
        const result = classify(set, deepFreeze(sheets));
        expect(result.stars).toBeLessThanOrEqual(result.band.stars);
        expect(result.stars).toBe(referenceStars(set, sheets));
        expect(result.certifiable).toBe(result.stars >= 3);
        expect(result.reasons.length === 0).toBe(result.stars === result.band.stars);
        for (const reason of result.reasons) expect(reason.stars).toBeGreaterThan(result.stars);
      }),
    );
  });

  it("property: raising an answer never lowers the stars", () => {
    fc.assert(
      fc.property(setWithPicks(5), fc.nat(), ({ set, picks }, which) => {
        const [pick] = picks as [number[]];
        const i = which % set.criteria.length;
        const options = set.criteria[i]!.options;
        const now = answersOf(set, pick);
        const best = Math.max(...options.map((o) => o.points));
        const raised = { ...now, [set.criteria[i]!.id]: best };
        expect(classify(set, raised).stars).toBeGreaterThanOrEqual(classify(set, now).stars);
      }),
    );
  });

  it("property: junk throws only OcopError", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.array(fc.dictionary(fc.constantFrom("1.1", "1.2", "2.1", "3.1", "__proto__"), fc.anything())),
        ),
        fc.anything(),
        (input, options) => {
          try {
            classify(SET, input as never, options as never);
          } catch (error) {
            expect(error).toBeInstanceOf(OcopError);
          }
        },
      ),
    );
  });
});
