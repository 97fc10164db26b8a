// Prints "N passed, N failed" summed over vitest's JSON reports (one per time zone the suite ran in).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2] ?? "reports";
let passed = 0;
let failed = 0;
let files = [];
try {
  files = readdirSync(dir).filter((f) => f.startsWith("vitest-") && f.endsWith(".json"));
} catch {
  files = [];
}
for (const file of files) {
  const report = JSON.parse(readFileSync(join(dir, file), "utf8"));
  passed += report.numPassedTests ?? 0;
  const failedTests = report.numFailedTests ?? 0;
  // A test file that fails to load has no failed test of its own: count it once.
  failed += failedTests > 0 ? failedTests : (report.numFailedTestSuites ?? 0);
}
if (files.length === 0) {
  console.log("0 passed, 1 failed");
  process.exit(1);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
