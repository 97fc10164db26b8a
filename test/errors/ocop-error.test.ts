import { describe, expect, it } from "vitest";
import { describeValue, fail, OcopError, ocopIssue } from "../../src/errors/ocop-error.js";
import { criteriaSet, scoreSheet, trackTarget } from "../../src/index.js";

describe("OcopError", () => {
  const issue = ocopIssue("INVALID_SCORE", ["score"], 101, "Decision 26/2026/QĐ-TTg, Article 3.3", {
    en: "score: 101 is not between 0 and 100",
    vi: "score: 101 không nằm trong khoảng 0 đến 100",
  });

  it("carries the first issue's code, path, value and rule, and both languages", () => {
    const error = new OcopError([issue]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("OcopError");
    expect(error.code).toBe("INVALID_SCORE");
    expect(error.path).toEqual(["score"]);
    expect(error.value).toBe(101);
    expect(error.rule).toBe("Decision 26/2026/QĐ-TTg, Article 3.3");
    expect(error.message).toBe("score: 101 is not between 0 and 100");
    expect(error.messageIn("vi")).toBe("score: 101 không nằm trong khoảng 0 đến 100");
    expect(error.issues).toEqual([issue]);
  });

  it("summarises several issues in both languages", () => {
    const second = ocopIssue(
      "MISSING_CRITERION",
      ["answers", "1.2"],
      undefined,
      "every criterion is answered",
      {
        en: "answers.1.2 is missing",
        vi: "thiếu answers.1.2",
      },
    );
    const error = new OcopError([issue, second]);
    expect(error.issues).toHaveLength(2);
    expect(error.message).toMatch(/^2 problems: /);
    expect(error.messages.vi).toMatch(/^2 lỗi: .*thiếu answers\.1\.2/);
  });

  it("takes its top-level fields from an umbrella when given one", () => {
    const error = new OcopError([issue], {
      code: "INVALID_ANSWERS",
      path: ["answers"],
      value: {},
      rule: "sheet",
    });
    expect(error.code).toBe("INVALID_ANSWERS");
    expect(error.path).toEqual(["answers"]);
    expect(error.rule).toBe("sheet");
    expect(error.issues[0]!.code).toBe("INVALID_SCORE");
  });

  it("fail() throws an OcopError", () => {
    expect(() => fail("INVALID_ARGUMENT", ["x"], 1, "rule", { en: "bad", vi: "sai" })).toThrow(OcopError);
  });

  it("describes values without calling user code", () => {
    const hostile = {
      toString() {
        throw new Error("called");
      },
    };
    expect(describeValue(hostile)).toBe("an object");
    expect(describeValue("x".repeat(50))).toBe(`"${"x".repeat(40)}…"`);
    expect(describeValue(3)).toBe("3");
    expect(describeValue(null)).toBe("null");
    expect(describeValue(undefined)).toBe("undefined");
    expect(describeValue([1])).toBe("an array");
    expect(describeValue(new Date(Number.NaN))).toBe("an invalid Date");
    expect(describeValue(new Date(0))).toBe("a Date");
    expect(describeValue(() => 1)).toBe("a function");
    expect(describeValue(Symbol("s"))).toBe("a symbol");
  });
});

describe("describeValue in Vietnamese", () => {
  it("names non-primitive values in Vietnamese and shows primitives as they are", () => {
    expect(describeValue([1], "vi")).toBe("một mảng");
    expect(describeValue({}, "vi")).toBe("một đối tượng");
    expect(describeValue(new Date(0), "vi")).toBe("một Date");
    expect(describeValue(new Date(Number.NaN), "vi")).toBe("một Date không hợp lệ");
    expect(describeValue(() => 1, "vi")).toBe("một giá trị kiểu function");
    expect(describeValue("abc", "vi")).toBe('"abc"');
    expect(describeValue(3, "vi")).toBe("3");
  });

  it("Vietnamese messages of the library never describe a value in English", () => {
    const messages: string[] = [];
    for (const call of [
      () => scoreSheet(criteriaSet("26/2026/QĐ-TTg", 1), [] as never),
      () => trackTarget({} as never, [] as never, "2026-01-01"),
      () => criteriaSet({} as never, 1),
    ]) {
      try {
        call();
      } catch (e) {
        messages.push(...(e as OcopError).issues.map((i) => i.message.vi));
      }
    }
    expect(messages.join(" ")).toMatch(/một mảng|một đối tượng/);
    for (const m of messages) expect(m).not.toMatch(/\b(an array|an object|a Date|a function)\b/);
  });
});
