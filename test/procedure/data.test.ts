import { describe, expect, it } from "vitest";
import { OcopError } from "../../src/errors/ocop-error.js";
import { CYCLE_STEPS } from "../../src/procedure/data/cycle.js";
import { PROCEDURES } from "../../src/procedure/data/procedures.js";
import { EVALUATION_ROUNDS } from "../../src/procedure/data/rounds.js";
import { cycleStep, procedureFor } from "../../src/procedure/lookup.js";
import type { CycleStep, ProcedureLevel, RegimeProcedure } from "../../src/procedure/types.js";
import { ALL_REGIMES } from "../../src/regulations/registry.js";
import type { RegimeId } from "../../src/regulations/types.js";
import { RECOGNITION } from "../../src/scoring/data/recognition.js";

const ORDER: Record<ProcedureLevel, number> = { commune: 0, district: 1, province: 2, central: 3 };
const steps = CYCLE_STEPS as readonly CycleStep[];
const procedures = Object.values(PROCEDURES) as readonly RegimeProcedure[];

describe("the six-step cycle", () => {
  it("has six steps numbered in order, each needing what an earlier step produced", () => {
    expect(steps.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
    const produced = new Set<string>();
    for (const step of steps) {
      for (const need of step.requires) expect(produced.has(need), `${step.id} needs ${need}`).toBe(true);
      for (const out of step.produces) produced.add(out);
    }
    expect([...produced]).toEqual(
      expect.arrayContaining([
        "idea-registration",
        "business-plan",
        "dossier",
        "evaluation-result",
        "certificate",
        "promotion",
      ]),
    );
  });

  it("names the steps in Vietnamese and English, and gives responsibility for every regime", () => {
    for (const step of steps) {
      expect(step.name.vi.length).toBeGreaterThan(5);
      expect(step.name.en.length).toBeGreaterThan(5);
      expect(Object.keys(step.responsible).sort()).toEqual(ALL_REGIMES.map((r) => r.id).sort());
      expect(step.sources.length).toBeGreaterThan(0);
    }
  });

  it("has no district role from 06/07/2025 (1489) and the commune under 26/2026", () => {
    for (const step of steps) {
      expect(step.responsible["148+1489"].levels).not.toContain("district");
      expect(step.responsible["26/2026"].levels).not.toContain("district");
    }
    expect(cycleStep("evaluation").responsible["26/2026"].levels).toEqual(["commune", "province", "central"]);
    expect(cycleStep("evaluation").responsible["148"].levels).toEqual(["district", "province", "central"]);
  });

  it("gives months only as provincial defaults, each with its source", () => {
    for (const step of steps) {
      for (const d of step.usualMonths) {
        expect(d.kind).toBe("provincial-default");
        expect(d.source).toMatch(/^https?:\/\//);
        for (const m of d.months) expect(m >= 1 && m <= 12).toBe(true);
      }
    }
  });

  it("marks as unconfirmed what only provincial guidance says", () => {
    expect(cycleStep("idea-registration").responsible["26/2026"].confirmed).toBe(false);
    expect(cycleStep("evaluation").responsible["26/2026"].basis).toContain("Articles 4.1 and 7");
  });

  it("cycleStep rejects unknown ids", () => {
    expect(() => cycleStep("harvest" as "evaluation")).toThrow(
      expect.objectContaining({ code: "UNKNOWN_ID" }),
    );
  });
});

describe("the procedure of each regime", () => {
  it("covers every regime", () => {
    expect(Object.keys(PROCEDURES).sort()).toEqual(ALL_REGIMES.map((r) => r.id).sort());
    for (const [id, p] of Object.entries(PROCEDURES)) expect(p.regime).toBe(id);
  });

  it("lists the stages lowest level first; the district only before 06/07/2025", () => {
    for (const p of procedures) {
      const levels = p.stages.map((s) => ORDER[s.level]);
      expect([...levels].sort((a, b) => a - b)).toEqual(levels);
      const hasDistrict = p.stages.some((s) => s.level === "district");
      const regime = ALL_REGIMES.find((r) => r.id === p.regime)!;
      expect(hasDistrict).toBe(regime.from < "2025-07-06");
    }
  });

  it("each certified rank is recognised by exactly one level, the one scoring names", () => {
    for (const p of procedures) {
      for (const stars of [3, 4, 5] as const) {
        const at = p.stages.filter((s) => s.recognises.includes(stars)).map((s) => s.level);
        expect(at).toEqual([RECOGNITION[p.regime].recognises[stars].level]);
      }
    }
  });

  it("forwarding thresholds: 1048 50, 148 70 (district → province); 90 to the centre everywhere", () => {
    const fwd = (id: RegimeId, level: ProcedureLevel) =>
      PROCEDURES[id].stages.find((s) => s.level === level)?.forwards?.minScore;
    expect(fwd("1048", "district")).toBe(50);
    expect(fwd("1048+781", "district")).toBe(50);
    expect(fwd("148", "district")).toBe(70);
    for (const id of ["1048", "1048+781", "148", "148+1489", "26/2026"] as const)
      expect(fwd(id, "province")).toBe(90);
  });

  it("26/2026: commune 15 working days (Art. 7.2), re-evaluation 45 days (Art. 7.6.g), revocation 15 days (Art. 8.4)", () => {
    const p = PROCEDURES["26/2026"];
    expect(p.stages[0]).toMatchObject({
      level: "commune",
      role: "pre-check",
      timeLimit: { amount: 15, unit: "working-days" },
    });
    expect(p.reEvaluationTimeLimit).toMatchObject({
      amount: 45,
      unit: "days",
      rule: "26/2026/QĐ-TTg, Article 7.6.g",
    });
    expect(p.revocationTimeLimit).toMatchObject({
      amount: 15,
      unit: "days",
      rule: "26/2026/QĐ-TTg, Article 8.4",
    });
    expect(p.belowThresholdAtCentral.kind).toBe("province-may-decide");
    expect(p.filedWith.level).toBe("commune");
    expect(p.uncertain).toEqual([]);
  });

  it("earlier regimes: no invented deadlines, open questions recorded", () => {
    for (const id of ["1048", "1048+781", "148", "148+1489"] as const) {
      const p = PROCEDURES[id];
      expect(p.stages.every((s) => s.timeLimit === null)).toBe(true);
      expect(p.reEvaluationTimeLimit).toBeNull();
      expect(p.belowThresholdAtCentral.kind).toBe("not-covered");
      expect(p.uncertain.length).toBeGreaterThan(0);
    }
  });

  it("procedureFor looks a regime up by id or date", () => {
    expect(procedureFor({ date: "2024-03-01" }).regime).toBe("148");
    expect(procedureFor({ date: "2025-07-06" }).regime).toBe("148+1489");
    expect(procedureFor({ regime: "26/2026" }).stages[0]?.timeLimit?.amount).toBe(15);
    expect(() => procedureFor({ regime: "nope" as "148" })).toThrow(
      expect.objectContaining({ code: "UNKNOWN_REGULATION" }),
    );
    expect(() => procedureFor({ date: "2026-02-30" })).toThrow(
      expect.objectContaining({ code: "INVALID_DATE" }),
    );
    for (const junk of [null, 1, {}, "148"]) {
      expect(() => procedureFor(junk as { regime: "148" })).toThrow(OcopError);
    }
  });
});

describe("evaluation rounds as data", () => {
  it("only 26/2026 sets rounds: two per level (Art. 5)", () => {
    for (const id of ["1048", "1048+781", "148", "148+1489"] as const)
      expect(EVALUATION_ROUNDS[id]).toEqual([]);
    const r = EVALUATION_ROUNDS["26/2026"];
    expect(
      r.map(
        (x) =>
          `${x.level}:${x.round}:${x.proposedBefore.month}/${x.proposedBefore.day}→${x.evaluatedBefore.month}/${x.evaluatedBefore.day}`,
      ),
    ).toEqual([
      "province:1:4/30→6/30",
      "province:2:10/30→12/30",
      "central:1:7/30→9/30",
      "central:2:1/30→3/30",
    ]);
  });
});
