/**
 * The edges of the procedure's look-ups, routing, deadlines and rounds: each bad input gets its own code,
 * path and bilingual message, each option its default, and each boundary (a score, a cut-off, a day off) is
 * exact. Written from the surviving mutants of a Stryker run (docs/mutation.md).
 */
import { describe, expect, it } from "vitest";
import { CYCLE_STEPS } from "../../src/procedure/data/cycle.js";
import { PROCEDURES } from "../../src/procedure/data/procedures.js";
import { ROUNDS_26_2026 } from "../../src/procedure/data/rounds.js";
import { DEADLINE_STEPS, type DeadlineStep, procedureDeadline } from "../../src/procedure/deadlines.js";
import { cycleStep, procedureFor } from "../../src/procedure/lookup.js";
import { evaluationRound } from "../../src/procedure/rounds.js";
import {
  EVALUATING_LEVELS,
  type RouteEvaluationInput,
  routeEvaluation,
} from "../../src/procedure/routing.js";
import { failure } from "../helpers/failure.js";

/** An object whose `key` throws when read (a hostile getter of the caller's). */
function throwing(key: string, rest: object = {}): never {
  return Object.defineProperty({ ...rest }, key, {
    enumerable: true,
    get() {
      throw new Error("boom");
    },
  }) as never;
}

const REGIMES_LISTED = "1048, 1048+781, 148, 148+1489, 26/2026";
const UNREADABLE = "input must be plain data that can be read";

// ---------------------------------------------------------------------------------------------------------
// lookup.ts
// ---------------------------------------------------------------------------------------------------------

describe("procedureFor: { regime } or { date }, nothing else", () => {
  it("returns the regime's own procedure object; the regime wins over a date given with it", () => {
    expect(procedureFor({ regime: "148" })).toBe(PROCEDURES["148"]);
    expect(procedureFor({ date: "2026-05-22" })).toBe(PROCEDURES["26/2026"]);
    expect(procedureFor({ date: "2026-05-21" })).toBe(PROCEDURES["148+1489"]);
    expect(procedureFor({ regime: "1048", date: "2026-06-01" } as never)).toBe(PROCEDURES["1048"]);
  });

  it("an unknown or non-string regime is UNKNOWN_REGULATION at regime, with the modelled list", () => {
    for (const bad of ["nope", 148, undefined, null, "toString", "__proto__"]) {
      const e = failure(() => procedureFor({ regime: bad as never }));
      expect([e.code, e.path, e.value]).toEqual(["UNKNOWN_REGULATION", ["regime"], bad]);
      expect(e.rule).toBe("the regime must be one the library models");
    }
    const e = failure(() => procedureFor({ regime: "nope" as never }));
    expect(e.messages).toEqual({
      en: `regime: "nope" is not a modelled regime (${REGIMES_LISTED})`,
      vi: `regime: "nope" không phải là chế độ được mô hình hóa (${REGIMES_LISTED})`,
    });
  });

  it("anything without an own regime or date is INVALID_ARGUMENT at by", () => {
    const inherited = Object.create({ regime: "148", date: "2024-01-01" }) as never;
    for (const bad of [null, undefined, 1, "148", {}, { when: "2024-01-01" }, inherited]) {
      const e = failure(() => procedureFor(bad as never));
      expect([e.code, e.path, e.value]).toEqual(["INVALID_ARGUMENT", ["by"], bad]);
      expect(e.rule).toBe("procedureFor takes { regime } or { date }");
    }
    expect(failure(() => procedureFor(null as never)).messages).toEqual({
      en: "by: null is not { regime } or { date }",
      vi: "by: null không phải là { regime } hoặc { date }",
    });
    expect(failure(() => procedureFor({} as never)).messages).toEqual({
      en: "by: an object is not { regime } or { date }",
      vi: "by: một đối tượng không phải là { regime } hoặc { date }",
    });
  });

  it("a date is read by regulationAt: INVALID_DATE and DATE_BEFORE_FIRST_REGIME at date", () => {
    expect([
      failure(() => procedureFor({ date: "2026-02-30" })).code,
      failure(() => procedureFor({ date: "2019-08-20" })).code,
    ]).toEqual(["INVALID_DATE", "DATE_BEFORE_FIRST_REGIME"]);
    expect(procedureFor({ date: "2019-08-21" })).toBe(PROCEDURES["1048"]);
  });

  it("a getter that throws is INVALID_ARGUMENT at by", () => {
    for (const key of ["regime", "date"]) {
      const e = failure(() => procedureFor(throwing(key)));
      expect([e.code, e.path, e.rule]).toEqual(["INVALID_ARGUMENT", ["by"], UNREADABLE]);
      expect(e.messages.en).toBe("by: cannot be read (a getter or proxy of the input threw)");
    }
  });
});

describe("cycleStep", () => {
  it("returns the step itself, for every id", () => {
    for (const step of CYCLE_STEPS) expect(cycleStep(step.id)).toBe(step);
  });

  it("an unknown id is UNKNOWN_ID at id, listing the six steps in order", () => {
    const e = failure(() => cycleStep("harvest" as never));
    expect([e.code, e.path, e.value, e.rule]).toEqual([
      "UNKNOWN_ID",
      ["id"],
      "harvest",
      "a step of the six-step OCOP cycle",
    ]);
    const list =
      "communication, idea-registration, business-plan, plan-implementation, evaluation, trade-promotion";
    expect(e.messages).toEqual({
      en: `id: "harvest" is not a cycle step (${list})`,
      vi: `id: "harvest" không phải là bước của chu trình (${list})`,
    });
  });
});

// ---------------------------------------------------------------------------------------------------------
// routing.ts
// ---------------------------------------------------------------------------------------------------------

describe("routeEvaluation: what the input may be", () => {
  it("EVALUATING_LEVELS lists the three scoring levels, lowest first", () => {
    expect(EVALUATING_LEVELS).toEqual(["district", "province", "central"]);
  });

  it("not an object: INVALID_ARGUMENT at input, with the value", () => {
    for (const bad of [null, undefined, 42, "province", true]) {
      const e = failure(() => routeEvaluation(bad as never));
      expect([e.code, e.path, e.value]).toEqual(["INVALID_ARGUMENT", ["input"], bad]);
      expect(e.rule).toBe("routeEvaluation takes an object { regime or date, level, score }");
    }
    expect(failure(() => routeEvaluation(42 as never)).messages).toEqual({
      en: "input: 42 is not an object { regime or date, level, score }",
      vi: "input: 42 không phải là đối tượng { regime hoặc date, level, score }",
    });
  });

  it("a getter that throws is INVALID_ARGUMENT at input", () => {
    for (const key of ["regime", "date", "stars", "level", "score"]) {
      const e = failure(() =>
        routeEvaluation(throwing(key, { regime: "26/2026", level: "province", score: 70 })),
      );
      expect([e.code, e.path, e.rule]).toEqual(["INVALID_ARGUMENT", ["input"], UNREADABLE]);
    }
  });

  it("neither regime nor date (nor only undefined ones, nor inherited ones): INVALID_ARGUMENT at regime", () => {
    const inherited = Object.assign(Object.create({ regime: "148", date: "2024-01-01" }), {
      level: "province",
      score: 70,
    });
    for (const bad of [
      { level: "province", score: 70 },
      { regime: undefined, date: undefined, level: "province", score: 70 },
      inherited,
    ]) {
      const e = failure(() => routeEvaluation(bad as never));
      expect([e.code, e.path, e.value]).toEqual(["INVALID_ARGUMENT", ["regime"], undefined]);
      expect(e.rule).toBe("routeEvaluation needs a regime or a date");
      expect(e.messages).toEqual({
        en: "regime: give the regime of the dossier or the date it was filed",
        vi: "regime: cần chế độ áp dụng cho hồ sơ hoặc ngày nộp hồ sơ",
      });
    }
  });

  it("an undefined regime falls back to the date; a regime wins over the date", () => {
    expect(
      routeEvaluation({
        regime: undefined,
        date: "2024-01-10",
        level: "district",
        score: 60,
      } as never).regime,
    ).toBe("148");
    expect(routeEvaluation({ regime: "1048", date: "2026-06-01", level: "district", score: 60 }).regime).toBe(
      "1048",
    );
  });

  it("an unknown or non-string regime: UNKNOWN_REGULATION at regime, with the modelled list", () => {
    for (const bad of ["999", 148, null, "toString"]) {
      const e = failure(() => routeEvaluation({ regime: bad as never, level: "province", score: 70 }));
      expect([e.code, e.path, e.value]).toEqual(["UNKNOWN_REGULATION", ["regime"], bad]);
      expect(e.rule).toBe("the regime must be one the library models");
    }
    expect(
      failure(() => routeEvaluation({ regime: "999" as never, level: "province", score: 70 })).messages,
    ).toEqual({
      en: `regime: "999" is not a modelled regime (${REGIMES_LISTED})`,
      vi: `regime: "999" không phải là chế độ được mô hình hóa (${REGIMES_LISTED})`,
    });
  });

  it("a level that is not district, province or central: INVALID_ARGUMENT at level", () => {
    for (const bad of ["commune", "Province", 1, null, undefined]) {
      const e = failure(() => routeEvaluation({ regime: "26/2026", level: bad as never, score: 70 }));
      expect([e.code, e.path, e.value]).toEqual(["INVALID_ARGUMENT", ["level"], bad]);
      expect(e.rule).toBe("the level is district, province or central");
    }
    expect(
      failure(() => routeEvaluation({ regime: "26/2026", level: "commune" as never, score: 70 })).messages,
    ).toEqual({
      en: 'level: "commune" is not an evaluating level (district, province, central)',
      vi: 'level: "commune" không phải là cấp đánh giá (district, province, central)',
    });
  });

  it("a level the regime does not have (district from 06/07/2025): INVALID_ARGUMENT at level, levels named", () => {
    const e = failure(() => routeEvaluation({ regime: "148+1489", level: "district", score: 70 }));
    expect([e.code, e.path, e.value]).toEqual(["INVALID_ARGUMENT", ["level"], "district"]);
    expect(e.rule).toBe(
      "148/QĐ-TTg, Phụ lục II as amended by 1489/QĐ-TTg: evaluation levels are province, central",
    );
    expect(e.messages).toEqual({
      en: "level: under Decision 148/QĐ-TTg as amended by Decision 1489/QĐ-TTg no district council evaluates products (levels: province, central)",
      vi: "level: theo Quyết định 148/QĐ-TTg, sửa đổi bởi Quyết định 1489/QĐ-TTg không có Hội đồng cấp huyện đánh giá sản phẩm (các cấp: province, central)",
    });
    expect(failure(() => routeEvaluation({ regime: "26/2026", level: "district", score: 70 })).rule).toBe(
      "26/2026/QĐ-TTg, Articles 4–8: evaluation levels are province, central",
    );
  });

  // Decision 26/2026/QĐ-TTg, Article 3.3: the stars are at most the score's band, and at least 1.
  it("stars from 1 to the band; anything else is INVALID_STARS at stars, naming the band", () => {
    for (const bad of [0, -1, 5, 4.5, "3", null, Number.NaN]) {
      const e = failure(() =>
        routeEvaluation({ regime: "26/2026", level: "province", score: 75, stars: bad as never }),
      );
      expect([e.code, e.path, e.value]).toEqual(["INVALID_STARS", ["stars"], bad]);
      expect(e.rule).toBe("Decision 26/2026/QĐ-TTg, Article 3.3: the stars cannot exceed the score's band");
    }
    expect(
      failure(() => routeEvaluation({ regime: "26/2026", level: "province", score: 75, stars: 5 })).messages,
    ).toEqual({
      en: "stars: 5 is not a star level from 1 to 4 (the band of 75 points)",
      vi: "stars: 5 không phải là hạng sao từ 1 đến 4 (hạng của 75 điểm)",
    });
    expect(routeEvaluation({ regime: "26/2026", level: "province", score: 75, stars: 4 }).stars).toBe(4);
    expect(routeEvaluation({ regime: "26/2026", level: "province", score: 75, stars: 1 }).stars).toBe(1);
    expect(
      routeEvaluation({
        regime: "26/2026",
        level: "province",
        score: 75,
        stars: undefined,
      } as never).stars,
    ).toBe(4);
    const inherited = Object.assign(Object.create({ stars: 1 }), {
      regime: "26/2026",
      level: "province",
      score: 75,
    });
    expect(routeEvaluation(inherited as RouteEvaluationInput).stars).toBe(4);
  });
});

describe("routeEvaluation: the result carries the input and its band", () => {
  it("regime, level, score, band and stars", () => {
    expect(routeEvaluation({ regime: "26/2026", level: "province", score: 95, stars: 3 })).toMatchObject({
      regime: "26/2026",
      level: "province",
      score: 95,
      band: 5,
      stars: 3,
    });
  });

  it("does not change its input", () => {
    const input = { regime: "26/2026" as const, level: "central" as const, score: 85, stars: 3 as const };
    const copy = structuredClone(input);
    routeEvaluation(input);
    expect(input).toEqual(copy);
  });
});

describe("routeEvaluation: central council (26/2026/QĐ-TTg, Article 7.4)", () => {
  const minister = {
    level: "central",
    name: { vi: "Bộ trưởng Bộ Nông nghiệp và Môi trường", en: "Minister of Agriculture and Environment" },
  };
  const chairman = {
    level: "province",
    name: { vi: "Chủ tịch UBND cấp tỉnh", en: "Chairman of the Provincial People's Committee" },
  };
  const provincialRecogniser = {
    level: "province",
    name: { vi: "Chủ tịch Ủy ban nhân dân cấp tỉnh", en: "Chairman of the Provincial People's Committee" },
  };
  const last = "26/2026/QĐ-TTg, Article 7.4 (last paragraph)";

  it("90 with the 5★ markers: the Minister recognises 5★ under the stage's rule, confirmed", () => {
    const r = routeEvaluation({ regime: "26/2026", level: "central", score: 90 });
    expect(r.next?.level).toBe("central");
    expect(r.decisions).toEqual([
      { kind: "recognise", stars: 5, by: r.next, rule: "26/2026/QĐ-TTg, Articles 4.1.b and 7.4" },
    ]);
    expect(r.confirmed).toBe(true);
    expect(r.next).toEqual(minister);
  });

  it("90 or more without the 5★ markers: read as under 90 — recognise 4★ or evaluate, not confirmed", () => {
    const r = routeEvaluation({ regime: "26/2026", level: "central", score: 90, stars: 4 });
    expect(r.next).toEqual(chairman);
    expect(r.decisions).toEqual([
      { kind: "recognise", stars: 4, by: provincialRecogniser, rule: last },
      { kind: "evaluate-at-province", by: chairman, rule: last },
    ]);
    expect(r.confirmed).toBe(false);
    expect(
      routeEvaluation({ regime: "26/2026", level: "central", score: 100, stars: 3 }).decisions.map(
        (d) => d.kind,
      ),
    ).toEqual(["recognise", "evaluate-at-province"]);
  });

  it("89.99: the chairman decides, confirmed; 1★/2★ only evaluation at the province", () => {
    const r = routeEvaluation({ regime: "26/2026", level: "central", score: 89.99 });
    expect(r.confirmed).toBe(true);
    expect(r.decisions[0]).toEqual({ kind: "recognise", stars: 4, by: provincialRecogniser, rule: last });
    const low = routeEvaluation({ regime: "26/2026", level: "central", score: 80, stars: 2 });
    expect(low.decisions).toEqual([{ kind: "evaluate-at-province", by: chairman, rule: last }]);
    expect(low.next).toEqual(chairman);
    expect(low.confirmed).toBe(true);
  });

  it("earlier regimes: under 90, or without the 5★ markers, is not covered (no answer, not confirmed)", () => {
    const r = routeEvaluation({ regime: "148", level: "central", score: 95, stars: 4 });
    expect(r).toMatchObject({ next: null, confirmed: false, band: 5, stars: 4 });
    expect(r.decisions).toEqual([
      {
        kind: "not-covered",
        note: "148/QĐ-TTg (text not available): the rank of a potential 5★ product the central council scores under 90 is not stated.",
      },
    ]);
    expect(routeEvaluation({ regime: "148", level: "central", score: 90 }).decisions[0]).toMatchObject({
      kind: "recognise",
      stars: 5,
      rule: "148/QĐ-TTg, Phụ lục II",
    });
  });
});

describe("routeEvaluation: district and province", () => {
  // 1048/QĐ-TTg, Phụ lục II: the district forwards from 50 points, with the 3★ markers reached.
  it("a forward names the sending committee, the next level and the rule; confirmed only at the band", () => {
    const district = { level: "district", name: { vi: "UBND cấp huyện", en: "District People's Committee" } };
    const full = routeEvaluation({ regime: "1048", level: "district", score: 95 });
    expect(full.next).toEqual(district);
    expect(full.decisions).toEqual([
      { kind: "forward", to: "province", by: district, rule: "1048/QĐ-TTg, Phụ lục II (secondary source)" },
    ]);
    expect(full.confirmed).toBe(true);
    expect(routeEvaluation({ regime: "1048", level: "district", score: 95, stars: 3 })).toMatchObject({
      confirmed: false,
      decisions: [{ kind: "forward", to: "province" }],
    });
    const province = routeEvaluation({ regime: "26/2026", level: "province", score: 90 });
    expect(province.next).toEqual({
      level: "province",
      name: { vi: "UBND cấp tỉnh", en: "Provincial People's Committee" },
    });
    expect(province.decisions[0]).toMatchObject({
      kind: "forward",
      to: "central",
      rule: "26/2026/QĐ-TTg, Article 7.3.e",
    });
  });

  // 148/QĐ-TTg, Phụ lục II khoản 1 điểm b: forwarded from 70 points, i.e. with the 4★ markers.
  it("a score above the threshold without the markers is not forwarded (148 district 75 with 3★)", () => {
    const r = routeEvaluation({ regime: "148", level: "district", score: 75, stars: 3 });
    expect(r.decisions).toEqual([
      { kind: "recognise", stars: 3, by: r.next, rule: "148/QĐ-TTg, Phụ lục II khoản 1 điểm b" },
    ]);
    expect(r.next).toEqual({
      level: "district",
      name: { vi: "Ủy ban nhân dân cấp huyện", en: "District People's Committee" },
    });
    expect(r.confirmed).toBe(false);
    expect(
      routeEvaluation({ regime: "148", level: "district", score: 75, stars: 4 }).decisions[0]?.kind,
    ).toBe("forward");
    expect(routeEvaluation({ regime: "148", level: "district", score: 69.99 }).confirmed).toBe(true);
  });

  // 26/2026/QĐ-TTg, Article 4.1.a: no recognition below 3★, whatever the score.
  it("1★/2★: no recognition, nothing left to decide, confirmed", () => {
    for (const input of [
      { regime: "26/2026", level: "province", score: 49.99 },
      { regime: "1048", level: "district", score: 95, stars: 2 },
      { regime: "26/2026", level: "province", score: 95, stars: 1 },
    ] as const) {
      const r = routeEvaluation(input);
      expect(r.next).toBeNull();
      expect(r.decisions).toEqual([
        { kind: "no-recognition", rule: "26/2026/QĐ-TTg, Article 4.1.a; same under the earlier regimes" },
      ]);
      expect(r.confirmed).toBe(true);
    }
  });

  it("a rank the level does not recognise is not covered, the note naming what it recognises", () => {
    const r = routeEvaluation({ regime: "148", level: "province", score: 95, stars: 3 });
    expect(r).toMatchObject({ next: null, confirmed: false, band: 5, stars: 3 });
    expect(r.decisions).toEqual([
      {
        kind: "not-covered",
        note: "148/QĐ-TTg, Phụ lục II: the province recognises 4★; what happens to a 3★ result at this level is not stated by the sources.",
      },
    ]);
    expect(
      routeEvaluation({ regime: "148", level: "province", score: 95, stars: 4 }).decisions[0],
    ).toMatchObject({
      kind: "recognise",
      stars: 4,
    });
  });

  it("26/2026 province 95 with 3★ markers: the chairman recognises 3★, not confirmed", () => {
    const r = routeEvaluation({ regime: "26/2026", level: "province", score: 95, stars: 3 });
    expect(r.decisions).toEqual([
      { kind: "recognise", stars: 3, by: r.next, rule: "26/2026/QĐ-TTg, Articles 4.1.a and 7.3" },
    ]);
    expect(r.confirmed).toBe(false);
    expect(routeEvaluation({ regime: "26/2026", level: "province", score: 60 }).confirmed).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------------------
// deadlines.ts
// ---------------------------------------------------------------------------------------------------------

describe("procedureDeadline: the step and the start date", () => {
  it("DEADLINE_STEPS in the order of the procedure", () => {
    expect(DEADLINE_STEPS).toEqual([
      "commune-check",
      "re-evaluation",
      "revocation",
      "transition-first-evaluation",
      "transition-upgrade",
      "transition-re-evaluation",
    ]);
  });

  it("an unknown step is INVALID_ARGUMENT at step, listing the steps", () => {
    for (const bad of ["nope", 42, null, undefined, "toString"]) {
      const e = failure(() => procedureDeadline(bad as never, "2026-06-01"));
      expect([e.code, e.path, e.value]).toEqual(["INVALID_ARGUMENT", ["step"], bad]);
      expect(e.rule).toBe("the step must be one with a time limit in days");
    }
    const list = DEADLINE_STEPS.join(", ");
    expect(failure(() => procedureDeadline("nope" as never, "2026-06-01")).messages).toEqual({
      en: `step: "nope" is not a step with a time limit (${list})`,
      vi: `step: "nope" không phải là bước có thời hạn (${list})`,
    });
  });

  it("a bad start date is INVALID_DATE at startDate, for every step", () => {
    for (const step of DEADLINE_STEPS) {
      const e = failure(() => procedureDeadline(step, "2026-13-01"));
      expect([e.code, e.path]).toEqual(["INVALID_DATE", ["startDate"]]);
    }
  });

  it("returns step, regime, start, amount, unit, countedFrom and rule of the regime's time limit", () => {
    const c = procedureDeadline("commune-check", "2026-06-05");
    expect(c).toEqual({
      step: "commune-check",
      regime: "26/2026",
      start: "2026-06-05",
      amount: 15,
      unit: "working-days",
      countedFrom: { vi: "ngày tiếp nhận hồ sơ sản phẩm", en: "the day the commune receives the dossier" },
      lastDay: "2026-06-26",
      due: "2026-06-26",
      movedToNextWorkingDay: false,
      rule: "26/2026/QĐ-TTg, Article 7.2",
    });
    expect(procedureDeadline("revocation", "2026-06-01").countedFrom).toBe(
      PROCEDURES["26/2026"].revocationTimeLimit.countedFrom,
    );
    expect(procedureDeadline("re-evaluation", "2026-06-01").countedFrom).toBe(
      PROCEDURES["26/2026"].reEvaluationTimeLimit.countedFrom,
    );
  });
});

describe("procedureDeadline: counting (Civil Code 2015, Articles 147 and 148)", () => {
  // Article 147: the day of the event is not counted. 15 working days from Friday 2026-06-05 end on
  // Friday 2026-06-26; counted as calendar days they would end on Saturday 2026-06-20.
  it("working days skip weekends; calendar days do not", () => {
    expect(procedureDeadline("commune-check", "2026-06-05").lastDay).toBe("2026-06-26");
    expect(procedureDeadline("revocation", "2026-06-05").lastDay).toBe("2026-06-20");
  });

  // Article 148.5: a period ending on a day off ends on the next working day.
  it("a calendar-day period ending on Saturday is due on Monday; one ending on Friday is not moved", () => {
    const sat = procedureDeadline("revocation", "2026-06-05");
    expect([sat.lastDay, sat.due, sat.movedToNextWorkingDay]).toEqual(["2026-06-20", "2026-06-22", true]);
    const fri = procedureDeadline("revocation", "2026-06-04");
    expect([fri.lastDay, fri.due, fri.movedToNextWorkingDay]).toEqual(["2026-06-19", "2026-06-19", false]);
    const mon = procedureDeadline("revocation", "2026-06-07");
    expect([mon.lastDay, mon.due, mon.movedToNextWorkingDay]).toEqual(["2026-06-22", "2026-06-22", false]);
  });

  it("the app's extra days off move the due day; its make-up days count as working days", () => {
    // 2026-06-19 (a Friday) declared a day off: the period ending that day runs to Monday.
    const off = procedureDeadline("revocation", "2026-06-04", { extraDaysOff: ["2026-06-19"] });
    expect([off.lastDay, off.due, off.movedToNextWorkingDay]).toEqual(["2026-06-19", "2026-06-22", true]);
    // 2026-06-20 (a Saturday) worked: the period ending that day is not moved.
    const worked = procedureDeadline("revocation", "2026-06-05", { extraWorkingDays: ["2026-06-20"] });
    expect([worked.lastDay, worked.due, worked.movedToNextWorkingDay]).toEqual([
      "2026-06-20",
      "2026-06-20",
      false,
    ]);
    // A day off inside a working-day period pushes its last day one working day on.
    expect(procedureDeadline("commune-check", "2026-06-05", { extraDaysOff: ["2026-06-10"] }).lastDay).toBe(
      "2026-06-29",
    );
  });

  it("re-evaluation: 45 days (Article 7.6.g) — the day before, at and after a weekend end", () => {
    // 2026-06-01 + 45 = 2026-07-16 (Thursday); 2026-06-03 + 45 = Saturday 2026-07-18.
    expect(procedureDeadline("re-evaluation", "2026-06-01").lastDay).toBe("2026-07-16");
    const sat = procedureDeadline("re-evaluation", "2026-06-03");
    expect([sat.lastDay, sat.due, sat.movedToNextWorkingDay]).toEqual(["2026-07-18", "2026-07-20", true]);
  });
});

describe("procedureDeadline: the regime option", () => {
  it("default: the regime in force on the start date", () => {
    expect(procedureDeadline("revocation", "2026-05-22").regime).toBe("26/2026");
    const e = failure(() => procedureDeadline("revocation", "2026-05-21"));
    expect([e.code, e.path, e.value]).toEqual(["NOT_COVERED", ["step"], "revocation"]);
  });

  it("a regime given wins over the start date, either way", () => {
    expect(procedureDeadline("revocation", "2025-08-01", undefined, { regime: "26/2026" })).toMatchObject({
      regime: "26/2026",
      lastDay: "2025-08-16",
    });
    expect(procedureDeadline("revocation", "2026-06-01", undefined, {})).toMatchObject({ regime: "26/2026" });
    const e = failure(() => procedureDeadline("commune-check", "2026-06-01", undefined, { regime: "148" }));
    expect([e.code, e.path, e.value]).toEqual(["NOT_COVERED", ["step"], "commune-check"]);
  });

  it("an unknown regime is UNKNOWN_REGULATION; a regime that throws is INVALID_ARGUMENT at options.regime", () => {
    const unknown = failure(() =>
      procedureDeadline("revocation", "2026-06-01", undefined, { regime: "x" as never }),
    );
    expect([unknown.code, unknown.path, unknown.value]).toEqual(["UNKNOWN_REGULATION", ["regime"], "x"]);
    const hostile = failure(() =>
      procedureDeadline("revocation", "2026-06-01", undefined, throwing("regime")),
    );
    expect([hostile.code, hostile.path, hostile.rule]).toEqual([
      "INVALID_ARGUMENT",
      ["options", "regime"],
      UNREADABLE,
    ]);
    expect(hostile.messages.en).toBe("options.regime: cannot be read (a getter or proxy of the input threw)");
  });

  it("a step the regime sets no limit for: NOT_COVERED at step, naming the regime and the step", () => {
    const cases: [DeadlineStep, string, string, string][] = [
      // 148+1489: the commune stage exists but has no known time limit.
      [
        "commune-check",
        "2025-08-01",
        "148/QĐ-TTg, Phụ lục II as amended by 1489/QĐ-TTg",
        "Decision 148/QĐ-TTg as amended by Decision 1489/QĐ-TTg",
      ],
      // 148: there is no commune stage at all.
      ["commune-check", "2024-01-10", "148/QĐ-TTg, Phụ lục II", "Decision 148/QĐ-TTg"],
      ["re-evaluation", "2024-01-10", "148/QĐ-TTg, Phụ lục II", "Decision 148/QĐ-TTg"],
      ["revocation", "2020-01-10", "1048/QĐ-TTg, Phụ lục II", "Decision 1048/QĐ-TTg"],
    ];
    for (const [step, start, setBy, name] of cases) {
      const e = failure(() => procedureDeadline(step, start));
      expect([e.code, e.path, e.value]).toEqual(["NOT_COVERED", ["step"], step]);
      expect(e.rule).toBe(`${setBy}: no time limit in days is known for this step`);
      expect(e.messages.en).toBe(`step: under ${name} no time limit in days is known for "${step}"`);
    }
    expect(failure(() => procedureDeadline("re-evaluation", "2024-01-10")).messages.vi).toBe(
      'step: theo Quyết định 148/QĐ-TTg không có thời hạn tính bằng ngày cho bước "re-evaluation"',
    );
  });
});

describe("procedureDeadline: the transition steps (26/2026/QĐ-TTg, Article 12.2)", () => {
  const countedFrom = {
    vi: "ngày Quyết định 26/2026/QĐ-TTg có hiệu lực (2026-05-22)",
    en: "the day Decision 26/2026/QĐ-TTg took effect (2026-05-22)",
  };

  it("60 days for a first evaluation or an upgrade, 30 for a re-evaluation, from 22/05/2026, under 148+1489", () => {
    expect(procedureDeadline("transition-first-evaluation", "2026-05-21")).toEqual({
      step: "transition-first-evaluation",
      regime: "148+1489",
      start: "2026-05-22",
      amount: 60,
      unit: "days",
      countedFrom,
      lastDay: "2026-07-21",
      due: "2026-07-21",
      movedToNextWorkingDay: false,
      rule: "26/2026/QĐ-TTg, Điều 12 khoản 2 điểm a",
    });
    expect(procedureDeadline("transition-upgrade", "2019-08-21")).toMatchObject({
      amount: 60,
      start: "2026-05-22",
    });
    expect(procedureDeadline("transition-re-evaluation", "2026-05-21")).toMatchObject({
      amount: 30,
      lastDay: "2026-06-21",
      due: "2026-06-22",
      movedToNextWorkingDay: true,
      rule: "26/2026/QĐ-TTg, Điều 12 khoản 2 điểm b",
    });
  });

  it("the regime option does not change a transition step", () => {
    expect(
      procedureDeadline("transition-upgrade", "2026-05-10", undefined, { regime: "26/2026" }).regime,
    ).toBe("148+1489");
    // A hostile options object is not even read for a transition step.
    expect(procedureDeadline("transition-upgrade", "2026-05-10", undefined, throwing("regime")).amount).toBe(
      60,
    );
  });

  it("the calendar is applied to the transition's due day", () => {
    const d = procedureDeadline("transition-first-evaluation", "2026-05-10", {
      extraDaysOff: ["2026-07-21"],
    });
    expect([d.lastDay, d.due, d.movedToNextWorkingDay]).toEqual(["2026-07-21", "2026-07-22", true]);
  });

  it("a dossier filed on or after 22/05/2026: NOT_COVERED at startDate, naming its kind", () => {
    const kinds = {
      "transition-first-evaluation": "first-evaluation",
      "transition-upgrade": "upgrade",
      "transition-re-evaluation": "re-evaluation",
    } as const;
    for (const [step, kind] of Object.entries(kinds)) {
      const e = failure(() => procedureDeadline(step as DeadlineStep, "2026-05-22"));
      expect([e.code, e.path, e.value]).toEqual(["NOT_COVERED", ["startDate"], "2026-05-22"]);
      expect(e.rule).toBe(
        "26/2026/QĐ-TTg, Article 12.2: only dossiers filed before the decision took effect",
      );
      // "an upgrade", "a re-evaluation" (was "a upgrade").
      const article = kind === "upgrade" ? "an" : "a";
      expect(e.messages.en).toBe(
        `startDate: ${article} ${kind} dossier filed on 2026-05-22 is not covered by a transition rule; it follows the regime in force on that day`,
      );
      expect(e.messages.vi).toBe(
        "startDate: hồ sơ nộp ngày 2026-05-22 không thuộc trường hợp chuyển tiếp; áp dụng quy định có hiệu lực vào ngày đó",
      );
    }
  });
});

// ---------------------------------------------------------------------------------------------------------
// rounds.ts
// ---------------------------------------------------------------------------------------------------------

describe("evaluationRound: level, date and regime", () => {
  it("a level other than province or central: INVALID_ARGUMENT at level (Article 5)", () => {
    for (const bad of ["district", "commune", "Province", null, undefined, 1]) {
      const e = failure(() => evaluationRound(bad as never, "2026-06-01"));
      expect([e.code, e.path, e.value]).toEqual(["INVALID_ARGUMENT", ["level"], bad]);
      expect(e.rule).toBe("26/2026/QĐ-TTg, Article 5: rounds are held by the province and the Ministry");
    }
    expect(failure(() => evaluationRound("district" as never, "2026-06-01")).messages).toEqual({
      en: 'level: "district" holds no evaluation rounds (province, central)',
      vi: 'level: "district" không tổ chức đợt đánh giá (province, central)',
    });
  });

  it("a bad date is INVALID_DATE at proposedOn", () => {
    const e = failure(() => evaluationRound("central", "2026-02-29"));
    expect([e.code, e.path, e.value]).toEqual(["INVALID_DATE", ["proposedOn"], "2026-02-29"]);
  });

  it("before 22/05/2026 (or under an earlier regime given): NOT_COVERED at proposedOn, the provincial plan applies", () => {
    const e = failure(() => evaluationRound("province", "2026-05-21"));
    expect([e.code, e.path, e.value]).toEqual(["NOT_COVERED", ["proposedOn"], "2026-05-21"]);
    expect(e.rule).toBe("only 26/2026/QĐ-TTg (Article 5) sets national evaluation rounds");
    expect(e.messages).toEqual({
      en: "proposedOn: Decision 148/QĐ-TTg as amended by Decision 1489/QĐ-TTg sets no national evaluation rounds; the provincial plan applies",
      vi: "proposedOn: Quyết định 148/QĐ-TTg, sửa đổi bởi Quyết định 1489/QĐ-TTg không quy định đợt đánh giá; áp dụng kế hoạch của tỉnh",
    });
    const given = failure(() => evaluationRound("central", "2027-01-10", { regime: "1048" }));
    expect([given.code, given.messages.en]).toEqual([
      "NOT_COVERED",
      "proposedOn: Decision 1048/QĐ-TTg sets no national evaluation rounds; the provincial plan applies",
    ]);
    expect(evaluationRound("province", "2026-05-22").regime).toBe("26/2026");
  });

  it("the regime option: a given regime applies; an unknown one is UNKNOWN_REGULATION; a hostile one INVALID_ARGUMENT", () => {
    expect(evaluationRound("province", "2025-09-01", { regime: "26/2026" })).toMatchObject({
      regime: "26/2026",
      round: 2,
      year: 2025,
    });
    expect(evaluationRound("province", "2026-06-01", {}).regime).toBe("26/2026");
    const unknown = failure(() => evaluationRound("province", "2026-06-01", { regime: "x" as never }));
    expect([unknown.code, unknown.path]).toEqual(["UNKNOWN_REGULATION", ["regime"]]);
    const hostile = failure(() => evaluationRound("province", "2026-06-01", throwing("regime")));
    expect([hostile.code, hostile.path, hostile.rule]).toEqual([
      "INVALID_ARGUMENT",
      ["options", "regime"],
      UNREADABLE,
    ]);
  });
});

describe("evaluationRound: the round found (Article 5, 'trước ngày' read as strictly before)", () => {
  it("the whole result of a province round 1 proposal, with the rule itself", () => {
    expect(evaluationRound("province", "2027-04-29")).toEqual({
      regime: "26/2026",
      level: "province",
      round: 1,
      year: 2027,
      proposedOn: "2027-04-29",
      proposedBefore: "2027-04-30",
      lastProposalDay: "2027-04-29",
      evaluatedBefore: "2027-06-30",
      lastEvaluationDay: "2027-06-29",
      carriedOver: false,
      rule: ROUNDS_26_2026[0],
    });
    expect(evaluationRound("province", "2027-04-29").rule).toBe(ROUNDS_26_2026[0]);
  });

  it("each level gets its own rules only", () => {
    expect(evaluationRound("province", "2027-05-01").rule).toBe(ROUNDS_26_2026[1]);
    expect(evaluationRound("central", "2027-05-01").rule).toBe(ROUNDS_26_2026[2]);
    expect(evaluationRound("central", "2027-01-29").rule).toBe(ROUNDS_26_2026[3]);
  });

  it("the nearest cut-off after the proposal, not a later one", () => {
    // Province, 1 January: round 1 of the same year (30 April), not round 2 (30 October) nor next year's.
    expect(evaluationRound("province", "2027-01-01")).toMatchObject({
      round: 1,
      year: 2027,
      proposedBefore: "2027-04-30",
      carriedOver: false,
    });
    // Central, 1 January: round 2 (30 January) comes before round 1 (30 July).
    expect(evaluationRound("central", "2027-01-01")).toMatchObject({
      round: 2,
      year: 2027,
      proposedBefore: "2027-01-30",
      lastProposalDay: "2027-01-29",
      evaluatedBefore: "2027-03-30",
    });
    // Central, 31 January: round 1 of the same year.
    expect(evaluationRound("central", "2027-01-31")).toMatchObject({
      round: 1,
      proposedBefore: "2027-07-30",
    });
  });

  it("carried over: a province proposal from 30 October goes to next year's round 1", () => {
    expect(evaluationRound("province", "2026-10-30")).toMatchObject({
      round: 1,
      year: 2027,
      proposedOn: "2026-10-30",
      proposedBefore: "2027-04-30",
      lastProposalDay: "2027-04-29",
      evaluatedBefore: "2027-06-30",
      carriedOver: true,
    });
    expect(evaluationRound("province", "2026-10-29")).toMatchObject({ year: 2026, carriedOver: false });
  });

  it("the last proposal day and the last evaluation day are the days before the cut-off and the deadline", () => {
    const r = evaluationRound("central", "2028-03-01");
    expect([r.proposedBefore, r.lastProposalDay, r.evaluatedBefore, r.lastEvaluationDay]).toEqual([
      "2028-07-30",
      "2028-07-29",
      "2028-09-30",
      "2028-09-29",
    ]);
  });
});
