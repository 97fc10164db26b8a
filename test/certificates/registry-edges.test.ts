/**
 * The edges of upcomingCertificateDeadlines: each option with its default and its invalid values (code, path
 * and wording), the input that is not an iterable, both ends of the horizon, printed expiries far from the
 * computed one, and the order of items and groups whatever the order of the input. Written from the
 * surviving mutants of a Stryker run (docs/mutation.md).
 */
import { describe, expect, it } from "vitest";
import type { CalendarDate } from "../../src/calendar/calendar-date.js";
import {
  type Certificate,
  type UpcomingOptions,
  type UpcomingReport,
  upcomingCertificateDeadlines,
} from "../../src/certificates/index.js";
import { OcopError } from "../../src/errors/ocop-error.js";
import { failure } from "../helpers/failure.js";
import { makeCertificate } from "./fixtures.js";

/** Each item as "decision:kind:on:daysLeft", group after group. */
function itemsOf(r: UpcomingReport): string[] {
  return r.groups.flatMap((g) =>
    g.items.map((i) => `${i.certificate.decisionNumber}:${i.kind}:${i.on}:${i.daysLeft}`),
  );
}

const A = makeCertificate("2026-06-15", { decisionNumber: "A" }); // expiry 2029-06-15
const OK: UpcomingOptions = { asOf: "2029-01-01", withinDays: 30 };

describe("options: each invalid value named at its field", () => {
  it("not an options object: INVALID_ARGUMENT, an options object is required", () => {
    for (const bad of [null, undefined, 5, "2029-01-01"]) {
      const e = failure(() => upcomingCertificateDeadlines([A], bad as never));
      expect([e.code, e.rule, e.path]).toEqual([
        "INVALID_ARGUMENT",
        "an options object is required",
        ["options"],
      ]);
    }
    // Was: path ["options", ""] and "options.: null is not valid".
    const e = failure(() => upcomingCertificateDeadlines([A], null as never));
    expect(e.messages).toEqual({
      en: "options: null is not valid (an options object is required)",
      vi: "options: null không hợp lệ (an options object is required)",
    });
  });

  it("options whose fields cannot be read: INVALID_ARGUMENT at options", () => {
    const hostile = {
      withinDays: 30,
      get asOf(): never {
        throw new Error("boom");
      },
    };
    const e = failure(() => upcomingCertificateDeadlines([A], hostile as never));
    expect([e.code, e.path, e.message]).toEqual([
      "INVALID_ARGUMENT",
      ["options"],
      "options: cannot be read (a getter or proxy of the input threw)",
    ]);
  });

  it("asOf: INVALID_DATE at options.asOf", () => {
    for (const bad of [undefined, "2029-02-30", 20290101]) {
      const e = failure(() => upcomingCertificateDeadlines([A], { ...OK, asOf: bad as never }));
      expect([e.code, e.path]).toEqual(["INVALID_DATE", ["options", "asOf"]]);
    }
  });

  it("withinDays: a whole number of days from 0 to 3650", () => {
    for (const bad of [-1, 3651, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, "5", null, undefined]) {
      const e = failure(() => upcomingCertificateDeadlines([A], { ...OK, withinDays: bad as never }));
      expect([e.code, e.path, e.rule]).toEqual([
        "INVALID_ARGUMENT",
        ["options", "withinDays"],
        "a whole number of days from 0 to 3650",
      ]);
    }
    expect(failure(() => upcomingCertificateDeadlines([A], { ...OK, withinDays: 1.5 })).message).toBe(
      "options.withinDays: 1.5 is not valid (a whole number of days from 0 to 3650)",
    );
    expect(failure(() => upcomingCertificateDeadlines([A], { ...OK, withinDays: -1 })).messages.vi).toBe(
      "options.withinDays: -1 không hợp lệ (a whole number of days from 0 to 3650)",
    );
  });

  it("withinDays: 0 and 3650 are accepted, both ends included", () => {
    expect(upcomingCertificateDeadlines([A], { asOf: "2029-06-15", withinDays: 0 })).toMatchObject({
      until: "2029-06-15",
      matched: 1,
    });
    expect(upcomingCertificateDeadlines([A], { asOf: "2026-06-15", withinDays: 3650 })).toMatchObject({
      until: "2036-06-12",
      matched: 3,
    });
  });

  it("kinds: a list of the four kinds", () => {
    for (const bad of ["expiry", ["expiry", "party"], [null], {}, null]) {
      const e = failure(() => upcomingCertificateDeadlines([A], { ...OK, kinds: bad as never }));
      expect([e.code, e.path]).toEqual(["INVALID_ARGUMENT", ["options", "kinds"]]);
    }
    expect(
      failure(() => upcomingCertificateDeadlines([A], { ...OK, kinds: "expiry" as never })).message,
    ).toBe('options.kinds: "expiry" is not valid (a list of window-closes, notice, expiry, window-opens)');
  });

  it("groupBy: commune or province", () => {
    for (const bad of ["district", "", 1]) {
      const e = failure(() => upcomingCertificateDeadlines([A], { ...OK, groupBy: bad as never }));
      expect([e.code, e.path, e.message]).toEqual([
        "INVALID_ARGUMENT",
        ["options", "groupBy"],
        `options.groupBy: ${JSON.stringify(bad)} is not valid (commune or province)`,
      ]);
    }
  });

  it("onInvalid: throw or skip", () => {
    for (const bad of ["ignore", true]) {
      const e = failure(() => upcomingCertificateDeadlines([A], { ...OK, onInvalid: bad as never }));
      expect([e.code, e.path, e.message]).toEqual([
        "INVALID_ARGUMENT",
        ["options", "onInvalid"],
        `options.onInvalid: ${JSON.stringify(bad)} is not valid (throw or skip)`,
      ]);
    }
  });

  it("defaults: all four kinds, grouped by commune, invalid certificates thrown", () => {
    const r = upcomingCertificateDeadlines([A], { asOf: "2028-12-01", withinDays: 200 });
    expect(r.groups.map((g) => [g.province, g.commune])).toEqual([["Thái Nguyên", "Tân Cương"]]);
    expect(itemsOf(r)).toEqual([
      "A:window-opens:2028-12-17:16",
      "A:window-closes:2029-02-15:76",
      "A:expiry:2029-06-15:196",
    ]);
    expect(() =>
      upcomingCertificateDeadlines([A, { ...A, stars: 2 }], { asOf: "2028-12-01", withinDays: 1 }),
    ).toThrow(OcopError);
  });
});

describe("certificates: what the input may be", () => {
  it("not an iterable: INVALID_ARGUMENT at certificates, saying what it got", () => {
    const cases: [unknown, string, string][] = [
      [5, "5", "5"],
      [null, "null", "null"],
      [undefined, "undefined", "undefined"],
      ["abc", '"abc"', '"abc"'],
      [{ 0: A, length: 1 }, "an object", "một đối tượng"],
    ];
    for (const [bad, en, vi] of cases) {
      const e = failure(() => upcomingCertificateDeadlines(bad as never, OK));
      expect([e.code, e.path]).toEqual(["INVALID_ARGUMENT", ["certificates"]]);
      expect(e.message).toBe(`certificates: ${en} is not an iterable`);
      expect(e.messages.vi).toBe(`certificates: ${vi} không phải là danh sách`);
    }
  });

  it("an input whose iterator cannot be looked up or started: INVALID_ARGUMENT at certificates", () => {
    const noLookup = new Proxy(
      {},
      {
        has(): boolean {
          throw new Error("boom");
        },
      },
    );
    const noStart = {
      [Symbol.iterator](): never {
        throw new Error("cursor closed");
      },
    };
    for (const bad of [noLookup, noStart]) {
      const e = failure(() => upcomingCertificateDeadlines(bad as never, OK));
      expect([e.code, e.path, e.message]).toEqual([
        "INVALID_ARGUMENT",
        ["certificates"],
        "certificates: cannot be read (a getter or proxy of the input threw)",
      ]);
    }
  });

  it("an OcopError thrown by the caller's iterable passes through unchanged", () => {
    const own = failure(() => upcomingCertificateDeadlines(5 as never, OK));
    function* source(): Generator<unknown> {
      yield A;
      throw own;
    }
    expect(failure(() => upcomingCertificateDeadlines(source(), OK))).toBe(own);
  });

  it("items hold validated copies; the input is not written to", () => {
    const input = [{ ...A, unknown: "dropped" }];
    const before = structuredClone(input);
    const item = upcomingCertificateDeadlines(input, { asOf: "2029-06-15", withinDays: 0 }).groups[0]
      ?.items[0];
    expect(item?.certificate).toEqual(A);
    expect(item?.certificate).not.toBe(input[0]);
    expect(input).toEqual(before);
  });
});

describe("the horizon: both ends, computed and printed expiries", () => {
  it("an expiry on asOf itself is found, 0 days left, by the validity rule", () => {
    const r = upcomingCertificateDeadlines([A], { asOf: "2029-06-15", withinDays: 0, kinds: ["expiry"] });
    expect(r.groups[0]?.items).toEqual([
      { certificate: A, kind: "expiry", on: "2029-06-15", daysLeft: 0, rule: "validity rule" },
    ]);
    // The day after, it is past.
    expect(upcomingCertificateDeadlines([A], { asOf: "2029-06-16", withinDays: 10 }).matched).toBe(0);
  });

  it("an expiry on the last day of the horizon is found; one day later it is not", () => {
    expect(itemsOf(upcomingCertificateDeadlines([A], { asOf: "2029-06-05", withinDays: 10 }))).toEqual([
      "A:expiry:2029-06-15:10",
    ]);
    expect(upcomingCertificateDeadlines([A], { asOf: "2029-06-04", withinDays: 10 }).matched).toBe(0);
  });

  it("a printed expiry long after 36 months is found, with its notice", () => {
    const long = makeCertificate("2019-09-01", { decisionNumber: "L", expiresOn: "2025-12-31" });
    const r = upcomingCertificateDeadlines([long], { asOf: "2025-12-01", withinDays: 60 });
    expect(r.groups[0]?.items.map((i) => [i.kind, i.on, i.daysLeft, i.rule])).toEqual([
      ["notice", "2025-12-01", 0, "148/QĐ-TTg as amended by 1489/QĐ-TTg (official texts not read)"],
      ["expiry", "2025-12-31", 30, "recognition decision"],
    ]);
  });

  it("a printed expiry well before 36 months is found", () => {
    const short = makeCertificate("2026-06-15", { decisionNumber: "S", expiresOn: "2027-01-10" });
    const r = upcomingCertificateDeadlines([short], { asOf: "2027-01-01", withinDays: 30 });
    expect(r.groups[0]?.items.map((i) => [i.kind, i.on, i.daysLeft, i.rule])).toEqual([
      ["expiry", "2027-01-10", 9, "recognition decision"],
    ]);
  });
});

describe("order of items on one day: window closes, notice, expiry, window opens, then decision number", () => {
  // All on 01/05/2026: a 148+1489 notice (expiry 31/05/2026), an expiry, and a 26/2026 window opening
  // (expiry 28/10/2026); their decision numbers run the other way.
  it("notice before expiry before window opening", () => {
    const certs = [
      makeCertificate("2023-10-28", { decisionNumber: "1" }),
      makeCertificate("2023-05-01", { decisionNumber: "2" }),
      makeCertificate("2023-05-31", { decisionNumber: "3" }),
    ];
    const r = upcomingCertificateDeadlines(certs, { asOf: "2026-05-01", withinDays: 0 });
    expect(itemsOf(r)).toEqual([
      "3:notice:2026-05-01:0",
      "2:expiry:2026-05-01:0",
      "1:window-opens:2026-05-01:0",
    ]);
  });

  // All on 15/06/2029: a window closing (expiry 13/10/2029), an expiry, a window opening (expiry 12/12/2029).
  it("window closing before expiry before window opening", () => {
    const certs = [
      makeCertificate("2026-12-12", { decisionNumber: "1" }),
      makeCertificate("2026-06-15", { decisionNumber: "2" }),
      makeCertificate("2026-10-13", { decisionNumber: "3" }),
    ];
    const r = upcomingCertificateDeadlines(certs, { asOf: "2029-06-15", withinDays: 0 });
    expect(r.groups[0]?.items.map((i) => [i.certificate.decisionNumber, i.kind, i.rule])).toEqual([
      ["3", "window-closes", "26/2026/QĐ-TTg, Điều 7 khoản 6 điểm a và điểm g"],
      ["2", "expiry", "validity rule"],
      ["1", "window-opens", "26/2026/QĐ-TTg, Điều 7 khoản 6 điểm a và điểm g"],
    ]);
  });
});

describe("order of items of one kind on one day, whatever the input order", () => {
  const expiries = (certs: Certificate[]): string[] =>
    upcomingCertificateDeadlines(certs, { asOf: "2029-06-15", withinDays: 0 }).groups.flatMap((g) =>
      g.items.map(
        (i) => `${i.certificate.decisionNumber}/${i.certificate.product.name}/${i.certificate.holder.name}`,
      ),
    );
  const cert = (decisionNumber: string, product: string, holder = "HTX"): Certificate =>
    makeCertificate("2026-06-15", { decisionNumber, product: { name: product }, holder: { name: holder } });

  it("by decision number", () => {
    const one = cert("1/QĐ-UBND", "Mật ong");
    const two = cert("2/QĐ-UBND", "Chè");
    expect(expiries([one, two])).toEqual(["1/QĐ-UBND/Mật ong/HTX", "2/QĐ-UBND/Chè/HTX"]);
    expect(expiries([two, one])).toEqual(["1/QĐ-UBND/Mật ong/HTX", "2/QĐ-UBND/Chè/HTX"]);
  });

  it("one decision for several products: by product name", () => {
    const chè = cert("9/QĐ-UBND", "Chè");
    const mật = cert("9/QĐ-UBND", "Mật ong");
    expect(expiries([chè, mật])).toEqual(["9/QĐ-UBND/Chè/HTX", "9/QĐ-UBND/Mật ong/HTX"]);
    expect(expiries([mật, chè])).toEqual(["9/QĐ-UBND/Chè/HTX", "9/QĐ-UBND/Mật ong/HTX"]);
  });

  it("same decision and product name: the input order is kept", () => {
    const x = cert("9/QĐ-UBND", "Chè", "HTX X");
    const y = cert("9/QĐ-UBND", "Chè", "HTX Y");
    expect(expiries([x, y])).toEqual(["9/QĐ-UBND/Chè/HTX X", "9/QĐ-UBND/Chè/HTX Y"]);
    expect(expiries([y, x])).toEqual(["9/QĐ-UBND/Chè/HTX Y", "9/QĐ-UBND/Chè/HTX X"]);
  });
});

describe("order of groups with the same days left: province, commune, issuer level, issuer name", () => {
  const at = (
    province: string,
    commune: string | undefined,
    level: "central" | "province",
    name: string | undefined,
  ): Certificate =>
    makeCertificate("2026-06-15" as CalendarDate, {
      decisionNumber: `${province}/${commune ?? "-"}/${level}/${name ?? "-"}`,
      ...(level === "central" ? { stars: 5, score: 92 } : {}),
      locality: commune === undefined ? { province } : { province, commune },
      issuer: name === undefined ? { level } : { level, name },
    });
  // Sorted: no commune before a commune, "central" before "province", no name before a name.
  const sorted = [
    at("An Giang", "Xã B", "province", "UBND tỉnh An Giang"),
    at("Bắc Ninh", undefined, "province", "UBND tỉnh Bắc Ninh"),
    at("Bắc Ninh", "Xã A", "central", "Bộ NN&MT"),
    at("Bắc Ninh", "Xã A", "province", undefined),
    at("Bắc Ninh", "Xã A", "province", "UBND tỉnh Bắc Ninh"),
    at("Bắc Ninh", "Xã B", "province", "UBND tỉnh Bắc Ninh"),
  ];
  const order = (certs: Certificate[]): string[] =>
    upcomingCertificateDeadlines(certs, { asOf: "2029-06-15", withinDays: 0 }).groups.map(
      (g) => `${g.province}/${g.commune ?? "-"}/${g.issuerLevel}/${g.issuerName ?? "-"}`,
    );
  const expected = sorted.map((c) => c.decisionNumber);

  it("input already sorted", () => {
    expect(order(sorted)).toEqual(expected);
  });

  it("input reversed", () => {
    expect(order([...sorted].reverse())).toEqual(expected);
  });

  it("grouped by province only: one group per province and issuer", () => {
    const r = upcomingCertificateDeadlines([...sorted].reverse(), {
      asOf: "2029-06-15",
      withinDays: 0,
      groupBy: "province",
    });
    expect(r.groups.map((g) => [g.province, g.commune, g.issuerLevel, g.issuerName, g.items.length])).toEqual(
      [
        ["An Giang", null, "province", "UBND tỉnh An Giang", 1],
        ["Bắc Ninh", null, "central", "Bộ NN&MT", 1],
        ["Bắc Ninh", null, "province", null, 1],
        ["Bắc Ninh", null, "province", "UBND tỉnh Bắc Ninh", 3],
      ],
    );
  });
});
