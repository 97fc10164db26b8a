/**
 * The edges of the schemas' own rules: calendar dates, scores and counts at their exact bounds, the
 * `__proto__` guard of records, the rules that tie fields together (run only on a valid shape), and the code
 * each public schema gives its issues, field by field. Written from the surviving mutants of a Stryker run
 * (docs/mutation.md).
 */
import { describe, expect, it } from "vitest";
import type * as z from "zod";
import { criteriaSet } from "../../src/criteria/lookup.js";
import type { OcopErrorCode, OcopIssue } from "../../src/errors/ocop-error.js";
import {
  AnswersSchema,
  CalendarDateSchema,
  CertificateEventSchema,
  CertificateEventsSchema,
  CertificateSchema,
  CertificateWithEventsSchema,
  CouncilAnswersSchema,
  CriteriaSetSchema,
  JourneyEventSchema,
  PerUnitDataSchema,
  ProductRecordSchema,
  parseWith,
  RouteEvaluationInputSchema,
  SCHEMA_CATALOGUE,
  ShareDataSchema,
  safeParseWith,
  TargetSchema,
  TrackedTargetSchema,
} from "../../src/schemas/index.js";
import { makeCertificate } from "../certificates/fixtures.js";

/** The issues of a parse that must fail. */
function issuesOf(schema: z.ZodType, input: unknown, path: (string | number)[] = []): OcopIssue[] {
  const result = safeParseWith(schema, input, path);
  if (result.success) throw new Error("expected a failure");
  return [...result.error.issues];
}

/** [code, path] of each issue. */
const where = (issues: readonly OcopIssue[]) => issues.map((i) => [i.code, i.path]);

/** Whether a parse succeeds. */
const ok = (schema: z.ZodType, input: unknown): boolean => safeParseWith(schema, input).success;

const base = {
  id: "t",
  name: { en: "n", vi: "n" },
  measure: { en: "m", vi: "m" },
  start: "2025-01-01",
  deadline: "2030-12-31",
} as const;
const COUNT = { ...base, kind: "count", counting: "cumulative", target: 10 } as const;
const SHARE = { ...base, kind: "share", percent: 50 } as const;
const COVERAGE = { ...base, kind: "coverage" } as const;
const PER_UNIT = {
  ...base,
  kind: "per-unit-minimum",
  minimumPerUnit: 1,
  unit: { en: "c", vi: "x" },
} as const;
const RANGE = { ...base, kind: "range", counting: "increment", min: 1, max: 2 } as const;

describe("calendar dates: a real day written YYYY-MM-DD, always INVALID_DATE", () => {
  it.each(["0001-01-01", "2024-02-29", "2023-12-31", "9999-12-31"])("%s is a date", (date) => {
    expect(parseWith(CalendarDateSchema, date)).toBe(date);
  });

  it.each([
    "0000-12-31",
    "2023-02-29",
    "2023-04-31",
    "2023-13-01",
    "2023-00-10",
    "2023-01-00",
    " 2023-01-01",
  ])("%s is not", (date) => {
    const [issue, ...rest] = issuesOf(CalendarDateSchema, date, ["on"]);
    expect(rest).toEqual([]);
    expect(issue!.code).toBe("INVALID_DATE");
    expect(issue!.path).toEqual(["on"]);
    expect(issue!.value).toBe(date);
    expect(issue!.rule).toBe("a calendar date is written YYYY-MM-DD and names a real day");
    expect(issue!.message).toEqual({
      en: `on: ${JSON.stringify(date)} is not a calendar date (YYYY-MM-DD, a real day)`,
      vi: `on: ${JSON.stringify(date)} không phải là ngày hợp lệ (YYYY-MM-DD, ngày có thật)`,
    });
  });

  it("the date of a route (a text in the library's type) is checked the same way", () => {
    expect(ok(RouteEvaluationInputSchema, { date: "2024-02-29", level: "province", score: 70 })).toBe(true);
    const issues = issuesOf(RouteEvaluationInputSchema, { date: "2023-02-29", level: "province", score: 70 });
    expect(where(issues)).toEqual([["INVALID_DATE", ["date"]]]);
    expect(issues[0]!.message.en).toBe('date: "2023-02-29" is not a calendar date (YYYY-MM-DD, a real day)');
  });
});

describe("scores from 0 to 100, counts from 0", () => {
  const route = (score: unknown) => ({ regime: "26/2026", level: "province", score });

  it.each([0, 100, 55.5])("a score of %d is accepted", (score) => {
    expect(parseWith(RouteEvaluationInputSchema, route(score)).score).toBe(score);
  });

  it.each([-0.001, 100.001, Number.NaN, Number.POSITIVE_INFINITY])(
    "a score of %d is INVALID_SCORE at score",
    (score) => {
      const issues = issuesOf(RouteEvaluationInputSchema, route(score), ["input"]);
      expect(where(issues)).toEqual([["INVALID_SCORE", ["input", "score"]]]);
    },
  );

  it("the words of a score out of range", () => {
    const [low] = issuesOf(RouteEvaluationInputSchema, route(-1));
    expect([low!.rule, low!.message.en, low!.message.vi]).toEqual([
      ">= 0",
      "score: -1 is less than 0",
      "score: -1 nhỏ hơn 0",
    ]);
    const [high] = issuesOf(RouteEvaluationInputSchema, route(101));
    expect([high!.rule, high!.message.en, high!.message.vi]).toEqual([
      "<= 100",
      "score: 101 is greater than 100",
      "score: 101 lớn hơn 100",
    ]);
  });

  it("an evaluation event's score has the same bounds", () => {
    const event = (score: number) => ({ type: "province-evaluation", date: "2026-08-01", score });
    expect([ok(JourneyEventSchema, event(0)), ok(JourneyEventSchema, event(100))]).toEqual([true, true]);
    expect(where(issuesOf(JourneyEventSchema, event(100.5)))).toEqual([["INVALID_EVENT", ["score"]]]);
    expect(where(issuesOf(JourneyEventSchema, event(-0.5)))).toEqual([["INVALID_EVENT", ["score"]]]);
  });

  it("a certificate's score has the same bounds", () => {
    expect(where(issuesOf(CertificateSchema, makeCertificate("2026-06-15", { score: 100.5 })))).toEqual([
      ["INVALID_CERTIFICATE", ["score"]],
    ]);
  });

  it("answers are points from 0, by a non-empty criterion id", () => {
    expect(parseWith(AnswersSchema, { "1.1": 0, "1.2": 12.5 })).toEqual({ "1.1": 0, "1.2": 12.5 });
    expect(where(issuesOf(AnswersSchema, { "1.1": -0.5 }, ["answers"]))).toEqual([
      ["INVALID_ANSWERS", ["answers", "1.1"]],
    ]);
    const [empty] = issuesOf(AnswersSchema, { "": 1 }, ["answers"]);
    expect([empty!.code, empty!.path, empty!.rule]).toEqual([
      "INVALID_ANSWERS",
      ["answers", ""],
      "a valid key",
    ]);
  });

  it("a council needs at least one member's answers, and takes several", () => {
    expect(parseWith(CouncilAnswersSchema, [{ a: 1 }, { a: 2 }, { a: 3 }])).toHaveLength(3);
    expect(where(issuesOf(CouncilAnswersSchema, [], ["sheets"]))).toEqual([["INVALID_SHEETS", ["sheets"]]]);
  });

  it("stars from 1 to 5, whole: INVALID_STARS at stars", () => {
    for (const stars of [1, 5]) expect(ok(RouteEvaluationInputSchema, { ...route(50), stars })).toBe(true);
    for (const stars of [0, 6, 2.5, "3"]) {
      expect(where(issuesOf(RouteEvaluationInputSchema, { ...route(50), stars }))).toEqual([
        ["INVALID_STARS", ["stars"]],
      ]);
    }
  });
});

describe("records: an object whose __proto__ key is reported, not lost", () => {
  it("not an object: named as such, with the schema's code", () => {
    const cases: [unknown, string][] = [
      [null, "answers: null is not an object"],
      [[1], "answers: an array is not an object"],
      ["a", 'answers: "a" is not an object'],
      [undefined, "answers: undefined is missing (an object is required)"],
    ];
    for (const [input, en] of cases) {
      const issues = issuesOf(AnswersSchema, input, ["answers"]);
      expect(where(issues)).toEqual([["INVALID_ANSWERS", ["answers"]]]);
      expect(issues[0]!.message.en).toBe(en);
    }
  });

  it("a key that only starts or ends like __proto__ is an ordinary key", () => {
    expect(parseWith(AnswersSchema, { __proto__x: 1, x__proto__: 2 })).toEqual({
      __proto__x: 1,
      x__proto__: 2,
    });
  });

  it("an own __proto__ key (as JSON.parse makes it): one issue at that key", () => {
    const issues = issuesOf(AnswersSchema, JSON.parse('{"1.1": 4, "__proto__": {"polluted": true}}'), [
      "answers",
    ]);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toEqual(["answers", "__proto__"]);
    expect(issues[0]!.value).toEqual({ polluted: true });
    expect(issues[0]!.rule).toBe(
      'a key may not be "__proto__" (it would change the prototype of the parsed object)',
    );
    expect(issues[0]!.message).toEqual({
      en: 'answers.__proto__: an object is a key "__proto__", which is not allowed',
      vi: 'answers.__proto__: một đối tượng là khóa "__proto__", không được phép',
    });
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("the units of per-unit data are a record too", () => {
    expect(issuesOf(PerUnitDataSchema, { units: JSON.parse('{"__proto__": 1}') }).map((i) => i.path)).toEqual(
      [["units", "__proto__"]],
    );
  });
});

describe("rules that tie fields together run only when the shape is valid", () => {
  it("a target with a wrong field and a deadline before its start: the wrong field only", () => {
    const issues = issuesOf(TargetSchema, { ...COUNT, target: "ten", deadline: "2024-12-31" });
    expect(where(issues)).toEqual([["INVALID_TARGET", ["target"]]]);
  });

  it("a range with a wrong field and max below min: the wrong field only", () => {
    const issues = issuesOf(TargetSchema, { ...RANGE, id: "", min: 5, max: 1 });
    expect(where(issues)).toEqual([["INVALID_TARGET", ["id"]]]);
  });

  it("share data with a wrong field and a part above the whole: the wrong field only", () => {
    expect(where(issuesOf(ShareDataSchema, { part: 3, whole: 2, atStart: { part: 1, whole: "1" } }))).toEqual(
      [["INVALID_DATA", ["atStart", "whole"]]],
    );
    // atStart's own rule is an issue too: the outer part is then not compared with the whole.
    expect(where(issuesOf(ShareDataSchema, { part: 3, whole: 2, atStart: { part: 3, whole: 2 } }))).toEqual([
      ["INVALID_DATA", ["atStart", "part"]],
    ]);
  });

  it("a tracked target whose target is broken: neither the data's form nor asOf is checked", () => {
    const issues = issuesOf(TrackedTargetSchema, {
      target: { ...COUNT, counting: "both" },
      data: { part: 1, whole: 2 },
      asOf: "2000-01-01",
    });
    expect(where(issues)).toEqual([["INVALID_TARGET", ["target", "counting"]]]);
  });

  it("a tracked target with bad data: the data's own issue, not its form", () => {
    const issues = issuesOf(TrackedTargetSchema, { target: COUNT, data: { value: -1 }, asOf: "2026-01-01" });
    expect(where(issues)).toEqual([["INVALID_DATA", ["data", "value"]]]);
  });

  it("a certificate with a wrong field is not checked against the certificates module's rules", () => {
    const issues = issuesOf(
      CertificateSchema,
      makeCertificate("2026-06-15", { score: 10, decisionNumber: "" }),
    );
    expect(where(issues)).toEqual([["INVALID_CERTIFICATE", ["decisionNumber"]]]);
  });

  it("an event with a wrong field is not checked against the event rules", () => {
    const issues = issuesOf(CertificateEventSchema, {
      kind: "revocation",
      on: "2027-01-01",
      ground: "nope",
      conclusionOn: "2027-02-01",
    });
    expect(where(issues)).toEqual([["INVALID_EVENT", ["ground"]]]);
  });

  it("a criteria set with a wrong field is not checked for repeated ids", () => {
    const set = criteriaSet("26/2026/QĐ-TTg", 1);
    const issues = issuesOf(CriteriaSetSchema, {
      ...set,
      number: 0,
      criteria: [...set.criteria, set.criteria[0]],
    });
    expect(where(issues)).toEqual([["INVALID_DATA", ["number"]]]);
  });
});

describe("targets: the exact bounds of the rules of trackTarget", () => {
  it("a deadline on the start is accepted; the day before is INVALID_TARGET at the deadline", () => {
    for (const target of [COUNT, SHARE, COVERAGE, PER_UNIT, RANGE]) {
      expect(ok(TargetSchema, { ...target, deadline: target.start })).toBe(true);
      const issues = issuesOf(TargetSchema, { ...target, deadline: "2024-12-31" }, ["target"]);
      expect(where(issues), target.kind).toEqual([["INVALID_TARGET", ["target", "deadline"]]]);
      expect(issues[0]!.value).toBe("2024-12-31");
      expect(issues[0]!.rule).toBe("the deadline is on or after the start");
      expect(issues[0]!.message).toEqual({
        en: 'target.deadline: "2024-12-31" is before the start (2025-01-01)',
        vi: 'target.deadline: "2024-12-31" trước ngày bắt đầu (2025-01-01)',
      });
    }
  });

  it("percentages from 0 to 100 (share and coverage)", () => {
    for (const target of [SHARE, COVERAGE]) {
      for (const percent of [0, 100]) expect(ok(TargetSchema, { ...target, percent })).toBe(true);
      for (const percent of [-0.1, 100.1]) {
        expect(where(issuesOf(TargetSchema, { ...target, percent }))).toEqual([
          ["INVALID_TARGET", ["percent"]],
        ]);
      }
    }
  });

  it("a range with min = max is accepted; max below min is INVALID_TARGET at max", () => {
    expect(ok(TargetSchema, { ...RANGE, min: 3, max: 3 })).toBe(true);
    const issues = issuesOf(TargetSchema, { ...RANGE, min: 3, max: 2.5 });
    expect(where(issues)).toEqual([["INVALID_TARGET", ["max"]]]);
    expect(issues[0]!.value).toBe(2.5);
    expect(issues[0]!.rule).toBe("a range has min <= max");
    expect(issues[0]!.message).toEqual({
      en: "max: 2.5 is below the minimum (3)",
      vi: "max: 2.5 nhỏ hơn mức tối thiểu (3)",
    });
  });

  it("a range with both rules broken reports both", () => {
    expect(where(issuesOf(TargetSchema, { ...RANGE, deadline: "2024-01-01", min: 3, max: 2 }))).toEqual([
      ["INVALID_TARGET", ["deadline"]],
      ["INVALID_TARGET", ["max"]],
    ]);
  });

  it("share data: a part equal to the whole is accepted, above it is INVALID_DATA at part", () => {
    expect(ok(ShareDataSchema, { part: 2, whole: 2, atStart: { part: 0, whole: 0 } })).toBe(true);
    const issues = issuesOf(ShareDataSchema, { part: 2.5, whole: 2 }, ["data"]);
    expect(where(issues)).toEqual([["INVALID_DATA", ["data", "part"]]]);
    expect(issues[0]!.rule).toBe("the part cannot exceed the whole (a share above 100%)");
    expect(issues[0]!.message).toEqual({
      en: "data.part: 2.5 exceeds the whole (2): a share above 100%",
      vi: "data.part: 2.5 lớn hơn tổng (2): tỷ lệ trên 100%",
    });
  });

  it("per-unit data needs one unit at least", () => {
    expect(parseWith(PerUnitDataSchema, { units: { a: 0 } })).toEqual({ units: { a: 0 } });
    const issues = issuesOf(PerUnitDataSchema, { units: {} });
    expect(where(issues)).toEqual([["INVALID_DATA", ["units"]]]);
    expect(issues[0]!.rule).toBe("a per-unit target needs at least one unit");
    expect(issues[0]!.message.vi).toBe("units: một đối tượng không có đơn vị nào");
  });

  it("a tracked target takes the data of its kind", () => {
    const data = { count: { value: 1 }, share: { part: 1, whole: 2 }, units: { units: { a: 1 } } };
    const fits: [object, object][] = [
      [COUNT, data.count],
      [RANGE, data.count],
      [SHARE, data.share],
      [COVERAGE, data.share],
      [PER_UNIT, data.units],
    ];
    for (const [target, right] of fits) {
      expect(ok(TrackedTargetSchema, { target, data: right, asOf: "2026-01-01" })).toBe(true);
      for (const wrong of Object.values(data).filter((d) => d !== right)) {
        const issues = issuesOf(TrackedTargetSchema, { target, data: wrong, asOf: "2026-01-01" }, ["in"]);
        expect(where(issues)).toEqual([["INVALID_DATA", ["in", "data"]]]);
      }
    }
    const [issue] = issuesOf(TrackedTargetSchema, { target: SHARE, data: data.count, asOf: "2026-01-01" });
    expect(issue!.rule).toBe(
      "count and range targets take { value }; share and coverage { part, whole }; per-unit { units }",
    );
    expect(issue!.message).toEqual({
      en: "data: an object is not the data of a share target",
      vi: "data: một đối tượng không phải là dữ liệu của chỉ tiêu loại share",
    });
  });

  it("a tracked target is tracked from its start: asOf on the start is accepted, the day before is not", () => {
    expect(ok(TrackedTargetSchema, { target: COUNT, data: { value: 1 }, asOf: "2025-01-01" })).toBe(true);
    const issues = issuesOf(TrackedTargetSchema, { target: COUNT, data: { value: 1 }, asOf: "2024-12-31" });
    expect(where(issues)).toEqual([["INVALID_DATA", ["asOf"]]]);
    expect(issues[0]!.rule).toBe("a target is tracked from its start");
    expect(issues[0]!.message).toEqual({
      en: 'asOf: "2024-12-31" is before the target\'s start (2025-01-01)',
      vi: 'asOf: "2024-12-31" trước ngày bắt đầu của chỉ tiêu (2025-01-01)',
    });
  });
});

describe("certificates: texts, and the library's rules passed on at the right path", () => {
  it("a text of 1000 characters is accepted, 1001 is too long; a blank text is refused", () => {
    const name = (n: number) => makeCertificate("2026-06-15", { product: { name: "a".repeat(n) } });
    expect(ok(CertificateSchema, name(1000))).toBe(true);
    const [long] = issuesOf(CertificateSchema, name(1001));
    expect([long!.code, long!.path, long!.rule]).toEqual([
      "INVALID_CERTIFICATE",
      ["product", "name"],
      "at most 1000 characters",
    ]);
    const [blank] = issuesOf(CertificateSchema, makeCertificate("2026-06-15", { holder: { name: " \n" } }));
    expect([blank!.path, blank!.rule]).toEqual([["holder", "name"], "a non-blank text"]);
  });

  it("an event checked alone: its issue at its own field, the caller's path prefixed", () => {
    const issues = issuesOf(
      CertificateEventSchema,
      { kind: "re-evaluation-filed", on: "2029-03-01", completeFileReceivedOn: "2029-02-01" },
      ["event"],
    );
    expect(where(issues)).toEqual([["INVALID_EVENT", ["event", "completeFileReceivedOn"]]]);
    expect(issues[0]!.message.en).toBe(
      'event.completeFileReceivedOn: "2029-02-01" is before the filing date 2029-03-01',
    );
  });

  it("a decision's certificate is issued on the decision's date", () => {
    const issues = issuesOf(CertificateEventsSchema, [
      { kind: "notice-sent", on: "2029-01-01" },
      { kind: "decision", on: "2029-03-01", result: makeCertificate("2029-03-02") },
    ]);
    expect(where(issues)).toEqual([["INVALID_EVENT", [1, "result", "issuedOn"]]]);
    expect(issues[0]!.value).toBe("2029-03-02");
  });

  it("a certificate with events: each part keeps its code; the events' own rules are INVALID_EVENT", () => {
    const certificate = makeCertificate("2026-06-15");
    const issues = issuesOf(
      CertificateWithEventsSchema,
      { certificate: { ...certificate, stars: 2 }, events: [{ kind: "notice-sent", on: "2" }] },
      ["in"],
    );
    expect(where(issues)).toEqual([
      ["INVALID_CERTIFICATE", ["in", "certificate", "stars"]],
      ["INVALID_DATE", ["in", "events", 0, "on"]],
    ]);
    expect(where(issuesOf(CertificateWithEventsSchema, { certificate, events: [{ kind: "x" }] }))).toEqual([
      ["INVALID_EVENT", ["events", 0, "kind"]],
    ]);
    expect(where(issuesOf(CertificateWithEventsSchema, { certificate, events: "none" }))).toEqual([
      ["INVALID_EVENT", ["events"]],
    ]);
    expect(where(issuesOf(CertificateWithEventsSchema, []))).toEqual([["INVALID_CERTIFICATE", []]]);
    const before = issuesOf(CertificateWithEventsSchema, {
      certificate,
      events: [
        { kind: "notice-sent", on: "2026-06-15" },
        { kind: "notice-sent", on: "2026-06-14" },
      ],
    });
    expect(where(before)).toEqual([["INVALID_EVENT", ["events", 1, "on"]]]);
  });
});

describe("criteria sets: unique criterion ids, a set number from 1", () => {
  const set = criteriaSet("26/2026/QĐ-TTg", 1);
  const [first, second] = set.criteria;

  it("each repeat of an id is named at its index, with the rule in both languages", () => {
    const issues = issuesOf(CriteriaSetSchema, { ...set, criteria: [first, second, first, first] }, ["set"]);
    expect(where(issues)).toEqual([
      ["INVALID_DATA", ["set", "criteria", 2, "id"]],
      ["INVALID_DATA", ["set", "criteria", 3, "id"]],
    ]);
    expect(issues[0]!.value).toBe(first!.id);
    expect(issues[0]!.rule).toBe("the criterion ids of a set are unique (answers are keyed by them)");
    expect(issues[0]!.message).toEqual({
      en: `set.criteria.2.id: ${JSON.stringify(first!.id)} is the id of an earlier criterion of the set`,
      vi: `set.criteria.2.id: ${JSON.stringify(first!.id)} trùng mã với một tiêu chí trước đó của bộ`,
    });
  });

  it("distinct ids pass; the set number is a whole number from 1", () => {
    expect(ok(CriteriaSetSchema, { ...set, number: 1, criteria: [first, second] })).toBe(true);
    for (const number of [0, 1.5]) {
      expect(where(issuesOf(CriteriaSetSchema, { ...set, number }))).toEqual([["INVALID_DATA", ["number"]]]);
    }
  });
});

describe("the code of each public input schema", () => {
  // Junk at the root: the schema's code from the catalogue.
  const codes: Record<string, OcopErrorCode> = {
    "calendar-date": "INVALID_DATE",
    answers: "INVALID_ANSWERS",
    "council-answers": "INVALID_SHEETS",
    "council-sheets": "INVALID_SHEETS",
    "criteria-set": "INVALID_DATA",
    target: "INVALID_TARGET",
    "target-data": "INVALID_DATA",
    "tracked-target": "INVALID_DATA",
    "product-record": "INVALID_DATA",
    "product-registry": "INVALID_DATA",
    certificate: "INVALID_CERTIFICATE",
    "certificate-event": "INVALID_EVENT",
    "certificate-events": "INVALID_EVENT",
    "certificate-with-events": "INVALID_CERTIFICATE",
    "journey-event": "INVALID_EVENT",
    "journey-events": "INVALID_EVENT",
    journey: "INVALID_ARGUMENT",
    "route-evaluation-input": "INVALID_ARGUMENT",
  };

  it("every input schema is listed here", () => {
    expect(SCHEMA_CATALOGUE.filter((e) => e.direction === "input").map((e) => e.name)).toEqual(
      Object.keys(codes),
    );
  });

  it.each(Object.entries(codes))("%s: %s", (name, code) => {
    const entry = SCHEMA_CATALOGUE.find((e) => e.name === name)!;
    for (const junk of [Symbol("s"), 12.5]) {
      const issues = issuesOf(entry.schema, junk, ["in"]);
      expect(where(issues)).toEqual([[code, ["in"]]]);
    }
  });

  it("every output schema gives INVALID_DATA", () => {
    for (const entry of SCHEMA_CATALOGUE.filter((e) => e.direction === "output")) {
      expect(where(issuesOf(entry.schema, null)), entry.name).toEqual([["INVALID_DATA", []]]);
    }
  });

  it("a tracked target: INVALID_TARGET under target, INVALID_DATA elsewhere", () => {
    const issues = issuesOf(TrackedTargetSchema, { target: { ...COUNT, id: 1 }, data: [], asOf: 3, more: 1 });
    expect(where(issues)).toEqual([
      ["INVALID_TARGET", ["target", "id"]],
      ["INVALID_DATA", ["data"]],
      ["INVALID_DATE", ["asOf"]],
      ["INVALID_DATA", []],
    ]);
  });

  it("a route: each field its code", () => {
    const issues = issuesOf(
      RouteEvaluationInputSchema,
      { regime: "1999", level: "ward", score: -1, stars: 0 },
      ["route"],
    );
    expect(where(issues)).toEqual([
      ["UNKNOWN_REGULATION", ["route", "regime"]],
      ["INVALID_ARGUMENT", ["route", "level"]],
      ["INVALID_SCORE", ["route", "score"]],
      ["INVALID_STARS", ["route", "stars"]],
    ]);
  });

  it("a product record: whole years, non-empty group and locality, other fields dropped", () => {
    expect(parseWith(ProductRecordSchema, { stars: 2, year: 2024, group: "g", locality: "l", x: 1 })).toEqual(
      {
        stars: 2,
        year: 2024,
        group: "g",
        locality: "l",
      },
    );
    expect(where(issuesOf(ProductRecordSchema, { stars: 2, year: 2024.5, group: "", locality: "" }))).toEqual(
      [
        ["INVALID_DATA", ["group"]],
        ["INVALID_DATA", ["locality"]],
        ["INVALID_DATA", ["year"]],
      ],
    );
  });
});
