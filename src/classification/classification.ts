/**
 * The product classification of each criteria regime: trees, node look-up, leaf ↔ criteria set.
 *
 * @module
 */
import { type Bilingual, describeValue, fail } from "../errors/ocop-error.js";
import { regime } from "../regulations/registry.js";
import type { RegimeId } from "../regulations/types.js";
import { CLASSIFICATION_26_2026 } from "./data/26-2026.js";
import { CLASSIFICATION_148 } from "./data/148.js";
import { CLASSIFICATION_1048 } from "./data/1048.js";
import type {
  ClassificationData,
  ClassificationEntryBase,
  ClassificationId,
  ClassificationLeafFields,
  ClassificationLevel,
  ClassificationNode,
  ClassificationRegulation,
  ClassificationTree,
  GroupEntry,
} from "./types.js";

/** The classification data of every criteria decision, oldest first. */
export const CLASSIFICATION_DATA: readonly ClassificationData[] = [
  CLASSIFICATION_1048,
  CLASSIFICATION_148,
  CLASSIFICATION_26_2026,
];

/** The regulations that carry a classification, oldest first. */
export const CLASSIFICATION_REGULATIONS: readonly ClassificationRegulation[] = CLASSIFICATION_DATA.map(
  (d) => d.regulation,
);

/** The three levels, top down. */
export const CLASSIFICATION_LEVELS: readonly ClassificationLevel[] = ["product", "group", "subgroup"];

function isLeafEntry(entry: GroupEntry): entry is GroupEntry & ClassificationLeafFields {
  return !Object.hasOwn(entry, "subgroups");
}

function makeNode(
  data: ClassificationData,
  entry: ClassificationEntryBase & Partial<ClassificationLeafFields>,
  level: ClassificationLevel,
  annexCode: string,
  parent: ClassificationId | null,
  children: readonly ClassificationId[],
): ClassificationNode {
  const leaf = entry.set !== undefined;
  return Object.freeze({
    id: `${data.idPrefix}:${annexCode}` as ClassificationId,
    level,
    regulation: data.regulation,
    code: entry.code,
    annexCode,
    name: entry.name,
    aliases: entry.aliases ?? [],
    parent,
    children: Object.freeze([...children]),
    leaf,
    set: entry.set ?? null,
    setName: entry.setName ?? null,
    ministries: entry.ministries ?? [],
    renames: entry.renames ?? [],
    note: entry.note ?? null,
  });
}

/**
 * Builds the tree of one regulation from its data (pure; internal, used once per regulation).
 *
 * @example
 * ```ts
 * buildClassificationTree(CLASSIFICATION_26_2026).nodes.length; // 39 (6 + 17 + 16)
 * ```
 */
export function buildClassificationTree(data: ClassificationData): ClassificationTree {
  const nodes: ClassificationNode[] = [];
  const products: ClassificationId[] = [];
  for (const product of data.products) {
    const productCode = product.code;
    const productId = `${data.idPrefix}:${productCode}` as ClassificationId;
    products.push(productId);
    const groupIds = product.groups.map((g) => `${productId}.${g.code}` as ClassificationId);
    nodes.push(makeNode(data, product, "product", productCode, null, groupIds));
    for (const group of product.groups) {
      const groupCode = `${productCode}.${group.code}`;
      const groupId = `${data.idPrefix}:${groupCode}` as ClassificationId;
      if (isLeafEntry(group)) {
        nodes.push(makeNode(data, group, "group", groupCode, productId, []));
        continue;
      }
      const subIds = group.subgroups.map((s) => `${groupId}.${s.code}` as ClassificationId);
      nodes.push(makeNode(data, group, "group", groupCode, productId, subIds));
      for (const sub of group.subgroups) {
        nodes.push(makeNode(data, sub, "subgroup", `${groupCode}.${sub.code}`, groupId, []));
      }
    }
  }
  return Object.freeze({
    regulation: data.regulation,
    idPrefix: data.idPrefix,
    annex: data.annex,
    title: data.title,
    status: data.status,
    source: data.source,
    sources: data.sources,
    levelNames: data.levelNames,
    notes: data.notes,
    products: Object.freeze(products),
    nodes: Object.freeze(nodes),
  });
}

interface ClassificationIndex {
  readonly trees: ReadonlyMap<ClassificationRegulation, ClassificationTree>;
  readonly byId: ReadonlyMap<string, ClassificationNode>;
  /** Regulation → set number → leaf. */
  readonly bySet: ReadonlyMap<ClassificationRegulation, ReadonlyMap<number, ClassificationNode>>;
  /** Node id → its position in its tree's depth-first order. */
  readonly order: ReadonlyMap<string, number>;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

function buildIndex(): ClassificationIndex {
  const trees = new Map<ClassificationRegulation, ClassificationTree>();
  const byId = new Map<string, ClassificationNode>();
  const bySet = new Map<ClassificationRegulation, Map<number, ClassificationNode>>();
  const order = new Map<string, number>();
  for (const data of CLASSIFICATION_DATA) {
    const tree = deepFreeze(buildClassificationTree(data));
    trees.set(data.regulation, tree);
    const sets = new Map<number, ClassificationNode>();
    tree.nodes.forEach((node, i) => {
      byId.set(node.id, node);
      order.set(node.id, i);
      if (node.set !== null) sets.set(node.set, node);
    });
    bySet.set(data.regulation, sets);
  }
  return { trees, byId, bySet, order };
}

/** The index over every tree, built once from the data (a constant; building it has no side effect). */
export const CLASSIFICATION_INDEX: ClassificationIndex = /* @__PURE__ */ buildIndex();

/**
 * Checks that a value is one of the regulations that carry a classification (internal).
 *
 * @throws {@link OcopError} `UNKNOWN_REGULATION`
 * @example
 * ```ts
 * assertClassificationRegulation("148/QĐ-TTg", ["regulation"]); // passes
 * ```
 */
export function assertClassificationRegulation(
  value: unknown,
  path: readonly (string | number)[],
): asserts value is ClassificationRegulation {
  if (typeof value === "string" && CLASSIFICATION_INDEX.trees.has(value as ClassificationRegulation)) return;
  const list = CLASSIFICATION_REGULATIONS.join(", ");
  fail("UNKNOWN_REGULATION", path, value, `the regulation must be one of ${list}`, {
    en: `${path.join(".")}: ${describeValue(value)} is not a regulation with a product classification (${list})`,
    vi: `${path.join(".")}: ${describeValue(value, "vi")} không phải là văn bản có danh mục phân loại sản phẩm (${list})`,
  });
}

/**
 * The product classification tree of a criteria decision.
 *
 * @param regulation - `"26/2026/QĐ-TTg"` (Phụ lục I), `"148/QĐ-TTg"` or `"1048/QĐ-TTg"` (secondary sources;
 *   see `status` and `notes`)
 * @throws {@link OcopError} `UNKNOWN_REGULATION`
 * @example
 * ```ts
 * const tree = classification("26/2026/QĐ-TTg");
 * tree.products.length; // 6
 * tree.nodes.filter((n) => n.leaf).length; // 26
 * classification("148/QĐ-TTg").status; // "transcription"
 * ```
 */
export function classification(regulation: ClassificationRegulation): ClassificationTree {
  assertClassificationRegulation(regulation, ["regulation"]);
  return CLASSIFICATION_INDEX.trees.get(regulation)!;
}

/**
 * Looks a node up by its id.
 *
 * Ids are `"<prefix>:<annex code>"`: `"26/2026:I"`, `"26/2026:I.1"`, `"26/2026:I.1.a"`, `"148:V.2"`,
 * `"1048:VI.1"`.
 *
 * @throws {@link OcopError} `UNKNOWN_ID` for anything else (including non-strings)
 * @example
 * ```ts
 * classificationNode("26/2026:I.1.a").name.vi; // "Rau, củ, quả, hạt tươi"
 * classificationNode("26/2026:I.1.a").set; // 1
 * classificationNode("26/2026:II.2.a").ministries[0]?.vi; // "Bộ Y tế"
 * ```
 */
export function classificationNode(id: ClassificationId | string): ClassificationNode {
  const node = typeof id === "string" ? CLASSIFICATION_INDEX.byId.get(id) : undefined;
  if (node === undefined) {
    return fail(
      "UNKNOWN_ID",
      ["id"],
      id,
      'a classification id is "<26/2026|148|1048>:<annex code>", e.g. "26/2026:I.1.a"',
      {
        en: `id: ${describeValue(id)} is not a classification node id (e.g. "26/2026:I", "26/2026:I.1", "26/2026:I.1.a")`,
        vi: `id: ${describeValue(id, "vi")} không phải là mã của một mục trong danh mục phân loại (ví dụ "26/2026:I", "26/2026:I.1", "26/2026:I.1.a")`,
      },
    );
  }
  return node;
}

function assertSetNumber(value: unknown, path: readonly (string | number)[]): asserts value is number {
  if (typeof value === "number" && Number.isInteger(value)) return;
  fail("INVALID_ARGUMENT", path, value, "a criteria set number is a whole number (1–26)", {
    en: `${path.join(".")}: ${describeValue(value)} is not a whole number`,
    vi: `${path.join(".")}: ${describeValue(value, "vi")} không phải là số nguyên`,
  });
}

/**
 * The leaf (subgroup, or group without subgroups) scored on a criteria set.
 *
 * @param regulation - the criteria decision
 * @param setNumber - the set number, 1–26, in the order of the decision's list of sets
 * @throws {@link OcopError} `UNKNOWN_REGULATION`; `INVALID_ARGUMENT` for a non-integer; `UNKNOWN_SET` for a
 *   number with no set
 * @example
 * ```ts
 * leafForSet("26/2026/QĐ-TTg", 13).id; // "26/2026:I.6" (Cà phê, ca cao)
 * leafForSet("1048/QĐ-TTg", 21).name.vi; // "Trang thiết bị, dụng cụ y tế"
 * ```
 */
export function leafForSet(regulation: ClassificationRegulation, setNumber: number): ClassificationNode {
  assertClassificationRegulation(regulation, ["regulation"]);
  assertSetNumber(setNumber, ["setNumber"]);
  const sets = CLASSIFICATION_INDEX.bySet.get(regulation)!;
  const leaf = sets.get(setNumber);
  if (leaf === undefined) {
    return fail(
      "UNKNOWN_SET",
      ["setNumber"],
      setNumber,
      `${regulation} has criteria sets 1 to ${sets.size}`,
      {
        en: `setNumber: ${setNumber} is not a criteria set of ${regulation} (1–${sets.size})`,
        vi: `setNumber: ${setNumber} không phải là bộ tiêu chí của ${regulation} (1–${sets.size})`,
      },
    );
  }
  return leaf;
}

/**
 * The criteria set a node is scored on: the set number of a leaf, or `null` for a product or a group that
 * has subgroups (several sets; see {@link setsUnder}).
 *
 * @throws {@link OcopError} `UNKNOWN_ID`
 * @example
 * ```ts
 * setForNode("26/2026:V.1"); // 23 (Hoa)
 * setForNode("26/2026:I.1"); // null (two subgroups: sets 1 and 2)
 * ```
 */
export function setForNode(id: ClassificationId | string): number | null {
  return classificationNode(id).set;
}

/**
 * Every criteria set under a node (itself for a leaf), ascending.
 *
 * @throws {@link OcopError} `UNKNOWN_ID`
 * @example
 * ```ts
 * setsUnder("26/2026:I.3"); // [5, 6, 7, 8]
 * setsUnder("26/2026:V"); // [23, 24, 25]
 * ```
 */
export function setsUnder(id: ClassificationId | string): readonly number[] {
  const sets: number[] = [];
  const stack: ClassificationNode[] = [classificationNode(id)];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.set !== null) sets.push(node.set);
    for (const child of node.children) stack.push(CLASSIFICATION_INDEX.byId.get(child)!);
  }
  return sets.sort((a, b) => a - b);
}

/**
 * The name of a node under a regime: its own name, with the renamings of the amendments in force in that
 * regime applied (781/QĐ-TTg renamed the 1048 tourism group). The regime must be based on the node's
 * regulation.
 *
 * @throws {@link OcopError} `UNKNOWN_ID`; `UNKNOWN_REGULATION` for an unknown regime; `INVALID_ARGUMENT` when
 *   the regime is based on another decision
 * @example
 * ```ts
 * classificationName("1048:VI.1", "1048").vi; // "Dịch vụ du lịch - truyền thống - lễ hội"
 * classificationName("1048:VI.1", "1048+781").vi; // "Dịch vụ du lịch cộng đồng và điểm du lịch"
 * ```
 */
export function classificationName(id: ClassificationId | string, regimeId: RegimeId): Bilingual {
  const node = classificationNode(id);
  const r = regime(regimeId);
  if (r.base !== node.regulation) {
    return fail(
      "INVALID_ARGUMENT",
      ["regimeId"],
      regimeId,
      "the regime must be based on the node's regulation",
      {
        en: `regimeId: regime ${r.id} is based on ${r.base}, but ${node.id} belongs to ${node.regulation}`,
        vi: `regimeId: chế độ ${r.id} dựa trên ${r.base}, nhưng ${node.id} thuộc ${node.regulation}`,
      },
    );
  }
  let name = node.name;
  for (const amendment of r.amendments) {
    for (const rename of node.renames) if (rename.by === amendment) name = rename.name;
  }
  return name;
}
