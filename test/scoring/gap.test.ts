import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CriteriaSet, StarLevel } from "../../src/criteria/types.js";
import { OcopError } from "../../src/errors/ocop-error.js";
import { classify } from "../../src/scoring/classify.js";
import { nextStarGap } from "../../src/scoring/gap.js";
import { scoreSheet } from "../../src/scoring/score-sheet.js";
import { answersOf, referenceStars, setWithPicks } from "./arbitraries.js";
import { deepFreeze, makeSet } from "./helpers.js";

/** Brute force: every combination of options; the best (changes, points added) reaching `target` stars. */
function bruteForce(
  set: CriteriaSet,
  current: Record<string, number>,
  target: StarLevel,
): { count: number; gain: number } | null {
  const now = set.criteria.reduce((s, c) => s + current[c.id]!, 0);
  let best: { count: number; gain: number } | null = null;
  const picks = set.criteria.map(() => 0);
  for (;;) {
    const answers = answersOf(set, picks);
    if (referenceStars(set, [answers]) >= target) {
      const count = set.criteria.filter((c) => answers[c.id] !== current[c.id]).length;
      const gain = set.criteria.reduce((s, c) => s + answers[c.id]!, 0) - now;
      if (best === null || count < best.count || (count === best.count && gain < best.gain))
        best = { count, gain };
    }
    let i = 0;
    while (i < picks.length && picks[i] === set.criteria[i]!.options.length - 1) picks[i++] = 0;
    if (i === picks.length) return best;
    picks[i]!++;
  }
}

const SET = makeSet([
  { id: "1.1", options: [0, 10, 20] },
  { id: "1.2", options: [0, [10, 3], 20] },
  { id: "2.1", options: [5, [15, 4], 25], part: "B" },
  { id: "3.1", options: [0, [20, 4], [35, 5]], part: "C" },
]);

describe("nextStarGap", () => {
  it("fixes a missed minimum with the cheapest option, even when the score suffices", () => {
    const gap = nextStarGap(SET, { "1.1": 20, "1.2": 0, "2.1": 15, "3.1": 35 });
    expect(gap).not.toBeNull();
    expect(gap!.from).toBe(2);
    expect(gap!.to).toBe(3);
    expect(gap!.score).toBe(70);
    expect(gap!.requiredScore).toBe(50);
    expect(gap!.changes).toHaveLength(1);
    expect(gap!.changes[0]).toMatchObject({
      criterion: { id: "1.2" },
      from: { points: 0, option: 0 },
      to: { points: 10, option: 1 },
      gain: 10,
      marker: 3,
    });
    expect(gap!.pointsGained).toBe(10);
    expect(gap!.newScore).toBe(80);
    expect(gap!.newStars).toBe(4);
  });

  it("raises the score with the fewest criteria, then the fewest points", () => {
    const gap = nextStarGap(SET, { "1.1": 10, "1.2": 10, "2.1": 15, "3.1": 20 });
    expect([gap!.from, gap!.to, gap!.score, gap!.requiredScore]).toEqual([3, 4, 55, 70]);
    // +15 in one change: only 3.1 → 35 gives that much.
    expect(gap!.changes.map((c) => [c.criterion.id, c.to.points, c.marker])).toEqual([["3.1", 35, null]]);
    expect(gap!.newScore).toBe(70);
    // 2★ at 45: +5 to reach 50; every single change adds 10 or 15; the cheapest is +10, the first found.
    const low = nextStarGap(SET, { "1.1": 0, "1.2": 10, "2.1": 15, "3.1": 20 });
    expect([low!.from, low!.to, low!.changes.length, low!.pointsGained, low!.newScore]).toEqual([
      2, 3, 1, 10, 55,
    ]);
  });

  it("prefers fewer criteria over fewer points", () => {
    const set = makeSet([
      { id: "1", options: [0, 1] },
      { id: "2", options: [0, 1] },
      { id: "3", options: [0, 30] },
      { id: "4", options: [48, 48] },
    ]);
    const gap = nextStarGap(set, { "1": 0, "2": 0, "3": 0, "4": 48 });
    expect(gap!.changes.map((c) => c.criterion.id)).toEqual(["3"]);
    expect(gap!.pointsGained).toBe(30);
  });

  it("returns null at 5★ and when the next star cannot be reached", () => {
    expect(nextStarGap(SET, { "1.1": 20, "1.2": 20, "2.1": 25, "3.1": 35 })).toBeNull();
    const low = makeSet([{ id: "1", options: [0, 10] }]);
    expect(nextStarGap(low, { "1": 0 })?.to).toBe(undefined);
    expect(nextStarGap(low, { "1": 10 })).toBeNull();
  });

  it("names the marker level that forces each change", () => {
    const set = makeSet([
      { id: "1", options: [0, [5, 3], [10, 4]] },
      { id: "2", options: [0, 80] },
    ]);
    const gap = nextStarGap(set, { "1": 0, "2": 80 });
    expect(gap!.from).toBe(2);
    expect(gap!.to).toBe(3);
    expect(gap!.changes[0]!.marker).toBe(3);
    expect(gap!.changes[0]!.to.points).toBe(5);
    const next = nextStarGap(set, { "1": 5, "2": 80 });
    expect(next!.to).toBe(4);
    expect(next!.changes[0]).toMatchObject({ marker: 4, to: { points: 10 } });
  });

  it("accepts a scored sheet and never writes into its input", () => {
    const answers = deepFreeze({ "1.1": 10, "1.2": 10, "2.1": 15, "3.1": 20 });
    expect(nextStarGap(SET, scoreSheet(SET, answers))!.newScore).toBe(70);
    expect(nextStarGap(SET, answers)!.newScore).toBe(70);
  });

  it("rejects bad answers and a list of sheets", () => {
    expect(() => nextStarGap(SET, { "1.1": 3 })).toThrowError(OcopError);
    expect(() => nextStarGap(SET, [] as never)).toThrowError(OcopError);
    expect(() =>
      nextStarGap(SET, { "1.1": 0, "1.2": 10, "2.1": 15, "3.1": 20 }, { regime: "148" }),
    ).toThrowError(OcopError);
  });

  it.each([
    ["whole points (typed-array search)", false],
    ["half points (general search)", true],
  ])("property: optimal against brute force, and what it proposes works — %s", (_, halves) => {
    fc.assert(
      fc.property(setWithPicks(5, 1, halves), ({ set, picks }) => {
        const current = answersOf(set, picks[0]!);
        const now = classify(set, current);
        const gap = nextStarGap(set, current);
        if (now.stars === 5) {
          expect(gap).toBeNull();
          return;
        }
        const target = (now.stars + 1) as StarLevel;
        const best = bruteForce(set, current, target);
        if (best === null) {
          expect(gap).toBeNull();
          return;
        }
        expect(gap).not.toBeNull();
        expect([gap!.changes.length, gap!.pointsGained]).toEqual([best.count, best.gain]);
        const after = { ...current };
        for (const change of gap!.changes) {
          expect(change.from.points).toBe(current[change.criterion.id]);
          expect(change.to.points).toBeGreaterThan(change.from.points);
          after[change.criterion.id] = change.to.points;
        }
        const reached = classify(set, after);
        expect(reached.stars).toBeGreaterThanOrEqual(target);
        expect(reached.stars).toBe(gap!.newStars);
        expect(reached.score).toBe(gap!.newScore);
        expect(gap!.newScore - gap!.score).toBe(gap!.pointsGained);
      }),
      { numRuns: 300 },
    );
  });
});
