import { describe, expect, test } from "vitest";
import { OcopError } from "../../src/errors/ocop-error.js";
import {
  AnswersSchema,
  CalendarDateSchema,
  CertificateEventSchema,
  CertificateSchema,
  CertificateWithEventsSchema,
  CouncilSheetsSchema,
  CriteriaSetSchema,
  JourneyEventSchema,
  ProductRecordSchema,
  parseWith,
  RouteEvaluationInputSchema,
  safeParseWith,
  TargetSchema,
  TrackedTargetSchema,
} from "../../src/schemas/index.js";
import { TARGET_PRESETS } from "../../src/targets/presets/index.js";
import { makeCertificate } from "../certificates/fixtures.js";
import { ALL_SETS } from "./examples.js";

/** The OcopError thrown by `run`. */
function errorOf(run: () => unknown): OcopError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(OcopError);
    return error as OcopError;
  }
  throw new Error("expected an OcopError");
}

const COUNT = TARGET_PRESETS.find((t) => t.kind === "count")!;

describe("parseWith: success", () => {
  test("returns a fresh frozen copy without unknown fields of a non-strict object", () => {
    const input = { stars: 4, group: "Thực phẩm", extra: "ignored" };
    const parsed = parseWith(ProductRecordSchema, input);
    expect(parsed).toEqual({ stars: 4, group: "Thực phẩm" });
    expect(parsed).not.toBe(input);
    expect(Object.isFrozen(parsed)).toBe(true);
    expect(input).toEqual({ stars: 4, group: "Thực phẩm", extra: "ignored" });
  });

  test("safeParseWith returns the outcome", () => {
    expect(safeParseWith(CalendarDateSchema, "2024-02-29")).toEqual({ success: true, data: "2024-02-29" });
    const bad = safeParseWith(CalendarDateSchema, "2023-02-29");
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.code).toBe("INVALID_DATE");
  });
});

describe("parseWith: one issue per zod issue, with code, path, value, rule and messages en + vi", () => {
  test("a date that is not a real day is INVALID_DATE, whatever the schema's code", () => {
    const error = errorOf(() => parseWith(TargetSchema, { ...COUNT, start: "2023-02-30" }, ["target"]));
    expect(error.issues).toHaveLength(1);
    expect(error.code).toBe("INVALID_DATE");
    expect(error.path).toEqual(["target", "start"]);
    expect(error.value).toBe("2023-02-30");
    expect(error.rule).toBe("a calendar date is written YYYY-MM-DD and names a real day");
    expect(error.messages).toEqual({
      en: 'target.start: "2023-02-30" is not a calendar date (YYYY-MM-DD, a real day)',
      vi: 'target.start: "2023-02-30" không phải là ngày hợp lệ (YYYY-MM-DD, ngày có thật)',
    });
  });

  test.each([["2023-2-3"], ["2023-02-29"], [20230203], ["2023-02-03T00:00:00Z"], [null]])(
    "%j is not a calendar date",
    (value) => {
      expect(errorOf(() => parseWith(CalendarDateSchema, value, ["asOf"])).code).toBe("INVALID_DATE");
    },
  );

  test("a deadline before the start is INVALID_TARGET at the deadline", () => {
    const error = errorOf(() =>
      parseWith(TargetSchema, { ...COUNT, start: "2025-01-01", deadline: "2024-12-31" }, ["target"]),
    );
    expect(error.code).toBe("INVALID_TARGET");
    expect(error.path).toEqual(["target", "deadline"]);
    expect(error.value).toBe("2024-12-31");
    expect(error.messages.vi).toBe('target.deadline: "2024-12-31" trước ngày bắt đầu (2025-01-01)');
  });

  test("a missing field", () => {
    const { target: _omitted, ...rest } = COUNT as Extract<typeof COUNT, { kind: "count" }>;
    const error = errorOf(() => parseWith(TargetSchema, rest));
    expect(error.path).toEqual(["target"]);
    expect(error.value).toBeUndefined();
    expect(error.messages).toEqual({
      en: "target: undefined is missing (a finite number is required)",
      vi: "target: undefined bị thiếu (cần số hữu hạn)",
    });
  });

  test("a wrong type", () => {
    const error = errorOf(() => parseWith(ProductRecordSchema, { stars: 3, group: 7 }, ["records", 2]));
    expect(error.code).toBe("INVALID_DATA");
    expect(error.path).toEqual(["records", 2, "group"]);
    expect(error.messages).toEqual({
      en: "records.2.group: 7 is not a text",
      vi: "records.2.group: 7 không phải là chuỗi ký tự",
    });
  });

  test("an unknown field of a strict object (a misspelt optional field)", () => {
    const error = errorOf(() => parseWith(TargetSchema, { ...COUNT, baseLine: 5 }, ["target"]));
    expect(error.code).toBe("INVALID_TARGET");
    expect(error.path).toEqual(["target"]);
    expect(error.value).toEqual(["baseLine"]);
    expect(error.rule).toBe("only the documented fields are allowed");
    expect(error.messages).toEqual({
      en: 'target: the object has unknown field "baseLine"',
      vi: 'target: đối tượng có trường không xác định "baseLine"',
    });
  });

  test("a value outside an enumeration", () => {
    const error = errorOf(() => parseWith(ProductRecordSchema, { stars: 6 }));
    expect(error.path).toEqual(["stars"]);
    expect(error.value).toBe(6);
    expect(error.messages).toEqual({
      en: "stars: 6 is not one of 1, 2, 3, 4, 5",
      vi: "stars: 6 không phải là một trong 1, 2, 3, 4, 5",
    });
  });

  test("too big, too small, too short", () => {
    const share = TARGET_PRESETS.find((t) => t.kind === "share")!;
    const big = errorOf(() => parseWith(TargetSchema, { ...share, percent: 120 }));
    expect(big.messages).toEqual({ en: "percent: 120 is greater than 100", vi: "percent: 120 lớn hơn 100" });
    const small = errorOf(() => parseWith(AnswersSchema, { "1.1": -1 }, ["answers"]));
    expect(small.code).toBe("INVALID_ANSWERS");
    expect(small.path).toEqual(["answers", "1.1"]);
    expect(small.messages).toEqual({ en: "answers.1.1: -1 is less than 0", vi: "answers.1.1: -1 nhỏ hơn 0" });
    const empty = errorOf(() => parseWith(CouncilSheetsSchema, [], ["sheets"]));
    expect(empty.code).toBe("INVALID_SHEETS");
    expect(empty.messages.vi).toBe("sheets: một mảng có quá ít phần tử (ít nhất 1)");
    const blank = errorOf(() =>
      parseWith(CertificateSchema, { ...makeCertificate("2026-06-15"), decisionNumber: "  " }),
    );
    expect(blank.messages.en).toBe('decisionNumber: "  " is blank (a non-blank text is required)');
  });

  test("an unknown discriminator", () => {
    const error = errorOf(() => parseWith(TargetSchema, { ...COUNT, kind: "quota" }, ["target"]));
    expect(error.path).toEqual(["target", "kind"]);
    expect(error.value).toBe("quota");
    expect(error.messages.en).toBe(
      'target.kind: "quota" is not one of "count", "share", "coverage", "per-unit-minimum", "range"',
    );
  });

  test("no form of a union fits", () => {
    const error = errorOf(() => parseWith(CouncilSheetsSchema, [70, "seventy"], ["sheets"]));
    expect(error.path).toEqual(["sheets", 1]);
    expect(error.messages.vi).toBe('sheets.1: "seventy" không khớp với dạng hợp lệ nào');
  });

  test("a __proto__ key is reported, not dropped", () => {
    const input = JSON.parse('{"1.1": 4, "__proto__": 3}');
    const error = errorOf(() => parseWith(AnswersSchema, input, ["answers"]));
    expect(error.path).toEqual(["answers", "__proto__"]);
    expect(error.value).toBe(3);
    expect(Object.getPrototypeOf(input)).toBe(Object.prototype);
  });

  test("every problem is listed, with a summary in both languages", () => {
    const error = errorOf(() => parseWith(ProductRecordSchema, { stars: 0, year: 20.5, locality: "" }));
    expect(error.issues.map((i) => i.path)).toEqual([["stars"], ["locality"], ["year"]]);
    expect(error.messages.en.startsWith("3 problems: ")).toBe(true);
    expect(error.messages.vi.startsWith("3 lỗi: ")).toBe(true);
  });

  test("the code can be chosen", () => {
    expect(
      errorOf(() => parseWith(ProductRecordSchema, {}, ["record"], { code: "INVALID_RECORD" })).code,
    ).toBe("INVALID_RECORD");
  });

  test("codes follow the field for composite inputs", () => {
    const route = errorOf(() => parseWith(RouteEvaluationInputSchema, { level: "province", score: 101 }));
    expect(route.code).toBe("INVALID_SCORE");
    expect(
      errorOf(() => parseWith(RouteEvaluationInputSchema, { level: "province", score: 1, stars: 9 })).code,
    ).toBe("INVALID_STARS");
    expect(errorOf(() => parseWith(RouteEvaluationInputSchema, { level: "ward", score: 1 })).code).toBe(
      "INVALID_ARGUMENT",
    );
    expect(errorOf(() => parseWith(JourneyEventSchema, { type: "expire", date: "x" })).code).toBe(
      "INVALID_DATE",
    );
    expect(errorOf(() => parseWith(JourneyEventSchema, { type: "fly", date: "2026-01-01" })).code).toBe(
      "INVALID_EVENT",
    );
  });
});

describe("rules beyond the shape", () => {
  test("a range with max below min", () => {
    const range = TARGET_PRESETS.find((t) => t.kind === "range")!;
    const error = errorOf(() => parseWith(TargetSchema, { ...range, min: 30, max: 20 }));
    expect(error.code).toBe("INVALID_TARGET");
    expect(error.path).toEqual(["max"]);
  });

  test("tracked target: the data must have the form of the kind, and asOf not before the start", () => {
    const error = errorOf(() =>
      parseWith(TrackedTargetSchema, { target: COUNT, data: { part: 1, whole: 2 }, asOf: "2000-01-01" }),
    );
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([
      ["INVALID_DATA", ["data"]],
      ["INVALID_DATA", ["asOf"]],
    ]);
    const share = errorOf(() =>
      parseWith(TrackedTargetSchema, { target: COUNT, data: { part: 3, whole: 2 }, asOf: COUNT.deadline }),
    );
    expect(share.path).toEqual(["data", "part"]);
    const units = errorOf(() =>
      parseWith(TrackedTargetSchema, { target: COUNT, data: { units: {} }, asOf: COUNT.deadline }),
    );
    expect(units.messages.en).toBe("data.units: an object lists no unit");
  });

  test("certificate rules are the certificates module's, passed on unchanged", () => {
    const error = errorOf(() =>
      parseWith(CertificateSchema, makeCertificate("2026-06-15", { stars: 5, score: 80 }), ["certificate"]),
    );
    const issues = error.issues.map((i) => [i.code, i.path.join(".")]);
    expect(issues).toContainEqual(["INVALID_CERTIFICATE", "certificate.score"]);
    const score = error.issues.find((i) => i.path.join(".") === "certificate.score")!;
    expect(score.value).toBe(80);
    expect(score.rule).toContain("26/2026/QĐ-TTg, Article 3.3");
    expect(score.message.en).toBe("certificate.score: 80 is below 90, the lowest score of 5★");
    expect(score.message.vi).toBe("certificate.score: 80 thấp hơn 90, điểm thấp nhất của hạng 5 sao");
  });

  test("an event's own rules", () => {
    const error = errorOf(() =>
      parseWith(
        CertificateEventSchema,
        { kind: "revocation", on: "2027-01-01", ground: "mark-misuse", conclusionOn: "2027-02-01" },
        ["events", 0],
      ),
    );
    expect(error.code).toBe("INVALID_EVENT");
    expect(error.path).toEqual(["events", 0, "conclusionOn"]);
    expect(error.messages.en).toBe(
      'events.0.conclusionOn: "2027-02-01" is after the revocation date 2027-01-01',
    );
  });

  test("events not before the certificate's issue date", () => {
    const error = errorOf(() =>
      parseWith(CertificateWithEventsSchema, {
        certificate: makeCertificate("2026-06-15"),
        events: [{ kind: "notice-sent", on: "2026-01-01" }],
      }),
    );
    expect(error.code).toBe("INVALID_EVENT");
    expect(error.path).toEqual(["events", 0, "on"]);
  });

  test("a criteria set: criterion ids are unique, unknown fields reported", () => {
    const set = ALL_SETS[0]!;
    const twice = { ...set, criteria: [...set.criteria, set.criteria[0]] };
    const error = errorOf(() => parseWith(CriteriaSetSchema, twice));
    expect(error.path).toEqual(["criteria", set.criteria.length, "id"]);
    const typo = { ...set, criteria: [{ ...set.criteria[0], minimumStar: 3 }, ...set.criteria.slice(1)] };
    expect(errorOf(() => parseWith(CriteriaSetSchema, typo)).path).toEqual(["criteria", 0]);
  });
});

describe("junk never escapes as anything but an OcopError", () => {
  test("a throwing getter", () => {
    const input = {
      get stars(): number {
        throw new Error("boom");
      },
    };
    const error = errorOf(() => parseWith(ProductRecordSchema, input, ["record"]));
    expect(error.code).toBe("INVALID_DATA");
    expect(error.path).toEqual(["record"]);
  });

  test("a revoked proxy", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(errorOf(() => parseWith(TargetSchema, proxy)).code).toBe("INVALID_TARGET");
  });

  test("symbols, functions, bigints", () => {
    for (const junk of [
      Symbol("x"),
      () => 1,
      10n,
      new Date(Number.NaN),
      Number.NaN,
      Number.POSITIVE_INFINITY,
    ]) {
      expect(errorOf(() => parseWith(CertificateSchema, junk)).code).toBe("INVALID_CERTIFICATE");
    }
  });
});
