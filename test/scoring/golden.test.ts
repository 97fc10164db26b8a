import { describe, expect, it } from "vitest";
import { criteriaSet } from "../../src/criteria/lookup.js";
import { OcopError } from "../../src/errors/ocop-error.js";
import { starsForScore } from "../../src/scoring/bands.js";
import { classify } from "../../src/scoring/classify.js";
import { councilScore } from "../../src/scoring/council.js";
import { scoreSheet } from "../../src/scoring/score-sheet.js";
import { GOLDEN_26_2026 } from "./golden/26-2026.js";
import { GOLDEN_148 } from "./golden/148.js";
import { GOLDEN_1048 } from "./golden/1048.js";
import type { GoldenAnswers, GoldenCase } from "./golden/types.js";

function isList(answers: GoldenAnswers | readonly GoldenAnswers[]): answers is readonly GoldenAnswers[] {
  return Array.isArray(answers);
}

function run(golden: GoldenCase): void {
  switch (golden.kind) {
    case "band": {
      expect(starsForScore(golden.answers.score, golden.answers.regulation).stars).toBe(
        golden.expected.stars,
      );
      return;
    }
    case "council": {
      const council = councilScore(golden.answers.totals);
      expect(council.average).toBe(golden.expected.average);
      expect(starsForScore(council.average, golden.answers.regulation).stars).toBe(golden.expected.stars);
      return;
    }
    case "sheet": {
      const set = criteriaSet(golden.set.regulation, golden.set.number);
      const options = golden.regime === undefined ? {} : { regime: golden.regime };
      const result = classify(set, golden.answers, options);
      const e = golden.expected;
      expect(result.score).toBe(e.score);
      expect(result.band.stars).toBe(e.bandStars);
      expect(result.stars).toBe(e.stars);
      expect(result.reasons.map((r) => [r.criterion.id, r.stars])).toEqual(e.reasons);
      expect(result.certifiable).toBe(e.certifiable);
      expect(result.potentialFiveStar).toBe(e.potentialFiveStar);
      expect(result.recognisedBy?.level ?? null).toBe(e.recognisedBy);
      const answers = golden.answers;
      if (!isList(answers)) {
        const sheet = scoreSheet(set, answers);
        expect(sheet.total).toBe(e.score);
        if (e.parts !== undefined) expect(sheet.parts).toEqual(e.parts);
        if (e.subsections !== undefined) expect(sheet.subsections).toEqual(e.subsections);
      }
      return;
    }
    case "invalid": {
      const set = criteriaSet(golden.set.regulation, golden.set.number);
      try {
        scoreSheet(set, golden.answers);
        expect.unreachable("the answers should be rejected");
      } catch (error) {
        expect(error).toBeInstanceOf(OcopError);
        expect((error as OcopError).code).toBe("INVALID_ANSWERS");
        expect((error as OcopError).issues.map((i) => [i.code, i.path[1]])).toEqual(golden.expected.issues);
      }
    }
  }
}

describe.each([
  ["26/2026/QĐ-TTg", GOLDEN_26_2026, 30],
  ["148/QĐ-TTg", GOLDEN_148, 15],
  ["1048/QĐ-TTg", GOLDEN_1048, 15],
] as const)("golden cases of %s", (_, cases, minimum) => {
  it(`has at least ${minimum} cases, each with a source`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(minimum);
    for (const golden of cases) expect(golden.source.length).toBeGreaterThan(5);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, golden) => run(golden));
});
