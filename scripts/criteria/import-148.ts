/**
 * Import of the 26 criteria sets of Decision 148/QĐ-TTg from the only source the project has: a third-party
 * transcription (GitHub `augustine-tran/ocop`, folder `db/ocop`, March 2024), kept in
 * `data-sources/148-transcription.md`.
 *
 * - {@link importCriteria148} turns the transcription into typed {@link CriteriaSet}s (pure: text in, data
 *   out). It applies the readings of `corrections-148.ts`, checks every sum (criterion maximum against its
 *   best option, subsections, sections, parts 40/25/35, total 100) and fails on a discrepancy that no entry
 *   explains, on a stale entry, and on a Vietnamese text with no English in `translations-148.json` (listing
 *   them all).
 * - {@link renderCriteria148} renders one module per set (`src/criteria/148/NN-<slug>.ts`) and the barrel
 *   `src/criteria/148/index.ts`, formatted exactly as `biome format` formats them (objects expanded one
 *   property per line, which biome keeps; long strings broken after the colon, as biome breaks them).
 *
 * `test/criteria/148-import.test.ts` re-runs both on the transcription and fails when the committed files
 * are stale; with `UPDATE_CRITERIA=1` it writes them.
 *
 * Reading of the transcription (see `docs/criteria-148-notes.md`): the transcriber's codes (`A.1.a.2`) only
 * tell the row's level; ids follow what the evaluator sees on the sheet: section `"1"`, criterion `"1.a"`
 * (letter as printed, including `"1.đ"`), a section scored as a whole `"7"`, third-level lines `"6.a.1"`.
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
  PrintedDefect,
  Section,
  SetClassification,
  Subsection,
} from "../../src/criteria/types.js";
import type { Bilingual } from "../../src/errors/ocop-error.js";
import { CORRECTIONS_148, type Correction148, type LetterCorrection148 } from "./corrections-148.js";
import translationsJson from "./translations-148.json" with { type: "json" };

/** Vietnamese → English, as stored in `translations-148.json`. */
export type Translations148 = Readonly<Record<string, string>>;

const TRANSLATIONS: Translations148 = translationsJson;

/** The maximum of each part under Decision 148/QĐ-TTg (A 40, B 25, C 35). */
const PART_MAX: Readonly<Record<PartId, number>> = { A: 40, B: 25, C: 35 };

/** A row of a transcription table, before interpretation. */
interface RawOption {
  readonly text: string;
  /** The points cell, trimmed. */
  readonly points: string;
  readonly marker: MarkerLevel | undefined;
}

interface RawCriterion {
  /** The criterion cell, verbatim. */
  readonly text: string;
  readonly max: number;
  readonly marker: MarkerLevel | undefined;
  readonly options: RawOption[];
}

interface RawSection {
  readonly text: string;
  readonly max: number;
  readonly criteria: RawCriterion[];
}

interface RawPart {
  readonly id: PartId;
  readonly heading: string;
  readonly max: number;
  readonly sections: RawSection[];
}

interface RawSet {
  readonly number: number;
  readonly name: string;
  /** The transcription's own arithmetic check of the set. */
  readonly arithmeticCheck: string;
  readonly parts: RawPart[];
  /** The set's block of text (for `set-note` checks). */
  readonly block: string;
}

/** A text in Vietnamese whose English comes from the translations. */
type Vi = string;

/** Thrown by the importer (a script error: bad or stale input). */
export class ImportError148 extends Error {
  override readonly name = "ImportError148";
}

function fail(message: string): never {
  throw new ImportError148(message);
}

const MARKERS: Readonly<Record<string, MarkerLevel>> = { "3★": 3, "4★": 4, "5★": 5 };

function parseMarker(cell: string, where: string): MarkerLevel | undefined {
  if (cell === "") return undefined;
  const marker = MARKERS[cell];
  if (marker === undefined) fail(`${where}: unknown marker "${cell}"`);
  return marker;
}

function parseMax(cell: string, where: string): number {
  const match = /^max (\d+)$/.exec(cell);
  if (!match) fail(`${where}: expected "max N", got "${cell}"`);
  return Number(match[1]);
}

const SET_HEADING = /^#### Set (\d+): (.+)$/;
const PART_HEADING = /^\*\*Phần ([ABC])[.:]? ?(.*?)\*\* — declared max (\d+)$/;
const ROW = /^\| ([ABC])\.(\d+)(\.[a-zđ](\.\d+)?)? \| (.*) \| (.*) \| (.*) \|$/;

/**
 * Splits the transcription into sets and table rows (no interpretation beyond the row's level).
 *
 * @example
 * ```ts
 * const raw = parseTranscription148(text);
 * raw.length; // 26
 * ```
 */
function parseTranscription148(sourceText: string): RawSet[] {
  const lines = sourceText.replace(/\r\n?/g, "\n").split("\n");
  const sets: RawSet[] = [];
  let set: {
    number: number;
    name: string;
    arithmeticCheck: string;
    parts: RawPart[];
    lines: string[];
  } | null = null;
  const finish = (): void => {
    if (set) sets.push({ ...set, block: set.lines.join("\n") });
  };
  for (const [index, line] of lines.entries()) {
    const where = `line ${index + 1}`;
    const heading = SET_HEADING.exec(line);
    if (heading) {
      finish();
      set = {
        number: Number(heading[1]),
        name: heading[2]!.trim(),
        arithmeticCheck: "",
        parts: [],
        lines: [],
      };
      continue;
    }
    if (!set) continue;
    set.lines.push(line);
    if (line.startsWith("Arithmetic check of this transcription:")) {
      set.arithmeticCheck = line.slice("Arithmetic check of this transcription:".length).trim();
      continue;
    }
    const part = PART_HEADING.exec(line);
    if (part) {
      set.parts.push({ id: part[1] as PartId, heading: part[2]!.trim(), max: Number(part[3]), sections: [] });
      continue;
    }
    const row = ROW.exec(line);
    if (!row) continue;
    const currentPart = set.parts.at(-1);
    if (!currentPart || currentPart.id !== row[1]) fail(`${where}: row outside its part`);
    const [, , , criterionCode, optionCode, text, pointsCell, markerCell] = row as unknown as string[];
    const marker = parseMarker(markerCell!.trim(), where);
    if (criterionCode === undefined) {
      currentPart.sections.push({
        text: text!.trim(),
        max: parseMax(pointsCell!.trim(), where),
        criteria: [],
      });
    } else if (optionCode === undefined) {
      const section = currentPart.sections.at(-1) ?? fail(`${where}: criterion outside a section`);
      section.criteria.push({
        text: text!.trim(),
        max: parseMax(pointsCell!.trim(), where),
        marker,
        options: [],
      });
    } else {
      const section = currentPart.sections.at(-1) ?? fail(`${where}: option outside a section`);
      const criterion = section.criteria.at(-1) ?? fail(`${where}: option outside a criterion`);
      criterion.options.push({ text: text!.trim(), points: pointsCell!.trim(), marker });
    }
  }
  finish();
  sets.forEach((s, i) => {
    if (s.number !== i + 1) fail(`set ${s.number} found where set ${i + 1} was expected`);
    if (s.parts.map((p) => p.id).join("") !== "ABC") fail(`set ${s.number}: parts are not A, B, C`);
  });
  if (sets.length !== 26) fail(`expected 26 sets, found ${sets.length}`);
  return sets;
}

// ---------------------------------------------------------------------------------------------------------
// Text of a heading or criterion cell

/** The pieces of a criterion or section cell. */
interface CellText {
  readonly name: Vi;
  readonly requirement: Vi | undefined;
  readonly notes: readonly Vi[];
}

/**
 * Splits a cell at the transcriber's " — " (a line break in the source cell): "Yêu cầu:" → requirement,
 * "Ghi chú:"/"Chú ý:" → note (label dropped), an instruction ("Chỉ áp dụng ...", "Lựa chọn ...") → note
 * (verbatim), anything else (a parenthesis, a continuation) → part of the name.
 */
function splitCell(cell: string): CellText {
  const [head = "", ...rest] = cell.split(" — ");
  let name = head.trim();
  let requirement: string | undefined;
  const notes: string[] = [];
  // "b) Trí tuệ/bản sắc địa phương Chỉ áp dụng khi có câu chuyện, ..." (no separator).
  const inlineInstruction = name.indexOf(" Chỉ áp dụng khi");
  if (inlineInstruction > 0) {
    notes.push(name.slice(inlineInstruction + 1).trim());
    name = name.slice(0, inlineInstruction).trim();
  }
  for (const piece of rest.map((p) => p.trim())) {
    const requirementMatch = /^Yêu cầu:\s*(.+)$/.exec(piece);
    const noteMatch = /^(?:Ghi chú|Chú ý):\s*(.+)$/.exec(piece);
    if (requirementMatch) {
      if (requirement !== undefined) fail(`two requirements in "${cell}"`);
      requirement = requirementMatch[1]!.trim();
    } else if (noteMatch) notes.push(noteMatch[1]!.trim());
    else if (/^(?:Chỉ áp dụng|Lựa chọn)/.test(piece)) notes.push(piece);
    else name = `${name} ${piece}`;
  }
  return { name, requirement, notes };
}

/** "**1. TỔ CHỨC SẢN XUẤT**" → number "1", cell "TỔ CHỨC SẢN XUẤT" (plus what follows the bold). */
function parseSectionCell(text: string): { readonly id: string; readonly cell: string } {
  const match = /^\*\*(\d+)\. (.+?)\*\*(.*)$/.exec(text) ?? fail(`not a section heading: "${text}"`);
  return { id: match[1]!, cell: `${match[2]!.trim()}${match[3]!}` };
}

/** "a) Nguồn gốc" / "a ) X" / "a. Trường hợp 1: X" / "- Tạp chất" → letter and cell. */
function parseCriterionCell(text: string): { readonly letter: string; readonly cell: string } {
  const lettered = /^([a-zđ]) ?[).](?: (.*))?$/.exec(text);
  // "a) — Ghi chú: ..." (no name, only a note) keeps its separator: " — Ghi chú: ...".
  if (lettered) return { letter: lettered[1]!, cell: (lettered[2] ?? "").replace(/^— /, " — ").trimEnd() };
  const dashed = /^- (.+)$/.exec(text);
  if (dashed) return { letter: "-", cell: dashed[1]!.trim() };
  return fail(`not a criterion heading: "${text}"`);
}

/** An option's text without "□ ", stray markers ("***") and an embedded note ("Ghi chú: ..."). */
function parseOptionText(text: string, marker: MarkerLevel | undefined): { text: Vi; note: Vi | undefined } {
  let body = /^□ (.+)$/.exec(text)?.[1] ?? fail(`not an option: "${text}"`);
  let note: string | undefined;
  const embedded = body.indexOf(" Ghi chú: ");
  if (embedded > 0) {
    note = body.slice(embedded + " Ghi chú: ".length).trim();
    body = body.slice(0, embedded);
  }
  const stray = /\*{3,5}/.exec(body);
  if (stray) {
    if (marker === undefined || stray[0].length !== marker)
      fail(`stray marker in "${text}" does not match the column`);
    body = body.replace(/\*{3,5}/, "");
  }
  return { text: body.trim(), note };
}

// ---------------------------------------------------------------------------------------------------------
// Building the sets (Vietnamese only; English is added at the end)

interface ViOption {
  points: number;
  minimumStars?: MarkerLevel;
  text: Vi;
  defect?: { printed: string; reading: Bilingual };
}

interface ViCriterion {
  id: string;
  part: PartId;
  section: string;
  parent?: string;
  max: number;
  name: Vi;
  requirement?: Vi;
  notes: Vi[];
  options: ViOption[];
  defect?: { printed: string; reading: Bilingual };
  /** A marker transcribed on the heading (must be covered by a correction). */
  headingMarker?: MarkerLevel;
  /** The criterion cell as transcribed (for defects). */
  printedHeading: string;
}

interface ViSection {
  id: string;
  part: PartId;
  name: Vi;
  max: number;
  subsections: { id: string; name: Vi; max: number }[];
}

interface ViPart {
  id: PartId;
  name: Vi;
  max: number;
  sections: ViSection[];
}

interface ViSet {
  number: number;
  name: Vi;
  parts: ViPart[];
  criteria: ViCriterion[];
}

function buildOptions(raw: RawCriterion, criterionNotes: Vi[]): ViOption[] {
  return raw.options.map((option) => {
    const { text, note } = parseOptionText(option.text, option.marker);
    if (note !== undefined && !criterionNotes.includes(note)) criterionNotes.push(note);
    const points = /^\d+$/.test(option.points) ? Number(option.points) : Number.NaN;
    const out: ViOption = { points, text };
    if (option.marker !== undefined) out.minimumStars = option.marker;
    return out;
  });
}

/** An unreadable cell is transcribed as an empty cell plus "[points cell in the transcription reads 'l']". */
function unreadableCell(option: RawOption): string | undefined {
  return /\[points cell in the transcription reads '(.+?)'\]$/.exec(option.text)?.[1];
}

function stripUnreadableNote(raw: RawCriterion): RawCriterion {
  return {
    ...raw,
    options: raw.options.map((o) =>
      unreadableCell(o) === undefined
        ? o
        : { ...o, text: o.text.replace(/ \[points cell in the transcription reads '.+?'\]$/, "") },
    ),
  };
}

function criterionFromRaw(
  rawIn: RawCriterion,
  base: { id: string; part: PartId; section: string; parent?: string },
  name: Vi,
  cell: CellText,
  extraNotes: readonly Vi[],
): ViCriterion {
  const raw = stripUnreadableNote(rawIn);
  const notes = [...extraNotes, ...cell.notes];
  const options = buildOptions(raw, notes);
  rawIn.options.forEach((o, i) => {
    const cellText = unreadableCell(o);
    if (cellText !== undefined) options[i]!.defect = { printed: cellText, reading: { en: "", vi: "" } };
  });
  const criterion: ViCriterion = { ...base, max: raw.max, name, notes, options, printedHeading: rawIn.text };
  if (cell.requirement !== undefined) criterion.requirement = cell.requirement;
  if (raw.marker !== undefined) criterion.headingMarker = raw.marker;
  return criterion;
}

function buildSection(
  part: PartId,
  raw: RawSection,
  letterFixes: readonly LetterCorrection148[],
  used: Set<LetterCorrection148>,
): { section: ViSection; criteria: ViCriterion[] } {
  const { id, cell } = parseSectionCell(raw.text);
  const sectionCell = splitCell(cell);
  const section: ViSection = { id, part, name: sectionCell.name, max: raw.max, subsections: [] };
  const relettered = new Map<number, LetterCorrection148>();
  const heads = raw.criteria.map((c, i) => {
    const head = parseCriterionCell(c.text);
    const fix = letterFixes.find((f) => f.section === id && f.printed === c.text);
    if (!fix) return head;
    used.add(fix);
    relettered.set(i, fix);
    return { ...head, letter: fix.letter };
  });
  const criteria: ViCriterion[] = [];

  // Alternatives: "Lựa chọn một trong hai trường hợp sau:" → one criterion with the options of each case.
  if (sectionCell.notes.some((n) => n.startsWith("Lựa chọn một trong hai trường hợp"))) {
    const caseNames = raw.criteria.map((c) => c.text);
    raw.criteria.forEach((c) => {
      if (c.max !== raw.max) fail(`section ${id}: case "${c.text}" max ${c.max} ≠ section max ${raw.max}`);
    });
    const merged: RawCriterion = {
      text: sectionCell.name,
      max: raw.max,
      marker: undefined,
      options: raw.criteria.flatMap((c) => c.options),
    };
    criteria.push(
      criterionFromRaw(merged, { id, part, section: id }, sectionCell.name, { ...sectionCell, notes: [] }, [
        ...sectionCell.notes,
        ...caseNames,
      ]),
    );
    return { section, criteria };
  }

  // A section scored as a whole: one criterion with no name ("a)", or "a) — Ghi chú: ...").
  const onlyCell = raw.criteria.length === 1 ? splitCell(heads[0]!.cell) : undefined;
  if (onlyCell?.name === "") {
    criteria.push(
      criterionFromRaw(
        raw.criteria[0]!,
        { id, part, section: id },
        sectionCell.name,
        onlyCell,
        sectionCell.notes,
      ),
    );
    return { section, criteria };
  }

  const letters = heads.map((h) => h.letter);
  const repeated = letters.some((l, i) => l !== "-" && letters.indexOf(l) !== i);
  if (letters.includes("-")) {
    // Third level, dashed lines under a lettered heading with no options ("a) Ngoại hình" / "- Tạp chất").
    let current: { id: string; name: string; max: number; count: number } | null = null;
    raw.criteria.forEach((c, i) => {
      const head = heads[i]!;
      if (head.letter !== "-") {
        if (c.options.length > 0) fail(`section ${id}: heading "${c.text}" has options`);
        current = { id: `${id}.${head.letter}`, name: head.cell, max: c.max, count: 0 };
        section.subsections.push({ id: current.id, name: current.name, max: current.max });
        return;
      }
      const parent = current ?? fail(`section ${id}: dashed line "${c.text}" without a heading`);
      parent.count += 1;
      const split = splitCell(head.cell);
      criteria.push(
        criterionFromRaw(
          c,
          { id: `${parent.id}.${parent.count}`, part, section: id, parent: parent.id },
          split.name,
          split,
          [],
        ),
      );
    });
    return { section, criteria };
  }
  if (repeated) {
    // Third level flattened as "a) Ngoại hình - Tạp chất lạ": heading before " - ", line after it.
    const counts = new Map<string, number>();
    raw.criteria.forEach((c, i) => {
      const head = heads[i]!;
      const dash = head.cell.indexOf(" - ");
      if (dash < 0) fail(`section ${id}: repeated letter without " - " in "${c.text}"`);
      const subId = `${id}.${head.letter}`;
      const subName = head.cell.slice(0, dash).trim();
      const count = (counts.get(subId) ?? 0) + 1;
      counts.set(subId, count);
      const existing = section.subsections.find((s) => s.id === subId);
      if (existing) {
        if (existing.name !== subName) fail(`section ${id}: heading ${subId} named twice differently`);
        existing.max += c.max;
      } else section.subsections.push({ id: subId, name: subName, max: c.max });
      const split = splitCell(head.cell.slice(dash + 3).trim());
      criteria.push(
        criterionFromRaw(
          c,
          { id: `${subId}.${count}`, part, section: id, parent: subId },
          split.name,
          split,
          [],
        ),
      );
    });
    return { section, criteria };
  }
  raw.criteria.forEach((c, i) => {
    const head = heads[i]!;
    if (head.cell === "") fail(`section ${id}: criterion "${c.text}" has no name`);
    const split = splitCell(head.cell);
    const criterion = criterionFromRaw(
      c,
      { id: `${id}.${head.letter}`, part, section: id },
      split.name,
      split,
      i === 0 ? sectionCell.notes : [],
    );
    const fix = relettered.get(i);
    if (fix) criterion.defect = { printed: c.text, reading: fix.reading };
    criteria.push(criterion);
  });
  if (sectionCell.notes.length > 0 && raw.criteria.length !== 1) {
    fail(`section ${id}: a section note with several criteria ("${sectionCell.notes[0]}")`);
  }
  return { section, criteria };
}

/** "A: SẢN PHẨM ... (40 Điểm)" → the name without the points. */
function partName(heading: string): Vi {
  return heading.replace(/\s*\(\d+ Điểm\)$/, "").trim();
}

function buildSet(raw: RawSet, corrections: readonly Correction148[]): ViSet {
  const parts: ViPart[] = [];
  const criteria: ViCriterion[] = [];
  const letterFixes = corrections.filter(
    (c): c is LetterCorrection148 => c.kind === "letter" && c.set === raw.number,
  );
  const used = new Set<LetterCorrection148>();
  for (const rawPart of raw.parts) {
    const part: ViPart = { id: rawPart.id, name: partName(rawPart.heading), max: rawPart.max, sections: [] };
    for (const rawSection of rawPart.sections) {
      const built = buildSection(rawPart.id, rawSection, letterFixes, used);
      part.sections.push(built.section);
      criteria.push(...built.criteria);
    }
    parts.push(part);
  }
  const unused = letterFixes.find((f) => !used.has(f));
  if (unused) fail(`set ${raw.number}: stale letter correction "${unused.printed}"`);
  const ids = criteria.map((c) => c.id);
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate !== undefined) fail(`set ${raw.number}: criterion id ${duplicate} is not unique`);
  return { number: raw.number, name: raw.name, parts, criteria };
}

// ---------------------------------------------------------------------------------------------------------
// Corrections and checks

function applyCorrections(set: ViSet, raw: RawSet, corrections: readonly Correction148[]): void {
  const mine = corrections.filter((c) => c.set === set.number);
  const find = (id: string): ViCriterion =>
    set.criteria.find((c) => c.id === id) ??
    fail(`set ${set.number}: correction names unknown criterion ${id}`);
  for (const correction of mine) {
    switch (correction.kind) {
      case "points": {
        const option =
          find(correction.criterion).options[correction.option - 1] ??
          fail(
            `set ${set.number}: correction names unknown option ${correction.criterion} #${correction.option}`,
          );
        if (option.defect?.printed !== correction.printed) {
          fail(`set ${set.number}: stale correction of ${correction.criterion} #${correction.option}`);
        }
        option.points = correction.value;
        option.defect = { printed: correction.printed, reading: correction.reading };
        break;
      }
      case "heading-marker": {
        const criterion = find(correction.criterion);
        if (criterion.headingMarker !== correction.stars) {
          fail(`set ${set.number}: stale heading-marker correction of ${correction.criterion}`);
        }
        const option =
          criterion.options[correction.option - 1] ??
          fail(`set ${set.number}: unknown option ${correction.option}`);
        if (option.minimumStars !== undefined) fail(`set ${set.number}: option already has a marker`);
        option.minimumStars = correction.stars;
        const printed = `${criterion.printedHeading}${"*".repeat(correction.stars)}`;
        criterion.defect =
          criterion.defect === undefined
            ? { printed, reading: correction.reading }
            : {
                printed,
                reading: {
                  vi: `${criterion.defect.reading.vi} ${correction.reading.vi}`,
                  en: `${criterion.defect.reading.en} ${correction.reading.en}`,
                },
              };
        delete criterion.headingMarker;
        break;
      }
      case "letter":
        break;
      case "set-note":
        if (!raw.block.includes(correction.printed))
          fail(`set ${set.number}: stale note, "${correction.printed}" not found`);
        break;
      case "unconfirmed":
        break;
    }
  }
  for (const criterion of set.criteria) {
    if (criterion.headingMarker !== undefined)
      fail(`set ${set.number}: marker on heading ${criterion.id} not covered`);
    criterion.options.forEach((o, i) => {
      if (Number.isNaN(o.points))
        fail(`set ${set.number}: unreadable points of ${criterion.id} #${i + 1} not covered`);
    });
  }
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/**
 * Every value of a set that does not add up, named as `corrections-148.ts` names them.
 *
 * @example
 * ```ts
 * discrepancies148(set); // ["criterion 6.d: max 4, best option 3"]
 * ```
 */
export function discrepancies148(set: Pick<CriteriaSet, "parts" | "criteria" | "max">): string[] {
  const found: string[] = [];
  for (const c of set.criteria) {
    const best = Math.max(...c.options.map((o) => o.points));
    if (best !== c.max) found.push(`criterion ${c.id}: max ${c.max}, best option ${best}`);
  }
  for (const part of set.parts) {
    for (const section of part.sections) {
      const inSection = set.criteria.filter((c) => c.section === section.id);
      for (const sub of section.subsections ?? []) {
        const children = sum(inSection.filter((c) => c.parent === sub.id).map((c) => c.max));
        if (children !== sub.max)
          found.push(`subsection ${sub.id}: max ${sub.max}, criteria add up to ${children}`);
      }
      const total = sum(inSection.map((c) => c.max));
      if (total !== section.max)
        found.push(`section ${section.id}: max ${section.max}, criteria add up to ${total}`);
    }
    const sections = sum(part.sections.map((s) => s.max));
    if (sections !== part.max) found.push(`part ${part.id}: max ${part.max}, sections add up to ${sections}`);
    if (part.max !== PART_MAX[part.id])
      found.push(`part ${part.id}: max ${part.max}, not ${PART_MAX[part.id]}`);
  }
  const parts = sum(set.parts.map((p) => p.max));
  if (parts !== set.max) found.push(`total: max ${set.max}, parts add up to ${parts}`);
  return found;
}

// ---------------------------------------------------------------------------------------------------------
// Classification (Decision 148: 6 products, groups, subgroups; criteria.md §2.2, rules.md)

const FOOD = "Thực phẩm";
const DRINKS = "Đồ uống";
const HERBAL = "Dược liệu và sản phẩm từ dược liệu";
const CRAFTS = "Hàng thủ công mỹ nghệ";
const ORNAMENTAL = "Sinh vật cảnh";
const TOURISM = "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch";

/** Product and group of each set; the subgroup is the set's name where the group has subgroups. */
const CLASSIFICATION_148: Readonly<Record<number, readonly [product: Vi, group: Vi | null]>> = {
  1: [FOOD, "Thực phẩm tươi sống"],
  2: [FOOD, "Thực phẩm tươi sống"],
  3: [FOOD, "Thực phẩm thô, sơ chế"],
  4: [FOOD, "Thực phẩm thô, sơ chế"],
  5: [FOOD, "Thực phẩm chế biến"],
  6: [FOOD, "Thực phẩm chế biến"],
  7: [FOOD, "Thực phẩm chế biến"],
  8: [FOOD, "Thực phẩm chế biến"],
  9: [FOOD, "Gia vị"],
  10: [FOOD, "Gia vị"],
  11: [FOOD, "Chè"],
  12: [FOOD, "Chè"],
  13: [FOOD, null],
  14: [DRINKS, "Đồ uống có cồn"],
  15: [DRINKS, "Đồ uống có cồn"],
  16: [DRINKS, "Đồ uống không cồn"],
  17: [DRINKS, "Đồ uống không cồn"],
  18: [HERBAL, null],
  19: [HERBAL, null],
  20: [HERBAL, null],
  21: [CRAFTS, null],
  22: [CRAFTS, null],
  23: [ORNAMENTAL, null],
  24: [ORNAMENTAL, null],
  25: [ORNAMENTAL, null],
  26: [TOURISM, null],
};

/** Group names that differ from the set name where the group has no subgroup. */
const GROUP_WITHOUT_SUBGROUP: Readonly<Record<number, Vi>> = { 13: "Cà phê, ca cao" };

function classification(number: number, name: Vi): { product: Vi; group: Vi; subgroup: Vi | null } {
  const [product, group] = CLASSIFICATION_148[number] ?? fail(`no classification for set ${number}`);
  if (group !== null) return { product, group, subgroup: name };
  return { product, group: GROUP_WITHOUT_SUBGROUP[number] ?? name, subgroup: null };
}

// ---------------------------------------------------------------------------------------------------------
// Translation and the final data

const REJECTION_NOT_TRANSCRIBED: Bilingual = {
  vi: 'Bản chép không có điều kiện loại hồ sơ của phiếu ("Hồ sơ bị loại khi ..."): danh sách để trống. Các ghi chú "Bị loại nếu ..." của từng tiêu chí vẫn được giữ.',
  en: 'The transcription does not include the sheet\'s rejection clause ("Hồ sơ bị loại khi ...", the dossier is rejected when): the list is left empty. The "Bị loại nếu ..." (rejected if) notes of single criteria are kept.',
};

/**
 * The `source` of a set.
 *
 * @example
 * ```ts
 * source148(1); // "Decision 148/QĐ-TTg, criteria set 1 (third-party transcription: ...)"
 * ```
 */
export function source148(number: number): string {
  return `Decision 148/QĐ-TTg, criteria set ${number} (third-party transcription: GitHub augustine-tran/ocop, db/ocop, March 2024)`;
}

class Translator {
  readonly missing = new Set<string>();
  constructor(private readonly dictionary: Translations148) {}
  t(vi: Vi): Bilingual {
    const en = Object.hasOwn(this.dictionary, vi) ? this.dictionary[vi] : undefined;
    if (en === undefined || en.trim() === "") {
      this.missing.add(vi);
      return { vi, en: "" };
    }
    return { vi, en };
  }
}

function finish(set: ViSet, corrections: readonly Correction148[], tr: Translator): CriteriaSet {
  const t = (vi: Vi): Bilingual => tr.t(vi);
  const criteria: Criterion[] = set.criteria.map((c) => {
    const options: CriterionOption[] = c.options.map((o) => ({
      points: o.points,
      ...(o.minimumStars === undefined ? {} : { minimumStars: o.minimumStars }),
      text: t(o.text),
      ...(o.defect === undefined ? {} : { defect: o.defect as PrintedDefect }),
    }));
    return {
      id: c.id,
      part: c.part,
      section: c.section,
      ...(c.parent === undefined ? {} : { parent: c.parent }),
      max: c.max,
      name: t(c.name),
      ...(c.requirement === undefined ? {} : { requirement: t(c.requirement) }),
      ...(c.notes.length === 0 ? {} : { notes: c.notes.map(t) }),
      options,
      ...(c.defect === undefined ? {} : { defect: c.defect }),
    };
  });
  const parts: Part[] = set.parts.map((p) => ({
    id: p.id,
    name: t(p.name),
    max: p.max,
    sections: p.sections.map(
      (s): Section => ({
        id: s.id,
        part: s.part,
        name: t(s.name),
        max: s.max,
        ...(s.subsections.length === 0
          ? {}
          : {
              subsections: s.subsections.map(
                (sub): Subsection => ({ id: sub.id, name: t(sub.name), max: sub.max }),
              ),
            }),
      }),
    ),
  }));
  const cls = classification(set.number, set.name);
  const setClassification: SetClassification = {
    product: t(cls.product),
    group: t(cls.group),
    subgroup: cls.subgroup === null ? null : t(cls.subgroup),
  };
  const mine = corrections.filter((c) => c.set === set.number);
  const unconfirmed = mine.filter((c) => c.kind === "unconfirmed");
  const notes: Bilingual[] = [
    REJECTION_NOT_TRANSCRIBED,
    ...unconfirmed.map((c) => c.note),
    ...mine.flatMap((c) => (c.kind === "set-note" ? [c.note] : [])),
  ];
  const result: CriteriaSet = {
    regulation: "148/QĐ-TTg",
    number: set.number,
    name: t(set.name),
    classification: setClassification,
    rejection: [],
    parts,
    criteria,
    max: sum(parts.map((p) => p.max)),
    status: unconfirmed.length > 0 ? "unconfirmed" : "transcription",
    source: source148(set.number),
    notes,
  };
  const found = discrepancies148(result);
  const explained = unconfirmed.flatMap((c) => c.explains);
  const unexplained = found.filter((d) => !explained.includes(d));
  const stale = explained.filter((d) => !found.includes(d));
  if (unexplained.length > 0) fail(`set ${set.number}: values that do not add up: ${unexplained.join("; ")}`);
  if (stale.length > 0) fail(`set ${set.number}: stale "unconfirmed" entries: ${stale.join("; ")}`);
  return result;
}

/** Options of {@link importCriteria148}. */
export interface ImportOptions148 {
  /** Vietnamese → English (default: `translations-148.json`). */
  readonly translations?: Translations148;
  /** The corrections (default: `CORRECTIONS_148`). */
  readonly corrections?: readonly Correction148[];
}

/**
 * The Vietnamese texts of the transcription that need an English translation, deduplicated, in order of
 * first appearance.
 *
 * @example
 * ```ts
 * collectTexts148(text).length; // the number of distinct texts
 * ```
 */
export function collectTexts148(sourceText: string, options: ImportOptions148 = {}): string[] {
  const tr = new Translator({});
  build(sourceText, options.corrections ?? CORRECTIONS_148, tr);
  return [...tr.missing];
}

function build(sourceText: string, corrections: readonly Correction148[], tr: Translator): CriteriaSet[] {
  return parseTranscription148(sourceText).map((raw) => {
    try {
      const set = buildSet(raw, corrections);
      applyCorrections(set, raw, corrections);
      return finish(set, corrections, tr);
    } catch (error) {
      if (error instanceof ImportError148 && !error.message.startsWith("set ")) {
        throw new ImportError148(`set ${raw.number}: ${error.message}`);
      }
      throw error;
    }
  });
}

/**
 * Imports Decision 148/QĐ-TTg's 26 criteria sets from the transcription's text. Pure.
 *
 * Throws {@link ImportError148} on a structure it does not understand, a value that does not add up and is
 * not covered by `corrections-148.ts`, a stale correction, or missing English (listing every missing text).
 *
 * @example
 * ```ts
 * const sets = importCriteria148(readFileSync("data-sources/148-transcription.md", "utf8"));
 * sets[0]!.name.vi; // "Rau, củ, quả, hạt tươi"
 * ```
 */
export function importCriteria148(sourceText: string, options: ImportOptions148 = {}): CriteriaSet[] {
  const tr = new Translator(options.translations ?? TRANSLATIONS);
  const sets = build(sourceText, options.corrections ?? CORRECTIONS_148, tr);
  if (tr.missing.size > 0) {
    fail(
      `missing English for ${tr.missing.size} texts in translations-148.json:\n${[...tr.missing].join("\n")}`,
    );
  }
  return sets;
}

// ---------------------------------------------------------------------------------------------------------
// Rendering (exactly as `biome format` prints it)

const LINE_WIDTH = 110;

/** ASCII slug of a set name: "Rau, củ, quả, hạt tươi" → "rau-cu-qua-hat-tuoi". */
export function slug148(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** `SET_148_01` ... `SET_148_26`. */
export function exportName148(number: number): string {
  return `SET_148_${String(number).padStart(2, "0")}`;
}

/** `01-rau-cu-qua-hat-tuoi.ts`. */
export function fileName148(set: Pick<CriteriaSet, "number" | "name">): string {
  return `${String(set.number).padStart(2, "0")}-${slug148(set.name.vi)}.ts`;
}

/** A JS string literal as biome prints it (double quotes unless single quotes need fewer escapes). */
function literal(value: string): string {
  const doubles = (value.match(/"/g) ?? []).length;
  const singles = (value.match(/'/g) ?? []).length;
  if (doubles > singles) {
    return `'${value.replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/\n/g, "\\n")}'`;
  }
  return JSON.stringify(value);
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * One property line. Biome keeps `key: "text",` on one line when it fits in 110 columns or the key is
 * at most 2 characters wide (a "short key"); otherwise it breaks after the colon.
 */
function renderValue(value: unknown, indent: number): string {
  const pad = " ".repeat(indent);
  if (value === null) return "null";
  if (typeof value === "string") return literal(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const inner = value.map((v) => `${pad}  ${renderValue(v, indent + 2)},`).join("\n");
    return `[\n${inner}\n${pad}]`;
  }
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    const lines = entries.map(([key, v]) => {
      const k = IDENTIFIER.test(key) ? key : literal(key);
      const rendered = renderValue(v, indent + 2);
      const line = `${pad}  ${k}: ${rendered},`;
      if (typeof v === "string" && width(line) > LINE_WIDTH && k.length > 2) {
        return `${pad}  ${k}:\n${pad}    ${rendered},`;
      }
      return line;
    });
    return `{\n${lines.join("\n")}\n${pad}}`;
  }
  return fail(`cannot render ${typeof value}`);
}

/** Display width as biome counts it (one column per character; combining marks count zero). */
function width(line: string): number {
  return [...line.normalize("NFC")].filter((ch) => !/\p{M}/u.test(ch)).length;
}

function englishName(set: CriteriaSet): string {
  return set.name.en;
}

function renderModule(set: CriteriaSet): string {
  const name = exportName148(set.number);
  const status =
    set.status === "unconfirmed"
      ? "Status: unconfirmed (values that do not add up, see `notes`)."
      : "Status: transcription (adds up: A 40, B 25, C 35).";
  return [
    "/**",
    ` * Decision 148/QĐ-TTg, Phụ lục (criteria set ${set.number}), from a third-party transcription: ${set.name.vi}`,
    ` * (${englishName(set)}).`,
    " *",
    " * Source: GitHub augustine-tran/ocop, db/ocop (March 2024), not checked against the gazetted text. Generated",
    " * by scripts/criteria/import-148.ts from data-sources/148-transcription.md: do not edit by hand, see",
    " * docs/criteria-148-notes.md.",
    " *",
    " * @module",
    " */",
    'import type { CriteriaSet } from "../types.js";',
    "",
    "/**",
    ` * Criteria set ${set.number} of Decision 148/QĐ-TTg, Phụ lục (from a third-party transcription).`,
    ` * ${status}`,
    " */",
    `export const ${name} = ${renderValue(set, 0)} as const satisfies CriteriaSet;`,
    "",
  ].join("\n");
}

/** "Sets 7, 11, 12 and 13 are `unconfirmed` (values that do not add up)." */
function unconfirmedSentence(sets: readonly CriteriaSet[]): string {
  const numbers = sets.filter((s) => s.status === "unconfirmed").map((s) => String(s.number));
  if (numbers.length === 0) return "Every set adds up.";
  const list = numbers.length === 1 ? numbers[0] : `${numbers.slice(0, -1).join(", ")} and ${numbers.at(-1)}`;
  return `${numbers.length === 1 ? "Set" : "Sets"} ${list} ${numbers.length === 1 ? "is" : "are"} \`unconfirmed\` (values that do not add up).`;
}

function renderIndex(sets: readonly CriteriaSet[]): string {
  const imports = sets.map(
    (s) => `import { ${exportName148(s.number)} } from "./${fileName148(s).replace(/\.ts$/, ".js")}";`,
  );
  const names = sets.map((s) => exportName148(s.number));
  return [
    "/**",
    " * The 26 criteria sets of Decision 148/QĐ-TTg (2023–2026), from a third-party transcription (GitHub",
    " * augustine-tran/ocop, db/ocop, March 2024), not checked against the gazetted text. Generated by",
    " * scripts/criteria/import-148.ts: do not edit by hand, see docs/criteria-148-notes.md.",
    " *",
    " * @module",
    " */",
    'import type { CriteriaSet } from "../types.js";',
    ...imports,
    "",
    "export {",
    ...names.map((n) => `  ${n},`),
    "};",
    "",
    "/**",
    " * Decision 148/QĐ-TTg, Phụ lục: the 26 criteria sets, in annex order (index 0 = set 1), from a third-party",
    ` * transcription. ${unconfirmedSentence(sets)}`,
    " */",
    "export const CRITERIA_148: readonly CriteriaSet[] = [",
    ...names.map((n) => `  ${n},`),
    "];",
    "",
  ].join("\n");
}

/** A generated file: its path from the repository root and its content. */
export interface GeneratedFile148 {
  readonly path: string;
  readonly content: string;
}

/**
 * Renders one module per set and the barrel, formatted as `biome format` prints them. Pure.
 *
 * @example
 * ```ts
 * renderCriteria148(importCriteria148(text)).map((f) => f.path);
 * // ["src/criteria/148/01-rau-cu-qua-hat-tuoi.ts", ..., "src/criteria/148/index.ts"]
 * ```
 */
export function renderCriteria148(sets: readonly CriteriaSet[]): GeneratedFile148[] {
  return [
    ...sets.map((set) => ({ path: `src/criteria/148/${fileName148(set)}`, content: renderModule(set) })),
    { path: "src/criteria/148/index.ts", content: renderIndex(sets) },
  ];
}
