/**
 * A small, strict command-line option parser: `--name value`, `--name=value`, boolean flags, short
 * aliases (`-h`), `--` to end the options, and `-` as a positional (stdin). Errors are bilingual usage
 * errors (exit 2).
 *
 * @module
 */
import { bi, usageError } from "./cli-error.js";

/** The options a command accepts. */
export type OptionSpec = Readonly<
  Record<string, { readonly type: "string" | "boolean"; readonly short?: string }>
>;

/** The parsed command line of a command. */
export interface ParsedArgs {
  /** Option values by long name (the last occurrence wins). */
  readonly values: Readonly<Record<string, string | boolean>>;
  readonly positionals: readonly string[];
}

/** The options every command accepts. */
export const GLOBAL_OPTIONS: OptionSpec = {
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
  lang: { type: "string" },
  format: { type: "string" },
};

/**
 * Parses `args` against `spec` (plus {@link GLOBAL_OPTIONS}).
 *
 * @throws {@link CliError} exit 2 for an unknown option, a missing value, or a value given to a flag
 * @example
 * ```ts
 * parseArgs(["a.json", "--set", "3"], { set: { type: "string" } }, "score");
 * // { values: { set: "3" }, positionals: ["a.json"] }
 * ```
 */
export function parseArgs(args: readonly string[], spec: OptionSpec, command?: string): ParsedArgs {
  const all: OptionSpec = { ...GLOBAL_OPTIONS, ...spec };
  const byShort = new Map<string, string>();
  for (const [name, option] of Object.entries(all))
    if (option.short !== undefined) byShort.set(option.short, name);
  const values = new Map<string, string | boolean>();
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--") {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (arg === "-" || !arg.startsWith("-")) {
      positionals.push(arg);
      continue;
    }
    let name: string | undefined;
    let inline: string | undefined;
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq < 0 ? undefined : arg.slice(eq + 1);
    } else {
      name = byShort.get(arg.slice(1));
    }
    const option = name === undefined || !Object.hasOwn(all, name) ? undefined : all[name];
    if (name === undefined || option === undefined) {
      throw usageError(bi(`unknown option ${arg}`, `không có tùy chọn ${arg}`), command);
    }
    if (option.type === "boolean") {
      if (inline !== undefined) {
        throw usageError(
          bi(`option --${name} takes no value`, `tùy chọn --${name} không nhận giá trị`),
          command,
        );
      }
      values.set(name, true);
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = args[i + 1];
      if (next === undefined || (next.startsWith("-") && next !== "-" && !/^-\d/.test(next))) {
        throw usageError(bi(`option --${name} needs a value`, `tùy chọn --${name} cần một giá trị`), command);
      }
      value = next;
      i++;
    }
    values.set(name, value);
  }
  return { values: Object.fromEntries(values), positionals };
}

/**
 * The command of a command line: its first positional argument, skipping the values of the global options.
 *
 * @example
 * ```ts
 * splitCommand(["--lang", "vi", "score", "a.json"]); // { command: "score", rest: ["--lang", "vi", "a.json"] }
 * ```
 */
export function splitCommand(args: readonly string[]): { command: string | undefined; rest: string[] } {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--") break;
    if (arg === "--lang" || arg === "--format") {
      i++;
      continue;
    }
    if (!arg.startsWith("-")) return { command: arg, rest: [...args.slice(0, i), ...args.slice(i + 1)] };
  }
  return { command: undefined, rest: [...args] };
}
