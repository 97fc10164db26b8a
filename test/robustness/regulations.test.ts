import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { isCalendarDate } from "../../src/calendar/calendar-date.js";
import {
  ALL_REGIMES,
  dossierTransition,
  REGULATIONS,
  regime,
  regulation,
  regulationAt,
} from "../../src/regulations/index.js";
import { codeOf, dateOr, junk, RUNS, robustSame, snapshot } from "./junk.js";

type Fn = (...args: never[]) => unknown;
const call = <F extends Fn>(fn: F) => fn as unknown as (...args: readonly unknown[]) => ReturnType<F>;

const regulationNumber = fc.oneof(fc.constantFrom(...REGULATIONS.map((r) => r.number)), junk);
const regimeId = fc.oneof(fc.constantFrom(...ALL_REGIMES.map((r) => r.id)), junk);
const dossierKind = fc.oneof(fc.constantFrom("first-evaluation", "upgrade", "re-evaluation"), junk);

describe("regulations: junk in, only OcopError out, inputs untouched", () => {
  const data = snapshot([REGULATIONS, ALL_REGIMES]);

  test("regulation finds a modelled instrument or throws UNKNOWN_REGULATION", () => {
    fc.assert(
      fc.property(regulationNumber, (number) => {
        const outcome = robustSame(call(regulation), [number]);
        if (outcome.ok) expect((outcome.value as { number: unknown }).number).toBe(number);
        else expect(outcome.error.code).toBe("UNKNOWN_REGULATION");
      }),
      { numRuns: RUNS },
    );
  });

  test("regime finds a modelled regime or throws UNKNOWN_REGULATION", () => {
    fc.assert(
      fc.property(regimeId, (id) => {
        const outcome = robustSame(call(regime), [id]);
        if (outcome.ok) expect((outcome.value as { id: unknown }).id).toBe(id);
        else expect(outcome.error.code).toBe("UNKNOWN_REGULATION");
      }),
      { numRuns: RUNS },
    );
  });

  test("regulationAt: the regime in force that day (from <= date <= until)", () => {
    fc.assert(
      fc.property(dateOr("0001-01-01", "9999-12-31"), (date) => {
        const outcome = robustSame(call(regulationAt), [date]);
        if (outcome.ok) {
          const r = outcome.value as { from: string; until: string | null };
          expect(r.from <= (date as string)).toBe(true);
        } else expect(["INVALID_DATE", "DATE_BEFORE_FIRST_REGIME"]).toContain(outcome.error.code);
      }),
      { numRuns: RUNS },
    );
  });

  test("dossierTransition: null or a due date on or after the last day", () => {
    fc.assert(
      fc.property(
        dateOr("2019-01-01", "2027-12-31"),
        dossierKind,
        fc.option(dateOr("2019-01-01", "2027-12-31"), { nil: undefined }),
        (filedOn, kind, pendingOn) => {
          const outcome = robustSame(call(dossierTransition), [filedOn, kind, pendingOn]);
          const known = ["first-evaluation", "upgrade", "re-evaluation"].includes(kind as string);
          if (!known) expect(outcome.ok).toBe(false);
          if (outcome.ok && outcome.value !== null) {
            const t = outcome.value as { completeBy: string; due: string };
            expect(isCalendarDate(t.completeBy) && t.due >= t.completeBy).toBe(true);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  test("the registry's data is never changed", () => {
    expect(snapshot([REGULATIONS, ALL_REGIMES])).toBe(data);
  });
});

describe("regressions (each answered junk before)", () => {
  test("dossierTransition of an unknown dossier kind (was: null, as if no transition rule applied)", () => {
    expect(codeOf(() => dossierTransition("2026-05-10", "junk" as never))).toBe("INVALID_ARGUMENT");
    expect(codeOf(() => dossierTransition("2026-05-10", "__proto__" as never))).toBe("INVALID_ARGUMENT");
    expect(dossierTransition("2026-05-10", "re-evaluation")?.completeBy).toBe("2026-06-21");
  });
});
