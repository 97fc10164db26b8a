/**
 * The edges of a certificate's life (expiry, revocation, obligations): each bad argument is named by its own
 * path, and the messages that carry a rule list what is allowed. Written from the surviving mutants of a
 * Stryker run (docs/mutation.md).
 */
import { describe, expect, it } from "vitest";
import { certificateExpiry, parseRegimeId, validityOf } from "../../src/certificates/expiry.js";
import {
  certificateObligations,
  certificateValidity,
  expiryNoticeDeadline,
  reEvaluationDecisionDue,
  reEvaluationWindow,
} from "../../src/certificates/obligations.js";
import {
  revocationAuthority,
  revocationDeadline,
  revocationGround,
} from "../../src/certificates/revocation.js";
import { failure } from "../helpers/failure.js";
import { makeCertificate } from "./fixtures.js";

const REGIME_LIST = "1048, 1048+781, 148, 148+1489, 26/2026";
const GROUND_LIST = [
  "false-dossier",
  "criteria-not-met",
  "law-violation",
  "mark-misuse",
  "production-stopped",
  "competent-conclusion",
  "practice-not-re-evaluated",
  "practice-failed-mandatory-criteria",
  "practice-provincial-rules-violation",
  "practice-holder-ceased",
].join(", ");

describe("regime ids: only the modelled regimes, listed in the message", () => {
  it.each([["2030"], [1048], [null], [undefined], ["26/2026/QĐ-TTg"]])("%j", (bad) => {
    const e = failure(() => parseRegimeId(bad));
    expect([e.code, e.path]).toEqual(["UNKNOWN_REGULATION", ["regime"]]);
    expect(e.rule).toBe("the regime must be one the library models");
    expect(e.messages.en).toContain(`is not a modelled regime (${REGIME_LIST})`);
    expect(e.messages.vi).toContain(`không phải là chế độ được mô hình hóa (${REGIME_LIST})`);
  });

  it("every modelled regime passes; the path given is used", () => {
    for (const id of REGIME_LIST.split(", ")) expect(parseRegimeId(id)).toBe(id);
    expect(failure(() => parseRegimeId("x", ["options", "regime"])).messages.en).toBe(
      `options.regime: "x" is not a modelled regime (${REGIME_LIST})`,
    );
  });
});

describe("certificateExpiry: the argument at fault", () => {
  it("a bad issue date is INVALID_DATE at issuedOn", () => {
    for (const bad of ["2023-02-29", "15/03/2023", 20230315]) {
      const e = failure(() => certificateExpiry(bad as never));
      expect([e.code, e.path]).toEqual(["INVALID_DATE", ["issuedOn"]]);
      expect(e.messages.en).toContain("issuedOn: ");
    }
  });

  it("an unknown regime is UNKNOWN_REGULATION at regime, listing the regimes", () => {
    const e = failure(() => certificateExpiry("2023-01-01", "999" as never));
    expect([e.code, e.path]).toEqual(["UNKNOWN_REGULATION", ["regime"]]);
    expect(e.messages.en).toBe(`regime: "999" is not a modelled regime (${REGIME_LIST})`);
  });
});

describe("validity: printed or computed", () => {
  // `printed` says whether the last day was read from the decision or computed (36 months).
  it("without a printed expiry the last day is computed, and says so", () => {
    const v = certificateValidity(makeCertificate("2023-03-15"));
    expect(v).toMatchObject({ from: "2023-03-15", through: "2026-03-15", printed: false, regime: "148" });
    expect(validityOf(makeCertificate("2026-06-15")).printed).toBe(false);
    expect(certificateObligations(makeCertificate("2026-06-15")).expiryPrinted).toBe(false);
  });

  it("with a printed expiry, printed is true and that day is used", () => {
    const v = validityOf(makeCertificate("2026-06-15", { expiresOn: "2029-06-14" }));
    expect(v).toMatchObject({ through: "2029-06-14", printed: true });
    expect(
      certificateObligations(makeCertificate("2026-06-15", { expiresOn: "2029-06-14" })).expiryPrinted,
    ).toBe(true);
  });
});

describe("obligations by date: the argument at fault", () => {
  it.each([
    ["reEvaluationWindow", () => reEvaluationWindow("2029-02-30"), ["expiresOn"]],
    ["expiryNoticeDeadline", () => expiryNoticeDeadline("2025-13-01"), ["expiresOn"]],
    ["reEvaluationDecisionDue", () => reEvaluationDecisionDue("28/12/2028"), ["completeFileReceivedOn"]],
  ] as const)("%s: INVALID_DATE at its date", (_name, call, path) => {
    const e = failure(call);
    expect([e.code, e.path]).toEqual(["INVALID_DATE", path]);
    expect(e.messages.en.startsWith(`${path.join(".")}: `)).toBe(true);
  });

  it("reEvaluationDecisionDue: an unknown regime is UNKNOWN_REGULATION at regime", () => {
    const e = failure(() => reEvaluationDecisionDue("2028-12-20", "2030" as never));
    expect([e.code, e.path]).toEqual(["UNKNOWN_REGULATION", ["regime"]]);
  });
});

describe("revocationGround: an unknown id lists every ground", () => {
  it.each([["nope"], [""], [undefined]])("%j", (bad) => {
    const e = failure(() => revocationGround(bad as never));
    expect([e.code, e.path]).toEqual(["UNKNOWN_ID", ["ground"]]);
    expect(e.messages.en).toContain(`is not a revocation ground (${GROUND_LIST})`);
    expect(e.messages.vi).toContain(`không phải là căn cứ thu hồi (${GROUND_LIST})`);
  });
});

describe("revocationAuthority: stars and regime at fault", () => {
  it.each([[2], [6], ["5"], [undefined]])("stars %j: INVALID_STARS at stars", (stars) => {
    const e = failure(() => revocationAuthority(stars as never, "26/2026"));
    expect([e.code, e.path]).toEqual(["INVALID_STARS", ["stars"]]);
    expect(e.rule).toBe("26/2026/QĐ-TTg, Article 4.1: certificates are for 3★ to 5★");
    expect(e.messages.en).toBe(`stars: ${typeof stars === "string" ? `"${stars}"` : stars} is not 3, 4 or 5`);
  });

  it("an unknown regime: UNKNOWN_REGULATION at regime", () => {
    const e = failure(() => revocationAuthority(4, "2030" as never));
    expect([e.code, e.path]).toEqual(["UNKNOWN_REGULATION", ["regime"]]);
  });
});

describe("revocationDeadline: arguments at fault", () => {
  it("a bad conclusion date is INVALID_DATE at conclusionOn", () => {
    const e = failure(() => revocationDeadline("2026-02-30"));
    expect([e.code, e.path]).toEqual(["INVALID_DATE", ["conclusionOn"]]);
  });

  // Only 26/2026 Article 8.4 sets a time limit: earlier regimes are NOT_COVERED, at the conclusion date.
  it("no time limit before 26/2026: NOT_COVERED at conclusionOn, naming the regime", () => {
    const e = failure(() => revocationDeadline("2026-05-21"));
    expect([e.code, e.path, e.value]).toEqual(["NOT_COVERED", ["conclusionOn"], "2026-05-21"]);
    expect(e.messages.en).toContain("under regime 148+1489");
    expect(revocationDeadline("2026-05-22").revokeBy).toBe("2026-06-06");
    for (const regime of ["1048", "1048+781", "148", "148+1489"] as const) {
      const f = failure(() => revocationDeadline("2026-09-01", { regime }));
      expect([f.code, f.path]).toEqual(["NOT_COVERED", ["conclusionOn"]]);
      expect(f.messages.en).toContain(`under regime ${regime} `);
    }
  });

  it("an unknown regime in the options is named at options.regime", () => {
    const e = failure(() => revocationDeadline("2026-09-01", { regime: "x" as never }));
    expect([e.code, e.path]).toEqual(["UNKNOWN_REGULATION", ["options", "regime"]]);
    expect(e.messages.en).toBe(`options.regime: "x" is not a modelled regime (${REGIME_LIST})`);
  });

  it("bad stars in the options are INVALID_STARS", () => {
    const e = failure(() => revocationDeadline("2026-09-01", { stars: 2 as never }));
    expect([e.code, e.path]).toEqual(["INVALID_STARS", ["stars"]]);
  });

  // Options that are not an object are ignored (as if none were given); options that throw are named.
  it("options null, or not an object, are as no options", () => {
    const plain = revocationDeadline("2026-09-01");
    for (const options of [null, "x", 5, undefined]) {
      expect(revocationDeadline("2026-09-01", options as never)).toStrictEqual(plain);
    }
    expect(plain).toStrictEqual({
      conclusionOn: "2026-09-01",
      revokeBy: "2026-09-16",
      days: 15,
      regime: "26/2026",
      rule: plain.rule,
      authority: null,
    });
  });

  it("options whose reading throws: INVALID_ARGUMENT at options", () => {
    const hostile = {
      get stars(): never {
        throw new Error("boom");
      },
    };
    const e = failure(() => revocationDeadline("2026-09-01", hostile));
    expect([e.code, e.path]).toEqual(["INVALID_ARGUMENT", ["options"]]);
    expect(e.messages.en).toContain("options: cannot be read");
  });

  it("an explicit regime overrides the regime of the date", () => {
    expect(revocationDeadline("2026-05-01", { regime: "26/2026", stars: 3 })).toMatchObject({
      revokeBy: "2026-05-16",
      regime: "26/2026",
      authority: { basis: "law" },
    });
  });
});
