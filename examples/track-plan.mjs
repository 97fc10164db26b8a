// Where the OCOP plans stand on a date: Hà Nội's 2021–2025 plan against the yearly recognition batches, the
// national targets of Decision 919/QĐ-TTg against the latest published figures, and shares rounded as
// official reports round them.
//
// Usage (after `npm run build`): node examples/track-plan.mjs [YYYY-MM-DD]
// The date is the day of the report; OCOP_TODAY also sets it (default: today in Vietnam).
// The figures are the published ones the test suite holds (test/targets, test/statistics).
import { pathToFileURL } from "node:url";
import { productStatistics, roundedPercent, sharesOf, targetPreset, trackTarget, vietnamDateOf } from "ocop";

// Arguments only when run as a program (not when a test imports the file).
const args =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href
    ? process.argv.slice(2)
    : [];
const today =
  process.env.OCOP_TODAY ?? args.find((a) => /^\d{4}-\d{2}-\d{2}$/.test(a)) ?? vietnamDateOf(new Date());
const line = (text = "") => console.log(text);
const heading = (text) => line(`\n== ${text}`);

/** Products of 3★ or more Hà Nội recognised in each year's batch after 2020 (the 2019–2020 batches: 1,054). */
const HANOI_BATCHES = { 2021: 595, 2022: 518, 2023: 544, 2024: 606 };

/** Published national figures, each on its date. */
const NATIONAL_FIGURES = {
  "919/products-3-stars": [
    { on: "2021-12-31", value: 5401 },
    { on: "2023-12-06", value: 10322 },
  ],
  "919/products-5-stars": [{ on: "2024-12-31", value: 79 }],
};

function describe(progress) {
  const p = progress;
  line(
    `  On ${p.asOf}: ${p.achieved} of ${p.required} (${p.percentDone}% of the way), ${p.remaining} to go.`,
  );
  if (p.daysLeft >= 0) line(`  ${p.daysLeft} day(s) left to ${p.target.deadline}.`);
  else line(`  The deadline ${p.target.deadline} passed ${-p.daysLeft} day(s) ago.`);
  if (p.neededPerMonth !== null)
    line(`  Pace needed: ${p.neededPerMonth} per month, ${p.neededPerYear} per year.`);
  if (p.projection !== null) line(`  Projection at the deadline, at the pace so far: ${p.projection}.`);
  line(`  Status: ${p.status} — ${p.reason.en}`);
}

line(`OCOP — plans and statistics — ${today}`);

const hanoi = targetPreset("hanoi-2025/products-3-stars");
heading(`${hanoi.name.en} (${hanoi.id})`);
line(`Source: ${hanoi.source.document}`);
line(`  "${hanoi.source.quote}"`);
const counted = Object.entries(HANOI_BATCHES).filter(([year]) => `${year}-12-31` <= today);
if (today < hanoi.start) line(`The plan starts on ${hanoi.start}.`);
else {
  const value = counted.reduce((sum, [, n]) => sum + n, 0);
  const batches = counted.map(([year, n]) => `${year}: ${n}`).join(", ");
  line(`Batches recognised by 31 December of each year: ${batches === "" ? "none yet" : batches}.`);
  describe(trackTarget(hanoi, { value }, today));
}

heading("Decision 919/QĐ-TTg, the national programme 2021–2025: the latest published figure");
for (const [id, figures] of Object.entries(NATIONAL_FIGURES)) {
  const target = targetPreset(id);
  const latest = figures.filter((f) => f.on <= today).at(-1);
  line(`${target.name.en} (${id}, ${target.source.document})`);
  if (latest === undefined) {
    line(`  No published figure on or before ${today}.`);
    continue;
  }
  line(`  Published on ${latest.on}: ${latest.value}.`);
  describe(trackTarget(target, { value: latest.value }, latest.on));
}

heading("Statistics as published (percentages rounded half-up to one decimal)");
const groups = sharesOf({ food: 467, beverages: 19, herbal: 5, textiles: 24, souvenirs: 115 }, 630);
line(
  `Hà Nội, 630 products by group (2020 review): ${groups.map((s) => `${s.key} ${s.percent}%`).join(", ")}`,
);
// The 1,054 products of 2019–2020 by rank, as records (a registry would give one record per product).
const records = [
  ...Array.from({ length: 17 }, () => ({ stars: 4, potentialFiveStar: true })),
  ...Array.from({ length: 731 }, () => ({ stars: 4 })),
  ...Array.from({ length: 306 }, () => ({ stars: 3 })),
];
const stats = productStatistics(records);
line(
  `Hà Nội, ${stats.total} products of 2019–2020 by rank: ` +
    stats.byRank
      .map((s) => `${s.key === "potential-5" ? "potential 5★" : `${s.key}★`} ${s.count} (${s.percent}%)`)
      .join(", "),
);
const all = 1054 + Object.values(HANOI_BATCHES).reduce((a, b) => a + b, 0);
line(`Hà Nội, all batches 2019–2024: ${all} products; those of 2019–2020 are ${roundedPercent(1054, all)}%.`);
