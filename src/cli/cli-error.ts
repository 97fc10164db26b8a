/**
 * The error of the command-line program: an exit code and one or more bilingual lines, each already
 * naming the file, the line and the field where there is one.
 *
 * @module
 */
import type { Bilingual } from "../errors/ocop-error.js";
import { EXIT, type ExitCode } from "./exit-codes.js";

/** A failure of a command, with the exit code it ends the program with. */
export class CliError extends Error {
  override readonly name = "CliError";
  /** The exit code (see {@link EXIT}). */
  readonly exit: ExitCode;
  /** The problems, one per line, in both languages. */
  readonly lines: readonly [Bilingual, ...Bilingual[]];
  /** What to do about it, if anything ("Try 'ocop score --help'."). */
  readonly hint: Bilingual | undefined;

  constructor(exit: ExitCode, lines: readonly [Bilingual, ...Bilingual[]], hint?: Bilingual) {
    super(lines[0].en);
    this.exit = exit;
    this.lines = lines;
    this.hint = hint;
  }
}

/** A bilingual text. */
export function bi(en: string, vi: string): Bilingual {
  return { en, vi };
}

/**
 * A usage error (exit 2) about the command line.
 *
 * @example
 * ```ts
 * throw usageError(bi("--set is required", "thiếu --set"), "score");
 * ```
 */
export function usageError(message: Bilingual, command?: string): CliError {
  const help = command === undefined ? "ocop --help" : `ocop ${command} --help`;
  return new CliError(EXIT.USAGE, [message], bi(`Try '${help}'.`, `Xem '${help}'.`));
}

/**
 * An invalid-data error (exit 4) with one line per problem.
 *
 * @example
 * ```ts
 * throw dataError([bi("a.csv:3: stars: ...", "a.csv:3: stars: ...")]);
 * ```
 */
export function dataError(lines: readonly Bilingual[]): CliError {
  const [first, ...rest] = lines;
  return new CliError(
    EXIT.INVALID_DATA,
    first === undefined ? [bi("invalid data", "dữ liệu không hợp lệ")] : [first, ...rest],
  );
}
