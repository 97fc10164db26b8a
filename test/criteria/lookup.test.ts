import fc from "fast-check";
import { describe, expect, expectTypeOf, it, vi } from "vitest";
import { CRITERIA_26_2026 } from "../../src/criteria/26-2026/index.js";
import { CRITERIA_148 } from "../../src/criteria/148/index.js";
import { CRITERIA_1048 } from "../../src/criteria/1048/index.js";
import * as barrel from "../../src/criteria/index.js";
import { criteriaSet, criteriaSets } from "../../src/criteria/lookup.js";
import type { CriteriaSet } from "../../src/criteria/types.js";
import { OcopError } from "../../src/errors/ocop-error.js";
import type { CriteriaRegulationNumber } from "../../src/regulations/types.js";

/** The OcopError a call throws. */
function error(run: () => unknown): OcopError {
  try {
    run();
  } catch (caught) {
    if (caught instanceof OcopError) return caught;
    throw caught;
  }
  throw new Error("expected an OcopError");
}

describe("criteriaSets", () => {
  it("returns the 26 sets of Decision 26/2026/QĐ-TTg, in order", () => {
    const sets = criteriaSets("26/2026/QĐ-TTg");
    expect(sets).toBe(CRITERIA_26_2026);
    expect(sets.map((s) => s.number)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
    expect(sets[0]!.name.vi).toBe("Rau, củ, quả, hạt tươi");
  });

  it("returns the sets held for the earlier regulations", () => {
    expect(criteriaSets("148/QĐ-TTg")).toBe(CRITERIA_148);
    expect(criteriaSets("1048/QĐ-TTg")).toBe(CRITERIA_1048);
  });

  it.each([
    ["148", "148"],
    ["an unknown decision", "999/QĐ-TTg"],
    ["a prototype key", "__proto__"],
    ["toString", "toString"],
    ["a number", 26],
    ["null", null],
    ["undefined", undefined],
    ["an object", { toString: () => "26/2026/QĐ-TTg" }],
  ])("rejects %s with UNKNOWN_REGULATION, listing the valid ones", (_, value) => {
    const e = error(() => criteriaSets(value as CriteriaRegulationNumber));
    expect(e.code).toBe("UNKNOWN_REGULATION");
    expect(e.path).toEqual(["regulation"]);
    expect(e.value).toBe(value);
    for (const known of ["26/2026/QĐ-TTg", "148/QĐ-TTg", "1048/QĐ-TTg"]) {
      expect(e.messages.en).toContain(known);
      expect(e.messages.vi).toContain(known);
    }
    expect(e.messages.vi).toMatch(/không phải là văn bản có bộ tiêu chí/);
  });

  it("types its argument and result", () => {
    expectTypeOf(criteriaSets).parameter(0).toEqualTypeOf<CriteriaRegulationNumber>();
    expectTypeOf(criteriaSets).returns.toEqualTypeOf<readonly CriteriaSet[]>();
  });
});

describe("criteriaSet", () => {
  it("finds a set by its number in the annex", () => {
    for (const set of CRITERIA_26_2026) expect(criteriaSet("26/2026/QĐ-TTg", set.number)).toBe(set);
    expect(criteriaSet("26/2026/QĐ-TTg", 11).name.vi).toBe("Chè tươi, chè chế biến");
    expect(criteriaSet("26/2026/QĐ-TTg", 26).criteria.at(-1)?.id).toBe("17");
  });

  it("finds the sets of the earlier regulations by number, not by position", () => {
    for (const set of CRITERIA_1048) expect(criteriaSet("1048/QĐ-TTg", set.number)).toBe(set);
    for (const set of CRITERIA_148) expect(criteriaSet("148/QĐ-TTg", set.number)).toBe(set);
  });

  it.each([
    ["0", 0],
    ["27", 27],
    ["a negative number", -1],
    ["a fraction", 1.5],
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["a numeric string", "1"],
    ["null", null],
    ["an object", { valueOf: (): number => 1 }],
  ])("rejects %s with UNKNOWN_SET, listing the valid numbers", (_, value) => {
    const e = error(() => criteriaSet("26/2026/QĐ-TTg", value as number));
    expect(e.code).toBe("UNKNOWN_SET");
    expect(e.path).toEqual(["setNumber"]);
    expect(e.value).toBe(value);
    expect(e.messages.en).toContain("valid set numbers: 1–26");
    expect(e.messages.vi).toContain("số hợp lệ: 1–26");
    expect(e.rule).toContain("26/2026/QĐ-TTg");
  });

  it("lists the numbers actually held when a regulation lacks sets", () => {
    const held = CRITERIA_1048.map((s) => s.number);
    const missing = Array.from({ length: 27 }, (_, i) => i + 1).find((n) => !held.includes(n))!;
    const e = error(() => criteriaSet("1048/QĐ-TTg", missing));
    expect(e.code).toBe("UNKNOWN_SET");
    for (const n of held) expect(e.messages.en).toContain(String(n));
  });

  it("says so when a regulation has no set at all", async () => {
    vi.resetModules();
    vi.doMock("../../src/criteria/148/index.js", () => ({ CRITERIA_148: [] }));
    try {
      const fresh = await import("../../src/criteria/lookup.js");
      expect(fresh.criteriaSets("148/QĐ-TTg")).toEqual([]);
      let caught: unknown;
      try {
        fresh.criteriaSet("148/QĐ-TTg", 1);
      } catch (e) {
        caught = e;
      }
      expect(caught).toMatchObject({ code: "UNKNOWN_SET", path: ["setNumber"], value: 1 });
      expect((caught as OcopError).messages.en).toContain("valid set numbers: none");
      expect((caught as OcopError).messages.vi).toContain("số hợp lệ: không có");
    } finally {
      vi.doUnmock("../../src/criteria/148/index.js");
      vi.resetModules();
    }
  });

  it("checks the regulation before the number", () => {
    expect(error(() => criteriaSet("nope" as CriteriaRegulationNumber, 99)).code).toBe("UNKNOWN_REGULATION");
  });

  it("never lets anything but a set or an OcopError out (property)", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom("26/2026/QĐ-TTg", "148/QĐ-TTg", "1048/QĐ-TTg"), fc.anything()),
        fc.anything(),
        (r, n) => {
          try {
            const set = criteriaSet(r as CriteriaRegulationNumber, n as number);
            expect(set.regulation).toBe(r);
            expect(set.number).toBe(n);
          } catch (caught) {
            expect(caught).toBeInstanceOf(OcopError);
          }
        },
      ),
    );
  });
});

describe("the criteria barrel", () => {
  it("exports the lookup and the 26/2026 data", () => {
    expect(barrel.criteriaSet).toBe(criteriaSet);
    expect(barrel.criteriaSets).toBe(criteriaSets);
    expect(barrel.CRITERIA_26_2026).toBe(CRITERIA_26_2026);
  });
});
