import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { isCalendarDate } from "../../src/calendar/calendar-date.js";
import { REVOCATION_GROUNDS } from "../../src/certificates/index.js";
import {
  applyEvent,
  assertNever,
  CYCLE_STEPS,
  cycleStep,
  DEADLINE_STEPS,
  EVALUATING_LEVELS,
  EVALUATION_ROUNDS,
  type EvaluationRouting,
  evaluationRound,
  JOURNEY_EVENT_TYPES,
  JOURNEY_STATUSES,
  type Journey,
  PROCEDURES,
  type ProcedureDeadline,
  procedureDeadline,
  procedureFor,
  replayJourney,
  routeEvaluation,
  startJourney,
} from "../../src/procedure/index.js";
import { ALL_REGIMES } from "../../src/regulations/index.js";
import {
  calendarDates,
  codeOf,
  copyPlain,
  dateOr,
  hostileProxy,
  junk,
  junkNumber,
  nearValid,
  Recipe,
  RUNS,
  revokedProxy,
  robust,
  robustSame,
  snapshot,
} from "./junk.js";

type Fn = (...args: never[]) => unknown;
const call = <F extends Fn>(fn: F) => fn as unknown as (...args: readonly unknown[]) => ReturnType<F>;

const REGIME_IDS = ALL_REGIMES.map((r) => r.id);
const regimeId = fc.oneof(
  { arbitrary: fc.constantFrom(...REGIME_IDS), weight: 3 },
  { arbitrary: junk, weight: 1 },
);
const GROUND_IDS = REVOCATION_GROUNDS.map((g) => g.id);
const workingCalendar = fc.oneof(
  fc.constant(undefined),
  nearValid(
    fc.record(
      {
        extraDaysOff: fc.array(calendarDates("2024-01-01", "2028-12-31"), { maxLength: 3 }),
        extraWorkingDays: fc.array(calendarDates("2024-01-01", "2028-12-31"), { maxLength: 3 }),
      },
      { requiredKeys: [] },
    ),
  ),
);
const regimeOption = fc.oneof(
  fc.constant(undefined),
  nearValid(fc.record({ regime: fc.constantFrom(...REGIME_IDS) }, { requiredKeys: [] })),
);

/** A journey event of any type on `date`, with plausible fields. */
function eventOn(date: string): fc.Arbitrary<Record<string, unknown>> {
  const stars = fc.integer({ min: 1, max: 5 });
  return fc.constantFrom(...JOURNEY_EVENT_TYPES).chain((type): fc.Arbitrary<Record<string, unknown>> => {
    switch (type) {
      case "file-dossier":
        return fc.record({
          type: fc.constant(type),
          date: fc.constant(date),
          kind: fc.constantFrom("first-evaluation", "upgrade", "re-evaluation"),
          complete: fc.boolean(),
        });
      case "district-evaluation":
      case "province-evaluation":
      case "central-evaluation":
        return fc.record(
          {
            type: fc.constant(type),
            date: fc.constant(date),
            score: fc.double({ min: 0, max: 100, noNaN: true }),
            stars,
          },
          { requiredKeys: ["type", "date", "score"] },
        );
      case "recognise":
        return fc.record({ type: fc.constant(type), date: fc.constant(date), stars });
      case "revoke":
        return fc.record({
          type: fc.constant(type),
          date: fc.constant(date),
          ground: fc.constantFrom(...GROUND_IDS),
        });
      case "record-existing-certificate":
        return fc.record(
          {
            type: fc.constant(type),
            date: fc.constant(date),
            stars: fc.integer({ min: 3, max: 5 }),
            issuedBy: fc.constantFrom("commune", "district", "province", "central"),
            regime: fc.constantFrom(...REGIME_IDS),
          },
          { requiredKeys: ["type", "date", "stars", "issuedBy"] },
        );
      default:
        return fc.constant({ type, date });
    }
  });
}

/** 0–10 events with dates in order, each possibly corrupted. */
const events = fc
  .array(calendarDates("2019-09-01", "2031-12-31"), { maxLength: 10 })
  .map((days) => days.sort())
  .chain((days) => fc.tuple(...days.map((d) => nearValid(eventOn(d)))));

describe("procedure: junk in, only OcopError out, inputs untouched", () => {
  const data = snapshot([PROCEDURES, CYCLE_STEPS, EVALUATION_ROUNDS, DEADLINE_STEPS]);

  test("applyEvent: each step adds one record, the journey given is not changed", () => {
    fc.assert(
      fc.property(events, (list) => {
        let journey: Journey = startJourney();
        for (const event of list) {
          const outcome = robustSame(call(applyEvent), [journey, event]);
          if (!outcome.ok) {
            expect([
              "INVALID_TRANSITION",
              "INVALID_EVENT",
              "INVALID_ARGUMENT",
              "DATE_BEFORE_FIRST_REGIME",
            ]).toContain(outcome.error.code);
            continue;
          }
          const next = outcome.value as Journey;
          expect(next.history.length).toBe(journey.history.length + 1);
          expect(JOURNEY_STATUSES).toContain(next.state.status);
          expect(Object.isFrozen(next) && Object.isFrozen(next.state) && Object.isFrozen(next.history)).toBe(
            true,
          );
          journey = next;
        }
      }),
      { numRuns: RUNS },
    );
  });

  test("applyEvent on a stored journey with one field corrupted", () => {
    const stored = events.map((list) => {
      let journey: Journey = startJourney();
      for (const e of list) {
        try {
          journey = applyEvent(journey, e as never);
        } catch {
          // an event the journey refuses: skip it
        }
      }
      return copyPlain(JSON.parse(JSON.stringify(journey)) as Journey);
    });
    fc.assert(
      fc.property(
        nearValid(stored),
        nearValid(calendarDates("2031-12-31", "2032-12-31").chain((d) => eventOn(d))),
        (journey, event) => {
          robustSame(call(applyEvent), [journey, event]);
        },
      ),
      { numRuns: RUNS },
    );
  });

  test("replayJourney: the events in, one record each, or an OcopError", () => {
    fc.assert(
      fc.property(
        fc.oneof({ arbitrary: events as fc.Arbitrary<unknown>, weight: 3 }, { arbitrary: junk, weight: 1 }),
        fc.oneof(fc.constant(undefined), fc.constant(new Recipe("startJourney()", startJourney)), junk),
        (list, journey) => {
          const outcome = robustSame(call(replayJourney), journey === undefined ? [list] : [list, journey]);
          if (outcome.ok)
            expect((outcome.value as Journey).history.length).toBe((outcome.args[0] as unknown[]).length);
        },
      ),
      { numRuns: RUNS },
    );
  });

  test("routeEvaluation: stars within the band, decisions for the body acting next", () => {
    const input = nearValid(
      fc.record(
        {
          regime: fc.constantFrom(...REGIME_IDS),
          date: calendarDates("2019-08-21", "2030-12-31"),
          level: fc.constantFrom(...EVALUATING_LEVELS),
          score: fc.double({ min: 0, max: 100, noNaN: true }),
          stars: fc.integer({ min: 1, max: 5 }),
        },
        { requiredKeys: ["level", "score"] },
      ),
    );
    fc.assert(
      fc.property(input, (i) => {
        const outcome = robustSame(call(routeEvaluation), [i]);
        if (outcome.ok) {
          const r = outcome.value as EvaluationRouting;
          expect(r.stars).toBeLessThanOrEqual(r.band);
          expect(r.decisions.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: RUNS },
    );
  });

  test("procedureDeadline: due on or after the last day, the last day after the start", () => {
    const step = fc.oneof(
      { arbitrary: fc.constantFrom(...DEADLINE_STEPS), weight: 3 },
      { arbitrary: junk, weight: 1 },
    );
    fc.assert(
      fc.property(
        step,
        dateOr("2019-01-01", "2030-12-31"),
        workingCalendar,
        regimeOption,
        (s, start, cal, options) => {
          const outcome = robustSame(call(procedureDeadline), [s, start, cal, options]);
          if (outcome.ok) {
            const d = outcome.value as ProcedureDeadline;
            expect(d.due >= d.lastDay && d.lastDay > d.start).toBe(true);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  test("evaluationRound: the cut-off comes after the proposal", () => {
    const level = fc.oneof(fc.constantFrom("province", "central"), junk);
    fc.assert(
      fc.property(level, dateOr("2019-01-01", "2100-12-31"), regimeOption, (l, date, options) => {
        const outcome = robustSame(call(evaluationRound), [l, date, options]);
        if (outcome.ok) {
          const r = outcome.value as { proposedBefore: string; evaluatedBefore: string };
          expect(r.proposedBefore > (date as string) && isCalendarDate(r.evaluatedBefore)).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  test("procedureFor, cycleStep and assertNever", () => {
    const by = nearValid(
      fc.oneof(
        fc.record({ regime: fc.constantFrom(...REGIME_IDS) }),
        fc.record({ date: calendarDates("2015-01-01", "2030-12-31") }),
      ),
    );
    const id = fc.oneof(fc.constantFrom(...CYCLE_STEPS.map((s) => s.id)), junk);
    fc.assert(
      fc.property(by, id, junk, (b, i, value) => {
        const p = robustSame(call(procedureFor), [b]);
        if (p.ok) expect(REGIME_IDS).toContain((p.value as { regime: string }).regime);
        const c = robustSame(call(cycleStep), [i]);
        if (c.ok) expect((c.value as { id: unknown }).id).toBe(i);
        const never = robust(call(assertNever), [value]);
        expect(never.outcome.ok).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  test("the procedure data is never changed", () => {
    expect(junkNumber).toBeDefined();
    expect(regimeId).toBeDefined();
    expect(snapshot([PROCEDURES, CYCLE_STEPS, EVALUATION_ROUNDS, DEADLINE_STEPS])).toBe(data);
  });
});

describe("regressions (each let a raw error escape, or answered junk, before)", () => {
  const event = { type: "register-idea", date: "2026-03-01" } as const;

  test("replayJourney checks the journey even without events (was: returned the junk given)", () => {
    expect(codeOf(() => replayJourney([], Number.NaN as never))).toBe("INVALID_ARGUMENT");
    expect(codeOf(() => replayJourney([], {} as never))).toBe("INVALID_ARGUMENT");
    expect(replayJourney([]).state.status).toBe("new");
    expect(codeOf(() => replayJourney(hostileProxy([]) as never))).toBe("INVALID_EVENT");
  });

  test("journeys, events and inputs that cannot be read", () => {
    expect(codeOf(() => applyEvent(hostileProxy() as never, event))).toBe("INVALID_ARGUMENT");
    expect(codeOf(() => applyEvent(startJourney(), revokedProxy() as never))).toBe("INVALID_EVENT");
    expect(codeOf(() => routeEvaluation(revokedProxy() as never))).toBe("INVALID_ARGUMENT");
    expect(codeOf(() => procedureFor(hostileProxy() as never))).toBe("INVALID_ARGUMENT");
    expect(codeOf(() => evaluationRound("province", "2026-06-01", revokedProxy() as never))).toBe(
      "INVALID_ARGUMENT",
    );
    expect(
      codeOf(() => procedureDeadline("commune-check", "2026-06-01", undefined, hostileProxy() as never)),
    ).toBe("INVALID_ARGUMENT");
  });
});
