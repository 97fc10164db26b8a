/**
 * Scoring one evaluator's sheet.
 *
 * @module
 */
import type { CriteriaSet, PartId } from "../criteria/types.js";
import {
  describeValue,
  OcopError,
  type OcopErrorCode,
  type OcopIssue,
  ocopIssue,
} from "../errors/ocop-error.js";
import { type SetTables, tablesFor } from "./tables.js";
import type { Answers, CriterionScore, ScoreSheet } from "./types.js";

/** The set's number and regulation for a message, or `null` when they cannot be read (a revoked proxy, junk). */
function setLabel(set: CriteriaSet): { readonly number: string; readonly regulation: string } | null {
  try {
    return { number: String(set.number), regulation: String(set.regulation) };
  } catch {
    return null;
  }
}

function ruleOf(set: CriteriaSet): string {
  const label = setLabel(set);
  const which = label === null ? "the criteria set" : `${label.regulation}, criteria set ${label.number}`;
  return `${which} (Article 3.2 and Annex II of 26/2026/QĐ-TTg; Phụ lục III of 148/QĐ-TTg and 1048/QĐ-TTg): every criterion of the sheet is answered once, with the points of one of its options`;
}

/**
 * Builds an error whose top-level fields describe the input as a whole (`code`, `path`, `value`, `rule`)
 * while `issues` lists every problem found.
 *
 * @internal
 */
export function umbrellaError(
  issues: readonly [OcopIssue, ...OcopIssue[]],
  code: OcopErrorCode,
  path: readonly (string | number)[],
  value: unknown,
  rule: string,
): OcopError {
  return new OcopError(issues, { code, path, value, rule });
}

function at(root: readonly (string | number)[], key: string): readonly (string | number)[] {
  return [...root, key];
}

function where(root: readonly (string | number)[], key: string): string {
  return [...root, key].join(".");
}

/** Lists every problem of an answers object (called only once the fast path found one). */
function diagnose(t: SetTables, answers: object, root: readonly (string | number)[]): OcopError {
  const a = answers as Record<string, unknown>;
  const set = t.set;
  const rule = ruleOf(set);
  const label = setLabel(set);
  const issues: OcopIssue[] = [];
  for (let i = 0; i < t.n; i++) {
    const c = t.criteria[i]!;
    const id = c.id;
    const v = Object.hasOwn(a, id) ? a[id] : undefined;
    if (v === undefined || v === null) {
      issues.push(
        ocopIssue("MISSING_CRITERION", at(root, id), v, rule, {
          en: `${where(root, id)}: criterion ${id} (${c.name.en}) is not answered`,
          vi: `${where(root, id)}: chưa chấm tiêu chí ${id} (${c.name.vi})`,
        }),
      );
      continue;
    }
    const offered = Array.from(t.points.subarray(t.start[i]!, t.start[i + 1]!));
    if (typeof v === "number" && offered.includes(v)) continue;
    const list = [...new Set(offered)].join(", ");
    issues.push(
      ocopIssue("POINTS_NOT_OFFERED", at(root, id), v, rule, {
        en: `${where(root, id)}: ${describeValue(v)} is not one of the points criterion ${id} (${c.name.en}) offers: ${list}`,
        vi: `${where(root, id)}: ${describeValue(v, "vi")} không phải là số điểm của một lựa chọn của tiêu chí ${id} (${c.name.vi}): ${list}`,
      }),
    );
  }
  for (const key of Object.keys(a)) {
    if (t.indexOf.has(key)) continue;
    issues.push(
      ocopIssue("UNKNOWN_CRITERION", at(root, key), a[key], rule, {
        en: `${root.join(".")}: ${describeValue(key)} is not a criterion of ${label === null ? "the set" : `set ${label.number} (${label.regulation})`}`,
        vi: `${root.join(".")}: ${describeValue(key, "vi")} không phải là tiêu chí của ${label === null ? "bộ tiêu chí" : `bộ ${label.number} (${label.regulation})`}`,
      }),
    );
  }
  // The fast path fails only when one of the checks above fails, so `issues` is not empty.
  return umbrellaError(issues as [OcopIssue, ...OcopIssue[]], "INVALID_ANSWERS", root, answers, rule);
}

/**
 * The error for an `answers` that is not a record at all.
 *
 * @internal
 */
export function notARecord(set: CriteriaSet, value: unknown, root: readonly (string | number)[]): OcopError {
  const issue = ocopIssue("INVALID_ANSWERS", root, value, ruleOf(set), {
    en: `${root.join(".")}: ${describeValue(value)} is not a readable record of points by criterion id`,
    vi: `${root.join(".")}: ${describeValue(value, "vi")} không phải là bảng điểm theo mã tiêu chí đọc được`,
  });
  return new OcopError([issue]);
}

/**
 * Whether a value is a plain record (an object, not an array).
 *
 * @internal
 */
export function isRecord(value: unknown): value is object {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Scores answers against prepared tables; `root` is the path of `answers` in the caller's arguments.
 *
 * @internal
 */
export function scoreWith(t: SetTables, answers: unknown, root: readonly (string | number)[]): ScoreSheet {
  try {
    return scoreRecord(t, answers, root);
  } catch (error) {
    if (error instanceof OcopError) throw error;
    // A getter or proxy of the caller's threw: report it as unreadable answers, not as a raw error.
    throw notARecord(t.set, answers, root);
  }
}

function scoreRecord(t: SetTables, answers: unknown, root: readonly (string | number)[]): ScoreSheet {
  if (!isRecord(answers)) throw notARecord(t.set, answers, root);
  const a = answers as Record<string, unknown>;
  const n = t.n;
  const { ids, start, points, part, section, keyOrder } = t;
  // Own keys: exactly n of them, and every criterion id among them (checked below) — so no unknown key.
  const keys = Object.keys(a);
  if (keys.length !== n) throw diagnose(t, answers, root);
  // Answers written in sheet order list their keys as `keyOrder`: then every id is an own key, and the
  // per-criterion `hasOwn` can be skipped.
  let ordered = true;
  for (let k = 0; k < n; k++) {
    if (keys[k] !== keyOrder[k]) {
      ordered = false;
      break;
    }
  }
  const criteria: CriterionScore[] = [];
  const sections = t.sectionZeros.slice();
  let total = 0;
  let pa = 0;
  let pb = 0;
  let pc = 0;
  for (let i = 0; i < n; i++) {
    const id = ids[i]!;
    const v = a[id];
    let option = -1;
    if (typeof v === "number") {
      const first = start[i]!;
      const end = start[i + 1]!;
      for (let j = first; j < end; j++) {
        if (points[j] === v) {
          option = j;
          break;
        }
      }
    }
    // An inherited value is no answer.
    if (option < 0 || !(ordered || Object.hasOwn(a, id))) throw diagnose(t, answers, root);
    const pts = points[option]!;
    criteria.push({ id, points: pts, option: option - start[i]! });
    total += pts;
    const p = part[i];
    if (p === 0) pa += pts;
    else if (p === 1) pb += pts;
    else pc += pts;
    sections[section[i]!]! += pts;
  }
  const bySection: Record<string, number> = { ...t.sectionTemplate };
  for (let s = 0; s < sections.length; s++) bySection[t.sectionIds[s]!] = sections[s]!;
  const bySubsection: Record<string, number> = { ...t.subsectionTemplate };
  if (t.subsectionIds.length > 0) {
    for (let i = 0; i < n; i++) {
      const u = t.subsection[i]!;
      if (u >= 0) bySubsection[t.subsectionIds[u]!]! += criteria[i]!.points;
    }
  }
  const parts: Record<PartId, number> = { A: pa, B: pb, C: pc };
  return { set: t.set, total, parts, sections: bySection, subsections: bySubsection, criteria };
}

/**
 * Scores one evaluator's sheet: the total, the subtotals per part, section and third-level heading, and
 * the points and option of every criterion.
 *
 * The answers are validated as untrusted input: every criterion of the set must be answered, with the
 * points of one of its options (as the library applies them where the print is defective), and nothing
 * else may be there. Every problem is reported at once.
 *
 * Fast: lookup tables are built once per set (cached by set object) and the sheet is scored in one pass.
 *
 * @param set - the criteria set (the sheet, Decision 26/2026/QĐ-TTg Article 3.2 and Annex II)
 * @param answers - points ticked, by criterion id
 * @throws {@link OcopError} `INVALID_ANSWERS`, whose `issues` list every `UNKNOWN_CRITERION`,
 *   `MISSING_CRITERION` and `POINTS_NOT_OFFERED`, each with the path `["answers", id]`;
 *   `INVALID_ARGUMENT` when `set` is not a criteria set
 * @example
 * ```ts
 * const set = criteriaSet("26/2026/QĐ-TTg", 1);
 * // best options everywhere except 4.3 (1 of 5) and 6.2 (2 of 4):
 * const sheet = scoreSheet(set, { "1.1": 3, "1.2": 2, ..., "4.3": 1, ..., "6.2": 2, ..., "12": 3 });
 * sheet.total; // 94
 * sheet.parts; // { A: 40, B: 21, C: 33 }
 * sheet.sections["4"]; // 9
 * sheet.criteria[0]; // { id: "1.1", points: 3, option: 2 }
 * scoreSheet(set, { "1.1": 4 }); // throws OcopError INVALID_ANSWERS: 1.1 offers 1, 2, 3; 31 criteria missing
 * ```
 */
export function scoreSheet(set: CriteriaSet, answers: Answers): ScoreSheet {
  return scoreWith(tablesFor(set), answers, ["answers"]);
}
