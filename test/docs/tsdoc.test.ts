/**
 * CONTRIBUTING.md: "TSDoc on every export, with an `@example` on every public function". This test lists,
 * with the TypeScript compiler API, every function exported by the three entry points (`ocop`,
 * `ocop/schemas`, `ocop/cli`): function declarations and exported `const`s initialised with an arrow
 * function or a function expression, followed through re-exports to their declarations. It fails naming
 * every one whose declaration has no TSDoc block with an `@example` tag.
 */
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const ENTRY_POINTS = ["src/index.ts", "src/schemas/index.ts", "src/cli/index.ts"] as const;

/** An exported function and where it is declared. */
interface ExportedFunction {
  readonly entry: string;
  readonly name: string;
  /** `src/...ts:line` of its first declaration. */
  readonly at: string;
  readonly documented: boolean;
  readonly hasExample: boolean;
}

function program(): ts.Program {
  const config = ts.readConfigFile(`${ROOT}tsconfig.json`, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  return ts.createProgram(
    ENTRY_POINTS.map((e) => `${ROOT}${e}`),
    { ...parsed.options, noEmit: true },
  );
}

/** The declarations of a symbol that are functions, with the node that carries their TSDoc. */
function functionDeclarations(symbol: ts.Symbol): ts.Node[] {
  const found: ts.Node[] = [];
  for (const decl of symbol.declarations ?? []) {
    if (ts.isFunctionDeclaration(decl)) found.push(decl);
    else if (
      ts.isVariableDeclaration(decl) &&
      decl.initializer !== undefined &&
      (ts.isArrowFunction(decl.initializer) || ts.isFunctionExpression(decl.initializer))
    ) {
      found.push(decl);
    }
  }
  return found;
}

/** Whether a declaration has a TSDoc block (`/** ... *\/`), and whether that block has an `@example`. */
function docOf(node: ts.Node): { documented: boolean; hasExample: boolean } {
  // For a variable, the block sits on its statement; getJSDocCommentsAndTags walks up to it.
  const blocks = ts.getJSDocCommentsAndTags(node).filter((d): d is ts.JSDoc => ts.isJSDoc(d));
  return {
    documented: blocks.length > 0,
    hasExample: ts.getJSDocTags(node).some((tag) => tag.tagName.text === "example"),
  };
}

function exportedFunctions(): ExportedFunction[] {
  const p = program();
  const checker = p.getTypeChecker();
  const out: ExportedFunction[] = [];
  for (const entry of ENTRY_POINTS) {
    const file = p.getSourceFile(`${ROOT}${entry}`);
    if (file === undefined) throw new Error(`${entry} is not in the program`);
    const moduleSymbol = checker.getSymbolAtLocation(file);
    if (moduleSymbol === undefined) throw new Error(`${entry} is not a module`);
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const decls = functionDeclarations(symbol);
      const first = decls[0];
      if (first === undefined) continue;
      // Overloads: the TSDoc may sit on any signature (typedoc shows it on each).
      const docs = decls.map(docOf);
      const source = first.getSourceFile();
      const line = source.getLineAndCharacterOfPosition(first.getStart(source)).line + 1;
      out.push({
        entry,
        name: exported.getName(),
        at: `${source.fileName.slice(ROOT.length)}:${line}`,
        documented: docs.some((d) => d.documented),
        hasExample: docs.some((d) => d.hasExample),
      });
    }
  }
  return out;
}

describe("TSDoc of the public functions", () => {
  const functions = exportedFunctions();

  it("finds the public functions of every entry point", () => {
    const names = new Set(functions.map((f) => f.name));
    // One well-known function per entry point: the walk must reach them all.
    for (const name of ["scoreSheet", "certificateStatus", "trackTarget", "parseWith", "run"]) {
      expect(names, name).toContain(name);
    }
    for (const entry of ENTRY_POINTS) {
      expect(
        functions.some((f) => f.entry === entry),
        entry,
      ).toBe(true);
    }
    // Re-exports resolve to their declarations, never to an entry point.
    for (const f of functions)
      expect(
        ENTRY_POINTS.some((e) => f.at.startsWith(`${e}:`)),
        f.at,
      ).toBe(false);
  });

  it("every exported function has TSDoc with an @example", () => {
    const missing = functions
      .filter((f) => !f.hasExample)
      .map((f) => `${f.name} (${f.at}, ${f.entry}): ${f.documented ? "no @example" : "no TSDoc"}`);
    expect(missing, `exported functions without an @example:\n${missing.join("\n")}`).toEqual([]);
  });
});
