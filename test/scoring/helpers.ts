/**
 * Test helpers: small synthetic criteria sets, built from a compact description.
 */
import type {
  CriteriaSet,
  Criterion,
  CriterionOption,
  MarkerLevel,
  Part,
  PartId,
  Section,
} from "../../src/criteria/types.js";
import type { CriteriaRegulationNumber } from "../../src/regulations/types.js";

/** An option: its points, or `[points, marker]`. */
export type OptionSpec = number | readonly [number, MarkerLevel];

/** A criterion: id, options, and optionally its part, section and parent heading. */
export interface CriterionSpec {
  readonly id: string;
  readonly options: readonly OptionSpec[];
  readonly part?: PartId;
  readonly section?: string;
  readonly parent?: string;
}

/** Builds a criteria set from a compact description (section = id before the first dot; part A). */
export function makeSet(
  criteria: readonly CriterionSpec[],
  regulation: CriteriaRegulationNumber = "26/2026/QĐ-TTg",
  number = 99,
): CriteriaSet {
  const built: Criterion[] = criteria.map((c) => {
    const options: CriterionOption[] = c.options.map((o, k) => {
      const [points, marker] = typeof o === "number" ? [o, undefined] : o;
      const text = { vi: `Lựa chọn ${k + 1} của ${c.id}`, en: `Option ${k + 1} of ${c.id}` };
      return marker === undefined ? { points, text } : { points, minimumStars: marker, text };
    });
    const section = c.section ?? c.id.split(".")[0]!;
    const base = {
      id: c.id,
      part: c.part ?? "A",
      section,
      max: Math.max(...options.map((o) => o.points)),
      name: { vi: `Tiêu chí ${c.id}`, en: `Criterion ${c.id}` },
      options,
    };
    return c.parent === undefined ? base : { ...base, parent: c.parent };
  });
  const parts: Part[] = (["A", "B", "C"] as const).map((p) => {
    const inPart = built.filter((c) => c.part === p);
    const sectionIds = [...new Set(inPart.map((c) => c.section))];
    const sections: Section[] = sectionIds.map((s) => ({
      id: s,
      part: p,
      name: { vi: `Mục ${s}`, en: `Section ${s}` },
      max: inPart.filter((c) => c.section === s).reduce((sum, c) => sum + c.max, 0),
    }));
    return {
      id: p,
      name: { vi: `Phần ${p}`, en: `Part ${p}` },
      max: inPart.reduce((sum, c) => sum + c.max, 0),
      sections,
    };
  });
  return {
    regulation,
    number,
    name: { vi: "Bộ thử nghiệm", en: "Test set" },
    classification: {
      product: { vi: "Thử", en: "Test" },
      group: { vi: "Thử", en: "Test" },
      subgroup: null,
    },
    rejection: [],
    parts,
    criteria: built,
    max: built.reduce((sum, c) => sum + c.max, 0),
    status: "official",
    source: "synthetic test set",
  };
}

/** Answers giving every criterion the option at index `pick(i)` (default: the first). */
export function answersFor(set: CriteriaSet, pick: (i: number) => number = () => 0): Record<string, number> {
  const answers: Record<string, number> = {};
  set.criteria.forEach((c, i) => {
    answers[c.id] = c.options[pick(i)]!.points;
  });
  return answers;
}

/** Deep-freezes a value (to prove functions never write into their inputs). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
