import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  TARGET_PRESETS,
  type Target,
  type TargetProgress,
  targetPreset,
  trackTarget,
} from "../../src/targets/index.js";
import {
  calendarDates,
  codeOf,
  dateOr,
  hostileProxy,
  junk,
  junkNumber,
  nearValid,
  RUNS,
  robustSame,
  snapshot,
  throwingGetters,
} from "./junk.js";

type Fn = (...args: never[]) => unknown;
const call = <F extends Fn>(fn: F) => fn as unknown as (...args: readonly unknown[]) => ReturnType<F>;

const STATUSES = ["met", "on-track", "at-risk", "missed"];
const count = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 20000 }), weight: 4 },
  { arbitrary: fc.double({ min: 0, max: 1e6, noNaN: true }), weight: 1 },
);
const bilingual = fc.record({ en: fc.string({ maxLength: 10 }), vi: fc.string({ maxLength: 10 }) });

/** A custom target of any kind. */
const customTarget: fc.Arbitrary<Target> = fc
  .tuple(calendarDates("2020-01-01", "2030-12-31"), fc.integer({ min: 0, max: 2000 }))
  .chain(([start, days]) => {
    const d = new Date(`${start}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + days);
    const common = {
      id: fc.constant("custom"),
      name: bilingual,
      measure: bilingual,
      start: fc.constant(start),
      deadline: fc.constant(d.toISOString().slice(0, 10)),
    };
    return fc.oneof(
      fc.record({
        ...common,
        kind: fc.constant("count" as const),
        counting: fc.constantFrom("increment" as const, "cumulative" as const),
        target: count,
        baseline: count,
      }),
      fc.record({
        ...common,
        kind: fc.constant("share" as const),
        percent: fc.double({ min: 0, max: 100, noNaN: true }),
      }),
      fc.record({
        ...common,
        kind: fc.constant("coverage" as const),
        percent: fc.double({ min: 0, max: 100, noNaN: true }),
      }),
      fc.record({
        ...common,
        kind: fc.constant("per-unit-minimum" as const),
        minimumPerUnit: count,
        unit: bilingual,
      }),
      fc
        .record({
          ...common,
          kind: fc.constant("range" as const),
          counting: fc.constantFrom("increment" as const, "cumulative" as const),
          min: count,
          max: count,
        })
        .map((t) => ({ ...t, min: Math.min(t.min, t.max), max: Math.max(t.min, t.max) })),
    ) as fc.Arbitrary<Target>;
  });

const target = fc.oneof(fc.constantFrom(...TARGET_PRESETS), customTarget);

/** Data of the right shape for a target. */
function dataFor(t: Target): fc.Arbitrary<unknown> {
  switch (t.kind) {
    case "count":
    case "range":
      return fc.record({ value: count });
    case "share":
    case "coverage":
      return fc
        .tuple(count, count, fc.option(fc.tuple(count, count), { nil: undefined }))
        .map(([a, b, start]) => ({
          part: Math.min(a, b),
          whole: Math.max(a, b),
          ...(start === undefined
            ? {}
            : { atStart: { part: Math.min(...start), whole: Math.max(...start) } }),
        }));
    case "per-unit-minimum":
      return fc
        .dictionary(
          fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom("__proto__", "constructor")),
          count,
          {
            minKeys: 1,
            maxKeys: 5,
          },
        )
        .map((units) => ({ units }));
  }
}

describe("targets: junk in, only OcopError out, inputs untouched", () => {
  const data = snapshot(TARGET_PRESETS);

  test("trackTarget: a status, and days left counted to the deadline", () => {
    const input = target.chain((t) =>
      fc.tuple(
        nearValid(fc.constant(t)),
        nearValid(dataFor(t)),
        dateOr(
          t.start,
          t.deadline < "2100-01-01" ? `${Number(t.deadline.slice(0, 4)) + 1}-12-31` : t.deadline,
        ),
      ),
    );
    fc.assert(
      fc.property(input, ([t, d, asOf]) => {
        const outcome = robustSame(call(trackTarget), [t, d, asOf]);
        if (outcome.ok) {
          const p = outcome.value as TargetProgress;
          expect(STATUSES).toContain(p.status);
          expect(p.asOf).toBe(asOf);
          expect(p.reason.en.length > 0 && p.reason.vi.length > 0).toBe(true);
          if (p.status === "met") expect(p.remaining).toBe(0);
        } else expect(["INVALID_TARGET", "INVALID_DATA", "INVALID_DATE"]).toContain(outcome.error.code);
      }),
      { numRuns: RUNS },
    );
  });

  test("targetPreset: the preset of that id", () => {
    const id = fc.oneof(fc.constantFrom(...TARGET_PRESETS.map((t) => t.id)), junk, junkNumber);
    fc.assert(
      fc.property(id, (i) => {
        const outcome = robustSame(call(targetPreset), [i]);
        if (outcome.ok) expect((outcome.value as Target).id).toBe(i);
        else expect(outcome.error.code).toBe("UNKNOWN_ID");
      }),
      { numRuns: RUNS },
    );
  });

  test("the presets are never changed", () => {
    expect(snapshot(TARGET_PRESETS)).toBe(data);
  });
});

describe("regressions (each let a raw error escape before)", () => {
  const perUnit = {
    id: "x",
    kind: "per-unit-minimum",
    minimumPerUnit: 2,
    start: "2026-01-01",
    deadline: "2026-12-31",
    name: { en: "Every commune", vi: "Mỗi xã" },
    measure: { en: "products", vi: "sản phẩm" },
  };

  test("a per-unit target without a unit name (was: TypeError reading unit.en when a unit falls short)", () => {
    expect(codeOf(() => trackTarget(perUnit as never, { units: { a: 1 } } as never, "2026-06-01"))).toBe(
      "INVALID_TARGET",
    );
    const named = { ...perUnit, unit: { en: "commune", vi: "xã" } };
    expect(trackTarget(named as never, { units: { a: 1 } } as never, "2026-06-01").status).toBe("at-risk");
  });

  test("targets and data that cannot be read", () => {
    const preset = TARGET_PRESETS[0]!;
    expect(codeOf(() => trackTarget(hostileProxy() as never, { value: 1 } as never, "2026-06-01"))).toBe(
      "INVALID_TARGET",
    );
    expect(codeOf(() => trackTarget(preset, throwingGetters() as never, preset.start))).toBe("INVALID_DATA");
  });
});

describe("regressions (each answered wrongly before)", () => {
  test("a count target whose counting is misspelt (was: silently counted from zero)", () => {
    const t = {
      id: "x",
      kind: "count",
      counting: "cumulatve",
      target: 100,
      baseline: 50,
      start: "2026-01-01",
      deadline: "2026-12-31",
      name: { en: "Products", vi: "Sản phẩm" },
      measure: { en: "products", vi: "sản phẩm" },
    };
    expect(codeOf(() => trackTarget(t as never, { value: 60 } as never, "2026-06-01"))).toBe(
      "INVALID_TARGET",
    );
    const ok = { ...t, counting: "cumulative" };
    expect(trackTarget(ok as never, { value: 60 } as never, "2026-06-01").percentDone).toBe(20);
  });
});
