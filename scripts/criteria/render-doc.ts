/**
 * Renders the criteria sets of one regulation as a Markdown document (`docs/criteria/<file>.md`): for each set
 * its classification, the conditions that reject a dossier, its notes, then one table of parts, sections,
 * criteria and options with their points, minimum star markers and defect flags.
 *
 * Pure: the test `test/criteria/docs.test.ts` compares the committed documents with the rendering and rewrites
 * them when `UPDATE_DOCS=1`.
 *
 * @module
 */
import type { CriteriaSet, PrintedDefect } from "../../src/criteria/types.js";
import type { CriteriaRegulationNumber } from "../../src/regulations/types.js";

/** The command that regenerates the documents. */
export const REGENERATE_DOCS_COMMAND = "UPDATE_DOCS=1 npx vitest run test/criteria/docs.test.ts";

/**
 * The file name of a regulation's document: `26-2026-QD-TTg.md`, `148-QD-TTg.md`, `1048-QD-TTg.md`.
 *
 * @example
 * ```ts
 * criteriaDocFileName("26/2026/QĐ-TTg"); // "26-2026-QD-TTg.md"
 * ```
 */
export function criteriaDocFileName(regulation: CriteriaRegulationNumber): string {
  return `${regulation.replace(/\//g, "-").replace("Đ", "D")}.md`;
}

/** Text for a table cell: pipes escaped, white space collapsed. */
function cell(text: string): string {
  return text.replace(/\s+/g, " ").trim().replace(/\|/g, "\\|");
}

function defectCell(defect: PrintedDefect | undefined, applied: string): string {
  if (defect === undefined) return "";
  const printed = defect.printed === "" ? "nothing" : `"${defect.printed}"`;
  return cell(`⚠ printed ${printed}, read ${applied}: ${defect.reading.en}`);
}

const STATUS_TEXT: Readonly<Record<CriteriaSet["status"], string>> = {
  official: "official (transcribed from the official text)",
  transcription: "transcription (from a third-party transcription, not checked against the gazette)",
  unconfirmed: "unconfirmed (could not be confirmed: not to be trusted for a result)",
};

function intro(regulation: CriteriaRegulationNumber, sets: readonly CriteriaSet[]): string[] {
  const statuses = [...new Set(sets.map((s) => s.status))].map((s) => `\`${s}\``).join(", ");
  const sorted = sets.map((s) => s.number).sort((a, b) => a - b);
  const contiguous = sorted.length > 2 && sorted.every((n, i) => i === 0 || n === sorted[i - 1]! + 1);
  const numbers = contiguous ? `${sorted[0]}–${sorted.at(-1)}` : sorted.join(", ");
  return [
    `# Criteria sets of Decision ${regulation}`,
    "",
    `The criteria sets (bộ tiêu chí đánh giá sản phẩm OCOP, which are also the evaluators' scoring sheets) of`,
    `Decision ${regulation} as the library holds them: ${sets.length} set(s) (${numbers}); status ${statuses}.`,
    "For each set: its classification, the conditions that reject a dossier (“Hồ sơ bị loại khi”), the notes",
    "on the data, then one table with the parts, sections, criteria and options, the points of each option, the",
    "minimum star marker of the option (`***` = 3★, `****` = 4★, `*****` = 5★: the minimum a product of that",
    "star level must reach on the criterion), and the defects of the printed text with the reading applied.",
    "",
    "**This file is generated** from the data in `src/criteria/` by `scripts/criteria/render-doc.ts`; do not",
    `edit it by hand. Regenerate it with \`${REGENERATE_DOCS_COMMAND}\`; the test fails while it is stale.`,
    "The library's values are the applied ones; where the print differs, the Defect column quotes the print.",
    "",
  ];
}

function renderSet(set: CriteriaSet): string[] {
  const lines: string[] = [];
  const c = set.classification;
  lines.push(`## Set ${set.number}: ${set.name.vi}`, "");
  lines.push(`*${set.name.en}*`, "");
  const subgroup = c.subgroup === null ? "—" : `${c.subgroup.vi} (${c.subgroup.en})`;
  lines.push(`- Product: ${c.product.vi} (${c.product.en})`);
  lines.push(`- Group: ${c.group.vi} (${c.group.en})`);
  lines.push(`- Subgroup: ${subgroup}`);
  lines.push(`- Status: ${STATUS_TEXT[set.status]}`);
  lines.push(`- Source: ${set.source}`);
  lines.push(`- Maximum: ${set.max} points`, "");
  lines.push("**Hồ sơ bị loại khi** (the dossier is rejected when):", "");
  if (set.rejection.length === 0) lines.push("- *(no rejection condition printed)*");
  for (const r of set.rejection) lines.push(`- ${r.vi}`, `  - *${r.en}*`);
  lines.push("");
  if (set.notes !== undefined && set.notes.length > 0) {
    lines.push("**Notes on the data:**", "");
    for (const n of set.notes) lines.push(`- ${n.en}`);
    lines.push("");
  }
  lines.push("| Part | Section | Criterion | Name (vi) | Option (vi) | Points | Min. stars | Defect |");
  lines.push("|---|---|---|---|---|---|---|---|");
  for (const part of set.parts) {
    lines.push(
      `| **${part.id}** |  |  | **${cell(part.name.vi)}** |  | **${part.max}** |  | ${defectCell(part.defect, String(part.max))} |`,
    );
    for (const section of part.sections) {
      lines.push(
        `| ${part.id} | **${section.id}** |  | **${cell(section.name.vi)}** |  | **${section.max}** |  | ${defectCell(section.defect, String(section.max))} |`,
      );
      const criteria = set.criteria.filter((x) => x.section === section.id);
      const subsections = section.subsections ?? [];
      for (const criterion of criteria) {
        const sub = subsections.find((s) => s.id === criterion.parent);
        if (sub !== undefined && criteria.find((x) => x.parent === sub.id) === criterion) {
          lines.push(
            `| ${part.id} | ${section.id} | ${sub.id} | *${cell(sub.name.vi)}* |  | ${sub.max} |  |  |`,
          );
        }
        const name = criterion.id === section.id ? "*(scored as a whole)*" : cell(criterion.name.vi);
        lines.push(
          `| ${part.id} | ${section.id} | ${criterion.id} | ${name} |  | max ${criterion.max} |  | ${defectCell(criterion.defect, `max ${criterion.max}`)} |`,
        );
        if (criterion.requirement !== undefined) {
          lines.push(`|  |  | ${criterion.id} |  | *Yêu cầu: ${cell(criterion.requirement.vi)}* |  |  |  |`);
        }
        for (const note of criterion.notes ?? []) {
          lines.push(`|  |  | ${criterion.id} |  | *Ghi chú: ${cell(note.vi)}* |  |  |  |`);
        }
        for (const option of criterion.options) {
          const stars = option.minimumStars === undefined ? "" : `${option.minimumStars}★`;
          lines.push(
            `|  |  | ${criterion.id} |  | □ ${cell(option.text.vi)} | ${option.points} | ${stars} | ${defectCell(option.defect, String(option.points))} |`,
          );
        }
      }
    }
  }
  lines.push("");
  return lines;
}

/**
 * The Markdown document of a regulation's criteria sets.
 *
 * @param regulation - the regulation the sets belong to.
 * @param sets - its sets, in the order to print them.
 * @returns the document, ending with a newline.
 *
 * @example
 * ```ts
 * const markdown = renderCriteriaDoc("26/2026/QĐ-TTg", criteriaSets("26/2026/QĐ-TTg"));
 * markdown.startsWith("# Criteria sets of Decision 26/2026/QĐ-TTg"); // true
 * ```
 */
export function renderCriteriaDoc(
  regulation: CriteriaRegulationNumber,
  sets: readonly CriteriaSet[],
): string {
  const lines = intro(regulation, sets);
  lines.push("## Contents", "");
  for (const set of sets)
    lines.push(`- [Set ${set.number}: ${set.name.vi}](#set-${set.number}) — ${set.name.en}`);
  lines.push("");
  for (const set of sets) {
    lines.push(`<a id="set-${set.number}"></a>`, "");
    lines.push(...renderSet(set));
  }
  return `${lines.join("\n").replace(/\n+$/, "")}\n`;
}
