import { describe, expect, it } from "vitest";
import { type Certificate, upcomingCertificateDeadlines } from "../../src/certificates/index.js";
import { OcopError } from "../../src/errors/ocop-error.js";
import { makeCertificate } from "./fixtures.js";

const A = makeCertificate("2026-06-15", { decisionNumber: "A" }); // window 2028-12-17..2029-02-15, expiry 2029-06-15
const B = makeCertificate("2026-06-20", {
  decisionNumber: "B",
  locality: { province: "Nghệ An", commune: "Diễn Châu" },
  issuer: { level: "province", name: "UBND tỉnh Nghệ An" },
}); // window 2028-12-22..2029-02-20
const C = makeCertificate("2023-03-01", { decisionNumber: "C" }); // 148: expiry 2026-03-01, notice 2026-01-30
const FAR = makeCertificate("2030-01-01", { decisionNumber: "FAR" });

describe("upcomingCertificateDeadlines", () => {
  it("finds windows opening and closing, groups by locality and issuer, most urgent first", () => {
    const r = upcomingCertificateDeadlines([A, B, FAR], { asOf: "2029-02-10", withinDays: 20 });
    expect(r).toMatchObject({ asOf: "2029-02-10", until: "2029-03-02", scanned: 3, matched: 2, skipped: 0 });
    expect(r.groups.map((g) => [g.province, g.commune, g.issuerName, g.mostUrgentDaysLeft])).toEqual([
      ["Thái Nguyên", "Tân Cương", "UBND tỉnh Thái Nguyên", 5],
      ["Nghệ An", "Diễn Châu", "UBND tỉnh Nghệ An", 10],
    ]);
    expect(r.groups[0]?.items[0]).toMatchObject({ kind: "window-closes", on: "2029-02-15", daysLeft: 5 });
  });

  it("reads a generator once, and finds notices and expiries of older regimes", () => {
    let reads = 0;
    function* source(): Generator<Certificate> {
      for (const c of [C, A, B]) {
        reads++;
        yield c;
      }
    }
    const r = upcomingCertificateDeadlines(source(), { asOf: "2026-01-15", withinDays: 60 });
    expect(reads).toBe(3);
    expect(
      r.groups.flatMap((g) => g.items.map((i) => [i.certificate.decisionNumber, i.kind, i.on, i.daysLeft])),
    ).toEqual([
      ["C", "notice", "2026-01-30", 15],
      ["C", "expiry", "2026-03-01", 45],
    ]);
  });

  it("sorts items of one group by days left, then kind, then decision number", () => {
    const A2 = { ...A, decisionNumber: "A2" };
    const r = upcomingCertificateDeadlines([A2, A], { asOf: "2028-12-01", withinDays: 100 });
    expect(r.groups).toHaveLength(1);
    expect(r.groups[0]?.items.map((i) => `${i.certificate.decisionNumber}:${i.kind}`)).toEqual([
      "A:window-opens",
      "A2:window-opens",
      "A:window-closes",
      "A2:window-closes",
    ]);
  });

  it("filters kinds, groups by province, includes both ends of the horizon", () => {
    const r = upcomingCertificateDeadlines([A, B], {
      asOf: "2028-12-17",
      withinDays: 5,
      kinds: ["window-opens"],
      groupBy: "province",
    });
    expect(r.groups.map((g) => [g.province, g.commune, g.items.map((i) => i.daysLeft)])).toEqual([
      ["Thái Nguyên", null, [0]],
      ["Nghệ An", null, [5]],
    ]);
  });

  it("uses a printed expiry", () => {
    const printed = makeCertificate("2020-02-04", { expiresOn: "2023-02-03" });
    const r = upcomingCertificateDeadlines([printed], { asOf: "2023-02-01", withinDays: 5 });
    expect(r.groups[0]?.items[0]).toMatchObject({
      kind: "expiry",
      on: "2023-02-03",
      rule: "recognition decision",
    });
  });

  it("throws on invalid certificates with their index, or skips them", () => {
    const bad = [A, { ...A, stars: 2 }];
    expect(() => upcomingCertificateDeadlines(bad, { asOf: "2029-01-01", withinDays: 30 })).toThrowError(
      expect.objectContaining({ code: "INVALID_CERTIFICATE", path: ["certificates", 1, "stars"] }),
    );
    const r = upcomingCertificateDeadlines(bad, { asOf: "2029-01-01", withinDays: 50, onInvalid: "skip" });
    expect(r).toMatchObject({ scanned: 2, skipped: 1, matched: 1 });
  });

  it("rejects bad options and inputs with OcopError", () => {
    const ok = { asOf: "2029-01-01", withinDays: 1 };
    for (const opts of [
      null,
      { ...ok, asOf: "2029-02-30" },
      { ...ok, withinDays: -1 },
      { ...ok, withinDays: 1.5 },
      { ...ok, withinDays: 4000 },
      { ...ok, kinds: ["expiry", "party"] },
      { ...ok, kinds: "expiry" },
      { ...ok, groupBy: "district" },
      { ...ok, onInvalid: "ignore" },
    ]) {
      expect(() => upcomingCertificateDeadlines([A], opts as never)).toThrow(OcopError);
    }
    expect(() => upcomingCertificateDeadlines(5 as never, ok)).toThrow(OcopError);
    function* broken(): Generator<unknown> {
      yield A;
      throw new TypeError("cursor closed");
    }
    expect(() => upcomingCertificateDeadlines(broken(), ok)).toThrowError(
      expect.objectContaining({ code: "INVALID_ARGUMENT", path: ["certificates", 1] }),
    );
  });
});
