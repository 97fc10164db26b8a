/**
 * The edges of certificateHistory and certificateInForceOn: each bad input gets its own code, the path of the
 * item at fault and its wording; a certificate's own events and the next certificate of the history are
 * read in date order; and the first and last day in force are exact. Written from the surviving mutants of
 * a Stryker run (docs/mutation.md).
 */
import { describe, expect, it } from "vitest";
import { certificateHistory, certificateInForceOn } from "../../src/certificates/index.js";
import { failure } from "../helpers/failure.js";
import { makeCertificate } from "./fixtures.js";

const FIRST = makeCertificate("2020-02-04", { decisionNumber: "303/QĐ-UBND" }); // expires 2023-02-04
const MID = makeCertificate("2022-03-01", { decisionNumber: "88/QĐ-UBND" });
const SECOND = makeCertificate("2023-01-10", { stars: 3, score: 66, decisionNumber: "50/QĐ-UBND" });

describe("certificateHistory: what a history may be", () => {
  it("not an iterable: INVALID_RECORD at history, saying what it got", () => {
    const cases: [unknown, string, string][] = [
      [
        42,
        "history: 42 is not an iterable of certificates",
        "history: 42 không phải là danh sách giấy chứng nhận",
      ],
      [
        "abc",
        'history: "abc" is not an iterable of certificates',
        'history: "abc" không phải là danh sách giấy chứng nhận',
      ],
      [
        null,
        "history: null is not an iterable of certificates",
        "history: null không phải là danh sách giấy chứng nhận",
      ],
      [
        undefined,
        "history: undefined is not an iterable of certificates",
        "history: undefined không phải là danh sách giấy chứng nhận",
      ],
      [
        { 0: FIRST, length: 1 },
        "history: an object is not an iterable of certificates",
        "history: một đối tượng không phải là danh sách giấy chứng nhận",
      ],
    ];
    for (const [bad, en, vi] of cases) {
      const e = failure(() => certificateHistory(bad as never));
      expect([e.code, e.path, e.message, e.messages.vi]).toEqual(["INVALID_RECORD", ["history"], en, vi]);
    }
  });

  it("an input whose iterator cannot even be looked up: INVALID_RECORD at history", () => {
    const hostile = new Proxy(
      {},
      {
        has(): boolean {
          throw new Error("boom");
        },
      },
    );
    const e = failure(() => certificateHistory(hostile as never));
    expect([e.code, e.path]).toEqual(["INVALID_RECORD", ["history"]]);
    expect(e.message).toBe("history: cannot be read (a getter or proxy of the input threw)");
  });

  it("an iterable that fails while read: INVALID_RECORD at the index it failed on", () => {
    function* broken(): Generator<unknown> {
      yield FIRST;
      yield SECOND;
      throw new Error("db down");
    }
    const e = failure(() => certificateHistory(broken()));
    expect([e.code, e.path, e.message]).toEqual([
      "INVALID_RECORD",
      ["history", 2],
      "history.2: cannot be read",
    ]);
    expect(e.messages.vi).toBe("history.2: không đọc được");
  });

  it("an OcopError thrown by the caller's iterable passes through unchanged", () => {
    const own = failure(() => certificateHistory(5 as never));
    function* source(): Generator<unknown> {
      yield FIRST;
      throw own;
    }
    expect(failure(() => certificateHistory(source()))).toBe(own);
  });
});

describe("certificateHistory: the path of a bad item", () => {
  it("an item that cannot be read is named at its own index", () => {
    // Was: the index after it (the count had already moved on when the error was caught).
    const hostile = new Proxy(
      {},
      {
        getOwnPropertyDescriptor(): never {
          throw new Error("boom");
        },
      },
    );
    for (const [items, index] of [
      [[hostile], 0],
      [[FIRST, hostile], 1],
    ] as const) {
      const e = failure(() => certificateHistory(items as never));
      expect([e.code, e.path]).toEqual(["INVALID_RECORD", ["history", index]]);
    }
  });

  it("a bare certificate is named at its index", () => {
    const e = failure(() => certificateHistory([FIRST, MID, { ...SECOND, stars: 2 }]));
    expect([e.code, e.path]).toEqual(["INVALID_CERTIFICATE", ["history", 2, "stars"]]);
  });

  it("not an object, or an object without an own certificate: read as a bare certificate", () => {
    for (const bad of [null, undefined, 7, "cert", Object.create({ certificate: FIRST })]) {
      const e = failure(() => certificateHistory([FIRST, bad]));
      expect(e.code).toBe("INVALID_CERTIFICATE");
      expect(e.path.slice(0, 2)).toEqual(["history", 1]);
    }
  });

  it("a wrapped certificate and its events are named under certificate and events", () => {
    const cert = failure(() =>
      certificateHistory([FIRST, { certificate: { ...SECOND, issuedOn: "2023-02-30" } }]),
    );
    expect([cert.code, cert.path]).toEqual([
      "INVALID_CERTIFICATE",
      ["history", 1, "certificate", "issuedOn"],
    ]);
    const event = failure(() =>
      certificateHistory([FIRST, { certificate: SECOND, events: [{ kind: "dance", on: "2024-01-01" }] }]),
    );
    expect([event.code, event.path]).toEqual(["INVALID_EVENT", ["history", 1, "events", 0, "kind"]]);
  });

  it("a field of a wrapped item that throws when read: INVALID_RECORD at that field", () => {
    const badCertificate = {
      get certificate(): never {
        throw new Error("boom");
      },
    };
    const e = failure(() => certificateHistory([FIRST, badCertificate]));
    expect([e.code, e.path, e.message]).toEqual([
      "INVALID_RECORD",
      ["history", 1, "certificate"],
      "history.1.certificate: cannot be read",
    ]);
    const badEvents = {
      certificate: SECOND,
      get events(): never {
        throw new Error("boom");
      },
    };
    const f = failure(() => certificateHistory([FIRST, badEvents]));
    expect([f.code, f.path]).toEqual(["INVALID_RECORD", ["history", 1, "events"]]);
  });

  it("two certificates of one issue date: INVALID_RECORD at history, naming the day", () => {
    const e = failure(() => certificateHistory([SECOND, FIRST, { ...FIRST, decisionNumber: "304/QĐ-UBND" }]));
    expect([e.code, e.path, e.value]).toEqual(["INVALID_RECORD", ["history"], "2020-02-04"]);
    expect(e.message).toBe(
      "history: two certificates issued on 2020-02-04; which one is in force is ambiguous",
    );
    expect(e.messages.vi).toBe(
      "history: hai giấy chứng nhận cùng cấp ngày 2020-02-04; không xác định được giấy nào có hiệu lực",
    );
  });
});

describe("certificateHistory: a certificate's own events and the next certificate, in date order", () => {
  // FIRST records a decision of its own; the history also holds another certificate. The earlier of the
  // two supersedes it, whichever way round they come.
  const own = (on: "2022-03-01" | "2023-01-10", result: typeof MID) => ({
    certificate: FIRST,
    events: [{ kind: "decision", on, result }],
  });

  it("the next certificate of the history comes before the certificate's own later decision", () => {
    const h = certificateHistory([own("2023-01-10", SECOND), MID]);
    expect(h.entries[0]).toMatchObject({ endReason: "superseded", inForceThrough: "2022-02-28" });
    expect(h.entries[0]?.supersededBy).toEqual(MID);
  });

  it("the certificate's own earlier decision comes before the next certificate of the history", () => {
    const h = certificateHistory([own("2022-03-01", MID), SECOND]);
    expect(h.entries[0]).toMatchObject({ endReason: "superseded", inForceThrough: "2022-02-28" });
    expect(h.entries[0]?.supersededBy).toEqual(MID);
  });

  it("on the same day, the decision recorded on the certificate is kept", () => {
    const recorded = { ...SECOND, decisionNumber: "51/QĐ-UBND" };
    const h = certificateHistory([own("2023-01-10", recorded), SECOND]);
    expect(h.entries[0]?.supersededBy).toEqual(recorded);
  });

  it("the input is not written to", () => {
    const item = own("2023-01-10", SECOND);
    const items = [SECOND, item];
    const before = structuredClone(items);
    certificateHistory(items);
    expect(items).toEqual(before);
    expect(items[1]).toBe(item);
  });
});

describe("certificateInForceOn: the first and last day of each entry", () => {
  const h = certificateHistory([FIRST, SECOND]);

  it("from the issue date through the last day in force, both included", () => {
    const cases: [string, string | null][] = [
      ["2020-02-03", null],
      ["2020-02-04", "303/QĐ-UBND"],
      ["2023-01-09", "303/QĐ-UBND"],
      ["2023-01-10", "50/QĐ-UBND"],
      ["2026-01-10", "50/QĐ-UBND"],
      ["2026-01-11", null],
    ];
    for (const [day, decision] of cases) {
      expect(certificateInForceOn(h, day)?.certificate.decisionNumber ?? null).toBe(decision);
    }
  });

  it("a bad date: INVALID_DATE at asOf", () => {
    const e = failure(() => certificateInForceOn(h, "2024-02-30"));
    expect([e.code, e.path]).toEqual(["INVALID_DATE", ["asOf"]]);
  });
});

describe("certificateInForceOn: what a history may be", () => {
  it("not { entries: [...] }: INVALID_RECORD at history, saying what it got", () => {
    const cases: [unknown, string, string][] = [
      [null, "null", "null"],
      [undefined, "undefined", "undefined"],
      [5, "5", "5"],
      [{}, "an object", "một đối tượng"],
      [{ entries: "ab" }, "an object", "một đối tượng"],
      [[FIRST], "an array", "một mảng"],
    ];
    for (const [bad, en, vi] of cases) {
      const e = failure(() => certificateInForceOn(bad as never, "2024-01-01"));
      expect([e.code, e.path]).toEqual(["INVALID_RECORD", ["history"]]);
      expect(e.message).toBe(`history: ${en} is not a certificate history { entries }`);
      expect(e.messages.vi).toBe(`history: ${vi} không phải là lịch sử giấy chứng nhận { entries }`);
    }
  });

  it("a history whose entries cannot be read: INVALID_RECORD at history", () => {
    const hostile = {
      get entries(): never {
        throw new Error("boom");
      },
    };
    const e = failure(() => certificateInForceOn(hostile as never, "2024-01-01"));
    expect([e.code, e.path, e.message]).toEqual([
      "INVALID_RECORD",
      ["history"],
      "history: cannot be read (a getter or proxy of the input threw)",
    ]);
  });

  it("an entry without a certificate's issue date or a last day in force: named at its index", () => {
    const good = certificateHistory([FIRST]).entries[0];
    const bad = [
      null,
      undefined,
      7,
      {},
      { certificate: null, inForceThrough: "2023-02-04" },
      { inForceThrough: "2023-02-04" },
      { certificate: { issuedOn: "2020-02-30" }, inForceThrough: "2023-02-04" },
      { certificate: { issuedOn: "2020-02-04" }, inForceThrough: "2023-02-30" },
      { certificate: { issuedOn: "2020-02-04" } },
    ];
    for (const entry of bad) {
      const e = failure(() => certificateInForceOn({ entries: [good, entry] } as never, "2021-01-01"));
      expect([e.code, e.path]).toEqual(["INVALID_RECORD", ["history", "entries", 1]]);
      expect(e.message).toMatch(
        /^history\.entries\.1: .* is not a history entry \{ certificate, inForceThrough \}$/,
      );
    }
  });
});
