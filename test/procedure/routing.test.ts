import { describe, expect, it } from "vitest";
import { OcopError } from "../../src/errors/ocop-error.js";
import type { RouteEvaluationInput } from "../../src/procedure/routing.js";
import { routeEvaluation } from "../../src/procedure/routing.js";

/** Golden cases: a result, and what the rules say happens next. */
const GOLDEN: readonly {
  name: string;
  source: string;
  input: RouteEvaluationInput;
  expected: { next: string | null; decisions: readonly string[] };
}[] = [
  // 26/2026: province
  {
    name: "26/2026 province 89.99 → 4★",
    source: "26/2026 Art. 3.3, 7.3.e",
    input: { regime: "26/2026", level: "province", score: 89.99 },
    expected: { next: "province", decisions: ["recognise 4★ by province"] },
  },
  {
    name: "26/2026 province 90 → Ministry",
    source: "26/2026 Art. 7.3.e",
    input: { regime: "26/2026", level: "province", score: 90 },
    expected: { next: "province", decisions: ["forward central"] },
  },
  {
    name: "26/2026 province 100 → Ministry",
    source: "26/2026 Art. 7.3.e",
    input: { regime: "26/2026", level: "province", score: 100 },
    expected: { next: "province", decisions: ["forward central"] },
  },
  {
    name: "26/2026 province 69.99 → 3★",
    source: "26/2026 Art. 3.3, 4.1.a",
    input: { regime: "26/2026", level: "province", score: 69.99 },
    expected: { next: "province", decisions: ["recognise 3★ by province"] },
  },
  {
    name: "26/2026 province 70 → 4★",
    source: "26/2026 Art. 3.3",
    input: { regime: "26/2026", level: "province", score: 70 },
    expected: { next: "province", decisions: ["recognise 4★ by province"] },
  },
  {
    name: "26/2026 province 50 → 3★",
    source: "26/2026 Art. 3.3",
    input: { regime: "26/2026", level: "province", score: 50 },
    expected: { next: "province", decisions: ["recognise 3★ by province"] },
  },
  {
    name: "26/2026 province 49.99 → nothing",
    source: "26/2026 Art. 4.1.a",
    input: { regime: "26/2026", level: "province", score: 49.99 },
    expected: { next: null, decisions: ["no-recognition"] },
  },
  {
    name: "26/2026 province 0 → nothing",
    source: "26/2026 Art. 4.1.a",
    input: { regime: "26/2026", level: "province", score: 0 },
    expected: { next: null, decisions: ["no-recognition"] },
  },
  {
    name: "26/2026 province 95 but 4★ markers only → 4★",
    source: "26/2026 Art. 3.3, 7.3.e (reading: potential 5★ needs the 5★ markers)",
    input: { regime: "26/2026", level: "province", score: 95, stars: 4 },
    expected: { next: "province", decisions: ["recognise 4★ by province"] },
  },
  // 26/2026: central
  {
    name: "26/2026 central 90 → Minister 5★",
    source: "26/2026 Art. 7.4.e",
    input: { regime: "26/2026", level: "central", score: 90 },
    expected: { next: "central", decisions: ["recognise 5★ by central"] },
  },
  {
    name: "26/2026 central 89.99 → province may recognise 4★ or evaluate",
    source: "26/2026 Art. 7.4 last paragraph",
    input: { regime: "26/2026", level: "central", score: 89.99 },
    expected: { next: "province", decisions: ["recognise 4★ by province", "evaluate-at-province"] },
  },
  {
    name: "26/2026 central 69.99 → province may recognise 3★ or evaluate",
    source: "26/2026 Art. 7.4 last paragraph",
    input: { regime: "26/2026", level: "central", score: 69.99 },
    expected: { next: "province", decisions: ["recognise 3★ by province", "evaluate-at-province"] },
  },
  {
    name: "26/2026 central 49.99 → province may evaluate",
    source: "26/2026 Art. 7.4 last paragraph",
    input: { regime: "26/2026", level: "central", score: 49.99 },
    expected: { next: "province", decisions: ["evaluate-at-province"] },
  },
  // 148+1489
  {
    name: "148+1489 province 89.99 → 4★",
    source: "1489",
    input: { regime: "148+1489", level: "province", score: 89.99 },
    expected: { next: "province", decisions: ["recognise 4★ by province"] },
  },
  {
    name: "148+1489 province 69.99 → 3★ at province",
    source: "1489 (3★ moved to province)",
    input: { regime: "148+1489", level: "province", score: 69.99 },
    expected: { next: "province", decisions: ["recognise 3★ by province"] },
  },
  {
    name: "148+1489 province 90 → Ministry",
    source: "1489",
    input: { regime: "148+1489", level: "province", score: 90 },
    expected: { next: "province", decisions: ["forward central"] },
  },
  {
    name: "148+1489 central 85 → not covered",
    source: "1489 text not available",
    input: { regime: "148+1489", level: "central", score: 85 },
    expected: { next: null, decisions: ["not-covered"] },
  },
  // 148
  {
    name: "148 district 69.99 → district 3★",
    source: "148 Phụ lục II 1.b",
    input: { regime: "148", level: "district", score: 69.99 },
    expected: { next: "district", decisions: ["recognise 3★ by district"] },
  },
  {
    name: "148 district 70 → province",
    source: "148 Phụ lục II 1.b (70–100)",
    input: { regime: "148", level: "district", score: 70 },
    expected: { next: "district", decisions: ["forward province"] },
  },
  {
    name: "148 district 50 → district 3★",
    source: "148 Phụ lục II 1.b",
    input: { regime: "148", level: "district", score: 50 },
    expected: { next: "district", decisions: ["recognise 3★ by district"] },
  },
  {
    name: "148 district 49.99 → nothing",
    source: "148; 26/2026 Art. 4.1.a",
    input: { regime: "148", level: "district", score: 49.99 },
    expected: { next: null, decisions: ["no-recognition"] },
  },
  {
    name: "148 province 89.99 → province 4★",
    source: "148 Phụ lục II",
    input: { regime: "148", level: "province", score: 89.99 },
    expected: { next: "province", decisions: ["recognise 4★ by province"] },
  },
  {
    name: "148 province 90 → Ministry",
    source: "148 Phụ lục II",
    input: { regime: "148", level: "province", score: 90 },
    expected: { next: "province", decisions: ["forward central"] },
  },
  {
    name: "148 province 65 → not covered",
    source: "148: province recognises 4★ only",
    input: { regime: "148", level: "province", score: 65 },
    expected: { next: null, decisions: ["not-covered"] },
  },
  {
    name: "148 central 95 → Ministry 5★",
    source: "148",
    input: { regime: "148", level: "central", score: 95 },
    expected: { next: "central", decisions: ["recognise 5★ by central"] },
  },
  // 1048
  {
    name: "1048 district 50 → province",
    source: "1048 Phụ lục II (50–100)",
    input: { regime: "1048", level: "district", score: 50 },
    expected: { next: "district", decisions: ["forward province"] },
  },
  {
    name: "1048 district 49.99 → nothing",
    source: "1048",
    input: { regime: "1048", level: "district", score: 49.99 },
    expected: { next: null, decisions: ["no-recognition"] },
  },
  {
    name: "1048 province 69.99 → province 3★",
    source: "1048",
    input: { regime: "1048", level: "province", score: 69.99 },
    expected: { next: "province", decisions: ["recognise 3★ by province"] },
  },
  {
    name: "1048 province 90 → centre",
    source: "1048",
    input: { regime: "1048", level: "province", score: 90 },
    expected: { next: "province", decisions: ["forward central"] },
  },
  {
    name: "1048+781 district 89.99 → province",
    source: "1048 as amended",
    input: { regime: "1048+781", level: "district", score: 89.99 },
    expected: { next: "district", decisions: ["forward province"] },
  },
  {
    name: "1048+781 central 80 → not covered",
    source: "1048: 'Không đạt', rank kept not stated",
    input: { regime: "1048+781", level: "central", score: 80 },
    expected: { next: null, decisions: ["not-covered"] },
  },
];

function summary(r: ReturnType<typeof routeEvaluation>): { next: string | null; decisions: string[] } {
  return {
    next: r.next?.level ?? null,
    decisions: r.decisions.map((d) => {
      switch (d.kind) {
        case "recognise":
          return `recognise ${d.stars}★ by ${d.by.level}`;
        case "forward":
          return `forward ${d.to}`;
        default:
          return d.kind;
      }
    }),
  };
}

describe("routeEvaluation — golden cases", () => {
  it.each(GOLDEN)("$name ($source)", ({ input, expected }) => {
    expect(summary(routeEvaluation(input))).toEqual(expected);
  });
});

describe("routeEvaluation — regime by date", () => {
  it("looks the regime up with regulationAt", () => {
    expect(routeEvaluation({ date: "2024-01-10", level: "district", score: 72 }).regime).toBe("148");
    expect(routeEvaluation({ date: "2025-07-06", level: "province", score: 60 }).regime).toBe("148+1489");
    expect(routeEvaluation({ date: "2026-05-22", level: "province", score: 60 }).regime).toBe("26/2026");
    expect(routeEvaluation({ date: "2020-01-01", level: "district", score: 60 }).regime).toBe("1048");
  });

  it("prefers the regime when both are given (a dossier finishing under a transition rule)", () => {
    expect(
      routeEvaluation({ regime: "148+1489", date: "2026-06-10", level: "province", score: 60 }).regime,
    ).toBe("148+1489");
  });

  it("names the authorities", () => {
    const r = routeEvaluation({ regime: "26/2026", level: "central", score: 92 });
    expect(r.next?.name.vi).toBe("Bộ trưởng Bộ Nông nghiệp và Môi trường");
    const p = routeEvaluation({ regime: "26/2026", level: "province", score: 80 });
    expect(p.next?.name.vi).toBe("Chủ tịch Ủy ban nhân dân cấp tỉnh");
    expect(p.confirmed).toBe(true);
    expect(routeEvaluation({ regime: "148", level: "district", score: 60 }).next?.name.vi).toBe(
      "Ủy ban nhân dân cấp huyện",
    );
  });

  it("marks readings that no text confirms", () => {
    expect(routeEvaluation({ regime: "26/2026", level: "province", score: 95, stars: 4 }).confirmed).toBe(
      false,
    );
    expect(routeEvaluation({ regime: "26/2026", level: "central", score: 95, stars: 4 }).confirmed).toBe(
      false,
    );
    expect(routeEvaluation({ regime: "26/2026", level: "central", score: 80 }).confirmed).toBe(true);
  });
});

describe("routeEvaluation — bad input", () => {
  const cases: readonly [string, unknown, string, readonly (string | number)[]][] = [
    ["no regime or date", { level: "province", score: 70 }, "INVALID_ARGUMENT", ["regime"]],
    ["unknown regime", { regime: "999", level: "province", score: 70 }, "UNKNOWN_REGULATION", ["regime"]],
    ["bad date", { date: "2026-02-30", level: "province", score: 70 }, "INVALID_DATE", ["date"]],
    [
      "date before 1048",
      { date: "2019-01-01", level: "province", score: 70 },
      "DATE_BEFORE_FIRST_REGIME",
      ["date"],
    ],
    ["unknown level", { regime: "26/2026", level: "commune", score: 70 }, "INVALID_ARGUMENT", ["level"]],
    [
      "district under 26/2026",
      { regime: "26/2026", level: "district", score: 70 },
      "INVALID_ARGUMENT",
      ["level"],
    ],
    [
      "district under 148+1489",
      { regime: "148+1489", level: "district", score: 70 },
      "INVALID_ARGUMENT",
      ["level"],
    ],
    ["score above 100", { regime: "26/2026", level: "province", score: 100.01 }, "INVALID_SCORE", ["score"]],
    ["negative score", { regime: "26/2026", level: "province", score: -1 }, "INVALID_SCORE", ["score"]],
    ["NaN score", { regime: "26/2026", level: "province", score: Number.NaN }, "INVALID_SCORE", ["score"]],
    ["string score", { regime: "26/2026", level: "province", score: "80" }, "INVALID_SCORE", ["score"]],
    [
      "stars above the band",
      { regime: "26/2026", level: "province", score: 75, stars: 5 },
      "INVALID_STARS",
      ["stars"],
    ],
    [
      "stars not integer",
      { regime: "26/2026", level: "province", score: 75, stars: 3.5 },
      "INVALID_STARS",
      ["stars"],
    ],
    ["not an object", 42, "INVALID_ARGUMENT", ["input"]],
    ["null", null, "INVALID_ARGUMENT", ["input"]],
  ];
  it.each(cases)("%s → %s", (_name, input, code, path) => {
    try {
      routeEvaluation(input as RouteEvaluationInput);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(OcopError);
      expect((error as OcopError).code).toBe(code);
      expect((error as OcopError).path).toEqual(path);
    }
  });

  it("explains a missing level in both languages", () => {
    try {
      routeEvaluation({ regime: "26/2026", level: "district", score: 70 });
      expect.unreachable();
    } catch (error) {
      const e = error as OcopError;
      expect(e.messages.en).toContain("no district council");
      expect(e.messages.vi).toContain("cấp huyện");
      expect(e.rule).toContain("26/2026/QĐ-TTg");
    }
  });
});
