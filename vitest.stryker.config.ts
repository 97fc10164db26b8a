import { mergeConfig } from "vitest/config";
import base from "./vitest.config.js";

// The suite Stryker runs against each mutant (stryker.config.json): the whole suite but
// - the example programs (test/examples) and the TSDoc check (test/docs): they import the library inside a
//   test, which would make every module's set-up code look covered by that one test;
// - the junk-input properties of test/robustness run 25 times each instead of 200;
// - a test may take 30 s (instrumented code on a loaded machine is several times slower).
// All of them still run in full in `npm test`.
export default mergeConfig(base, {
  test: {
    exclude: ["test/examples/**", "test/docs/**", "**/node_modules/**"],
    env: { ROBUSTNESS_RUNS: "25" },
    testTimeout: 30_000,
  },
});
