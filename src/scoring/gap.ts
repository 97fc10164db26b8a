/**
 * The smallest set of improvements that lifts a product to the next star.
 *
 * @module
 */
import type { CriteriaSet, MarkerLevel, StarLevel } from "../criteria/types.js";
import { readInput } from "../errors/ocop-error.js";
import { bandFloor } from "./bands.js";
import {
  type ClassifyOptions,
  type Context,
  classifySheets,
  contextOf,
  regimeOptionOf,
  scoreAll,
} from "./classify.js";
import { scoreWith } from "./score-sheet.js";
import type { SetTables } from "./tables.js";
import type { Answers, GapChange, ScoreSheet, StarGap } from "./types.js";

/** Writes a key into a fresh record, `__proto__` included. */
function put(record: Record<string, number>, key: string, value: number): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A chosen improvement: criterion index and option index within it. */
interface Choice {
  readonly criterion: number;
  readonly option: number;
}

/** The best plan found: its changes, in sheet order, and the points they add. */
interface Plan {
  readonly choices: readonly Choice[];
  readonly gain: number;
}

/**
 * Minimises (criteria changed, points added) so that the total gains at least `deficit` and every
 * criterion reaches `need[i]`.
 *
 * Dynamic programming over the criteria, on the gain capped at `deficit`: below the cap the gain is exact
 * and only the fewest changes matter; at the cap the lexicographic minimum of (changes, gain) is kept,
 * which adding the same change to two states never reverses. Whole-number points (every published set):
 * flat typed arrays, O(criteria × options × (deficit + 1)) time, no allocation per state.
 */
function searchIntegral(t: SetTables, here: Float64Array, need: Float64Array, deficit: number): Plan | null {
  const n = t.n;
  const w = deficit + 1;
  const NONE = 0x7fffffff;
  let count = new Int32Array(w).fill(NONE);
  let gain = new Float64Array(w);
  let nextCount = new Int32Array(w);
  let nextGain = new Float64Array(w);
  const choice = new Int32Array(n * w);
  const from = new Int32Array(n * w);
  count[0] = 0;
  for (let i = 0; i < n; i++) {
    nextCount.fill(NONE);
    const base = i * w;
    const p = here[i]!;
    const first = t.start[i]!;
    const end = t.start[i + 1]!;
    for (let key = 0; key < w; key++) {
      const c = count[key]!;
      if (c === NONE) continue;
      const g = gain[key]!;
      if (p >= need[i]! && (c < nextCount[key]! || (c === nextCount[key]! && g < nextGain[key]!))) {
        nextCount[key] = c;
        nextGain[key] = g;
        choice[base + key] = -1;
        from[base + key] = key;
      }
      for (let j = first; j < end; j++) {
        const q = t.points[j]!;
        // The first option offering these points stands for all options offering them.
        if (q <= p || q < need[i]! || t.distinct[j] === 0) continue;
        const ng = g + (q - p);
        const nk = Math.min(ng, deficit);
        const nc = c + 1;
        if (nc < nextCount[nk]! || (nc === nextCount[nk]! && ng < nextGain[nk]!)) {
          nextCount[nk] = nc;
          nextGain[nk] = ng;
          choice[base + nk] = j - first;
          from[base + nk] = key;
        }
      }
    }
    [count, nextCount] = [nextCount, count];
    [gain, nextGain] = [nextGain, gain];
  }
  if (count[deficit] === NONE) return null;
  const choices: Choice[] = [];
  let key = deficit;
  for (let i = n - 1; i >= 0; i--) {
    const option = choice[i * w + key]!;
    if (option >= 0) choices.push({ criterion: i, option });
    key = from[i * w + key]!;
  }
  return { choices: choices.reverse(), gain: gain[deficit]! };
}

/** A DP state of the general search. */
interface Node {
  readonly count: number;
  readonly gain: number;
  readonly parent: Node | null;
  /** The criterion changed to reach this node from `parent`, -1 when kept. */
  readonly criterion: number;
  readonly option: number;
}

/** The same search for points that are not whole numbers: states in a map keyed by the capped gain. */
function searchGeneral(t: SetTables, here: Float64Array, need: Float64Array, deficit: number): Plan | null {
  let layer = new Map<number, Node>([[0, { count: 0, gain: 0, parent: null, criterion: -1, option: -1 }]]);
  const better = (count: number, gain: number, than: Node | undefined): boolean =>
    than === undefined || count < than.count || (count === than.count && gain < than.gain);
  for (let i = 0; i < t.n; i++) {
    const p = here[i]!;
    const first = t.start[i]!;
    const end = t.start[i + 1]!;
    const next = new Map<number, Node>();
    for (const [key, node] of layer) {
      if (p >= need[i]! && better(node.count, node.gain, next.get(key))) next.set(key, node);
      for (let j = first; j < end; j++) {
        const q = t.points[j]!;
        if (q <= p || q < need[i]! || t.distinct[j] === 0) continue;
        const count = node.count + 1;
        const gain = node.gain + (q - p);
        const nk = Math.min(gain, deficit);
        if (better(count, gain, next.get(nk)))
          next.set(nk, { count, gain, parent: node, criterion: i, option: j - first });
      }
    }
    layer = next;
  }
  const end = layer.get(deficit);
  if (end === undefined) return null;
  const choices: Choice[] = [];
  for (let node: Node | null = end; node !== null; node = node.parent) {
    if (node.criterion >= 0) choices.push({ criterion: node.criterion, option: node.option });
  }
  return { choices: choices.reverse(), gain: end.gain };
}

/**
 * The smallest set of criterion improvements that lifts a product to the next star: the fewest criteria
 * changed, then the fewest points added, each with the option to reach. It accounts for the minimum
 * markers: a criterion below a marker of the target level (or a lower one) must be raised to it, even when
 * the score already suffices.
 *
 * Exact (a dynamic programme over the criteria on the capped gain; proven against brute force by property
 * tests) and fast: about 30 criteria of 2–5 options take tens of microseconds (see docs/scoring.md).
 *
 * @param set - the criteria set
 * @param answers - one sheet's answers (or a scored sheet)
 * @param options - `regime`, as for {@link classify}
 * @returns the gap, or `null` when the product is already 5★ or no combination of options reaches the next
 *   star
 * @throws {@link OcopError} `INVALID_ANSWERS`, as {@link scoreSheet}
 * @example
 * ```ts
 * const set = criteriaSet("26/2026/QĐ-TTg", 1);
 * const gap = nextStarGap(set, answers); // 60 points, but 5.3 at 0 misses its 3★ minimum: 2★
 * gap?.to; // 3
 * gap?.changes.map((c) => [c.criterion.id, c.from.points, c.to.points, c.marker]); // [["5.3", 0, 1, 3]]
 * gap?.newScore; // 61
 * nextStarGap(set, bestAnswers); // null: already 5★
 * ```
 */
export function nextStarGap(
  set: CriteriaSet,
  answers: Answers | ScoreSheet,
  options: ClassifyOptions = {},
): StarGap | null {
  const ctx = contextOf(set, regimeOptionOf(options));
  const [sheet] = scoreAll(ctx.t, answers) as [ScoreSheet];
  // From here only the set is read (criterion names, option texts): a getter of a caller's set that throws
  // is an OcopError, not its error.
  return readInput(["set"], () => gapOf(ctx, sheet));
}

function gapOf(ctx: Context, sheet: ScoreSheet): StarGap | null {
  const now = classifySheets(ctx, [sheet]);
  if (now.stars === 5) return null;
  const to = (now.stars + 1) as StarLevel;
  const { t } = ctx;
  const requiredScore = bandFloor(ctx.table, to);
  const deficit = Math.max(0, requiredScore - sheet.total);
  const need = to >= 3 ? t.required[to - 3]! : new Float64Array(t.n).fill(Number.NEGATIVE_INFINITY);
  const here = new Float64Array(t.n);
  for (let i = 0; i < t.n; i++) here[i] = sheet.criteria[i]!.points;
  const plan =
    t.integral && Number.isInteger(deficit)
      ? searchIntegral(t, here, need, deficit)
      : searchGeneral(t, here, need, deficit);
  if (plan === null) return null;
  const changes: GapChange[] = [];
  const after: Record<string, number> = {};
  for (const c of sheet.criteria) put(after, c.id, c.points);
  for (const { criterion: i, option: k } of plan.choices) {
    const c = t.criteria[i]!;
    const from = sheet.criteria[i]!;
    const points = t.points[t.start[i]! + k]!;
    let marker: MarkerLevel | null = null;
    for (let level = 3; level <= to; level++) {
      if (from.points < t.required[level - 3]![i]!) {
        marker = level as MarkerLevel;
        break;
      }
    }
    changes.push({
      criterion: { id: c.id, name: c.name },
      from: { points: from.points, option: from.option },
      to: { points, option: k, text: c.options[k]!.text },
      gain: points - from.points,
      marker,
    });
    put(after, c.id, points);
  }
  const reached = classifySheets(ctx, [scoreWith(t, after, ["answers"])]);
  return {
    from: now.stars,
    to,
    score: sheet.total,
    requiredScore,
    changes,
    pointsGained: plan.gain,
    newScore: reached.score,
    newStars: reached.stars,
  };
}
