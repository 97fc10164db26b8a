import { describe, expect, it } from "vitest";
import { addDays } from "../../src/calendar/calendar-date.js";
import {
  CERTIFICATE_VALIDITY,
  certificateExpiry,
  certificateObligations,
  certificateValidity,
  expiryNoticeDeadline,
  reEvaluationDecisionDue,
  reEvaluationWindow,
} from "../../src/certificates/index.js";
import { OcopError } from "../../src/errors/ocop-error.js";
import { ALL_REGIMES } from "../../src/regulations/index.js";
import { makeCertificate } from "./fixtures.js";
import { EXPIRY_CASES, TRANSITION_CASES, WINDOW_CASES } from "./golden.js";

describe("certificateExpiry (golden cases)", () => {
  for (const c of EXPIRY_CASES) {
    it(c.name, () => {
      expect(certificateExpiry(c.input.issuedOn, c.input.regime)).toBe(c.expected);
      expect(
        certificateValidity(
          makeCertificate(c.input.issuedOn, c.input.regime ? { regime: c.input.regime } : {}),
        ).through,
      ).toBe(c.expected);
    });
  }

  it("every month end of a leap year", () => {
    const ends = [
      "2024-01-31",
      "2024-02-29",
      "2024-03-31",
      "2024-04-30",
      "2024-05-31",
      "2024-06-30",
    ] as const;
    expect(ends.map((d) => certificateExpiry(d))).toEqual([
      "2027-01-31",
      "2027-02-28",
      "2027-03-31",
      "2027-04-30",
      "2027-05-31",
      "2027-06-30",
    ]);
  });

  it("the day after expiry is the first day expired (expiry + 1)", () => {
    expect(addDays(certificateExpiry("2023-12-31"), 1)).toBe("2027-01-01");
  });

  it("36 months under every regime, and the primary text only for 26/2026", () => {
    for (const r of ALL_REGIMES) expect(CERTIFICATE_VALIDITY[r.id].months).toBe(36);
    expect(CERTIFICATE_VALIDITY["26/2026"].confirmedBy).toBe("primary");
    expect(CERTIFICATE_VALIDITY["26/2026"].reference).toContain("Điều 4 khoản 3");
  });

  it("rejects bad dates, pre-2019 dates without a regime, unknown regimes", () => {
    expect(() => certificateExpiry("2023-02-29")).toThrow(OcopError);
    expect(() => certificateExpiry("2019-08-20")).toThrowError(/before the first modelled regime/);
    expect(certificateExpiry("2019-08-20", "1048")).toBe("2022-08-20");
    expect(() => certificateExpiry("2023-01-01", "999" as never)).toThrow(OcopError);
  });

  it("a printed expiry wins over the computed one", () => {
    const v = certificateValidity(makeCertificate("2020-02-04", { expiresOn: "2023-02-03" }));
    expect(v).toMatchObject({ through: "2023-02-03", printed: true, regime: "1048" });
  });
});

describe("re-evaluation window and expiry notice (golden cases)", () => {
  for (const c of WINDOW_CASES) {
    it(c.name, () => {
      const w = reEvaluationWindow(c.input.expiresOn);
      expect(w === null ? null : { opensOn: w.opensOn, closesOn: w.closesOn }).toEqual(c.expected.window);
      expect(expiryNoticeDeadline(c.input.expiresOn)?.dueBy ?? null).toBe(c.expected.noticeBy);
    });
  }

  it("the window carries the 45 days and its article", () => {
    expect(reEvaluationWindow("2029-06-15")).toMatchObject({
      decisionWithinDays: 45,
      regime: "26/2026",
      rule: expect.stringContaining("Điều 7 khoản 6"),
    });
  });

  it("decision due 45 days from the complete file under 26/2026, none before", () => {
    expect(reEvaluationDecisionDue("2028-12-20")).toBe("2029-02-03");
    expect(reEvaluationDecisionDue("2026-05-22")).toBe("2026-07-06");
    expect(reEvaluationDecisionDue("2026-05-21")).toBeNull();
    expect(reEvaluationDecisionDue("2026-05-21", "26/2026")).toBe("2026-07-05");
    expect(() => reEvaluationDecisionDue("nope")).toThrow(OcopError);
  });
});

describe("transition of 26/2026 Article 12 (golden cases)", () => {
  for (const c of TRANSITION_CASES) {
    it(c.name, () => {
      const t = certificateObligations(makeCertificate(c.input.issuedOn)).transition;
      if (c.expected === null) expect(t).toBeNull();
      else {
        expect(t).toMatchObject({ ...c.expected, keepsValidityToExpiry: true, setBy: "26/2026/QĐ-TTg" });
      }
    });
  }

  it("covers exactly the certificates issued 22/05/2023 – 18/09/2023", () => {
    let covered: string[] = [];
    for (let d = addDays("2023-05-01", 0); d <= "2023-10-31"; d = addDays(d, 1)) {
      if (certificateObligations(makeCertificate(d)).transition?.graceCovered) covered.push(d);
    }
    covered = [covered[0]!, covered[covered.length - 1]!, String(covered.length)];
    expect(covered).toEqual(["2023-05-22", "2023-09-18", "120"]);
  });

  it("a 148 certificate expiring after 19/09/2026 gets the window of 26/2026, not the notice", () => {
    const o = certificateObligations(
      makeCertificate("2023-10-02", { stars: 3, issuer: { level: "district" }, score: 60 }),
    );
    expect(o.regime).toBe("148");
    expect(o.reEvaluationWindow?.regime).toBe("26/2026");
    expect(o.expiryNotice).toBeNull();
  });
});
