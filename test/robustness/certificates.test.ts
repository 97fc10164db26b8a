import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { isCalendarDate } from "../../src/calendar/calendar-date.js";
import {
  CERTIFICATE_ISSUERS,
  CERTIFICATE_RULES,
  CERTIFICATE_VALIDITY,
  type Certificate,
  type CertificateHistory,
  type CertificateStatus,
  certificateExpiry,
  certificateHistory,
  certificateInForceOn,
  certificateObligations,
  certificateStatus,
  certificateValidity,
  expiryNoticeDeadline,
  isCertificate,
  parseCertificate,
  parseCertificateEvents,
  REVOCATION_GROUNDS,
  reEvaluationDecisionDue,
  reEvaluationWindow,
  revocationAuthority,
  revocationDeadline,
  revocationGround,
  revocationGrounds,
  type UpcomingReport,
  upcomingCertificateDeadlines,
} from "../../src/certificates/index.js";
import { ALL_REGIMES, regulationAt } from "../../src/regulations/index.js";
import { CertificateStatusKindSchema } from "../../src/schemas/certificates.js";
import {
  calendarDates,
  codeOf,
  dateOr,
  finiteIterable,
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
  throwingGetters,
} from "./junk.js";

type Fn = (...args: never[]) => unknown;
const call = <F extends Fn>(fn: F) => fn as unknown as (...args: readonly unknown[]) => ReturnType<F>;

const REGIME_IDS = ALL_REGIMES.map((r) => r.id);
const regimeId = fc.oneof(
  { arbitrary: fc.constantFrom(...REGIME_IDS), weight: 3 },
  { arbitrary: junk, weight: 1 },
);
const optionalRegime = fc.oneof(fc.constant(undefined), regimeId);
const FLOOR = { 3: 50, 4: 70, 5: 90 } as const;
const STATUS_KINDS = CertificateStatusKindSchema.options;
const GROUND_IDS = REVOCATION_GROUNDS.map((g) => g.id);
const text = fc
  .oneof(
    fc.constantFrom("Chè Tân Cương", "HTX Tân Cương", "Thái Nguyên"),
    fc.string({ minLength: 1, maxLength: 12 }),
  )
  .filter((s) => /\S/.test(s));

/** A valid certificate issued on a day of `from`–`to`. */
function certificate(from = "2019-08-21", to = "2030-12-31", issuedOn?: string): fc.Arbitrary<Certificate> {
  return fc
    .record({
      issuedOn: issuedOn === undefined ? calendarDates(from, to) : fc.constant(issuedOn),
      stars: fc.constantFrom(3 as const, 4 as const, 5 as const),
      score: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
      id: fc.option(text, { nil: undefined }),
      product: text,
      holder: text,
      province: text,
      commune: fc.option(text, { nil: undefined }),
      decisionNumber: text,
      expiresAfterDays: fc.option(fc.integer({ min: 1, max: 2000 }), { nil: undefined }),
    })
    .map((r) => {
      const regime = regulationAt(r.issuedOn).id;
      const level = CERTIFICATE_ISSUERS[regime].issuers[r.stars][0]!;
      const cert: Record<string, unknown> = {
        product: { name: r.product },
        holder: { name: r.holder },
        stars: r.stars,
        decisionNumber: r.decisionNumber,
        issuedOn: r.issuedOn,
        issuer: { level, name: `UBND ${r.province}` },
        locality:
          r.commune === undefined ? { province: r.province } : { province: r.province, commune: r.commune },
      };
      if (r.id !== undefined) cert["id"] = r.id;
      if (r.score !== undefined) cert["score"] = FLOOR[r.stars] + r.score * (100 - FLOOR[r.stars]);
      if (r.expiresAfterDays !== undefined) {
        const d = new Date(`${r.issuedOn}T00:00:00Z`);
        d.setUTCDate(d.getUTCDate() + r.expiresAfterDays);
        cert["expiresOn"] = d.toISOString().slice(0, 10);
      }
      return cert as unknown as Certificate;
    });
}

/** Valid events on a certificate issued on `issuedOn`. */
function events(issuedOn: string): fc.Arbitrary<unknown[]> {
  const on = calendarDates(issuedOn, "2034-12-31");
  const event = fc.oneof(
    on.map((d) => ({ kind: "notice-sent", on: d })),
    on.map((d) => ({ kind: "re-evaluation-filed", on: d })),
    fc
      .tuple(on, fc.constantFrom(...GROUND_IDS))
      .map(([d, ground]) => ({ kind: "revocation", on: d, ground })),
    on.map((d) => ({ kind: "decision", on: d, dossier: "re-evaluation", result: null })),
    on.chain((d) =>
      certificate(d, d, d).map(
        (result) => ({ kind: "decision", on: d, dossier: "upgrade", result }) as unknown,
      ),
    ),
  );
  return fc.array(event, { maxLength: 4 });
}

const certAndEvents = certificate().chain((c) =>
  fc.tuple(fc.constant(c), nearValid(events(c.issuedOn))).map(([cert, list]) => ({ cert, list })),
);

describe("certificates: junk in, only OcopError out, inputs untouched", () => {
  const data = snapshot([CERTIFICATE_ISSUERS, CERTIFICATE_RULES, CERTIFICATE_VALIDITY, REVOCATION_GROUNDS]);

  test("certificateExpiry: a day after the issue date", () => {
    fc.assert(
      fc.property(dateOr("2015-01-01", "2100-12-31"), optionalRegime, (issuedOn, regime) => {
        const outcome = robustSame(call(certificateExpiry), [issuedOn, regime]);
        if (outcome.ok) expect((outcome.value as string) > (issuedOn as string)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  test("parseCertificate and isCertificate agree; a parsed certificate is a fresh copy", () => {
    fc.assert(
      fc.property(nearValid(certificate()), (input) => {
        const parsed = robustSame(call(parseCertificate), [input]);
        const is = robustSame(call(isCertificate), [input]);
        expect(is.ok).toBe(true);
        if (is.ok) expect(is.value).toBe(parsed.ok);
        if (parsed.ok) expect(parsed.value).not.toBe(parsed.args[0]);
        else expect(parsed.error.code).toBe("INVALID_CERTIFICATE");
      }),
      { numRuns: RUNS },
    );
  });

  test("certificateValidity and certificateObligations: validity runs forward", () => {
    fc.assert(
      fc.property(nearValid(certificate()), (input) => {
        const validity = robustSame(call(certificateValidity), [input]);
        const obligations = robustSame(call(certificateObligations), [input]);
        expect(obligations.ok).toBe(validity.ok);
        if (validity.ok) {
          const v = validity.value as { from: string; through: string };
          expect(v.through > v.from).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  test("reEvaluationWindow, expiryNoticeDeadline, reEvaluationDecisionDue: dates in order", () => {
    fc.assert(
      fc.property(dateOr("2015-01-01", "2040-12-31"), optionalRegime, (date, regime) => {
        const w = robustSame(call(reEvaluationWindow), [date]);
        if (w.ok && w.value !== null) {
          const window = w.value as { opensOn: string; closesOn: string };
          expect(window.opensOn <= window.closesOn && window.closesOn < (date as string)).toBe(true);
        }
        const n = robustSame(call(expiryNoticeDeadline), [date]);
        if (n.ok && n.value !== null)
          expect((n.value as { dueBy: string }).dueBy < (date as string)).toBe(true);
        const d = robustSame(call(reEvaluationDecisionDue), [date, regime]);
        if (d.ok && d.value !== null) expect((d.value as string) > (date as string)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  test("certificateStatus: one of the statuses, as of the day asked", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          { arbitrary: certAndEvents, weight: 4 },
          {
            arbitrary: fc.tuple(nearValid(certificate()), junk).map(([cert, list]) => ({ cert, list })),
            weight: 1,
          },
        ),
        dateOr("2019-01-01", "2036-12-31"),
        ({ cert, list }, asOf) => {
          const outcome = robustSame(call(certificateStatus), [cert, asOf, list]);
          if (outcome.ok) {
            const s = outcome.value as CertificateStatus;
            expect(STATUS_KINDS).toContain(s.status);
            expect(s.asOf).toBe(asOf);
          } else
            expect(["INVALID_CERTIFICATE", "INVALID_EVENT", "INVALID_DATE"]).toContain(outcome.error.code);
        },
      ),
      { numRuns: RUNS },
    );
  });

  test("parseCertificateEvents: sorted by date, never before the issue date", () => {
    fc.assert(
      fc.property(certAndEvents, dateOr("2019-01-01", "2030-12-31"), ({ list }, issuedOn) => {
        const outcome = robustSame(call(parseCertificateEvents), [list, issuedOn]);
        if (outcome.ok) {
          const days = (outcome.value as { on: string }[]).map((e) => e.on);
          expect([...days].sort()).toEqual(days);
          expect(days.every((d) => d >= (issuedOn as string))).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  test("certificateHistory and certificateInForceOn: entries oldest first; the one in force covers the day", () => {
    const items = fc.oneof(
      { arbitrary: nearValid(fc.array(certificate(), { maxLength: 4 })), weight: 3 },
      {
        arbitrary: nearValid(
          fc.array(
            certAndEvents.map(({ cert, list }) => ({ certificate: cert, events: list })),
            { maxLength: 3 },
          ),
        ),
        weight: 2,
      },
      {
        arbitrary: fc
          .array(certificate(), { maxLength: 3 })
          .map((list) => new Recipe("an iterable of certificates", () => finiteIterable(list))),
        weight: 1,
      },
    );
    fc.assert(
      fc.property(items, dateOr("2019-01-01", "2036-12-31"), (list, asOf) => {
        const outcome = robustSame(call(certificateHistory), [list]);
        if (outcome.ok) {
          const history = outcome.value as CertificateHistory;
          const days = history.entries.map((e) => e.certificate.issuedOn);
          expect([...days].sort()).toEqual(days);
          const found = robustSame(call(certificateInForceOn), [history, asOf]);
          if (found.ok && found.value !== null) {
            const e = found.value as CertificateHistory["entries"][number];
            expect(e.certificate.issuedOn <= (asOf as string) && (asOf as string) <= e.inForceThrough).toBe(
              true,
            );
          }
        } else
          expect(["INVALID_RECORD", "INVALID_CERTIFICATE", "INVALID_EVENT"]).toContain(outcome.error.code);
      }),
      { numRuns: RUNS },
    );
  });

  test("certificateInForceOn: junk histories", () => {
    const history = nearValid(
      fc.array(certificate(), { maxLength: 3 }).map((list) => {
        try {
          return structuredClone(certificateHistory(list));
        } catch {
          return { entries: [] };
        }
      }),
    );
    fc.assert(
      fc.property(history, dateOr("2019-01-01", "2036-12-31"), (h, asOf) => {
        robust(call(certificateInForceOn), [h, asOf]);
      }),
      { numRuns: RUNS },
    );
  });

  test("upcomingCertificateDeadlines: every deadline found lies in the horizon", () => {
    const options = nearValid(
      fc.record(
        {
          asOf: calendarDates("2020-01-01", "2032-12-31"),
          withinDays: fc.integer({ min: 0, max: 3650 }),
          kinds: fc.subarray(["expiry", "window-opens", "window-closes", "notice"]),
          groupBy: fc.constantFrom("commune", "province"),
          onInvalid: fc.constantFrom("throw", "skip"),
        },
        { requiredKeys: ["asOf", "withinDays"] },
      ),
    );
    const certificates = fc.oneof(
      { arbitrary: fc.array(nearValid(certificate()), { maxLength: 5 }), weight: 3 },
      { arbitrary: nearValid(fc.array(certificate(), { maxLength: 4 })), weight: 2 },
      { arbitrary: junk, weight: 1 },
    );
    fc.assert(
      fc.property(certificates, options, (list, opts) => {
        const outcome = robustSame(call(upcomingCertificateDeadlines), [list, opts]);
        if (outcome.ok) {
          const report = outcome.value as UpcomingReport;
          for (const g of report.groups) {
            for (const item of g.items) expect(item.on >= report.asOf && item.on <= report.until).toBe(true);
          }
          expect(report.skipped).toBeLessThanOrEqual(report.scanned);
        }
      }),
      { numRuns: RUNS },
    );
  });

  test("revocation lookups: grounds, authority and deadline", () => {
    const stars = fc.oneof(fc.constantFrom(3, 4, 5), junkNumber, junk);
    const ground = fc.oneof(fc.constantFrom(...GROUND_IDS), junk);
    const options = fc.oneof(
      fc.constant(undefined),
      nearValid(
        fc.record(
          { stars: fc.constantFrom(3, 4, 5), regime: fc.constantFrom(...REGIME_IDS) },
          { requiredKeys: [] },
        ),
      ),
    );
    fc.assert(
      fc.property(optionalRegime, ground, stars, regimeId, (regime, g, s, r) => {
        const grounds = robustSame(call(revocationGrounds), [regime]);
        if (grounds.ok) expect((grounds.value as unknown[]).length).toBeGreaterThan(0);
        const found = robustSame(call(revocationGround), [g]);
        if (found.ok) expect((found.value as { id: unknown }).id).toBe(g);
        robustSame(call(revocationAuthority), [s, r]);
      }),
      { numRuns: RUNS },
    );
    fc.assert(
      fc.property(dateOr("2019-01-01", "2035-12-31"), options, (date, o) => {
        const outcome = robustSame(call(revocationDeadline), [date, o]);
        if (outcome.ok)
          expect((outcome.value as { revokeBy: string }).revokeBy > (date as string)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  test("the certificate rules are never changed", () => {
    expect(isCalendarDate("2026-01-01")).toBe(true);
    expect(snapshot([CERTIFICATE_ISSUERS, CERTIFICATE_RULES, CERTIFICATE_VALIDITY, REVOCATION_GROUNDS])).toBe(
      data,
    );
  });
});

describe("regressions (each let a raw error escape before)", () => {
  const cert = {
    product: { name: "Chè Tân Cương" },
    holder: { name: "HTX Chè Tân Cương" },
    stars: 4,
    decisionNumber: "1234/QĐ-UBND",
    issuedOn: "2026-06-15",
    issuer: { level: "province" },
    locality: { province: "Thái Nguyên" },
  };

  test("certificateInForceOn checks the history (was: TypeError reading entries.length)", () => {
    expect(codeOf(() => certificateInForceOn({} as never, "2026-08-01"))).toBe("INVALID_RECORD");
    expect(codeOf(() => certificateInForceOn({ entries: [null] } as never, "2026-08-01"))).toBe(
      "INVALID_RECORD",
    );
    expect(codeOf(() => certificateInForceOn(hostileProxy() as never, "2026-08-01"))).toBe("INVALID_RECORD");
    const history = certificateHistory([cert]);
    expect(certificateInForceOn(history, "2026-08-01")?.certificate.issuedOn).toBe("2026-06-15");
  });

  test("parseCertificateEvents checks issuedOn and unreadable lists (was: TypeError)", () => {
    expect(codeOf(() => parseCertificateEvents([], Symbol() as never))).toBe("INVALID_DATE");
    expect(codeOf(() => parseCertificateEvents(revokedProxy([]), "2026-06-15"))).toBe("INVALID_EVENT");
    expect(codeOf(() => certificateStatus(cert, "2026-08-01", hostileProxy([])))).toBe("INVALID_EVENT");
  });

  test("certificates, options and iterables that cannot be read", () => {
    expect(codeOf(() => parseCertificate(revokedProxy()))).toBe("INVALID_CERTIFICATE");
    expect(codeOf(() => parseCertificate({ ...cert, product: revokedProxy() }))).toBe("INVALID_CERTIFICATE");
    expect(codeOf(() => upcomingCertificateDeadlines([], hostileProxy() as never))).toBe("INVALID_ARGUMENT");
    expect(
      codeOf(() =>
        upcomingCertificateDeadlines(hostileProxy() as never, { asOf: "2026-06-01", withinDays: 90 }),
      ),
    ).toBe("INVALID_ARGUMENT");
    expect(codeOf(() => revocationDeadline("2026-06-01", throwingGetters() as never))).toBe(
      "INVALID_ARGUMENT",
    );
    expect(codeOf(() => certificateHistory(hostileProxy() as never))).toBe("INVALID_RECORD");
  });
});
