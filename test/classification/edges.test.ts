/**
 * The edges of the product classification: where each refusal says the problem is, what the option errors
 * read, the one two-hop mapping that mixes a rename with an unchanged hop, and how ties and better later
 * matches are ranked in a search. Written from the surviving mutants of a Stryker run (docs/mutation.md).
 */
import { describe, expect, it } from "vitest";
import { leafForSet } from "../../src/classification/classification.js";
import { foldVietnamese } from "../../src/classification/fold.js";
import { mapClassification } from "../../src/classification/mapping.js";
import { searchClassification } from "../../src/classification/search.js";
import { failure } from "../helpers/failure.js";

describe("where a refusal points", () => {
  it("foldVietnamese names its text", () => {
    const e = failure(() => foldVietnamese(5 as never));
    expect([e.code, e.path, e.messages.en]).toEqual([
      "INVALID_ARGUMENT",
      ["text"],
      "text: 5 is not a string",
    ]);
  });

  it("leafForSet names the regulation, then the set number", () => {
    const reg = failure(() => leafForSet("999/QĐ-TTg" as never, 1));
    expect([reg.code, reg.path]).toEqual(["UNKNOWN_REGULATION", ["regulation"]]);
    const fraction = failure(() => leafForSet("26/2026/QĐ-TTg", 1.5));
    expect([fraction.code, fraction.path, fraction.messages.en]).toEqual([
      "INVALID_ARGUMENT",
      ["setNumber"],
      "setNumber: 1.5 is not a whole number",
    ]);
    expect(fraction.messages.vi).toBe("setNumber: 1.5 không phải là số nguyên");
    const missing = failure(() => leafForSet("26/2026/QĐ-TTg", 27));
    expect([missing.code, missing.path, missing.value]).toEqual(["UNKNOWN_SET", ["setNumber"], 27]);
  });
});

describe("searchClassification: its options", () => {
  it("null and arrays are not options objects, and say so", () => {
    for (const [bad, shown] of [
      [null, "null"],
      [[], "an array"],
    ] as const) {
      const e = failure(() => searchClassification("rau", bad as never));
      expect([e.code, e.path, e.messages.en]).toEqual([
        "INVALID_ARGUMENT",
        ["options"],
        `options: ${shown} is not an object`,
      ]);
    }
  });

  it("an options object whose getter throws is refused at options", () => {
    const hostile = {
      get regulation(): never {
        throw new Error("boom");
      },
    };
    const e = failure(() => searchClassification("rau", hostile as never));
    expect([e.code, e.path]).toEqual(["INVALID_ARGUMENT", ["options"]]);
  });

  it("an unknown level is named at options.level, in both languages", () => {
    const e = failure(() => searchClassification("rau", { level: "galaxy" as never }));
    expect([e.code, e.path, e.value]).toEqual(["INVALID_ARGUMENT", ["options", "level"], "galaxy"]);
    expect(e.messages).toEqual({
      en: 'options.level: "galaxy" is not "product", "group" or "subgroup"',
      vi: 'options.level: "galaxy" không phải là "product", "group" hoặc "subgroup"',
    });
  });
});

describe("searchClassification: ranking", () => {
  it("equal scores keep the newest regulation first, then annex order", () => {
    // "rau" starts the name of fresh vegetables (80 + 5) in all three decisions, and starts a word of the
    // processed vegetables group (60 + 5).
    expect(searchClassification("rau").map((h) => [h.node.id, h.score])).toEqual([
      ["26/2026:I.1.a", 85],
      ["148:I.1.a", 85],
      ["1048:I.1.a", 85],
      ["26/2026:I.3.c", 65],
      ["148:I.3.c", 65],
      ["1048:I.3.c", 65],
    ]);
  });

  it("a node is ranked by its best text, not its first matching one", () => {
    // 26/2026:I is named "Sản phẩm thực phẩm" (a word-start match, 60 + 5) and has the alias "Thực phẩm"
    // (exact, 100 + 2): the alias wins.
    const hit = searchClassification("Thực phẩm").find((h) => h.node.id === "26/2026:I");
    expect(hit).toMatchObject({ score: 102, matchedOn: "alias", matchedText: "Thực phẩm" });
  });
});

describe("mapClassification: a rename and an unchanged hop together", () => {
  it("1048 → 26/2026 through 148 reads 'renamed' both ways", () => {
    // 1048:II.2.b is renamed in 148 and kept as is in 26/2026 (mapping tables of data/mapping.ts).
    const forward = mapClassification("1048:II.2.b", "26/2026/QĐ-TTg");
    expect([forward.kind, forward.to.map((n) => n.id)]).toEqual(["renamed", ["26/2026:II.2.b"]]);
    expect(forward.steps.flatMap((s) => s.rows.map((r) => r.kind))).toEqual(["renamed", "same"]);
    const backward = mapClassification("26/2026:II.2.b", "1048/QĐ-TTg");
    expect([backward.kind, backward.to.map((n) => n.id)]).toEqual(["renamed", ["1048:II.2.b"]]);
  });
});
