import { describe, expect, it } from "vitest";
import {
  REVOCATION_GROUNDS,
  revocationAuthority,
  revocationDeadline,
  revocationGround,
  revocationGrounds,
} from "../../src/certificates/index.js";
import { OcopError } from "../../src/errors/ocop-error.js";

describe("revocation grounds", () => {
  it("26/2026 Article 8.1 has six grounds, points a–e with đ, all law", () => {
    const g = revocationGrounds("26/2026");
    expect(g.map((x) => x.article)).toEqual(
      ["a", "b", "c", "d", "đ", "e"].map((p) => `26/2026/QĐ-TTg, Điều 8 khoản 1 điểm ${p}`),
    );
    expect(g.every((x) => x.basis === "law" && x.text.vi !== "" && x.text.en !== "")).toBe(true);
    expect(revocationGround("law-violation").text.vi).toContain("sở hữu trí tuệ, ghi nhãn hàng hóa");
  });

  it("earlier regimes: practice only, each with a source URL", () => {
    for (const regime of ["1048", "1048+781", "148", "148+1489"] as const) {
      const g = revocationGrounds(regime);
      expect(g.length).toBe(4);
      for (const x of g) {
        expect(x.basis).toBe("practice");
        expect(x.article).toBeNull();
        expect(x.sources.length).toBeGreaterThan(0);
        expect(x.sources.every((s) => s.url.startsWith("http"))).toBe(true);
      }
    }
    expect(revocationGrounds()).toBe(REVOCATION_GROUNDS);
    expect(() => revocationGround("nope" as never)).toThrow(OcopError);
    expect(() => revocationGrounds("2020" as never)).toThrow(OcopError);
  });
});

describe("revocation authority and deadline", () => {
  it("provincial chairman for 3–4★, the Minister for 5★ (Art. 8.2)", () => {
    expect(revocationAuthority(3, "26/2026").authority.vi).toBe("Chủ tịch UBND cấp tỉnh");
    expect(revocationAuthority(4, "26/2026").basis).toBe("law");
    expect(revocationAuthority(5, "26/2026").authority.vi).toBe("Bộ trưởng Bộ Nông nghiệp và Môi trường");
    expect(revocationAuthority(3, "148").basis).toBe("practice");
    expect(() => revocationAuthority(2 as never, "26/2026")).toThrow(OcopError);
  });

  it("15 days from the conclusion (Art. 8.4), the conclusion day not counted", () => {
    expect(revocationDeadline("2026-09-01")).toMatchObject({
      revokeBy: "2026-09-16",
      days: 15,
      regime: "26/2026",
      authority: null,
    });
    expect(revocationDeadline("2026-12-20", { stars: 5 }).revokeBy).toBe("2027-01-04");
    expect(revocationDeadline("2026-12-20", { stars: 5 }).authority?.authority.en).toContain("Minister");
  });

  it("no time limit is known before 26/2026: NOT_COVERED", () => {
    expect(() => revocationDeadline("2025-01-10")).toThrowError(
      expect.objectContaining({ code: "NOT_COVERED" }),
    );
    expect(() => revocationDeadline("2026-09-01", { regime: "148" })).toThrowError(
      expect.objectContaining({ code: "NOT_COVERED" }),
    );
    expect(() => revocationDeadline("2026-02-30")).toThrow(OcopError);
    expect(() => revocationDeadline("2026-09-01", { regime: "x" as never })).toThrow(OcopError);
  });
});
