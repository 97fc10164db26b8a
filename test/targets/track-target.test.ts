import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../../src/calendar/calendar-date.js";
import { OcopError } from "../../src/errors/ocop-error.js";
import {
  CHUONG_MY_2024_TARGETS,
  CHUONG_MY_COMMUNES_WITHOUT_PRODUCT_2024,
  DECISION_490_TARGETS,
  DECISION_919_TARGETS,
  HANOI_2021_2025_TARGETS,
  TARGET_PRESETS,
  THUONG_TIN_TARGETS,
  targetPreset,
} from "../../src/targets/presets/index.js";
import { trackTarget } from "../../src/targets/track-target.js";
import type { CountTarget, PerUnitMinimumTarget, ShareTarget, Target } from "../../src/targets/types.js";

const name = { vi: "x", en: "x" };
const count: CountTarget = {
  id: "t",
  kind: "count",
  counting: "increment",
  target: 2000,
  start: "2021-01-01",
  deadline: "2025-12-31",
  name,
  measure: name,
};

describe("trackTarget — counts (golden: Hanoi's 2,000 more products, 2021–2025)", () => {
  const hanoi = targetPreset("hanoi-2025/products-3-stars");
  // Batches after 2020 (targets notes): 2021: 595; 2022: 518; 2023: 544; 2024: 606.
  it("is on track after 2023 (1,657 of 2,000 in 3 of 5 years)", () => {
    const p = trackTarget(hanoi, { value: 595 + 518 + 544 }, "2023-12-31");
    expect(p.status).toBe("on-track");
    expect(p.remaining).toBe(343);
    expect(p.percentDone).toBe(82.9);
    expect(p.projection).toBeGreaterThan(2000);
    expect(p.neededPerYear).toBeCloseTo(171.15, 2); // 343 over the 732 days left
    expect(p.reason.vi).toMatch(/^Đúng tiến độ/);
  });

  it("is met after the 2024 round (2,263: 3,317 − 1,054)", () => {
    const p = trackTarget(hanoi, { value: 3317 - 1054 }, "2025-06-30");
    expect(p.status).toBe("met");
    expect(p.remaining).toBe(0);
    expect(p.neededPerMonth).toBeNull();
    expect(p.reason.en).toBe("Met: 2263 achieved against 2000 required.");
  });

  it("is at risk when the pace is too slow, and missed after the deadline", () => {
    expect(trackTarget(count, { value: 500 }, "2023-12-31").status).toBe("at-risk");
    const missed = trackTarget(count, { value: 1500 }, "2026-01-01");
    expect(missed.status).toBe("missed");
    expect(missed.daysLeft).toBe(-1);
    expect(missed.reason.en).toContain("Missed");
  });

  it("measures a cumulative count from its baseline (919: 10,000 products 3★+, baseline 4,469)", () => {
    const t = targetPreset("919/products-3-stars");
    // 06/12/2023: 10,322 products (63/63 provinces) — met.
    expect(trackTarget(t, { value: 10322 }, "2023-12-06").status).toBe("met");
    // 22/05/2024 would also be met; early 2022 (end-2021: 5,401) is at risk at the pace so far.
    const early = trackTarget(t, { value: 5401 }, "2021-12-31");
    expect(early.percentDone).toBe(16.9); // (5,401 − 4,469) / (10,000 − 4,469)
    expect(early.status).toBe("at-risk");
  });
});

describe("trackTarget — ranges, shares, coverage, per unit", () => {
  it("range: Chương Mỹ 2024, 20–30 products", () => {
    const t = CHUONG_MY_2024_TARGETS[0];
    expect(trackTarget(t, { value: 12 }, "2024-12-31").status).toBe("at-risk");
    expect(trackTarget(t, { value: 12 }, "2025-01-02").status).toBe("missed");
    expect(trackTarget(t, { value: 26 }, "2024-10-01").status).toBe("met");
    const above = trackTarget(t, { value: 31 }, "2024-12-31");
    expect(above.status).toBe("met");
    expect(above.reason.en).toContain("Above the range's maximum of 30");
  });

  it("range: 919's 400–500 five-star products, 79 at December 2024 — at risk", () => {
    const t = targetPreset("919/products-5-stars");
    const p = trackTarget(t, { value: 79 }, "2024-12-31");
    expect(p.status).toBe("at-risk");
    expect(p.remaining).toBe(321);
  });

  it("share: Hanoi's 70% of subjects organised (needs whole items)", () => {
    const t = targetPreset("hanoi-2025/organised-subjects");
    const p = trackTarget(t, { part: 156, whole: 255 }, "2021-01-01");
    expect(p.achieved).toBe(61.18);
    expect(p.remainingItems).toBe(23);
    expect(p.status).toBe("at-risk");
    expect(p.projection).toBeNull();
    expect(trackTarget(t, { part: 179, whole: 255 }, "2022-01-01").status).toBe("met");
    const trend = trackTarget(t, { part: 170, whole: 255, atStart: { part: 150, whole: 255 } }, "2023-01-01");
    expect(trend.projection).toBeGreaterThan(70);
    expect(trend.status).toBe("on-track");
  });

  it("coverage: Chương Mỹ's 100% of products at promotion events", () => {
    const t = CHUONG_MY_2024_TARGETS[2];
    expect(trackTarget(t, { part: 38, whole: 38 }, "2024-12-31").status).toBe("met");
    const p = trackTarget(t, { part: 30, whole: 38 }, "2024-06-30");
    expect(p.remainingItems).toBe(8);
    expect(p.reason.vi).toContain("30/38");
  });

  it("per unit: the 11 Chương Mỹ communes without a product — lists those short", () => {
    const t = CHUONG_MY_2024_TARGETS[3];
    const units = Object.fromEntries(
      CHUONG_MY_COMMUNES_WITHOUT_PRODUCT_2024.map((c, i) => [c, i < 8 ? 1 : 0]),
    );
    const p = trackTarget(t, { units }, "2024-09-30");
    expect(p.status).toBe("at-risk");
    expect(p.achieved).toBe(8);
    expect(p.required).toBe(11);
    expect(p.shortfalls?.map((s) => s.unit)).toEqual(["Tân Tiến", "Tốt Động", "Văn Võ"]);
    expect(p.reason.vi).toContain("xã, thị trấn chưa đạt mức tối thiểu 1");
    expect(p.reason.en).toMatch(/^At risk: \d+ of \d+ communes and towns/);
  });

  it("per unit: Thường Tín, every commune at least 2 products", () => {
    const t = THUONG_TIN_TARGETS[1];
    const p = trackTarget(t, { units: { "Hồng Vân": 5, "Hà Hồi": 2, "Tô Hiệu": 1 } }, "2024-12-31");
    expect(p.shortfalls).toEqual([{ unit: "Tô Hiệu", value: 1, missing: 1 }]);
    expect(trackTarget(t, { units: { "Hồng Vân": 5, "Hà Hồi": 2 } }, "2024-12-31").status).toBe("met");
  });
});

describe("bad data is a typed error", () => {
  it.each<[string, () => unknown, string, readonly (string | number)[]]>([
    [
      "negative count",
      () => trackTarget(count, { value: -1 }, "2022-01-01"),
      "INVALID_DATA",
      ["data", "value"],
    ],
    [
      "share above 100%",
      () =>
        trackTarget(
          { ...count, kind: "share", percent: 50 } as ShareTarget,
          { part: 6, whole: 5 },
          "2022-01-01",
        ),
      "INVALID_DATA",
      ["data", "part"],
    ],
    [
      "percent above 100",
      () =>
        trackTarget(
          { ...count, kind: "share", percent: 120 } as ShareTarget,
          { part: 1, whole: 5 },
          "2022-01-01",
        ),
      "INVALID_TARGET",
      ["target", "percent"],
    ],
    [
      "deadline before start",
      () => trackTarget({ ...count, deadline: "2020-12-31" }, { value: 1 }, "2022-01-01"),
      "INVALID_TARGET",
      ["target", "deadline"],
    ],
    ["impossible date", () => trackTarget(count, { value: 1 }, "2022-02-30"), "INVALID_DATE", ["asOf"]],
    ["before the start", () => trackTarget(count, { value: 1 }, "2020-12-31"), "INVALID_DATA", ["asOf"]],
    [
      "no units",
      () =>
        trackTarget(
          { ...count, kind: "per-unit-minimum", minimumPerUnit: 1, unit: name } as PerUnitMinimumTarget,
          { units: {} },
          "2022-01-01",
        ),
      "INVALID_DATA",
      ["data", "units"],
    ],
    [
      "unknown kind",
      () => trackTarget({ ...count, kind: "wish" } as unknown as Target, { value: 1 } as never, "2022-01-01"),
      "INVALID_TARGET",
      ["target", "kind"],
    ],
    [
      "range min > max",
      () =>
        trackTarget(
          { ...count, kind: "range", min: 5, max: 4 } as unknown as Target,
          { value: 1 } as never,
          "2022-01-01",
        ),
      "INVALID_TARGET",
      ["target", "max"],
    ],
    ["unknown preset", () => targetPreset("nope"), "UNKNOWN_ID", ["id"]],
  ])("%s", (_label, run, code, path) => {
    try {
      run();
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(OcopError);
      expect((error as OcopError).code).toBe(code);
      expect((error as OcopError).path).toEqual(path);
    }
  });

  it("junk data gives only typed errors (property)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...TARGET_PRESETS), fc.anything(), (target, data) => {
        try {
          trackTarget(target, data as never, target.deadline);
        } catch (error) {
          expect(error).toBeInstanceOf(OcopError);
        }
      }),
    );
  });
});

describe("properties", () => {
  it("a count's status is monotonic in the value, and inputs are never mutated", () => {
    const rank = { missed: 0, "at-risk": 1, "on-track": 2, met: 3 } as const;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 2000 }),
        (a, b, offset) => {
          const asOf = addDays("2021-01-01", offset);
          const frozen = structuredClone(count);
          const low = trackTarget(count, { value: Math.min(a, b) }, asOf);
          const high = trackTarget(count, { value: Math.max(a, b) }, asOf);
          expect(rank[high.status]).toBeGreaterThanOrEqual(rank[low.status]);
          expect(count).toEqual(frozen);
          expect(high.remaining + Math.min(high.achieved, high.required)).toBe(high.required);
        },
      ),
    );
  });
});

describe("presets", () => {
  it("every preset cites its source and has a unique id", () => {
    const ids = TARGET_PRESETS.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of TARGET_PRESETS) {
      expect(t.source?.quote.length, t.id).toBeGreaterThan(10);
      expect(t.deadline >= t.start).toBe(true);
    }
    expect(DECISION_919_TARGETS.length).toBeGreaterThanOrEqual(10);
    expect(DECISION_490_TARGETS.length).toBe(4);
    expect(HANOI_2021_2025_TARGETS.length).toBe(15);
  });
});
