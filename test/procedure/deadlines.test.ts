import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, daysBetween } from "../../src/calendar/calendar-date.js";
import { isWorkingDay, workingDaysBetween } from "../../src/calendar/working-days.js";
import { OcopError } from "../../src/errors/ocop-error.js";
import { DEADLINE_STEPS, type DeadlineStep, procedureDeadline } from "../../src/procedure/deadlines.js";

/** Golden cases: a step, the day the period runs from, and its last day / due day. */
const GOLDEN: readonly {
  name: string;
  source: string;
  step: DeadlineStep;
  start: string;
  lastDay: string;
  due: string;
  extraDaysOff?: readonly string[];
}[] = [
  {
    name: "commune check from a Monday",
    source: "26/2026 Art. 7.2 (15 working days)",
    step: "commune-check",
    start: "2026-06-01",
    lastDay: "2026-06-22",
    due: "2026-06-22",
  },
  {
    name: "commune check from a Friday skips three weekends",
    source: "26/2026 Art. 7.2",
    step: "commune-check",
    start: "2026-05-22",
    lastDay: "2026-06-12",
    due: "2026-06-12",
  },
  {
    name: "commune check from a Saturday counts from Monday",
    source: "26/2026 Art. 7.2; Civil Code Art. 147",
    step: "commune-check",
    start: "2026-05-23",
    lastDay: "2026-06-12",
    due: "2026-06-12",
  },
  {
    name: "commune check across Tết 2027 (4–10 February off)",
    source: "26/2026 Art. 7.2; Labour Code Art. 112",
    step: "commune-check",
    start: "2027-02-01",
    lastDay: "2027-03-01",
    due: "2027-03-01",
  },
  {
    name: "commune check across a bridge day and National Day (1–2 September)",
    source: "26/2026 Art. 7.2",
    step: "commune-check",
    start: "2026-08-24",
    lastDay: "2026-09-17",
    due: "2026-09-17",
    extraDaysOff: ["2026-08-31"],
  },
  {
    name: "commune check across National Day without the bridge day",
    source: "26/2026 Art. 7.2",
    step: "commune-check",
    start: "2026-08-24",
    lastDay: "2026-09-16",
    due: "2026-09-16",
  },
  {
    name: "re-evaluation: 45 days",
    source: "26/2026 Art. 7.6.g",
    step: "re-evaluation",
    start: "2026-06-01",
    lastDay: "2026-07-16",
    due: "2026-07-16",
  },
  {
    name: "re-evaluation ending in Tết 2027 runs to the next working day",
    source: "26/2026 Art. 7.6.g; Civil Code Art. 148.5",
    step: "re-evaluation",
    start: "2026-12-22",
    lastDay: "2027-02-05",
    due: "2027-02-11",
  },
  {
    name: "re-evaluation ending on a Saturday runs to Monday",
    source: "Civil Code Art. 148.5",
    step: "re-evaluation",
    start: "2026-07-24",
    lastDay: "2026-09-07",
    due: "2026-09-07",
  },
  {
    name: "revocation: 15 days",
    source: "26/2026 Art. 8.4",
    step: "revocation",
    start: "2026-06-01",
    lastDay: "2026-06-16",
    due: "2026-06-16",
  },
  {
    name: "revocation ending on a Sunday",
    source: "26/2026 Art. 8.4; Civil Code Art. 148.5",
    step: "revocation",
    start: "2026-06-06",
    lastDay: "2026-06-21",
    due: "2026-06-22",
  },
  {
    name: "revocation ending on a bridge day and National Day",
    source: "26/2026 Art. 8.4; Civil Code Art. 148.5",
    step: "revocation",
    start: "2026-08-16",
    lastDay: "2026-08-31",
    due: "2026-09-03",
    extraDaysOff: ["2026-08-31"],
  },
  {
    name: "transition: first evaluation, 60 days from 22/05/2026",
    source: "26/2026 Art. 12.2.a",
    step: "transition-first-evaluation",
    start: "2026-05-10",
    lastDay: "2026-07-21",
    due: "2026-07-21",
  },
  {
    name: "transition: upgrade, 60 days",
    source: "26/2026 Art. 12.2.a",
    step: "transition-upgrade",
    start: "2025-12-01",
    lastDay: "2026-07-21",
    due: "2026-07-21",
  },
  {
    name: "transition: re-evaluation, 30 days, ends on a Sunday",
    source: "26/2026 Art. 12.2.b; Civil Code Art. 148.5",
    step: "transition-re-evaluation",
    start: "2026-05-21",
    lastDay: "2026-06-21",
    due: "2026-06-22",
  },
];

describe("procedureDeadline — golden cases", () => {
  it.each(GOLDEN)("$name ($source)", (g) => {
    const calendar =
      g.extraDaysOff === undefined
        ? undefined
        : { extraDaysOff: g.extraDaysOff as `${number}-${number}-${number}`[] };
    const d = procedureDeadline(g.step, g.start, calendar);
    expect(d.lastDay).toBe(g.lastDay);
    expect(d.due).toBe(g.due);
    expect(d.movedToNextWorkingDay).toBe(g.lastDay !== g.due);
    expect(d.step).toBe(g.step);
  });

  it("names the rule, unit and regime", () => {
    const c = procedureDeadline("commune-check", "2026-06-01");
    expect(c).toMatchObject({
      regime: "26/2026",
      amount: 15,
      unit: "working-days",
      rule: "26/2026/QĐ-TTg, Article 7.2",
      start: "2026-06-01",
    });
    const r = procedureDeadline("re-evaluation", "2026-06-01");
    expect(r).toMatchObject({ amount: 45, unit: "days", rule: "26/2026/QĐ-TTg, Article 7.6.g" });
    const v = procedureDeadline("revocation", "2026-06-01");
    expect(v).toMatchObject({ amount: 15, unit: "days", rule: "26/2026/QĐ-TTg, Article 8.4" });
    const t = procedureDeadline("transition-re-evaluation", "2026-05-10");
    expect(t).toMatchObject({
      regime: "148+1489",
      amount: 30,
      start: "2026-05-22",
      rule: "26/2026/QĐ-TTg, Điều 12 khoản 2 điểm b",
    });
    expect(t.countedFrom.en).toContain("2026-05-22");
  });

  it("a make-up working day counts", () => {
    // Saturday 2026-08-22 worked in exchange for Monday 2026-08-31.
    const plain = procedureDeadline("commune-check", "2026-08-20");
    const swapped = procedureDeadline("commune-check", "2026-08-20", {
      extraWorkingDays: ["2026-08-22"],
      extraDaysOff: ["2026-08-31"],
    });
    expect(plain.lastDay).toBe("2026-09-14");
    expect(swapped.lastDay).toBe("2026-09-14");
    expect(
      procedureDeadline("commune-check", "2026-08-20", { extraWorkingDays: ["2026-08-22"] }).lastDay,
    ).toBe("2026-09-11");
  });
});

describe("procedureDeadline — properties", () => {
  it("calendar-day periods: lastDay is start + N; due is the first working day on or after it", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.constantFrom("re-evaluation", "revocation" as const),
        (offset, step) => {
          const start = addDays("2026-05-22", offset);
          const d = procedureDeadline(step, start);
          expect(daysBetween(start, d.lastDay)).toBe(d.amount);
          expect(isWorkingDay(d.due)).toBe(true);
          expect(d.due >= d.lastDay).toBe(true);
          for (let x = d.lastDay; x < d.due; x = addDays(x, 1)) expect(isWorkingDay(x)).toBe(false);
        },
      ),
    );
  });

  it("working-day periods: exactly 15 working days after the start, ending on a working day", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), (offset) => {
        const start = addDays("2026-05-22", offset);
        const d = procedureDeadline("commune-check", start);
        expect(workingDaysBetween(start, d.lastDay)).toBe(15);
        expect(isWorkingDay(d.lastDay)).toBe(true);
        expect(d.due).toBe(d.lastDay);
      }),
    );
  });
});

describe("procedureDeadline — not covered and bad input", () => {
  it("earlier regimes have no known day-count limits", () => {
    expect(() => procedureDeadline("commune-check", "2025-08-01")).toThrow(
      expect.objectContaining({ code: "NOT_COVERED" }),
    );
    expect(() => procedureDeadline("re-evaluation", "2024-01-01")).toThrow(
      expect.objectContaining({ code: "NOT_COVERED" }),
    );
    expect(() => procedureDeadline("revocation", "2026-06-01", undefined, { regime: "148" })).toThrow(
      expect.objectContaining({ code: "NOT_COVERED" }),
    );
    expect(procedureDeadline("revocation", "2026-05-01", undefined, { regime: "26/2026" }).lastDay).toBe(
      "2026-05-16",
    );
  });

  it("the transition rules cover only dossiers filed before 22/05/2026", () => {
    for (const step of [
      "transition-first-evaluation",
      "transition-upgrade",
      "transition-re-evaluation",
    ] as const) {
      expect(() => procedureDeadline(step, "2026-05-22")).toThrow(
        expect.objectContaining({ code: "NOT_COVERED" }),
      );
    }
  });

  it("rejects junk with an OcopError", () => {
    const junk: readonly [unknown, unknown, unknown, string][] = [
      ["nope", "2026-06-01", undefined, "INVALID_ARGUMENT"],
      [42, "2026-06-01", undefined, "INVALID_ARGUMENT"],
      ["commune-check", "2026-02-30", undefined, "INVALID_DATE"],
      ["commune-check", null, undefined, "INVALID_DATE"],
      ["commune-check", "2026-06-01", { extraDaysOff: "2026-06-02" }, "INVALID_ARGUMENT"],
      ["commune-check", "2026-06-01", { extraDaysOff: ["junk"] }, "INVALID_DATE"],
    ];
    for (const [step, start, calendar, code] of junk) {
      const call = () => procedureDeadline(step as DeadlineStep, start as string, calendar as undefined);
      expect(call).toThrow(OcopError);
      expect(call).toThrow(expect.objectContaining({ code }));
    }
    expect(() => procedureDeadline("revocation", "2026-06-01", undefined, { regime: "x" as "148" })).toThrow(
      expect.objectContaining({ code: "UNKNOWN_REGULATION" }),
    );
  });

  it("lists every step", () => {
    expect(DEADLINE_STEPS).toHaveLength(6);
  });
});
