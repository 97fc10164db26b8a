import { describe, expect, it } from "vitest";
import { certificateHistory, certificateInForceOn } from "../../src/certificates/index.js";
import { OcopError } from "../../src/errors/ocop-error.js";
import { makeCertificate } from "./fixtures.js";

const FIRST = makeCertificate("2020-02-04", { decisionNumber: "303/QĐ-UBND" });
const SECOND = makeCertificate("2023-01-10", { stars: 3, score: 66, decisionNumber: "50/QĐ-UBND" }); // re-evaluated lower
const THIRD = makeCertificate("2026-06-15", { decisionNumber: "900/QĐ-UBND" });

describe("certificateHistory", () => {
  it("sorts, supersedes and keeps every certificate", () => {
    const h = certificateHistory([THIRD, FIRST, SECOND]);
    expect(h.entries.map((e) => [e.certificate.decisionNumber, e.endReason, e.inForceThrough])).toEqual([
      ["303/QĐ-UBND", "superseded", "2023-01-09"],
      ["50/QĐ-UBND", "expiry", "2026-01-10"],
      ["900/QĐ-UBND", "expiry", "2029-06-15"],
    ]);
    expect(h.entries[0]?.supersededBy).toEqual(SECOND);
  });

  it("takes a generator, and per-certificate events", () => {
    function* items() {
      yield { certificate: FIRST };
      yield {
        certificate: SECOND,
        events: [{ kind: "revocation", on: "2024-05-01", ground: "practice-provincial-rules-violation" }],
      };
    }
    const h = certificateHistory(items());
    expect(h.entries[1]).toMatchObject({ endReason: "revoked", inForceThrough: "2024-04-30" });
    expect(certificateInForceOn(h, "2024-04-30")?.certificate).toEqual(SECOND);
    expect(certificateInForceOn(h, "2024-05-01")).toBeNull();
    expect(certificateInForceOn(h, "2020-02-04")?.certificate).toEqual(FIRST);
    expect(certificateInForceOn(h, "2020-02-03")).toBeNull();
  });

  it("a gap between certificates: the older one expires", () => {
    const h = certificateHistory([FIRST, THIRD]);
    expect(h.entries[0]).toMatchObject({
      endReason: "expiry",
      inForceThrough: "2023-02-04",
      supersededBy: null,
    });
    expect(certificateInForceOn(h, "2024-01-01")).toBeNull();
  });

  it("rejects same-day duplicates, junk and unreadable iterables with OcopError", () => {
    expect(() => certificateHistory([FIRST, { ...FIRST, decisionNumber: "x" }])).toThrowError(/ambiguous/);
    expect(() => certificateHistory(42 as never)).toThrow(OcopError);
    expect(() => certificateHistory([{ certificate: {} }])).toThrow(OcopError);
    function* broken(): Generator<unknown> {
      yield FIRST;
      throw new Error("db down");
    }
    expect(() => certificateHistory(broken())).toThrow(OcopError);
    const hostile = {
      get certificate(): never {
        throw new Error("boom");
      },
    };
    expect(() => certificateHistory([hostile])).toThrow(OcopError);
    expect(() => certificateInForceOn(certificateHistory([]), "x")).toThrow(OcopError);
  });
});
