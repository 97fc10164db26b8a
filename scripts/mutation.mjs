#!/usr/bin/env node
/**
 * Mutation testing module by module (docs/mutation.md).
 *
 *   node scripts/mutation.mjs                  every module of src/ in scope, one Stryker run each
 *   node scripts/mutation.mjs scoring targets  only these modules
 *   node scripts/mutation.mjs --summary        no run: the table of the reports already in reports/mutation/
 *
 * Each module gets its own report (reports/mutation/<module>.json and .html) and its own incremental file, so
 * a rerun after new tests retests only what changed, and a report is there as soon as its module is done
 * (Stryker writes its reports only at the end of a run). The settings are those of stryker.config.json; the
 * scope of a module is its folder minus what that file excludes (barrels, types, pure data).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";

const MODULES = [
  "scoring",
  "certificates",
  "targets",
  "statistics",
  "regulations",
  "errors",
  "criteria",
  "classification",
  "calendar",
  "procedure",
  "schemas",
  "cli",
];
const DIR = "reports/mutation";

const base = JSON.parse(readFileSync("stryker.config.json", "utf8"));
const exclusions = base.mutate.filter((g) => g.startsWith("!") && !MODULES.some((m) => g === `!src/${m}/**`));

function run(module) {
  mkdirSync(DIR, { recursive: true });
  const config = {
    ...base,
    $schema: undefined,
    mutate: [`src/${module}/**/*.ts`, ...exclusions],
    jsonReporter: { fileName: `${DIR}/${module}.json` },
    htmlReporter: { fileName: `${DIR}/${module}.html` },
    incrementalFile: `${DIR}/stryker-incremental-${module}.json`,
    thresholds: { ...base.thresholds, break: null },
  };
  const file = join(DIR, `stryker.${module}.json`);
  writeFileSync(file, JSON.stringify(config, null, 2));
  console.log(`\n=== ${module} ===`);
  const r = spawnSync("npx", ["stryker", "run", file], { stdio: "inherit" });
  if (r.status !== 0) console.error(`stryker exited with ${r.status} on ${module}`);
}

/** The counts of each file of one report, by status. */
function count(report) {
  const files = [];
  for (const [name, f] of Object.entries(report.files)) {
    const c = { name, killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignoredStatic: 0 };
    for (const m of f.mutants) {
      if (m.status === "Killed") c.killed++;
      else if (m.status === "Timeout") c.timeout++;
      else if (m.status === "Survived") c.survived++;
      else if (m.status === "NoCoverage") c.noCoverage++;
      else if (m.status === "Ignored" && m.static) c.ignoredStatic++;
    }
    files.push(c);
  }
  return files;
}

const score = (c) => {
  const valid = c.killed + c.timeout + c.survived + c.noCoverage;
  return valid === 0 ? 100 : (100 * (c.killed + c.timeout)) / valid;
};

/** The newest report of each source file among the JSON reports in reports/mutation/. */
function latestFiles() {
  const reports = readdirSync(DIR)
    .filter((f) => f.endsWith(".json") && !f.startsWith("stryker"))
    .map((f) => join(DIR, f))
    .sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs);
  const files = new Map();
  for (const path of reports) {
    const report = JSON.parse(readFileSync(path, "utf8"));
    if (report.files === undefined) continue;
    // A module's report also carries the other files of its incremental file, unchanged: take its own only.
    const module = basename(path, ".json");
    const own = MODULES.includes(module) ? `src/${module}/` : "src/";
    for (const c of count(report)) if (c.name.startsWith(own)) files.set(c.name, c);
  }
  return files;
}

function summary() {
  const byModule = new Map();
  for (const c of latestFiles().values()) {
    const module = c.name.split("/")[1];
    if (!byModule.has(module)) byModule.set(module, []);
    byModule.get(module).push(c);
  }
  const keys = ["killed", "timeout", "survived", "noCoverage", "ignoredStatic"];
  const add = (to, c) => {
    for (const k of keys) to[k] += c[k];
  };
  const zero = () => Object.fromEntries(keys.map((k) => [k, 0]));
  const total = zero();
  const line = (name, c) =>
    `| ${name} | ${c.killed + c.timeout + c.survived + c.noCoverage} | ${c.killed} | ${c.timeout} | ${c.survived} | ${c.noCoverage} | ${c.ignoredStatic} | ${score(c).toFixed(2)}% |`;
  console.log("| Scope | Mutants | Killed | Timed out | Survived | No coverage | Static (not run) | Score |");
  console.log("|---|---|---|---|---|---|---|---|");
  const modules = [...byModule.keys()].sort((a, b) => MODULES.indexOf(a) - MODULES.indexOf(b));
  for (const module of modules) {
    const sum = zero();
    for (const f of byModule.get(module)) add(sum, f);
    add(total, sum);
    console.log(line(`\`src/${module}/\``, sum));
  }
  console.log(line("**all measured**", total));
  console.log("\nPer file:");
  for (const module of modules)
    for (const f of byModule.get(module).sort((a, b) => score(a) - score(b)))
      console.log(`- \`${f.name}\` ${score(f).toFixed(1)}% (${f.survived + f.noCoverage} left)`);
}

const args = process.argv.slice(2);
if (args.includes("--summary")) summary();
else {
  // By default every module the config does not exclude as a whole.
  const chosen = args.length > 0 ? args : MODULES.filter((m) => !base.mutate.includes(`!src/${m}/**`));
  for (const m of chosen) {
    if (!MODULES.includes(m)) throw new Error(`unknown module ${m}; one of ${MODULES.join(", ")}`);
    if (!readdirSync("src").includes(m)) throw new Error(`src/${m} does not exist`);
    run(m);
  }
  summary();
}
