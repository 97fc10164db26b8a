import { describe, expect, test } from "vitest";
import { parseWith, SCHEMA_CATALOGUE } from "../../src/schemas/index.js";
import { examples } from "./examples.js";

describe("the library's own examples pass their schemas", () => {
  const all = examples();
  test("every public schema has examples", () => {
    for (const entry of SCHEMA_CATALOGUE)
      expect(all.get(entry.name)?.length ?? 0, entry.name).toBeGreaterThan(0);
  });
  for (const entry of SCHEMA_CATALOGUE) {
    test(`${entry.name} (${entry.direction})`, () => {
      for (const example of all.get(entry.name) ?? []) {
        const parsed = parseWith(entry.schema, example);
        expect(parsed).toEqual(example);
      }
    });
  }
});
