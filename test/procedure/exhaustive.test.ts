/**
 * Type tests: the unions of the procedure are closed, so that a `switch` that forgets a member does not
 * compile. Checked by `tsc --noEmit` (the `@ts-expect-error` lines fail the build if they stop being errors)
 * and run by vitest for the run-time half.
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import { OcopError } from "../../src/errors/ocop-error.js";
import type { CYCLE_STEPS } from "../../src/procedure/data/cycle.js";
import type { DeadlineStep } from "../../src/procedure/deadlines.js";
import {
  assertNever,
  JOURNEY_EVENT_TYPES,
  JOURNEY_STATUSES,
  type JourneyEvent,
  type JourneyEventType,
  type JourneyState,
  type JourneyStatus,
} from "../../src/procedure/journey.js";
import type { RouteDecision } from "../../src/procedure/routing.js";
import type { CycleStepId } from "../../src/procedure/types.js";

/** Every status handled: compiles. */
function label(state: JourneyState): string {
  switch (state.status) {
    case "new":
    case "idea-registered":
    case "plan-accepted":
      return "before the dossier";
    case "dossier-filed":
    case "upgrade-filed":
    case "re-evaluation-filed":
    case "dossier-checked-by-commune":
      return `filed ${state.dossier.filedOn}`;
    case "evaluated-at-district":
    case "evaluated-at-province":
    case "evaluated-at-central":
      return `scored ${state.result.score}`;
    case "proposed-to-ministry":
      return "at the Ministry";
    case "recognised":
      return `${state.stars}★`;
    case "certificate-issued":
    case "not-recognised":
    case "expired":
      return state.status;
    case "revoked":
      return `revoked: ${state.ground}`;
    default:
      return assertNever(state);
  }
}

/** A status forgotten ("expired"): does not compile. */
function forgetful(state: JourneyState): string {
  switch (state.status) {
    case "new":
    case "idea-registered":
    case "plan-accepted":
    case "dossier-filed":
    case "upgrade-filed":
    case "re-evaluation-filed":
    case "dossier-checked-by-commune":
    case "evaluated-at-district":
    case "evaluated-at-province":
    case "evaluated-at-central":
    case "proposed-to-ministry":
    case "recognised":
    case "certificate-issued":
    case "not-recognised":
    case "revoked":
      return state.status;
    default:
      // @ts-expect-error -- "expired" is not handled, so `state` is not `never`
      return assertNever(state);
  }
}

/** An event type forgotten ("record-existing-certificate"): does not compile. */
function eventName(event: JourneyEvent): string {
  switch (event.type) {
    case "register-idea":
    case "accept-plan":
    case "file-dossier":
    case "complete-dossier":
    case "commune-check":
    case "district-evaluation":
    case "province-evaluation":
    case "propose-to-ministry":
    case "central-evaluation":
    case "recognise":
    case "issue-certificate":
    case "close-dossier":
    case "revoke":
    case "expire":
      return event.type;
    default:
      // @ts-expect-error -- "record-existing-certificate" is not handled
      return assertNever(event);
  }
}

/** A cycle step forgotten ("trade-promotion"): does not compile. */
function stepMonthHint(id: CycleStepId): number {
  switch (id) {
    case "communication":
      return 1;
    case "idea-registration":
      return 2;
    case "business-plan":
      return 3;
    case "plan-implementation":
      return 4;
    case "evaluation":
      return 5;
    default:
      // @ts-expect-error -- "trade-promotion" is not handled
      return assertNever(id);
  }
}

/** A route decision forgotten ("not-covered"): does not compile. */
function decisionText(d: RouteDecision): string {
  switch (d.kind) {
    case "recognise":
      return `${d.stars}★`;
    case "forward":
      return d.to;
    case "evaluate-at-province":
    case "no-recognition":
      return d.rule;
    default:
      // @ts-expect-error -- "not-covered" is not handled
      return assertNever(d);
  }
}

describe("closed unions", () => {
  it("the status and event lists match the types", () => {
    expectTypeOf<(typeof JOURNEY_STATUSES)[number]>().toEqualTypeOf<JourneyStatus>();
    expectTypeOf<(typeof JOURNEY_EVENT_TYPES)[number]>().toEqualTypeOf<JourneyEventType>();
    expectTypeOf<(typeof CYCLE_STEPS)[number]["id"]>().toEqualTypeOf<CycleStepId>();
    expectTypeOf<DeadlineStep>().toEqualTypeOf<
      | "commune-check"
      | "re-evaluation"
      | "revocation"
      | "transition-first-evaluation"
      | "transition-upgrade"
      | "transition-re-evaluation"
    >();
    expect(new Set(JOURNEY_STATUSES).size).toBe(JOURNEY_STATUSES.length);
    expect(new Set(JOURNEY_EVENT_TYPES).size).toBe(JOURNEY_EVENT_TYPES.length);
  });

  it("a recognised state carries 3★ to 5★ only", () => {
    expectTypeOf<Extract<JourneyState, { status: "recognised" }>["stars"]>().toEqualTypeOf<3 | 4 | 5>();
  });

  it("the exhaustive switch works; the forgetful ones fail at run time with an OcopError", () => {
    expect(label({ status: "revoked", ground: "mark-misuse" })).toBe("revoked: mark-misuse");
    expect(label({ status: "expired" })).toBe("expired");
    expect(() => forgetful({ status: "expired" })).toThrow(OcopError);
    expect(() =>
      eventName({ type: "record-existing-certificate", date: "2026-01-01", stars: 3, issuedBy: "province" }),
    ).toThrow(OcopError);
    expect(() => stepMonthHint("trade-promotion")).toThrow(OcopError);
    expect(() => decisionText({ kind: "not-covered", note: "x" })).toThrow(
      expect.objectContaining({ code: "INVALID_ARGUMENT" }),
    );
    expect(stepMonthHint("evaluation")).toBe(5);
    expect(eventName({ type: "expire", date: "2026-01-01" })).toBe("expire");
    expect(
      decisionText({
        kind: "forward",
        to: "central",
        by: { level: "province", name: { vi: "", en: "" } },
        rule: "",
      }),
    ).toBe("central");
  });
});
