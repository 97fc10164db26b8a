import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classification, classificationNode } from "../../src/classification/classification.js";
import { foldVietnamese } from "../../src/classification/fold.js";
import { searchClassification } from "../../src/classification/search.js";
import type {
  ClassificationLevel,
  ClassificationRegulation,
  SearchClassificationOptions,
} from "../../src/classification/types.js";
import { OcopError } from "../../src/errors/ocop-error.js";

function catchError(fn: () => unknown): OcopError {
  try {
    fn();
  } catch (error) {
    if (error instanceof OcopError) return error;
    throw error;
  }
  throw new Error("expected an OcopError");
}

const ids = (query: string, options?: SearchClassificationOptions) =>
  searchClassification(query, options).map((m) => m.node.id);

describe("foldVietnamese", () => {
  it.each([
    ["Thực phẩm", "thuc pham"],
    ["THỰC PHẨM", "thuc pham"],
    ["Đồ uống có cồn", "do uong co con"],
    ["đặc sản", "dac san"],
    ["Rau, củ, quả, hạt tươi", "rau cu qua hat tuoi"],
    ["Dịch vụ du lịch - truyền thống - lễ hội", "dich vu du lich truyen thong le hoi"],
    ["  Gia vị khác (muối, hành, tỏi, tiêu,...)  ", "gia vi khac muoi hanh toi tieu"],
    ["", ""],
    ["...", ""],
  ])("%j → %j", (input, expected) => {
    expect(foldVietnamese(input)).toBe(expected);
  });

  it("treats precomposed and decomposed input alike", () => {
    const composed = "Thực phẩm chế biến";
    expect(foldVietnamese(composed.normalize("NFD"))).toBe(foldVietnamese(composed.normalize("NFC")));
  });

  it("leaves only lower-case letters, digits and single spaces (property)", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const folded = foldVietnamese(s);
        expect(folded).toBe(folded.trim());
        expect(folded).not.toMatch(/ {2}|[đĐ]|\p{M}/u);
        expect(foldVietnamese(folded)).toBe(folded);
      }),
    );
  });
});

describe("searchClassification", () => {
  it("ignores diacritics and case (thuc pham → Thực phẩm)", () => {
    const hits = searchClassification("thuc pham");
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => foldVietnamese(h.matchedText).includes("thuc pham") || h.score < 60)).toBe(true);
    expect(ids("thuc pham")).toContain("26/2026:I");
    expect(ids("THỰC PHẨM")).toEqual(ids("thuc pham"));
    expect(ids("Thuc Pham")).toEqual(ids("thuc pham"));
  });

  it("folds đ/Đ to d", () => {
    expect(ids("do uong")).toEqual(ids("đồ uống"));
    expect(ids("DO UONG")).toEqual(ids("ĐỒ UỐNG"));
    expect(ids("dong vat canh", { regulation: "26/2026/QĐ-TTg" })[0]).toBe("26/2026:V.3");
    expect(ids("Động vật cảnh", { regulation: "26/2026/QĐ-TTg" })[0]).toBe("26/2026:V.3");
  });

  it("ignores punctuation", () => {
    expect(ids("rau cu qua hat tuoi")[0]).toBe("26/2026:I.1.a");
    expect(ids("rau; củ; quả")[0]).toBe("26/2026:I.1.a");
  });

  it("ranks exact matches first, then prefixes, then words inside", () => {
    const hits = searchClassification("thuc pham tuoi song");
    expect(hits.slice(0, 3).map((h) => h.node.id)).toEqual(["26/2026:I.1", "148:I.1", "1048:I.1"]);
    expect(hits[0]?.score).toBe(105);
    expect(hits[0]?.matchedOn).toBe("name.vi");
    const scores = searchClassification("gia vi").map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("scores each tier as documented", () => {
    const top = (q: string) => searchClassification(q, { regulation: "26/2026/QĐ-TTg" })[0];
    expect(top("hoa")).toMatchObject({ node: { id: "26/2026:V.1" }, score: 105 }); // exact
    expect(top("nuoc khoang")).toMatchObject({ node: { id: "26/2026:II.2.a" }, score: 85 }); // prefix
    expect(top("khoang thien nhien")).toMatchObject({ node: { id: "26/2026:II.2.a" }, score: 65 }); // word start
    expect(top("uoc khoang")).toMatchObject({ node: { id: "26/2026:II.2.a" }, score: 45 }); // inside a word
    expect(top("khoang nuoc")).toMatchObject({ node: { id: "26/2026:II.2.a" }, score: 35 }); // all words start words
    expect(top("khoang uoc")).toMatchObject({ node: { id: "26/2026:II.2.a" }, score: 25 }); // all words occur
  });

  it("breaks ties by newest regulation, then annex order", () => {
    expect(ids("rau cu qua").slice(0, 3)).toEqual(["26/2026:I.1.a", "148:I.1.a", "1048:I.1.a"]);
    expect(ids("hoa", { level: "group" })).toEqual(["26/2026:V.1", "148:V.1"]);
  });

  it("searches English names, set titles, aliases and names given by amendments", () => {
    expect(searchClassification("honey", { regulation: "26/2026/QĐ-TTg" })[0]).toMatchObject({
      node: { id: "26/2026:I.2.b" },
      matchedOn: "name.en",
    });
    expect(searchClassification("cacao")[0]).toMatchObject({
      node: { id: "26/2026:I.6" },
      matchedOn: "setName.vi",
    });
    expect(searchClassification("nong san che bien")[0]).toMatchObject({
      node: { id: "26/2026:I.3" },
      matchedOn: "alias",
    });
    expect(
      searchClassification("dich vu du lich cong dong va diem du lich", { regulation: "1048/QĐ-TTg" })[0],
    ).toMatchObject({ node: { id: "1048:VI.1" }, matchedOn: "renamed", score: 102 });
    expect(ids("le hoi")).toEqual(["1048:VI.1"]);
    expect(ids("luu niem noi that")).toEqual(["1048:IV"]);
  });

  it("finds every node by its own Vietnamese name, without diacritics, in any case (property)", () => {
    const nodes = (["26/2026/QĐ-TTg", "148/QĐ-TTg", "1048/QĐ-TTg"] as const).flatMap(
      (r) => classification(r).nodes,
    );
    fc.assert(
      fc.property(fc.constantFrom(...nodes), fc.boolean(), (node, upper) => {
        const folded = foldVietnamese(node.name.vi);
        const hits = searchClassification(upper ? folded.toUpperCase() : folded, {
          regulation: node.regulation,
        });
        const hit = hits.find((h) => h.node.id === node.id);
        expect(hit?.score).toBeGreaterThanOrEqual(100);
        expect(hits[0]?.score).toBe(hit?.score);
      }),
    );
  });

  it("filters by regulation and level", () => {
    for (const hit of searchClassification("a", { regulation: "148/QĐ-TTg" })) {
      expect(hit.node.regulation).toBe("148/QĐ-TTg");
    }
    for (const hit of searchClassification("e", { level: "product" })) expect(hit.node.level).toBe("product");
    expect(ids("do uong co con", { regulation: "148/QĐ-TTg" })[0]).toBe("148:II.1");
    expect(ids("rau", { regulation: "1048/QĐ-TTg", level: "subgroup" })).toEqual([
      "1048:I.1.a",
      "1048:I.3.c",
    ]);
    expect(ids("che", { level: "group", regulation: "26/2026/QĐ-TTg" })).toContain("26/2026:I.5");
    expect(searchClassification("hoa", {})).toEqual(searchClassification("hoa"));
    expect(searchClassification("hoa", { regulation: undefined, level: undefined })).toEqual(
      searchClassification("hoa"),
    );
  });

  it("returns nothing for a blank query or a query that matches nothing", () => {
    expect(searchClassification("")).toEqual([]);
    expect(searchClassification("   ")).toEqual([]);
    expect(searchClassification(",;-")).toEqual([]);
    expect(searchClassification("xyzzy")).toEqual([]);
  });

  it("returns live nodes (the same objects as classificationNode)", () => {
    const hit = searchClassification("hoa")[0]!;
    expect(hit.node).toBe(classificationNode(hit.node.id));
  });

  it("rejects a non-string query", () => {
    for (const bad of [null, undefined, 42, {}, ["hoa"], Symbol("x")]) {
      const error = catchError(() => searchClassification(bad as string));
      expect(error.code).toBe("INVALID_ARGUMENT");
      expect(error.path).toEqual(["query"]);
      expect(error.messages.vi).toContain("chuỗi");
    }
  });

  it("rejects bad options", () => {
    for (const bad of [null, 42, "148/QĐ-TTg", [], () => ({})]) {
      const error = catchError(() => searchClassification("hoa", bad as SearchClassificationOptions));
      expect(error.code).toBe("INVALID_ARGUMENT");
      expect(error.path).toEqual(["options"]);
    }
    const reg = catchError(() =>
      searchClassification("hoa", { regulation: "919/QĐ-TTg" as ClassificationRegulation }),
    );
    expect(reg.code).toBe("UNKNOWN_REGULATION");
    expect(reg.path).toEqual(["options", "regulation"]);
    const level = catchError(() => searchClassification("hoa", { level: "set" as ClassificationLevel }));
    expect(level.code).toBe("INVALID_ARGUMENT");
    expect(level.path).toEqual(["options", "level"]);
  });

  it("ignores inherited option keys and __proto__ keys", () => {
    const inherited = Object.create({ regulation: "nope", level: "nope" }) as SearchClassificationOptions;
    expect(searchClassification("hoa", inherited)).toEqual(searchClassification("hoa"));
    const withProto = JSON.parse('{"__proto__": {"level": "nope"}}') as SearchClassificationOptions;
    expect(searchClassification("hoa", withProto)).toEqual(searchClassification("hoa"));
  });
});
