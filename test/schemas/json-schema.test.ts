/**
 * The committed JSON Schemas (`json-schema/*.json`) equal the generation, and the library's own examples
 * validate against them. Run with `UPDATE_JSON_SCHEMA=1` to rewrite the files after changing a schema.
 *
 * The JSON Schemas are checked with Ajv (draft 2020-12), which is in node_modules as a dependency of the
 * mutation-testing tool; the library itself does not depend on it.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, test } from "vitest";
import { JSON_SCHEMA_DIALECT, jsonSchemaFiles } from "../../scripts/json-schema.js";
import { isCalendarDate } from "../../src/calendar/calendar-date.js";
import { SCHEMA_CATALOGUE } from "../../src/schemas/index.js";
import { makeCertificate } from "../certificates/fixtures.js";
import { examples } from "./examples.js";

const DIR = new URL("../../json-schema/", import.meta.url);
const generated = jsonSchemaFiles();

if (process.env["UPDATE_JSON_SCHEMA"] === "1") {
  if (existsSync(DIR)) {
    for (const file of readdirSync(DIR)) if (file.endsWith(".json")) rmSync(new URL(file, DIR));
  }
  mkdirSync(DIR, { recursive: true });
  for (const [file, text] of generated) writeFileSync(new URL(file, DIR), text);
  // Leave the files as the repository's formatter wants them (the check below compares the JSON, not the text).
  const biome = fileURLToPath(new URL("../../node_modules/@biomejs/biome/bin/biome", import.meta.url));
  execFileSync(process.execPath, [biome, "format", "--write", fileURLToPath(DIR)], { stdio: "ignore" });
}

/** The JSON of a text, re-serialised: equal for equal JSON (key order included), whatever the layout. */
const canonical = (text: string): string => JSON.stringify(JSON.parse(text));

const committed = (file: string): unknown => JSON.parse(readFileSync(new URL(file, DIR), "utf8"));

function ajv(): Ajv2020 {
  const instance = new Ajv2020({ strict: true, allErrors: true });
  instance.addFormat("date", { type: "string", validate: (value: string) => isCalendarDate(value) });
  return instance;
}

describe("committed JSON Schemas", () => {
  test("json-schema/ holds exactly the generated files, up to date (UPDATE_JSON_SCHEMA=1 rewrites them)", () => {
    const files = readdirSync(DIR)
      .filter((f) => f.endsWith(".json"))
      .sort();
    expect(files).toEqual([...generated.keys()].sort());
    for (const [file, text] of generated) {
      const current = canonical(readFileSync(new URL(file, DIR), "utf8"));
      expect(current, `${file} is stale: run UPDATE_JSON_SCHEMA=1`).toBe(canonical(text));
    }
  });

  test("one file per public schema, draft 2020-12, with a relative $id", () => {
    expect(generated.size).toBe(SCHEMA_CATALOGUE.length);
    for (const entry of SCHEMA_CATALOGUE) {
      const schema = committed(`${entry.name}.json`) as Record<string, unknown>;
      expect(schema["$schema"]).toBe(JSON_SCHEMA_DIALECT);
      expect(schema["$id"]).toBe(`ocop/${entry.name}.json`);
      expect(schema["title"]).toBe(entry.type);
      expect(typeof schema["description"]).toBe("string");
      expect(JSON.stringify(schema)).not.toContain('"readOnly"');
    }
  });

  test("the rules a non-TypeScript app relies on are in the files", () => {
    const date = committed("calendar-date.json") as Record<string, unknown>;
    expect(date).toMatchObject({ type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$", format: "date" });

    const target = committed("target.json") as { oneOf: { properties: { kind: { const: string } } }[] };
    expect(target.oneOf.map((o) => o.properties.kind.const)).toEqual([
      "count",
      "share",
      "coverage",
      "per-unit-minimum",
      "range",
    ]);
    expect(target.oneOf[0]).toMatchObject({
      required: ["id", "name", "measure", "start", "deadline", "kind", "counting", "target"],
      additionalProperties: false,
    });

    const certificate = committed("certificate.json") as {
      required: string[];
      properties: Record<string, Record<string, unknown>>;
    };
    expect(certificate.required).toEqual([
      "product",
      "holder",
      "stars",
      "decisionNumber",
      "issuedOn",
      "issuer",
      "locality",
    ]);
    expect(certificate.properties["stars"]).toEqual({ type: "number", enum: [3, 4, 5] });
    expect(certificate.properties["score"]).toEqual({ type: "number", minimum: 0, maximum: 100 });
    const regimes = certificate.properties["regime"]!["enum"] as string[];
    expect([...regimes].sort()).toEqual(["1048", "1048+781", "148", "148+1489", "26/2026"]);

    const answers = committed("answers.json") as Record<string, unknown>;
    expect(answers).toMatchObject({
      type: "object",
      propertyNames: { pattern: "^(?!__proto__$)" },
      additionalProperties: { type: "number", minimum: 0 },
    });
  });
});

describe("the JSON Schemas accept the library's own examples and reject junk (Ajv, draft 2020-12)", () => {
  const all = examples();
  for (const entry of SCHEMA_CATALOGUE) {
    test(entry.name, () => {
      const validate = ajv().compile(committed(`${entry.name}.json`) as object);
      for (const example of all.get(entry.name) ?? []) {
        const json = JSON.parse(JSON.stringify(example));
        expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
      }
      for (const junk of [null, 42, "text", [[]], { "": 1 }]) {
        expect(validate(junk), `${entry.name} accepts ${JSON.stringify(junk)}`).toBe(
          entry.schema.safeParse(junk).success,
        );
      }
    });
  }

  test("dates that are not real days are rejected by the date format", () => {
    const validate = ajv().compile(committed("certificate.json") as object);
    expect(validate(makeCertificate("2026-06-15"))).toBe(true);
    expect(validate({ ...makeCertificate("2026-06-15"), issuedOn: "2026-02-30" })).toBe(false);
    expect(validate({ ...makeCertificate("2026-06-15"), issuedOn: "2026-2-3" })).toBe(false);
  });
});
