/**
 * The exit codes of `ocop`, a contract that scripts can rely on (documented in docs/cli.md).
 *
 * @module
 */

/**
 * The exit codes of the command-line program.
 *
 * - `OK` (0): the command ran; nothing asked to fail.
 * - `ATTENTION` (1): the command ran and found what `--fail-on-due` (certificates) or `--fail-on-risk`
 *   (track) asked to be told about.
 * - `USAGE` (2): the command line is wrong (unknown command or option, missing or invalid argument).
 * - `UNREADABLE` (3): an input file cannot be read (missing, a directory, no permission).
 * - `INVALID_DATA` (4): an input file was read but its content is invalid (CSV or JSON syntax, a bad value).
 * - `INTERNAL` (5): a defect of `ocop` itself; please report it.
 *
 * @example
 * ```ts
 * import { EXIT } from "./exit-codes.js";
 * if ((await run(["presets"], io)) === EXIT.OK) console.log("done");
 * ```
 */
export const EXIT = {
  OK: 0,
  ATTENTION: 1,
  USAGE: 2,
  UNREADABLE: 3,
  INVALID_DATA: 4,
  INTERNAL: 5,
} as const;

/** One of the {@link EXIT} codes. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
