/**
 * Integrity of every criteria set the library holds, for every regulation (26/2026/QĐ-TTg, 148/QĐ-TTg,
 * 1048/QĐ-TTg): the arithmetic of the sheet, the shape of the data, the star markers, and the defect readings
 * of Decision 26/2026/QĐ-TTg, Phụ lục II, asserted one by one.
 *
 * The checks run over whatever `criteriaSets(regulation)` returns, so they also cover the 148 and 1048 data
 * as it lands. Sets whose `status` is "unconfirmed" may be exempted from the sum checks only, by name
 * ({@link SUM_EXEMPT}).
 */
import { describe, expect, it } from "vitest";
import { criteriaSets } from "../../src/criteria/lookup.js";
import type { CriteriaSet, Criterion, PartId, PrintedDefect } from "../../src/criteria/types.js";
import type { Bilingual } from "../../src/errors/ocop-error.js";
import type { CriteriaRegulationNumber } from "../../src/regulations/types.js";

/** Official part maxima: 26/2026/QĐ-TTg Article 3.1 and 148/QĐ-TTg (A 40, B 25, C 35); 1048/QĐ-TTg (A 35, B 25, C 40). */
const REGULATIONS: readonly { regulation: CriteriaRegulationNumber; maxima: Record<PartId, number> }[] = [
  { regulation: "26/2026/QĐ-TTg", maxima: { A: 40, B: 25, C: 35 } },
  { regulation: "148/QĐ-TTg", maxima: { A: 40, B: 25, C: 35 } },
  { regulation: "1048/QĐ-TTg", maxima: { A: 35, B: 25, C: 40 } },
];

/**
 * Unconfirmed sets exempted from the sum checks (sections to parts, criteria to sections), by name. Each must
 * be "unconfirmed", must really not add up (else the exemption is stale) and must say why in its notes.
 * 148/QĐ-TTg sets 11–13: the transcription's Part C sections add up to 32, 32 and 33, not 35.
 */
const SUM_EXEMPT: readonly string[] = ["148/QĐ-TTg set 11", "148/QĐ-TTg set 12", "148/QĐ-TTg set 13"];

/**
 * Criteria whose best option differs from their maximum, by name ("<regulation> set N criterion ID"). Each
 * must carry a `defect` (on the criterion or an option), or belong to an unconfirmed set whose notes name the
 * criterion; and must really differ (else the exception is stale).
 * 148/QĐ-TTg set 7, 6.d (Mùi): the transcription gives a maximum of 4 but options worth 1/2/3.
 */
const BEST_OPTION_EXCEPTIONS: readonly string[] = ["148/QĐ-TTg set 7 criterion 6.d"];

interface Case {
  label: string;
  regulation: CriteriaRegulationNumber;
  maxima: Record<PartId, number>;
  set: CriteriaSet;
}

const CASES: Case[] = REGULATIONS.flatMap(({ regulation, maxima }) =>
  criteriaSets(regulation).map((set) => ({
    label: `${regulation} set ${set.number}`,
    regulation,
    maxima,
    set,
  })),
);

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
const best = (c: Criterion): number => Math.max(...c.options.map((o) => o.points));
const each = (cases: readonly Case[]) => cases.map((c) => [c.label, c] as const);

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
  for (const n of set.notes ?? []) out.push({ where: "set note", text: n });
  for (const p of set.parts) {
    out.push({ where: `part ${p.id}`, text: p.name });
    for (const s of p.sections) {
      out.push({ where: `section ${s.id}`, text: s.name });
      for (const sub of s.subsections ?? []) out.push({ where: `subsection ${sub.id}`, text: sub.name });
    }
  }
  for (const c of set.criteria) {
    out.push({ where: `criterion ${c.id}`, text: c.name });
    if (c.requirement !== undefined) out.push({ where: `requirement ${c.id}`, text: c.requirement });
    for (const n of c.notes ?? []) out.push({ where: `note ${c.id}`, text: n });
    c.options.forEach((o, i) => {
      out.push({ where: `option ${c.id}#${i + 1}`, text: o.text });
    });
  }
  return out;
}

/** Every defect of a set, with where it is. */
function defects(set: CriteriaSet): { where: string; defect: PrintedDefect }[] {
  const out: { where: string; defect: PrintedDefect }[] = [];
  for (const p of set.parts) {
    if (p.defect) out.push({ where: `part ${p.id}`, defect: p.defect });
    for (const s of p.sections) if (s.defect) out.push({ where: `section ${s.id}`, defect: s.defect });
  }
  for (const c of set.criteria) {
    if (c.defect) out.push({ where: `criterion ${c.id}`, defect: c.defect });
    c.options.forEach((o, i) => {
      if (o.defect) out.push({ where: `option ${c.id}#${i + 1}`, defect: o.defect });
    });
  }
  return out;
}

describe("the data covers every regulation", () => {
  it("holds all 26 sets of 26/2026/QĐ-TTg and some sets of each earlier regulation", () => {
    expect(criteriaSets("26/2026/QĐ-TTg").map((s) => s.number)).toEqual(
      Array.from({ length: 26 }, (_, i) => i + 1),
    );
    expect(CASES.filter((c) => c.regulation === "1048/QĐ-TTg").length).toBeGreaterThan(0);
  });

  it("names only unconfirmed sets in the sum exemptions, and only sets and criteria that exist", () => {
    for (const name of SUM_EXEMPT) {
      const found = CASES.find((c) => c.label === name);
      expect(found, name).toBeDefined();
      expect(found?.set.status, name).toBe("unconfirmed");
    }
    for (const name of BEST_OPTION_EXCEPTIONS) {
      const found = CASES.find((c) => name.startsWith(`${c.label} criterion `));
      expect(
        found?.set.criteria.some((c) => name === `${found.label} criterion ${c.id}`),
        name,
      ).toBe(true);
    }
  });
});

describe.each(each(CASES))("%s", (_, { regulation, maxima, set, label }) => {
  const exempt = SUM_EXEMPT.includes(label);

  it("belongs to its regulation, has a number 1–26, a status and a source", () => {
    expect(set.regulation).toBe(regulation);
    expect(Number.isInteger(set.number) && set.number >= 1 && set.number <= 26).toBe(true);
    expect(["official", "transcription", "unconfirmed"]).toContain(set.status);
    expect(set.source).toContain(regulation.replace(/\/QĐ-TTg$/, ""));
    expect(set.max).toBe(100);
  });

  it("has parts A, B, C with their sections, and criteria that point at them", () => {
    expect(set.parts.map((p) => p.id)).toEqual(["A", "B", "C"]);
    const sectionPart = new Map<string, PartId>();
    for (const p of set.parts) {
      for (const s of p.sections) {
        expect(s.part).toBe(p.id);
        expect(sectionPart.has(s.id), `section ${s.id} twice`).toBe(false);
        sectionPart.set(s.id, p.id);
      }
    }
    for (const c of set.criteria) {
      expect(sectionPart.get(c.section), `criterion ${c.id}`).toBe(c.part);
      expect(
        c.id === c.section || c.id.startsWith(`${c.section}.`),
        `criterion ${c.id} in section ${c.section}`,
      ).toBe(true);
      if (c.parent !== undefined) {
        const section = set.parts.flatMap((p) => p.sections).find((s) => s.id === c.section);
        expect(
          section?.subsections?.some((sub) => sub.id === c.parent),
          `parent of ${c.id}`,
        ).toBe(true);
        expect(c.id.startsWith(`${c.parent}.`)).toBe(true);
      }
    }
    // Every section is scored: by criteria of its own.
    for (const section of sectionPart.keys()) {
      expect(
        set.criteria.some((c) => c.section === section),
        `section ${section} has criteria`,
      ).toBe(true);
    }
  });

  it("has unique criterion ids, in sheet order", () => {
    const ids = set.criteria.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const sectionOrder = set.parts.flatMap((p) => p.sections.map((s) => s.id));
    const order = set.criteria.map((c) => sectionOrder.indexOf(c.section));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("has the official part maxima, adding up to 100", () => {
    for (const p of set.parts) expect(p.max, `part ${p.id}`).toBe(maxima[p.id]);
    expect(sum(set.parts.map((p) => p.max))).toBe(100);
  });

  // Exactly one of the next two tests is registered for each set: no test is skipped.
  if (exempt)
    it("is exempt from the sum checks: unconfirmed, with notes, and it does not add up", () => {
      expect(set.status).toBe("unconfirmed");
      expect(set.notes?.length ?? 0).toBeGreaterThan(0);
      const adds = set.parts.every(
        (p) =>
          sum(p.sections.map((s) => s.max)) === p.max &&
          p.sections.every(
            (s) => sum(set.criteria.filter((c) => c.section === s.id).map((c) => c.max)) === s.max,
          ),
      );
      expect(adds).toBe(false);
    });

  if (!exempt)
    it("adds up: sections to parts, criteria to sections and subsections", () => {
      for (const p of set.parts) {
        expect(sum(p.sections.map((s) => s.max)), `sections of part ${p.id}`).toBe(p.max);
        for (const s of p.sections) {
          const inSection = set.criteria.filter((c) => c.section === s.id);
          expect(sum(inSection.map((c) => c.max)), `criteria of section ${s.id}`).toBe(s.max);
          for (const sub of s.subsections ?? []) {
            const inSub = inSection.filter((c) => c.parent === sub.id);
            expect(inSub.length, `criteria of subsection ${sub.id}`).toBeGreaterThan(0);
            expect(sum(inSub.map((c) => c.max)), `criteria of subsection ${sub.id}`).toBe(sub.max);
          }
        }
      }
      expect(sum(set.criteria.map((c) => c.max))).toBe(100);
    });

  it("has options worth whole points from 0 to the criterion's maximum, the best one worth the maximum", () => {
    for (const c of set.criteria) {
      expect(c.options.length, `criterion ${c.id}`).toBeGreaterThan(0);
      expect(Number.isInteger(c.max) && c.max > 0, `criterion ${c.id} max`).toBe(true);
      for (const o of c.options) {
        expect(Number.isInteger(o.points), `${c.id}: ${o.text.vi}`).toBe(true);
        expect(o.points, `${c.id}: ${o.text.vi}`).toBeGreaterThanOrEqual(0);
        expect(o.points, `${c.id}: ${o.text.vi}`).toBeLessThanOrEqual(c.max);
      }
      const name = `${label} criterion ${c.id}`;
      if (BEST_OPTION_EXCEPTIONS.includes(name)) {
        expect(best(c), `${name} is listed as an exception`).not.toBe(c.max);
        const flagged = c.defect !== undefined || c.options.some((o) => o.defect !== undefined);
        const noted =
          set.status === "unconfirmed" &&
          (set.notes ?? []).some((n) => n.vi.includes(c.id) && n.en.includes(c.id));
        expect(
          flagged || noted,
          `${name}: flagged as a defect, or named in the notes of an unconfirmed set`,
        ).toBe(true);
      } else {
        expect(best(c), name).toBe(c.max);
      }
    }
  });

  it("has star markers of levels 3, 4 and 5 only, at most one per level and criterion, rising with the points", () => {
    for (const c of set.criteria) {
      const marked = c.options.filter((o) => o.minimumStars !== undefined);
      const levels = marked.map((o) => o.minimumStars);
      for (const level of levels) expect([3, 4, 5]).toContain(level);
      expect(new Set(levels).size, `criterion ${c.id}: one marker per level`).toBe(levels.length);
      for (const low of marked) {
        for (const high of marked) {
          if ((high.minimumStars ?? 0) > (low.minimumStars ?? 0)) {
            expect(
              high.points,
              `criterion ${c.id}: ${high.minimumStars}★ vs ${low.minimumStars}★`,
            ).toBeGreaterThanOrEqual(low.points);
          }
        }
      }
    }
  });

  it("has every text in Vietnamese and English", () => {
    for (const { where, text } of texts(set)) {
      expect(text.vi.trim(), `${where} (vi)`).not.toBe("");
      expect(text.en.trim(), `${where} (en)`).not.toBe("");
    }
  });

  it("explains every defect: what is printed, and the reading in both languages", () => {
    for (const { where, defect } of defects(set)) {
      expect(typeof defect.printed, where).toBe("string");
      expect(defect.reading.vi.trim(), where).not.toBe("");
      expect(defect.reading.en.trim(), where).not.toBe("");
    }
  });
});

describe("Decision 26/2026/QĐ-TTg, Phụ lục II: the defect readings", () => {
  const sets = criteriaSets("26/2026/QĐ-TTg");
  const set = (n: number): CriteriaSet => sets.find((s) => s.number === n)!;
  const criterion = (n: number, id: string): Criterion => set(n).criteria.find((c) => c.id === id)!;

  it("set 4 criterion 7 (NUTRITION): the option printed 13 under a 3-point criterion reads 3", () => {
    const c = criterion(4, "7");
    expect(c.max).toBe(3);
    expect(c.options[2]).toMatchObject({ points: 3, defect: { printed: "13" } });
    expect(c.options[2]!.text.vi).toBe("Có trên 2 chỉ tiêu");
  });

  it("set 11 criterion 6.1.1 (impurities): the option printed 11 under a 2-point criterion reads 1", () => {
    const c = criterion(11, "6.1.1");
    expect(c).toMatchObject({ max: 2, parent: "6.1", section: "6" });
    expect(c.options.map((o) => o.points)).toEqual([0, 1, 2]);
    expect(c.options[1]).toMatchObject({ points: 1, defect: { printed: "11" } });
  });

  it('set 23 section 9 (instructions for use): the maximum printed "4 1" reads 4', () => {
    const section = set(23).parts[2]!.sections.find((s) => s.id === "9")!;
    expect(section).toMatchObject({ max: 4, defect: { printed: "4 1" } });
    expect(criterion(23, "9")).toMatchObject({ max: 4, defect: { printed: "4 1" } });
    expect(criterion(23, "9").options.map((o) => o.points)).toEqual([2, 4]);
  });

  it('set 26 Part A: the heading "(35 Điểm)" reads 40, as the points column and the sections say', () => {
    const part = set(26).parts[0]!;
    expect(part).toMatchObject({ id: "A", max: 40, defect: { printed: "(35 Điểm)" } });
    expect(sum(part.sections.map((s) => s.max))).toBe(40);
  });

  it('set 7 criterion 7 (UNIQUENESS): the option printed with "o" instead of "□" is an option worth 5', () => {
    const c = criterion(7, "7");
    expect(c.options).toHaveLength(4);
    expect(c.options[3]).toMatchObject({ points: 5, minimumStars: 5, defect: { printed: "o" } });
  });

  it.each([4, 7, 10, 11])("set %i criterion 1.2: the first option, printed without points, reads 0", (n) => {
    const c = criterion(n, "1.2");
    expect(c.options[0]!.text.vi).toBe("Không được cấp giấy chứng nhận chất lượng");
    expect(c.options[0]).toMatchObject({ points: 0, defect: { printed: "" } });
    expect(c.options.map((o) => o.points)).toEqual([0, 1, 2]);
  });

  it("sets 1–22: the bilingual-label criterion printed without options reads as met (1) / not met (0)", () => {
    for (let n = 1; n <= 22; n += 1) {
      const c = criterion(n, n >= 21 ? "2.3" : "2.4");
      expect(c.defect?.printed).toBe("");
      expect(c.options.map((o) => [o.points, o.defect?.printed])).toEqual([
        [0, ""],
        [1, ""],
      ]);
    }
  });

  it("flags no other defect", () => {
    const found = sets.flatMap((s) =>
      defects(s).map((d) => `set ${s.number} ${d.where} printed "${d.defect.printed}"`),
    );
    const label = Array.from({ length: 22 }, (_, i) => {
      const id = i + 1 >= 21 ? "2.3" : "2.4";
      return [
        `set ${i + 1} criterion ${id} printed ""`,
        `set ${i + 1} option ${id}#1 printed ""`,
        `set ${i + 1} option ${id}#2 printed ""`,
      ];
    }).flat();
    expect(found.sort()).toEqual(
      [
        'set 4 option 7#3 printed "13"',
        'set 11 option 6.1.1#2 printed "11"',
        'set 23 section 9 printed "4 1"',
        'set 23 criterion 9 printed "4 1"',
        'set 26 part A printed "(35 Điểm)"',
        'set 7 option 7#4 printed "o"',
        'set 4 option 1.2#1 printed ""',
        'set 7 option 1.2#1 printed ""',
        'set 10 option 1.2#1 printed ""',
        'set 11 option 1.2#1 printed ""',
        ...label,
      ].sort(),
    );
  });

  it("keeps the printed value of a defect distinct from the value applied", () => {
    expect(criterion(4, "7").options[2]!.defect?.printed).not.toBe(
      String(criterion(4, "7").options[2]!.points),
    );
    expect(criterion(11, "6.1.1").options[1]!.defect?.printed).not.toBe("1");
  });
});
