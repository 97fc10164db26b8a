/**
 * The edges of the certificate and event checks: each bad field is named by its own path, optional fields
 * are copied only when present, each boundary (score floors, dates) is exact, and the messages that carry a
 * rule list what is allowed. Written from the surviving mutants of a Stryker run (docs/mutation.md).
 */
import { describe, expect, it } from "vitest";
import { isCertificate, parseCertificate, parseCertificateEvents } from "../../src/certificates/validate.js";
import { failure } from "../helpers/failure.js";
import { makeCertificate } from "./fixtures.js";

/** Every issue as `[code, path]`. */
function issues(call: () => unknown): [string, (string | number)[]][] {
  return failure(call).issues.map((i) => [i.code, [...i.path]]);
}

/** The single issue of a failing call. */
function onlyIssue(call: () => unknown) {
  const e = failure(call);
  expect(e.issues).toHaveLength(1);
  return e.issues[0]!;
}

function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

const GOOD = makeCertificate("2026-06-15");
const C = "INVALID_CERTIFICATE";
const E = "INVALID_EVENT";
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

describe("parseCertificate: a certificate that is not an object is one issue at its root", () => {
  // Nothing inside a non-object is read: one issue, at the path given, and no issue per missing field.
  it.each([
    ["null", null],
    ["a number", 3],
    ["a string", "Chè Tân Cương"],
    ["an array", []],
    ["an array with a certificate in it", [GOOD]],
  ])("%s", (_name, input) => {
    expect(issues(() => parseCertificate(input))).toEqual([[C, ["certificate"]]]);
    expect(isCertificate(input)).toBe(false);
  });

  it("uses the path given, else certificate", () => {
    expect(issues(() => parseCertificate(null, ["body", 2]))).toEqual([[C, ["body", 2]]]);
    const e = failure(() => parseCertificate(null, ["body", 2]));
    expect(e.messages.en).toBe("body.2: null is not an object");
    expect(e.messages.vi).toBe("body.2: null không phải là đối tượng");
  });

  it("a revoked proxy cannot be read: two issues at the root, nothing read inside", () => {
    const e = failure(() => parseCertificate(revokedProxy()));
    expect(e.issues.map((i) => [i.path, i.rule])).toEqual([
      [["certificate"], "fields must be readable"],
      [["certificate"], "an object is required"],
    ]);
    expect(isCertificate(revokedProxy())).toBe(false);
  });
});

describe("parseCertificate: nested objects (product, holder, issuer, locality)", () => {
  // A nested field that is not an object is named at the field itself; nothing inside it is read.
  const cases: [string, object, (string | number)[]][] = [
    ["product null", { product: null }, ["certificate", "product"]],
    ["product a number", { product: 3 }, ["certificate", "product"]],
    ["product an array", { product: [{ name: "x" }] }, ["certificate", "product"]],
    ["holder null", { holder: null }, ["certificate", "holder"]],
    ["holder a string", { holder: "HTX" }, ["certificate", "holder"]],
    ["issuer null", { issuer: null }, ["certificate", "issuer"]],
    ["issuer a number", { issuer: 1 }, ["certificate", "issuer"]],
    ["locality null", { locality: null }, ["certificate", "locality"]],
    ["locality an array", { locality: ["Huế"] }, ["certificate", "locality"]],
  ];
  it.each(cases)("%s", (_name, patch, path) => {
    expect(issues(() => parseCertificate({ ...GOOD, ...patch }))).toEqual([[C, path]]);
  });

  it("a nested revoked proxy: both issues at that field", () => {
    const e = failure(() => parseCertificate({ ...GOOD, holder: revokedProxy() }));
    expect(e.issues.map((i) => [i.path, i.rule])).toEqual([
      [["certificate", "holder"], "fields must be readable"],
      [["certificate", "holder"], "an object is required"],
    ]);
  });

  // A bad text inside a nested object is named with the nested object's key in its path.
  const texts: [string, object, (string | number)[]][] = [
    ["product name blank", { product: { name: " \t" } }, ["certificate", "product", "name"]],
    ["product id empty", { product: { name: "x", id: "" } }, ["certificate", "product", "id"]],
    [
      "product criteria set a number",
      { product: { name: "x", criteriaSet: 1 } },
      ["certificate", "product", "criteriaSet"],
    ],
    ["holder name missing", { holder: {} }, ["certificate", "holder", "name"]],
    ["holder id a number", { holder: { name: "x", id: 7 } }, ["certificate", "holder", "id"]],
    ["issuer name blank", { issuer: { level: "province", name: "" } }, ["certificate", "issuer", "name"]],
    [
      "locality province missing",
      { locality: { commune: "Tân Cương" } },
      ["certificate", "locality", "province"],
    ],
    [
      "locality district blank",
      { locality: { province: "Huế", district: " " } },
      ["certificate", "locality", "district"],
    ],
    [
      "locality commune null",
      { locality: { province: "Huế", commune: null } },
      ["certificate", "locality", "commune"],
    ],
    ["id blank", { id: "   " }, ["certificate", "id"]],
    ["decision number missing", { decisionNumber: undefined }, ["certificate", "decisionNumber"]],
  ];
  it.each(texts)("%s", (_name, patch, path) => {
    expect(issues(() => parseCertificate({ ...GOOD, ...patch }))).toEqual([[C, path]]);
  });
});

describe("parseCertificate: texts are strings of 1 to 1000 characters, not blank", () => {
  it("1000 characters pass, 1001 do not", () => {
    const name = "x".repeat(1000);
    expect(parseCertificate({ ...GOOD, product: { name } }).product.name).toBe(name);
    expect(issues(() => parseCertificate({ ...GOOD, product: { name: `${name}y` } }))).toEqual([
      [C, ["certificate", "product", "name"]],
    ]);
  });

  it("things that look like text are not text (an array, an object with a length)", () => {
    for (const name of [["Chè"], { length: 3 }, 42, true]) {
      const i = onlyIssue(() => parseCertificate({ ...GOOD, product: { name } }));
      expect(i.path).toEqual(["certificate", "product", "name"]);
      expect(i.message.en).toContain("is not a non-empty text (at most 1000 characters)");
      expect(i.message.vi).toContain("không phải là chuỗi ký tự khác rỗng (tối đa 1000 ký tự)");
    }
  });
});

describe("parseCertificate: optional fields are copied when given, and absent when not", () => {
  // The copy has exactly the fields given: no key set to undefined for an optional field left out.
  it("a minimal certificate copies to exactly its fields", () => {
    const minimal = {
      product: { name: "Chè" },
      holder: { name: "HTX" },
      stars: 4,
      decisionNumber: "1/QĐ-UBND",
      issuedOn: "2026-06-15",
      issuer: { level: "province" },
      locality: { province: "Thái Nguyên" },
    };
    expect(parseCertificate(minimal)).toStrictEqual(minimal);
  });

  it("a full certificate copies every optional field", () => {
    const full = {
      id: "TN-2026-001",
      product: { name: "Chè", id: "P-1", criteriaSet: "26/2026/QĐ-TTg#1" },
      holder: { name: "HTX", id: "H-9" },
      stars: 4,
      score: 78.5,
      decisionNumber: "1/QĐ-UBND",
      issuedOn: "2026-06-15",
      regime: "26/2026",
      issuer: { level: "province", name: "UBND tỉnh Thái Nguyên" },
      locality: { province: "Thái Nguyên", district: "TP Thái Nguyên", commune: "Tân Cương" },
      expiresOn: "2029-06-15",
    };
    const out = parseCertificate({ ...full, extra: true });
    expect(out).toStrictEqual(full);
    expect(isCertificate(full)).toBe(true);
  });

  it("each optional field alone", () => {
    const base = parseCertificate(GOOD);
    expect(Object.keys(base.holder)).toEqual(["name"]);
    expect(parseCertificate({ ...GOOD, holder: { name: "HTX", id: "H-9" } }).holder).toStrictEqual({
      name: "HTX",
      id: "H-9",
    });
    expect(parseCertificate({ ...GOOD, product: { name: "Chè", id: "P-1" } }).product).toStrictEqual({
      name: "Chè",
      id: "P-1",
    });
    expect(parseCertificate({ ...GOOD, product: { name: "Chè", criteriaSet: "S" } }).product).toStrictEqual({
      name: "Chè",
      criteriaSet: "S",
    });
    expect(
      parseCertificate({ ...GOOD, locality: { province: "Huế", district: "Phú Vang" } }).locality,
    ).toStrictEqual({ province: "Huế", district: "Phú Vang" });
    expect(parseCertificate({ ...GOOD, locality: { province: "Huế" } }).locality).toStrictEqual({
      province: "Huế",
    });
    expect(parseCertificate({ ...GOOD, issuer: { level: "province" } }).issuer).toStrictEqual({
      level: "province",
    });
    expect(parseCertificate({ ...GOOD, id: "X-1" }).id).toBe("X-1");
    for (const key of ["id", "expiresOn", "regime"]) expect(Object.hasOwn(base, key)).toBe(false);
  });
});

describe("parseCertificate: stars and score (Article 4.1, Article 3.3)", () => {
  // The lowest score of each rank passes; a hair below does not.
  it.each([
    [3, 50, "province"],
    [4, 70, "province"],
    [5, 90, "central"],
    [5, 100, "central"],
  ] as const)("%i★ at %d passes", (stars, score, level) => {
    expect(parseCertificate({ ...GOOD, stars, score, issuer: { level } }).score).toBe(score);
  });

  it.each([
    [3, 49.99, 50, "province"],
    [4, 69.99, 70, "province"],
    [5, 89.99, 90, "central"],
    [3, 0, 50, "province"],
  ] as const)("%i★ at %d is below the floor %d", (stars, score, floor, level) => {
    const i = onlyIssue(() => parseCertificate({ ...GOOD, stars, score, issuer: { level } }));
    expect(i.path).toEqual(["certificate", "score"]);
    expect(i.rule).toBe(
      `26/2026/QĐ-TTg, Article 3.3: ${stars}★ needs an average total score of at least ${floor}`,
    );
    expect(i.message.en).toBe(`certificate.score: ${score} is below ${floor}, the lowest score of ${stars}★`);
    expect(i.message.vi).toBe(
      `certificate.score: ${score} thấp hơn ${floor}, điểm thấp nhất của hạng ${stars} sao`,
    );
  });

  it("a score outside 0–100, or not a finite number, is not a score", () => {
    for (const score of [-0.01, -1, 100.01, Number.NaN, Number.POSITIVE_INFINITY, "80", null]) {
      const i = onlyIssue(() => parseCertificate({ ...GOOD, score }));
      expect(i.path).toEqual(["certificate", "score"]);
      expect(i.rule).toBe("a score is a number from 0 to 100");
      expect(i.message.en).toContain("is not a number from 0 to 100");
      expect(i.message.vi).toContain("không phải là số từ 0 đến 100");
    }
  });

  it("stars other than 3, 4 or 5", () => {
    for (const stars of [2, 6, "4", 4.5, undefined]) {
      const i = onlyIssue(() => parseCertificate({ ...GOOD, stars, score: undefined }));
      expect(i.path).toEqual(["certificate", "stars"]);
      expect(i.rule).toContain("Article 4.1");
    }
  });
});

describe("parseCertificate: regime and issue date", () => {
  // An unknown regime is named with the list of modelled regimes, and never used to look up rules.
  it.each([["2030"], [1048], [null], ["26/2026/QĐ-TTg"]])("regime %j", (regime) => {
    const i = onlyIssue(() => parseCertificate({ ...GOOD, regime }));
    expect([i.code, i.path]).toEqual([C, ["certificate", "regime"]]);
    expect(i.rule).toBe(`a regime is one of ${REGIME_LIST}`);
    expect(i.message.en).toContain(`is not a modelled regime (${REGIME_LIST})`);
    expect(i.message.vi).toContain(`không phải là chế độ được mô hình hóa (${REGIME_LIST})`);
  });

  // 1048/QĐ-TTg applies from 21/08/2019: the day before needs an explicit regime.
  it("the day before 21/08/2019 needs a regime; that day does not", () => {
    const i = onlyIssue(() => parseCertificate({ ...GOOD, issuedOn: "2019-08-20" }));
    expect([i.code, i.path]).toEqual([C, ["certificate", "issuedOn"]]);
    expect(i.rule).toBe("no national OCOP criteria decision before 2019-08-21 (1048/QĐ-TTg)");
    expect(i.message.en).toBe(
      'certificate.issuedOn: "2019-08-20" is before the first modelled regime (from 2019-08-21); pass "regime"',
    );
    expect(i.message.vi).toContain("trước chế độ đầu tiên được mô hình hóa (từ 2019-08-21)");
    expect(isCertificate({ ...GOOD, issuedOn: "2019-08-21" })).toBe(true);
    expect(isCertificate({ ...GOOD, issuedOn: "2019-08-20", regime: "1048" })).toBe(true);
  });

  // The issuer check uses the regime of the issue date from its first day (1048: no district 3★).
  it("on 21/08/2019 itself, 1048's issuer rule applies", () => {
    const district3 = { ...GOOD, stars: 3, score: 60, issuer: { level: "district" } };
    const i = onlyIssue(() => parseCertificate({ ...district3, issuedOn: "2019-08-21" }));
    expect(i.path).toEqual(["certificate", "issuer", "level"]);
    expect(i.message.en).toBe(
      'certificate.issuer.level: "district" cannot certify 3★ under regime 1048 (allowed: province)',
    );
    expect(i.rule).toBe(
      "1048/QĐ-TTg (secondary: danang.gov.vn OCOP page): 3★ is certified at level province",
    );
    // 148 allows both, and says so.
    const j = onlyIssue(() =>
      parseCertificate({ ...district3, issuedOn: "2024-04-01", stars: 4, score: 75 }),
    );
    expect(j.message.en).toContain("cannot certify 4★ under regime 148 (allowed: province)");
    expect(isCertificate({ ...district3, issuedOn: "2024-04-01" })).toBe(true);
  });

  it("a bad issue date is one issue of the certificate (no regime looked up)", () => {
    for (const issuedOn of ["2026-02-30", undefined, 20260615, "2019-01-01T00:00"]) {
      const e = failure(() => parseCertificate({ ...GOOD, issuedOn }));
      expect([e.code, e.issues.map((i) => i.path)]).toEqual([C, [["certificate", "issuedOn"]]]);
    }
  });

  it("an issuer level that is not a level is said so, not checked against the rank", () => {
    for (const level of ["commune", undefined, 1, "Province"]) {
      const i = onlyIssue(() => parseCertificate({ ...GOOD, issuer: { level } }));
      expect(i.path).toEqual(["certificate", "issuer", "level"]);
      expect(i.rule).toBe("an issuer level is central, province or district");
      expect(i.message.en).toContain("is not central, province or district");
      expect(i.message.vi).toContain("không phải là central, province hoặc district");
    }
  });

  it("an issuer level that cannot be read is named at issuer.level", () => {
    // Was: reported at certificate.level.
    const issuer = {
      get level(): string {
        throw new Error("boom");
      },
    };
    const e = failure(() => parseCertificate({ ...GOOD, issuer }));
    expect(e.issues.map((i) => [i.path.join("."), i.rule])).toEqual([
      ["certificate.issuer.level", "fields must be readable"],
      ["certificate.issuer.level", "an issuer level is central, province or district"],
    ]);
  });
});

describe("parseCertificate: a printed expiry comes after the issue date", () => {
  it("the day after the issue date passes; the issue date itself and before do not", () => {
    expect(parseCertificate({ ...GOOD, expiresOn: "2026-06-16" }).expiresOn).toBe("2026-06-16");
    for (const expiresOn of ["2026-06-15", "2026-06-14"]) {
      const i = onlyIssue(() => parseCertificate({ ...GOOD, expiresOn }));
      expect(i.path).toEqual(["certificate", "expiresOn"]);
      expect(i.message.en).toBe(
        `certificate.expiresOn: "${expiresOn}" is not after the issue date 2026-06-15`,
      );
      expect(i.message.vi).toBe(`certificate.expiresOn: "${expiresOn}" không sau ngày cấp 2026-06-15`);
    }
  });

  it("with a bad issue date, only the issue date is named", () => {
    expect(issues(() => parseCertificate({ ...GOOD, issuedOn: "nope", expiresOn: "2029-06-15" }))).toEqual([
      [C, ["certificate", "issuedOn"]],
    ]);
  });

  it("a bad printed expiry is named", () => {
    expect(issues(() => parseCertificate({ ...GOOD, expiresOn: "2029-02-29" }))).toEqual([
      [C, ["certificate", "expiresOn"]],
    ]);
  });

  it("the input is not written to", () => {
    const input = structuredClone({ ...GOOD, expiresOn: "2029-06-15" });
    const copy = structuredClone(input);
    parseCertificate(input);
    expect(input).toStrictEqual(copy);
  });
});

describe("parseCertificateEvents: what the event list may be", () => {
  // Only arrays and iterable objects are lists; a string is not, though it is iterable.
  it.each([
    ["a number", 3],
    ["null", null],
    ["undefined", undefined],
    ["a string", "re-evaluation-filed"],
    ["a plain object", { 0: { kind: "notice-sent", on: "2027-01-01" } }],
  ])("%s is not a list of events", (_name, input) => {
    const e = failure(() => parseCertificateEvents(input, "2026-06-15"));
    expect([e.code, e.path]).toEqual([E, ["events"]]);
    expect(e.issues).toHaveLength(1);
    expect(e.rule).toBe("events are an array");
    expect(e.messages.en).toContain("is not an array of events");
    expect(e.messages.vi).toContain("không phải là mảng sự kiện");
  });

  it("a list that throws while iterated cannot be iterated", () => {
    const broken = {
      *[Symbol.iterator](): Generator<unknown> {
        yield { kind: "notice-sent", on: "2027-01-01" };
        throw new Error("boom");
      },
    };
    const e = failure(() => parseCertificateEvents(broken, "2026-06-15", ["cert", "events"]));
    expect([e.code, e.path, e.rule]).toEqual([E, ["cert", "events"], "events are an iterable"]);
    expect(e.messages.en).toContain("cannot be iterated");
  });

  it("an empty list, an iterable, and the issue date checked first", () => {
    expect(parseCertificateEvents([], "2026-06-15")).toEqual([]);
    const events = new Map([[1, { kind: "notice-sent", on: "2027-01-01" }]]).values();
    expect(parseCertificateEvents(events, "2026-06-15")).toStrictEqual([
      { kind: "notice-sent", on: "2027-01-01" },
    ]);
    const e = failure(() => parseCertificateEvents([], "2026-13-01" as never));
    expect([e.code, e.path]).toEqual(["INVALID_DATE", ["issuedOn"]]);
  });

  it("an event that is not an object is one issue at its index (a revoked proxy: two)", () => {
    const notice = { kind: "notice-sent", on: "2027-01-01" };
    for (const bad of [null, 3, "notice-sent", [notice]]) {
      expect(issues(() => parseCertificateEvents([notice, bad], "2026-06-15"))).toEqual([[E, ["events", 1]]]);
    }
    const e = failure(() => parseCertificateEvents([notice, revokedProxy()], "2026-06-15"));
    expect(e.issues.map((i) => [i.path, i.rule])).toEqual([
      [["events", 1], "fields must be readable"],
      [["events", 1], "an object is required"],
    ]);
  });

  it("an unknown kind is named at kind", () => {
    const i = onlyIssue(() => parseCertificateEvents([{ kind: "appeal", on: "2027-01-01" }], "2026-06-15"));
    expect([i.code, i.path]).toEqual([E, ["events", 0, "kind"]]);
    expect(i.message.en).toContain("is not re-evaluation-filed, notice-sent, decision or revocation");
  });
});

describe("parseCertificateEvents: dates of events", () => {
  // No event before the issue date; an event on the issue date is fine.
  it("on the issue date passes, the day before does not", () => {
    expect(parseCertificateEvents([{ kind: "notice-sent", on: "2026-06-15" }], "2026-06-15")).toHaveLength(1);
    const i = onlyIssue(() =>
      parseCertificateEvents([{ kind: "notice-sent", on: "2026-06-14" }], "2026-06-15"),
    );
    expect(i.path).toEqual(["events", 0, "on"]);
    expect(i.message.en).toBe(`events.0.on: "2026-06-14" is before the certificate's issue date 2026-06-15`);
    expect(i.message.vi).toBe(`events.0.on: "2026-06-14" trước ngày cấp giấy chứng nhận 2026-06-15`);
  });

  it("a bad or missing date is named at on", () => {
    for (const on of [undefined, "2027-02-29", 2027]) {
      expect(issues(() => parseCertificateEvents([{ kind: "notice-sent", on }], "2026-06-15"))).toEqual([
        [E, ["events", 0, "on"]],
      ]);
    }
  });

  // The complete file reaches the province on or after the filing date (Article 7.6).
  it("the complete file on the filing date passes, the day before does not", () => {
    expect(
      parseCertificateEvents(
        [{ kind: "re-evaluation-filed", on: "2027-01-10", completeFileReceivedOn: "2027-01-10" }],
        "2026-06-15",
      ),
    ).toStrictEqual([
      { kind: "re-evaluation-filed", on: "2027-01-10", completeFileReceivedOn: "2027-01-10" },
    ]);
    const i = onlyIssue(() =>
      parseCertificateEvents(
        [{ kind: "re-evaluation-filed", on: "2027-01-10", completeFileReceivedOn: "2027-01-09" }],
        "2026-06-15",
      ),
    );
    expect(i.path).toEqual(["events", 0, "completeFileReceivedOn"]);
    expect(i.message.en).toContain("is before the filing date 2027-01-10");
    expect(i.message.vi).toContain("trước ngày nộp hồ sơ 2027-01-10");
  });

  it("a filing without a complete file has no completeFileReceivedOn key", () => {
    expect(
      parseCertificateEvents([{ kind: "re-evaluation-filed", on: "2027-01-10" }], "2026-06-15"),
    ).toStrictEqual([{ kind: "re-evaluation-filed", on: "2027-01-10" }]);
  });
});

describe("parseCertificateEvents: decisions", () => {
  const on = "2029-05-01";
  const renewed = makeCertificate(on);

  it("a decision with a new certificate issued on its date, with and without a dossier", () => {
    expect(parseCertificateEvents([{ kind: "decision", on, result: renewed }], "2026-06-15")).toStrictEqual([
      { kind: "decision", on, result: renewed },
    ]);
    for (const dossier of ["re-evaluation", "upgrade"] as const) {
      expect(
        parseCertificateEvents([{ kind: "decision", on, dossier, result: null }], "2026-06-15"),
      ).toStrictEqual([{ kind: "decision", on, dossier, result: null }]);
    }
  });

  it("a dossier that is neither re-evaluation nor upgrade is named at dossier", () => {
    const i = onlyIssue(() =>
      parseCertificateEvents([{ kind: "decision", on, dossier: "appeal", result: null }], "2026-06-15"),
    );
    expect(i.path).toEqual(["events", 0, "dossier"]);
    expect(i.message.en).toContain("is not re-evaluation or upgrade");
  });

  it("the new certificate is checked at result, with its own paths", () => {
    expect(
      issues(() =>
        parseCertificateEvents(
          [{ kind: "decision", on, result: { ...renewed, holder: null } }],
          "2026-06-15",
        ),
      ),
    ).toEqual([[E, ["events", 0, "result", "holder"]]]);
    expect(issues(() => parseCertificateEvents([{ kind: "decision", on, result: 5 }], "2026-06-15"))).toEqual(
      [[E, ["events", 0, "result"]]],
    );
  });

  // An invalid new certificate is not compared with the decision date: only its own faults are named.
  it("a new certificate with a fault is not also said to be on the wrong date", () => {
    const later = makeCertificate("2029-05-02");
    const faults: [object, (string | number)[]][] = [
      [{ ...later, score: 40 }, ["events", 0, "result", "score"]],
      [{ ...later, regime: "2030" }, ["events", 0, "result", "regime"]],
      [{ ...later, issuer: { level: "central" } }, ["events", 0, "result", "issuer", "level"]],
      [{ ...later, expiresOn: "2029-05-02" }, ["events", 0, "result", "expiresOn"]],
      [{ ...later, id: "" }, ["events", 0, "result", "id"]],
      [{ ...later, locality: {} }, ["events", 0, "result", "locality", "province"]],
      [{ ...later, product: {} }, ["events", 0, "result", "product", "name"]],
      [{ ...later, holder: [] }, ["events", 0, "result", "holder"]],
      [{ ...later, stars: 9, score: undefined }, ["events", 0, "result", "stars"]],
      [{ ...later, decisionNumber: " " }, ["events", 0, "result", "decisionNumber"]],
    ];
    for (const [result, path] of faults) {
      expect(issues(() => parseCertificateEvents([{ kind: "decision", on, result }], "2026-06-15"))).toEqual([
        [E, path],
      ]);
    }
  });

  it("a valid new certificate issued another day is named at result.issuedOn", () => {
    const i = onlyIssue(() =>
      parseCertificateEvents([{ kind: "decision", on, result: makeCertificate("2029-05-02") }], "2026-06-15"),
    );
    expect(i.path).toEqual(["events", 0, "result", "issuedOn"]);
    expect(i.message.en).toBe(`events.0.result.issuedOn: "2029-05-02" is not the decision date ${on}`);
    expect(i.message.vi).toBe(`events.0.result.issuedOn: "2029-05-02" không trùng với ngày quyết định ${on}`);
  });

  it("a decision with a bad date names only the date", () => {
    expect(
      issues(() =>
        parseCertificateEvents([{ kind: "decision", on: "2029-13-01", result: renewed }], "2026-06-15"),
      ),
    ).toEqual([[E, ["events", 0, "on"]]]);
  });
});

describe("parseCertificateEvents: revocations (Article 8)", () => {
  const on = "2027-03-01";

  it("an unknown ground is named with the list of grounds", () => {
    for (const ground of ["dislike", 5, undefined]) {
      const i = onlyIssue(() => parseCertificateEvents([{ kind: "revocation", on, ground }], "2026-06-15"));
      expect(i.path).toEqual(["events", 0, "ground"]);
      expect(i.rule).toBe("26/2026/QĐ-TTg, Article 8.1 (or a recorded practice ground)");
      expect(i.message.en).toContain(`is not a revocation ground (${GROUND_LIST})`);
      expect(i.message.vi).toContain(`không phải là căn cứ thu hồi (${GROUND_LIST})`);
    }
  });

  // Revocation follows the conclusion: a conclusion on the revocation day passes, the day after does not.
  it("a conclusion on the revocation date passes, the day after does not", () => {
    expect(
      parseCertificateEvents(
        [{ kind: "revocation", on, ground: "mark-misuse", conclusionOn: on }],
        "2026-06-15",
      ),
    ).toStrictEqual([{ kind: "revocation", on, ground: "mark-misuse", conclusionOn: on }]);
    const i = onlyIssue(() =>
      parseCertificateEvents(
        [{ kind: "revocation", on, ground: "mark-misuse", conclusionOn: "2027-03-02" }],
        "2026-06-15",
      ),
    );
    expect(i.path).toEqual(["events", 0, "conclusionOn"]);
    expect(i.message.en).toContain(`is after the revocation date ${on}`);
    expect(i.rule).toContain("Article 8.4");
  });

  it("a revocation without a conclusion has no conclusionOn key", () => {
    expect(
      parseCertificateEvents([{ kind: "revocation", on, ground: "false-dossier" }], "2026-06-15"),
    ).toStrictEqual([{ kind: "revocation", on, ground: "false-dossier" }]);
  });
});

describe("parseCertificateEvents: order", () => {
  // Sorted by date; events of the same date keep their order (stable).
  it("sorts by date, ties in input order", () => {
    const events = [
      { kind: "notice-sent", on: "2027-03-01" },
      { kind: "re-evaluation-filed", on: "2027-01-01" },
      { kind: "revocation", on: "2027-03-01", ground: "false-dossier" },
      { kind: "decision", on: "2027-02-01", result: null },
      { kind: "re-evaluation-filed", on: "2027-03-01" },
      { kind: "notice-sent", on: "2027-01-01" },
    ];
    const out = parseCertificateEvents(events, "2026-06-15");
    expect(out.map((e) => `${e.on} ${e.kind}`)).toEqual([
      "2027-01-01 re-evaluation-filed",
      "2027-01-01 notice-sent",
      "2027-02-01 decision",
      "2027-03-01 notice-sent",
      "2027-03-01 revocation",
      "2027-03-01 re-evaluation-filed",
    ]);
    expect(events[0]).toStrictEqual({ kind: "notice-sent", on: "2027-03-01" });
  });
});
