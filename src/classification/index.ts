/**
 * Product classification per criteria regime: products, groups, subgroups; search; cross-regime mapping.
 *
 * @module
 */
export {
  CLASSIFICATION_LEVELS,
  CLASSIFICATION_REGULATIONS,
  classification,
  classificationName,
  classificationNode,
  leafForSet,
  setForNode,
  setsUnder,
} from "./classification.js";
export { CLASSIFICATION_26_2026 } from "./data/26-2026.js";
export { CLASSIFICATION_148 } from "./data/148.js";
export { CLASSIFICATION_1048 } from "./data/1048.js";
export { MAPPING_148_TO_26_2026, MAPPING_1048_TO_148 } from "./data/mapping.js";
export { foldVietnamese } from "./fold.js";
export { CLASSIFICATION_MAPPINGS, mapClassification } from "./mapping.js";
export { searchClassification } from "./search.js";
export type {
  ClassificationData,
  ClassificationEntryBase,
  ClassificationId,
  ClassificationIdPrefix,
  ClassificationLeafFields,
  ClassificationLevel,
  ClassificationMapping,
  ClassificationMatch,
  ClassificationNode,
  ClassificationRegulation,
  ClassificationRename,
  ClassificationStatus,
  ClassificationTree,
  GroupEntry,
  GroupWithSubgroupsEntry,
  LeafGroupEntry,
  LevelNames,
  MappingKind,
  MappingRow,
  MappingStep,
  MappingTable,
  ProductEntry,
  SearchClassificationOptions,
  SearchField,
  SubgroupEntry,
} from "./types.js";
