import { describe, expect, it } from "vitest";
import { isCertificate, parseCertificate, parseCertificateEvents } from "../../src/certificates/index.js";
import { OcopError } from "../../src/errors/ocop-error.js";
import { makeCertificate } from "./fixtures.js";

const GOOD = makeCertificate("2026-06-15");

function issuesOf(f: () => unknown): string[] {
  try {
    f();
  } catch (error) {
    if (error instanceof OcopError) return error.issues.map((i) => i.path.join("."));
    throw error;
  }
  return [];
}

describe("parseCertificate", () => {
  it("returns a fresh copy with only known fields", () => {
    const input = { ...GOOD, extra: 1, product: { ...GOOD.product, colour: "green" } };
    const out = parseCertificate(input);
    expect(out).toEqual(GOOD);
    expect(out).not.toBe(input);
    expect(out.product).not.toBe(input.product);
    expect(isCertificate(GOOD)).toBe(true);
  });

  it("reports every problem at once, with paths and both languages", () => {
    const paths = issuesOf(() =>
      parseCertificate({
        product: {},
        holder: { name: "  " },
        stars: 2,
        score: 101,
        decisionNumber: 7,
        issuedOn: "2026-02-30",
        issuer: { level: "commune" },
        locality: "Huế",
        regime: "2030",
      }),
    );
    expect(paths).toEqual([
      "certificate.product.name",
      "certificate.holder.name",
      "certificate.stars",
      "certificate.score",
      "certificate.decisionNumber",
      "certificate.issuedOn",
      "certificate.regime",
      "certificate.issuer.level",
      "certificate.locality",
    ]);
    try {
      parseCertificate({ ...GOOD, stars: 2 });
    } catch (error) {
      expect((error as OcopError).messages.vi).toContain("sao");
      expect((error as OcopError).code).toBe("INVALID_CERTIFICATE");
    }
  });

  it("checks the rank against the score and the issuer level against the regime", () => {
    expect(
      issuesOf(() => parseCertificate({ ...GOOD, stars: 5, score: 85, issuer: { level: "central" } })),
    ).toEqual(["certificate.score"]);
    expect(issuesOf(() => parseCertificate({ ...GOOD, stars: 5, score: 95 }))).toEqual([
      "certificate.issuer.level",
    ]);
    expect(issuesOf(() => parseCertificate({ ...GOOD, issuer: { level: "district" } }))).toEqual([
      "certificate.issuer.level",
    ]);
    // 148: a district certified 3★.
    expect(
      isCertificate({ ...GOOD, issuedOn: "2024-04-01", stars: 3, score: 60, issuer: { level: "district" } }),
    ).toBe(true);
    // 1048: the district certified nothing.
    expect(
      isCertificate({ ...GOOD, issuedOn: "2021-04-01", stars: 3, score: 60, issuer: { level: "district" } }),
    ).toBe(false);
    // A 4★ rank on a 5★ score is allowed (capped rank, Art. 7.4).
    expect(isCertificate({ ...GOOD, score: 92 })).toBe(true);
    expect(isCertificate({ ...GOOD, score: undefined })).toBe(true);
  });

  it("requires a regime before 21/08/2019 and an expiry after the issue date", () => {
    expect(issuesOf(() => parseCertificate({ ...GOOD, issuedOn: "2019-01-01" }))).toEqual([
      "certificate.issuedOn",
    ]);
    expect(isCertificate({ ...GOOD, issuedOn: "2019-01-01", regime: "1048" })).toBe(true);
    expect(issuesOf(() => parseCertificate({ ...GOOD, expiresOn: "2026-06-15" }))).toEqual([
      "certificate.expiresOn",
    ]);
  });

  it("ignores inherited fields and survives throwing getters and __proto__ keys", () => {
    const inherited = Object.create(GOOD);
    expect(isCertificate(inherited)).toBe(false);
    const hostile = {
      ...GOOD,
      get holder(): never {
        throw new Error("boom");
      },
    };
    expect(issuesOf(() => parseCertificate(hostile))).toEqual(["certificate.holder", "certificate.holder"]);
    const proto = JSON.parse(`{"__proto__": {"stars": 5}, "product": {"name": "x"}}`);
    expect(() => parseCertificate(proto)).toThrow(OcopError);
    expect(({} as { stars?: number }).stars).toBeUndefined();
  });
});

describe("parseCertificateEvents", () => {
  it("sorts copies by date and validates each kind", () => {
    const events = parseCertificateEvents(
      new Set([
        { kind: "revocation", on: "2027-03-01", ground: "false-dossier" },
        { kind: "re-evaluation-filed", on: "2027-01-01", completeFileReceivedOn: "2027-01-20" },
      ]),
      "2026-06-15",
    );
    expect(events.map((e) => e.kind)).toEqual(["re-evaluation-filed", "revocation"]);
  });

  it("rejects every malformed event with OcopError INVALID_EVENT", () => {
    const bad = [
      null,
      { kind: "re-evaluation-filed", on: "2027-01-20", completeFileReceivedOn: "2027-01-01" },
      { kind: "decision", on: "2027-01-01", dossier: "appeal", result: null },
      { kind: "decision", on: "2027-01-01", result: makeCertificate("2027-01-02") },
      { kind: "decision", on: "2027-01-01", result: { stars: 9 } },
      { kind: "revocation", on: "2027-01-01", ground: "dislike" },
      { kind: "revocation", on: "2027-01-01", ground: "false-dossier", conclusionOn: "2027-02-01" },
      { kind: "notice-sent" },
    ];
    for (const e of bad) {
      expect(() => parseCertificateEvents([e], "2026-06-15")).toThrowError(
        expect.objectContaining({ code: "INVALID_EVENT" }),
      );
    }
    const broken = {
      *[Symbol.iterator](): Generator<unknown> {
        yield 1;
        throw new Error("x");
      },
    };
    expect(() => parseCertificateEvents(broken, "2026-06-15")).toThrow(OcopError);
    expect(() => parseCertificateEvents(3, "2026-06-15")).toThrow(OcopError);
  });
});
