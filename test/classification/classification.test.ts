import { readFileSync } from "node:fs";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  buildClassificationTree,
  CLASSIFICATION_DATA,
  CLASSIFICATION_REGULATIONS,
  classification,
  classificationName,
  classificationNode,
  leafForSet,
  setForNode,
  setsUnder,
} from "../../src/classification/classification.js";
import { CLASSIFICATION_26_2026 } from "../../src/classification/data/26-2026.js";
import type { ClassificationId, ClassificationRegulation } from "../../src/classification/types.js";
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

const EXPECTED: Record<ClassificationRegulation, { products: number; groups: number; subgroups: number }> = {
  "26/2026/QĐ-TTg": { products: 6, groups: 17, subgroups: 16 },
  "148/QĐ-TTg": { products: 6, groups: 17, subgroups: 16 },
  "1048/QĐ-TTg": { products: 6, groups: 16, subgroups: 17 },
};

describe("classification trees", () => {
  it("models the three criteria decisions, oldest first", () => {
    expect(CLASSIFICATION_REGULATIONS).toEqual(["1048/QĐ-TTg", "148/QĐ-TTg", "26/2026/QĐ-TTg"]);
  });

  for (const regulation of Object.keys(EXPECTED) as ClassificationRegulation[]) {
    describe(regulation, () => {
      const tree = classification(regulation);
      const count = (level: string) => tree.nodes.filter((n) => n.level === level).length;

      it("has the expected numbers of products, groups and subgroups", () => {
        expect(tree.products).toHaveLength(EXPECTED[regulation].products);
        expect(count("product")).toBe(EXPECTED[regulation].products);
        expect(count("group")).toBe(EXPECTED[regulation].groups);
        expect(count("subgroup")).toBe(EXPECTED[regulation].subgroups);
      });

      it("has 26 leaves with sets 1..26, each exactly once", () => {
        const leaves = tree.nodes.filter((n) => n.leaf);
        expect(leaves).toHaveLength(26);
        expect(leaves.map((n) => n.set)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
      });

      it("gives every leaf exactly one set and a set title, and no set to inner nodes", () => {
        for (const node of tree.nodes) {
          expect(node.leaf).toBe(node.children.length === 0);
          if (node.leaf) {
            expect(Number.isInteger(node.set)).toBe(true);
            expect(node.setName?.vi).toBeTruthy();
            expect(node.setName?.en).toBeTruthy();
            expect(node.level).not.toBe("product");
          } else {
            expect(node.set).toBeNull();
            expect(node.setName).toBeNull();
          }
        }
      });

      it("has unique, well-formed ids that match the annex codes and the tree", () => {
        const ids = tree.nodes.map((n) => n.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const node of tree.nodes) {
          expect(node.id).toBe(`${tree.idPrefix}:${node.annexCode}`);
          expect(node.annexCode.split(".").at(-1)).toBe(node.code);
          expect(node.regulation).toBe(regulation);
          expect(node.name.vi).toBeTruthy();
          expect(node.name.en).toBeTruthy();
          const depth = node.annexCode.split(".").length;
          expect(node.level).toBe(["product", "group", "subgroup"][depth - 1]);
          if (node.parent === null) {
            expect(node.level).toBe("product");
            expect(tree.products).toContain(node.id);
          } else {
            expect(classificationNode(node.parent).children).toContain(node.id);
          }
          for (const child of node.children) expect(classificationNode(child).parent).toBe(node.id);
        }
      });

      it("has a level name for each level and a source", () => {
        expect(tree.levelNames.product.vi).toBeTruthy();
        expect(tree.levelNames.group.vi).toBe("Nhóm");
        expect(tree.levelNames.subgroup.vi).toBe("Phân nhóm");
        expect(tree.source).toContain(regulation);
      });
    });
  }

  it("marks 26/2026 official and the older regimes as secondary data, with sources", () => {
    expect(classification("26/2026/QĐ-TTg").status).toBe("official");
    expect(classification("26/2026/QĐ-TTg").source).toContain("Phụ lục I");
    for (const r of ["148/QĐ-TTg", "1048/QĐ-TTg"] as const) {
      expect(classification(r).status).toBe("transcription");
      expect(classification(r).sources.length).toBeGreaterThan(0);
      expect(classification(r).notes.length).toBeGreaterThan(0);
    }
    expect(classification("1048/QĐ-TTg").levelNames.product.vi).toBe("Ngành");
  });

  it("lists nodes depth-first in annex order", () => {
    expect(
      classification("26/2026/QĐ-TTg")
        .nodes.slice(0, 5)
        .map((n) => n.id),
    ).toEqual(["26/2026:I", "26/2026:I.1", "26/2026:I.1.a", "26/2026:I.1.b", "26/2026:I.2"]);
  });

  it("returns frozen data that callers cannot corrupt", () => {
    const node = classificationNode("26/2026:I.3.b");
    expect(Object.isFrozen(node)).toBe(true);
    expect(Object.isFrozen(node.ministries)).toBe(true);
    expect(Object.isFrozen(node.ministries[0])).toBe(true);
    expect(Object.isFrozen(classification("148/QĐ-TTg").nodes)).toBe(true);
    expect(() => {
      (node.name as { vi: string }).vi = "x";
    }).toThrow(TypeError);
  });

  it("builds the same tree from the data each time (pure)", () => {
    const data = CLASSIFICATION_DATA[2]!;
    expect(buildClassificationTree(data)).toEqual(buildClassificationTree(data));
    expect(buildClassificationTree(data)).toEqual(classification("26/2026/QĐ-TTg"));
    expect(buildClassificationTree(data).nodes).toHaveLength(39);
  });

  it("rejects an unknown regulation", () => {
    for (const bad of ["490/QĐ-TTg", "781/QĐ-TTg", "26/2026", "", 26, null, undefined, {}]) {
      const error = catchError(() => classification(bad as ClassificationRegulation));
      expect(error.code).toBe("UNKNOWN_REGULATION");
      expect(error.path).toEqual(["regulation"]);
      expect(error.messages.vi).toContain("danh mục phân loại");
    }
  });
});

/** The Phụ lục I table of the official text, parsed: [code, printed name, printed ministries]. */
function officialAnnexI(): { code: string; name: string; ministries: string }[] {
  const text = readFileSync(new URL("../../data-sources/26-2026-QD-TTg.md", import.meta.url), "utf8");
  const lines = text.split("\n");
  const start = lines.indexOf("PHỤ LỤC I");
  const end = lines.indexOf("PHỤ LỤC II");
  return lines
    .slice(start, end)
    .filter((l) => /^\| (?:[IVX]+|\d+|[a-d]) \|/.test(l))
    .map((l) => {
      const [code = "", name = "", ministries = ""] = l
        .split("|")
        .slice(1, -1)
        .map((c) => c.trim());
      return { code, name, ministries };
    });
}

function officialSetTitles(): string[] {
  const text = readFileSync(new URL("../../data-sources/26-2026-QD-TTg.md", import.meta.url), "utf8");
  const lines = text.split("\n");
  const start = lines.indexOf("PHỤ LỤC II");
  return lines
    .slice(start, start + 40)
    .map((l) => /^\| (\d+) \| Bộ sản phẩm: (.+) \|$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => m[2]!);
}

describe("26/2026 data against the official text (data-sources)", () => {
  const rows = officialAnnexI();
  const nodes = classification("26/2026/QĐ-TTg").nodes;

  it("has one node per row of Phụ lục I, in order, with the printed code and name", () => {
    expect(rows).toHaveLength(nodes.length);
    rows.forEach((row, i) => {
      const node = nodes[i]!;
      expect(node.code).toBe(row.code);
      const printed = row.name.replace(/^(?:Nhóm|Phân nhóm): /, "");
      if (node.level === "product") expect(node.name.vi.toUpperCase()).toBe(printed);
      else expect(node.name.vi).toBe(printed);
    });
  });

  it("has the printed managing ministries on every leaf, and none on inner nodes", () => {
    rows.forEach((row, i) => {
      const node = nodes[i]!;
      expect(node.ministries.map((m) => m.vi).join("; ")).toBe(row.ministries);
      expect(node.ministries.length > 0).toBe(node.leaf);
    });
  });

  it("has the set titles of the Phụ lục II list, in set order", () => {
    const titles = officialSetTitles();
    expect(titles).toHaveLength(26);
    titles.forEach((title, i) => {
      expect(leafForSet("26/2026/QĐ-TTg", i + 1).setName?.vi).toBe(title);
    });
  });

  it("names two ministries where the annex does", () => {
    const two = nodes.filter((n) => n.ministries.length === 2).map((n) => n.id);
    expect(two).toEqual(["26/2026:I.3.b", "26/2026:I.3.d", "26/2026:III.3", "26/2026:IV.1", "26/2026:VI.1"]);
    expect(classificationNode("26/2026:VI.1").ministries.map((m) => m.en)).toEqual([
      "Ministry of Culture, Sports and Tourism",
      "Ministry of Agriculture and Environment",
    ]);
  });

  it("is declared as typed data", () => {
    expect(CLASSIFICATION_26_2026.products).toHaveLength(6);
  });
});

describe("classificationNode", () => {
  it("finds products, groups and subgroups", () => {
    expect(classificationNode("26/2026:I").level).toBe("product");
    expect(classificationNode("26/2026:I.1").level).toBe("group");
    expect(classificationNode("26/2026:I.1.a")).toMatchObject({
      level: "subgroup",
      name: { vi: "Rau, củ, quả, hạt tươi" },
      parent: "26/2026:I.1",
      set: 1,
    });
    expect(classificationNode("26/2026:I.6")).toMatchObject({ level: "group", leaf: true, set: 13 });
    expect(classificationNode("148:V.2").name.vi).toBe("Cây cảnh");
    expect(classificationNode("1048:III.3").name.vi).toBe("Trang thiết bị, dụng cụ y tế");
    expect(classificationNode("1048:I.3.e").set).toBe(9);
  });

  it("rejects junk with UNKNOWN_ID and a bilingual message", () => {
    const junk: unknown[] = [
      "",
      "26/2026",
      "26/2026:",
      "26/2026:I.9",
      "26/2026:i.1.a",
      " 26/2026:I",
      "148:V.4",
      "1048:V.2",
      "2026:I",
      "__proto__",
      "constructor",
      "toString",
      "hasOwnProperty",
      42,
      null,
      undefined,
      {},
      [],
      ["26/2026:I"],
      Symbol("x"),
      () => "26/2026:I",
      Number.NaN,
    ];
    for (const bad of junk) {
      const error = catchError(() => classificationNode(bad as string));
      expect(error.code).toBe("UNKNOWN_ID");
      expect(error.path).toEqual(["id"]);
      expect(error.value).toBe(bad);
      expect(error.messages.en).toContain("not a classification node id");
      expect(error.messages.vi).toContain("danh mục phân loại");
    }
  });

  it("has a typed id", () => {
    expectTypeOf(classificationNode("26/2026:I").id).toEqualTypeOf<ClassificationId>();
  });
});

describe("leafForSet / setForNode / setsUnder", () => {
  it("finds the leaf of every set and back", () => {
    for (const regulation of CLASSIFICATION_REGULATIONS) {
      for (let set = 1; set <= 26; set++) {
        const leaf = leafForSet(regulation, set);
        expect(leaf.regulation).toBe(regulation);
        expect(setForNode(leaf.id)).toBe(set);
        expect(setsUnder(leaf.id)).toEqual([set]);
      }
    }
  });

  it("knows known sets", () => {
    expect(leafForSet("26/2026/QĐ-TTg", 13).id).toBe("26/2026:I.6");
    expect(leafForSet("26/2026/QĐ-TTg", 26).id).toBe("26/2026:VI.1");
    expect(leafForSet("148/QĐ-TTg", 22).id).toBe("148:IV.2");
    expect(leafForSet("1048/QĐ-TTg", 21).name.vi).toBe("Trang thiết bị, dụng cụ y tế");
    expect(leafForSet("1048/QĐ-TTg", 25).id).toBe("1048:V.1");
  });

  it("gives null for inner nodes, and the sets under them", () => {
    expect(setForNode("26/2026:I.1")).toBeNull();
    expect(setForNode("26/2026:I")).toBeNull();
    expect(setsUnder("26/2026:I.3")).toEqual([5, 6, 7, 8]);
    expect(setsUnder("26/2026:I")).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(setsUnder("26/2026:V")).toEqual([23, 24, 25]);
    expect(setsUnder("1048:III")).toEqual([19, 20, 21, 22]);
  });

  it("rejects bad arguments", () => {
    expect(catchError(() => leafForSet("26/2026/QĐ-TTg", 0)).code).toBe("UNKNOWN_SET");
    expect(catchError(() => leafForSet("26/2026/QĐ-TTg", 27)).code).toBe("UNKNOWN_SET");
    expect(catchError(() => leafForSet("26/2026/QĐ-TTg", -1)).messages.vi).toContain(
      "không phải là bộ tiêu chí",
    );
    for (const bad of [1.5, Number.NaN, Number.POSITIVE_INFINITY, "1", null, undefined, {}]) {
      const error = catchError(() => leafForSet("26/2026/QĐ-TTg", bad as number));
      expect(error.code).toBe("INVALID_ARGUMENT");
      expect(error.path).toEqual(["setNumber"]);
    }
    expect(catchError(() => leafForSet("919/QĐ-TTg" as ClassificationRegulation, 1)).code).toBe(
      "UNKNOWN_REGULATION",
    );
    expect(catchError(() => setForNode("x")).code).toBe("UNKNOWN_ID");
    expect(catchError(() => setsUnder("__proto__")).code).toBe("UNKNOWN_ID");
  });
});

describe("classificationName (781/QĐ-TTg renaming)", () => {
  it("applies the 781 renaming only in the regime that includes it", () => {
    expect(classificationName("1048:VI.1", "1048").vi).toBe("Dịch vụ du lịch - truyền thống - lễ hội");
    expect(classificationName("1048:VI.1", "1048+781")).toEqual({
      vi: "Dịch vụ du lịch cộng đồng và điểm du lịch",
      en: "Community tourism and tourist destination services",
    });
    expect(classificationNode("1048:VI.1").renames[0]?.by).toBe("781/QĐ-TTg");
  });

  it("leaves other nodes unchanged", () => {
    expect(classificationName("1048:I.1.a", "1048+781")).toEqual(classificationNode("1048:I.1.a").name);
    expect(classificationName("148:I.1", "148+1489")).toEqual(classificationNode("148:I.1").name);
    expect(classificationName("26/2026:I", "26/2026").vi).toBe("Sản phẩm thực phẩm");
  });

  it("rejects a regime of another decision or an unknown regime", () => {
    const error = catchError(() => classificationName("1048:VI.1", "148"));
    expect(error.code).toBe("INVALID_ARGUMENT");
    expect(error.path).toEqual(["regimeId"]);
    expect(error.messages.vi).toContain("1048:VI.1");
    expect(catchError(() => classificationName("1048:VI.1", "2019" as "1048")).code).toBe(
      "UNKNOWN_REGULATION",
    );
    expect(catchError(() => classificationName("nope", "1048")).code).toBe("UNKNOWN_ID");
  });
});
