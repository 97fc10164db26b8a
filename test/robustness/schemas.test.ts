import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { OcopError } from "../../src/errors/ocop-error.js";
import {
  AnswersSchema,
  CouncilAnswersSchema,
  CouncilSheetsSchema,
  parseWith,
  SCHEMA_CATALOGUE,
  safeParseWith,
} from "../../src/schemas/index.js";
import { examples } from "../schemas/examples.js";
import { codeOf, corrupted, hostileProxy, junk, RUNS, revokedProxy, robust } from "./junk.js";

const EXAMPLES = examples();

describe("schemas: parseWith and safeParseWith on junk and near-valid input", () => {
  for (const entry of SCHEMA_CATALOGUE) {
    const valid = EXAMPLES.get(entry.name) ?? [];
    const input =
      valid.length === 0
        ? junk
        : fc.oneof(
            { arbitrary: fc.constantFrom(...valid), weight: 1 },
            { arbitrary: corrupted(fc.constantFrom(...valid)), weight: 3 },
            { arbitrary: junk, weight: 2 },
          );

    test(`${entry.name}: an OcopError or a fresh value; safeParseWith never throws`, () => {
      fc.assert(
        fc.property(input, (value) => {
          // The schema is not the caller's input (zod fills its caches on first use): only `value` is watched.
          const parsed = robust((v: unknown) => parseWith(entry.schema, v, ["input"]), [value]);
          const safe = robust((v: unknown) => safeParseWith(entry.schema, v, ["input"]), [value]);
          expect(safe.outcome.ok).toBe(true);
          if (!safe.outcome.ok) return;
          const result = safe.outcome.value as { success: boolean; error?: unknown };
          expect(result.success).toBe(parsed.outcome.ok);
          if (!result.success) expect(result.error).toBeInstanceOf(OcopError);
          if (parsed.outcome.ok && typeof parsed.args[0] === "object" && parsed.args[0] !== null) {
            expect(parsed.outcome.value).not.toBe(parsed.args[0]);
          }
        }),
        // 26 schemas share one function: 40 runs each, over 1000 runs of parseWith and safeParseWith in all.
        { numRuns: Math.round(RUNS / 5) },
      );
    });
  }
});

describe("regressions (each changed the caller's input or let a raw error escape before)", () => {
  test("a value of the wrong type is not frozen by parseWith (was: zod's .readonly() froze it)", () => {
    const set = new Set<string>();
    const list: unknown[] = [];
    const inner: unknown[] = [];
    expect(codeOf(() => parseWith(AnswersSchema, set))).toBe("INVALID_ANSWERS");
    expect(codeOf(() => parseWith(AnswersSchema, list))).toBe("INVALID_ANSWERS");
    expect(codeOf(() => parseWith(CouncilSheetsSchema, [inner, Object.create(null)]))).not.toMatch(/^raw/);
    for (const value of [set, list, inner]) expect(Object.isExtensible(value)).toBe(true);
    set.add("still writable");
    list.push(1);
    expect(list).toEqual([1]);
  });

  test("a value zod cannot word a message for (was: TypeError from zod's message of a revoked proxy)", () => {
    expect(codeOf(() => parseWith(CouncilAnswersSchema, [{ "1.1": revokedProxy([]) }]))).toBe(
      "INVALID_SHEETS",
    );
    const result = safeParseWith(AnswersSchema, { "1.1": hostileProxy() });
    expect(result.success).toBe(false);
  });
});
