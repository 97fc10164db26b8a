import { describe, expect, it } from "vitest";
import {
  CLASSIFICATION_REGULATIONS,
  classification,
  classificationNode,
} from "../../src/classification/classification.js";
import { CLASSIFICATION_MAPPINGS, mapClassification } from "../../src/classification/mapping.js";
import type { ClassificationRegulation, MappingKind } from "../../src/classification/types.js";
import { OcopError } from "../../src/errors/ocop-error.js";
import { MAPPING_GOLDEN } from "./golden-mapping.js";

function catchError(fn: () => unknown): OcopError {
  try {
    fn();
  } catch (error) {
    if (error instanceof OcopError) return error;
    throw error;
  }
  throw new Error("expected an OcopError");
}

const leafIds = (regulation: ClassificationRegulation) =>
  classification(regulation)
    .nodes.filter((n) => n.leaf)
    .map((n) => n.id);

describe("mapping tables (data)", () => {
  it("has one table per pair of consecutive regulations", () => {
    expect(CLASSIFICATION_MAPPINGS.map((t) => [t.from, t.to])).toEqual([
      ["1048/QĐ-TTg", "148/QĐ-TTg"],
      ["148/QĐ-TTg", "26/2026/QĐ-TTg"],
    ]);
  });

  for (const table of CLASSIFICATION_MAPPINGS) {
    describe(`${table.from} → ${table.to}`, () => {
      it("gives every older leaf exactly one row", () => {
        const froms = table.rows.map((r) => r.from).filter((f) => f !== null);
        expect([...froms].sort()).toEqual([...leafIds(table.from)].sort());
      });

      it("reaches every newer leaf", () => {
        const reached = new Set(table.rows.flatMap((r) => r.to));
        expect([...reached].sort()).toEqual([...leafIds(table.to)].sort());
      });

      it("uses leaves of the right regulations only", () => {
        for (const row of table.rows) {
          if (row.from !== null) {
            expect(classificationNode(row.from)).toMatchObject({ regulation: table.from, leaf: true });
          }
          for (const id of row.to)
            expect(classificationNode(id)).toMatchObject({ regulation: table.to, leaf: true });
        }
      });

      it("has kinds consistent with the shape of each row, and a reason in both languages", () => {
        const targets = new Map<string, number>();
        for (const row of table.rows) for (const id of row.to) targets.set(id, (targets.get(id) ?? 0) + 1);
        for (const row of table.rows) {
          expect(row.reason.vi.length).toBeGreaterThan(10);
          expect(row.reason.en.length).toBeGreaterThan(10);
          const shape: Record<MappingKind, boolean> = {
            removed: row.from !== null && row.to.length === 0,
            added: row.from === null && row.to.length === 1,
            split: row.from !== null && row.to.length >= 2,
            merged: row.from !== null && row.to.length === 1 && targets.get(row.to[0]!)! >= 2,
            same: row.from !== null && row.to.length === 1,
            renamed: row.from !== null && row.to.length === 1,
            partial: row.from !== null && row.to.length >= 1,
          };
          expect(shape[row.kind], `${row.from} → ${row.to.join(", ")}`).toBe(true);
        }
      });
    });
  }

  it("maps 148 to 26/2026 one to one, set number for set number", () => {
    const table = CLASSIFICATION_MAPPINGS[1]!;
    for (const row of table.rows) {
      expect(row.to).toHaveLength(1);
      expect(classificationNode(row.to[0]!).set).toBe(classificationNode(row.from!).set);
    }
    const counts = table.rows.reduce<Record<string, number>>((acc, r) => {
      acc[r.kind] = (acc[r.kind] ?? 0) + 1;
      return acc;
    }, {});
    expect(counts).toEqual({ same: 22, renamed: 4 });
  });

  it("marks the tea row 1048 → 148 as doubtful, and no other", () => {
    const doubtful = CLASSIFICATION_MAPPINGS.flatMap((t) =>
      t.rows.filter((r) => r.doubtful).map((r) => r.from),
    );
    expect(doubtful).toEqual(["1048:I.5.b"]);
  });
});

describe("mapClassification: golden cases", () => {
  for (const c of MAPPING_GOLDEN) {
    it(c.name, () => {
      const result = mapClassification(c.input.from, c.input.to);
      expect(result.to.map((n) => n.id)).toEqual(c.expected.to);
      expect(result.kind).toBe(c.expected.kind);
      expect(result.doubtful).toBe(c.expected.doubtful);
      expect(result.from.id).toBe(c.input.from);
      expect(result.toRegulation).toBe(c.input.to);
    });
  }
});

describe("mapClassification", () => {
  it("maps every leaf of every regulation to every regulation without error", () => {
    for (const from of CLASSIFICATION_REGULATIONS) {
      for (const id of leafIds(from)) {
        for (const to of CLASSIFICATION_REGULATIONS) {
          const result = mapClassification(id, to);
          for (const node of result.to) expect(node.regulation).toBe(to);
          expect(result.steps).toHaveLength(
            Math.abs(CLASSIFICATION_REGULATIONS.indexOf(from) - CLASSIFICATION_REGULATIONS.indexOf(to)),
          );
        }
      }
    }
  });

  it("is consistent both ways: a forward target maps back to a set containing the source", () => {
    for (const from of CLASSIFICATION_REGULATIONS) {
      for (const id of leafIds(from)) {
        for (const to of CLASSIFICATION_REGULATIONS) {
          for (const target of mapClassification(id, to).to) {
            expect(mapClassification(target.id, from).to.map((n) => n.id)).toContain(id);
          }
        }
      }
    }
  });

  it("records the hops with the rows used", () => {
    const result = mapClassification("1048:I.3.e", "26/2026/QĐ-TTg");
    expect(result.steps.map((s) => [s.from, s.to])).toEqual([
      ["1048/QĐ-TTg", "148/QĐ-TTg"],
      ["148/QĐ-TTg", "26/2026/QĐ-TTg"],
    ]);
    expect(result.steps[0]?.rows.map((r) => r.kind)).toEqual(["merged"]);
    expect(result.steps[1]?.rows.map((r) => r.from)).toEqual(["148:I.3.d"]);
    const back = mapClassification("26/2026:I.3.d", "148/QĐ-TTg");
    expect(back.steps).toEqual([{ from: "26/2026/QĐ-TTg", to: "148/QĐ-TTg", rows: [expect.anything()] }]);
  });

  it("maps a leaf to itself within its own regulation", () => {
    const result = mapClassification("26/2026:I.1.a", "26/2026/QĐ-TTg");
    expect(result).toMatchObject({ kind: "same", doubtful: false, steps: [] });
    expect(result.to).toEqual([classificationNode("26/2026:I.1.a")]);
  });

  it("rejects non-leaves, unknown ids and unknown regulations", () => {
    const inner = catchError(() => mapClassification("26/2026:I.1", "148/QĐ-TTg"));
    expect(inner.code).toBe("INVALID_ARGUMENT");
    expect(inner.path).toEqual(["fromId"]);
    expect(inner.messages.en).toContain("not a leaf");
    expect(inner.messages.vi).toContain("mục lá");
    expect(catchError(() => mapClassification("26/2026:I", "148/QĐ-TTg")).code).toBe("INVALID_ARGUMENT");
    for (const bad of ["", "__proto__", "148:I.9", 7, null]) {
      expect(catchError(() => mapClassification(bad as string, "148/QĐ-TTg")).code).toBe("UNKNOWN_ID");
    }
    for (const bad of ["919/QĐ-TTg", "148", null, {}]) {
      const error = catchError(() => mapClassification("148:I.1.a", bad as ClassificationRegulation));
      expect(error.code).toBe("UNKNOWN_REGULATION");
      expect(error.path).toEqual(["toRegulation"]);
    }
  });
});
