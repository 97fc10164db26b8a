/**
 * Types of the product classification (danh mục phân loại sản phẩm) of each criteria regime.
 *
 * Every criteria decision sorts OCOP products into three levels: a product (sản phẩm; "ngành", sector,
 * under 1048/QĐ-TTg), a group (nhóm) and, for some groups, a subgroup (phân nhóm). Each leaf of the tree
 * (a subgroup, or a group without subgroups) is scored on exactly one criteria set (bộ tiêu chí, 1–26).
 *
 * @module
 */
import type { Bilingual } from "../errors/ocop-error.js";
import type { CriteriaRegulationNumber, RegulationNumber, Source } from "../regulations/types.js";

/** The regulations that carry a product classification (the three criteria decisions). */
export type ClassificationRegulation = CriteriaRegulationNumber;

/** The prefix of the ids of a regulation's nodes: `"26/2026"`, `"148"`, `"1048"`. */
export type ClassificationIdPrefix = "26/2026" | "148" | "1048";

/**
 * A stable, readable node id: the regulation prefix, a colon and the annex numbering joined by dots,
 * e.g. `"26/2026:I"` (product), `"26/2026:I.1"` (group), `"26/2026:I.1.a"` (subgroup). Ids never change.
 */
export type ClassificationId = `${ClassificationIdPrefix}:${string}`;

/** The three levels of the classification. */
export type ClassificationLevel = "product" | "group" | "subgroup";

/** How sure the data is. */
export type ClassificationStatus =
  /** Transcribed from the official text. */
  | "official"
  /** From secondary sources (press summaries, third-party transcriptions), not checked against the gazette. */
  | "transcription"
  /** Could not be confirmed. */
  | "unconfirmed";

/** A renaming of a node by an amending decision (781/QĐ-TTg renamed the 1048 tourism group). */
export interface ClassificationRename {
  /** The amending decision. Its effect follows the regime registry (a regime whose amendments include it). */
  readonly by: RegulationNumber;
  /** The name after the amendment. */
  readonly name: Bilingual;
  /** The provision amended. */
  readonly reference: string;
}

/** Fields every entry of the data has. */
export interface ClassificationEntryBase {
  /** The code printed in the annex: `"I"`, `"1"`, `"a"`. */
  readonly code: string;
  readonly name: Bilingual;
  /** Other names of the same node (sheet headers, other sources), used by the search. */
  readonly aliases?: readonly string[];
  /** A remark on the data (a doubt, a discrepancy between sources). */
  readonly note?: Bilingual;
  /** Renamings by amending decisions. */
  readonly renames?: readonly ClassificationRename[];
}

/** The fields of a leaf: the criteria set it is scored on. */
export interface ClassificationLeafFields {
  /** The number of its criteria set (1–26). */
  readonly set: number;
  /** The title of the criteria set ("Bộ sản phẩm: ..."), without the "Bộ sản phẩm:" prefix. */
  readonly setName: Bilingual;
  /** The managing ministries (cơ quan chủ trì quản lý), in printed order; empty where not modelled. */
  readonly ministries?: readonly Bilingual[];
}

/** A subgroup (phân nhóm): always a leaf. */
export interface SubgroupEntry extends ClassificationEntryBase, ClassificationLeafFields {}

/** A group with subgroups. */
export interface GroupWithSubgroupsEntry extends ClassificationEntryBase {
  readonly subgroups: readonly SubgroupEntry[];
}

/** A group without subgroups: a leaf, mapped directly to one criteria set. */
export interface LeafGroupEntry extends ClassificationEntryBase, ClassificationLeafFields {}

/** A group (nhóm). */
export type GroupEntry = GroupWithSubgroupsEntry | LeafGroupEntry;

/** A product (sản phẩm) or, under 1048/QĐ-TTg, a sector (ngành). */
export interface ProductEntry extends ClassificationEntryBase {
  readonly groups: readonly GroupEntry[];
}

/** The names of the three levels in a regulation's own terms. */
export interface LevelNames {
  readonly product: Bilingual;
  readonly group: Bilingual;
  readonly subgroup: Bilingual;
}

/** The classification of one regulation, as data (what a data module declares). */
export interface ClassificationData {
  readonly regulation: ClassificationRegulation;
  readonly idPrefix: ClassificationIdPrefix;
  /** The annex that holds the classification. */
  readonly annex: string;
  readonly title: Bilingual;
  readonly status: ClassificationStatus;
  /** The citation of the classification. */
  readonly source: string;
  /** Public sources of secondary data (empty for an official text). */
  readonly sources: readonly Source[];
  readonly levelNames: LevelNames;
  /** Remarks on the data as a whole. */
  readonly notes: readonly Bilingual[];
  readonly products: readonly ProductEntry[];
}

/** One node of a classification tree, as returned by the functions of this module. */
export interface ClassificationNode {
  readonly id: ClassificationId;
  readonly level: ClassificationLevel;
  readonly regulation: ClassificationRegulation;
  /** The code printed in the annex for this level alone: `"I"`, `"1"`, `"a"`. */
  readonly code: string;
  /** The full annex code: `"I"`, `"I.1"`, `"I.1.a"`. */
  readonly annexCode: string;
  readonly name: Bilingual;
  readonly aliases: readonly string[];
  /** The parent's id, `null` for a product. */
  readonly parent: ClassificationId | null;
  /** The children's ids in annex order (empty for a leaf). */
  readonly children: readonly ClassificationId[];
  /** `true` for a node scored on a criteria set (a subgroup, or a group without subgroups). */
  readonly leaf: boolean;
  /** The criteria set number (leaves only, else `null`). */
  readonly set: number | null;
  /** The title of the criteria set (leaves only, else `null`). */
  readonly setName: Bilingual | null;
  /** The managing ministries as printed (26/2026 leaves); empty where not modelled. */
  readonly ministries: readonly Bilingual[];
  readonly renames: readonly ClassificationRename[];
  readonly note: Bilingual | null;
}

/** The classification tree of one regulation. */
export interface ClassificationTree {
  readonly regulation: ClassificationRegulation;
  readonly idPrefix: ClassificationIdPrefix;
  readonly annex: string;
  readonly title: Bilingual;
  readonly status: ClassificationStatus;
  readonly source: string;
  readonly sources: readonly Source[];
  readonly levelNames: LevelNames;
  readonly notes: readonly Bilingual[];
  /** The ids of the products, in annex order. */
  readonly products: readonly ClassificationId[];
  /** Every node, depth-first in annex order (product, its groups, their subgroups, next product ...). */
  readonly nodes: readonly ClassificationNode[];
}

/**
 * How a node of one regime corresponds to the nodes of the next.
 *
 * - `same`: same name (up to spelling) and scope.
 * - `renamed`: another name, the same scope as far as the texts show.
 * - `split`: the node corresponds to several nodes, each covering part of it.
 * - `merged`: the one target also covers other nodes of the source regime.
 * - `partial`: the scopes overlap but differ (the target is wider or narrower, or the match is mixed).
 * - `removed`: no counterpart in the newer regime.
 * - `added`: no counterpart in the older regime.
 */
export type MappingKind = "same" | "renamed" | "split" | "merged" | "partial" | "removed" | "added";

/** One row of a cross-regime mapping, from an older regulation to the next. */
export interface MappingRow {
  /** The leaf of the older regulation, or `null` for a leaf added by the newer one. */
  readonly from: ClassificationId | null;
  /** The leaves of the newer regulation (empty when removed). */
  readonly to: readonly ClassificationId[];
  readonly kind: MappingKind;
  /** Why, from the names and texts. */
  readonly reason: Bilingual;
  /** `true` where the names and texts do not settle the correspondence. */
  readonly doubtful: boolean;
}

/** The mapping from one regulation's leaves to the next regulation's leaves. */
export interface MappingTable {
  readonly from: ClassificationRegulation;
  readonly to: ClassificationRegulation;
  /** What the rows rest on. */
  readonly basis: string;
  readonly rows: readonly MappingRow[];
}

/** One hop of a mapping, between two consecutive regulations. */
export interface MappingStep {
  readonly from: ClassificationRegulation;
  readonly to: ClassificationRegulation;
  /** The rows used (as stored, older → newer, whatever the direction of travel). */
  readonly rows: readonly MappingRow[];
}

/** The result of `mapClassification`. */
export interface ClassificationMapping {
  readonly from: ClassificationNode;
  readonly toRegulation: ClassificationRegulation;
  /** The corresponding leaves in the target regulation, in annex order. */
  readonly to: readonly ClassificationNode[];
  /** The relation from `from` to `to`, seen in the direction of travel. */
  readonly kind: MappingKind;
  /** `true` if any row used is doubtful. */
  readonly doubtful: boolean;
  /** The hops, in the order travelled. */
  readonly steps: readonly MappingStep[];
}

/** Which field of a node a search hit matched. */
export type SearchField = "name.vi" | "name.en" | "setName.vi" | "setName.en" | "alias" | "renamed";

/** One search hit. */
export interface ClassificationMatch {
  readonly node: ClassificationNode;
  /** Higher is better: 100 exact, 80 prefix, 60 word start, 40 substring, 30/20 all words found. */
  readonly score: number;
  readonly matchedOn: SearchField;
  /** The text that matched, as stored. */
  readonly matchedText: string;
}

/** Options of `searchClassification`. */
export interface SearchClassificationOptions {
  /** Only this regulation's nodes. */
  readonly regulation?: ClassificationRegulation | undefined;
  /** Only nodes of this level. */
  readonly level?: ClassificationLevel | undefined;
}
