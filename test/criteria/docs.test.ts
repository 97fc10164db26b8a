/**
 * The generated criteria documents `docs/criteria/<regulation>.md` must match the data. When they are stale
 * this test fails; regenerate them with `UPDATE_DOCS=1 npx vitest run test/criteria/docs.test.ts`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  criteriaDocFileName,
  REGENERATE_DOCS_COMMAND,
  renderCriteriaDoc,
} from "../../scripts/criteria/render-doc.js";
import { criteriaSet, criteriaSets } from "../../src/criteria/lookup.js";
import type { CriteriaRegulationNumber } from "../../src/regulations/types.js";

const DOCS = new URL("../../docs/criteria/", import.meta.url);
const UPDATE = process.env["UPDATE_DOCS"] === "1";
const REGULATIONS: readonly CriteriaRegulationNumber[] = ["26/2026/QĐ-TTg", "148/QĐ-TTg", "1048/QĐ-TTg"];
const WITH_DATA = REGULATIONS.filter((r) => criteriaSets(r).length > 0);

describe.each(WITH_DATA)("docs/criteria for %s", (regulation) => {
  const file = criteriaDocFileName(regulation);
  const rendered = renderCriteriaDoc(regulation, criteriaSets(regulation));

  if (UPDATE) {
    it(`rewrites ${file} (UPDATE_DOCS=1)`, () => {
      mkdirSync(DOCS, { recursive: true });
      writeFileSync(new URL(file, DOCS), rendered);
      expect(existsSync(new URL(file, DOCS))).toBe(true);
    });
    return;
  }

  it(`${file} is up to date (else run ${REGENERATE_DOCS_COMMAND})`, () => {
    expect(existsSync(new URL(file, DOCS)), `${file} exists`).toBe(true);
    expect(readFileSync(new URL(file, DOCS), "utf8")).toBe(rendered);
  });
});

describe("renderCriteriaDoc", () => {
  it("names the files after the regulation", () => {
    expect(criteriaDocFileName("26/2026/QĐ-TTg")).toBe("26-2026-QD-TTg.md");
    expect(criteriaDocFileName("148/QĐ-TTg")).toBe("148-QD-TTg.md");
    expect(criteriaDocFileName("1048/QĐ-TTg")).toBe("1048-QD-TTg.md");
  });

  const doc = renderCriteriaDoc("26/2026/QĐ-TTg", criteriaSets("26/2026/QĐ-TTg"));

  it("opens with an intro saying it is generated and how to regenerate it", () => {
    expect(doc.startsWith("# Criteria sets of Decision 26/2026/QĐ-TTg\n")).toBe(true);
    expect(doc).toContain("**This file is generated**");
    expect(doc).toContain(REGENERATE_DOCS_COMMAND);
  });

  it("prints, per set, the rejection conditions before the table", () => {
    const set1 = doc.slice(doc.indexOf("## Set 1:"), doc.indexOf("## Set 2:"));
    expect(set1.indexOf("**Hồ sơ bị loại khi**")).toBeLessThan(set1.indexOf("| Part | Section |"));
    expect(set1).toContain("- Giả mạo hồ sơ hoặc không tuân thủ đầy đủ");
    const set26 = doc.slice(doc.indexOf("## Set 26:"));
    expect(set26).toContain("*(no rejection condition printed)*");
  });

  it("prints options with their points, minimum stars and defect flags", () => {
    expect(doc).toContain("|  |  | 1.3 |  | □ Ứng dụng công nghệ tiên tiến trong sơ chế, bảo quản");
    expect(doc).toMatch(/\| 1\.3 \| {2}\| □ Ứng dụng công nghệ tiên tiến[^\n]*\| 3 \| 5★ \| {2}\|/);
    expect(doc).toMatch(/\| 7 \| {2}\| □ Có trên 2 chỉ tiêu \| 3 \| {2}\| ⚠ printed "13", read 3: /);
    expect(doc).toMatch(
      /\| \*\*A\*\* \| {2}\| {2}\| \*\*SẢN PHẨM VÀ SỨC MẠNH CỘNG ĐỒNG\*\* \| {2}\| \*\*40\*\* \| {2}\| ⚠ printed "\(35 Điểm\)", read 40/,
    );
    expect(doc).toMatch(
      /\| C \| \*\*9\*\* \| {2}\| \*\*HƯỚNG DẪN SỬ DỤNG[^\n]*\| \*\*4\*\* \| {2}\| ⚠ printed "4 1", read 4/,
    );
  });

  it("prints subsection headings of third-level criteria once, before their first criterion", () => {
    const set11 = doc.slice(doc.indexOf("## Set 11:"), doc.indexOf("## Set 12:"));
    expect(set11.match(/\| C \| 6 \| 6\.1 \| \*Ngoại hình\* \|/g)).toHaveLength(1);
    expect(set11.indexOf("| 6.1 | *Ngoại hình*")).toBeLessThan(set11.indexOf("| 6.1.1 | Tạp chất |"));
  });

  it("escapes pipes in table cells", () => {
    const set = criteriaSet("26/2026/QĐ-TTg", 1);
    const [first, ...rest] = set.criteria;
    const piped = { ...set, criteria: [{ ...first!, name: { vi: "a | b", en: "a | b" } }, ...rest] };
    expect(renderCriteriaDoc("26/2026/QĐ-TTg", [piped])).toContain("| 1.1 | a \\| b |");
  });
});
