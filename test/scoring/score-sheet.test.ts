import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OcopError } from "../../src/errors/ocop-error.js";
import { scoreSheet } from "../../src/scoring/score-sheet.js";
import { answersFor, deepFreeze, makeSet } from "./helpers.js";

const SET = makeSet([
  { id: "1.1", options: [1, 2, 3] },
  { id: "1.2", options: [0, [1, 3], 2] },
  { id: "2", options: [0, 5, 10], section: "2" },
  { id: "4.1", options: [0, 2, [4, 4]], part: "B" },
  { id: "6.1.1", options: [0, 1, 2], part: "C", section: "6", parent: "6.1" },
  { id: "6.1.2", options: [0, 3], part: "C", section: "6", parent: "6.1" },
  { id: "6.2.1", options: [0, 1], part: "C", section: "6", parent: "6.2" },
]);

const FULL = { "1.1": 3, "1.2": 1, "2": 5, "4.1": 4, "6.1.1": 2, "6.1.2": 3, "6.2.1": 1 };

function caught(run: () => unknown): OcopError {
  try {
    run();
  } catch (error) {
    if (error instanceof OcopError) return error;
    throw error;
  }
  throw new Error("expected an OcopError");
}

describe("scoreSheet", () => {
  it("totals the sheet, per part, per section and per third-level heading", () => {
    const sheet = scoreSheet(SET, FULL);
    expect(sheet.total).toBe(19);
    expect(sheet.parts).toEqual({ A: 9, B: 4, C: 6 });
    expect(sheet.sections).toEqual({ "1": 4, "2": 5, "4": 4, "6": 6 });
    expect(sheet.subsections).toEqual({ "6.1": 5, "6.2": 1 });
    expect(sheet.set).toBe(SET);
  });

  it("gives every criterion its points and the option ticked, in sheet order", () => {
    const sheet = scoreSheet(SET, FULL);
    expect(sheet.criteria.map((c) => c.id)).toEqual(SET.criteria.map((c) => c.id));
    expect(sheet.criteria[0]).toEqual({ id: "1.1", points: 3, option: 2 });
    expect(sheet.criteria[1]).toEqual({ id: "1.2", points: 1, option: 1 });
    expect(sheet.criteria[2]).toEqual({ id: "2", points: 5, option: 1 });
  });

  it("has no subsection subtotals for a set without third-level criteria", () => {
    const set = makeSet([{ id: "1.1", options: [0, 1] }]);
    expect(scoreSheet(set, { "1.1": 1 }).subsections).toEqual({});
  });

  it("picks the first option when two offer the same points", () => {
    const set = makeSet([{ id: "1.1", options: [0, 2, 2, 3] }]);
    expect(scoreSheet(set, { "1.1": 2 }).criteria[0]).toEqual({ id: "1.1", points: 2, option: 1 });
  });

  it("accepts -0 as 0 and reports 0", () => {
    const sheet = scoreSheet(SET, { ...FULL, "1.2": -0 });
    expect(Object.is(sheet.criteria[1]!.points, 0)).toBe(true);
  });

  it("accepts answers without a prototype and frozen answers, and never writes into them", () => {
    const bare = Object.assign(Object.create(null) as Record<string, number>, FULL);
    expect(scoreSheet(SET, bare).total).toBe(19);
    const frozen = deepFreeze({ ...FULL });
    expect(scoreSheet(SET, frozen).total).toBe(19);
    expect(frozen).toEqual(FULL);
  });

  it("ignores inherited properties", () => {
    const answers = Object.assign(Object.create({ extra: 1, "1.1": 2 }) as Record<string, number>, FULL);
    expect(scoreSheet(SET, answers).total).toBe(19);
    const missing = Object.create({ "1.1": 3 }) as Record<string, number>;
    const error = caught(() => scoreSheet(SET, Object.assign(missing, { ...FULL, "1.1": undefined })));
    expect(error.issues.map((i) => i.code)).toEqual(["MISSING_CRITERION"]);
  });

  it("accepts answers in any key order", () => {
    const reversed = Object.fromEntries(Object.entries(FULL).reverse());
    expect(Object.keys(reversed)).not.toEqual(Object.keys(FULL));
    const sheet = scoreSheet(SET, reversed);
    expect(sheet.total).toBe(19);
    expect(sheet.criteria.map((c) => c.id)).toEqual(SET.criteria.map((c) => c.id));
  });

  it("does not take an inherited value for a missing answer, even with as many own keys", () => {
    const { "1.1": _, ...rest } = FULL;
    const answers = Object.assign(Object.create({ "1.1": 3 }) as Record<string, number>, { ...rest, x: 1 });
    const error = caught(() => scoreSheet(SET, answers));
    expect(error.issues.map((i) => [i.code, i.path[1]])).toEqual([
      ["MISSING_CRITERION", "1.1"],
      ["UNKNOWN_CRITERION", "x"],
    ]);
  });

  it("reports every problem at once, in one INVALID_ANSWERS error", () => {
    const answers = JSON.parse(
      '{"1.1": 4, "1.2": "1", "4.1": 4, "6.1.1": null, "6.1.2": 3, "6.2.1": 1, "9.9": 1, "__proto__": 2}',
    ) as Record<string, number>;
    const error = caught(() => scoreSheet(SET, answers));
    expect(error.code).toBe("INVALID_ANSWERS");
    expect(error.path).toEqual(["answers"]);
    expect(error.value).toBe(answers);
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([
      ["POINTS_NOT_OFFERED", ["answers", "1.1"]],
      ["POINTS_NOT_OFFERED", ["answers", "1.2"]],
      ["MISSING_CRITERION", ["answers", "2"]],
      ["MISSING_CRITERION", ["answers", "6.1.1"]],
      ["UNKNOWN_CRITERION", ["answers", "9.9"]],
      ["UNKNOWN_CRITERION", ["answers", "__proto__"]],
    ]);
    expect(error.issues[0]!.value).toBe(4);
    expect(error.issues[0]!.message.en).toContain("1, 2, 3");
    expect(error.issues[0]!.message.vi).toContain("không phải là số điểm");
    expect(error.issues[2]!.message.vi).toContain("chưa chấm tiêu chí 2");
    expect(error.issues[5]!.value).toBe(2);
    expect(error.message).toMatch(/^6 problems: /);
    expect(error.messages.vi).toMatch(/^6 lỗi: /);
    for (const issue of error.issues) expect(issue.rule).toContain("26/2026/QĐ-TTg");
  });

  it("reports a single problem with its own message", () => {
    const error = caught(() => scoreSheet(SET, { ...FULL, "2": 7 }));
    expect(error.code).toBe("INVALID_ANSWERS");
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]!.code).toBe("POINTS_NOT_OFFERED");
    expect(error.message).toBe(error.issues[0]!.message.en);
  });

  it("rejects NaN, infinities and points of another option's criterion", () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, -1, 10.5]) {
      const error = caught(() => scoreSheet(SET, { ...FULL, "1.1": bad }));
      expect(error.issues.map((i) => i.code)).toEqual(["POINTS_NOT_OFFERED"]);
    }
  });

  it("rejects what is not a record of points", () => {
    for (const junk of [null, undefined, 3, "x", [1, 2], [], true]) {
      const error = caught(() => scoreSheet(SET, junk as never));
      expect(error.code).toBe("INVALID_ANSWERS");
      expect(error.path).toEqual(["answers"]);
      expect(error.issues).toHaveLength(1);
    }
  });

  it("turns a throwing getter or proxy into an OcopError", () => {
    const getter = { ...FULL };
    Object.defineProperty(getter, "1.1", {
      enumerable: true,
      get() {
        throw new TypeError("boom");
      },
    });
    expect(caught(() => scoreSheet(SET, getter)).code).toBe("INVALID_ANSWERS");
    const proxy = new Proxy(
      {},
      {
        ownKeys() {
          throw new TypeError("boom");
        },
      },
    );
    expect(caught(() => scoreSheet(SET, proxy as never)).code).toBe("INVALID_ANSWERS");
  });

  it("rejects a set that is not a criteria set", () => {
    for (const junk of [null, 3, {}, { criteria: [] }, { criteria: [null] }, { criteria: [{ id: 1 }] }]) {
      expect(caught(() => scoreSheet(junk as never, {})).code).toBe("INVALID_ARGUMENT");
    }
    const broken = [
      { ...SET.criteria[0]!, part: "D" },
      { ...SET.criteria[0]!, section: 1 },
      { ...SET.criteria[0]!, options: [] },
      { ...SET.criteria[0]!, options: [{ points: -1, text: { vi: "", en: "" } }] },
      { ...SET.criteria[0]!, options: [{ points: 1, minimumStars: 2, text: { vi: "", en: "" } }] },
    ];
    for (const c of broken) {
      expect(caught(() => scoreSheet({ ...SET, criteria: [c as never] }, {})).code).toBe("INVALID_ARGUMENT");
    }
    expect(
      caught(() => scoreSheet({ ...SET, criteria: [SET.criteria[0]!, SET.criteria[0]!] }, {})).path,
    ).toEqual(["set", "criteria", 1, "id"]);
  });

  it("property: the total is the sum of the criteria, parts and sections", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(10), { minLength: 7, maxLength: 7 }), (picks) => {
        const answers = answersFor(SET, (i) => picks[i]! % SET.criteria[i]!.options.length);
        const sheet = scoreSheet(SET, answers);
        const sum = sheet.criteria.reduce((s, c) => s + c.points, 0);
        expect(sheet.total).toBe(sum);
        expect(sheet.parts.A + sheet.parts.B + sheet.parts.C).toBe(sum);
        expect(Object.values(sheet.sections).reduce((s, v) => s + v, 0)).toBe(sum);
        for (const c of sheet.criteria) expect(answers[c.id]).toBe(c.points);
      }),
    );
  });

  it("property: junk answers throw only OcopError, listing one issue per bad key", () => {
    const value = fc.oneof(
      fc.integer({ min: -3, max: 12 }),
      fc.double(),
      fc.string(),
      fc.constant(null),
      fc.constant(undefined),
      fc.boolean(),
      fc.object(),
      fc.array(fc.nat()),
    );
    const key = fc.oneof(
      fc.constantFrom(...SET.criteria.map((c) => c.id), "__proto__", "constructor", "toString"),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 12 }), (entries) => {
        const answers: Record<string, unknown> = {};
        for (const [k, v] of entries)
          Object.defineProperty(answers, k, {
            value: v,
            enumerable: true,
            configurable: true,
            writable: true,
          });
        const before = JSON.stringify(Object.entries(answers));
        try {
          const sheet = scoreSheet(SET, answers as Record<string, number>);
          expect(sheet.criteria).toHaveLength(SET.criteria.length);
        } catch (error) {
          expect(error).toBeInstanceOf(OcopError);
          const e = error as OcopError;
          expect(e.code).toBe("INVALID_ANSWERS");
          expect(e.issues.length).toBeGreaterThan(0);
          for (const issue of e.issues) {
            expect(issue.path[0]).toBe("answers");
            expect(["UNKNOWN_CRITERION", "MISSING_CRITERION", "POINTS_NOT_OFFERED"]).toContain(issue.code);
          }
        }
        expect(JSON.stringify(Object.entries(answers))).toBe(before);
      }),
    );
  });
});
