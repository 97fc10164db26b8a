/**
 * The English and Vietnamese messages of every kind of zod issue, through parseWith with small ad-hoc
 * schemas (parseWith takes any zod schema).
 */
import { describe, expect, test } from "vitest";
import * as z from "zod";
import { OcopError } from "../../src/errors/ocop-error.js";
import { parseWith, safeParseWith, toOcopIssues } from "../../src/schemas/index.js";

function messages(schema: z.ZodType, input: unknown, path: (string | number)[] = ["x"]) {
  const result = safeParseWith(schema, input, path);
  if (result.success) throw new Error("expected a failure");
  return result.error.issues.map((i) => ({ path: i.path, value: i.value, rule: i.rule, ...i.message }));
}

describe("messages per zod issue kind", () => {
  test.each([
    [z.string().max(3), "abcd", "is too long (at most 3 characters)", "quá dài (tối đa 3 ký tự)"],
    [z.array(z.number()).max(1), [1, 2], "has too many items (at most 1)", "có quá nhiều phần tử (tối đa 1)"],
    [z.number().gt(0), 0, "is not greater than 0", "không lớn hơn 0"],
    [z.number().lt(10), 10, "is not less than 10", "không nhỏ hơn 10"],
    [z.number().multipleOf(2), 3, "is not a multiple of 2", "không phải là bội số của 2"],
    [z.string().regex(/^a/), "b", "does not have the expected format (/^a/)", "không đúng định dạng (/^a/)"],
    [z.bigint(), 1, "is not bigint", "không phải là bigint"],
    [z.array(z.number()), "1", "is not a list", "không phải là danh sách (mảng)"],
    [z.boolean(), 1, "is not true or false", "không phải là giá trị true hoặc false"],
    [z.number().int(), 1.5, "is not a whole number", "không phải là số nguyên"],
    [z.literal("a"), "b", 'is not "a"', 'không phải là "a"'],
    [z.string().refine(() => false, "nope"), "s", "is not valid (nope)", "không hợp lệ"],
  ])("%#", (schema, input, en, vi) => {
    const [issue] = messages(schema, input);
    expect(issue!.en.endsWith(en)).toBe(true);
    expect(issue!.vi.endsWith(vi)).toBe(true);
  });

  test("a value of a map", () => {
    const [issue] = messages(z.map(z.string(), z.number()), new Map([["a", "b"]]));
    expect(issue!.en).toBe('x.a: "b" is not a finite number');
  });

  test("an invalid key of a record: the path names the key", () => {
    const [issue] = messages(z.record(z.string().min(2), z.number()), { a: 1 });
    expect(issue!.path).toEqual(["x", "a"]);
    expect(issue!.value).toBe("a");
    expect(issue!.vi).toBe('x.a: "a" không phải là khóa hợp lệ');
  });

  test("a symbol key becomes a string in the path", () => {
    const key = Symbol("k");
    const [issue] = messages(z.record(z.string(), z.number()), { [key]: 1 });
    expect(issue!.path).toEqual(["x", "Symbol(k)"]);
  });

  test("an issue at the root without a path is named 'value'", () => {
    const [issue] = messages(z.string(), 1, []);
    expect(issue!.en).toBe("value: 1 is not a text");
  });

  test("several unknown fields", () => {
    const [issue] = messages(z.strictObject({}), { a: 1, b: 2 });
    expect(issue!.en).toBe('x: the object has unknown fields "a", "b"');
    expect(issue!.value).toEqual(["a", "b"]);
  });
});

describe("toOcopIssues", () => {
  test("an error without issues still gives one issue (an OcopError needs one)", () => {
    const issues = toOcopIssues(new z.ZodError([]), "v", ["p"], () => "INVALID_TARGET");
    expect(issues).toEqual([
      {
        code: "INVALID_TARGET",
        path: ["p"],
        value: "v",
        rule: "the documented shape",
        message: { en: "p: is not valid", vi: "p: không hợp lệ" },
      },
    ]);
    expect(toOcopIssues(new z.ZodError([]), 1)[0].message.en).toBe("value: is not valid");
  });

  test("an invalid element (of a map or set)", () => {
    const error = new z.ZodError([
      {
        code: "invalid_element",
        origin: "set",
        key: 0,
        issues: [],
        path: [],
        input: 1,
        message: "?",
      } as never,
    ]);
    expect(toOcopIssues(error, new Set([1]))[0].message.vi).toBe("value: 1 có phần tử không hợp lệ");
  });

  test("an issue kind the library does not know", () => {
    const error = new z.ZodError([{ code: "future_kind", path: ["a"], message: "?" } as never]);
    const [issue] = toOcopIssues(error, { a: 1 });
    expect(issue.message).toEqual({ en: "a: 1 is not valid", vi: "a: 1 không hợp lệ" });
  });

  test("a custom issue with incomplete params is treated as a plain custom issue", () => {
    const schema = z.string().refine(() => false, { params: { code: "INVALID_DATA" }, message: "m" });
    expect(messages(schema, "s")[0]!.vi).toBe('x: "s" không hợp lệ');
  });
});

describe("errors other than zod's", () => {
  test("a schema whose refinement throws gives an OcopError with the chosen code", () => {
    const schema = z.string().refine(() => {
      throw new TypeError("boom");
    });
    const result = safeParseWith(schema, "s", ["field"], {
      code: (path) => (path.length === 0 ? "INVALID_ARGUMENT" : "INVALID_DATA"),
    });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.code).toBe("INVALID_ARGUMENT");
      expect(result.error.messages.vi).toBe('field: "s" không đọc được như dữ liệu thông thường');
    }
  });

  test("an OcopError thrown inside a schema is passed on as it is", () => {
    const own = new OcopError([
      { code: "NOT_COVERED", path: ["q"], value: 1, rule: "r", message: { en: "e", vi: "v" } },
    ]);
    const schema = z.number().refine(() => {
      throw own;
    });
    expect(() => parseWith(schema, 1)).toThrow(own);
  });
});
