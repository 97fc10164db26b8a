/**
 * The edges of certificateStatus: which deadline is "next", the exact days of each filing timing, the decision
 * deadline when a regime sets none, the Article 12.3 extension (which filing counts as pending at expiry and
 * which decision ends it), and the ties between revocation, supersession and expiry. Written from the
 * surviving mutants of a Stryker run (docs/mutation.md).
 */
import { describe, expect, it } from "vitest";
import { certificateStatus } from "../../src/certificates/index.js";
import { failure } from "../helpers/failure.js";
import { makeCertificate } from "./fixtures.js";

// Issued 15/06/2026 under 26/2026: expires 15/06/2029; window 17/12/2028 – 15/02/2029; decision 45 days.
const CERT = makeCertificate("2026-06-15");
// Issued 01/07/2023 under 148: expires 01/07/2026, its window closed before 26/2026: covered by Article
// 12.3, extension up to 28/12/2026; no window and no notice of its own.
const COVERED = makeCertificate("2023-07-01");
// Issued 01/03/2023 under 148: expires 01/03/2026, notice due 30/01/2026, no window.
const OLD = makeCertificate("2023-03-01");

describe("the next deadline: the earliest one still ahead", () => {
  // Complete file received 26/01/2029: the decision is due 12/03/2029 (Article 7.6.g, 45 days).
  const filed = [{ kind: "re-evaluation-filed", on: "2029-01-05", completeFileReceivedOn: "2029-01-26" }];

  it("on the decision's last day it is still the next deadline (0 days left)", () => {
    expect(certificateStatus(CERT, "2029-03-12", filed)).toMatchObject({
      status: "re-evaluation-pending",
      next: { name: "decision-due", on: "2029-03-12", daysLeft: 0, rule: expect.stringContaining("Điều 7") },
    });
  });

  it("once the decision is overdue, the next deadline is the expiry (never a past day)", () => {
    const s = certificateStatus(CERT, "2029-03-13", filed);
    expect(s.status).toBe("re-evaluation-pending");
    expect(s.next).toEqual({ name: "expiry", on: "2029-06-15", daysLeft: 94, rule: "validity rule" });
    // The overdue decision date is still reported with the filing.
    expect(s.reEvaluation?.decisionDueBy).toBe("2029-03-12");
  });

  it("a decision due on the expiry day itself: the decision is named", () => {
    const late = [{ kind: "re-evaluation-filed", on: "2029-02-10", completeFileReceivedOn: "2029-05-01" }];
    expect(certificateStatus(CERT, "2029-05-10", late).next).toMatchObject({
      name: "decision-due",
      on: "2029-06-15",
      daysLeft: 36,
    });
  });

  it("during the extension: the decision due first, then the end of the extension", () => {
    // Filed before expiry, complete file received 20/06/2026 under 26/2026: due 04/08/2026.
    const events = [{ kind: "re-evaluation-filed", on: "2026-06-10", completeFileReceivedOn: "2026-06-20" }];
    expect(certificateStatus(COVERED, "2026-07-02", events)).toMatchObject({
      status: "extended",
      next: { name: "decision-due", on: "2026-08-04", daysLeft: 33 },
    });
    expect(certificateStatus(COVERED, "2026-08-05", events)).toMatchObject({
      status: "extended",
      next: {
        name: "extension-ends",
        on: "2026-12-28",
        daysLeft: 145,
        rule: "26/2026/QĐ-TTg, Điều 12 khoản 1 và khoản 3",
      },
    });
  });
});

describe("timing of a filing against the window 17/12/2028 – 15/02/2029 (Article 7.6.a)", () => {
  const cases: [string, string][] = [
    ["2028-12-16", "early"],
    ["2028-12-17", "in-window"],
    ["2029-02-15", "in-window"],
    ["2029-02-16", "late"],
  ];
  for (const [on, timing] of cases) {
    it(`filed on ${on}: ${timing}`, () => {
      const s = certificateStatus(CERT, on, [{ kind: "re-evaluation-filed", on }]);
      expect(s.reEvaluation).toEqual({ filedOn: on, timing, decisionDueBy: null });
    });
  }

  it("a certificate with no window: no-window", () => {
    const s = certificateStatus(OLD, "2025-12-01", [{ kind: "re-evaluation-filed", on: "2025-12-01" }]);
    expect(s.reEvaluation?.timing).toBe("no-window");
  });
});

describe("the decision deadline when the regime sets none", () => {
  it("complete file received under 148+1489 (no time limit): no decision deadline, next is the expiry", () => {
    const events = [{ kind: "re-evaluation-filed", on: "2025-12-01", completeFileReceivedOn: "2025-12-10" }];
    const s = certificateStatus(OLD, "2026-01-15", events);
    expect(s).toMatchObject({
      status: "re-evaluation-pending",
      next: { name: "expiry", on: "2026-03-01", daysLeft: 45 },
      reEvaluation: { filedOn: "2025-12-01", timing: "no-window", decisionDueBy: null },
    });
  });

  it("complete file received before the first modelled regime (21/08/2019): no deadline, no error", () => {
    const early = makeCertificate("2019-06-01", { regime: "1048" });
    const events = [{ kind: "re-evaluation-filed", on: "2019-07-01", completeFileReceivedOn: "2019-08-01" }];
    expect(certificateStatus(early, "2019-08-10", events)).toMatchObject({
      status: "re-evaluation-pending",
      next: { name: "expiry", on: "2022-06-01" },
      reEvaluation: { timing: "no-window", decisionDueBy: null },
    });
  });
});

describe("the Article 12.3 extension: a filing pending at expiry (01/07/2026), up to 28/12/2026", () => {
  it("a filing on the expiry day itself counts", () => {
    const events = [{ kind: "re-evaluation-filed", on: "2026-07-01" }];
    expect(certificateStatus(COVERED, "2026-07-02", events)).toMatchObject({
      status: "extended",
      inForceThrough: "2026-12-28",
    });
  });

  it("a filing after expiry does not, even when more events follow it", () => {
    const events = [
      { kind: "re-evaluation-filed", on: "2026-07-05" },
      { kind: "notice-sent", on: "2026-07-06" },
    ];
    expect(certificateStatus(COVERED, "2026-07-10", events)).toMatchObject({
      status: "expired",
      inForceThrough: "2026-07-01",
    });
  });

  it("a refusal before expiry: valid to the expiry, then no extension", () => {
    const events = [
      { kind: "re-evaluation-filed", on: "2026-06-10" },
      { kind: "decision", on: "2026-06-20", result: null },
    ];
    expect(certificateStatus(COVERED, "2026-06-25", events)).toMatchObject({
      status: "valid",
      inForceThrough: "2026-07-01",
      next: { name: "expiry", on: "2026-07-01" },
    });
    expect(certificateStatus(COVERED, "2026-07-02", events)).toMatchObject({
      status: "expired",
      inForceThrough: "2026-07-01",
    });
  });

  it("refused, then filed again before expiry and undecided: extended to the full 180 days", () => {
    const events = [
      { kind: "re-evaluation-filed", on: "2026-06-01" },
      { kind: "decision", on: "2026-06-15", result: null },
      { kind: "re-evaluation-filed", on: "2026-06-25" },
    ];
    expect(certificateStatus(COVERED, "2026-07-02", events)).toMatchObject({
      status: "extended",
      inForceThrough: "2026-12-28",
    });
  });

  it("the decision on the filing pending at expiry ends it; later filings and decisions do not extend it", () => {
    const events = [
      { kind: "re-evaluation-filed", on: "2026-06-10" },
      { kind: "decision", on: "2026-08-15", result: null },
      { kind: "re-evaluation-filed", on: "2026-08-20" },
      { kind: "decision", on: "2026-09-10", result: null },
    ];
    expect(certificateStatus(COVERED, "2026-09-20", events)).toMatchObject({
      status: "expired",
      inForceThrough: "2026-08-15",
    });
  });

  it("a decision after the 180 days does not stretch it", () => {
    const events = [
      { kind: "re-evaluation-filed", on: "2026-06-10" },
      { kind: "decision", on: "2027-01-15", result: null },
    ];
    expect(certificateStatus(COVERED, "2027-02-01", events)).toMatchObject({
      status: "expired",
      inForceThrough: "2026-12-28",
    });
  });
});

describe("supersession, revocation and expiry: which wins", () => {
  const up = makeCertificate("2027-07-01", {
    stars: 5,
    score: 93,
    decisionNumber: "77/QĐ-BNNMT",
    issuer: { level: "central" },
  });

  it("the first new certificate supersedes; a later decision changes nothing", () => {
    const later = makeCertificate("2028-01-10", { decisionNumber: "12/QĐ-UBND" });
    const s = certificateStatus(CERT, "2028-02-01", [
      { kind: "decision", on: "2027-07-01", dossier: "upgrade", result: up },
      { kind: "decision", on: "2028-01-10", dossier: "re-evaluation", result: later },
    ]);
    expect(s).toMatchObject({ status: "superseded", inForceThrough: "2027-06-30", revocation: null });
    expect(s.supersededBy).toEqual(up);
  });

  it("a new certificate issued the day after expiry: superseded (ties go to supersession)", () => {
    const next = makeCertificate("2029-06-16", { decisionNumber: "5/QĐ-UBND" });
    const s = certificateStatus(CERT, "2029-06-16", [{ kind: "decision", on: "2029-06-16", result: next }]);
    expect(s).toMatchObject({ status: "superseded", inForceThrough: "2029-06-15" });
    expect(s.supersededBy).toEqual(next);
  });

  it("a new certificate two days after expiry: the old one had expired first", () => {
    const next = makeCertificate("2029-06-17", { decisionNumber: "5/QĐ-UBND" });
    const s = certificateStatus(CERT, "2029-06-17", [{ kind: "decision", on: "2029-06-17", result: next }]);
    expect(s).toMatchObject({ status: "expired", inForceThrough: "2029-06-15", supersededBy: null });
  });

  it("revoked on the expiry day: in force to the day before, revoked on that day", () => {
    const events = [{ kind: "revocation", on: "2029-06-15", ground: "production-stopped" }];
    // The day before, the revocation is not known yet.
    expect(certificateStatus(CERT, "2029-06-14", events)).toMatchObject({
      status: "window-missed",
      inForceThrough: "2029-06-15",
      revocation: null,
    });
    expect(certificateStatus(CERT, "2029-06-15", events)).toMatchObject({
      status: "revoked",
      next: null,
      inForceThrough: "2029-06-14",
      revocation: { kind: "revocation", on: "2029-06-15", ground: "production-stopped" },
    });
  });

  it("a revocation after expiry leaves the last day in force and the status as they were", () => {
    const s = certificateStatus(CERT, "2029-08-01", [
      { kind: "revocation", on: "2029-07-01", ground: "production-stopped" },
    ]);
    expect(s).toMatchObject({ status: "expired", inForceThrough: "2029-06-15", revocation: null });
  });

  it("a revocation after supersession: superseded, without the revocation", () => {
    const s = certificateStatus(CERT, "2028-01-01", [
      { kind: "decision", on: "2027-07-01", result: up },
      { kind: "revocation", on: "2027-09-01", ground: "mark-misuse" },
    ]);
    expect(s).toMatchObject({ status: "superseded", inForceThrough: "2027-06-30", revocation: null });
  });
});

describe("certificateStatus: the path of a bad date", () => {
  it("INVALID_DATE at asOf", () => {
    const e = failure(() => certificateStatus(CERT, "2026-02-30"));
    expect([e.code, e.path]).toEqual(["INVALID_DATE", ["asOf"]]);
    expect(e.message).toBe('asOf: "2026-02-30" is not a calendar date (YYYY-MM-DD, a real day)');
  });
});
