import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, type CalendarDate, daysBetween } from "../../src/calendar/calendar-date.js";
import {
  certificateExpiry,
  certificateHistory,
  certificateObligations,
  certificateStatus,
  parseCertificate,
  parseCertificateEvents,
  revocationDeadline,
  upcomingCertificateDeadlines,
} from "../../src/certificates/index.js";
import { OcopError } from "../../src/errors/ocop-error.js";
import { makeCertificate } from "./fixtures.js";

const FIRST: CalendarDate = "2019-08-21";
/** Issue dates from 21/08/2019 to the end of 2035. */
const issueDate = fc.integer({ min: 0, max: 5975 }).map((n) => addDays(FIRST, n));

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe("properties of expiry and windows", () => {
  it("expiry comes after the issue date, 1,094–1,097 days later, and is monotonic", () => {
    fc.assert(
      fc.property(issueDate, fc.integer({ min: 0, max: 400 }), (d, gap) => {
        const e = certificateExpiry(d);
        const days = daysBetween(d, e);
        expect(days).toBeGreaterThanOrEqual(1093);
        expect(days).toBeLessThanOrEqual(1096);
        expect(certificateExpiry(addDays(d, gap)) >= e).toBe(true);
      }),
    );
  });

  it("the window and the notice lie inside the validity", () => {
    fc.assert(
      fc.property(issueDate, (d) => {
        const o = certificateObligations(makeCertificate(d, d >= "2025-07-01" ? {} : { stars: 4 }));
        const w = o.reEvaluationWindow;
        if (w !== null) {
          expect(w.opensOn > o.validFrom).toBe(true);
          expect(w.opensOn < w.closesOn).toBe(true);
          expect(w.closesOn < o.expiresOn).toBe(true);
        }
        const n = o.expiryNotice;
        if (n !== null) expect(n.dueBy > o.validFrom && n.dueBy < o.expiresOn).toBe(true);
        // Never both: 148 notices stop when 26/2026 windows start.
        expect(w !== null && n !== null).toBe(false);
      }),
    );
  });
});

describe("status changes only at its documented boundaries", () => {
  it("without events", () => {
    fc.assert(
      fc.property(issueDate, fc.integer({ min: -5, max: 1300 }), (d, offset) => {
        const cert = makeCertificate(d);
        const o = certificateObligations(cert);
        const day = addDays(d, offset);
        const before = certificateStatus(cert, addDays(day, -1)).status;
        const now = certificateStatus(cert, day).status;
        if (before !== now) {
          const boundaries = [
            o.validFrom,
            o.reEvaluationWindow?.opensOn,
            o.reEvaluationWindow && addDays(o.reEvaluationWindow.closesOn, 1),
            o.expiryNotice?.dueBy,
            addDays(o.expiresOn, 1),
          ];
          expect(boundaries).toContain(day);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("with a filing and a decision, around the transition", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 240 }).map((n) => addDays("2023-04-01", n)),
        fc.integer({ min: -200, max: 0 }),
        fc.integer({ min: 1, max: 250 }),
        fc.integer({ min: -250, max: 250 }),
        (d, fileOffset, decideAfter, asOfOffset) => {
          const cert = makeCertificate(d);
          const o = certificateObligations(cert);
          const filedOn = addDays(o.expiresOn, fileOffset);
          const decidedOn = addDays(filedOn, decideAfter);
          const events = [
            { kind: "re-evaluation-filed", on: filedOn },
            { kind: "decision", on: decidedOn, result: null },
          ];
          const day = addDays(o.expiresOn, asOfOffset);
          const before = certificateStatus(cert, addDays(day, -1), events).status;
          const now = certificateStatus(cert, day, events).status;
          if (before !== now) {
            const t = o.transition;
            const boundaries = [
              filedOn,
              decidedOn,
              addDays(decidedOn, 1),
              o.reEvaluationWindow?.opensOn,
              o.reEvaluationWindow && addDays(o.reEvaluationWindow.closesOn, 1),
              o.expiryNotice?.dueBy,
              addDays(o.expiresOn, 1),
              t?.extensionEndsOn && addDays(t.extensionEndsOn, 1),
            ];
            expect(boundaries).toContain(day);
          }
          if (now === "extended") expect(o.transition?.graceCovered).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("junk input gives only OcopError", () => {
  const calls: [string, (x: unknown) => unknown][] = [
    ["parseCertificate", (x) => parseCertificate(x)],
    ["certificateExpiry", (x) => certificateExpiry(x as string)],
    ["certificateObligations", (x) => certificateObligations(x)],
    ["certificateStatus(cert)", (x) => certificateStatus(x, "2027-01-01")],
    ["certificateStatus(asOf)", (x) => certificateStatus(makeCertificate("2026-06-15"), x as string)],
    ["certificateStatus(events)", (x) => certificateStatus(makeCertificate("2026-06-15"), "2027-01-01", x)],
    ["parseCertificateEvents", (x) => parseCertificateEvents(x, "2026-06-15")],
    ["certificateHistory", (x) => certificateHistory(x as Iterable<unknown>)],
    ["certificateHistory([x])", (x) => certificateHistory([x])],
    ["revocationDeadline", (x) => revocationDeadline(x as string)],
    ["revocationDeadline(options)", (x) => revocationDeadline("2026-09-01", x as never)],
    [
      "upcoming(certificates)",
      (x) => upcomingCertificateDeadlines(x as Iterable<unknown>, { asOf: "2026-01-01", withinDays: 9 }),
    ],
    ["upcoming([x])", (x) => upcomingCertificateDeadlines([x], { asOf: "2026-01-01", withinDays: 9 })],
    ["upcoming(options)", (x) => upcomingCertificateDeadlines([], x as never)],
  ];
  for (const [name, call] of calls) {
    it(name, () => {
      fc.assert(
        fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), (x) => {
          try {
            call(x);
          } catch (error) {
            expect(error).toBeInstanceOf(OcopError);
          }
        }),
        { numRuns: 200 },
      );
    });
  }

  it("certificates with one corrupted field", () => {
    const keys = [
      "product",
      "holder",
      "stars",
      "score",
      "decisionNumber",
      "issuedOn",
      "issuer",
      "locality",
      "regime",
      "expiresOn",
    ];
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.anything(), (key, value) => {
        try {
          certificateStatus({ ...makeCertificate("2026-06-15"), [key]: value }, "2027-01-01");
        } catch (error) {
          expect(error).toBeInstanceOf(OcopError);
        }
      }),
    );
  });
});

describe("inputs are never mutated", () => {
  it("status, history and registry leave frozen inputs intact", () => {
    fc.assert(
      fc.property(issueDate, fc.integer({ min: 0, max: 1300 }), (d, offset) => {
        const cert = deepFreeze(makeCertificate(d));
        const events = deepFreeze([
          { kind: "re-evaluation-filed", on: addDays(d, 900) },
          { kind: "notice-sent", on: addDays(d, 10) },
        ]);
        const copy = structuredClone([cert, events]);
        certificateStatus(cert, addDays(d, offset), events);
        certificateHistory([{ certificate: cert, events }]);
        upcomingCertificateDeadlines([cert], { asOf: addDays(d, offset), withinDays: 200 });
        expect([cert, events]).toEqual(copy);
      }),
      { numRuns: 100 },
    );
  });
});
