/**
 * JSON Schema generation: one JSON Schema (draft 2020-12) per public schema of `ocop/schemas`, for apps in
 * other languages. The files live in `json-schema/<name>.json`; `test/schemas/json-schema.test.ts` fails
 * when they are stale and rewrites them with `UPDATE_JSON_SCHEMA=1`.
 *
 * @module
 */
import * as z from "zod";
import {
  CalendarDateSchema,
  CalendarDateTextSchema,
  OCOP_METADATA,
  SCHEMA_CATALOGUE,
} from "../src/schemas/index.js";

/** The draft every file follows. */
export const JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema";

/** The zod schemas that have no JSON form of their own and take it from their metadata. */
const WITH_JSON_FORM: ReadonlySet<z.core.$ZodType> = new Set([CalendarDateSchema, CalendarDateTextSchema]);

/** When the root is only a `$ref` to one of its `$defs` (a schema with an id), puts that definition at the root. */
function inlineRoot(schema: Record<string, unknown>): Record<string, unknown> {
  const { $ref, $defs, ...rest } = schema as { $ref?: unknown; $defs?: Record<string, unknown> };
  if (typeof $ref !== "string" || !$ref.startsWith("#/$defs/") || $defs === undefined) return schema;
  const key = $ref.slice("#/$defs/".length);
  const { [key]: root, ...others } = $defs;
  if (root === undefined || JSON.stringify(others).includes(`"${$ref}"`)) return schema;
  return { ...rest, ...(root as object), ...(Object.keys(others).length > 0 && { $defs: others }) };
}

/**
 * The JSON Schema of one catalogue entry, as an object.
 *
 * @example
 * ```ts
 * jsonSchemaOf("target").$id; // "ocop/target.json"
 * ```
 */
export function jsonSchemaOf(name: string): Record<string, unknown> {
  const entry = SCHEMA_CATALOGUE.find((e) => e.name === name);
  if (entry === undefined) throw new Error(`no public schema named ${name}`);
  const generated = z.toJSONSchema(entry.schema, {
    target: "draft-2020-12",
    io: "input",
    metadata: OCOP_METADATA,
    unrepresentable: "any",
    override: ({ zodSchema, jsonSchema }) => {
      // `.readonly()` is about the TypeScript type; in JSON Schema `readOnly` means something else.
      delete jsonSchema.readOnly;
      if (zodSchema._zod.def.type === "custom" && !WITH_JSON_FORM.has(zodSchema)) {
        throw new Error(`${name}: a custom schema without a JSON form`);
      }
    },
  }) as Record<string, unknown>;
  const { $schema: _dialect, ...body } = inlineRoot(generated);
  return {
    $schema: JSON_SCHEMA_DIALECT,
    $id: `ocop/${entry.name}.json`,
    title: entry.type,
    description: entry.description,
    ...body,
  };
}

/**
 * Every JSON Schema file: file name (`target.json`) → its text (2-space JSON, final newline), in catalogue
 * order.
 *
 * @example
 * ```ts
 * for (const [file, text] of jsonSchemaFiles()) writeFileSync(`json-schema/${file}`, text);
 * ```
 */
export function jsonSchemaFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of SCHEMA_CATALOGUE) {
    files.set(`${entry.name}.json`, `${JSON.stringify(jsonSchemaOf(entry.name), null, 2)}\n`);
  }
  return files;
}
