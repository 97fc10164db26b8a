/**
 * Importer of the 26 criteria sets of Decision 26/2026/QĐ-TTg (Phụ lục II) from the official text.
 *
 * `importCriteria2026(sourceText)` reads the Markdown rendering of the decision (`data-sources/26-2026-QD-TTg.md`)
 * and returns the 26 sets as {@link CriteriaSet} data: Phụ lục I gives each set its classification, Phụ lục II its
 * sheet (parts, sections, criteria, options, points, `***`/`****`/`*****` markers, requirements, notes and the
 * conditions that reject a dossier). The defects of the published annex are read as listed in
 * `corrections-26-2026.ts`; the English comes from `translations-26-2026.json`. The importer is strict: a line it
 * does not understand, a sum that does not add up, a defect no correction covers, a correction that no longer
 * matches the text, or a missing translation makes it throw, listing every problem.
 *
 * `renderModules(sets)` renders the data modules `src/criteria/26-2026/NN-<slug>.ts` and their `index.ts`,
 * formatted exactly as `biome format` formats them (so the committed files are byte-identical to the rendering,
 * whether or not biome ran on them). The test `test/criteria/import-26-2026.test.ts` compares them with the
 * committed files and rewrites them when `UPDATE_CRITERIA=1`.
 *
 * Pure functions: no file system here (the test reads and writes the files).
 *
 * @module
 */
import type {
  CriteriaSet,
  Criterion,
  CriterionOption,
  MarkerLevel,
  Part,
  PartId,
  Section,
  SetClassification,
  Subsection,
} from "../../src/criteria/types.js";
import type { Bilingual } from "../../src/errors/ocop-error.js";
import {
  type BulletCorrection,
  CORRECTIONS_26_2026,
  type Correction2026,
  type CorrectionTarget,
  type MissingOptionsCorrection,
  type PointsCorrection,
} from "./corrections-26-2026.js";
import TRANSLATIONS from "./translations-26-2026.json" with { type: "json" };

/** The regulation these sets belong to. */
const REGULATION = "26/2026/QĐ-TTg" as const;

/** Official maxima of the parts (Decision 26/2026/QĐ-TTg, Article 3.1). */
const PART_MAXIMA: Readonly<Record<PartId, number>> = { A: 40, B: 25, C: 35 };

/** A Vietnamese text before translation. */
type Vi = string;

/** A defect as stored in the data. */
interface DraftDefect {
  printed: string;
  reading: Bilingual;
}

/** The texts of the two options the library supplies for a yes/no criterion printed without options. */
const NOT_MET: Vi = "Không đáp ứng";
const MET: Vi = "Đáp ứng";

interface DraftOption {
  points: number;
  minimumStars?: MarkerLevel;
  text: Vi;
  /** The case label of set 26 ("a. Trường hợp 1: ..."), if any. */
  caseLabel?: Vi;
  defect?: DraftDefect;
}

interface DraftCriterion {
  id: string;
  part: PartId;
  section: string;
  parent?: string;
  max: number;
  name: Vi;
  requirement?: Vi;
  notes: Vi[];
  options: DraftOption[];
  defect?: DraftDefect;
  /** Set 26: the "choose one of two cases" line and the case labels, composed into one note. */
  caseIntro?: Vi;
  caseLabels: Vi[];
}

interface DraftSubsection {
  id: string;
  name: Vi;
  max: number;
}

interface DraftSection {
  id: string;
  part: PartId;
  name: Vi;
  max: number;
  subsections: DraftSubsection[];
  defect?: DraftDefect;
}

interface DraftPart {
  id: PartId;
  name: Vi;
  max: number;
  sections: DraftSection[];
  defect?: DraftDefect;
}

interface Classification1 {
  product: Vi;
  group: Vi;
  subgroup: Vi | null;
}

interface DraftSet {
  number: number;
  name: Vi;
  classification: Classification1;
  rejection: Vi[];
  parts: DraftPart[];
  criteria: DraftCriterion[];
  total: number;
  notes: Bilingual[];
}

/** Collapses runs of white space and trims. */
function clean(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Vietnamese upper-case heading of Phụ lục I ("SẢN PHẨM THỰC PHẨM") in sentence case ("Sản phẩm thực phẩm"). */
function sentenceCase(text: string): string {
  const lower = text.toLocaleLowerCase("vi");
  return lower.charAt(0).toLocaleUpperCase("vi") + lower.slice(1);
}

/**
 * An ASCII slug of a Vietnamese name: "Rau, củ, quả, hạt tươi" → "rau-cu-qua-hat-tuoi".
 *
 * @example
 * ```ts
 * asciiSlug("Rau, củ, quả, hạt tươi"); // "rau-cu-qua-hat-tuoi"
 * ```
 */
export function asciiSlug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** The cells of a Markdown table row, or `null` for a line that is not one. */
function cells(line: string): string[] | null {
  const trimmed = line.trim();
  if (!trimmed.startsWith("|") || !trimmed.endsWith("|") || trimmed.length < 2) return null;
  return trimmed
    .slice(1, -1)
    .split("|")
    .map((cell) => cell.trim());
}

/** Splits a trailing star marker off an option text. */
function splitMarker(text: string): { text: string; marker?: MarkerLevel } {
  // Usually "***" right after the text; once spaced ("* * * *", set 3, criterion 5.1).
  const match = /^(.*?)\s*((?:\*\s*){3,})$/.exec(text);
  if (!match) return { text };
  const stars = match[2]!.replace(/\s/g, "").length;
  if (stars !== 3 && stars !== 4 && stars !== 5) throw new Error(`marker of ${stars} stars in "${text}"`);
  return { text: clean(match[1]!), marker: stars };
}

/** Reads Phụ lục I: the 26 leaves (subgroups, or groups without subgroups), in order. */
function parseAnnex1(lines: readonly string[], problems: string[]): Classification1[] {
  const leaves: Classification1[] = [];
  let product: string | null = null;
  let group: { name: string; hasSubgroups: boolean } | null = null;
  const closeGroup = (): void => {
    if (group && !group.hasSubgroups && product) leaves.push({ product, group: group.name, subgroup: null });
  };
  for (const line of lines) {
    const row = cells(line);
    if (!row || row.length < 2) continue;
    const [, label = ""] = row;
    const sector = /^SẢN PHẨM /.exec(label);
    const groupMatch = /^Nhóm:\s*(.+)$/.exec(label);
    const subgroupMatch = /^Phân nhóm:\s*(.+)$/.exec(label);
    if (sector && /^[IVX]+$/.test(row[0] ?? "")) {
      closeGroup();
      group = null;
      product = sentenceCase(clean(label));
    } else if (groupMatch) {
      closeGroup();
      group = { name: clean(groupMatch[1]!), hasSubgroups: false };
    } else if (subgroupMatch) {
      if (!group || !product) {
        problems.push(`Phụ lục I: subgroup outside a group: ${line}`);
        continue;
      }
      group.hasSubgroups = true;
      leaves.push({ product, group: group.name, subgroup: clean(subgroupMatch[1]!) });
    }
  }
  closeGroup();
  return leaves;
}

/** The corrections of one set, with a flag per entry to find the unused ones. */
class SetCorrections {
  readonly used = new Set<Correction2026>();
  constructor(readonly entries: readonly Correction2026[]) {}

  /** The points correction of `target` when its printed value is `printed`. */
  points(target: string, printed: string): PointsCorrection | undefined {
    for (const c of this.entries) {
      if (c.kind === "points" && describeTarget(c.target) === target && c.printed === printed) {
        this.used.add(c);
        return c;
      }
    }
    return undefined;
  }

  bullet(target: string, printed: string): BulletCorrection | undefined {
    for (const c of this.entries) {
      if (c.kind === "bullet" && describeTarget(c.target) === target && c.printed === printed) {
        this.used.add(c);
        return c;
      }
    }
    return undefined;
  }

  missingOptions(criterion: string): MissingOptionsCorrection | undefined {
    for (const c of this.entries) {
      if (c.kind === "missing-options" && c.criterion === criterion) {
        this.used.add(c);
        return c;
      }
    }
    return undefined;
  }

  duplicate(line: string): boolean {
    for (const c of this.entries) {
      if (c.kind === "duplicate-line" && line.startsWith(c.printed)) {
        this.used.add(c);
        return true;
      }
    }
    return false;
  }
}

function describeTarget(target: CorrectionTarget): string {
  switch (target.kind) {
    case "option":
      return `option ${target.criterion}#${target.option}`;
    case "criterion":
      return `criterion ${target.criterion}`;
    case "section":
      return `section ${target.section}`;
    case "part":
      return `part ${target.part}`;
  }
}

const PART_RE = /^Phần\s*([ABC])\b[:\s]*(.*)$/iu;
const LEVEL3_RE = /^(\d+)\.(\d+)\.(\d+)\.?\s+(.+)$/;
const LEVEL2_RE = /^(\d+)\.(\d+)\.?\s+(.+)$/;
const SECTION_RE = /^(\d+)\.?\s+(.+)$/;
const CASE_RE = /^[ab]\.\s+Trường hợp \d+:/;
const POINTS_IN_HEADING_RE = /\s*\((\d+)\s*[Đđ]iểm\)\s*$/;

/** Where the parser is in a sheet. */
interface ParseState {
  part: DraftPart | null;
  section: DraftSection | null;
  criterion: DraftCriterion | null;
  /** The heading (part, section or criterion) that a parenthetical continuation line extends. */
  lastHeading: { name: string } | null;
  caseLabel: string | undefined;
}

/** Parses one set's lines (from its title to the "TỔNG CỘNG" row). */
function parseSet(
  number: number,
  name: string,
  classification: Classification1,
  lines: readonly string[],
  corrections: SetCorrections,
  problems: string[],
): DraftSet {
  const where = (detail: string): string => `set ${number}: ${detail}`;
  const set: DraftSet = {
    number,
    name,
    classification,
    rejection: [],
    parts: [],
    criteria: [],
    total: Number.NaN,
    notes: [],
  };
  const block = lines.join("\n");
  const notes: Bilingual[] = [];
  for (const entry of corrections.entries) {
    if (entry.kind === "duplicate-line") notes.push(entry.note);
    if (entry.kind !== "set-note") continue;
    if (block.includes(entry.printed)) {
      corrections.used.add(entry);
      notes.push(entry.note);
    }
  }
  set.notes = notes;

  const st: ParseState = {
    part: null,
    section: null,
    criterion: null,
    lastHeading: null,
    caseLabel: undefined,
  };

  /** The value of a printed number: a correction for this place and print wins, else the number itself. */
  const readPoints = (printed: string, target: string): { value: number; defect?: DraftDefect } => {
    const correction = corrections.points(target, printed);
    if (correction) return { value: correction.value, defect: { printed, reading: correction.reading } };
    if (/^\d+$/.test(printed)) return { value: Number(printed) };
    problems.push(where(`${target}: points printed "${printed}" and no correction covers it`));
    return { value: 0 };
  };

  const startCriterion = (
    id: string,
    sectionId: string,
    text: string,
    printed: string,
    parent?: string,
  ): void => {
    if (!st.part || !st.section) {
      problems.push(where(`criterion ${id} outside a section`));
      return;
    }
    const inline = /^(.*?)\s+Yêu cầu:\s*(.+)$/.exec(text);
    const max = readPoints(printed, `criterion ${id}`);
    const created: DraftCriterion = {
      id,
      part: st.part.id,
      section: sectionId,
      max: max.value,
      name: clean(inline ? inline[1]! : text),
      notes: [],
      options: [],
      caseLabels: [],
    };
    if (max.defect) created.defect = max.defect;
    if (inline) created.requirement = clean(inline[2]!);
    if (parent !== undefined) created.parent = parent;
    st.criterion = created;
    set.criteria.push(created);
    st.lastHeading = created;
    st.caseLabel = undefined;
  };

  /**
   * The heading "(Sản phẩm: X. Nhóm: Y)" must agree with Phụ lục I (X within the product's name, Y the group),
   * or a set-note correction must quote the group it prints.
   */
  const checkHeader = (product: string, group: string | undefined): void => {
    const lower = (text: string): string => text.toLocaleLowerCase("vi");
    if (!lower(classification.product).includes(lower(clean(product)))) {
      problems.push(where(`heading names product "${product}", Phụ lục I "${classification.product}"`));
    }
    if (group === undefined || lower(clean(group)) === lower(classification.group)) return;
    const quoted = corrections.entries.some(
      (c) => c.kind === "set-note" && c.printed.includes(`Nhóm: ${group}`),
    );
    if (!quoted) problems.push(where(`heading names group "${group}", Phụ lục I "${classification.group}"`));
  };

  let inTable = false;
  let finished = false;
  let previousLine = "";
  for (const rawLine of lines.slice(1)) {
    const line = rawLine.trim();
    if (finished) break;
    if (line === "") continue;
    if (line === previousLine) {
      if (!corrections.duplicate(line)) {
        problems.push(where(`line printed twice and no correction covers it: ${line.slice(0, 60)}`));
      }
      continue;
    }
    previousLine = line;
    const row = cells(line);
    if (!inTable) {
      const header = /^\(Sản phẩm:\s*(.+?)(?:[.,]\s*Nhóm:\s*(.+?))?\)$/.exec(line);
      if (header) checkHeader(header[1]!, header[2]);
      const rejection = /^(?:Hồ sơ )?[Bb]ị loại khi:\s*(.+)$/.exec(line);
      if (rejection) set.rejection.push(clean(rejection[1]!));
      if (row && row[0] === "Các tiêu chí") inTable = true;
      continue;
    }
    if (!row) {
      problems.push(where(`unexpected line inside the table: ${line}`));
      continue;
    }
    const [first = "", second] = row;
    const printed = second ?? "";
    if (first === "TỔNG CỘNG") {
      set.total = /^\d+$/.test(printed) ? Number(printed) : Number.NaN;
      finished = true;
      continue;
    }
    const partMatch = PART_RE.exec(first);
    if (partMatch) {
      const id = partMatch[1]!.toUpperCase() as PartId;
      const heading = clean(partMatch[2]!);
      const max = readPoints(printed, `part ${id}`);
      const created: DraftPart = {
        id,
        name: clean(heading.replace(POINTS_IN_HEADING_RE, "")),
        max: max.value,
        sections: [],
      };
      if (max.defect) created.defect = max.defect;
      const inHeading = POINTS_IN_HEADING_RE.exec(heading);
      if (inHeading && Number(inHeading[1]) !== created.max) {
        const printedHeading = `(${inHeading[1]} Điểm)`;
        const correction = corrections.points(`part ${id}`, printedHeading);
        if (correction) {
          created.max = correction.value;
          created.defect = { printed: printedHeading, reading: correction.reading };
        } else {
          problems.push(where(`part ${id}: heading says ${printedHeading}, the points column ${printed}`));
        }
      }
      st.part = created;
      set.parts.push(created);
      st.section = null;
      st.criterion = null;
      st.lastHeading = created;
      continue;
    }
    const level3 = LEVEL3_RE.exec(first);
    if (level3) {
      const parentId = `${level3[1]}.${level3[2]}`;
      const id = `${parentId}.${level3[3]}`;
      const section = st.section;
      // The parent heading ("6.1. Ngoại hình") was read as a criterion: it becomes a subsection.
      const parentIndex = set.criteria.findIndex((c) => c.id === parentId);
      const parentCriterion = set.criteria[parentIndex];
      if (parentCriterion && section) {
        if (parentCriterion.options.length > 0 || parentCriterion.notes.length > 0) {
          problems.push(where(`heading ${parentId} has options and sub-criteria`));
        }
        set.criteria.splice(parentIndex, 1);
        section.subsections.push({ id: parentId, name: parentCriterion.name, max: parentCriterion.max });
      } else if (!section?.subsections.some((s) => s.id === parentId)) {
        problems.push(where(`criterion ${id} without its heading ${parentId}`));
      }
      startCriterion(id, level3[1]!, level3[4]!, printed, parentId);
      continue;
    }
    const level2 = LEVEL2_RE.exec(first);
    if (level2) {
      const id = `${level2[1]}.${level2[2]}`;
      const section = st.section;
      const current = st.criterion;
      if (section?.id !== level2[1]) problems.push(where(`criterion ${id} outside its section`));
      // The section was provisionally a criterion scored as a whole: it is not.
      if (section && current && current.id === section.id) {
        if (current.options.length > 0 || current.notes.length > 0 || current.requirement !== undefined) {
          problems.push(where(`section ${section.id} has content before criterion ${id}`));
        }
        set.criteria.pop();
      }
      startCriterion(id, level2[1]!, level2[3]!, printed);
      continue;
    }
    const sectionMatch = SECTION_RE.exec(first);
    if (sectionMatch) {
      const part = st.part;
      if (!part) {
        problems.push(where(`section outside a part: ${first}`));
        continue;
      }
      const id = sectionMatch[1]!;
      const max = readPoints(printed, `section ${id}`);
      // Set 21, section 7: the heading cell also says when the section applies ("Áp dụng bắt buộc ...").
      const scope = /^(.*?)\s+(Áp dụng bắt buộc .+)$/.exec(sectionMatch[2]!);
      const heading = scope ? scope[1]! : sectionMatch[2]!;
      const created: DraftSection = {
        id,
        part: part.id,
        name: clean(heading),
        max: max.value,
        subsections: [],
      };
      if (max.defect) created.defect = max.defect;
      st.section = created;
      part.sections.push(created);
      // Provisionally a criterion scored as a whole; dropped if sub-criteria follow.
      startCriterion(id, id, heading, printed);
      if (scope && st.criterion) st.criterion.notes.push(clean(scope[2]!));
      st.lastHeading = created;
      continue;
    }
    const option = /^(□|o)\s*(.*)$/u.exec(first);
    if (option) {
      const current = st.criterion;
      if (!current) {
        problems.push(where(`option outside a criterion: ${first}`));
        continue;
      }
      const target = `option ${current.id}#${current.options.length + 1}`;
      let body = option[2]!;
      const inlineNote = /^(.*?)\s+Ghi chú:\s*(.+)$/.exec(body);
      if (inlineNote) body = inlineNote[1]!;
      const { text, marker } = splitMarker(body);
      const points = readPoints(printed, target);
      const created: DraftOption = { points: points.value, text: clean(text) };
      if (marker !== undefined) created.minimumStars = marker;
      if (st.caseLabel !== undefined) created.caseLabel = st.caseLabel;
      if (points.defect) created.defect = points.defect;
      if (option[1] !== "□") {
        const correction = corrections.bullet(target, option[1]!);
        if (correction) created.defect = { printed: option[1]!, reading: correction.reading };
        else problems.push(where(`${target}: bullet "${option[1]}" and no correction covers it`));
      }
      current.options.push(created);
      if (inlineNote) current.notes.push(clean(inlineNote[2]!));
      st.lastHeading = null;
      continue;
    }
    if (printed !== "") {
      problems.push(where(`unexpected row with points: ${line}`));
      continue;
    }
    const current = st.criterion;
    if (!current) {
      problems.push(where(`text outside a criterion: ${first}`));
      continue;
    }
    const requirement = /^Yêu cầu:\s*(.+)$/.exec(first);
    const note = /^(?:Ghi chú|Chú ý):\s*(.+)$/.exec(first);
    if (requirement) {
      if (current.requirement !== undefined) problems.push(where(`second requirement in ${current.id}`));
      else current.requirement = clean(requirement[1]!);
    } else if (note) {
      current.notes.push(clean(note[1]!));
    } else if (first === "Chỉ áp dụng khi có câu chuyện sản phẩm") {
      current.notes.push(first);
    } else if (first === "Lựa chọn một trong hai trường hợp sau:") {
      current.caseIntro = first;
    } else if (CASE_RE.test(first) && current.caseIntro !== undefined) {
      st.caseLabel = clean(first);
      current.caseLabels.push(st.caseLabel);
    } else if (/^\(.*\)$/.test(first) && st.lastHeading) {
      const heading = st.lastHeading;
      heading.name = clean(`${heading.name} ${first}`);
      // A section provisionally read as a criterion shares its name.
      if (st.section && current.id === st.section.id && heading === st.section)
        current.name = st.section.name;
    } else {
      problems.push(where(`unexpected row: ${line}`));
    }
  }
  if (!finished) problems.push(where("no TỔNG CỘNG row"));
  for (const criterion of set.criteria) {
    if (criterion.options.length > 0) continue;
    const correction = corrections.missingOptions(criterion.id);
    if (!correction) {
      problems.push(where(`criterion ${criterion.id} has no option and no correction covers it`));
      continue;
    }
    const defect = { printed: "", reading: correction.reading };
    criterion.defect = defect;
    criterion.options.push(
      { points: 0, text: NOT_MET, defect },
      { points: criterion.max, text: MET, defect },
    );
  }
  for (const entry of corrections.entries) {
    if (!corrections.used.has(entry)) {
      problems.push(where(`correction not used (stale?): ${JSON.stringify(entry).slice(0, 160)}`));
    }
  }
  return set;
}

/** Arithmetic checks of one set; every failure is a problem. */
function checkSet(set: DraftSet, problems: string[]): void {
  const where = (detail: string): string => `set ${set.number}: ${detail}`;
  const ids = new Set<string>();
  for (const criterion of set.criteria) {
    if (ids.has(criterion.id)) problems.push(where(`criterion ${criterion.id} appears twice`));
    ids.add(criterion.id);
    const best = Math.max(...criterion.options.map((o) => o.points));
    if (best !== criterion.max)
      problems.push(where(`criterion ${criterion.id}: best option ${best}, max ${criterion.max}`));
    for (const option of criterion.options) {
      if (option.points < 0 || option.points > criterion.max) {
        problems.push(where(`criterion ${criterion.id}: option "${option.text}" worth ${option.points}`));
      }
    }
  }
  if (set.parts.map((p) => p.id).join("") !== "ABC") problems.push(where("parts are not A, B, C"));
  let total = 0;
  for (const part of set.parts) {
    total += part.max;
    if (part.max !== PART_MAXIMA[part.id]) problems.push(where(`part ${part.id} max ${part.max}`));
    const sections = part.sections.reduce((sum, s) => sum + s.max, 0);
    if (sections !== part.max)
      problems.push(where(`part ${part.id}: sections add up to ${sections}, not ${part.max}`));
    for (const section of part.sections) {
      const inSection = set.criteria.filter((c) => c.section === section.id);
      const sum = inSection.reduce((s, c) => s + c.max, 0);
      if (sum !== section.max)
        problems.push(where(`section ${section.id}: criteria add up to ${sum}, not ${section.max}`));
      for (const sub of section.subsections) {
        const subSum = inSection.filter((c) => c.parent === sub.id).reduce((s, c) => s + c.max, 0);
        if (subSum !== sub.max)
          problems.push(where(`subsection ${sub.id}: criteria add up to ${subSum}, not ${sub.max}`));
      }
    }
  }
  if (total !== 100 || set.total !== 100) problems.push(where(`total ${total}, printed ${set.total}`));
}

/** The Vietnamese texts of one draft set that need an English translation. */
function textsOf(set: DraftSet): Vi[] {
  const texts: Vi[] = [set.name, set.classification.product, set.classification.group, ...set.rejection];
  if (set.classification.subgroup !== null) texts.push(set.classification.subgroup);
  for (const part of set.parts) {
    texts.push(part.name);
    for (const section of part.sections) {
      texts.push(section.name);
      for (const sub of section.subsections) texts.push(sub.name);
    }
  }
  for (const criterion of set.criteria) {
    texts.push(criterion.name, ...criterion.notes, ...criterion.caseLabels);
    if (criterion.requirement !== undefined) texts.push(criterion.requirement);
    if (criterion.caseIntro !== undefined) texts.push(criterion.caseIntro);
    for (const option of criterion.options) texts.push(option.text);
  }
  return texts;
}

/**
 * Parses Phụ lục I and II and applies the corrections: the sets with their Vietnamese texts, before
 * translation. Throws listing every problem found.
 */
function parseDrafts(sourceText: string, allCorrections: readonly Correction2026[]): DraftSet[] {
  const problems: string[] = [];
  const lines = sourceText.split(/\r?\n/);
  const annex1 = lines.findIndex((l) => l.trim() === "PHỤ LỤC I");
  const annex2 = lines.findIndex((l) => l.trim() === "PHỤ LỤC II");
  const annex3 = lines.findIndex((l) => l.trim() === "PHỤ LỤC III");
  if (annex1 < 0 || annex2 < annex1 || annex3 < annex2) {
    throw new Error("import-26-2026: cannot find PHỤ LỤC I, II and III in the source text");
  }
  const leaves = parseAnnex1(lines.slice(annex1, annex2), problems);
  if (leaves.length !== 26) problems.push(`Phụ lục I: ${leaves.length} leaves, expected 26`);
  const body = lines.slice(annex2, annex3);
  // The list of sets at the start of Phụ lục II ("| 1 | Bộ sản phẩm: Rau, củ, quả, hạt tươi |").
  const names = new Map<number, string>();
  for (const line of body) {
    const row = cells(line);
    const match = row && row.length === 2 ? /^Bộ sản phẩm:\s*(.+)$/.exec(row[1] ?? "") : null;
    if (row && match && /^\d+$/.test(row[0] ?? "")) names.set(Number(row[0]), clean(match[1]!));
  }
  // Each sheet starts with its title line ("1. Bộ sản phẩm: ...", "12. Sản phẩm trà ...").
  const starts: number[] = [];
  let expected = 1;
  body.forEach((line, index) => {
    if (new RegExp(`^${expected}\\.\\s+(Bộ sản phẩm:|Sản phẩm )`).test(line.trim())) {
      starts.push(index);
      expected += 1;
    }
  });
  if (starts.length !== 26 || names.size !== 26) {
    throw new Error(`import-26-2026: found ${starts.length} sheets and ${names.size} names, expected 26`);
  }
  const sets: DraftSet[] = [];
  for (let i = 0; i < 26; i += 1) {
    const number = i + 1;
    const block = body.slice(starts[i], starts[i + 1] ?? body.length);
    const corrections = new SetCorrections(allCorrections.filter((c) => c.set === number));
    const set = parseSet(number, names.get(number)!, leaves[i]!, block, corrections, problems);
    checkSet(set, problems);
    sets.push(set);
  }
  const stray = allCorrections.filter((c) => c.set < 1 || c.set > 26 || !Number.isInteger(c.set));
  for (const c of stray) problems.push(`correction for unknown set ${c.set}`);
  if (problems.length > 0) {
    throw new Error(`import-26-2026: ${problems.length} problem(s):\n${problems.join("\n")}`);
  }
  return sets;
}

/**
 * The Vietnamese texts of Phụ lục I and II that need an English translation, deduplicated, in order of first
 * appearance. Useful to maintain `translations-26-2026.json`.
 *
 * @example
 * ```ts
 * textsToTranslate(source).length; // the number of distinct texts
 * ```
 */
export function textsToTranslate(sourceText: string): string[] {
  return [...new Set(parseDrafts(sourceText, CORRECTIONS_26_2026).flatMap(textsOf))];
}

/** Builds the bilingual texts, throwing with the list of missing translations. */
function translator(dictionary: Readonly<Record<string, string>>): {
  tr: (vi: Vi) => Bilingual;
  missing: Set<string>;
} {
  const missing = new Set<string>();
  const tr = (vi: Vi): Bilingual => {
    const en = Object.hasOwn(dictionary, vi) ? dictionary[vi] : undefined;
    if (en === undefined || en.trim() === "") {
      missing.add(vi);
      return { vi, en: "" };
    }
    return { vi, en };
  };
  return { tr, missing };
}

function buildOption(option: DraftOption, tr: (vi: Vi) => Bilingual): CriterionOption {
  let text = tr(option.text);
  if (option.caseLabel !== undefined) {
    const label = tr(option.caseLabel);
    text = { vi: `${label.vi} — ${text.vi}`, en: `${label.en} — ${text.en}` };
  }
  const built: { -readonly [K in keyof CriterionOption]: CriterionOption[K] } = {
    points: option.points,
    text,
  };
  if (option.minimumStars !== undefined) built.minimumStars = option.minimumStars;
  if (option.defect) built.defect = option.defect;
  return built;
}

function buildCriterion(criterion: DraftCriterion, tr: (vi: Vi) => Bilingual): Criterion {
  const built: { -readonly [K in keyof Criterion]: Criterion[K] } = {
    id: criterion.id,
    part: criterion.part,
    section: criterion.section,
    max: criterion.max,
    name: tr(criterion.name),
    options: criterion.options.map((o) => buildOption(o, tr)),
  };
  if (criterion.parent !== undefined) built.parent = criterion.parent;
  if (criterion.requirement !== undefined) built.requirement = tr(criterion.requirement);
  const notes = criterion.notes.map(tr);
  if (criterion.caseIntro !== undefined) {
    const intro = tr(criterion.caseIntro);
    const labels = criterion.caseLabels.map(tr);
    notes.push({
      vi: `${intro.vi} ${labels.map((l) => l.vi).join("; ")}`,
      en: `${intro.en} ${labels.map((l) => l.en).join("; ")}`,
    });
  }
  if (notes.length > 0) built.notes = notes;
  if (criterion.defect) built.defect = criterion.defect;
  // Key order as in the type: id, part, section, parent, max, name, requirement, notes, options, defect.
  const ordered: Record<string, unknown> = {};
  for (const key of [
    "id",
    "part",
    "section",
    "parent",
    "max",
    "name",
    "requirement",
    "notes",
    "options",
    "defect",
  ]) {
    if (Object.hasOwn(built, key)) ordered[key] = built[key as keyof Criterion];
  }
  return ordered as unknown as Criterion;
}

function buildSet(set: DraftSet, tr: (vi: Vi) => Bilingual): CriteriaSet {
  const classification: SetClassification = {
    product: tr(set.classification.product),
    group: tr(set.classification.group),
    subgroup: set.classification.subgroup === null ? null : tr(set.classification.subgroup),
  };
  const parts: Part[] = set.parts.map((part) => {
    const sections: Section[] = part.sections.map((section) => {
      const built: { -readonly [K in keyof Section]: Section[K] } = {
        id: section.id,
        part: section.part,
        name: tr(section.name),
        max: section.max,
      };
      if (section.subsections.length > 0) {
        built.subsections = section.subsections.map(
          (s): Subsection => ({ id: s.id, name: tr(s.name), max: s.max }),
        );
      }
      if (section.defect) built.defect = section.defect;
      return built;
    });
    const built: { -readonly [K in keyof Part]: Part[K] } = {
      id: part.id,
      name: tr(part.name),
      max: part.max,
      sections,
    };
    if (part.defect) built.defect = part.defect;
    return built;
  });
  const built: { -readonly [K in keyof CriteriaSet]: CriteriaSet[K] } = {
    regulation: REGULATION,
    number: set.number,
    name: tr(set.name),
    classification,
    rejection: set.rejection.map(tr),
    parts,
    criteria: set.criteria.map((c) => buildCriterion(c, tr)),
    max: 100,
    status: "official",
    source: `Decision 26/2026/QĐ-TTg, Phụ lục II, bộ ${set.number}`,
  };
  if (set.notes.length > 0) built.notes = set.notes;
  return built;
}

/** Options of {@link importCriteria2026}, for tests: other corrections or translations than the committed ones. */
export interface ImportOptions {
  /** Default: `CORRECTIONS_26_2026`. */
  readonly corrections?: readonly Correction2026[];
  /** Vietnamese → English. Default: `translations-26-2026.json`. */
  readonly translations?: Readonly<Record<string, string>>;
}

/**
 * Imports the 26 criteria sets of Decision 26/2026/QĐ-TTg from the text of the decision.
 *
 * @param sourceText - the Markdown rendering of the decision (`data-sources/26-2026-QD-TTg.md`).
 * @returns the sets 1–26 in order, with the corrections of `corrections-26-2026.ts` applied.
 * @throws Error listing every problem: an unreadable line, a sum that does not add up, an uncovered defect,
 *   a stale correction, or missing English translations.
 *
 * @example
 * ```ts
 * const sets = importCriteria2026(readFileSync("data-sources/26-2026-QD-TTg.md", "utf8"));
 * sets[0].name.vi; // "Rau, củ, quả, hạt tươi"
 * ```
 */
export function importCriteria2026(sourceText: string, options: ImportOptions = {}): CriteriaSet[] {
  const drafts = parseDrafts(sourceText, options.corrections ?? CORRECTIONS_26_2026);
  const { tr, missing } = translator(
    options.translations ?? (TRANSLATIONS as Readonly<Record<string, string>>),
  );
  const sets = drafts.map((d) => buildSet(d, tr));
  if (missing.size > 0) {
    throw new Error(
      `import-26-2026: ${missing.size} missing translation(s) in translations-26-2026.json:\n${[...missing]
        .map((t) => JSON.stringify(t))
        .join("\n")}`,
    );
  }
  return sets;
}

/** Longest slug in a file name; longer names are cut at a word boundary. */
const MAX_SLUG = 60;

/**
 * The file name of a set's module: `01-rau-cu-qua-hat-tuoi.ts` (the slug cut to at most 60 characters at a
 * word boundary, so set 8 is `08-che-bien-tu-thit-thuy-san-trung-sua-cac-san-pham-tu-mat-ong.ts`).
 */
export function moduleFileName(set: CriteriaSet): string {
  let slug = asciiSlug(set.name.vi);
  while (slug.length > MAX_SLUG && slug.includes("-")) slug = slug.slice(0, slug.lastIndexOf("-"));
  return `${String(set.number).padStart(2, "0")}-${slug}.ts`;
}

/** The exported constant of a set's module: `SET_26_2026_01`. */
export function constantName(set: CriteriaSet): string {
  return `SET_26_2026_${String(set.number).padStart(2, "0")}`;
}

/** A string literal as biome writes it (double quotes unless that needs more escapes than single ones). */
function stringLiteral(value: string): string {
  const doubles = (value.match(/"/g) ?? []).length;
  const singles = (value.match(/'/g) ?? []).length;
  if (doubles > singles) {
    return `'${JSON.stringify(value).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
  }
  return JSON.stringify(value);
}

const IDENTIFIER_RE = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Serialises plain data as a TypeScript expression in the layout biome gives it: every non-empty object and
 * array broken one entry per line (objects keep that layout because the first key starts a new line; arrays
 * of objects break with them), trailing commas, 2-space indent, keys unquoted when they are identifiers.
 */
function serialise(value: unknown, indent: string): string {
  if (value === null) return "null";
  if (typeof value === "string") return stringLiteral(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[\n${value.map((v) => `${inner}${serialise(v, inner)},\n`).join("")}${indent}]`;
  }
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return "{}";
    const lines = entries.map(([k, v]) => {
      const key = IDENTIFIER_RE.test(k) ? k : stringLiteral(k);
      return `${inner}${key}: ${serialise(v, inner)},\n`;
    });
    return `{\n${lines.join("")}${indent}}`;
  }
  throw new Error(`cannot serialise ${typeof value}`);
}

/** Regenerate command, quoted in the generated files and docs. */
export const REGENERATE_COMMAND = "UPDATE_CRITERIA=1 npx vitest run test/criteria/import-26-2026.test.ts";

function renderSetModule(set: CriteriaSet): string {
  return `/**
 * Criteria set ${set.number} of Decision 26/2026/QĐ-TTg: "${set.name.vi}" (${set.name.en}).
 *
 * Source: Decision 26/2026/QĐ-TTg, Phụ lục II, set ${set.number} (bộ ${set.number}).
 *
 * Generated by \`scripts/criteria/import-26-2026.ts\` from \`data-sources/26-2026-QD-TTg.md\`, with the readings of
 * \`scripts/criteria/corrections-26-2026.ts\` and the English of \`scripts/criteria/translations-26-2026.json\`.
 * Do not edit by hand: regenerate with \`${REGENERATE_COMMAND}\`.
 *
 * @module
 */
import type { CriteriaSet } from "../types.js";

/** Decision 26/2026/QĐ-TTg, Phụ lục II, set ${set.number}: ${set.name.en}. */
export const ${constantName(set)} = ${serialise(set, "")} as const satisfies CriteriaSet;
`;
}

function renderIndex(sets: readonly CriteriaSet[]): string {
  const imports = sets
    .map((s) => `import { ${constantName(s)} } from "./${moduleFileName(s).replace(/\.ts$/, ".js")}";\n`)
    .join("");
  const names = sets.map((s) => `  ${constantName(s)},\n`).join("");
  return `/**
 * The 26 criteria sets of Decision 26/2026/QĐ-TTg (Phụ lục II), one module per set.
 *
 * Generated by \`scripts/criteria/import-26-2026.ts\`; do not edit by hand: regenerate with
 * \`${REGENERATE_COMMAND}\`.
 *
 * @module
 */
import type { CriteriaSet } from "../types.js";
${imports}
export {
${names}};

/**
 * The 26 criteria sets of Decision 26/2026/QĐ-TTg, Phụ lục II, sets 1–26 in order (index 0 is set 1).
 */
export const CRITERIA_26_2026: readonly CriteriaSet[] = [
${names}];
`;
}

/**
 * Renders the data modules of the sets: one `NN-<slug>.ts` per set and an `index.ts`, keyed by file name
 * (relative to `src/criteria/26-2026/`). The text is what `biome format` produces for it.
 *
 * @example
 * ```ts
 * const files = renderModules(importCriteria2026(source));
 * files.get("01-rau-cu-qua-hat-tuoi.ts"); // "/**\n * Criteria set 1 ..."
 * ```
 */
export function renderModules(sets: readonly CriteriaSet[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const set of sets) files.set(moduleFileName(set), renderSetModule(set));
  files.set("index.ts", renderIndex(sets));
  return files;
}
