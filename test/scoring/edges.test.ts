/**
 * The edges of scoring's input checks: each bad input gets its own code and the path of the field at fault,
 * and each boundary is exact. Written from the surviving mutants of a Stryker run (docs/mutation.md).
 */
import { describe, expect, it } from "vitest";
import { criteriaSet } from "../../src/criteria/lookup.js";
import type { CriteriaSet } from "../../src/criteria/types.js";
import {
  classify,
  councilScore,
  inBand,
  recognitionRule,
  scoreSheet,
  starBands,
  starsForScore,
} from "../../src/scoring/index.js";
import { failure } from "../helpers/failure.js";

const veg = criteriaSet("26/2026/QĐ-TTg", 1);
const best = Object.fromEntries(veg.criteria.map((c) => [c.id, c.options.at(-1)!.points]));
const worst = Object.fromEntries(veg.criteria.map((c) => [c.id, c.options[0]!.points]));

describe("councilScore: what a member's entry may be", () => {
  const sheet = scoreSheet(veg, best);

  it("an empty list, or not a list: INVALID_SHEETS at sheets", () => {
    for (const bad of [[], null, "70", { 0: 70 }]) {
      const e = failure(() => councilScore(bad as never));
      expect([e.code, e.path]).toEqual(["INVALID_SHEETS", ["sheets"]]);
    }
  });

  it("totals from 0 to 100 inclusive; anything else is named at its index", () => {
    expect(councilScore([0, 100])).toMatchObject({ average: 50, min: 0, max: 100, spread: 100, parts: null });
    for (const bad of [-0.01, 100.01, Number.NaN, "70", null, undefined, true]) {
      const e = failure(() => councilScore([70, bad as never]));
      expect(e.code).toBe("INVALID_SHEETS");
      expect(e.issues.map((i) => i.path)).toEqual([["sheets", 1]]);
    }
  });

  it("a sheet needs a numeric total, its set, and numeric parts A, B and C", () => {
    const broken = [
      { ...sheet, total: "100" },
      { ...sheet, set: null },
      { ...sheet, set: "26/2026/QĐ-TTg" },
      { ...sheet, parts: null },
      { ...sheet, parts: "A" },
      { ...sheet, parts: { ...sheet.parts, A: "40" } },
      { ...sheet, parts: { ...sheet.parts, B: "25" } },
      { ...sheet, parts: { ...sheet.parts, C: "35" } },
      { ...sheet, total: -1 },
      { ...sheet, total: sheet.set.max + 1 },
      {
        get total(): number {
          throw new Error("boom");
        },
      },
    ];
    for (const bad of broken) {
      const e = failure(() => councilScore([sheet, bad as never]));
      expect(e.issues.map((i) => [i.code, i.path])).toEqual([["INVALID_SHEETS", ["sheets", 1]]]);
    }
  });

  it("sheets of one set are averaged with their parts; a sheet of another set is named at its set", () => {
    const low = scoreSheet(veg, worst);
    const council = councilScore([sheet, low]);
    expect(council.average).toBe((sheet.total + low.total) / 2);
    expect(council.parts).toEqual({
      A: (sheet.parts.A + low.parts.A) / 2,
      B: (sheet.parts.B + low.parts.B) / 2,
      C: (sheet.parts.C + low.parts.C) / 2,
    });
    expect([council.min, council.max]).toEqual([low.total, sheet.total]);
    const other = scoreSheet(
      criteriaSet("26/2026/QĐ-TTg", 2),
      Object.fromEntries(criteriaSet("26/2026/QĐ-TTg", 2).criteria.map((c) => [c.id, c.options[0]!.points])),
    );
    const e = failure(() => councilScore([sheet, other]));
    expect(e.issues.map((i) => i.path)).toEqual([["sheets", 1, "set"]]);
    expect(e.path).toEqual(["sheets"]);
  });

  it("a list whose reading throws is INVALID_SHEETS at sheets", () => {
    const hostile = new Proxy([70], {
      get() {
        throw new Error("boom");
      },
    });
    const e = failure(() => councilScore(hostile));
    expect([e.code, e.path]).toEqual(["INVALID_SHEETS", ["sheets"]]);
  });
});

describe("criteria sets that are not well formed: INVALID_ARGUMENT at the field at fault", () => {
  const first = veg.criteria[0]!;
  const withFirst = (patch: object): CriteriaSet =>
    ({ ...veg, criteria: [{ ...first, ...patch }, ...veg.criteria.slice(1)] }) as unknown as CriteriaSet;
  const cases: [string, unknown, (string | number)[]][] = [
    ["not an object", null, ["set"]],
    ["a number", 3, ["set"]],
    ["no criteria", { ...veg, criteria: undefined }, ["set", "criteria"]],
    ["empty criteria", { ...veg, criteria: [] }, ["set", "criteria"]],
    [
      "a criterion that is null",
      { ...veg, criteria: [null, ...veg.criteria.slice(1)] },
      ["set", "criteria", 0],
    ],
    ["a criterion that is a string", { ...veg, criteria: ["1.1"] }, ["set", "criteria", 0]],
    ["an id that is not a string", withFirst({ id: 11 }), ["set", "criteria", 0, "id"]],
    [
      "a repeated id",
      { ...veg, criteria: [first, { ...veg.criteria[1]!, id: first.id }] },
      ["set", "criteria", 1, "id"],
    ],
    ["a part that is not A, B or C", withFirst({ part: "D" }), ["set", "criteria", 0, "part"]],
    ["a section that is not a string", withFirst({ section: 1 }), ["set", "criteria", 0, "section"]],
    ["no options", withFirst({ options: [] }), ["set", "criteria", 0, "options"]],
    ["options that are not a list", withFirst({ options: "1,2,3" }), ["set", "criteria", 0, "options"]],
    [
      "an option that is null",
      withFirst({ options: [null] }),
      ["set", "criteria", 0, "options", 0, "points"],
    ],
    [
      "negative points",
      withFirst({ options: [{ points: 1 }, { points: -1 }] }),
      ["set", "criteria", 0, "options", 1, "points"],
    ],
    [
      "infinite points",
      withFirst({ options: [{ points: Number.POSITIVE_INFINITY }] }),
      ["set", "criteria", 0, "options", 0, "points"],
    ],
    [
      "points as text",
      withFirst({ options: [{ points: "3" }] }),
      ["set", "criteria", 0, "options", 0, "points"],
    ],
    [
      "a marker that is not 3, 4 or 5",
      withFirst({ options: [{ points: 3, minimumStars: 2 }] }),
      ["set", "criteria", 0, "options", 0, "minimumStars"],
    ],
  ];
  it.each(cases)("%s", (_name, set, path) => {
    const e = failure(() => scoreSheet(set as CriteriaSet, best));
    expect([e.code, e.path]).toEqual(["INVALID_ARGUMENT", path]);
  });

  it("a set whose reading throws is INVALID_ARGUMENT at set", () => {
    const hostile = new Proxy(
      { ...veg },
      {
        get() {
          throw new Error("boom");
        },
      },
    );
    const e = failure(() => scoreSheet(hostile, best));
    expect(e.path).toEqual(["set"]);
  });

  it("a set with a third level totals each sub-section once (26/2026 set 11, criteria 6.1.x)", () => {
    const tea = criteriaSet("26/2026/QĐ-TTg", 11);
    const answers = Object.fromEntries(tea.criteria.map((c) => [c.id, c.options.at(-1)!.points]));
    const sheet = scoreSheet(tea, answers);
    const parents = new Map<string, number>();
    for (const c of tea.criteria) {
      if (c.parent !== undefined) parents.set(c.parent, (parents.get(c.parent) ?? 0) + answers[c.id]!);
    }
    expect(parents.size).toBeGreaterThan(1);
    expect(Object.keys(sheet.subsections ?? {}).sort()).toEqual([...parents.keys()].sort());
    for (const [parent, total] of parents) expect(sheet.subsections?.[parent]).toBe(total);
  });
});

describe("bands: the exact boundaries and the errors", () => {
  const [five, four] = starBands("26/2026").bands;

  it("inBand is half-open below 90 and closed at 100", () => {
    expect([inBand(70, four!), inBand(69.99, four!), inBand(89.99, four!), inBand(90, four!)]).toEqual([
      true,
      false,
      true,
      false,
    ]);
    expect([inBand(90, five!), inBand(100, five!), inBand(100.01, five!), inBand(89.99, five!)]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it("inBand names its bad argument", () => {
    expect(failure(() => inBand("75" as never, four!)).path).toEqual(["score"]);
    expect(failure(() => inBand("75" as never, four!)).code).toBe("INVALID_SCORE");
    for (const band of [null, 5, { from: 70 }, { from: 70, to: "90" }]) {
      const e = failure(() => inBand(75, band as never));
      expect([e.code, e.path]).toEqual(["INVALID_ARGUMENT", ["band"]]);
    }
  });

  it("starsForScore takes 0 to 100 and names the regulation it does not know, listing those it does", () => {
    expect(starsForScore(0).stars).toBe(1);
    expect(starsForScore(100).stars).toBe(5);
    for (const bad of [-0.01, 100.01]) {
      const e = failure(() => starsForScore(bad));
      expect([e.code, e.path]).toEqual(["INVALID_SCORE", ["score"]]);
    }
    for (const call of [
      () => starsForScore(50, "27/2027" as never),
      () => starBands("27/2027" as never),
      () => recognitionRule("27/2027" as never),
    ]) {
      const e = failure(call);
      expect(e.path).toEqual(["regulation"]);
      expect(e.messages.en).toContain("26/2026");
      expect(e.messages.en).toContain("148+1489");
    }
  });
});

describe("classify: its own errors and its reasons", () => {
  it("an empty list of sheets is INVALID_ANSWERS at answers", () => {
    const e = failure(() => classify(veg, []));
    expect([e.code, e.path]).toEqual(["INVALID_ANSWERS", ["answers"]]);
  });

  it("a regime not based on the set's regulation is refused, listing those that are", () => {
    const e = failure(() => classify(veg, best, { regime: "148+1489" }));
    expect([e.code, e.path]).toEqual(["INVALID_ARGUMENT", ["options", "regime"]]);
    expect(e.messages.en).toContain("(26/2026)");
    const old = criteriaSet("148/QĐ-TTg", 1);
    const e148 = failure(() => classify(old, {}, { regime: "26/2026" }));
    expect(e148.messages.en).toContain("(148, 148+1489)");
  });

  it("a scored sheet of another set is named at its set", () => {
    const other = criteriaSet("26/2026/QĐ-TTg", 2);
    const sheet = scoreSheet(
      other,
      Object.fromEntries(other.criteria.map((c) => [c.id, c.options[0]!.points])),
    );
    const e = failure(() => classify(veg, [best, sheet]));
    expect(e.issues.map((i) => i.path)).toContainEqual(["answers", 1, "set"]);
  });

  it("a reason names the same option in English and Vietnamese (counted from 1)", () => {
    const held = classify(veg, { ...best, "5.1": 3 });
    const reason = held.reasons.find((r) => r.criterion.id === "5.1");
    expect(reason?.reached).toEqual({ points: 3, option: 3 });
    const en = /reached option (\d+)/.exec(reason!.message.en)?.[1];
    const vi = /đạt lựa chọn (\d+)/.exec(reason!.message.vi)?.[1];
    expect(en).toBe("4");
    expect(vi).toBe(en);
  });
});

describe("scoreSheet: the result's shape and its messages", () => {
  it("sections follow the sheet's order; a set without a third level has no sub-sections", () => {
    const sheet = scoreSheet(veg, best);
    expect(Object.keys(sheet.sections)).toEqual([...new Set(veg.criteria.map((c) => c.section))]);
    expect(sheet.subsections).toEqual({});
  });

  it("answers given in any key order score the same as in sheet order", () => {
    const reversed = Object.fromEntries(Object.entries(best).reverse());
    expect(scoreSheet(veg, reversed)).toEqual(scoreSheet(veg, best));
    const mixed = { ...worst, "1.1": best["1.1"]! };
    expect(scoreSheet(veg, Object.fromEntries(Object.entries(mixed).reverse())).total).toBe(
      scoreSheet(veg, mixed).total,
    );
  });

  it("points not offered, a missing criterion and an unknown one: one issue each, with path and message", () => {
    const { "12": _dropped, ...missing } = best;
    const e = failure(() => scoreSheet(veg, { ...missing, "1.1": 4, "9.9": 1 }));
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([
      ["POINTS_NOT_OFFERED", ["answers", "1.1"]],
      ["MISSING_CRITERION", ["answers", "12"]],
      ["UNKNOWN_CRITERION", ["answers", "9.9"]],
    ]);
    expect(e.issues[0]!.message.en).toBe(
      "answers.1.1: 4 is not one of the points criterion 1.1 (Origin of the product) offers: 1, 2, 3",
    );
    expect(e.issues[2]!.message.en).toBe('answers: "9.9" is not a criterion of set 1 (26/2026/QĐ-TTg)');
    expect(e.issues[2]!.message.vi).toBe('answers: "9.9" không phải là tiêu chí của bộ 1 (26/2026/QĐ-TTg)');
    expect(e.rule).toContain("26/2026/QĐ-TTg, criteria set 1 (Article 3.2");
  });

  it("a set whose number cannot be read is still named, as 'the set'", () => {
    const odd = { ...veg, number: Object.create(null) } as unknown as CriteriaSet;
    const e = failure(() => scoreSheet(odd, { ...best, "9.9": 1 }));
    expect(e.issues.at(-1)!.message.en).toBe('answers: "9.9" is not a criterion of the set');
    expect(e.issues.at(-1)!.message.vi).toBe('answers: "9.9" không phải là tiêu chí của bộ tiêu chí');
    expect(e.rule.startsWith("the criteria set (Article 3.2")).toBe(true);
  });
});

describe("nextStarGap: the changes come in sheet order", () => {
  it("for a weak sheet of set 11, every change is listed in the order of the sheet", async () => {
    const { nextStarGap } = await import("../../src/scoring/index.js");
    const tea = criteriaSet("26/2026/QĐ-TTg", 11);
    const low = Object.fromEntries(tea.criteria.map((c) => [c.id, c.options[0]!.points]));
    const gap = nextStarGap(tea, low);
    expect(gap).not.toBeNull();
    const order = tea.criteria.map((c) => c.id);
    const ids = gap!.changes.map((c) => c.criterion.id);
    expect(ids.length).toBeGreaterThan(1);
    expect([...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(ids);
  });
});
