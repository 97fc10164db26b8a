import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  CLASSIFICATION_LEVELS,
  CLASSIFICATION_REGULATIONS,
  classification,
  classificationName,
  classificationNode,
  foldVietnamese,
  leafForSet,
  mapClassification,
  searchClassification,
  setForNode,
  setsUnder,
} from "../../src/classification/index.js";
import { ALL_REGIMES } from "../../src/regulations/index.js";
import {
  codeOf,
  hostileProxy,
  junk,
  junkNumber,
  junkString,
  nearValid,
  RUNS,
  revokedProxy,
  robustSame,
  snapshot,
} from "./junk.js";

type Fn = (...args: never[]) => unknown;
const call = <F extends Fn>(fn: F) => fn as unknown as (...args: readonly unknown[]) => ReturnType<F>;

const ids = CLASSIFICATION_REGULATIONS.flatMap((r) => classification(r).nodes.map((n) => n.id));
const nodeId = fc.oneof(
  { arbitrary: fc.constantFrom(...ids), weight: 3 },
  { arbitrary: fc.constantFrom(...ids).map((id) => `${id} `), weight: 1 },
  { arbitrary: junk, weight: 1 },
);
const regulation = fc.oneof(fc.constantFrom(...CLASSIFICATION_REGULATIONS), junk);
const regimeId = fc.oneof(fc.constantFrom(...ALL_REGIMES.map((r) => r.id)), junk);
const setNumber = fc.oneof(fc.integer({ min: -1, max: 28 }), junkNumber, junk);

describe("classification: junk in, only OcopError out, inputs untouched", () => {
  const data = snapshot(CLASSIFICATION_REGULATIONS.map((r) => classification(r)));

  test("classification: the tree of a regulation", () => {
    fc.assert(
      fc.property(regulation, (r) => {
        const outcome = robustSame(call(classification), [r]);
        if (outcome.ok) expect((outcome.value as { regulation: unknown }).regulation).toBe(r);
        else expect(outcome.error.code).toBe("UNKNOWN_REGULATION");
      }),
      { numRuns: RUNS },
    );
  });

  test("classificationNode, setForNode and setsUnder agree", () => {
    fc.assert(
      fc.property(nodeId, (id) => {
        const node = robustSame(call(classificationNode), [id]);
        const set = robustSame(call(setForNode), [id]);
        const under = robustSame(call(setsUnder), [id]);
        expect(set.ok).toBe(node.ok);
        expect(under.ok).toBe(node.ok);
        if (node.ok && set.ok && under.ok) {
          const s = set.value as number | null;
          if (s !== null) expect(under.value).toEqual([s]);
          expect((under.value as number[]).every((n) => Number.isInteger(n) && n >= 1 && n <= 26)).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  test("leafForSet: a leaf carrying that set number", () => {
    fc.assert(
      fc.property(regulation, setNumber, (r, n) => {
        const outcome = robustSame(call(leafForSet), [r, n]);
        if (outcome.ok) expect((outcome.value as { set: unknown }).set).toBe(n);
      }),
      { numRuns: RUNS },
    );
  });

  test("classificationName: a bilingual name", () => {
    fc.assert(
      fc.property(nodeId, regimeId, (id, r) => {
        const outcome = robustSame(call(classificationName), [id, r]);
        if (outcome.ok) {
          const name = outcome.value as { en: string; vi: string };
          expect(name.en.length > 0 && name.vi.length > 0).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  test("mapClassification: leaves of the target regulation", () => {
    fc.assert(
      fc.property(nodeId, regulation, (id, to) => {
        const outcome = robustSame(call(mapClassification), [id, to]);
        if (outcome.ok) {
          const m = outcome.value as { to: { regulation: unknown }[] };
          expect(m.to.every((n) => n.regulation === to)).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  test("foldVietnamese: a lower-case text without marks", () => {
    fc.assert(
      fc.property(fc.oneof(junkString, fc.string({ unit: "grapheme", maxLength: 30 }), junk), (text) => {
        const outcome = robustSame(call(foldVietnamese), [text]);
        if (outcome.ok) {
          const folded = outcome.value as string;
          expect(folded).toBe(folded.toLowerCase());
          expect(/\p{M}/u.test(folded)).toBe(false);
        } else expect(outcome.error.code).toBe("INVALID_ARGUMENT");
      }),
      { numRuns: RUNS },
    );
  });

  test("searchClassification: matches sorted by score, filtered as asked", () => {
    const options = fc.oneof(
      fc.constant(undefined),
      nearValid(
        fc.record(
          {
            regulation: fc.constantFrom(...CLASSIFICATION_REGULATIONS),
            level: fc.constantFrom(...CLASSIFICATION_LEVELS),
          },
          { requiredKeys: [] },
        ),
      ),
    );
    const query = fc.oneof(
      fc.constantFrom("chè", "rau", "Mật ong", "du lịch", "THỊT", "cà phê"),
      junkString,
      junk,
    );
    fc.assert(
      fc.property(query, options, (q, o) => {
        const outcome = robustSame(call(searchClassification), [q, o]);
        if (outcome.ok) {
          const scores = (outcome.value as { score: number }[]).map((m) => m.score);
          expect([...scores].sort((a, b) => b - a)).toEqual(scores);
        }
      }),
      { numRuns: RUNS },
    );
  });

  test("the classification data is never changed", () => {
    expect(snapshot(CLASSIFICATION_REGULATIONS.map((r) => classification(r)))).toBe(data);
  });
});

describe("regressions (each threw a raw error or answered wrongly before)", () => {
  test("foldVietnamese of a non-text (was: TypeError text.normalize is not a function)", () => {
    expect(codeOf(() => foldVietnamese(5 as never))).toBe("INVALID_ARGUMENT");
    expect(codeOf(() => foldVietnamese(JSON.parse('{"__proto__":{}}') as never))).toBe("INVALID_ARGUMENT");
  });

  test("foldVietnamese removes the mark lower-casing adds (was: İ folded to i + U+0307)", () => {
    expect(foldVietnamese("İ")).toBe("i");
    expect(foldVietnamese("Đồ uống có cồn")).toBe("do uong co con");
  });

  test("searchClassification with options that cannot be read (was: TypeError from Array.isArray)", () => {
    expect(codeOf(() => searchClassification("chè", revokedProxy() as never))).toBe("INVALID_ARGUMENT");
    expect(codeOf(() => searchClassification("chè", hostileProxy() as never))).toBe("INVALID_ARGUMENT");
  });
});
