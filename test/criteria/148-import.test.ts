/**
 * Staleness test of the generated criteria modules of Decision 148/QĐ-TTg.
 *
 * Re-runs `scripts/criteria/import-148.ts` on `data-sources/148-transcription.md` and compares the rendered
 * modules with the committed `src/criteria/148/*.ts`, byte for byte: the renderer emits exactly what
 * `biome format` prints, so no normalisation is needed. With `UPDATE_CRITERIA=1` the files are written
 * instead (then run `npx biome check src/criteria/148` to confirm they are stable).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  type GeneratedFile148,
  importCriteria148,
  renderCriteria148,
} from "../../scripts/criteria/import-148.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const source = readFileSync(join(root, "data-sources", "148-transcription.md"), "utf8");
const update = process.env["UPDATE_CRITERIA"] === "1";

function generated(): GeneratedFile148[] {
  return renderCriteria148(importCriteria148(source));
}

describe("criteria 148: generated modules", () => {
  const files = generated();

  if (update) {
    it("writes the generated modules (UPDATE_CRITERIA=1)", () => {
      for (const file of files) {
        const path = join(root, file.path);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, file.content);
      }
      expect(files).toHaveLength(27);
    });
    return;
  }

  it("renders 26 set modules and the barrel", () => {
    expect(files).toHaveLength(27);
    expect(files.at(-1)?.path).toBe("src/criteria/148/index.ts");
  });

  it.each(files.map((f) => [f.path, f] as const))(
    "%s is up to date (UPDATE_CRITERIA=1 to regenerate)",
    (_, file) => {
      const path = join(root, file.path);
      expect(existsSync(path), `${file.path} is missing`).toBe(true);
      expect(readFileSync(path, "utf8")).toBe(file.content);
    },
  );

  it("src/criteria/148 holds no other module", () => {
    const expected = files.map((f) => f.path.split("/").at(-1)).sort();
    const present = readdirSync(join(root, "src", "criteria", "148")).sort();
    expect(present).toEqual(expected);
  });

  it("is deterministic", () => {
    expect(generated()).toEqual(files);
  });
});
