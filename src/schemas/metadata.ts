/**
 * The registry of JSON Schema metadata of the `ocop` schemas (ids, titles, descriptions, the JSON form of
 * a calendar date). It is the library's own registry, not zod's global one, so that importing
 * `ocop/schemas` leaves an app's zod registry untouched.
 *
 * @module
 */
import * as z from "zod";

/** The metadata of the `ocop` schemas, read by the JSON Schema generation. */
export const OCOP_METADATA: z.core.$ZodRegistry<z.core.GlobalMeta> = z.registry<z.core.GlobalMeta>();

/**
 * Records metadata for a schema in {@link OCOP_METADATA} and returns the schema.
 *
 * @example
 * ```ts
 * const Name = withMeta(z.string(), { description: "A product's name" });
 * ```
 */
export function withMeta<T extends z.ZodType>(schema: T, meta: z.core.GlobalMeta): T {
  OCOP_METADATA.add(schema, meta);
  return schema;
}
