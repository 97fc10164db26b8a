/**
 * The edges of the error family: the exact wording of a multi-issue summary, where describeValue starts
 * shortening a string, which primitives it shows as they are, and how readInput names the field it could
 * not read. Written from the surviving mutants of a Stryker run (docs/mutation.md).
 */
import { describe, expect, it } from "vitest";
import { describeValue, OcopError, ocopIssue, readInput } from "../../src/errors/ocop-error.js";
import { failure } from "../helpers/failure.js";

describe("OcopError: the summary of several issues", () => {
  const score = ocopIssue("INVALID_SCORE", ["score"], 101, "Article 3.3", {
    en: "score: 101 is not between 0 and 100",
    vi: "score: 101 không nằm trong khoảng 0 đến 100",
  });
  const missing = ocopIssue("MISSING_CRITERION", ["answers", "1.2"], undefined, "every criterion", {
    en: "answers.1.2 is missing",
    vi: "thiếu answers.1.2",
  });

  // Each issue's own message, in the order found, joined by "; " after the count, in both languages.
  it("counts the issues and joins every message, in order, in English and Vietnamese", () => {
    const error = new OcopError([score, missing]);
    expect(error.message).toBe("2 problems: score: 101 is not between 0 and 100; answers.1.2 is missing");
    expect(error.messages.en).toBe(error.message);
    expect(error.messageIn("en")).toBe(error.message);
    expect(error.messages.vi).toBe("2 lỗi: score: 101 không nằm trong khoảng 0 đến 100; thiếu answers.1.2");
    expect(error.messageIn("vi")).toBe(error.messages.vi);
    // the top-level fields still come from the first issue
    expect([error.code, error.path, error.value]).toEqual(["INVALID_SCORE", ["score"], 101]);
  });
});

describe("describeValue: what it shows as it is", () => {
  // Strings up to 40 characters are quoted whole; from 41 on, the first 40 and an ellipsis.
  it("quotes a string of exactly 40 characters whole and shortens one of 41", () => {
    const forty = "a".repeat(40);
    expect(describeValue(forty)).toBe(`"${forty}"`);
    expect(describeValue(`${forty}b`)).toBe(`"${forty}…"`);
    expect(describeValue(`${forty}b`, "vi")).toBe(`"${forty}…"`);
    expect(describeValue("")).toBe('""');
  });

  // Numbers, booleans and bigints are primitives shown as written, never as "a boolean" / "a bigint".
  it.each([
    [0, "0"],
    [-1.5, "-1.5"],
    [Number.NaN, "NaN"],
    [true, "true"],
    [false, "false"],
    [10n, "10"],
  ])("shows %s as %j in both languages", (value, shown) => {
    expect(describeValue(value)).toBe(shown);
    expect(describeValue(value, "vi")).toBe(shown);
  });
});

describe("readInput: a caller's getter that throws becomes an OcopError at the path", () => {
  const boom = (): never => {
    throw new Error("boom");
  };

  it("returns what the read returns when nothing throws", () => {
    expect(readInput(["x"], () => 42)).toBe(42);
  });

  // The message names the dotted path; an empty path is named "value".
  it.each([
    [["options"], "options"],
    [["history", 2, "date"], "history.2.date"],
    [[], "value"],
  ] as [(string | number)[], string][])("path %j is named %j in the message", (path, where) => {
    const e = failure(() => readInput(path, boom));
    expect([e.code, e.path, e.value]).toEqual(["INVALID_ARGUMENT", path, undefined]);
    expect(e.rule).toBe("input must be plain data that can be read");
    expect(e.messages.en).toBe(`${where}: cannot be read (a getter or proxy of the input threw)`);
    expect(e.messages.vi).toBe(`${where}: không đọc được (getter hoặc proxy của dữ liệu đầu vào gây lỗi)`);
  });

  // The caller may choose the code; an OcopError thrown by the read passes through unchanged.
  it("uses the code asked for, and lets an OcopError through as it is", () => {
    expect(failure(() => readInput(["history"], boom, "INVALID_RECORD")).code).toBe("INVALID_RECORD");
    const inner = new OcopError([
      ocopIssue("INVALID_DATE", ["date"], "x", "rule", { en: "date: bad", vi: "date: sai" }),
    ]);
    const thrown = failure(() =>
      readInput(["history"], () => {
        throw inner;
      }),
    );
    expect(thrown).toBe(inner);
  });
});
