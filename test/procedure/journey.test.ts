import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OcopError } from "../../src/errors/ocop-error.js";
import {
  applyEvent,
  JOURNEY_EVENT_TYPES,
  type Journey,
  type JourneyEvent,
  replayJourney,
  startJourney,
} from "../../src/procedure/journey.js";

/** Replays events and returns the final journey. */
function run(events: readonly JourneyEvent[], from?: Journey): Journey {
  return replayJourney(events, from);
}

/** Expects an event to be refused with INVALID_TRANSITION whose rule mentions `rule`. */
function expectForbidden(journey: Journey, event: JourneyEvent, rule: string): OcopError {
  try {
    applyEvent(journey, event);
  } catch (error) {
    expect(error).toBeInstanceOf(OcopError);
    const e = error as OcopError;
    expect(e.code).toBe("INVALID_TRANSITION");
    expect(e.rule).toContain(rule);
    expect(e.messages.en.length).toBeGreaterThan(0);
    expect(e.messages.vi.length).toBeGreaterThan(0);
    return e;
  }
  return expect.unreachable(`${event.type} should have been refused`);
}

const certified3 = (date = "2026-06-01"): Journey =>
  run([{ type: "record-existing-certificate", date: date as "2026-06-01", stars: 3, issuedBy: "province" }]);

describe("journey — happy paths under 26/2026/QĐ-TTg", () => {
  it("idea → plan → dossier → commune → province 4★ → certificate", () => {
    const j = run([
      { type: "register-idea", date: "2026-05-25" },
      { type: "accept-plan", date: "2026-06-01" },
      { type: "file-dossier", date: "2026-06-01", kind: "first-evaluation", complete: true },
      { type: "commune-check", date: "2026-06-15" },
      { type: "province-evaluation", date: "2026-06-25", score: 75 },
      { type: "recognise", date: "2026-06-29", stars: 4 },
      { type: "issue-certificate", date: "2026-06-29" },
    ]);
    expect(j.state).toEqual({ status: "certificate-issued" });
    expect(j.certificate).toEqual({
      stars: 4,
      issuedOn: "2026-06-29",
      validUntil: "2029-06-29",
      issuedBy: "province",
      regime: "26/2026",
      via: "first-evaluation",
    });
    expect(j.history.map((r) => r.to)).toEqual([
      "idea-registered",
      "plan-accepted",
      "dossier-filed",
      "dossier-checked-by-commune",
      "evaluated-at-province",
      "recognised",
      "certificate-issued",
    ]);
    expect(j.history[0]?.from).toBe("new");
  });

  it("potential 5★: province 92 → Ministry → central 91 → Minister 5★", () => {
    const j = run([
      { type: "file-dossier", date: "2026-06-01", kind: "first-evaluation", complete: true },
      { type: "commune-check", date: "2026-06-10" },
      { type: "province-evaluation", date: "2026-06-20", score: 92 },
      { type: "propose-to-ministry", date: "2026-07-01" },
      { type: "central-evaluation", date: "2026-09-15", score: 91 },
      { type: "recognise", date: "2026-09-20", stars: 5 },
      { type: "issue-certificate", date: "2026-09-20" },
    ]);
    expect(j.certificate).toMatchObject({ stars: 5, issuedBy: "central", validUntil: "2029-09-20" });
  });

  it("central council under 90: the province may recognise 4★ on the central result (Art. 7.4)", () => {
    const j = run([
      { type: "file-dossier", date: "2026-06-01", kind: "first-evaluation", complete: true },
      { type: "commune-check", date: "2026-06-10" },
      { type: "province-evaluation", date: "2026-06-20", score: 90 },
      { type: "propose-to-ministry", date: "2026-07-01" },
      { type: "central-evaluation", date: "2026-09-15", score: 89.99 },
      { type: "recognise", date: "2026-09-25", stars: 4 },
      { type: "issue-certificate", date: "2026-09-25" },
    ]);
    expect(j.certificate).toMatchObject({ stars: 4, issuedBy: "province" });
  });

  it("central council under 90: or have it evaluated at the province (Art. 7.4)", () => {
    const j = run([
      { type: "file-dossier", date: "2026-06-01", kind: "first-evaluation", complete: true },
      { type: "commune-check", date: "2026-06-10" },
      { type: "province-evaluation", date: "2026-06-20", score: 95 },
      { type: "propose-to-ministry", date: "2026-07-01" },
      { type: "central-evaluation", date: "2026-09-15", score: 40 },
      { type: "province-evaluation", date: "2026-11-15", score: 80 },
      { type: "recognise", date: "2026-11-20", stars: 4 },
    ]);
    expect(j.state).toMatchObject({ status: "recognised", stars: 4, by: "province" });
  });

  it("an incomplete dossier is completed, then checked", () => {
    const j = run([
      { type: "file-dossier", date: "2026-06-01", kind: "first-evaluation", complete: false },
      { type: "complete-dossier", date: "2026-06-05" },
      { type: "commune-check", date: "2026-06-10" },
    ]);
    expect(j.state).toMatchObject({
      status: "dossier-checked-by-commune",
      dossier: { complete: true, regime: "26/2026" },
    });
  });

  it("1★/2★: the dossier closes without recognition; the product may file again", () => {
    const j = run([
      { type: "file-dossier", date: "2026-06-01", kind: "first-evaluation", complete: true },
      { type: "commune-check", date: "2026-06-10" },
      { type: "province-evaluation", date: "2026-06-20", score: 45 },
      { type: "close-dossier", date: "2026-06-25" },
    ]);
    expect(j.state).toEqual({ status: "not-recognised" });
    expect(j.certificate).toBeNull();
    const again = applyEvent(j, {
      type: "file-dossier",
      date: "2027-01-10",
      kind: "first-evaluation",
      complete: true,
    });
    expect(again.state.status).toBe("dossier-filed");
  });

  it("upgrade 3★ → 4★ (Art. 6.1.b, 7.5): the certificate is replaced, via 'upgrade'", () => {
    const j = run(
      [
        { type: "file-dossier", date: "2027-03-01", kind: "upgrade", complete: true },
        { type: "commune-check", date: "2027-03-10" },
        { type: "province-evaluation", date: "2027-04-20", score: 78 },
      ],
      certified3(),
    );
    expect(j.state.status).toBe("evaluated-at-province");
    expect(j.certificate?.stars).toBe(3);
    const done = run(
      [
        { type: "recognise", date: "2027-04-25", stars: 4 },
        { type: "issue-certificate", date: "2027-04-25" },
      ],
      j,
    );
    expect(done.certificate).toMatchObject({ stars: 4, via: "upgrade", issuedOn: "2027-04-25" });
  });

  it("an upgrade that does not reach a higher rank closes; the certificate stays", () => {
    const j = run(
      [
        { type: "file-dossier", date: "2027-03-01", kind: "upgrade", complete: true },
        { type: "commune-check", date: "2027-03-10" },
        { type: "province-evaluation", date: "2027-04-20", score: 65 },
        { type: "close-dossier", date: "2027-04-25" },
      ],
      certified3(),
    );
    expect(j.state.status).toBe("certificate-issued");
    expect(j.certificate).toMatchObject({ stars: 3, via: "recorded", issuedOn: "2026-06-01" });
  });

  it("re-evaluation may give a lower rank (4★ → 3★)", () => {
    const start = run([
      { type: "record-existing-certificate", date: "2026-06-01", stars: 4, issuedBy: "province" },
    ]);
    const j = run(
      [
        { type: "file-dossier", date: "2028-12-15", kind: "re-evaluation", complete: true },
        { type: "commune-check", date: "2028-12-30" },
        { type: "province-evaluation", date: "2029-01-20", score: 65 },
        { type: "recognise", date: "2029-01-25", stars: 3 },
        { type: "issue-certificate", date: "2029-01-25" },
      ],
      start,
    );
    expect(j.certificate).toMatchObject({ stars: 3, via: "re-evaluation" });
  });

  it("re-evaluation of a 5★ product: the province proposes it straight to the Ministry (Art. 6.3.b, 7.6.e)", () => {
    const start = run([
      { type: "record-existing-certificate", date: "2026-06-01", stars: 5, issuedBy: "central" },
    ]);
    const j = run(
      [
        { type: "file-dossier", date: "2028-12-15", kind: "re-evaluation", complete: true },
        { type: "commune-check", date: "2028-12-30" },
        { type: "propose-to-ministry", date: "2029-01-05" },
        { type: "central-evaluation", date: "2029-02-10", score: 93 },
        { type: "recognise", date: "2029-02-15", stars: 5 },
        { type: "issue-certificate", date: "2029-02-15" },
      ],
      start,
    );
    expect(j.certificate).toMatchObject({ stars: 5, via: "re-evaluation", issuedBy: "central" });
  });

  it("revocation ends the certificate (Art. 8); a new first evaluation may follow", () => {
    const j = applyEvent(certified3(), { type: "revoke", date: "2027-01-10", ground: "false-dossier" });
    expect(j.state).toEqual({ status: "revoked", ground: "false-dossier" });
    expect(j.certificate).toBeNull();
    expect(
      applyEvent(j, { type: "file-dossier", date: "2027-06-01", kind: "first-evaluation", complete: true })
        .state.status,
    ).toBe("dossier-filed");
  });

  it("revocation during an upgrade drops the dossier", () => {
    const j = run(
      [
        { type: "file-dossier", date: "2027-03-01", kind: "upgrade", complete: true },
        { type: "revoke", date: "2027-03-05", ground: "law-violation" },
      ],
      certified3(),
    );
    expect(j.state.status).toBe("revoked");
  });

  it("expiry after 36 months (Art. 4.3)", () => {
    const c = certified3("2026-06-01");
    expect(c.certificate?.validUntil).toBe("2029-06-01");
    const j = applyEvent(c, { type: "expire", date: "2029-06-02" });
    expect(j.state).toEqual({ status: "expired" });
    expect(j.certificate).toBeNull();
  });

  it("expiry while a re-evaluation is processed keeps the dossier going", () => {
    const j = run(
      [
        { type: "file-dossier", date: "2029-01-10", kind: "re-evaluation", complete: true },
        { type: "expire", date: "2029-06-02" },
      ],
      certified3("2026-06-01"),
    );
    expect(j.state.status).toBe("re-evaluation-filed");
    expect(j.certificate).toBeNull();
  });
});

describe("journey — earlier regimes", () => {
  it("148: the district recognises 3★", () => {
    const j = run([
      { type: "file-dossier", date: "2024-03-01", kind: "first-evaluation", complete: true },
      { type: "district-evaluation", date: "2024-04-01", score: 65 },
      { type: "recognise", date: "2024-04-10", stars: 3 },
      { type: "issue-certificate", date: "2024-04-10" },
    ]);
    expect(j.certificate).toMatchObject({
      stars: 3,
      issuedBy: "district",
      regime: "148",
      validUntil: "2027-04-10",
    });
  });

  it("148: the district forwards 70+ and the province recognises 4★", () => {
    const j = run([
      { type: "file-dossier", date: "2024-03-01", kind: "first-evaluation", complete: true },
      { type: "district-evaluation", date: "2024-04-01", score: 72 },
      { type: "province-evaluation", date: "2024-05-01", score: 74 },
      { type: "recognise", date: "2024-05-10", stars: 4 },
    ]);
    expect(j.state).toMatchObject({ status: "recognised", stars: 4, by: "province" });
  });

  it("1048: the district forwards 50+; the province recognises 3★", () => {
    const j = run([
      { type: "file-dossier", date: "2020-03-01", kind: "first-evaluation", complete: true },
      { type: "district-evaluation", date: "2020-04-01", score: 55 },
      { type: "province-evaluation", date: "2020-05-01", score: 58 },
      { type: "recognise", date: "2020-05-10", stars: 3 },
    ]);
    expect(j.state).toMatchObject({
      status: "recognised",
      stars: 3,
      by: "province",
      dossier: { regime: "1048" },
    });
  });

  it("148+1489: commune pre-check, the province recognises 3★", () => {
    const j = run([
      { type: "file-dossier", date: "2025-08-01", kind: "first-evaluation", complete: true },
      { type: "commune-check", date: "2025-08-20" },
      { type: "province-evaluation", date: "2025-11-28", score: 62 },
      { type: "recognise", date: "2025-12-05", stars: 3 },
    ]);
    expect(j.state).toMatchObject({
      status: "recognised",
      stars: 3,
      by: "province",
      dossier: { regime: "148+1489" },
    });
  });

  it("a dossier filed before 22/05/2026 keeps its regime when evaluated after (Art. 12.2)", () => {
    const j = run([
      { type: "file-dossier", date: "2026-05-10", kind: "first-evaluation", complete: true },
      { type: "commune-check", date: "2026-05-20" },
      { type: "province-evaluation", date: "2026-06-15", score: 80 },
    ]);
    expect(j.state).toMatchObject({ dossier: { regime: "148+1489" } });
  });
});

describe("journey — forbidden transitions name their rule", () => {
  const filed = (complete: boolean, date = "2026-06-01") =>
    run([{ type: "file-dossier", date: date as "2026-06-01", kind: "first-evaluation", complete }]);
  const atProvince = (score: number, stars?: 1 | 2 | 3 | 4 | 5) =>
    run([
      { type: "file-dossier", date: "2026-06-01", kind: "first-evaluation", complete: true },
      { type: "commune-check", date: "2026-06-10" },
      stars === undefined
        ? { type: "province-evaluation", date: "2026-06-20", score }
        : { type: "province-evaluation", date: "2026-06-20", score, stars },
    ]);

  it("no commune check of an incomplete dossier (Art. 7.2)", () => {
    expectForbidden(
      filed(false),
      { type: "commune-check", date: "2026-06-10" },
      "26/2026/QĐ-TTg, Article 7.2",
    );
  });
  it("no evaluation without a complete dossier (Art. 6.1, 7.2.a)", () => {
    expectForbidden(
      filed(false),
      { type: "province-evaluation", date: "2026-06-10", score: 70 },
      "Articles 6.1 and 7.2.a",
    );
  });
  it("the commune checks before the province evaluates (Art. 7.2)", () => {
    expectForbidden(
      filed(true),
      { type: "province-evaluation", date: "2026-06-10", score: 70 },
      "Article 7.2",
    );
  });
  it("no recognition below 3★ (Art. 4.1.a)", () => {
    expectForbidden(atProvince(45), { type: "recognise", date: "2026-06-25", stars: 2 }, "Article 4.1.a");
    expectForbidden(atProvince(45), { type: "recognise", date: "2026-06-25", stars: 3 }, "Article 4.1.a");
  });
  it("no certificate without a recognition decision, none below 3★ (Art. 4.1)", () => {
    expectForbidden(atProvince(45), { type: "issue-certificate", date: "2026-06-25" }, "Article 4.1");
  });
  it("a 90+ product goes to the Ministry; the province does not recognise it (Art. 7.3.e)", () => {
    expectForbidden(atProvince(95), { type: "recognise", date: "2026-06-25", stars: 4 }, "Article 7.3.e");
    expectForbidden(atProvince(95), { type: "recognise", date: "2026-06-25", stars: 5 }, "Article 7.3.e");
  });
  it("no national evaluation below 90 points (Art. 7.3.e)", () => {
    expectForbidden(atProvince(89.99), { type: "propose-to-ministry", date: "2026-06-25" }, "Article 7.3.e");
    expectForbidden(atProvince(92, 4), { type: "propose-to-ministry", date: "2026-06-25" }, "Article 7.3.e");
    expectForbidden(filed(true), { type: "propose-to-ministry", date: "2026-06-25" }, "Article 7.3.e");
  });
  it("the central council evaluates proposed products only (Art. 7.4)", () => {
    expectForbidden(
      atProvince(80),
      { type: "central-evaluation", date: "2026-07-25", score: 92 },
      "Articles 7.3.e and 7.4",
    );
  });
  it("the stars of a result cannot exceed its band (Art. 3.3)", () => {
    const checked = run([
      { type: "file-dossier", date: "2026-06-01", kind: "first-evaluation", complete: true },
      { type: "commune-check", date: "2026-06-10" },
    ]);
    expectForbidden(
      checked,
      { type: "province-evaluation", date: "2026-06-20", score: 75, stars: 5 },
      "Article 3.3",
    );
  });
  it("a recognition must be one the result allows", () => {
    expectForbidden(atProvince(75), { type: "recognise", date: "2026-06-25", stars: 3 }, "26/2026/QĐ-TTg");
  });
  it("an upgrade needs a certificate, below 5★, and a higher rank (Art. 3.3, 6.1.b, 7.5)", () => {
    expectForbidden(
      startJourney(),
      { type: "file-dossier", date: "2026-06-01", kind: "upgrade", complete: true },
      "Articles 6.1.b and 7.5",
    );
    const five = run([
      { type: "record-existing-certificate", date: "2026-06-01", stars: 5, issuedBy: "central" },
    ]);
    expectForbidden(
      five,
      { type: "file-dossier", date: "2026-08-01", kind: "upgrade", complete: true },
      "Article 3.3",
    );
    const same = run(
      [
        { type: "file-dossier", date: "2027-03-01", kind: "upgrade", complete: true },
        { type: "commune-check", date: "2027-03-10" },
        { type: "province-evaluation", date: "2027-04-20", score: 65 },
      ],
      certified3(),
    );
    expectForbidden(same, { type: "recognise", date: "2027-04-25", stars: 3 }, "Articles 6.1.b and 7.5");
  });
  it("a re-evaluation needs a certificate held (Art. 6.1.c, 7.6)", () => {
    expectForbidden(
      startJourney(),
      { type: "file-dossier", date: "2026-06-01", kind: "re-evaluation", complete: true },
      "Articles 6.1.c and 7.6",
    );
    const expired = applyEvent(certified3("2026-06-01"), { type: "expire", date: "2029-06-02" });
    expectForbidden(
      expired,
      { type: "file-dossier", date: "2029-07-01", kind: "re-evaluation", complete: true },
      "Articles 6.1.c and 7.6",
    );
  });
  it("a certified product does not file a first evaluation", () => {
    expectForbidden(
      certified3(),
      { type: "file-dossier", date: "2026-08-01", kind: "first-evaluation", complete: true },
      "Articles 6.1.b, 6.1.c, 7.5 and 7.6",
    );
  });
  it("one dossier at a time (Art. 7)", () => {
    expectForbidden(
      filed(true),
      { type: "file-dossier", date: "2026-06-02", kind: "first-evaluation", complete: true },
      "Article 7",
    );
  });
  it("no district under 26/2026 (Art. 4.1) nor from 06/07/2025 (1489)", () => {
    expectForbidden(
      filed(true),
      { type: "district-evaluation", date: "2026-06-10", score: 60 },
      "two levels",
    );
    expectForbidden(
      filed(true, "2025-06-20"),
      { type: "district-evaluation", date: "2025-07-10", score: 60 },
      "1489/QĐ-TTg",
    );
    expectForbidden(
      filed(true, "2025-06-20"),
      { type: "district-evaluation", date: "2025-07-06", score: 60 },
      "1489/QĐ-TTg",
    );
    expect(
      applyEvent(filed(true, "2025-06-20"), { type: "district-evaluation", date: "2025-07-05", score: 60 })
        .state.status,
    ).toBe("evaluated-at-district");
  });
  it("no commune check under 148 or 1048; the province waits for the district", () => {
    expectForbidden(
      filed(true, "2024-01-10"),
      { type: "commune-check", date: "2024-01-20" },
      "148/QĐ-TTg, Phụ lục II",
    );
    expectForbidden(
      filed(true, "2020-01-10"),
      { type: "commune-check", date: "2020-01-20" },
      "1048/QĐ-TTg, Phụ lục II",
    );
    expectForbidden(
      filed(true, "2024-01-10"),
      { type: "province-evaluation", date: "2024-01-20", score: 80 },
      "148/QĐ-TTg",
    );
  });
  it("148: the district does not forward under 70 points", () => {
    const j = run([
      { type: "file-dossier", date: "2024-03-01", kind: "first-evaluation", complete: true },
      { type: "district-evaluation", date: "2024-04-01", score: 69.99 },
    ]);
    expectForbidden(
      j,
      { type: "province-evaluation", date: "2024-05-01", score: 72 },
      "148/QĐ-TTg, Phụ lục II khoản 1 điểm b",
    );
  });
  it("148: the province's 3★ is not covered by the sources", () => {
    const j = run([
      { type: "file-dossier", date: "2024-03-01", kind: "first-evaluation", complete: true },
      { type: "district-evaluation", date: "2024-04-01", score: 75 },
      { type: "province-evaluation", date: "2024-05-01", score: 65 },
    ]);
    expectForbidden(j, { type: "recognise", date: "2024-05-10", stars: 3 }, "148/QĐ-TTg");
  });
  it("after a central result of 90+, the province does not re-evaluate (Art. 7.4)", () => {
    const j = run([
      { type: "file-dossier", date: "2026-06-01", kind: "first-evaluation", complete: true },
      { type: "commune-check", date: "2026-06-10" },
      { type: "province-evaluation", date: "2026-06-20", score: 92 },
      { type: "propose-to-ministry", date: "2026-07-01" },
      { type: "central-evaluation", date: "2026-09-15", score: 95 },
    ]);
    expectForbidden(j, { type: "province-evaluation", date: "2026-09-20", score: 80 }, "26/2026/QĐ-TTg");
  });
  it("revocation needs a certificate and a ground of the regime (Art. 8)", () => {
    expectForbidden(
      startJourney(),
      { type: "revoke", date: "2026-06-01", ground: "false-dossier" },
      "Article 8",
    );
    expectForbidden(
      certified3(),
      { type: "revoke", date: "2026-07-01", ground: "practice-not-re-evaluated" },
      "Article 8.1",
    );
    const old = run([
      { type: "record-existing-certificate", date: "2023-06-01", stars: 3, issuedBy: "district" },
    ]);
    expectForbidden(old, { type: "revoke", date: "2024-07-01", ground: "false-dossier" }, "practice");
    expect(
      applyEvent(old, { type: "revoke", date: "2024-07-01", ground: "practice-holder-ceased" }).state.status,
    ).toBe("revoked");
  });
  it("no expiry before the end of validity (Art. 4.3)", () => {
    expectForbidden(certified3("2026-06-01"), { type: "expire", date: "2029-06-01" }, "Article 4.3");
    expectForbidden(startJourney(), { type: "expire", date: "2029-06-01" }, "Article 4.3");
  });
  it("cycle order: an idea once, a plan after the idea", () => {
    const idea = run([{ type: "register-idea", date: "2026-03-01" }]);
    expectForbidden(idea, { type: "register-idea", date: "2026-03-02" }, "step 2");
    expectForbidden(startJourney(), { type: "accept-plan", date: "2026-03-02" }, "step 3");
  });
  it("bookkeeping: an existing certificate only at the start, and only 3★ to 5★", () => {
    expectForbidden(
      certified3(),
      { type: "record-existing-certificate", date: "2026-07-01", stars: 4, issuedBy: "province" },
      "journey bookkeeping",
    );
    expectForbidden(
      startJourney(),
      { type: "record-existing-certificate", date: "2026-07-01", stars: 2 as 3, issuedBy: "province" },
      "Article 4.1.a",
    );
  });
  it("dossier bookkeeping: completion, closing", () => {
    expectForbidden(filed(true), { type: "complete-dossier", date: "2026-06-02" }, "Article 7.3.a");
    expectForbidden(startJourney(), { type: "close-dossier", date: "2026-06-02" }, "Article 7");
    const recognised = applyEvent(atProvince(75), { type: "recognise", date: "2026-06-25", stars: 4 });
    expectForbidden(recognised, { type: "close-dossier", date: "2026-06-26" }, "Article 7");
    expectForbidden(startJourney(), { type: "commune-check", date: "2026-06-02" }, "Article 7.2");
    expectForbidden(
      startJourney(),
      { type: "district-evaluation", date: "2024-06-02", score: 60 },
      "Phụ lục II",
    );
    expectForbidden(
      startJourney(),
      { type: "province-evaluation", date: "2026-06-02", score: 60 },
      "Article 7.3",
    );
    expectForbidden(
      certified3(),
      { type: "province-evaluation", date: "2026-06-02", score: 60 },
      "Article 7.3",
    );
    expectForbidden(
      startJourney(),
      { type: "recognise", date: "2026-06-02", stars: 4 },
      "Articles 7.3.e and 7.4.e",
    );
  });
});

describe("journey — dates and immutability", () => {
  it("an event dated before the last one is refused (INVALID_EVENT)", () => {
    const j = run([{ type: "register-idea", date: "2026-03-01" }]);
    expect(() => applyEvent(j, { type: "accept-plan", date: "2026-02-28" })).toThrow(
      expect.objectContaining({ code: "INVALID_EVENT", path: ["event", "date"] }),
    );
    expect(applyEvent(j, { type: "accept-plan", date: "2026-03-01" }).state.status).toBe("plan-accepted");
  });

  it("a journey survives JSON", () => {
    const j = run([
      { type: "file-dossier", date: "2026-06-01", kind: "first-evaluation", complete: true },
      { type: "commune-check", date: "2026-06-10" },
      { type: "province-evaluation", date: "2026-06-20", score: 92 },
    ]);
    const back = JSON.parse(JSON.stringify(j)) as Journey;
    expect(applyEvent(back, { type: "propose-to-ministry", date: "2026-07-01" }).state.status).toBe(
      "proposed-to-ministry",
    );
  });

  it("unknown fields of an event are not kept", () => {
    const j = applyEvent(startJourney(), {
      type: "register-idea",
      date: "2026-03-01",
      extra: 1,
    } as unknown as JourneyEvent);
    expect(j.history[0]?.event).toEqual({ type: "register-idea", date: "2026-03-01" });
  });
});

// ---------------------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------------------

const dayOffset = fc.integer({ min: 0, max: 40 });
const score = fc.oneof(
  fc.constantFrom(0, 29.99, 49.99, 50, 69.99, 70, 89.99, 90, 100),
  fc.double({ min: 0, max: 100, noNaN: true }),
);
const stars = fc.constantFrom(1, 2, 3, 4, 5);
const eventShape = fc.oneof(
  fc.constant({ type: "register-idea" }),
  fc.constant({ type: "accept-plan" }),
  fc.record({
    type: fc.constant("file-dossier"),
    kind: fc.constantFrom("first-evaluation", "upgrade", "re-evaluation"),
    complete: fc.boolean(),
  }),
  fc.constant({ type: "complete-dossier" }),
  fc.constant({ type: "commune-check" }),
  fc.record({ type: fc.constant("district-evaluation"), score }),
  fc.record({ type: fc.constant("province-evaluation"), score }),
  fc.record({ type: fc.constant("province-evaluation"), score, stars }),
  fc.constant({ type: "propose-to-ministry" }),
  fc.record({ type: fc.constant("central-evaluation"), score }),
  fc.record({ type: fc.constant("recognise"), stars }),
  fc.constant({ type: "issue-certificate" }),
  fc.constant({ type: "close-dossier" }),
  fc.record({
    type: fc.constant("revoke"),
    ground: fc.constantFrom("false-dossier", "production-stopped", "practice-holder-ceased"),
  }),
  fc.constant({ type: "expire" }),
  fc.record({
    type: fc.constant("record-existing-certificate"),
    stars,
    issuedBy: fc.constantFrom("province", "central", "district"),
  }),
);
/** Sequences of plausible events, dated from a start in any regime. */
const scenario = fc.tuple(
  fc.constantFrom("2020-01-15", "2024-03-01", "2025-06-20", "2026-05-01", "2026-06-01"),
  fc.array(fc.tuple(dayOffset, eventShape), { maxLength: 25 }),
);

function addDaysUtc(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

describe("journey — properties", () => {
  it("every accepted event leaves a dated, ordered history; refusals are OcopErrors; inputs never change", () => {
    fc.assert(
      fc.property(scenario, ([start, steps]) => {
        let j = startJourney();
        let date: string = start;
        let accepted = 0;
        for (const [offset, shape] of steps) {
          date = addDaysUtc(date, offset * 20);
          const event = { ...shape, date } as JourneyEvent;
          // A mutable copy, as an app would hold after reading JSON.
          const input = JSON.parse(JSON.stringify(j)) as Journey;
          const snapshot = structuredClone(input);
          const eventSnapshot = structuredClone(event);
          try {
            const next = applyEvent(input, event);
            expect(next).not.toBe(input);
            expect(next.history).toHaveLength(input.history.length + 1);
            expect(next.history.slice(0, -1)).toEqual(input.history);
            expect(next.history.at(-1)?.from).toBe(input.state.status);
            expect(next.history.at(-1)?.to).toBe(next.state.status);
            if (next.certificate !== null) expect(next.certificate.stars).toBeGreaterThanOrEqual(3);
            j = next;
            accepted++;
          } catch (error) {
            expect(error).toBeInstanceOf(OcopError);
          }
          expect(input).toEqual(snapshot);
          expect(event).toEqual(eventSnapshot);
        }
        const dates = j.history.map((r) => r.event.date);
        expect([...dates].sort()).toEqual(dates);
        expect(j.history).toHaveLength(accepted);
      }),
      { numRuns: 300 },
    );
  });

  it("the journey given is deep-equal before and after, and frozen results refuse writes", () => {
    const base = run([
      { type: "file-dossier", date: "2026-06-01", kind: "first-evaluation", complete: true },
    ]);
    const mutable = JSON.parse(JSON.stringify(base)) as Journey;
    const snapshot = structuredClone(mutable);
    applyEvent(mutable, { type: "commune-check", date: "2026-06-10" });
    expect(mutable).toEqual(snapshot);
    expect(Object.isFrozen(base)).toBe(true);
    expect(Object.isFrozen(base.history)).toBe(true);
  });

  it("junk journeys and events only ever raise OcopError", () => {
    const valid = run([
      { type: "file-dossier", date: "2026-06-01", kind: "first-evaluation", complete: true },
    ]);
    const junkEvent = fc.oneof(
      fc.anything(),
      fc.record({ type: fc.constantFrom(...JOURNEY_EVENT_TYPES), date: fc.anything() }),
      fc.record({
        type: fc.constantFrom(...JOURNEY_EVENT_TYPES),
        date: fc.constant("2026-07-01"),
        score: fc.anything(),
        stars: fc.anything(),
        kind: fc.anything(),
        complete: fc.anything(),
        ground: fc.anything(),
        issuedBy: fc.anything(),
        regime: fc.anything(),
      }),
    );
    const junkJourney = fc.oneof(
      fc.anything(),
      fc.record({ state: fc.anything(), certificate: fc.anything(), history: fc.anything() }),
      fc.record({
        state: fc.record({
          status: fc.constantFrom(
            "dossier-filed",
            "evaluated-at-province",
            "recognised",
            "revoked",
            "proposed-to-ministry",
          ),
          dossier: fc.anything(),
          result: fc.anything(),
          stars: fc.anything(),
          by: fc.anything(),
          ground: fc.anything(),
        }),
        certificate: fc.oneof(fc.constant(null), fc.anything()),
        history: fc.oneof(fc.constant([]), fc.array(fc.anything(), { maxLength: 2 })),
      }),
      fc.constant(valid),
    );
    fc.assert(
      fc.property(junkJourney, junkEvent, (journey, event) => {
        try {
          applyEvent(journey as Journey, event as JourneyEvent);
        } catch (error) {
          expect(error).toBeInstanceOf(OcopError);
        }
      }),
      { numRuns: 1000 },
    );
    for (const bad of [null, 1, "x", [], { __proto__: { state: { status: "new" } } }]) {
      expect(() =>
        applyEvent(bad as unknown as Journey, { type: "register-idea", date: "2026-01-01" }),
      ).toThrow(OcopError);
    }
    expect(() => replayJourney("nope" as unknown as JourneyEvent[])).toThrow(
      expect.objectContaining({ code: "INVALID_EVENT" }),
    );
  });
});
