/**
 * fast-check arbitraries and reference implementations for the scoring property tests.
 */
import fc from "fast-check";
import type { CriteriaSet, MarkerLevel, StarLevel } from "../../src/criteria/types.js";
import { type CriterionSpec, makeSet, type OptionSpec } from "./helpers.js";

const PARTS = ["A", "B", "C"] as const;

/** A small synthetic set: 1–`maxCriteria` criteria of 1–4 options, markers anywhere, total at most 100. */
export function smallSet(maxCriteria = 5, halves = false): fc.Arbitrary<CriteriaSet> {
  return fc.integer({ min: 1, max: maxCriteria }).chain((n) => {
    const cap = Math.floor(100 / n);
    const option: fc.Arbitrary<OptionSpec> = fc
      .tuple(
        fc.integer({ min: 0, max: cap }),
        fc.constantFrom<MarkerLevel | undefined>(undefined, undefined, undefined, 3, 4, 5),
      )
      .map(([whole, m]) => {
        const p = halves && whole > 0 ? whole - 0.5 : whole;
        return m === undefined ? p : ([p, m] as const);
      });
    const criterion = fc.tuple(fc.array(option, { minLength: 1, maxLength: 4 }), fc.nat(2));
    return fc
      .array(criterion, { minLength: n, maxLength: n })
      .map((list) =>
        makeSet(
          list.map(
            ([options, part], i): CriterionSpec => ({ id: `${i + 1}.1`, options, part: PARTS[part]! }),
          ),
        ),
      );
  });
}

/** A set with option picks for `sheets` sheets. */
export function setWithPicks(
  maxCriteria = 5,
  sheets = 1,
  halves = false,
): fc.Arbitrary<{ set: CriteriaSet; picks: number[][] }> {
  return smallSet(maxCriteria, halves).chain((set) =>
    fc
      .array(fc.tuple(...set.criteria.map((c) => fc.nat(c.options.length - 1))), {
        minLength: sheets,
        maxLength: sheets,
      })
      .map((picks) => ({ set, picks: picks as number[][] })),
  );
}

/** The answers of option picks. */
export function answersOf(set: CriteriaSet, picks: readonly number[]): Record<string, number> {
  const answers: Record<string, number> = {};
  set.criteria.forEach((c, i) => {
    answers[c.id] = c.options[picks[i]!]!.points;
  });
  return answers;
}

/** Reference classification, written independently of src/scoring (26/2026 bands). */
export function referenceStars(set: CriteriaSet, sheets: readonly Record<string, number>[]): StarLevel {
  const totals = sheets.map((a) => set.criteria.reduce((s, c) => s + a[c.id]!, 0));
  const score = totals.reduce((s, v) => s + v, 0) / totals.length;
  const band: StarLevel = score >= 90 ? 5 : score >= 70 ? 4 : score >= 50 ? 3 : score >= 30 ? 2 : 1;
  let stars: StarLevel = band;
  for (const c of set.criteria) {
    for (const o of c.options) {
      if (o.minimumStars === undefined) continue;
      if (sheets.some((a) => a[c.id]! < o.points) && o.minimumStars <= stars) {
        stars = (o.minimumStars - 1) as StarLevel;
      }
    }
  }
  return stars;
}
