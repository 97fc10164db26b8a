import { describe, expect, expectTypeOf, it } from "vitest";
import {
  CRITERIA_1048,
  MINIMUMS_781,
  type Minimum781Requirement,
  type Minimums781,
  PART_MAXIMA_1048,
  SET_1048_01,
  SETS_1048_NOT_RECOVERED,
} from "../../src/criteria/1048/index.js";
import type { CriteriaSet, Criterion } from "../../src/criteria/types.js";
import type { Bilingual } from "../../src/errors/ocop-error.js";

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
const best = (c: Criterion): number => Math.max(...c.options.map((o) => o.points));

/** Every bilingual text of a set, with where it is. */
function texts(set: CriteriaSet): { where: string; text: Bilingual }[] {
  const out: { where: string; text: Bilingual }[] = [
    { where: "name", text: set.name },
    { where: "product", text: set.classification.product },
    { where: "group", text: set.classification.group },
  ];
  if (set.classification.subgroup !== null)
    out.push({ where: "subgroup", text: set.classification.subgroup });
  for (const r of set.rejection) out.push({ where: "rejection", text: r });
  for (const p of set.parts) {
    out.push({ where: `part ${p.id}`, text: p.name });
    for (const s of p.sections) out.push({ where: `section ${s.id}`, text: s.name });
  }
  for (const c of set.criteria) {
    out.push({ where: `criterion ${c.id}`, text: c.name });
    if (c.requirement !== undefined) out.push({ where: `requirement ${c.id}`, text: c.requirement });
    for (const n of c.notes ?? []) out.push({ where: `note ${c.id}`, text: n });
    c.options.forEach((o, i) => {
      out.push({ where: `option ${c.id}#${i + 1}`, text: o.text });
    });
  }
  for (const n of set.notes ?? []) out.push({ where: "set note", text: n });
  return out;
}

describe("CRITERIA_1048: every recovered set", () => {
  it("has at least one set, all of 1048/QĐ-TTg, numbered 1–26 without duplicates", () => {
    expect(CRITERIA_1048.length).toBeGreaterThan(0);
    const numbers = CRITERIA_1048.map((s) => s.number);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const set of CRITERIA_1048) {
      expect(set.regulation).toBe("1048/QĐ-TTg");
      expect(Number.isInteger(set.number) && set.number >= 1 && set.number <= 26).toBe(true);
    }
  });

  it("the recovered and the absent sets together are exactly sets 1–26", () => {
    const all = [...CRITERIA_1048.map((s) => s.number), ...SETS_1048_NOT_RECOVERED].sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
  });

  it.each(CRITERIA_1048.map((s) => [s.number, s] as const))("set %i cites a source", (_, set) => {
    expect(set.source).toMatch(/1048\/QĐ-TTg/);
    expect(set.source.length).toBeGreaterThan(40);
  });

  it.each(CRITERIA_1048.map((s) => [s.number, s] as const))(
    "set %i: an unconfirmed set says in its notes what is missing",
    (_, set) => {
      if (set.status === "unconfirmed") {
        expect(set.notes?.length ?? 0).toBeGreaterThan(0);
        expect((set.notes ?? []).some((n) => /missing/i.test(n.en) && /thiếu/i.test(n.vi))).toBe(true);
      }
    },
  );

  it.each(CRITERIA_1048.map((s) => [s.number, s] as const))(
    "set %i: parts A 35 / B 25 / C 40, total 100",
    (_, set) => {
      expect(set.parts.map((p) => [p.id, p.max])).toEqual(Object.entries(PART_MAXIMA_1048));
      expect(set.max).toBe(100);
      expect(sum(set.parts.map((p) => p.max))).toBe(set.max);
    },
  );

  it.each(CRITERIA_1048.map((s) => [s.number, s] as const))(
    "set %i: every criterion's maximum is its best option, options are non-negative whole points",
    (_, set) => {
      for (const c of set.criteria) {
        expect(c.options.length, c.id).toBeGreaterThan(0);
        for (const o of c.options) expect(Number.isInteger(o.points) && o.points >= 0, c.id).toBe(true);
        expect(best(c), c.id).toBe(c.max);
      }
    },
  );

  it.each(CRITERIA_1048.map((s) => [s.number, s] as const))(
    "set %i: criteria ids are unique and each belongs to a section of its own part",
    (_, set) => {
      const ids = set.criteria.map((c) => c.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const c of set.criteria) {
        const part = set.parts.find((p) => p.id === c.part);
        expect(
          part?.sections.some((s) => s.id === c.section),
          c.id,
        ).toBe(true);
        expect(c.id === c.section || c.id.startsWith(`${c.section}.`), c.id).toBe(true);
      }
    },
  );

  it.each(CRITERIA_1048.map((s) => [s.number, s] as const))(
    "set %i: the recovered arithmetic adds up (criteria → sections → parts)",
    (_, set) => {
      for (const part of set.parts) {
        for (const section of part.sections) {
          const criteria = set.criteria.filter((c) => c.section === section.id);
          expect(criteria.length, section.id).toBeGreaterThan(0);
          expect(sum(criteria.map((c) => c.max)), `section ${section.id}`).toBe(section.max);
        }
        expect(sum(part.sections.map((s) => s.max)), `part ${part.id}`).toBe(part.max);
      }
    },
  );

  it.each(CRITERIA_1048.map((s) => [s.number, s] as const))(
    "set %i carries no star markers (1048 had none; 781 added a separate list)",
    (_, set) => {
      for (const c of set.criteria) for (const o of c.options) expect(o.minimumStars, c.id).toBeUndefined();
    },
  );

  it.each(CRITERIA_1048.map((s) => [s.number, s] as const))("set %i: every text is bilingual", (_, set) => {
    for (const { where, text } of texts(set)) {
      expect(text.vi.trim().length, where).toBeGreaterThan(0);
      expect(text.en.trim().length, where).toBeGreaterThan(0);
      expect(text.vi, where).toBe(text.vi.trim());
    }
  });

  it("a set marked transcription or official is never missing its rejection conditions", () => {
    for (const set of CRITERIA_1048) {
      if (set.status !== "unconfirmed") expect(set.rejection.length).toBeGreaterThan(0);
    }
  });
});

describe("SET_1048_01 (Rau, củ, quả, hạt tươi)", () => {
  it("is a CriteriaSet", () => {
    expectTypeOf(SET_1048_01).toMatchTypeOf<CriteriaSet>();
  });

  it("is flagged unconfirmed, with no rejection clause recovered", () => {
    expect(SET_1048_01.status).toBe("unconfirmed");
    expect(SET_1048_01.rejection).toEqual([]);
    expect(SET_1048_01.notes.some((n) => /rejection/.test(n.en))).toBe(true);
  });

  it("golden values from the source dump", () => {
    const points = (id: string) =>
      SET_1048_01.criteria.find((c) => c.id === id)?.options.map((o) => o.points);
    expect(points("1.1")).toEqual([1, 2, 3]);
    expect(points("1.5")).toEqual([1, 2, 3, 4, 5]);
    expect(points("3.2")).toEqual([1, 2, 0, 1]);
    expect(points("4.2")).toEqual([0, 1, 3, 5]);
    expect(points("5.1")).toEqual([0, 1, 2, 3, 4, 5]);
    expect(points("6.2")).toEqual([0, 1, 3, 5, 8]);
    expect(points("10")).toEqual([0, 1, 2, 3, 4, 5]);
    expect(points("11")).toEqual([1, 3, 5]);
    expect(SET_1048_01.criteria).toHaveLength(31);
  });

  it("Part A is 35 only under the one-tick reading of 3.2; the cumulative reading gives 36 (documented)", () => {
    const partA = SET_1048_01.criteria.filter((c) => c.part === "A");
    expect(sum(partA.map((c) => c.max))).toBe(35);
    const c32 = SET_1048_01.criteria.find((c) => c.id === "3.2")!;
    const cumulative =
      Math.max(...c32.options.slice(0, 2).map((o) => o.points)) +
      Math.max(...c32.options.slice(2).map((o) => o.points));
    expect(sum(partA.map((c) => c.max)) - c32.max + cumulative).toBe(36);
    expect(c32.notes?.[0]?.en).toMatch(/36/);
  });

  it("Parts B and C add up to the printed 25 and 40", () => {
    for (const [part, max] of [
      ["B", 25],
      ["C", 40],
    ] as const) {
      expect(sum(SET_1048_01.criteria.filter((c) => c.part === part).map((c) => c.max))).toBe(max);
    }
  });
});

describe("MINIMUMS_781", () => {
  const minimums: Minimums781 = MINIMUMS_781;
  const requirements: readonly Minimum781Requirement[] = minimums.groups.flatMap((g) =>
    g.levels.flatMap((l) => l.requirements),
  );

  it("is a Minimums781", () => {
    expectTypeOf(MINIMUMS_781).toMatchTypeOf<Minimums781>();
  });

  it("is 781/QĐ-TTg amending 1048/QĐ-TTg, unconfirmed, with https sources", () => {
    expect(MINIMUMS_781.regulation).toBe("781/QĐ-TTg");
    expect(MINIMUMS_781.amends).toBe("1048/QĐ-TTg");
    expect(MINIMUMS_781.reference).toMatch(/Mục 6, Phụ lục II/);
    expect(MINIMUMS_781.status).toBe("unconfirmed");
    expect(MINIMUMS_781.sources.length).toBeGreaterThan(0);
    for (const s of MINIMUMS_781.sources) expect(s.url).toMatch(/^https:\/\//);
  });

  it("has the three criteria groups, and only the quality group was (partly) recovered", () => {
    expect(minimums.groups.map((g) => g.id)).toEqual(["product-and-community", "marketing", "quality"]);
    for (const g of minimums.groups) {
      if (g.completeness === "not-recovered") expect(g.levels).toHaveLength(0);
      else expect(g.levels.length).toBeGreaterThan(0);
    }
    expect(minimums.groups.find((g) => g.id === "quality")?.completeness).toBe("truncated");
  });

  it("levels ascend, 4★ includes 3★, and no 5★ level is invented", () => {
    const quality = minimums.groups.find((g) => g.id === "quality")!;
    const stars = quality.levels.map((l) => l.stars);
    expect(stars).toEqual([...stars].sort((a, b) => a - b));
    expect(stars).not.toContain(5);
    expect(quality.levels.find((l) => l.stars === 4)?.includesLevel).toBe(3);
    for (const l of quality.levels)
      if (l.includesLevel !== null) expect(l.includesLevel).toBeLessThan(l.stars);
  });

  it("a truncated requirement makes its level truncated, and the cut is visible in the text", () => {
    for (const g of minimums.groups) {
      for (const l of g.levels) {
        const cut = l.requirements.some((r) => r.completeness === "truncated");
        if (cut) expect(l.completeness).toBe("truncated");
      }
    }
    for (const r of requirements.filter((r) => r.completeness === "truncated"))
      expect(r.text.vi).toMatch(/…$/);
  });

  it("every requirement is bilingual and names groups 1–6 at most", () => {
    expect(requirements.length).toBe(5);
    for (const r of requirements) {
      for (const t of [r.criterion, r.text]) {
        expect(t.vi.length).toBeGreaterThan(0);
        expect(t.en.length).toBeGreaterThan(0);
      }
      for (const n of r.productGroups ?? []) expect(n >= 1 && n <= 6).toBe(true);
    }
    for (const n of MINIMUMS_781.notes) expect(n.vi.length > 0 && n.en.length > 0).toBe(true);
    expect(MINIMUMS_781.notes.some((n) => /missing/i.test(n.en))).toBe(true);
  });
});
