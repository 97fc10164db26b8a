/**
 * The edges of the criteria lookup: the exact wording of its two errors, and how the valid set numbers are
 * written ("1–26" for a run of three or more, "1, 3, 5" otherwise, always in ascending order). Written from
 * the surviving mutants of a Stryker run (docs/mutation.md).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { criteriaSet, criteriaSets } from "../../src/criteria/lookup.js";
import type { CriteriaSet } from "../../src/criteria/types.js";
import type { OcopError } from "../../src/errors/ocop-error.js";
import { failure } from "../helpers/failure.js";

const KNOWN = '"26/2026/QĐ-TTg", "148/QĐ-TTg", "1048/QĐ-TTg"';

describe("an unknown regulation: the message lists the three regulations that carry criteria sets", () => {
  it.each([
    ["a bare number", "148", '"148"', '"148"'],
    ["a regulation without criteria sets", "1489/QĐ-TTg", '"1489/QĐ-TTg"', '"1489/QĐ-TTg"'],
    ["an object", {}, "an object", "một đối tượng"],
  ])("%s", (_name, value, shown, shownVi) => {
    for (const call of [() => criteriaSets(value as never), () => criteriaSet(value as never, 1)]) {
      const e = failure(call);
      expect([e.code, e.path, e.value]).toEqual(["UNKNOWN_REGULATION", ["regulation"], value]);
      expect(e.rule).toBe(`one of ${KNOWN}`);
      expect(e.messages.en).toBe(
        `regulation: ${shown} is not a regulation with criteria sets; expected one of ${KNOWN}`,
      );
    }
    expect(failure(() => criteriaSets(value as never)).messages.vi).toBe(
      `regulation: ${shownVi} không phải là văn bản có bộ tiêu chí; phải là một trong ${KNOWN}`,
    );
  });
});

describe("an unknown set number: the message lists the numbers held, as the data stands", () => {
  // All 26 sets of 26/2026/QĐ-TTg and of 148/QĐ-TTg are held: a run, written 1–26.
  it.each(["26/2026/QĐ-TTg", "148/QĐ-TTg"] as const)("%s: valid set numbers 1–26", (regulation) => {
    const e = failure(() => criteriaSet(regulation, 27));
    expect([e.code, e.path, e.value]).toEqual(["UNKNOWN_SET", ["setNumber"], 27]);
    expect(e.rule).toBe(`a set number of ${regulation}: 1–26`);
    expect(e.messages.en).toBe(`setNumber: 27 is not a set of ${regulation}; valid set numbers: 1–26`);
    expect(e.messages.vi).toBe(
      `setNumber: 27 không phải là số bộ tiêu chí của ${regulation}; số hợp lệ: 1–26`,
    );
  });

  // Only set 1 of 1048/QĐ-TTg could be recovered: a single number is written as itself, not "1–1".
  it("1048/QĐ-TTg: valid set numbers 1, alone", () => {
    const e = failure(() => criteriaSet("1048/QĐ-TTg", 2));
    expect(e.rule).toBe("a set number of 1048/QĐ-TTg: 1");
    expect(e.messages.en).toBe("setNumber: 2 is not a set of 1048/QĐ-TTg; valid set numbers: 1");
    expect(e.messages.vi).toBe("setNumber: 2 không phải là số bộ tiêu chí của 1048/QĐ-TTg; số hợp lệ: 1");
  });

  // A number that is not a whole number is described as received, in both languages.
  it("a non-number is described, not converted", () => {
    const e = failure(() => criteriaSet("1048/QĐ-TTg", "1" as never));
    expect(e.messages.en).toBe('setNumber: "1" is not a set of 1048/QĐ-TTg; valid set numbers: 1');
    const arr = failure(() => criteriaSet("1048/QĐ-TTg", [1] as never));
    expect(arr.messages.vi).toBe(
      "setNumber: một mảng không phải là số bộ tiêu chí của 1048/QĐ-TTg; số hợp lệ: 1",
    );
  });
});

/**
 * How other holdings would be written. The recovered 1048/QĐ-TTg sets are replaced by a list this test
 * controls (only their numbers matter), so that the lookup's formatting of the valid numbers can be pinned
 * for holdings the current data does not have: two in a row, gaps, and data not in annex order.
 */
describe("the valid set numbers, for other holdings of 1048/QĐ-TTg", () => {
  const held: CriteriaSet[] = [];
  let lookup: typeof import("../../src/criteria/lookup.js");

  beforeAll(async () => {
    vi.resetModules();
    vi.doMock("../../src/criteria/1048/index.js", async (importOriginal) => ({
      ...(await importOriginal<object>()),
      CRITERIA_1048: held,
    }));
    lookup = await import("../../src/criteria/lookup.js");
  });

  afterAll(() => {
    vi.doUnmock("../../src/criteria/1048/index.js");
    vi.resetModules();
  });

  function validNumbers(numbers: readonly number[]): { en: string; vi: string } {
    held.splice(0, held.length, ...numbers.map((n) => ({ number: n }) as CriteriaSet));
    // The fresh module graph has its own OcopError class, so the error is checked by its fields.
    let e: OcopError | undefined;
    try {
      lookup.criteriaSet("1048/QĐ-TTg", 0);
    } catch (caught) {
      e = caught as OcopError;
    }
    expect(e).toMatchObject({ name: "OcopError", code: "UNKNOWN_SET", path: ["setNumber"] });
    if (e === undefined) throw new Error("expected an OcopError");
    return {
      en: e.messages.en.replace("setNumber: 0 is not a set of 1048/QĐ-TTg; valid set numbers: ", ""),
      vi: e.messages.vi.replace("setNumber: 0 không phải là số bộ tiêu chí của 1048/QĐ-TTg; số hợp lệ: ", ""),
    };
  }

  it.each([
    ["a run of three is a range", [1, 2, 3], "1–3"],
    ["two in a row are listed, not a range", [1, 2], "1, 2"],
    ["two in a row, given in reverse, are listed in order", [2, 1], "1, 2"],
    ["numbers with gaps are listed", [1, 3, 5], "1, 3, 5"],
    ["three numbers spanning three apart are not a run", [1, 2, 4], "1, 2, 4"],
    ["a run held out of order is still a range", [3, 1, 2], "1–3"],
    ["a run ending at 26, held in reverse", [26, 25, 24], "24–26"],
    ["gaps held out of order are listed in ascending order", [7, 2, 5], "2, 5, 7"],
    ["ascending means numerically, not as text", [12, 3, 10, 11], "3, 10, 11, 12"],
  ])("%s: %j → %s", (_name, numbers, written) => {
    expect(validNumbers(numbers)).toEqual({ en: written, vi: written });
  });

  it("the sets held are still found by their number, whatever the order", () => {
    validNumbers([3, 1, 2]);
    expect(lookup.criteriaSet("1048/QĐ-TTg", 2)).toBe(held[2]);
  });
});
