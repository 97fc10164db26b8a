// `npm run bench`: benchmarks of the built package (dist/), outside the test suite.
// Every figure is a ratio of two tasks measured in the same run, so that the machine's speed cancels out.
// Prints a table and JSON, and writes the JSON to reports/bench.json.
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { Bench } from "tinybench";
import {
  certificateExpiry,
  certificateStatus,
  classify,
  criteriaSet,
  nextStarGap,
  scoreSheet,
  starsForScore,
} from "../dist/index.js";
import { AnswersSchema, parseWith } from "../dist/schemas/index.js";

const TIME = Number(process.env.BENCH_TIME_MS ?? 1000);

/** A deterministic pseudo-random generator (mulberry32), so every run scores the same sheets. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const set = criteriaSet("26/2026/QĐ-TTg", 11); // Chè tươi, chè chế biến: the largest sheet, with a third level
const next = random(2026);
function randomAnswers() {
  const answers = {};
  for (const c of set.criteria) answers[c.id] = c.options[Math.floor(next() * c.options.length)].points;
  return answers;
}
const SHEETS = Array.from({ length: 1000 }, randomAnswers);

// The floor: a hand-written loop over the same points — look up each criterion's answer, check that the
// criterion offers it, and add it to the total and to its section's subtotal.
const offered = set.criteria.map((c) => new Set(c.options.map((o) => o.points)));
const sectionIndex = new Map();
const criterionSection = set.criteria.map((c) => {
  if (!sectionIndex.has(c.section)) sectionIndex.set(c.section, sectionIndex.size);
  return sectionIndex.get(c.section);
});
function handWritten(answers) {
  const sections = new Array(sectionIndex.size).fill(0);
  let total = 0;
  for (let i = 0; i < set.criteria.length; i++) {
    const points = answers[set.criteria[i].id];
    if (!offered[i].has(points)) throw new Error("not offered");
    sections[criterionSection[i]] += points;
    total += points;
  }
  return { total, sections };
}

let k = 0;
const nextSheet = () => SHEETS[k++ % SHEETS.length];

function certificates(n) {
  const out = [];
  const r = random(7);
  for (let i = 0; i < n; i++) {
    const day = Math.floor(r() * 6 * 365);
    const issued = new Date(Date.UTC(2020, 0, 1) + day * 86400000).toISOString().slice(0, 10);
    const stars = 3 + Math.floor(r() * 3);
    out.push({
      product: { name: `Sản phẩm ${i}` },
      holder: { name: `HTX ${i % 500}` },
      stars,
      score: stars === 3 ? 60 : stars === 4 ? 80 : 92,
      decisionNumber: `${i}/QĐ-UBND`,
      issuedOn: issued,
      issuer: {
        name: stars === 5 ? "Bộ Nông nghiệp và Môi trường" : "UBND tỉnh",
        level: stars === 5 ? "central" : "province",
      },
      locality: { province: `Tỉnh ${i % 34}` },
    });
  }
  return out;
}

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];

/**
 * Measures two tasks in `ROUNDS` alternating rounds (subject first, then baseline first, ...) and returns the
 * median of the rounds' ratios of mean times: a burst of load from another process lands in one round, not in
 * the result. Bulk tasks (a pass over 100,000 or 1,000,000 items) take `{ iterations: 2 }` per round.
 */
async function ratio(name, subject, baseline, goal, { iterations = 64 } = {}) {
  const bulk = iterations < 64;
  const rounds = [];
  for (let round = 0; round < ROUNDS; round++) {
    const bench = new Bench({
      time: bulk ? 0 : TIME,
      iterations,
      warmupTime: bulk ? 0 : 200,
      warmupIterations: bulk ? 1 : 16,
    });
    const pair = round % 2 === 0 ? [subject, baseline] : [baseline, subject];
    for (const task of pair) bench.add(task.name, task.fn);
    await bench.run();
    const mean = (task) => bench.tasks.find((t) => t.name === task.name).result.latency.mean;
    rounds.push({ a: mean(subject), b: mean(baseline) });
  }
  const ratios = rounds.map((x) => x.a / x.b);
  const r = median(ratios);
  return {
    name,
    subject: subject.name,
    baseline: baseline.name,
    subjectMeanMs: Number(median(rounds.map((x) => x.a)).toPrecision(4)),
    baselineMeanMs: Number(median(rounds.map((x) => x.b)).toPrecision(4)),
    rounds: ratios.map((x) => Number(x.toFixed(2))),
    ratio: Number(r.toFixed(2)),
    goal: goal ?? null,
    met: goal === undefined ? null : r <= goal,
  };
}

const results = [];

results.push(
  await ratio(
    "scoring a sheet vs a hand-written loop over the same points",
    { name: "scoreSheet(set 11, answers)", fn: () => scoreSheet(set, nextSheet()) },
    { name: "hand-written loop", fn: () => handWritten(nextSheet()) },
    2,
  ),
);

const hundredThousand = Array.from({ length: 100_000 }, (_, i) => SHEETS[i % SHEETS.length]);
results.push(
  await ratio(
    "classifying 100,000 sheets vs scoring them",
    {
      name: "classify × 100,000",
      fn: () => {
        for (const a of hundredThousand) classify(set, a);
      },
    },
    {
      name: "scoreSheet × 100,000",
      fn: () => {
        for (const a of hundredThousand) scoreSheet(set, a);
      },
    },
    undefined,
    { iterations: 2 },
  ),
);

results.push(
  await ratio(
    "the next-star gap (the cheapest answers that reach the next level) vs classifying",
    { name: "nextStarGap(set 11, answers)", fn: () => nextStarGap(set, nextSheet()) },
    { name: "classify(set 11, answers)", fn: () => classify(set, nextSheet()) },
  ),
);

const million = certificates(1_000_000);
results.push(
  await ratio(
    "status of 1,000,000 certificates vs their expiry alone",
    {
      name: "certificateStatus × 1,000,000",
      fn: () => {
        for (const c of million) certificateStatus(c, "2026-11-24");
      },
    },
    {
      name: "certificateExpiry × 1,000,000",
      fn: () => {
        for (const c of million) certificateExpiry(c.issuedOn);
      },
    },
    undefined,
    { iterations: 2 },
  ),
);

results.push(
  await ratio(
    "validating a sheet with the zod schema vs scoring it",
    { name: "parseWith(AnswersSchema, answers)", fn: () => parseWith(AnswersSchema, nextSheet()) },
    { name: "scoreSheet(set 11, answers)", fn: () => scoreSheet(set, nextSheet()) },
  ),
);

results.push(
  await ratio(
    "starsForScore vs a hand-written comparison chain",
    { name: "starsForScore(score)", fn: () => starsForScore((k++ % 1000) / 10) },
    {
      name: "if-chain",
      fn: () => {
        const s = (k++ % 1000) / 10;
        return s >= 90 ? 5 : s >= 70 ? 4 : s >= 50 ? 3 : s >= 30 ? 2 : 1;
      },
    },
  ),
);

const machine = {
  cpu: cpus()[0]?.model ?? "unknown",
  cores: cpus().length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  benchTimeMs: TIME,
  rounds: ROUNDS,
};
console.table(
  results.map((r) => ({
    benchmark: r.name,
    ratio: r.ratio,
    goal: r.goal ?? "",
    rounds: r.rounds.join(" "),
    "subject mean (ms)": r.subjectMeanMs,
    "baseline mean (ms)": r.baselineMeanMs,
  })),
);
const report = { date: new Date().toISOString(), machine, results };
console.log(JSON.stringify(report, null, 2));
mkdirSync("reports", { recursive: true });
writeFileSync("reports/bench.json", `${JSON.stringify(report, null, 2)}\n`);
