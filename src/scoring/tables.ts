/**
 * Per-set lookup tables for fast scoring, built lazily once per criteria set and cached in a `WeakMap`
 * keyed by the set object. That cache is the only module-level mutable state of `scoring/`: it holds
 * nothing but values derived from the set, is invisible to callers, and is released with the set. Sets are
 * treated as immutable data: a set mutated after its first use keeps its first tables.
 *
 * @module
 * @internal
 */
import type { CriteriaSet, Criterion, PartId } from "../criteria/types.js";
import { describeValue, fail, readInput } from "../errors/ocop-error.js";

/** Index of a part in the part arrays. */
export const PART_IDS: readonly PartId[] = ["A", "B", "C"];

/** The lookup tables of one set. */
export interface SetTables {
  readonly set: CriteriaSet;
  /** Number of criteria. */
  readonly n: number;
  readonly criteria: readonly Criterion[];
  readonly ids: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
  /** Options of criterion `i` are `points[start[i]] .. points[start[i + 1] - 1]`. */
  readonly start: Int32Array;
  /** The points of every option, flat, as the library applies them. */
  readonly points: Float64Array;
  /** Part index (0 A, 1 B, 2 C) of each criterion. */
  readonly part: Uint8Array;
  /** Section index of each criterion. */
  readonly section: Int32Array;
  readonly sectionIds: readonly string[];
  /** One zero per section (copied to accumulate subtotals). */
  readonly sectionZeros: readonly number[];
  /** A record of every section id at 0, in sheet order (cloned for each result: faster than building). */
  readonly sectionTemplate: Readonly<Record<string, number>>;
  /**
   * The criterion ids in the order `Object.keys` lists them for answers written in sheet order (array-index
   * keys such as `"7"` first, ascending; then the others in sheet order).
   */
  readonly keyOrder: readonly string[];
  /** Subsection index of each criterion, -1 if none. */
  readonly subsection: Int32Array;
  readonly subsectionIds: readonly string[];
  /** A record of every third-level heading at 0 (empty for most sets). */
  readonly subsectionTemplate: Readonly<Record<string, number>>;
  /**
   * `required[L - 3][i]`: the points criterion `i` must reach for `L` stars (the highest marked option of a
   * level up to `L`), `-Infinity` when none; `requiredOption` the index of that option.
   */
  readonly required: readonly [Float64Array, Float64Array, Float64Array];
  readonly requiredOption: readonly [Int32Array, Int32Array, Int32Array];
  /** Whether every option is worth a whole number of points (true of every published set). */
  readonly integral: boolean;
  /** Per option (flat): 1 when no earlier option of its criterion offers the same points. */
  readonly distinct: Uint8Array;
  /** Whether any criterion carries a marker. */
  readonly hasMarkers: boolean;
}

const CACHE = new WeakMap<object, SetTables>();

function bad(path: readonly (string | number)[], value: unknown, what: string): never {
  return fail(
    "INVALID_ARGUMENT",
    path,
    value,
    "a criteria set as the library defines it (src/criteria/types.ts)",
    {
      en: `${path.join(".")}: ${describeValue(value)} is not ${what}`,
      vi: `${path.join(".")}: ${describeValue(value, "vi")} không phải là ${what}`,
    },
  );
}

/** A record of the given keys at 0, `__proto__` included. */
function zeros(keys: readonly string[]): Record<string, number> {
  const record: Record<string, number> = {};
  for (const key of keys)
    Object.defineProperty(record, key, { value: 0, enumerable: true, writable: true, configurable: true });
  return record;
}

function build(set: CriteriaSet): SetTables {
  const list: unknown = (set as { criteria?: unknown }).criteria;
  if (!Array.isArray(list) || list.length === 0)
    bad(["set", "criteria"], list, "a non-empty list of criteria");
  const n = list.length;
  const criteria: Criterion[] = [];
  const ids: string[] = [];
  const indexOf = new Map<string, number>();
  const start = new Int32Array(n + 1);
  const flat: number[] = [];
  const part = new Uint8Array(n);
  const section = new Int32Array(n);
  const subsection = new Int32Array(n);
  const sectionIds: string[] = [];
  const subsectionIds: string[] = [];
  const required: [Float64Array, Float64Array, Float64Array] = [
    new Float64Array(n).fill(Number.NEGATIVE_INFINITY),
    new Float64Array(n).fill(Number.NEGATIVE_INFINITY),
    new Float64Array(n).fill(Number.NEGATIVE_INFINITY),
  ];
  const requiredOption: [Int32Array, Int32Array, Int32Array] = [
    new Int32Array(n).fill(-1),
    new Int32Array(n).fill(-1),
    new Int32Array(n).fill(-1),
  ];
  let hasMarkers = false;
  for (let i = 0; i < n; i++) {
    const c = list[i] as Criterion;
    const path = ["set", "criteria", i];
    if (typeof c !== "object" || c === null) bad(path, c, "a criterion");
    if (typeof c.id !== "string" || indexOf.has(c.id))
      bad([...path, "id"], c.id, "a criterion id unique in the set");
    const p = PART_IDS.indexOf(c.part);
    if (p < 0) bad([...path, "part"], c.part, "a part id (A, B or C)");
    if (typeof c.section !== "string") bad([...path, "section"], c.section, "a section id");
    if (!Array.isArray(c.options) || c.options.length === 0)
      bad([...path, "options"], c.options, "a list of options");
    criteria.push(c);
    ids.push(c.id);
    indexOf.set(c.id, i);
    part[i] = p;
    let s = sectionIds.indexOf(c.section);
    if (s < 0) s = sectionIds.push(c.section) - 1;
    section[i] = s;
    if (typeof c.parent === "string") {
      let u = subsectionIds.indexOf(c.parent);
      if (u < 0) u = subsectionIds.push(c.parent) - 1;
      subsection[i] = u;
    } else {
      subsection[i] = -1;
    }
    start[i] = flat.length;
    for (let k = 0; k < c.options.length; k++) {
      const o = c.options[k];
      const pts: unknown = o?.points;
      if (typeof pts !== "number" || !Number.isFinite(pts) || pts < 0) {
        bad([...path, "options", k, "points"], pts, "a number of points >= 0");
      }
      flat.push(pts);
      const m: unknown = o.minimumStars;
      if (m === undefined) continue;
      if (m !== 3 && m !== 4 && m !== 5)
        bad([...path, "options", k, "minimumStars"], m, "a marker level (3, 4 or 5)");
      hasMarkers = true;
      for (let level = m; level <= 5; level++) {
        const r = required[level - 3]!;
        if (pts > r[i]!) {
          r[i] = pts;
          requiredOption[level - 3]![i] = k;
        }
      }
    }
  }
  start[n] = flat.length;
  const distinct = new Uint8Array(flat.length);
  for (let i = 0; i < n; i++) {
    for (let j = start[i]!; j < start[i + 1]!; j++) {
      distinct[j] = flat.slice(start[i]!, j).includes(flat[j]!) ? 0 : 1;
    }
  }
  return {
    set,
    n,
    criteria,
    ids,
    indexOf,
    start,
    points: Float64Array.from(flat),
    part,
    section,
    sectionIds,
    sectionZeros: sectionIds.map(() => 0),
    sectionTemplate: zeros(sectionIds),
    keyOrder: Object.keys(zeros(ids)),
    subsection,
    subsectionIds,
    subsectionTemplate: zeros(subsectionIds),
    required,
    requiredOption,
    distinct,
    integral: flat.every((p) => Number.isInteger(p)),
    hasMarkers,
  };
}

/**
 * The tables of a set, built on first use.
 *
 * @throws {@link OcopError} `INVALID_ARGUMENT` when `set` is not a criteria set
 */
export function tablesFor(set: CriteriaSet): SetTables {
  if (typeof set !== "object" || set === null) return bad(["set"], set, "a criteria set");
  let t = CACHE.get(set);
  if (t === undefined) {
    // A getter or proxy of the caller's that throws while the set is read: an OcopError, not its error.
    t = readInput(["set"], () => build(set));
    CACHE.set(set, t);
  }
  return t;
}
