import { describe, expect, it } from "vitest";
import { certificateStatus } from "../../src/certificates/index.js";
import { OcopError } from "../../src/errors/ocop-error.js";
import { makeCertificate } from "./fixtures.js";

// Issued 15/06/2026 under 26/2026: expires 15/06/2029; window 17/12/2028 – 15/02/2029.
const CERT = makeCertificate("2026-06-15");

describe("certificateStatus without events (26/2026 window)", () => {
  const cases: [string, string, string | null, number | null][] = [
    ["2026-06-14", "not-yet-issued", null, null],
    ["2026-06-15", "window-not-open", "window-opens", 916],
    ["2028-12-16", "window-not-open", "window-opens", 1],
    ["2028-12-17", "window-open", "window-closes", 60],
    ["2029-02-15", "window-open", "window-closes", 0],
    ["2029-02-16", "window-missed", "expiry", 119],
    ["2029-06-15", "window-missed", "expiry", 0],
    ["2029-06-16", "expired", null, null],
  ];
  for (const [asOf, status, next, days] of cases) {
    it(`${asOf}: ${status}`, () => {
      const s = certificateStatus(CERT, asOf);
      expect(s.status).toBe(status);
      expect(s.next?.name ?? null).toBe(next);
      expect(s.next?.daysLeft ?? null).toBe(days);
      expect(s.inForceThrough).toBe("2029-06-15");
    });
  }
});

describe("certificateStatus under 148 (notice)", () => {
  // Issued 01/03/2023 (148, district 3★): expires 01/03/2026, notice due 30/01/2026.
  const cert = makeCertificate("2023-03-01", {
    stars: 3,
    score: 64,
    issuer: { level: "district", name: "UBND huyện X" },
  });
  it("valid with the notice as next deadline, then notice-due, then expired", () => {
    expect(certificateStatus(cert, "2026-01-29")).toMatchObject({
      status: "valid",
      next: { name: "notice", on: "2026-01-30", daysLeft: 1 },
    });
    expect(certificateStatus(cert, "2026-01-30")).toMatchObject({
      status: "notice-due",
      next: { name: "notice", daysLeft: 0 },
    });
    expect(certificateStatus(cert, "2026-01-31")).toMatchObject({
      status: "notice-due",
      next: { name: "expiry", on: "2026-03-01", daysLeft: 29 },
    });
    expect(certificateStatus(cert, "2026-03-02").status).toBe("expired");
  });
  it("a recorded notice makes it plainly valid", () => {
    const s = certificateStatus(cert, "2026-02-10", [{ kind: "notice-sent", on: "2026-01-20" }]);
    expect(s).toMatchObject({ status: "valid", next: { name: "expiry" } });
  });
  it("a 1048 certificate is valid to its expiry with no window or notice", () => {
    const old = makeCertificate("2020-02-04");
    expect(certificateStatus(old, "2023-02-04")).toMatchObject({
      status: "valid",
      next: { name: "expiry", daysLeft: 0 },
    });
    expect(certificateStatus(old, "2023-02-05").status).toBe("expired");
  });
});

describe("certificateStatus with events", () => {
  it("re-evaluation pending, with the 45-day decision deadline", () => {
    const events = [{ kind: "re-evaluation-filed", on: "2029-01-05", completeFileReceivedOn: "2029-01-26" }];
    const s = certificateStatus(CERT, "2029-02-01", events);
    expect(s.status).toBe("re-evaluation-pending");
    expect(s.next).toMatchObject({ name: "decision-due", on: "2029-03-12", daysLeft: 39 });
    expect(s.reEvaluation).toEqual({
      filedOn: "2029-01-05",
      timing: "in-window",
      decisionDueBy: "2029-03-12",
    });
    // A filing in the future of asOf is not known yet.
    expect(certificateStatus(CERT, "2029-01-04", events).status).toBe("window-open");
  });

  it("flags early and late filings; without a received date the next deadline is the expiry", () => {
    expect(
      certificateStatus(CERT, "2028-12-10", [{ kind: "re-evaluation-filed", on: "2028-12-01" }]).reEvaluation
        ?.timing,
    ).toBe("early");
    const late = certificateStatus(CERT, "2029-03-01", [{ kind: "re-evaluation-filed", on: "2029-02-20" }]);
    expect(late).toMatchObject({ status: "re-evaluation-pending", next: { name: "expiry" } });
    expect(late.reEvaluation?.timing).toBe("late");
    // Not covered by the transition: it lapses on its expiry even though undecided.
    expect(
      certificateStatus(CERT, "2029-06-16", [{ kind: "re-evaluation-filed", on: "2029-02-20" }]).status,
    ).toBe("expired");
  });

  it("a new result supersedes the certificate from its issue date", () => {
    const renewed = makeCertificate("2029-03-20", { stars: 5, score: 91, issuer: { level: "central" } });
    const events = [
      { kind: "re-evaluation-filed", on: "2029-01-05" },
      { kind: "decision", on: "2029-03-20", dossier: "re-evaluation", result: renewed },
    ];
    expect(certificateStatus(CERT, "2029-03-19", events).status).toBe("re-evaluation-pending");
    const s = certificateStatus(CERT, "2029-03-20", events);
    expect(s).toMatchObject({ status: "superseded", next: null, inForceThrough: "2029-03-19" });
    expect(s.supersededBy).toEqual(renewed);
  });

  it("an upgrade supersedes too; a failed re-evaluation leaves it valid to its expiry", () => {
    const up = makeCertificate("2027-07-01", { stars: 5, score: 93, issuer: { level: "central" } });
    expect(
      certificateStatus(CERT, "2027-07-01", [
        { kind: "decision", on: "2027-07-01", dossier: "upgrade", result: up },
      ]).status,
    ).toBe("superseded");
    const failed = [
      { kind: "re-evaluation-filed", on: "2029-01-05" },
      { kind: "decision", on: "2029-02-10", result: null },
    ];
    expect(certificateStatus(CERT, "2029-02-11", failed)).toMatchObject({
      status: "valid",
      next: { name: "expiry" },
    });
    expect(certificateStatus(CERT, "2029-06-16", failed).status).toBe("expired");
  });

  it("revoked from the revocation date; revocation beats supersession on the same day", () => {
    const events = [
      { kind: "revocation", on: "2027-03-01", ground: "mark-misuse", conclusionOn: "2027-02-20" },
    ];
    expect(certificateStatus(CERT, "2027-02-28", events).status).toBe("window-not-open");
    const s = certificateStatus(CERT, "2027-03-01", events);
    expect(s).toMatchObject({
      status: "revoked",
      inForceThrough: "2027-02-28",
      revocation: { ground: "mark-misuse" },
    });
    const both = [
      ...events,
      { kind: "decision", on: "2027-03-01", result: makeCertificate("2027-03-01", { stars: 3, score: 55 }) },
    ];
    expect(certificateStatus(CERT, "2027-05-01", both).status).toBe("revoked");
  });

  it("a revocation after the expiry changes nothing", () => {
    const s = certificateStatus(CERT, "2029-08-01", [
      { kind: "revocation", on: "2029-07-01", ground: "production-stopped" },
    ]);
    expect(s.status).toBe("expired");
  });
});

describe("transition extension (26/2026 Article 12.3)", () => {
  // Issued 01/07/2023 (148): expires 01/07/2026; window would have closed 02/03/2026: covered.
  const cert = makeCertificate("2023-07-01");
  const filed = { kind: "re-evaluation-filed", on: "2026-06-10" };

  it("covered, filed by expiry, undecided: extended up to 180 days", () => {
    expect(certificateStatus(cert, "2026-07-01", [filed])).toMatchObject({
      status: "re-evaluation-pending",
      inForceThrough: "2026-12-28",
    });
    const s = certificateStatus(cert, "2026-07-02", [filed]);
    expect(s).toMatchObject({
      status: "extended",
      next: { name: "extension-ends", on: "2026-12-28", daysLeft: 179 },
    });
    expect(certificateStatus(cert, "2026-12-28", [filed]).status).toBe("extended");
    expect(certificateStatus(cert, "2026-12-29", [filed]).status).toBe("expired");
  });

  it("ends on the decision day (kept through it) when not recognised", () => {
    const events = [filed, { kind: "decision", on: "2026-08-15", result: null }];
    expect(certificateStatus(cert, "2026-08-15", events).status).toBe("extended");
    expect(certificateStatus(cert, "2026-08-16", events)).toMatchObject({
      status: "expired",
      inForceThrough: "2026-08-15",
    });
  });

  it("is superseded by a new certificate during the extension", () => {
    const renewed = makeCertificate("2026-08-15");
    const events = [filed, { kind: "decision", on: "2026-08-15", result: renewed }];
    expect(certificateStatus(cert, "2026-08-15", events).status).toBe("superseded");
  });

  it("no filing by expiry: no extension", () => {
    expect(certificateStatus(cert, "2026-07-02").status).toBe("expired");
    expect(
      certificateStatus(cert, "2026-07-10", [{ kind: "re-evaluation-filed", on: "2026-07-05" }]).status,
    ).toBe("expired");
  });

  it("a filing under 148 pending on 22/05/2026 is due within 30 days (Art. 12.2.b)", () => {
    const s = certificateStatus(cert, "2026-06-01", [{ kind: "re-evaluation-filed", on: "2026-05-10" }]);
    expect(s.next).toMatchObject({
      name: "decision-due",
      on: "2026-06-21",
      rule: expect.stringContaining("Điều 12"),
    });
  });
});

describe("certificateStatus input checks", () => {
  it("throws OcopError for a bad certificate, date or event", () => {
    expect(() => certificateStatus({}, "2026-01-01")).toThrow(OcopError);
    expect(() => certificateStatus(CERT, "2026-13-01")).toThrow(OcopError);
    expect(() => certificateStatus(CERT, "2027-01-01", [{ kind: "dance", on: "2027-01-01" }])).toThrowError(
      /kind/,
    );
    expect(() =>
      certificateStatus(CERT, "2027-01-01", [{ kind: "notice-sent", on: "2026-01-01" }]),
    ).toThrowError(/before the certificate's issue date/);
    expect(() => certificateStatus(CERT, "2027-01-01", "x")).toThrow(OcopError);
  });
});
