/**
 * The edges of target tracking: each bad target or bad data gets its own code and the path of the field at
 * fault, each boundary (a target met exactly, a deadline day) is exact, and the reasons say what the rule
 * says, in English and Vietnamese. Written from the surviving mutants of a Stryker run (docs/mutation.md).
 *
 * The plans below run over 10 days (2021-01-01 to 2021-01-10, both included), so that on 2021-01-05 half
 * of the plan has gone by (5 of 10 days) and 5 days are left after it (6 counting that day).
 */
import { describe, expect, it } from "vitest";
import { trackTarget } from "../../src/targets/track-target.js";
import type {
  CountTarget,
  CoverageTarget,
  PerUnitMinimumTarget,
  RangeTarget,
  ShareTarget,
  Target,
} from "../../src/targets/types.js";
import { failure } from "../helpers/failure.js";

const name = { vi: "x", en: "x" };
const common = { id: "t", name, measure: name, start: "2021-01-01", deadline: "2021-01-10" } as const;
const count: CountTarget = { ...common, kind: "count", counting: "increment", target: 10 };
const range: RangeTarget = { ...common, kind: "range", counting: "increment", min: 20, max: 30 };
const share: ShareTarget = { ...common, kind: "share", percent: 70 };
const coverage: CoverageTarget = { ...common, kind: "coverage" };
const perUnit: PerUnitMinimumTarget = {
  ...common,
  kind: "per-unit-minimum",
  minimumPerUnit: 2,
  unit: { en: "communes", vi: "xã" },
};
const HALF = "2021-01-05";

describe("bad targets: INVALID_TARGET (or INVALID_DATE) at the field at fault", () => {
  const cases: [string, unknown, string, (string | number)[]][] = [
    ["a text", "count", "INVALID_TARGET", ["target"]],
    ["a number", 5, "INVALID_TARGET", ["target"]],
    ["no start", { ...count, start: undefined }, "INVALID_DATE", ["target", "start"]],
    ["an impossible start", { ...count, start: "2021-02-30" }, "INVALID_DATE", ["target", "start"]],
    ["no deadline", { ...count, deadline: "2021" }, "INVALID_DATE", ["target", "deadline"]],
    [
      "a counting that is a typo",
      { ...count, counting: "increase" },
      "INVALID_TARGET",
      ["target", "counting"],
    ],
    ["a count target as text", { ...count, target: "10" }, "INVALID_TARGET", ["target", "target"]],
    ["a negative count target", { ...count, target: -1 }, "INVALID_TARGET", ["target", "target"]],
    ["a NaN count target", { ...count, target: Number.NaN }, "INVALID_TARGET", ["target", "target"]],
    [
      "an infinite count target",
      { ...count, target: Number.POSITIVE_INFINITY },
      "INVALID_TARGET",
      ["target", "target"],
    ],
    ["a negative baseline", { ...count, baseline: -1 }, "INVALID_TARGET", ["target", "baseline"]],
    ["a range's negative min", { ...range, min: -1 }, "INVALID_TARGET", ["target", "min"]],
    ["a range's max as text", { ...range, max: "30" }, "INVALID_TARGET", ["target", "max"]],
    ["a range's negative baseline", { ...range, baseline: -1 }, "INVALID_TARGET", ["target", "baseline"]],
    ["a range's counting typo", { ...range, counting: "all" }, "INVALID_TARGET", ["target", "counting"]],
    ["a share without percent", { ...share, percent: undefined }, "INVALID_TARGET", ["target", "percent"]],
    ["a share of -1%", { ...share, percent: -1 }, "INVALID_TARGET", ["target", "percent"]],
    ["a share of 100.01%", { ...share, percent: 100.01 }, "INVALID_TARGET", ["target", "percent"]],
    ["a share of NaN%", { ...share, percent: Number.NaN }, "INVALID_TARGET", ["target", "percent"]],
    ["a share as text", { ...share, percent: "70" }, "INVALID_TARGET", ["target", "percent"]],
    ["a coverage of 120%", { ...coverage, percent: 120 }, "INVALID_TARGET", ["target", "percent"]],
    ["a coverage of -5%", { ...coverage, percent: -5 }, "INVALID_TARGET", ["target", "percent"]],
    [
      "a negative minimum per unit",
      { ...perUnit, minimumPerUnit: -2 },
      "INVALID_TARGET",
      ["target", "minimumPerUnit"],
    ],
    ["a unit as text", { ...perUnit, unit: "xã" }, "INVALID_TARGET", ["target", "unit"]],
    ["a unit that is null", { ...perUnit, unit: null }, "INVALID_TARGET", ["target", "unit"]],
    ["a unit without vi", { ...perUnit, unit: { en: "communes" } }, "INVALID_TARGET", ["target", "unit"]],
    ["a unit without en", { ...perUnit, unit: { vi: "xã" } }, "INVALID_TARGET", ["target", "unit"]],
    [
      "a unit whose en is a number",
      { ...perUnit, unit: { en: 1, vi: "xã" } },
      "INVALID_TARGET",
      ["target", "unit"],
    ],
  ];
  it.each(cases)("%s", (_label, target, code, path) => {
    // Data that would meet the target, so that nothing but the target's own check can throw.
    const data = { value: 100, part: 1, whole: 1, units: { a: 5 } };
    const e = failure(() => trackTarget(target as never, data as never, HALF));
    expect([e.code, e.path]).toEqual([code, path]);
  });

  it("a target that is null is refused by its own rule, in both languages", () => {
    const e = failure(() => trackTarget(null as never, { value: 1 } as never, HALF));
    expect([e.code, e.path, e.rule]).toEqual(["INVALID_TARGET", ["target"], "a target is an object"]);
    expect(e.messages).toEqual({
      en: "target: null is not a target",
      vi: "target: null không phải là chỉ tiêu",
    });
  });

  it("a unit that is not { en, vi } is named with the rule, even when the data meets the minimum", () => {
    const e = failure(() =>
      trackTarget({ ...perUnit, unit: null } as never, { units: { a: 5 } } as never, HALF),
    );
    expect(e.rule).toBe("a per-unit target names its unit in English and Vietnamese { en, vi }");
    expect(e.messages.en).toBe("target.unit: null is not a unit name { en, vi }");
  });

  it("a target whose getter throws is INVALID_TARGET at target", () => {
    const hostile = {
      ...count,
      get start(): string {
        throw new Error("boom");
      },
    };
    const e = failure(() => trackTarget(hostile as never, { value: 1 } as never, HALF));
    expect([e.code, e.path]).toEqual(["INVALID_TARGET", ["target"]]);
  });

  it("a deadline before the start names the start; a one-day plan (deadline = start) is allowed", () => {
    const e = failure(() => trackTarget({ ...count, deadline: "2020-12-31" }, { value: 1 }, HALF));
    expect(e.messages).toEqual({
      en: 'target.deadline: "2020-12-31" is before the start (2021-01-01)',
      vi: 'target.deadline: "2020-12-31" trước ngày bắt đầu (2021-01-01)',
    });
    const oneDay = trackTarget({ ...count, deadline: "2021-01-01" }, { value: 4 }, "2021-01-01");
    expect([oneDay.daysLeft, oneDay.projection, oneDay.status]).toEqual([0, 4, "at-risk"]);
  });

  it("a range's max below its min names the min; min = max is allowed", () => {
    const e = failure(() => trackTarget({ ...range, min: 5, max: 4 }, { value: 1 }, HALF));
    expect(e.messages.en).toBe("target.max: 4 is below the minimum (5)");
    expect(e.messages.vi).toBe("target.max: 4 nhỏ hơn mức tối thiểu (5)");
    expect(trackTarget({ ...range, min: 25, max: 25 }, { value: 25 }, HALF).status).toBe("met");
  });

  it("the percentage bounds 0 and 100 are allowed; a coverage without percent covers 100%", () => {
    expect(trackTarget({ ...share, percent: 0 }, { part: 0, whole: 5 }, HALF).status).toBe("met");
    expect(trackTarget({ ...share, percent: 100 }, { part: 5, whole: 5 }, HALF).status).toBe("met");
    expect(trackTarget(coverage, { part: 4, whole: 5 }, HALF)).toMatchObject({ required: 100, achieved: 80 });
    expect(trackTarget({ ...coverage, percent: 50 }, { part: 3, whole: 5 }, HALF)).toMatchObject({
      required: 50,
      status: "met",
    });
  });
});

describe("bad data: INVALID_DATA at the field at fault", () => {
  const cases: [string, Target, unknown, (string | number)[]][] = [
    ["data as a number", count, 5, ["data"]],
    ["data as text", share, "50/100", ["data"]],
    ["a value as text", count, { value: "4" }, ["data", "value"]],
    ["a NaN value", count, { value: Number.NaN }, ["data", "value"]],
    ["an infinite value", count, { value: Number.POSITIVE_INFINITY }, ["data", "value"]],
    ["a negative value", range, { value: -0.5 }, ["data", "value"]],
    ["no part", share, { whole: 5 }, ["data", "part"]],
    ["a negative part", share, { part: -1, whole: 5 }, ["data", "part"]],
    ["no whole", share, { part: 1 }, ["data", "whole"]],
    ["a NaN whole", coverage, { part: 1, whole: Number.NaN }, ["data", "whole"]],
    ["atStart as a number", share, { part: 1, whole: 5, atStart: 3 }, ["data", "atStart"]],
    ["atStart that is null", share, { part: 1, whole: 5, atStart: null }, ["data", "atStart"]],
    [
      "atStart with a negative part",
      share,
      { part: 1, whole: 5, atStart: { part: -1, whole: 5 } },
      ["data", "atStart", "part"],
    ],
    [
      "atStart without whole",
      share,
      { part: 1, whole: 5, atStart: { part: 1 } },
      ["data", "atStart", "whole"],
    ],
    [
      "atStart above 100%",
      share,
      { part: 1, whole: 5, atStart: { part: 6, whole: 5 } },
      ["data", "atStart", "part"],
    ],
    ["units as null", perUnit, { units: null }, ["data", "units"]],
    ["units as text", perUnit, { units: "ab" }, ["data", "units"]],
    ["units as a number", perUnit, { units: 5 }, ["data", "units"]],
    ["units as a list", perUnit, { units: [1, 2] }, ["data", "units"]],
    ["a unit's value as text", perUnit, { units: { a: 3, "Hồng Vân": "2" } }, ["data", "units", "Hồng Vân"]],
    ["a unit's negative value", perUnit, { units: { "Tô Hiệu": -1 } }, ["data", "units", "Tô Hiệu"]],
  ];
  it.each(cases)("%s", (_label, target, data, path) => {
    const e = failure(() => trackTarget(target, data as never, HALF));
    expect([e.code, e.path]).toEqual(["INVALID_DATA", path]);
  });

  it("data that is null is refused by its own rule, not as unreadable", () => {
    const e = failure(() => trackTarget(count, null as never, HALF));
    expect([e.code, e.path, e.rule]).toEqual(["INVALID_DATA", ["data"], "data is an object"]);
    expect(e.messages).toEqual({
      en: "data: null is not target data",
      vi: "data: null không phải là dữ liệu chỉ tiêu",
    });
  });

  it("units that are not a table are refused by their own rule (a list, a number, null)", () => {
    for (const units of [[1, 2], 5, null, "ab"]) {
      const e = failure(() => trackTarget(perUnit, { units } as never, HALF));
      expect(e.rule).toBe("units maps each unit to its value");
      expect(e.messages.vi).toMatch(/^data\.units: .* không phải là bảng đơn vị$/);
    }
    expect(failure(() => trackTarget(perUnit, { units: {} }, HALF)).messages.en).toBe(
      "data.units: an object lists no unit",
    );
  });

  it("a part above its whole names the whole and says 'above 100%'", () => {
    const e = failure(() => trackTarget(share, { part: 6, whole: 5 }, HALF));
    expect(e.messages).toEqual({
      en: "data.part: 6 exceeds the whole (5): a share above 100%",
      vi: "data.part: 6 lớn hơn tổng (5): tỷ lệ trên 100%",
    });
  });

  it("data whose getter throws is INVALID_DATA at data", () => {
    const hostile = {
      get value(): number {
        throw new Error("boom");
      },
    };
    const e = failure(() => trackTarget(count, hostile, HALF));
    expect([e.code, e.path]).toEqual(["INVALID_DATA", ["data"]]);
  });

  it("a date before the target's start names the start", () => {
    const e = failure(() => trackTarget(count, { value: 1 }, "2020-12-31"));
    expect([e.code, e.path]).toEqual(["INVALID_DATA", ["asOf"]]);
    expect(e.messages.en).toBe(`asOf: "2020-12-31" is before the target's start (2021-01-01)`);
  });
});

describe("counts: pace, projection and status at the exact boundaries", () => {
  it("pace needed = remaining over the days left (asOf included), per average month and year", () => {
    // 7 left over 6 days: 7 × 30.436875 / 6 = 35.51 a month, 7 × 365.2425 / 6 = 426.12 a year.
    const p = trackTarget(count, { value: 3 }, HALF);
    expect(p).toMatchObject({
      achieved: 3,
      required: 10,
      remaining: 7,
      percentDone: 30,
      daysLeft: 5,
      neededPerMonth: 35.51,
      neededPerYear: 426.12,
    });
  });

  it("projection is linear over the plan's days, both ends included (3 in 5 of 10 days: 6)", () => {
    const p = trackTarget(count, { value: 3 }, HALF);
    expect([p.projection, p.status]).toEqual([6, "at-risk"]);
    expect(p.reason).toEqual({
      en: "At risk: 3 of 10; at the pace so far, only 6 by 2021-01-10.",
      vi: "Có nguy cơ không đạt: 3/10; theo tốc độ hiện nay, chỉ đạt 6 vào 2021-01-10.",
    });
  });

  it("a projection exactly at the target is on track", () => {
    const p = trackTarget(count, { value: 5 }, HALF);
    expect([p.projection, p.status]).toEqual([10, "on-track"]);
    expect(p.reason).toEqual({
      en: "On track: 5 of 10; at the pace so far, 10 by 2021-01-10.",
      vi: "Đúng tiến độ: 5/10; theo tốc độ hiện nay, đạt 10 vào 2021-01-10.",
    });
  });

  it("the status follows the projection before rounding: 9.96 shown as 10 is still short of 10", () => {
    // Was: the rounded projection decided, so a short count read "on track", even on the deadline day.
    const half = trackTarget(count, { value: 4.98 }, HALF);
    expect([half.projection, half.status]).toEqual([10, "at-risk"]);
    const last = trackTarget(count, { value: 9.99 }, "2021-01-10");
    expect([last.projection, last.status]).toEqual([10, "at-risk"]);
    // A share projected a hair under its percentage is at risk too (49.99% → 69.98% for 70%).
    const s = trackTarget(share, { part: 4999, whole: 10000, atStart: { part: 3, whole: 10 } }, HALF);
    expect([s.projection, s.status]).toEqual([70, "at-risk"]);
  });

  it("met exactly at the target, not one short; once met there is no pace to keep", () => {
    const met = trackTarget(count, { value: 10 }, HALF);
    expect(met).toMatchObject({ status: "met", remaining: 0, percentDone: 100 });
    expect([met.neededPerMonth, met.neededPerYear]).toEqual([null, null]);
    expect(met.reason).toEqual({
      en: "Met: 10 achieved against 10 required.",
      vi: "Đã đạt: 10 so với yêu cầu 10.",
    });
    expect(trackTarget(count, { value: 9 }, HALF)).toMatchObject({ status: "on-track", remaining: 1 });
  });

  it("on the deadline day the pace is still counted (one day left); the day after it is missed", () => {
    const last = trackTarget(count, { value: 9 }, "2021-01-10");
    expect(last).toMatchObject({ daysLeft: 0, neededPerMonth: 30.44, neededPerYear: 365.24, projection: 9 });
    expect(last.status).toBe("at-risk");
    const after = trackTarget(count, { value: 9 }, "2021-01-11");
    expect(after).toMatchObject({ daysLeft: -1, neededPerMonth: null, neededPerYear: null, projection: 9 });
    expect(after.status).toBe("missed");
    expect(after.reason).toEqual({
      en: "Missed: 9 of 10 by the deadline 2021-01-10.",
      vi: "Không đạt: 9/10 khi hết hạn 2021-01-10.",
    });
  });

  it("a cumulative count is measured from its baseline; an increment ignores any baseline", () => {
    const cumulative = trackTarget(
      { ...count, counting: "cumulative", target: 200, baseline: 100 },
      { value: 130 },
      HALF,
    );
    // 100 + 30 × 10 / 5
    expect(cumulative).toMatchObject({ projection: 160, percentDone: 30, remaining: 70, status: "at-risk" });
    const increment = trackTarget({ ...count, target: 200, baseline: 100 }, { value: 130 }, HALF);
    expect(increment).toMatchObject({ projection: 260, percentDone: 65, status: "on-track" });
    const noBaseline = trackTarget({ ...count, counting: "cumulative", target: 200 }, { value: 130 }, HALF);
    expect(noBaseline).toMatchObject({ projection: 260, percentDone: 65 });
  });

  it("with nothing to gain (target 0, or a baseline already above it) the percentage done is 100", () => {
    expect(trackTarget({ ...count, target: 0 }, { value: 0 }, HALF)).toMatchObject({
      status: "met",
      percentDone: 100,
    });
    const above = trackTarget(
      { ...count, counting: "cumulative", target: 200, baseline: 300 },
      { value: 250 },
      HALF,
    );
    expect(above).toMatchObject({ status: "met", percentDone: 100 });
  });

  it("a range is met from its min; only a value above the max says so", () => {
    const atMax = trackTarget(range, { value: 30 }, HALF);
    expect(atMax.reason).toEqual({
      en: "Met: 30 achieved against 20 required.",
      vi: "Đã đạt: 30 so với yêu cầu 20.",
    });
    expect(trackTarget(range, { value: 25 }, HALF).reason.en).toBe("Met: 25 achieved against 20 required.");
    expect(trackTarget(range, { value: 31 }, HALF).reason).toEqual({
      en: "Met: 31 achieved against 20 required. Above the range's maximum of 30.",
      vi: "Đã đạt: 31 so với yêu cầu 20. Vượt mức tối đa 30 của khoảng.",
    });
    expect(trackTarget(range, { value: 19 }, "2021-01-10").status).toBe("at-risk");
  });

  it("neither the target nor the data is changed", () => {
    const target = { ...count, counting: "cumulative", target: 200, baseline: 100 } as const;
    const data = { value: 130 };
    const [t, d] = [structuredClone(target), structuredClone(data)];
    trackTarget(target, data, HALF);
    expect([target, data]).toEqual([t, d]);
  });
});

describe("shares and coverage: achieved, remaining items, projection from the start", () => {
  it("without data at the start there is no trend to project", () => {
    const p = trackTarget(share, { part: 50, whole: 100 }, HALF);
    expect(p).toMatchObject({
      achieved: 50,
      required: 70,
      remaining: 20,
      remainingItems: 20,
      percentDone: 71.4,
      projection: null,
      status: "at-risk",
      neededPerMonth: 101.46, // 20 × 30.436875 / 6
    });
    expect(p.reason).toEqual({
      en: "At risk: 50% (50/100) of 70%, with no trend to project to 2021-01-10.",
      vi: "Có nguy cơ không đạt: 50% (50/100)/70%, chưa có xu hướng để dự báo đến 2021-01-10.",
    });
  });

  it("from 40% at the start to 50% in 5 of 10 days: 60% at the deadline, a third of the way", () => {
    const p = trackTarget(share, { part: 50, whole: 100, atStart: { part: 40, whole: 100 } }, HALF);
    expect(p).toMatchObject({ projection: 60, percentDone: 33.3, status: "at-risk", remaining: 20 });
    expect(p.reason).toEqual({
      en: "At risk: 50% (50/100) of 70%; at the pace so far, only 60% by 2021-01-10.",
      vi: "Có nguy cơ không đạt: 50% (50/100)/70%; theo tốc độ hiện nay, chỉ đạt 60% vào 2021-01-10.",
    });
  });

  it("a projection is capped at 100%", () => {
    const p = trackTarget(share, { part: 60, whole: 100, atStart: { part: 10, whole: 100 } }, HALF);
    expect([p.projection, p.status]).toEqual([100, "on-track"]);
    expect(p.reason).toEqual({
      en: "On track: 60% (60/100) of 70%; at the pace so far, 100% by 2021-01-10.",
      vi: "Đúng tiến độ: 60% (60/100)/70%; theo tốc độ hiện nay, đạt 100% vào 2021-01-10.",
    });
  });

  it("a start with no items (0/0) gives no trend; data with no items is not met", () => {
    const noStart = trackTarget(share, { part: 50, whole: 100, atStart: { part: 0, whole: 0 } }, HALF);
    expect([noStart.projection, noStart.percentDone]).toEqual([null, 71.4]);
    const empty = trackTarget(share, { part: 0, whole: 0 }, HALF);
    expect(empty).toMatchObject({ achieved: 0, remaining: 70, percentDone: 0, status: "at-risk" });
    expect(empty.reason.en).toBe("At risk: 0% (0/0) of 70%, with no trend to project to 2021-01-10.");
    // Even a 0% target is not met by no items at all, and has no trend to be on track with.
    const zero = trackTarget({ ...share, percent: 0 }, { part: 0, whole: 0 }, HALF);
    expect(zero.status).toBe("at-risk");
  });

  it("met exactly at the percentage (7 of 10 for 70%), and the items still needed are whole", () => {
    expect(trackTarget(share, { part: 7, whole: 10 }, HALF)).toMatchObject({
      status: "met",
      remaining: 0,
      remainingItems: 0,
    });
    const short = trackTarget(share, { part: 69, whole: 100 }, "2021-01-10");
    expect(short).toMatchObject({ status: "at-risk", remaining: 1, remainingItems: 1 });
    // 2 of 3 is 66.67%: one more item is needed for 70% (2.1 rounded up, less the 2 held).
    expect(trackTarget(share, { part: 2, whole: 3 }, HALF)).toMatchObject({
      achieved: 66.67,
      remaining: 3.33,
      remainingItems: 1,
    });
  });

  it("a start already at the required share counts as all the way done", () => {
    const p = trackTarget(share, { part: 75, whole: 100, atStart: { part: 70, whole: 100 } }, HALF);
    expect([p.status, p.percentDone]).toEqual(["met", 100]);
    expect(trackTarget({ ...share, percent: 0 }, { part: 3, whole: 5 }, HALF).percentDone).toBe(100);
  });

  it("a share is missed after its deadline, with no pace", () => {
    const p = trackTarget(coverage, { part: 30, whole: 38 }, "2021-01-11");
    expect(p).toMatchObject({ status: "missed", neededPerMonth: null, remainingItems: 8 });
    expect(p.reason.en).toBe("Missed: 78.9% (30/38) of 100% by the deadline 2021-01-10.");
  });
});

describe("per-unit minimums: shortfalls, ordering and wording", () => {
  const units = { c: 0, a: 0, b: 1, d: 3 };

  it("lists the units short, largest shortfall first, then by name, with their values", () => {
    const p = trackTarget(perUnit, { units }, HALF);
    expect(p.shortfalls).toEqual([
      { unit: "a", value: 0, missing: 2 },
      { unit: "c", value: 0, missing: 2 },
      { unit: "b", value: 1, missing: 1 },
    ]);
    expect(p).toMatchObject({ achieved: 1, required: 4, remaining: 3, percentDone: 25, projection: null });
    expect(p.reason).toEqual({
      en: "At risk: 1 of 4 communes, with no trend to project to 2021-01-10. 3 of 4 communes below the minimum of 2: a (0), c (0), b (1).",
      vi: "Có nguy cơ không đạt: 1/4 xã, chưa có xu hướng để dự báo đến 2021-01-10. 3/4 xã chưa đạt mức tối thiểu 2: a (0), c (0), b (1).",
    });
  });

  it("the pace counts every item missing across the units (2 + 2 + 1 = 5 over 6 days)", () => {
    const p = trackTarget(perUnit, { units }, HALF);
    expect([p.neededPerMonth, p.neededPerYear]).toEqual([25.36, 304.37]);
  });

  it("percentage done is the share of units at the minimum (1 of 3: 33.3)", () => {
    expect(trackTarget(perUnit, { units: { a: 2, b: 1, c: 0 } }, HALF).percentDone).toBe(33.3);
  });

  it("met once every unit reaches the minimum exactly, with no list", () => {
    const p = trackTarget(perUnit, { units: { a: 2, b: 5 } }, HALF);
    expect(p).toMatchObject({ status: "met", shortfalls: [], neededPerMonth: null, percentDone: 100 });
    expect(p.reason).toEqual({
      en: "Met: 2 achieved against 2 communes required.",
      vi: "Đã đạt: 2 so với yêu cầu 2 xã.",
    });
  });

  it("missed after the deadline, still listing the units short", () => {
    const p = trackTarget(perUnit, { units: { a: 2, b: 1 } }, "2021-02-01");
    expect(p.status).toBe("missed");
    expect(p.reason.en).toBe(
      "Missed: 1 of 2 communes by the deadline 2021-01-10. 1 of 2 communes below the minimum of 2: b (1).",
    );
  });
});
