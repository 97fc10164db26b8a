/**
 * The edges of parse.ts: for each kind of zod issue, the exact OcopError code, path, offending value, rule and
 * English and Vietnamese message; the value read for issues zod reports on the enclosing object; the shape
 * of safeParseWith's outcome; the copy zod reads (cycles, shared values, dates, maps, sets, sparse arrays,
 * non-enumerable fields). Written from the surviving mutants of a Stryker run (docs/mutation.md).
 */
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { OcopError, type OcopIssue } from "../../src/errors/ocop-error.js";
import {
  CertificateSchema,
  ProductRecordSchema,
  parseWith,
  safeParseWith,
  TargetSchema,
  toOcopIssues,
} from "../../src/schemas/index.js";
import { TARGET_PRESETS } from "../../src/targets/presets/index.js";
import { makeCertificate } from "../certificates/fixtures.js";

/** The issues of a parse that must fail, at path `path`. */
function issuesOf(schema: z.ZodType, input: unknown, path: (string | number)[] = ["x"]): OcopIssue[] {
  const result = safeParseWith(schema, input, path);
  if (result.success) throw new Error("expected a failure");
  return [...result.error.issues];
}

/** The one issue of a parse that must fail with exactly one issue. */
function oneIssue(schema: z.ZodType, input: unknown, path: (string | number)[] = ["x"]): OcopIssue {
  const issues = issuesOf(schema, input, path);
  expect(issues).toHaveLength(1);
  return issues[0]!;
}

/** [rule, en, vi] of an issue. */
const words = (issue: OcopIssue): [string, string, string] => [
  issue.rule,
  issue.message.en,
  issue.message.vi,
];

const COUNT = TARGET_PRESETS.find((t) => t.kind === "count")!;

describe("wrong type: the expected type named in both languages", () => {
  // One row per entry of the type names (and a type without one, named as zod names it).
  const cases: [string, z.ZodType, unknown, string, string, string][] = [
    ["text", z.string(), 1, "expected a text", "x: 1 is not a text", "x: 1 không phải là chuỗi ký tự"],
    [
      "number",
      z.number(),
      "1",
      "expected a finite number",
      'x: "1" is not a finite number',
      'x: "1" không phải là số hữu hạn',
    ],
    [
      "whole number",
      z.number().int(),
      1.5,
      "expected a whole number",
      "x: 1.5 is not a whole number",
      "x: 1.5 không phải là số nguyên",
    ],
    [
      "boolean",
      z.boolean(),
      0,
      "expected true or false",
      "x: 0 is not true or false",
      "x: 0 không phải là giá trị true hoặc false",
    ],
    [
      "object",
      z.object({}),
      "o",
      "expected an object",
      'x: "o" is not an object',
      'x: "o" không phải là đối tượng',
    ],
    [
      "record",
      z.record(z.string(), z.number()),
      [1],
      "expected an object",
      "x: an array is not an object",
      "x: một mảng không phải là đối tượng",
    ],
    [
      "array",
      z.array(z.number()),
      {},
      "expected a list",
      "x: an object is not a list",
      "x: một đối tượng không phải là danh sách (mảng)",
    ],
    [
      "tuple",
      z.tuple([z.number()]),
      true,
      "expected a list",
      "x: true is not a list",
      "x: true không phải là danh sách (mảng)",
    ],
    ["null", z.null(), 0, "expected null", "x: 0 is not null", "x: 0 không phải là null"],
    [
      "bigint (no name of its own)",
      z.bigint(),
      1,
      "expected bigint",
      "x: 1 is not bigint",
      "x: 1 không phải là bigint",
    ],
  ];
  it.each(cases)("%s", (_name, schema, input, rule, en, vi) => {
    const issue = oneIssue(schema, input);
    expect(issue.code).toBe("INVALID_DATA");
    expect(issue.path).toEqual(["x"]);
    expect(issue.value).toEqual(input);
    expect(words(issue)).toEqual([rule, en, vi]);
  });

  it("a missing field says 'is missing' and names the type required, at the field's path", () => {
    const issue = oneIssue(z.object({ a: z.object({ b: z.number() }) }), { a: {} }, ["p", 0]);
    expect(issue.path).toEqual(["p", 0, "a", "b"]);
    expect(issue.value).toBeUndefined();
    expect(words(issue)).toEqual([
      "required: a finite number",
      "p.0.a.b: undefined is missing (a finite number is required)",
      "p.0.a.b: undefined bị thiếu (cần số hữu hạn)",
    ]);
  });

  it("a field present but null is a wrong type, not a missing one", () => {
    const issue = oneIssue(z.object({ a: z.string() }), { a: null });
    expect(words(issue)).toEqual([
      "expected a text",
      "x.a: null is not a text",
      "x.a: null không phải là chuỗi ký tự",
    ]);
  });
});

describe("too small / too big: the words follow the origin and whether the bound is inclusive", () => {
  const cases: [string, z.ZodType, unknown, string, string, string][] = [
    [
      "text too short",
      z.string().min(2),
      "a",
      "at least 2 characters",
      'x: "a" is too short (at least 2 characters)',
      'x: "a" quá ngắn (ít nhất 2 ký tự)',
    ],
    [
      "text too long",
      z.string().max(1),
      "ab",
      "at most 1 characters",
      'x: "ab" is too long (at most 1 characters)',
      'x: "ab" quá dài (tối đa 1 ký tự)',
    ],
    [
      "list too short",
      z.array(z.number()).min(2),
      [1],
      "at least 2 items",
      "x: an array has too few items (at least 2)",
      "x: một mảng có quá ít phần tử (ít nhất 2)",
    ],
    [
      "list too long",
      z.array(z.number()).max(1),
      [1, 2],
      "at most 1 items",
      "x: an array has too many items (at most 1)",
      "x: một mảng có quá nhiều phần tử (tối đa 1)",
    ],
    [
      "set too small",
      z.set(z.number()).min(2),
      new Set([1]),
      "at least 2 items",
      "x: an object has too few items (at least 2)",
      "x: một đối tượng có quá ít phần tử (ít nhất 2)",
    ],
    [
      "set too big",
      z.set(z.number()).max(1),
      new Set([1, 2]),
      "at most 1 items",
      "x: an object has too many items (at most 1)",
      "x: một đối tượng có quá nhiều phần tử (tối đa 1)",
    ],
    [
      "number below an inclusive minimum",
      z.number().min(0),
      -1,
      ">= 0",
      "x: -1 is less than 0",
      "x: -1 nhỏ hơn 0",
    ],
    [
      "number at an exclusive minimum",
      z.number().gt(0),
      0,
      "> 0",
      "x: 0 is not greater than 0",
      "x: 0 không lớn hơn 0",
    ],
    [
      "number above an inclusive maximum",
      z.number().max(100),
      101,
      "<= 100",
      "x: 101 is greater than 100",
      "x: 101 lớn hơn 100",
    ],
    [
      "number at an exclusive maximum",
      z.number().lt(10),
      10,
      "< 10",
      "x: 10 is not less than 10",
      "x: 10 không nhỏ hơn 10",
    ],
    ["bigint below its minimum", z.bigint().min(5n), 1n, ">= 5", "x: 1 is less than 5", "x: 1 nhỏ hơn 5"],
  ];
  it.each(cases)("%s", (_name, schema, input, rule, en, vi) => {
    const issue = oneIssue(schema, input);
    expect(issue.path).toEqual(["x"]);
    expect(words(issue)).toEqual([rule, en, vi]);
  });
});

describe("a value outside a set of values", () => {
  it("one allowed value: 'is not' that value (texts quoted, numbers not)", () => {
    expect(words(oneIssue(z.literal("a"), "b"))).toEqual([
      'the value "a"',
      'x: "b" is not "a"',
      'x: "b" không phải là "a"',
    ]);
    expect(words(oneIssue(z.literal(7), 8))).toEqual([
      "the value 7",
      "x: 8 is not 7",
      "x: 8 không phải là 7",
    ]);
  });

  it("several: 'is not one of', each quoted by its type", () => {
    const issue = oneIssue(z.literal([1, "1", true]), 2);
    expect(issue.value).toBe(2);
    expect(words(issue)).toEqual([
      'one of 1, "1", true',
      'x: 2 is not one of 1, "1", true',
      'x: 2 không phải là một trong 1, "1", true',
    ]);
  });

  it("bigints are written as numbers", () => {
    expect(oneIssue(z.literal([1n, 2n]), 3n).message.en).toBe("x: 3 is not one of 1, 2");
  });
});

describe("unknown fields of a strict object: the value is the list of keys, the path the object's", () => {
  it("one unknown field, nested", () => {
    const issue = oneIssue(z.object({ a: z.strictObject({ b: z.number() }) }), { a: { b: 1, c: 2 } }, []);
    expect(issue.path).toEqual(["a"]);
    expect(issue.value).toEqual(["c"]);
    expect(words(issue)).toEqual([
      "only the documented fields are allowed",
      'a: the object has unknown field "c"',
      'a: đối tượng có trường không xác định "c"',
    ]);
  });

  it("at the root, without a path", () => {
    const issue = oneIssue(z.strictObject({}), { a: 1, b: 2 }, []);
    expect(issue.path).toEqual([]);
    expect(issue.message).toEqual({
      en: 'value: the object has unknown fields "a", "b"',
      vi: 'value: đối tượng có trường không xác định "a", "b"',
    });
  });
});

describe("formats", () => {
  it("a regular expression is named by its pattern", () => {
    expect(words(oneIssue(z.string().regex(/^a/), "b"))).toEqual([
      "the format /^a/",
      'x: "b" does not have the expected format (/^a/)',
      'x: "b" không đúng định dạng (/^a/)',
    ]);
  });

  it("a format without a pattern is named by the format", () => {
    expect(words(oneIssue(z.string().startsWith("a"), "b"))).toEqual([
      "the format starts_with",
      'x: "b" does not have the expected format (starts_with)',
      'x: "b" không đúng định dạng (starts_with)',
    ]);
  });

  it("a pattern that is not a text is ignored for the format's name", () => {
    const error = new z.ZodError([
      {
        code: "invalid_format",
        format: "slug",
        pattern: /^[a-z]+$/,
        path: ["s"],
        input: "A",
        message: "?",
      } as never,
    ]);
    expect(words(toOcopIssues(error, { s: "A" })[0])).toEqual([
      "the format slug",
      's: "A" does not have the expected format (slug)',
      's: "A" không đúng định dạng (slug)',
    ]);
  });

  it("the pattern /\\S/ is a blank text", () => {
    expect(words(oneIssue(z.string().regex(/\S/), " \t"))).toEqual([
      "a non-blank text",
      'x: " \\t" is blank (a non-blank text is required)',
      'x: " \\t" để trống (cần chuỗi ký tự khác rỗng)',
    ]);
  });
});

describe("the other issue kinds", () => {
  it("not a multiple", () => {
    expect(words(oneIssue(z.number().multipleOf(5), 7))).toEqual([
      "a multiple of 5",
      "x: 7 is not a multiple of 5",
      "x: 7 không phải là bội số của 5",
    ]);
  });

  it("an invalid key of a record: path and value name the key", () => {
    const issue = oneIssue(z.record(z.string().max(1), z.number()), { ab: 1, c: 2 });
    expect([issue.path, issue.value]).toEqual([["x", "ab"], "ab"]);
    expect(words(issue)).toEqual([
      "a valid key",
      'x.ab: "ab" is not a valid key',
      'x.ab: "ab" không phải là khóa hợp lệ',
    ]);
  });

  it("an invalid element", () => {
    const error = new z.ZodError([
      {
        code: "invalid_element",
        origin: "map",
        key: "k",
        issues: [],
        path: ["m"],
        input: 2,
        message: "?",
      } as never,
    ]);
    const [issue] = toOcopIssues(error, { m: new Map([["k", 2]]) }, ["in"], "INVALID_EVENT");
    expect(issue.code).toBe("INVALID_EVENT");
    expect(issue.path).toEqual(["in", "m"]);
    expect(words(issue)).toEqual([
      "valid elements",
      "in.m: 2 has an invalid element",
      "in.m: 2 có phần tử không hợp lệ",
    ]);
  });

  it("a discriminated union lists the discriminators it knows, and the value is the discriminator's", () => {
    const issue = oneIssue(TargetSchema, { ...COUNT, kind: 5 }, ["t"]);
    expect(issue.code).toBe("INVALID_TARGET");
    expect(issue.path).toEqual(["t", "kind"]);
    expect(issue.value).toBe(5);
    expect(issue.rule).toBe('one of "count", "share", "coverage", "per-unit-minimum", "range"');
    expect(issue.message.vi).toBe(
      't.kind: 5 không phải là một trong "count", "share", "coverage", "per-unit-minimum", "range"',
    );
  });

  it("a union without a list of options: no form fits", () => {
    const issue = oneIssue(z.union([z.number(), z.boolean()]), "s");
    expect(issue.value).toBe("s");
    expect(words(issue)).toEqual([
      "one of the documented forms",
      'x: "s" does not match any of the allowed forms',
      'x: "s" không khớp với dạng hợp lệ nào',
    ]);
  });

  it("a union issue with an empty or malformed list of options: no form fits", () => {
    for (const options of [[], "a, b", undefined]) {
      const error = new z.ZodError([
        { code: "invalid_union", errors: [], options, path: ["u"], input: 1, message: "?" } as never,
      ]);
      const [issue] = toOcopIssues(error, { u: 1 });
      expect(words(issue), String(options)).toEqual([
        "one of the documented forms",
        "u: 1 does not match any of the allowed forms",
        "u: 1 không khớp với dạng hợp lệ nào",
      ]);
    }
  });
});

describe("custom issues", () => {
  const full = { code: "INVALID_STARS", rule: "r", en: "is odd", vi: "lẻ" } as const;
  const refusing = (params: unknown) =>
    z
      .number()
      .superRefine((_, ctx) => ctx.addIssue({ code: "custom", params: params as never, message: "m" }));

  it("params with code, rule, en and vi: the library's own words and code", () => {
    const issue = oneIssue(refusing(full), 3);
    expect(issue.code).toBe("INVALID_STARS");
    expect(words(issue)).toEqual(["r", "x: 3 is odd", "x: 3 lẻ"]);
  });

  // Each of the four params must be a text; otherwise the issue is a plain custom issue.
  it.each([
    ["no code", { ...full, code: undefined }],
    ["no rule", { ...full, rule: undefined }],
    ["no en", { ...full, en: 1 }],
    ["no vi", { ...full, vi: null }],
    ["params null", null],
    ["params a text", "INVALID_STARS"],
  ])("%s: a plain custom issue", (_name, params) => {
    const issue = oneIssue(refusing(params), 3);
    expect(issue.code).toBe("INVALID_DATA");
    expect(words(issue)).toEqual(["m", "x: 3 is not valid (m)", "x: 3 không hợp lệ"]);
  });

  it("a custom issue whose params say INVALID_DATE is INVALID_DATE, even with incomplete params", () => {
    const issue = oneIssue(refusing({ code: "INVALID_DATE" }), 3);
    expect(issue.code).toBe("INVALID_DATE");
    expect(issue.rule).toBe("m");
  });

  it("a custom issue of another code without the four params keeps the schema's code", () => {
    expect(oneIssue(refusing({ code: "INVALID_STARS" }), 3).code).toBe("INVALID_DATA");
  });

  it("a refinement without params", () => {
    const issue = oneIssue(
      z.number().refine(() => false),
      3,
    );
    expect(issue.code).toBe("INVALID_DATA");
    expect(issue.message.vi).toBe("x: 3 không hợp lệ");
  });

  it("a library issue whose message does not start with its path is kept whole", () => {
    const libraryIssue: OcopIssue = {
      code: "INVALID_EVENT",
      path: ["on"],
      value: "x",
      rule: "r",
      message: { en: "the date is wrong", vi: "ngày sai" },
    };
    const error = new z.ZodError([
      { code: "custom", path: ["on"], params: { libraryIssue }, input: {}, message: "?" } as never,
    ]);
    const [issue] = toOcopIssues(error, { on: "y" }, ["e"]);
    expect(issue).toEqual({
      code: "INVALID_EVENT",
      path: ["e", "on"],
      value: "x",
      rule: "r",
      message: { en: "e.on: the date is wrong", vi: "e.on: ngày sai" },
    });
  });

  it("an issue of the library's own validators keeps its code, rule, value and words, re-pathed", () => {
    const issue = oneIssue(CertificateSchema, makeCertificate("2026-06-15", { stars: 4, score: 60 }), [
      "certificates",
      3,
    ]);
    expect(issue.code).toBe("INVALID_CERTIFICATE");
    expect(issue.path).toEqual(["certificates", 3, "score"]);
    expect(issue.value).toBe(60);
    expect(issue.rule).toBe("26/2026/QĐ-TTg, Article 3.3: 4★ needs an average total score of at least 70");
    expect(issue.message).toEqual({
      en: "certificates.3.score: 60 is below 70, the lowest score of 4★",
      vi: "certificates.3.score: 60 thấp hơn 70, điểm thấp nhất của hạng 4 sao",
    });
  });
});

describe("the value of an issue zod reports on the enclosing object: read at the issue's path", () => {
  const at = (path: (string | number)[]) =>
    z.object({ a: z.any() }).superRefine((_, ctx) => ctx.addIssue({ code: "custom", path, message: "m" }));

  it("a field that exists", () => {
    const issue = oneIssue(at(["a"]), { a: [1] }, []);
    expect(issue.value).toEqual([1]);
    expect(issue.message.en).toBe("a: an array is not valid (m)");
  });

  // Through null, through a text, and an inherited key: nothing there (undefined), not the enclosing object.
  it.each([
    ["through null", { a: null }, ["a", "b"]],
    ["through a text", { a: "xyz" }, ["a", 0]],
    ["through a text's own length", { a: "xyz" }, ["a", "length"]],
    ["an inherited key", { a: {} }, ["a", "constructor"]],
    ["an inherited key at the root", { a: 1 }, ["toString"]],
  ] as const)("%s", (_name, input, path) => {
    const issue = oneIssue(at([...path]), input, []);
    expect(issue.path).toEqual(path);
    expect(issue.value).toBeUndefined();
    expect(issue.message.en).toBe(`${path.join(".")}: undefined is not valid (m)`);
  });

  it("a field that cannot be read a second time: the enclosing object zod reports", () => {
    let reads = 0;
    const input = {
      get a(): { b: number } {
        reads += 1;
        if (reads > 1) throw new Error("boom");
        return { b: 1 };
      },
    };
    const issue = oneIssue(at(["a", "b"]), input, []);
    expect(issue.path).toEqual(["a", "b"]);
    expect(issue.value).toEqual({ a: { b: 1 } });
    expect(issue.message.en).toBe("a.b: an object is not valid (m)");
  });

  it("an issue kind without an input: the value at its path", () => {
    const error = new z.ZodError([{ code: "future_kind", path: ["a"], message: "?" } as never]);
    const [issue] = toOcopIssues(error, { a: [5] }, ["in"]);
    expect(issue.value).toEqual([5]);
    expect(issue.message).toEqual({ en: "in.a: an array is not valid", vi: "in.a: một mảng không hợp lệ" });
  });

  it("an issue kind without an input and without a field: undefined", () => {
    const error = new z.ZodError([{ code: "future_kind", path: ["a", "b"], message: "?" } as never]);
    const [issue] = toOcopIssues(error, { a: 5 });
    expect(issue.value).toBeUndefined();
    expect(issue.message.en).toBe("a.b: undefined is not valid");
  });
});

describe("codes: the schema's, the caller's, or the issue's own", () => {
  it("a schema outside the catalogue: INVALID_DATA", () => {
    expect(oneIssue(z.string(), 1).code).toBe("INVALID_DATA");
  });

  it("a chosen code replaces the catalogue's, but not a date issue's nor a library rule's", () => {
    const bad = { ...COUNT, start: "2025-01-01", deadline: "2024-12-31", id: "" };
    const result = safeParseWith(TargetSchema, bad, [], { code: "INVALID_RECORD" });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((i) => i.code)).toEqual(["INVALID_RECORD"]);
    const deadline = safeParseWith(TargetSchema, { ...bad, id: "t" }, [], { code: "INVALID_RECORD" });
    if (deadline.success) throw new Error("expected a failure");
    expect(deadline.error.issues.map((i) => [i.code, i.path])).toEqual([["INVALID_TARGET", ["deadline"]]]);
    const date = safeParseWith(TargetSchema, { ...COUNT, start: "2025-02-30" }, [], {
      code: "INVALID_RECORD",
    });
    if (date.success) throw new Error("expected a failure");
    expect(date.error.issues.map((i) => i.code)).toEqual(["INVALID_DATE"]);
  });

  it("a code chosen by path is asked with the path relative to the schema, once per issue", () => {
    const asked: (string | number)[][] = [];
    const result = safeParseWith(
      z.object({ a: z.number(), b: z.array(z.string()) }),
      { a: "1", b: [2] },
      ["in"],
      {
        code: (path) => {
          asked.push([...path]);
          return path[0] === "a" ? "INVALID_SCORE" : "INVALID_STARS";
        },
      },
    );
    if (result.success) throw new Error("expected a failure");
    expect(result.error.issues.map((i) => [i.code, i.path])).toEqual([
      ["INVALID_SCORE", ["in", "a"]],
      ["INVALID_STARS", ["in", "b", 0]],
    ]);
    expect(asked).toEqual([["a"], ["b", 0]]);
  });

  it("toOcopIssues: no path and INVALID_DATA by default", () => {
    const result = z.object({ a: z.number() }).safeParse({ a: "1" }, { reportInput: true });
    if (result.success) throw new Error("expected a failure");
    expect(toOcopIssues(result.error, { a: "1" })).toEqual([
      {
        code: "INVALID_DATA",
        path: ["a"],
        value: "1",
        rule: "expected a finite number",
        message: { en: 'a: "1" is not a finite number', vi: 'a: "1" không phải là số hữu hạn' },
      },
    ]);
  });

  it("toOcopIssues: an error without issues, with a fixed code", () => {
    expect(toOcopIssues(new z.ZodError([]), null, ["a", 1], "INVALID_EVENT")).toEqual([
      {
        code: "INVALID_EVENT",
        path: ["a", 1],
        value: null,
        rule: "the documented shape",
        message: { en: "a.1: is not valid", vi: "a.1: không hợp lệ" },
      },
    ]);
  });
});

describe("safeParseWith: the outcome's shape", () => {
  it("a success holds success and data only", () => {
    const result = safeParseWith(ProductRecordSchema, { stars: 5, extra: 1 });
    expect(Object.keys(result).sort()).toEqual(["data", "success"]);
    expect(result).toEqual({ success: true, data: { stars: 5 } });
  });

  it("a failure holds success and an OcopError only; parseWith throws that same error", () => {
    const result = safeParseWith(ProductRecordSchema, { stars: 0 }, ["r"]);
    expect(Object.keys(result).sort()).toEqual(["error", "success"]);
    if (result.success) throw new Error("expected a failure");
    expect(result.error).toBeInstanceOf(OcopError);
    expect([result.error.code, result.error.path, result.error.value]).toEqual([
      "INVALID_DATA",
      ["r", "stars"],
      0,
    ]);
    let thrown: unknown;
    try {
      parseWith(ProductRecordSchema, { stars: 0 }, ["r"]);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(OcopError);
    expect((thrown as OcopError).issues).toEqual(result.error.issues);
  });
});

describe("input that cannot be read: one issue at the caller's path, with the schema's code", () => {
  it("a revoked proxy at the root", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const result = safeParseWith(TargetSchema, proxy);
    if (result.success) throw new Error("expected a failure");
    expect(result.error.issues).toHaveLength(1);
    const issue = result.error.issues[0]!;
    expect(issue.code).toBe("INVALID_TARGET");
    expect(issue.path).toEqual([]);
    expect(issue.value).toBe(proxy);
    expect(words(issue)).toEqual([
      "input must be plain data that can be read",
      "value: an object cannot be read as plain data",
      "value: một đối tượng không đọc được như dữ liệu thông thường",
    ]);
  });

  it("a throwing getter deep inside: the caller's path, not the field's", () => {
    const input = {
      ...COUNT,
      get name(): never {
        throw new Error("boom");
      },
    };
    const result = safeParseWith(TargetSchema, input, ["targets", 2]);
    if (result.success) throw new Error("expected a failure");
    expect(result.error.issues.map((i) => [i.code, i.path])).toEqual([["INVALID_TARGET", ["targets", 2]]]);
    expect(result.error.issues[0]!.message.en).toBe("targets.2: an object cannot be read as plain data");
  });
});

describe("an OcopError thrown inside a schema", () => {
  it("is the outcome's error, as it is", () => {
    const own = new OcopError([
      { code: "NOT_COVERED", path: ["q"], value: 1, rule: "r", message: { en: "e", vi: "v" } },
    ]);
    const schema = z.number().transform(() => {
      throw own;
    });
    const result = safeParseWith(schema, 1, ["x"], { code: "INVALID_SCORE" });
    expect(result).toEqual({ success: false, error: own });
    if (!result.success) expect(result.error).toBe(own);
  });
});

describe("the copy zod reads", () => {
  it("a cycle is copied as a cycle (no endless recursion)", () => {
    const input: Record<string, unknown> = { stars: 3 };
    input["self"] = input;
    expect(parseWith(ProductRecordSchema, input)).toEqual({ stars: 3 });
    const loose = parseWith(z.looseObject({ stars: z.number() }), input) as Record<string, unknown>;
    expect(loose["self"]).not.toBe(input);
    expect((loose["self"] as Record<string, unknown>)["self"]).toBe(loose["self"]);
  });

  it("a value met twice is copied once", () => {
    const shared = { n: 1 };
    const parsed = parseWith(z.object({ a: z.any(), b: z.any() }), { a: shared, b: shared });
    expect(parsed.a).toBe(parsed.b);
    expect(parsed.a).not.toBe(shared);
    expect(parsed.a).toEqual(shared);
  });

  it("a copied field is a plain data property: writable, enumerable, configurable", () => {
    const parsed = parseWith(z.any(), { a: 1 }) as Record<string, unknown>;
    expect(Object.getOwnPropertyDescriptor(parsed, "a")).toEqual({
      value: 1,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  });

  it("dates, maps and sets are copied with their contents", () => {
    const date = new Date(86_400_000);
    const parsedDate = parseWith(z.date(), date);
    expect(parsedDate).not.toBe(date);
    expect(parsedDate.getTime()).toBe(86_400_000);
    const key = { k: 1 };
    const map = new Map<unknown, unknown>([
      ["a", 1],
      [key, [2]],
    ]);
    const parsedMap = parseWith(z.map(z.any(), z.any()), map);
    expect(parsedMap).not.toBe(map);
    expect([...parsedMap.entries()]).toEqual([
      ["a", 1],
      [{ k: 1 }, [2]],
    ]);
    expect([...parsedMap.keys()][1]).not.toBe(key);
    const set = new Set([1, "b"]);
    const parsedSet = parseWith(z.set(z.union([z.number(), z.string()])), set);
    expect(parsedSet).not.toBe(set);
    expect([...parsedSet]).toEqual([1, "b"]);
  });

  it("an array keeps its length, holes included", () => {
    const sparse: number[] = new Array<number>(4);
    sparse[0] = 1;
    sparse[2] = 3;
    const holes = issuesOf(z.array(z.number()), sparse);
    expect(holes.map((i) => [i.path, i.message.en])).toEqual([
      [["x", 1], "x.1: undefined is missing (a finite number is required)"],
      [["x", 3], "x.3: undefined is missing (a finite number is required)"],
    ]);
    const trailing = [1, 2];
    trailing.length = 3;
    expect(issuesOf(z.array(z.number()), trailing).map((i) => i.path)).toEqual([["x", 2]]);
    expect(trailing).toHaveLength(3);
  });

  it("a non-enumerable field is not copied; a field named length is an ordinary field", () => {
    const hidden = Object.defineProperty({}, "stars", { value: 3, enumerable: false });
    expect(oneIssue(ProductRecordSchema, hidden, []).path).toEqual(["stars"]);
    expect(parseWith(z.object({ length: z.number() }), { length: 3 })).toEqual({ length: 3 });
  });

  it("the prototype is kept, and null, functions and primitives pass as they are", () => {
    class Box {
      readonly v = 1;
    }
    expect(parseWith(z.instanceof(Box), new Box())).toBeInstanceOf(Box);
    const bare = Object.assign(Object.create(null) as object, { stars: 2 });
    expect(parseWith(ProductRecordSchema, bare)).toEqual({ stars: 2 });
    expect(parseWith(z.object({ a: z.null(), b: z.string() }), { a: null, b: "s" })).toEqual({
      a: null,
      b: "s",
    });
    const f = () => 1;
    expect(parseWith(z.function(), f)).toBeTypeOf("function");
    expect(parseWith(z.null(), null)).toBeNull();
  });

  it("a getter is read once", () => {
    let reads = 0;
    const input = {
      get stars(): number {
        reads += 1;
        return 3;
      },
    };
    expect(parseWith(ProductRecordSchema, input)).toEqual({ stars: 3 });
    expect(reads).toBe(1);
  });

  it("the caller's objects are never frozen, on success or failure", () => {
    const ok = { stars: 3, group: "g" };
    parseWith(ProductRecordSchema, ok);
    expect(Object.isFrozen(ok)).toBe(false);
    const bad = { stars: 9 };
    expect(safeParseWith(ProductRecordSchema, bad).success).toBe(false);
    expect(Object.isFrozen(bad)).toBe(false);
    const list = [{ stars: 9 }];
    expect(safeParseWith(z.array(ProductRecordSchema).readonly(), list).success).toBe(false);
    expect([Object.isFrozen(list), Object.isFrozen(list[0])]).toEqual([false, false]);
  });
});
