/**
 * The version `ocop --version` prints. Kept equal to `package.json` by a test (test/cli/run.test.ts).
 *
 * @module
 */

/** The package version. */
export const VERSION = "0.1.0";
