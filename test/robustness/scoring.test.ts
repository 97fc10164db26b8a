import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { criteriaSets } from "../../src/criteria/lookup.js";
import type { CriteriaSet } from "../../src/criteria/types.js";
import { ALL_REGIMES } from "../../src/regulations/index.js";
import {
  type Classification,
  classify,
  councilScore,
  inBand,
  nextStarGap,
  RECOGNITION,
  recognitionRule,
  type ScoreSheet,
  STAR_BANDS,
  type StarBand,
  type StarGap,
  scoreSheet,
  starBands,
  starsForScore,
} from "../../src/scoring/index.js";
import {
  codeOf,
  corrupted,
  hostileProxy,
  junk,
  junkNumber,
  libraryData,
  nearValid,
  orJunk,
  Recipe,
  RUNS,
  revokedProxy,
  robust,
  robustSame,
  snapshot,
  throwingGetters,
} from "./junk.js";

type Fn = (...args: never[]) => unknown;
const call = <F extends Fn>(fn: F) => fn as unknown as (...args: readonly unknown[]) => ReturnType<F>;

const SETS: readonly CriteriaSet[] = [
  ...criteriaSets("26/2026/QĐ-TTg"),
  ...criteriaSets("148/QĐ-TTg"),
  ...criteriaSets("1048/QĐ-TTg"),
];
const REGIMES_AND_REGULATIONS = [...ALL_REGIMES.map((r) => r.id), ...Object.keys(STAR_BANDS)];
const regulation = fc.oneof(
  { arbitrary: fc.constantFrom(...REGIMES_AND_REGULATIONS), weight: 3 },
  { arbitrary: junk, weight: 1 },
);

/** Valid answers of a set: one option's points per criterion. */
function answersOf(set: CriteriaSet): fc.Arbitrary<Record<string, number>> {
  return fc.tuple(...set.criteria.map((c) => fc.nat(c.options.length - 1))).map((picks) => {
    const answers: Record<string, number> = {};
    set.criteria.forEach((c, i) => {
      Object.defineProperty(answers, c.id, {
        value: c.options[picks[i]!]!.points,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    });
    return answers;
  });
}

const set = fc.constantFrom(...SETS);
/** The set itself when called, under a short name in counterexamples. */
const named = (s: CriteriaSet) => new Recipe(`set ${s.number} of ${s.regulation}`, () => s);
/** A scored sheet of `s`, made when called. */
const sheetOf = (s: CriteriaSet) =>
  answersOf(s).map(
    (a) => new Recipe(`a sheet of set ${s.number} of ${s.regulation}`, () => scoreSheet(s, a)),
  );
/** The set `s` (weight 6), a copy of it with one field corrupted, or junk. */
const setOrJunk = (s: CriteriaSet) =>
  fc.oneof(
    { arbitrary: fc.constant(named(s)) as fc.Arbitrary<unknown>, weight: 6 },
    { arbitrary: corrupted(fc.constant(s)), weight: 1 },
    { arbitrary: junk, weight: 1 },
  );
const regimeOption = fc.oneof(
  fc.constant(undefined),
  nearValid(fc.record({ regime: fc.constantFrom(...ALL_REGIMES.map((r) => r.id)) }, { requiredKeys: [] })),
);

describe("scoring: junk in, only OcopError out, inputs untouched", () => {
  const data = snapshot([SETS, STAR_BANDS, RECOGNITION]);
  // Frozen from here on in this file: a write of the library into its own data would throw.
  libraryData(SETS, STAR_BANDS, RECOGNITION);

  test("scoreSheet: a total from 0 to the set's maximum, the parts adding up to it", () => {
    fc.assert(
      fc.property(
        set.chain((s) => fc.tuple(setOrJunk(s), nearValid(answersOf(s)))),
        ([s, answers]) => {
          const outcome = robustSame(call(scoreSheet), [s, answers]);
          if (outcome.ok) {
            const sheet = outcome.value as ScoreSheet;
            const max = (outcome.args[0] as CriteriaSet).max;
            expect(sheet.total >= 0 && sheet.total <= max).toBe(true);
            expect(sheet.parts.A + sheet.parts.B + sheet.parts.C).toBeCloseTo(sheet.total, 9);
          } else expect(["INVALID_ANSWERS", "INVALID_ARGUMENT"]).toContain(outcome.error.code);
        },
      ),
      { numRuns: RUNS },
    );
  });

  test("councilScore: the average lies between the lowest and the highest total", () => {
    const entry = set.chain((s) =>
      fc.oneof(
        { arbitrary: sheetOf(s) as fc.Arbitrary<unknown>, weight: 2 },
        { arbitrary: fc.double({ min: 0, max: 100, noNaN: true }), weight: 2 },
        { arbitrary: junkNumber, weight: 1 },
        { arbitrary: junk, weight: 1 },
      ),
    );
    const sheets = fc.oneof(
      { arbitrary: fc.array(entry, { minLength: 0, maxLength: 6 }), weight: 4 },
      {
        arbitrary: corrupted(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { maxLength: 4 })),
        weight: 1,
      },
      { arbitrary: junk, weight: 1 },
    );
    fc.assert(
      fc.property(sheets, (list) => {
        const outcome = robustSame(call(councilScore), [list]);
        if (outcome.ok) {
          const c = outcome.value as { average: number; min: number; max: number; members: number };
          expect(c.min <= c.average + 1e-9 && c.average <= c.max + 1e-9).toBe(true);
          expect(c.members).toBe((outcome.args[0] as unknown[]).length);
        } else expect(outcome.error.code).toBe("INVALID_SHEETS");
      }),
      { numRuns: RUNS },
    );
  });

  test("starsForScore: the one band the score lies in", () => {
    const score = fc.oneof(fc.double({ min: -1, max: 101 }), junkNumber, junk);
    fc.assert(
      fc.property(score, regulation, (s, r) => {
        const outcome = robustSame(call(starsForScore), [s, r]);
        if (outcome.ok) {
          const band = outcome.value as { stars: number };
          expect([1, 2, 3, 4, 5]).toContain(band.stars);
          expect(inBand(s as number, outcome.value as never)).toBe(true);
        } else expect(["INVALID_SCORE", "UNKNOWN_REGULATION"]).toContain(outcome.error.code);
      }),
      { numRuns: RUNS },
    );
  });

  test("starBands and recognitionRule: tables of a known regulation", () => {
    fc.assert(
      fc.property(regulation, (r) => {
        const bands = robustSame(call(starBands), [r]);
        const rule = robustSame(call(recognitionRule), [r]);
        expect(rule.ok).toBe(bands.ok);
        if (bands.ok) expect((bands.value as { bands: unknown[] }).bands).toHaveLength(5);
      }),
      { numRuns: RUNS },
    );
  });

  test("inBand: a boolean for any score and band", () => {
    const bands: readonly StarBand[] = Object.values(STAR_BANDS).flatMap((t): StarBand[] => [...t.bands]);
    const band = fc.oneof(
      { arbitrary: fc.constantFrom(...bands), weight: 3 },
      { arbitrary: corrupted(fc.constantFrom(...bands)), weight: 2 },
      { arbitrary: junk, weight: 1 },
    );
    fc.assert(
      fc.property(fc.oneof(fc.double(), junkNumber, junk), band, (score, b) => {
        const outcome = robustSame(call(inBand), [score, b]);
        if (outcome.ok) expect(typeof outcome.value).toBe("boolean");
      }),
      { numRuns: RUNS },
    );
  });

  test("classify: stars 1–5, never above the band, for one sheet, a council, or scored sheets", () => {
    const input = set.chain((s) =>
      fc.tuple(
        setOrJunk(s),
        fc.oneof(
          { arbitrary: nearValid(answersOf(s)), weight: 3 },
          { arbitrary: fc.array(answersOf(s), { minLength: 1, maxLength: 4 }), weight: 2 },
          { arbitrary: corrupted(fc.array(answersOf(s), { minLength: 1, maxLength: 3 })), weight: 1 },
          { arbitrary: sheetOf(s) as fc.Arbitrary<unknown>, weight: 1 },
          { arbitrary: fc.array(sheetOf(s), { minLength: 1, maxLength: 3 }), weight: 1 },
        ),
        regimeOption,
      ),
    );
    fc.assert(
      fc.property(input, ([s, answers, options]) => {
        const outcome = robustSame(call(classify), [s, answers, options]);
        if (outcome.ok) {
          const c = outcome.value as Classification;
          expect([1, 2, 3, 4, 5]).toContain(c.stars);
          expect(c.stars).toBeLessThanOrEqual(c.band.stars);
          expect(c.score >= 0 && c.score <= 100).toBe(true);
        } else {
          expect(["INVALID_ANSWERS", "INVALID_SHEETS", "INVALID_ARGUMENT", "UNKNOWN_REGULATION"]).toContain(
            outcome.error.code,
          );
        }
      }),
      { numRuns: RUNS },
    );
  });

  test("nextStarGap: null, or one star up, reached by the changes it lists", () => {
    const input = set.chain((s) => fc.tuple(setOrJunk(s), nearValid(answersOf(s)), regimeOption));
    fc.assert(
      fc.property(input, ([s, answers, options]) => {
        const outcome = robustSame(call(nextStarGap), [s, answers, options]);
        if (outcome.ok && outcome.value !== null) {
          const gap = outcome.value as StarGap;
          expect(gap.to).toBe(gap.from + 1);
          expect(gap.newStars).toBeGreaterThanOrEqual(gap.to);
          expect(gap.newScore).toBeGreaterThanOrEqual(gap.requiredScore);
        }
      }),
      { numRuns: RUNS },
    );
  });

  test("a criteria set used with junk keeps its tables: a valid sheet still scores the same", () => {
    fc.assert(
      fc.property(
        set.chain((s) => fc.tuple(fc.constant(named(s)), answersOf(s), orJunk(answersOf(s)))),
        ([n, good, bad]) => {
          const s = n.make() as CriteriaSet;
          const before = scoreSheet(s, good).total;
          robust(call(scoreSheet), [s, bad]);
          expect(scoreSheet(s, good).total).toBe(before);
        },
      ),
      { numRuns: RUNS },
    );
  });

  test("the criteria sets, bands and recognition rules are never changed", () => {
    expect(data.length).toBeGreaterThan(0);
    expect(Object.isFrozen(SETS[0]!.criteria[0]!.options[0]!.text)).toBe(true);
  });
});

describe("regressions (each let a raw error escape before)", () => {
  const tea = criteriaSets("26/2026/QĐ-TTg")[10]!;
  const best: Record<string, number> = {};
  for (const c of tea.criteria) best[c.id] = c.options.at(-1)!.points;

  test("inBand checks its score and band (was: TypeError on a null band or a symbol score)", () => {
    const four = starBands("26/2026").bands[1];
    expect(codeOf(() => inBand(75, null as never))).toBe("INVALID_ARGUMENT");
    expect(codeOf(() => inBand(75, throwingGetters() as never))).toBe("INVALID_ARGUMENT");
    expect(codeOf(() => inBand(Symbol() as never, four))).toBe("INVALID_SCORE");
    expect(inBand(89.99, four)).toBe(true);
    expect(inBand(Number.NaN, four)).toBe(false);
  });

  test("scoreSheet with a set whose number cannot be read (was: TypeError in the error message)", () => {
    for (const number of [revokedProxy(), Object.create(null), hostileProxy()]) {
      const odd = { ...tea, number } as unknown as CriteriaSet;
      expect(codeOf(() => scoreSheet(odd, { nope: 1 } as never))).toBe("INVALID_ANSWERS");
      expect(codeOf(() => scoreSheet(odd, revokedProxy() as never))).toBe("INVALID_ANSWERS");
      expect(codeOf(() => scoreSheet(odd, hostileProxy() as never))).toBe("INVALID_ANSWERS");
    }
  });

  test("councilScore of sheets that cannot be read (was: the caller's error escaped)", () => {
    expect(codeOf(() => councilScore(hostileProxy([]) as never))).toBe("INVALID_SHEETS");
    expect(
      codeOf(() => councilScore([{ total: 70, set: hostileProxy(), parts: { A: 1, B: 1, C: 1 } }] as never)),
    ).toBe("INVALID_SHEETS");
  });

  test("classify and nextStarGap with options, answers or a set that cannot be read", () => {
    expect(codeOf(() => classify(tea, best, hostileProxy() as never))).toBe("INVALID_ARGUMENT");
    expect(codeOf(() => nextStarGap(tea, best, revokedProxy() as never))).toBe("INVALID_ARGUMENT");
    expect(codeOf(() => classify(tea, revokedProxy([]) as never))).toBe("INVALID_ANSWERS");
    expect(codeOf(() => scoreSheet(hostileProxy() as never, best))).toBe("INVALID_ARGUMENT");
    // A copy of the set whose first option text throws when read (read only to word the reasons).
    const copy = structuredClone(tea) as unknown as { criteria: { options: { text: unknown }[] }[] };
    for (const c of copy.criteria) for (const o of c.options) Object.defineProperty(o, "text", { get: boom });
    // Best everywhere but one marked criterion at its lowest option: the reason quotes an option text.
    const marked = tea.criteria.find((c) => c.options.some((o) => o.minimumStars !== undefined))!;
    const missed = { ...best, [marked.id]: marked.options[0]!.points };
    expect(classify(tea, missed).reasons.length).toBeGreaterThan(0);
    expect(codeOf(() => classify(copy as never, missed))).toBe("INVALID_ARGUMENT");
    expect(codeOf(() => nextStarGap(copy as never, missed))).toBe("INVALID_ARGUMENT");
  });
});

function boom(): never {
  throw new Error("boom");
}
