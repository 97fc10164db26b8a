import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, calendarDate, daysBetween } from "../../src/calendar/calendar-date.js";
import { OcopError } from "../../src/errors/ocop-error.js";
import { EVALUATION_ROUNDS } from "../../src/procedure/data/rounds.js";
import { evaluationRound } from "../../src/procedure/rounds.js";

/**
 * Golden cases for Decision 26/2026/QĐ-TTg, Article 5 ("trước ngày" read as strictly before).
 */
const GOLDEN: readonly {
  level: "province" | "central";
  proposedOn: string;
  round: 1 | 2;
  year: number;
  lastEvaluationDay: string;
  carriedOver: boolean;
}[] = [
  // Province (Article 5.1)
  {
    level: "province",
    proposedOn: "2027-01-02",
    round: 1,
    year: 2027,
    lastEvaluationDay: "2027-06-29",
    carriedOver: false,
  },
  {
    level: "province",
    proposedOn: "2027-04-29",
    round: 1,
    year: 2027,
    lastEvaluationDay: "2027-06-29",
    carriedOver: false,
  },
  {
    level: "province",
    proposedOn: "2027-04-30",
    round: 2,
    year: 2027,
    lastEvaluationDay: "2027-12-29",
    carriedOver: false,
  },
  {
    level: "province",
    proposedOn: "2027-05-01",
    round: 2,
    year: 2027,
    lastEvaluationDay: "2027-12-29",
    carriedOver: false,
  },
  {
    level: "province",
    proposedOn: "2026-05-22",
    round: 2,
    year: 2026,
    lastEvaluationDay: "2026-12-29",
    carriedOver: false,
  },
  {
    level: "province",
    proposedOn: "2026-10-29",
    round: 2,
    year: 2026,
    lastEvaluationDay: "2026-12-29",
    carriedOver: false,
  },
  {
    level: "province",
    proposedOn: "2026-10-30",
    round: 1,
    year: 2027,
    lastEvaluationDay: "2027-06-29",
    carriedOver: true,
  },
  {
    level: "province",
    proposedOn: "2026-12-31",
    round: 1,
    year: 2027,
    lastEvaluationDay: "2027-06-29",
    carriedOver: true,
  },
  {
    level: "province",
    proposedOn: "2028-02-29",
    round: 1,
    year: 2028,
    lastEvaluationDay: "2028-06-29",
    carriedOver: false,
  },
  // Ministry (Article 5.2)
  {
    level: "central",
    proposedOn: "2027-01-29",
    round: 2,
    year: 2027,
    lastEvaluationDay: "2027-03-29",
    carriedOver: false,
  },
  {
    level: "central",
    proposedOn: "2027-01-30",
    round: 1,
    year: 2027,
    lastEvaluationDay: "2027-09-29",
    carriedOver: false,
  },
  {
    level: "central",
    proposedOn: "2026-07-29",
    round: 1,
    year: 2026,
    lastEvaluationDay: "2026-09-29",
    carriedOver: false,
  },
  {
    level: "central",
    proposedOn: "2026-07-30",
    round: 2,
    year: 2027,
    lastEvaluationDay: "2027-03-29",
    carriedOver: true,
  },
  {
    level: "central",
    proposedOn: "2026-10-30",
    round: 2,
    year: 2027,
    lastEvaluationDay: "2027-03-29",
    carriedOver: true,
  },
  {
    level: "central",
    proposedOn: "2026-12-31",
    round: 2,
    year: 2027,
    lastEvaluationDay: "2027-03-29",
    carriedOver: true,
  },
  {
    level: "central",
    proposedOn: "2028-02-29",
    round: 1,
    year: 2028,
    lastEvaluationDay: "2028-09-29",
    carriedOver: false,
  },
  {
    level: "central",
    proposedOn: "2027-12-31",
    round: 2,
    year: 2028,
    lastEvaluationDay: "2028-03-29",
    carriedOver: true,
  },
];

describe("evaluationRound — Article 5 boundaries", () => {
  it.each(GOLDEN)("$level, proposed $proposedOn → round $round of $year, by $lastEvaluationDay", (g) => {
    const r = evaluationRound(g.level, g.proposedOn);
    expect(r.round).toBe(g.round);
    expect(r.year).toBe(g.year);
    expect(r.lastEvaluationDay).toBe(g.lastEvaluationDay);
    expect(r.evaluatedBefore).toBe(
      addDays(calendarDate(g.year, Number(g.lastEvaluationDay.slice(5, 7)), 30), 0),
    );
    expect(r.carriedOver).toBe(g.carriedOver);
    expect(r.regime).toBe("26/2026");
    expect(r.rule.rule).toBe(
      g.level === "province" ? "26/2026/QĐ-TTg, Article 5.1" : "26/2026/QĐ-TTg, Article 5.2",
    );
  });

  it("gives the cut-off and the last day to propose", () => {
    const r = evaluationRound("province", "2027-03-01");
    expect(r.proposedBefore).toBe("2027-04-30");
    expect(r.lastProposalDay).toBe("2027-04-29");
    expect(r.evaluatedBefore).toBe("2027-06-30");
    expect(r.proposedOn).toBe("2027-03-01");
    expect(r.level).toBe("province");
  });

  it("keeps the decision's words with each round", () => {
    for (const rule of EVALUATION_ROUNDS["26/2026"]) {
      expect(rule.text).toContain(`ngày ${rule.evaluatedBefore.day} tháng`);
      expect(rule.text).toContain("trước ngày");
    }
  });

  it("holds for every day: the proposal is before the cut-off, the cut-off before the deadline, and no earlier round fits", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3650 }),
        fc.constantFrom("province", "central" as const),
        (offset, level) => {
          const day = addDays("2026-05-22", offset);
          const r = evaluationRound(level, day);
          expect(day < r.proposedBefore).toBe(true);
          expect(r.proposedBefore < r.evaluatedBefore).toBe(true);
          // The next cut-off is at most about 9 months away (two rounds a year).
          expect(daysBetween(day, r.proposedBefore)).toBeLessThanOrEqual(275);
          // The day before the proposal falls in the same round or an earlier one.
          if (offset > 0) {
            const before = evaluationRound(level, addDays(day, -1));
            expect(before.proposedBefore <= r.proposedBefore).toBe(true);
          }
        },
      ),
    );
  });
});

describe("evaluationRound — not covered and bad input", () => {
  it("earlier regimes set no national rounds", () => {
    for (const date of ["2026-05-21", "2024-03-01", "2020-01-01"]) {
      expect(() => evaluationRound("province", date)).toThrow(
        expect.objectContaining({ code: "NOT_COVERED" }),
      );
    }
    expect(() => evaluationRound("province", "2026-09-01", { regime: "148+1489" })).toThrow(
      expect.objectContaining({ code: "NOT_COVERED" }),
    );
    expect(evaluationRound("central", "2026-05-10", { regime: "26/2026" }).lastEvaluationDay).toBe(
      "2026-09-29",
    );
  });

  it("rejects junk with an OcopError", () => {
    const junk: readonly [unknown, unknown, string][] = [
      ["district", "2026-06-01", "INVALID_ARGUMENT"],
      ["commune", "2026-06-01", "INVALID_ARGUMENT"],
      [null, "2026-06-01", "INVALID_ARGUMENT"],
      ["province", "2026-13-01", "INVALID_DATE"],
      ["province", 20260601, "INVALID_DATE"],
      ["central", "2019-01-01", "DATE_BEFORE_FIRST_REGIME"],
    ];
    for (const [level, date, code] of junk) {
      expect(() => evaluationRound(level as "province", date as string)).toThrow(OcopError);
      expect(() => evaluationRound(level as "province", date as string)).toThrow(
        expect.objectContaining({ code }),
      );
    }
    expect(() => evaluationRound("province", "2026-06-01", { regime: "x" as "26/2026" })).toThrow(
      expect.objectContaining({ code: "UNKNOWN_REGULATION" }),
    );
  });
});
