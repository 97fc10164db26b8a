/**
 * `ocop/schemas` — the validation boundary of `ocop`: zod schemas of every public input and of the main
 * outputs, typed against the library's types, {@link parseWith} to turn a failure into an `OcopError` with
 * messages in English and Vietnamese, and the catalogue the JSON Schemas (`json-schema/*.json`) are
 * generated from.
 *
 * A separate entry point: the computing functions of `ocop` never import it (they validate with cheap
 * checks), so an app that does not validate with zod does not load zod.
 *
 * @example
 * ```ts
 * import { trackTarget } from "ocop";
 * import { parseWith, TrackedTargetSchema } from "ocop/schemas";
 * const { target, data, asOf } = parseWith(TrackedTargetSchema, JSON.parse(body));
 * const progress = trackTarget(target, data, asOf);
 * ```
 *
 * @module
 */
export { type CatalogueEntry, type IssueCode, SCHEMA_CATALOGUE } from "./catalogue.js";
export * from "./certificates.js";
export * from "./criteria.js";
export { OCOP_METADATA } from "./metadata.js";
export { type ParseOptions, parseWith, type SafeParseResult, safeParseWith, toOcopIssues } from "./parse.js";
export {
  BilingualSchema,
  CALENDAR_DATE_PATTERN,
  CalendarDateSchema,
  CalendarDateTextSchema,
  CriteriaRegulationNumberSchema,
  DossierKindSchema,
  MarkerLevelSchema,
  type OcopIssueParams,
  PartIdSchema,
  RegimeIdSchema,
  RegulationNumberSchema,
  SourceSchema,
  StarLevelSchema,
  UncertaintySchema,
} from "./primitives.js";
export * from "./procedure.js";
export * from "./scoring.js";
export * from "./statistics.js";
export * from "./targets.js";
