/**
 * The `ocop` command line as a library: {@link run} with an injected {@link CliIo}, the exit codes, and
 * the version. The executable is `main.ts`.
 *
 * @module
 */
export { CliError } from "./cli-error.js";
export { EXIT, type ExitCode } from "./exit-codes.js";
export type { CliIo } from "./io.js";
export { nodeIo } from "./node-io.js";
export { run } from "./run.js";
export { VERSION } from "./version.js";
