/**
 * Expectations on the 26 criteria sets of Decision 148/QĐ-TTg (third-party transcription), and on the
 * strictness of their importer. Every value flagged in `scripts/criteria/corrections-148.ts` is asserted
 * here by set and criterion id.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CORRECTIONS_148 } from "../../scripts/criteria/corrections-148.js";
import {
  collectTexts148,
  discrepancies148,
  ImportError148,
  importCriteria148,
  slug148,
} from "../../scripts/criteria/import-148.js";
import translations from "../../scripts/criteria/translations-148.json" with { type: "json" };
import { CRITERIA_148, SET_148_07, SET_148_26 } from "../../src/criteria/148/index.js";
import type { CriteriaSet, Criterion } from "../../src/criteria/types.js";
import type { Bilingual } from "../../src/errors/ocop-error.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const source = readFileSync(join(root, "data-sources", "148-transcription.md"), "utf8");

/** The set names as transcribed (Decision 148/QĐ-TTg, criteria.md §2.2). */
const NAMES = [
  "Rau, củ, quả, hạt tươi",
  "Thịt, thủy sản, trứng, sữa tươi",
  "Gạo, ngũ cốc, hạt sơ chế khác",
  "Mật ong, mật khác và nông sản thực phẩm khác",
  "Đồ ăn nhanh",
  "Chế biến từ gạo, ngũ cốc",
  "Chế biến từ rau, củ, quả, hạt",
  "Chế biến từ thịt, thủy sản, trứng, sữa, các sản phẩm từ mật ong",
  "Tương, nước mắm, gia vị dạng lỏng khác",
  "Gia vị khác (muối, hành, tỏi, tiêu,...)",
  "Chè tươi, chè chế biến",
  "Sản phẩm trà từ thực vật khác",
  "Sản phẩm cà phê, ca cao",
  "Rượu trắng",
  "Đồ uống có cồn khác",
  "Nước khoáng thiên nhiên, nước uống tinh khiết đóng chai",
  "Đồ uống không cồn khác",
  "Thực phẩm chức năng, thuốc dược liệu, thuốc y học cổ truyền",
  "Mỹ phẩm có thành phần từ Thảo dược",
  "Tinh dầu và thảo dược khác",
  "Thủ công mỹ nghệ gia dụng, trang trí",
  "Vải, may mặc",
  "Hoa",
  "Cây cảnh",
  "Động vật cảnh",
  "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
];

/** The sets the library marks `unconfirmed` (values that do not add up, no clear reading). */
const UNCONFIRMED = [7, 11, 12, 13];

function set(number: number): CriteriaSet {
  const found = CRITERIA_148[number - 1];
  if (found?.number !== number) throw new Error(`set ${number} not at index ${number - 1}`);
  return found;
}

function criterion(number: number, id: string): Criterion {
  const found = set(number).criteria.find((c) => c.id === id);
  if (!found) throw new Error(`set ${number} has no criterion ${id}`);
  return found;
}

/** The block of the transcription for one set. */
function block(number: number): string {
  const start = source.indexOf(`#### Set ${number}: `);
  const end = number === 26 ? source.length : source.indexOf(`#### Set ${number + 1}: `);
  return source.slice(start, end);
}

/** Every Bilingual of a set, with where it sits. */
function bilinguals(s: CriteriaSet): [string, Bilingual][] {
  const out: [string, Bilingual][] = [
    ["name", s.name],
    ["product", s.classification.product],
    ["group", s.classification.group],
  ];
  if (s.classification.subgroup) out.push(["subgroup", s.classification.subgroup]);
  for (const [i, r] of s.rejection.entries()) out.push([`rejection ${i}`, r]);
  for (const [i, n] of (s.notes ?? []).entries()) out.push([`note ${i}`, n]);
  for (const p of s.parts) {
    out.push([`part ${p.id}`, p.name]);
    for (const sec of p.sections) {
      out.push([`section ${sec.id}`, sec.name]);
      for (const sub of sec.subsections ?? []) out.push([`subsection ${sub.id}`, sub.name]);
    }
  }
  for (const c of s.criteria) {
    out.push([`${c.id} name`, c.name]);
    if (c.requirement) out.push([`${c.id} requirement`, c.requirement]);
    for (const [i, n] of (c.notes ?? []).entries()) out.push([`${c.id} note ${i}`, n]);
    if (c.defect) out.push([`${c.id} defect`, c.defect.reading]);
    c.options.forEach((o, i) => {
      out.push([`${c.id} #${i + 1}`, o.text]);
      if (o.defect) out.push([`${c.id} #${i + 1} defect`, o.defect.reading]);
    });
  }
  return out;
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

describe("CRITERIA_148", () => {
  it("holds the 26 sets in annex order, as the importer produces them", () => {
    expect(CRITERIA_148).toHaveLength(26);
    expect(CRITERIA_148.map((s) => s.number)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
    expect(CRITERIA_148.map((s) => s.name.vi)).toEqual(NAMES);
    expect(CRITERIA_148).toEqual(importCriteria148(source));
  });

  it("names every set for Decision 148 and cites the transcription", () => {
    for (const s of CRITERIA_148) {
      expect(s.regulation).toBe("148/QĐ-TTg");
      expect(s.source).toBe(
        `Decision 148/QĐ-TTg, criteria set ${s.number} (third-party transcription: GitHub augustine-tran/ocop, db/ocop, March 2024)`,
      );
      expect(s.rejection).toEqual([]);
      expect(s.notes?.[0]?.vi).toContain("Hồ sơ bị loại khi");
    }
  });

  it("has parts A 40, B 25, C 35 and a total of 100 in every set", () => {
    for (const s of CRITERIA_148) {
      expect(s.parts.map((p) => [p.id, p.max])).toEqual([
        ["A", 40],
        ["B", 25],
        ["C", 35],
      ]);
      expect(s.max).toBe(100);
    }
  });

  it("marks exactly sets 7, 11, 12 and 13 unconfirmed, each with a note", () => {
    expect(CRITERIA_148.filter((s) => s.status === "unconfirmed").map((s) => s.number)).toEqual(UNCONFIRMED);
    for (const s of CRITERIA_148) {
      if (!UNCONFIRMED.includes(s.number)) expect(s.status).toBe("transcription");
    }
  });

  it("adds up exactly wherever the transcription's arithmetic check says so", () => {
    const addsUp = Array.from({ length: 26 }, (_, i) => i + 1).filter((n) =>
      /Arithmetic check of this transcription: part, section and criterion maxima add up \(A 40, B 25, C 35\)\./.test(
        block(n),
      ),
    );
    expect(addsUp).toEqual([1, 2, 3, 4, 5, 6, 8, 9, 10, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25]);
    for (const n of addsUp) {
      const s = set(n);
      expect(discrepancies148(s), `set ${n}`).toEqual([]);
      for (const c of s.criteria)
        expect(Math.max(...c.options.map((o) => o.points)), `set ${n} ${c.id}`).toBe(c.max);
      for (const p of s.parts) {
        expect(sum(p.sections.map((sec) => sec.max)), `set ${n} part ${p.id}`).toBe(p.max);
        for (const sec of p.sections) {
          expect(
            sum(s.criteria.filter((c) => c.section === sec.id).map((c) => c.max)),
            `set ${n} ${sec.id}`,
          ).toBe(sec.max);
        }
      }
    }
  });

  it("uses the ids an evaluator sees: section, letter, third-level number; unique per set", () => {
    for (const s of CRITERIA_148) {
      const ids = s.criteria.map((c) => c.id);
      expect(new Set(ids).size, `set ${s.number}`).toBe(ids.length);
      const sections = s.parts.flatMap((p) => p.sections);
      for (const c of s.criteria) {
        expect(c.id).toMatch(/^\d+(\.[a-zđ](\.\d+)?)?$/);
        expect(c.id === c.section || c.id.startsWith(`${c.section}.`)).toBe(true);
        const section = sections.find((sec) => sec.id === c.section);
        expect(section?.part).toBe(c.part);
        if (c.parent !== undefined) {
          expect(c.id.startsWith(`${c.parent}.`)).toBe(true);
          expect(section?.subsections?.some((sub) => sub.id === c.parent)).toBe(true);
        } else {
          expect(c.id.split(".").length).toBeLessThanOrEqual(2);
        }
      }
    }
    expect(criterion(1, "1.đ").name.vi).toBe("Bảo vệ môi trường trong quá trình sản xuất");
    expect(criterion(1, "7.a").section).toBe("7");
    expect(criterion(2, "7").name.vi).toBe(
      "TÍNH ĐỘC ĐÁO (Chất lượng: Có nét riêng, khác biệt, có dấu hiệu nhận biết rõ ràng so với sản phẩm khác, tiềm năng thành thương hiệu của địa phương)",
    );
  });

  it("gives options whole points within the criterion's maximum", () => {
    for (const s of CRITERIA_148) {
      for (const c of s.criteria) {
        expect(c.options.length, `set ${s.number} ${c.id}`).toBeGreaterThanOrEqual(2);
        for (const o of c.options) {
          expect(Number.isInteger(o.points)).toBe(true);
          expect(o.points).toBeGreaterThanOrEqual(0);
          expect(o.points).toBeLessThanOrEqual(c.max);
        }
      }
    }
  });

  it("uses markers 3, 4 and 5 only, one per ★ of the transcription", () => {
    for (const s of CRITERIA_148) {
      const markers = s.criteria.flatMap((c) =>
        c.options.flatMap((o) => (o.minimumStars ? [o.minimumStars] : [])),
      );
      for (const m of markers) expect([3, 4, 5]).toContain(m);
      const transcribed = (block(s.number).match(/\| [345]★ \|/g) ?? []).map((m) => Number(m[2]));
      expect([...markers].sort(), `set ${s.number}`).toEqual([...transcribed].sort());
    }
    expect(
      set(1)
        .criteria.flatMap((c) => c.options)
        .filter((o) => o.minimumStars === 3),
    ).toHaveLength(3);
  });

  it("has English for every Vietnamese text, and no stray star marker in a text", () => {
    for (const s of CRITERIA_148) {
      for (const [where, text] of bilinguals(s)) {
        expect(text.vi.trim(), `set ${s.number} ${where}`).not.toBe("");
        expect(text.en.trim(), `set ${s.number} ${where}`).not.toBe("");
        expect(text.vi, `set ${s.number} ${where}`).not.toMatch(/□|\*{3}(?!\*)(?<!\*{4})|^\s|\s$/);
      }
      for (const c of s.criteria) for (const o of c.options) expect(o.text.vi).not.toContain("*");
    }
  });

  it("classifies each set by product, group and subgroup (Decision 148 names)", () => {
    const products = CRITERIA_148.map((s) => s.classification.product.vi);
    expect(products.filter((p) => p === "Thực phẩm")).toHaveLength(13);
    expect(products.slice(13, 17)).toEqual(Array(4).fill("Đồ uống"));
    expect(products.slice(17, 20)).toEqual(Array(3).fill("Dược liệu và sản phẩm từ dược liệu"));
    expect(products.slice(20, 22)).toEqual(Array(2).fill("Hàng thủ công mỹ nghệ"));
    expect(products.slice(22, 25)).toEqual(Array(3).fill("Sinh vật cảnh"));
    expect(products[25]).toBe("Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch");
    expect(set(1).classification.group.vi).toBe("Thực phẩm tươi sống");
    expect(set(1).classification.subgroup?.vi).toBe("Rau, củ, quả, hạt tươi");
    expect(set(13).classification).toMatchObject({ group: { vi: "Cà phê, ca cao" }, subgroup: null });
    for (const n of [18, 19, 20, 21, 22, 23, 24, 25, 26]) {
      expect(set(n).classification.subgroup).toBeNull();
      expect(set(n).classification.group.vi).toBe(NAMES[n - 1]);
    }
  });
});

describe("CRITERIA_148: flagged values", () => {
  it("set 7: criterion 6.d (Mùi) max 4 with a best option of 3 → unconfirmed", () => {
    const c = criterion(7, "6.d");
    expect(c.name.vi).toBe("Mùi");
    expect(c.max).toBe(4);
    expect(c.options.map((o) => o.points)).toEqual([1, 2, 3]);
    expect(c.defect).toBeUndefined();
    expect(SET_148_07.status).toBe("unconfirmed");
    expect(discrepancies148(SET_148_07)).toEqual(["criterion 6.d: max 4, best option 3"]);
    expect(SET_148_07.notes?.[1]?.en).toContain("6.d");
    expect(SET_148_07.parts[2]?.sections.map((s) => s.max)).toEqual([16, 5, 4, 5, 2, 3]);
  });

  it("set 11: Part C sections add up to 32, not 35 → unconfirmed; section 6 has three levels", () => {
    const s = set(11);
    expect(s.status).toBe("unconfirmed");
    expect(s.parts[2]?.sections.map((sec) => sec.max)).toEqual([13, 5, 4, 5, 2, 3]);
    expect(discrepancies148(s)).toEqual(["part C: max 35, sections add up to 32"]);
    expect(s.parts[2]?.sections[0]?.subsections).toEqual([
      { id: "6.a", name: { vi: "Ngoại hình", en: "Appearance" }, max: 4 },
      { id: "6.b", name: { vi: "Nước pha", en: "The infusion" }, max: 9 },
    ]);
    expect(
      s.criteria.filter((c) => c.section === "6").map((c) => [c.id, c.parent, c.max, c.name.vi]),
    ).toEqual([
      ["6.a.1", "6.a", 2, "Tạp chất"],
      ["6.a.2", "6.a", 2, "Hình dạng, màu sắc cánh chè"],
      ["6.b.1", "6.b", 3, "Màu nước"],
      ["6.b.2", "6.b", 3, "Mùi nước"],
      ["6.b.3", "6.b", 3, "Vị nước"],
    ]);
  });

  it("set 12: Part C sections add up to 32, not 35 → unconfirmed", () => {
    expect(set(12).status).toBe("unconfirmed");
    expect(set(12).parts[2]?.sections.map((sec) => sec.max)).toEqual([13, 5, 4, 5, 2, 3]);
    expect(discrepancies148(set(12))).toEqual(["part C: max 35, sections add up to 32"]);
  });

  it("set 13: Part C sections add up to 33, not 35 → unconfirmed; section 6 headings get the sum of their lines", () => {
    const s = set(13);
    expect(s.status).toBe("unconfirmed");
    expect(s.parts[2]?.sections.map((sec) => sec.max)).toEqual([14, 5, 4, 5, 2, 3]);
    expect(discrepancies148(s)).toEqual(["part C: max 35, sections add up to 33"]);
    expect(s.parts[2]?.sections[0]?.subsections?.map((sub) => [sub.id, sub.name.vi, sub.max])).toEqual([
      ["6.a", "Ngoại hình", 10],
      ["6.b", "Nước pha", 4],
    ]);
    expect(s.criteria.filter((c) => c.section === "6").map((c) => [c.id, c.name.vi])).toEqual([
      ["6.a.1", "Tạp chất lạ"],
      ["6.a.2", "Trạng thái/hình dạng"],
      ["6.a.3", "Màu sắc"],
      ["6.a.4", "Mùi"],
      ["6.a.5", "Vị"],
      ["6.b.1", "Màu nước"],
      ["6.b.2", "Mùi, vị"],
    ]);
  });

  it("set 17: option 2 of 1.d transcribed 'l' is read as 1", () => {
    const o = criterion(17, "1.d").options[1];
    expect(o?.points).toBe(1);
    expect(o?.defect?.printed).toBe("l");
    expect(o?.text.vi).toBe(
      "Có hợp đồng liên kết sản xuất từ 50% đến dưới 75% sản lượng nguyên liệu đầu vào cho chế biến",
    );
  });

  it("set 18: option 2 of 1.b transcribed 't' is read as 1", () => {
    const o = criterion(18, "1.b").options[1];
    expect(o?.points).toBe(1);
    expect(o?.defect?.printed).toBe("t");
    expect(o?.text.vi).toBe("Chế biến đơn giản");
  });

  it("sets 18 and 19: the second 'c)' of section 3 (Sở hữu trí tuệ) becomes 3.e", () => {
    for (const n of [18, 19]) {
      expect(criterion(n, "3.c").name.vi).toBe("Sử dụng lao động địa phương");
      const ip = criterion(n, "3.e");
      expect(ip.name.vi).toBe("Sở hữu trí tuệ");
      expect(ip.defect?.printed).toBe("c) Sở hữu trí tuệ****");
      expect(ip.defect?.reading.en).toContain('"e" (id 3.e)');
    }
  });

  it("every set: the 4★ marker on the Sở hữu trí tuệ heading sits on its first option", () => {
    for (const s of CRITERIA_148) {
      const ip = criterion(s.number, "3.e");
      expect(ip.name.vi).toBe("Sở hữu trí tuệ");
      expect(ip.max).toBe(2);
      expect(ip.options.map((o) => [o.points, o.minimumStars])).toEqual([
        [1, 4],
        [2, undefined],
      ]);
      expect(ip.defect?.printed).toMatch(/^[ce]\) Sở hữu trí tuệ\*\*\*\*$/);
      expect(ip.defect?.reading.en).toContain("4-star marker");
    }
  });

  it("set 26: sections 8, 9 and 15 ('choose one of two cases') are one criterion each", () => {
    const expected: [string, number, number[]][] = [
      ["8", 3, [1, 2, 3, 1, 2, 3]],
      ["9", 2, [1, 2, 1, 2]],
      ["15", 3, [1, 3, 1, 3]],
    ];
    for (const [id, max, points] of expected) {
      const c = criterion(26, id);
      expect(c.section).toBe(id);
      expect(c.max).toBe(max);
      expect(c.options.map((o) => o.points)).toEqual(points);
      expect(c.notes?.map((n) => n.vi)).toEqual([
        "Lựa chọn một trong hai trường hợp sau:",
        "a. Trường hợp 1: Cộng đồng dịch vụ du lịch",
        "b. Trường hợp 2: Điểm dịch vụ du lịch",
      ]);
    }
    expect(SET_148_26.status).toBe("transcription");
    expect(discrepancies148(SET_148_26)).toEqual([]);
    expect(SET_148_26.notes?.[1]?.en).toContain("Sections 8, 9 and 15");
  });

  it("sets 21 and 22: the note inside option 3 of 6.b is a criterion note", () => {
    for (const n of [21, 22]) {
      const c = criterion(n, "6.b");
      expect(c.options[2]?.text.vi).toBe("Phong cách độc đáo riêng, thể hiện trí tuệ địa phương");
      expect(c.options[2]?.minimumStars).toBe(5);
      expect(c.notes?.map((x) => x.vi)).toContain("Nếu sản phẩm vi phạm sở hữu trí tuệ, sẽ bị loại bỏ");
    }
  });

  it("keeps requirements, notes and 'Bị loại nếu' conditions of criteria", () => {
    expect(criterion(1, "1.a").requirement?.vi).toBe("100% sản phẩm được trồng trên địa bàn cấp tỉnh");
    expect(criterion(1, "5.c").notes?.map((n) => n.vi)).toEqual(["Chỉ áp dụng khi có câu chuyện"]);
    expect(criterion(1, "5.b").notes?.map((n) => n.vi)).toEqual([
      "Chỉ áp dụng khi có câu chuyện, đánh giá nội dung câu chuyện:",
    ]);
    expect(criterion(5, "1.a").notes?.map((n) => n.vi)).toEqual([
      "Bị loại nếu sử dụng toàn bộ nguyên liệu nhập khẩu hoặc không rõ nguồn gốc",
    ]);
    expect(criterion(1, "10.a").notes?.[0]?.en).toContain("food-safety eligibility certificate");
  });
});

describe("importCriteria148: strictness", () => {
  it("lists every Vietnamese text without English", () => {
    const missing = collectTexts148(source);
    expect(missing.length).toBe(Object.keys(translations).length);
    const partial = Object.fromEntries(
      Object.entries(translations).filter(([vi]) => vi !== "Hoa" && vi !== "Kế toán"),
    );
    expect(() => importCriteria148(source, { translations: partial })).toThrow(
      /missing English for 2 texts[\s\S]*Kế toán/,
    );
    expect(() => importCriteria148(source, { translations: partial })).toThrow(ImportError148);
  });

  it("fails on a value that does not add up and is not acknowledged", () => {
    const without7 = CORRECTIONS_148.filter((c) => !(c.kind === "unconfirmed" && c.set === 7));
    expect(() => importCriteria148(source, { corrections: without7 })).toThrow(
      "set 7: values that do not add up: criterion 6.d: max 4, best option 3",
    );
  });

  it("fails on an unreadable points cell or a heading marker that no entry covers", () => {
    const noPoints = CORRECTIONS_148.filter((c) => c.kind !== "points");
    expect(() => importCriteria148(source, { corrections: noPoints })).toThrow(
      /set 17: unreadable points of 1\.d #2/,
    );
    const noMarker = CORRECTIONS_148.filter((c) => !(c.kind === "heading-marker" && c.set === 1));
    expect(() => importCriteria148(source, { corrections: noMarker })).toThrow(
      /set 1: marker on heading 3\.e/,
    );
  });

  it("fails on stale entries", () => {
    const stale = [
      ...CORRECTIONS_148,
      { kind: "set-note", set: 2, printed: "no such text", note: { vi: "x", en: "x" } },
    ];
    expect(() => importCriteria148(source, { corrections: stale as typeof CORRECTIONS_148 })).toThrow(
      /stale note/,
    );
    const staleUnconfirmed = CORRECTIONS_148.map((c) =>
      c.kind === "unconfirmed" && c.set === 12
        ? { ...c, explains: [...c.explains, "part A: max 40, not 41"] }
        : c,
    );
    expect(() => importCriteria148(source, { corrections: staleUnconfirmed })).toThrow(
      /set 12: stale "unconfirmed"/,
    );
    const staleLetter = CORRECTIONS_148.map((c) =>
      c.kind === "letter" && c.set === 18 ? { ...c, printed: "c) X" } : c,
    );
    expect(() => importCriteria148(source, { corrections: staleLetter })).toThrow(/set 18/);
  });

  it("fails on a source that is not the transcription", () => {
    expect(() => importCriteria148("# nothing here\n")).toThrow(/expected 26 sets, found 0/);
  });

  it("makes ASCII slugs of Vietnamese names", () => {
    expect(slug148("Gia vị khác (muối, hành, tỏi, tiêu,...)")).toBe("gia-vi-khac-muoi-hanh-toi-tieu");
    expect(slug148("Động vật cảnh")).toBe("dong-vat-canh");
  });
});
