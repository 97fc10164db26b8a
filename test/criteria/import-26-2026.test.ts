/**
 * The importer of Decision 26/2026/QĐ-TTg, Phụ lục II, and the generated modules `src/criteria/26-2026/`.
 *
 * The generated files must be byte-identical to what the importer renders from the official text (the
 * renderer writes exactly what `biome format` writes, so formatting the files changes nothing). When they are
 * stale this test fails; regenerate them with
 * `UPDATE_CRITERIA=1 npx vitest run test/criteria/import-26-2026.test.ts`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CORRECTIONS_26_2026, type Correction2026 } from "../../scripts/criteria/corrections-26-2026.js";
import {
  asciiSlug,
  importCriteria2026,
  moduleFileName,
  renderModules,
  textsToTranslate,
} from "../../scripts/criteria/import-26-2026.js";
import TRANSLATIONS from "../../scripts/criteria/translations-26-2026.json" with { type: "json" };

const SOURCE = readFileSync(new URL("../../data-sources/26-2026-QD-TTg.md", import.meta.url), "utf8");
const OUT_DIR = new URL("../../src/criteria/26-2026/", import.meta.url);
const UPDATE = process.env["UPDATE_CRITERIA"] === "1";

const sets = importCriteria2026(SOURCE);
const files = renderModules(sets);

/** The error message of a call that must throw. */
function thrown(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected the call to throw");
}

describe("generated modules src/criteria/26-2026/", () => {
  if (UPDATE) {
    it("are rewritten (UPDATE_CRITERIA=1)", () => {
      mkdirSync(OUT_DIR, { recursive: true });
      for (const [name, text] of files) writeFileSync(new URL(name, OUT_DIR), text);
      expect(files.size).toBe(27);
    });
    return;
  }

  it("are exactly the 26 set modules and the index, and no other file", () => {
    expect(existsSync(OUT_DIR)).toBe(true);
    expect(readdirSync(OUT_DIR).sort()).toEqual([...files.keys()].sort());
    expect(files.size).toBe(27);
  });

  it.each([...files.keys()])("%s is up to date (else run UPDATE_CRITERIA=1)", (name) => {
    const committed = readFileSync(new URL(name, OUT_DIR), "utf8");
    expect(committed).toBe(files.get(name));
  });

  it("hold the same data as a fresh import", async () => {
    // Imported here, not at the top, so that UPDATE_CRITERIA=1 works even when the modules are broken.
    const { CRITERIA_26_2026 } = await import("../../src/criteria/26-2026/index.js");
    expect(CRITERIA_26_2026).toEqual(sets);
  });
});

describe("importCriteria2026", () => {
  it("reads 26 sets, numbered 1–26 in order, all official, citing their set", () => {
    expect(sets.map((s) => s.number)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
    for (const set of sets) {
      expect(set.regulation).toBe("26/2026/QĐ-TTg");
      expect(set.status).toBe("official");
      expect(set.max).toBe(100);
      expect(set.source).toBe(`Decision 26/2026/QĐ-TTg, Phụ lục II, bộ ${set.number}`);
    }
  });

  it("names the sets as the list at the start of Phụ lục II does", () => {
    expect(sets[0]!.name).toEqual({
      vi: "Rau, củ, quả, hạt tươi",
      en: "Fresh vegetables, tubers, fruit and nuts",
    });
    expect(sets[9]!.name.vi).toBe("Gia vị khác (muối, hành, tỏi, tiêu)");
    expect(sets[11]!.name.vi).toBe("Sản phẩm trà từ thực vật khác");
    expect(sets[20]!.name.vi).toBe("Thủ công mỹ nghệ");
    expect(sets[25]!.name.vi).toBe("Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch");
  });

  it("classifies each set by Phụ lục I (subgroup null where the group has none)", () => {
    expect(sets[0]!.classification).toEqual({
      product: { vi: "Sản phẩm thực phẩm", en: "Food products" },
      group: { vi: "Thực phẩm tươi sống", en: "Fresh food" },
      subgroup: { vi: "Rau, củ, quả, hạt tươi", en: "Fresh vegetables, tubers, fruit and nuts" },
    });
    // Sets 7 and 8: the sheet says "Nông sản chế biến", Phụ lục I "Thực phẩm chế biến".
    expect(sets[6]!.classification.group.vi).toBe("Thực phẩm chế biến");
    expect(sets[7]!.classification.group.vi).toBe("Thực phẩm chế biến");
    // Group 6 (coffee, cocoa) and the groups of products III–VI have no subgroups.
    expect(sets[12]!.classification.subgroup).toBeNull();
    for (const n of [18, 19, 20, 21, 22, 23, 24, 25, 26])
      expect(sets[n - 1]!.classification.subgroup).toBeNull();
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16, 17]) {
      expect(sets[n - 1]!.classification.subgroup).not.toBeNull();
    }
    expect(sets[17]!.classification.product.vi).toBe("Sản phẩm dược liệu và sản phẩm từ dược liệu");
    expect(sets[25]!.classification.group.vi).toBe(
      "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
    );
  });

  it("keeps one rejection line per set, deduplicating set 1, and none for set 26", () => {
    for (const set of sets.slice(0, 25)) expect(set.rejection).toHaveLength(1);
    expect(sets[25]!.rejection).toEqual([]);
    expect(sets[0]!.notes?.some((n) => n.en.includes("printed twice"))).toBe(true);
    expect(sets[18]!.rejection[0]!.vi).toMatch(/^Giả mạo hồ sơ hoặc không có đủ điều kiện bắt buộc/);
  });

  it("reads star markers, including the spaced one of set 3 and those before an inline note", () => {
    const option = (set: number, criterion: string, index: number) =>
      sets[set - 1]!.criteria.find((c) => c.id === criterion)!.options[index - 1]!;
    expect(option(1, "1.3", 3).minimumStars).toBe(5);
    expect(option(1, "2.2", 3).minimumStars).toBe(3);
    expect(option(1, "1.5", 3).minimumStars).toBe(4);
    expect(option(3, "5.1", 5)).toMatchObject({ points: 5, minimumStars: 4 });
    expect(option(3, "5.1", 5).text.vi).not.toContain("*");
    expect(option(21, "6.2", 3)).toMatchObject({ points: 5, minimumStars: 5 });
    expect(sets[20]!.criteria.find((c) => c.id === "6.2")!.notes).toEqual([
      {
        vi: "Nếu sản phẩm vi phạm sở hữu trí tuệ, sẽ bị loại bỏ",
        en: "A product that infringes intellectual property is eliminated",
      },
    ]);
    for (const set of sets) {
      for (const c of set.criteria) for (const o of c.options) expect(o.text.vi).not.toMatch(/\*/);
    }
  });

  it("splits requirements printed in the criterion's cell and joins continuation lines to the name", () => {
    const c53 = sets[0]!.criteria.find((c) => c.id === "5.3")!;
    expect(c53.name.vi).toBe("Trí tuệ/bản sắc địa phương");
    expect(c53.requirement?.vi).toMatch(/^Nội dung câu chuyện sản phẩm OCOP phải thể hiện rõ/);
    // Set 2 prints the parenthesis of 1.4 on its own line; set 1 in the same cell.
    expect(sets[1]!.criteria.find((c) => c.id === "1.4")!.name.vi).toMatch(/\(Khả năng sản xuất đáp ứng/);
    expect(sets[0]!.criteria.find((c) => c.id === "1.1")!.requirement?.vi).toBe(
      "100% sản phẩm được trồng trên địa bàn cấp tỉnh",
    );
    const c7 = sets[20]!.criteria.find((c) => c.id === "7")!;
    expect(c7.name.vi).toBe("CÔNG BỐ CHẤT LƯỢNG SẢN PHẨM");
    expect(c7.notes?.[0]?.vi).toMatch(/^Áp dụng bắt buộc/);
  });

  it("reads third-level criteria of sets 11 and 13 with their subsection headings", () => {
    const tea = sets[10]!;
    expect(tea.criteria.filter((c) => c.section === "6").map((c) => c.id)).toEqual([
      "6.1.1",
      "6.1.2",
      "6.2.1",
      "6.2.2",
      "6.2.3",
    ]);
    expect(tea.parts[2]!.sections[0]!.subsections).toEqual([
      { id: "6.1", name: { vi: "Ngoại hình", en: "Appearance" }, max: 4 },
      { id: "6.2", name: { vi: "Nước pha", en: "Infusion" }, max: 11 },
    ]);
    expect(tea.criteria.find((c) => c.id === "6.2.3")).toMatchObject({ parent: "6.2", section: "6", max: 5 });
    const coffee = sets[12]!;
    expect(coffee.parts[2]!.sections[0]!.subsections?.map((s) => [s.id, s.max])).toEqual([
      ["6.1", 10],
      ["6.2", 5],
    ]);
    for (const set of sets) {
      if (set.number === 11 || set.number === 13) continue;
      expect(set.criteria.some((c) => c.parent !== undefined)).toBe(false);
    }
  });

  it("prefixes the options of set 26's two cases with the case, and notes the choice", () => {
    const c9 = sets[25]!.criteria.find((c) => c.id === "9")!;
    expect(c9.options.map((o) => o.points)).toEqual([1, 2, 1, 2]);
    expect(c9.options[0]!.text.vi).toMatch(
      /^a\. Trường hợp 1: Dịch vụ du lịch do cộng đồng cung cấp — Các cơ sở/,
    );
    expect(c9.options[2]!.text.en).toMatch(
      /^b\. Case 2: Tourism services provided by organisations or individuals — /,
    );
    expect(c9.notes?.[0]?.vi).toBe(
      "Lựa chọn một trong hai trường hợp sau: a. Trường hợp 1: Dịch vụ du lịch do cộng đồng cung cấp; b. Trường hợp 2: Dịch vụ du lịch do tổ chức, cá nhân cung cấp",
    );
    expect(
      sets[25]!.criteria.filter((c) => c.notes?.some((n) => n.vi.startsWith("Lựa chọn"))).map((c) => c.id),
    ).toEqual(["8", "9", "15"]);
  });

  it("supplies a yes/no pair of options, flagged, for the bilingual-label criterion printed without options", () => {
    for (const set of sets.slice(0, 22)) {
      const id = set.number >= 21 ? "2.3" : "2.4";
      const c = set.criteria.find((x) => x.id === id)!;
      expect(c.name.vi).toMatch(/^Ghi nhãn hàng hóa có sử dụng song ngữ/);
      expect(c.max).toBe(1);
      expect(c.defect?.printed).toBe("");
      expect(c.options.map((o) => [o.points, o.text.en, o.defect?.printed])).toEqual([
        [0, "Not met", ""],
        [1, "Met", ""],
      ]);
    }
  });

  it("has an English text for every Vietnamese text (no empty translation)", () => {
    for (const set of sets) {
      const json = JSON.stringify(set);
      expect(json).not.toMatch(/"en":""/);
    }
  });

  it("uses every entry of the translations dictionary, and no entry is empty", () => {
    const needed = new Set(textsToTranslate(SOURCE));
    const dictionary = TRANSLATIONS as Record<string, string>;
    expect(Object.keys(dictionary).filter((k) => !needed.has(k))).toEqual([]);
    expect(Object.entries(dictionary).filter(([, en]) => en.trim() === "")).toEqual([]);
  });
});

describe("importCriteria2026 fails loudly", () => {
  it("on a missing translation, listing it", () => {
    const translations = { ...(TRANSLATIONS as Record<string, string>) };
    delete translations["Rau, củ, quả, hạt tươi"];
    delete translations["Đồng đều"];
    const message = thrown(() => importCriteria2026(SOURCE, { translations }));
    expect(message).toMatch(/2 missing translation\(s\)/);
    expect(message).toContain('"Rau, củ, quả, hạt tươi"');
    expect(message).toContain('"Đồng đều"');
  });

  it("on a defect that no correction covers", () => {
    const corrections = CORRECTIONS_26_2026.filter(
      (c) => !(c.kind === "points" && c.set === 4 && c.printed === "13"),
    );
    const message = thrown(() => importCriteria2026(SOURCE, { corrections }));
    expect(message).toContain("set 4: criterion 7: best option 13, max 3");
  });

  it("on a stale correction that no longer matches the text", () => {
    const stale: Correction2026 = {
      kind: "points",
      set: 2,
      target: { kind: "option", criterion: "1.1", option: 1 },
      printed: "7",
      value: 1,
      reading: { vi: "x", en: "x" },
    };
    const message = thrown(() =>
      importCriteria2026(SOURCE, { corrections: [...CORRECTIONS_26_2026, stale] }),
    );
    expect(message).toContain("set 2: correction not used (stale?)");
  });

  it("on a set-note correction whose quoted text is gone", () => {
    const corrections = CORRECTIONS_26_2026.map((c) =>
      c.kind === "set-note" && c.set === 23 && c.printed.startsWith("□")
        ? { ...c, printed: "not in the text" }
        : c,
    );
    expect(thrown(() => importCriteria2026(SOURCE, { corrections }))).toContain(
      "set 23: correction not used",
    );
  });

  it("on a line it does not understand, a broken sum, or an uncovered duplicate", () => {
    const odd = SOURCE.replace(
      "| 1.7. Sử dụng công nghệ theo hướng bền vững trong sản xuất | 1 |",
      "| ??? | 1 |",
    );
    expect(thrown(() => importCriteria2026(odd))).toMatch(
      /set 1: unexpected row with points: \| \?\?\? \| 1 \|/,
    );
    const line = "| □ Có năng lực, quy mô sản xuất lớn | 3 |";
    const doubled = SOURCE.replace(line, `${line}\n${line}`);
    expect(thrown(() => importCriteria2026(doubled))).toMatch(/set 1: line printed twice/);
    const broken = SOURCE.replace("| 1. TỔ CHỨC SẢN XUẤT | 18 |", "| 1. TỔ CHỨC SẢN XUẤT | 19 |");
    expect(thrown(() => importCriteria2026(broken))).toContain(
      "set 1: section 1: criteria add up to 18, not 19",
    );
  });

  it("on a sheet heading whose group differs from Phụ lục I without a note", () => {
    const corrections = CORRECTIONS_26_2026.filter(
      (c) => !(c.kind === "set-note" && c.set === 7 && c.printed.startsWith("Nhóm:")),
    );
    expect(thrown(() => importCriteria2026(SOURCE, { corrections }))).toContain(
      'set 7: heading names group "Nông sản chế biến", Phụ lục I "Thực phẩm chế biến"',
    );
    const odd = SOURCE.replace("(Sản phẩm: Thực phẩm. Nhóm: Gia vị)", "(Sản phẩm: Đồ uống. Nhóm: Gia vị)");
    expect(thrown(() => importCriteria2026(odd))).toContain('set 9: heading names product "Đồ uống"');
  });

  it("on a text without the annexes", () => {
    expect(thrown(() => importCriteria2026("no annex here"))).toMatch(/cannot find PHỤ LỤC I, II and III/);
  });
});

describe("file names", () => {
  it("are the set number and an ASCII slug of the name, at most 60 characters", () => {
    expect(asciiSlug("Rau, củ, quả, hạt tươi")).toBe("rau-cu-qua-hat-tuoi");
    expect(asciiSlug("Đồ uống có cồn khác")).toBe("do-uong-co-con-khac");
    expect(moduleFileName(sets[0]!)).toBe("01-rau-cu-qua-hat-tuoi.ts");
    expect(moduleFileName(sets[7]!)).toBe(
      "08-che-bien-tu-thit-thuy-san-trung-sua-cac-san-pham-tu-mat-ong.ts",
    );
    for (const name of files.keys()) expect(name).toMatch(/^(\d\d-[a-z0-9-]{1,60}|index)\.ts$/);
  });
});
