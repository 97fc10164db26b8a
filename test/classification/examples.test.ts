/** The @example of every public function of src/classification, run through the barrel. */
import { describe, expect, it } from "vitest";
import {
  CLASSIFICATION_26_2026,
  CLASSIFICATION_148,
  CLASSIFICATION_1048,
  CLASSIFICATION_LEVELS,
  CLASSIFICATION_MAPPINGS,
  CLASSIFICATION_REGULATIONS,
  classification,
  classificationName,
  classificationNode,
  foldVietnamese,
  leafForSet,
  MAPPING_148_TO_26_2026,
  MAPPING_1048_TO_148,
  mapClassification,
  searchClassification,
  setForNode,
  setsUnder,
} from "../../src/classification/index.js";

describe("TSDoc examples", () => {
  it("classification", () => {
    const tree = classification("26/2026/QĐ-TTg");
    expect(tree.products.length).toBe(6);
    expect(tree.nodes.filter((n) => n.leaf).length).toBe(26);
    expect(classification("148/QĐ-TTg").status).toBe("transcription");
  });

  it("classificationNode", () => {
    expect(classificationNode("26/2026:I.1.a").name.vi).toBe("Rau, củ, quả, hạt tươi");
    expect(classificationNode("26/2026:I.1.a").set).toBe(1);
    expect(classificationNode("26/2026:II.2.a").ministries[0]?.vi).toBe("Bộ Y tế");
  });

  it("leafForSet", () => {
    expect(leafForSet("26/2026/QĐ-TTg", 13).id).toBe("26/2026:I.6");
    expect(leafForSet("1048/QĐ-TTg", 21).name.vi).toBe("Trang thiết bị, dụng cụ y tế");
  });

  it("setForNode / setsUnder", () => {
    expect(setForNode("26/2026:V.1")).toBe(23);
    expect(setForNode("26/2026:I.1")).toBeNull();
    expect(setsUnder("26/2026:I.3")).toEqual([5, 6, 7, 8]);
    expect(setsUnder("26/2026:V")).toEqual([23, 24, 25]);
  });

  it("classificationName", () => {
    expect(classificationName("1048:VI.1", "1048").vi).toBe("Dịch vụ du lịch - truyền thống - lễ hội");
    expect(classificationName("1048:VI.1", "1048+781").vi).toBe("Dịch vụ du lịch cộng đồng và điểm du lịch");
  });

  it("foldVietnamese", () => {
    expect(foldVietnamese("Thực phẩm")).toBe("thuc pham");
    expect(foldVietnamese("Đồ uống có cồn")).toBe("do uong co con");
    expect(foldVietnamese("Rau, củ, quả")).toBe("rau cu qua");
  });

  it("searchClassification", () => {
    expect(searchClassification("thuc pham tuoi song")[0]?.node.id).toBe("26/2026:I.1");
    expect(searchClassification("DO UONG CO CON", { regulation: "148/QĐ-TTg" })[0]?.node.id).toBe("148:II.1");
    expect(searchClassification("hoa", { level: "group" }).map((m) => m.node.id)).toEqual([
      "26/2026:V.1",
      "148:V.1",
    ]);
  });

  it("mapClassification", () => {
    expect(mapClassification("148:I.1.a", "26/2026/QĐ-TTg").to.map((n) => n.id)).toEqual(["26/2026:I.1.a"]);
    expect(mapClassification("1048:I.2.b", "148/QĐ-TTg").kind).toBe("split");
    expect(mapClassification("1048:III.3", "26/2026/QĐ-TTg").kind).toBe("removed");
    expect(mapClassification("26/2026:V.1", "1048/QĐ-TTg").kind).toBe("added");
  });

  it("exports the data and constants", () => {
    expect(CLASSIFICATION_REGULATIONS).toEqual([
      CLASSIFICATION_1048.regulation,
      CLASSIFICATION_148.regulation,
      CLASSIFICATION_26_2026.regulation,
    ]);
    expect(CLASSIFICATION_LEVELS).toEqual(["product", "group", "subgroup"]);
    expect(CLASSIFICATION_MAPPINGS).toEqual([MAPPING_1048_TO_148, MAPPING_148_TO_26_2026]);
  });
});
