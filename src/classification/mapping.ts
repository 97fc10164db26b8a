/**
 * Cross-regime mapping of classification leaves: which criteria set of one decision corresponds to which
 * set of another.
 *
 * @module
 */
import { describeValue, fail } from "../errors/ocop-error.js";
import {
  assertClassificationRegulation,
  CLASSIFICATION_INDEX,
  CLASSIFICATION_REGULATIONS,
  classificationNode,
} from "./classification.js";
import { MAPPING_TABLES } from "./data/mapping.js";
import type {
  ClassificationId,
  ClassificationMapping,
  ClassificationNode,
  ClassificationRegulation,
  MappingKind,
  MappingRow,
  MappingStep,
  MappingTable,
} from "./types.js";

/** Every mapping table, oldest first (1048 → 148, 148 → 26/2026). */
export const CLASSIFICATION_MAPPINGS: readonly MappingTable[] = MAPPING_TABLES;

function tableBetween(older: ClassificationRegulation, newer: ClassificationRegulation): MappingTable {
  // The data holds one table per pair of consecutive regulations (checked by the tests).
  return CLASSIFICATION_MAPPINGS.find((t) => t.from === older && t.to === newer)!;
}

/** The kind of a row seen from its target back to its source. */
function inverted(kind: MappingKind): MappingKind {
  if (kind === "split") return "merged";
  if (kind === "merged") return "split";
  return kind;
}

function combinedKind(kinds: readonly MappingKind[], targets: number, forward: boolean): MappingKind {
  if (targets === 0) return forward ? "removed" : "added";
  if (kinds.every((k) => k === "same")) return "same";
  if (kinds.every((k) => k === "same" || k === "renamed")) return "renamed";
  const only = (allowed: readonly MappingKind[]) => kinds.every((k) => allowed.includes(k));
  if (targets > 1 && only(["same", "renamed", "split"])) return "split";
  if (targets === 1 && only(["same", "renamed", "merged"])) return "merged";
  return "partial";
}

function byAnnexOrder(ids: Iterable<ClassificationId>): ClassificationNode[] {
  const order = CLASSIFICATION_INDEX.order;
  return [...new Set(ids)]
    .map((id) => CLASSIFICATION_INDEX.byId.get(id)!)
    .sort((a, b) => order.get(a.id)! - order.get(b.id)!);
}

/**
 * The leaves of another criteria decision that correspond to a leaf (one criteria set), with the kind of
 * correspondence and the reasons. Travels through the intermediate decision where needed (1048 → 148 →
 * 26/2026) and works both ways (a 26/2026 leaf maps back to 148 and 1048 leaves, kinds seen from the
 * 26/2026 side: a row "split" forward reads "merged" backward).
 *
 * Kinds: `same`, `renamed`, `split` (several targets, each covering part), `merged` (the one target also
 * covers other leaves), `partial` (scopes differ), `removed` (no successor), `added` (no predecessor).
 * `doubtful` is `true` if any row used is doubtful. Mapping a leaf to its own regulation returns itself.
 *
 * @param fromId - the id of a leaf (subgroup, or group without subgroups)
 * @param toRegulation - the decision to map to
 * @throws {@link OcopError} `UNKNOWN_ID`; `UNKNOWN_REGULATION`; `INVALID_ARGUMENT` when the node is not a
 *   leaf (map its leaves instead)
 * @example
 * ```ts
 * mapClassification("148:I.1.a", "26/2026/QĐ-TTg").to.map((n) => n.id); // ["26/2026:I.1.a"]
 * mapClassification("1048:I.2.b", "148/QĐ-TTg").kind; // "split"
 * mapClassification("1048:III.3", "26/2026/QĐ-TTg").kind; // "removed"
 * mapClassification("26/2026:V.1", "1048/QĐ-TTg").kind; // "added"
 * ```
 */
export function mapClassification(
  fromId: ClassificationId | string,
  toRegulation: ClassificationRegulation,
): ClassificationMapping {
  const from = classificationNode(fromId);
  assertClassificationRegulation(toRegulation, ["toRegulation"]);
  if (!from.leaf) {
    return fail("INVALID_ARGUMENT", ["fromId"], fromId, "only leaves (criteria sets) are mapped", {
      en: `fromId: ${describeValue(fromId)} is a ${from.level} with ${from.children.length} children, not a leaf; map its leaves (the ids in children) instead`,
      vi: `fromId: ${describeValue(fromId, "vi")} là một mục cấp ${from.level} có ${from.children.length} mục con, không phải mục lá; hãy ánh xạ từng mục lá (các mã trong children)`,
    });
  }
  const start = CLASSIFICATION_REGULATIONS.indexOf(from.regulation);
  const end = CLASSIFICATION_REGULATIONS.indexOf(toRegulation);
  const forward = end >= start;
  const direction = forward ? 1 : -1;
  let current: ClassificationId[] = [from.id];
  const steps: MappingStep[] = [];
  const kinds: MappingKind[] = [];
  let doubtful = false;
  for (let i = start; i !== end; i += direction) {
    const a = CLASSIFICATION_REGULATIONS[i]!;
    const b = CLASSIFICATION_REGULATIONS[i + direction]!;
    const table = forward ? tableBetween(a, b) : tableBetween(b, a);
    const rows: MappingRow[] = forward
      ? table.rows.filter((r) => r.from !== null && current.includes(r.from))
      : table.rows.filter((r) => r.to.some((id) => current.includes(id)));
    const next: ClassificationId[] = [];
    for (const row of rows) {
      kinds.push(forward ? row.kind : inverted(row.kind));
      doubtful ||= row.doubtful;
      if (forward) next.push(...row.to);
      else if (row.from !== null) next.push(row.from);
    }
    steps.push({ from: a, to: b, rows });
    current = byAnnexOrder(next).map((n) => n.id);
  }
  const to = byAnnexOrder(current);
  return {
    from,
    toRegulation,
    to,
    kind: steps.length === 0 ? "same" : combinedKind(kinds, to.length, forward),
    doubtful,
    steps,
  };
}
