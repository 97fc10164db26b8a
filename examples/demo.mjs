// `npm run demo`: what an OCOP officer wants to see, computed with the public API of the built package.
// Usage: npm run demo [-- YYYY-MM-DD]   (default: today in Vietnam; OCOP_DEMO_DATE also sets it)
import {
  certificateStatus,
  classification,
  classify,
  criteriaSet,
  dossierTransition,
  evaluationRound,
  nextStarGap,
  regulationAt,
  searchClassification,
  targetPreset,
  trackTarget,
  vietnamDateOf,
} from "ocop";

const today =
  process.env.OCOP_DEMO_DATE ??
  process.argv.slice(2).find((a) => /^\d{4}-\d{2}-\d{2}$/.test(a)) ??
  vietnamDateOf(new Date());
const line = (text = "") => console.log(text);
const heading = (text) => line(`\n== ${text}`);

line(`OCOP — Chương trình Mỗi xã một sản phẩm — ${today}`);

heading("The rules in force");
const inForce = regulationAt(today);
line(
  `A dossier filed today follows ${inForce.name.en} (${inForce.name.vi}), in force since ${inForce.from}.`,
);
const pending = dossierTransition("2026-05-15", "re-evaluation");
if (pending) {
  line(`A re-evaluation filed on 2026-05-15 finishes under ${pending.regime.name.en}, by ${pending.due}`);
  line(`  (${pending.rule.setBy}, ${pending.rule.article}).`);
}

heading("Product classification (Phụ lục I)");
const tree = classification("26/2026/QĐ-TTg");
const count = (level) => tree.nodes.filter((n) => n.level === level).length;
line(`${tree.products.length} products, ${count("group")} groups, 26 criteria sets.`);
const [tea] = searchClassification("che tuoi", { regulation: "26/2026/QĐ-TTg" });
line(
  `Search "che tuoi" → ${tea.node.id} ${tea.node.name.vi} (${tea.node.name.en}) → criteria set ${tea.node.set}`,
);

heading("Scoring a product: Chè búp Tân Cương, HTX Chè Tân Cương (Thái Nguyên)");
const set = criteriaSet("26/2026/QĐ-TTg", tea.node.set);
// One sheet per council member (Decision 26/2026/QĐ-TTg, Phụ lục II: the criteria set is the scoring sheet).
const member1 = {
  1.1: 3,
  1.2: 1,
  1.3: 3,
  1.4: 2,
  1.5: 2,
  1.6: 2,
  1.7: 1,
  2.1: 3,
  2.2: 3,
  2.3: 3,
  2.4: 1,
  3.1: 3,
  3.2: 1,
  3.3: 3,
  3.4: 2,
  3.5: 2,
  4.1: 3,
  4.2: 2,
  4.3: 3,
  5.1: 5,
  5.2: 2,
  5.3: 3,
  "6.1.1": 2,
  "6.1.2": 2,
  "6.2.1": 3,
  "6.2.2": 2,
  "6.2.3": 3,
  7: 3,
  8: 4,
  9: 3,
  10: 2,
  11: 2,
};
const member2 = { ...member1, 4.3: 5, "6.2.2": 3 };
// Member 3 scores growth (3.4) one option lower: below the 4★ minimum marker of that criterion.
const member3 = { ...member1, 5.3: 5, 3.4: 1 };
const result = classify(set, [member1, member2, member3]);
line(`Set ${set.number}: ${set.name.vi} — members' totals ${result.council.totals.join(", ")}`);
line(`Council score (average, not rounded): ${result.score.toFixed(2)} → band ${result.band.stars}★`);
line(`Stars after the minimum markers: ${result.stars}★ — certifiable: ${result.certifiable ? "yes" : "no"}`);
if (result.recognisedBy)
  line(`Recognised by: ${result.recognisedBy.authority.en} (${result.recognisedBy.authority.vi})`);
for (const reason of result.reasons) line(`  held back: ${reason.message.en}`);
const gap = nextStarGap(set, member2);
if (gap) {
  line(
    `From member 2's sheet, ${gap.to}★ needs ${gap.changes.length} change(s), +${gap.pointsGained} points:`,
  );
  for (const c of gap.changes)
    line(`  ${c.criterion.id} ${c.criterion.name.en}: ${c.from.points} → ${c.to.points}`);
}

heading("Certificate: 4★ recognised on 2024-03-15 by UBND tỉnh Thái Nguyên");
const certificate = {
  product: { name: "Chè búp Tân Cương" },
  holder: { name: "HTX Chè Tân Cương" },
  stars: 4,
  score: 80.33,
  decisionNumber: "812/QĐ-UBND",
  issuedOn: "2024-03-15",
  issuer: { level: "province", name: "UBND tỉnh Thái Nguyên" },
  locality: { province: "Thái Nguyên", commune: "Tân Cương" },
};
const status = certificateStatus(certificate, today);
line(`Valid through ${status.inForceThrough}; status today: ${status.status}`);
const window = status.obligations.reEvaluationWindow;
if (window) line(`Re-evaluation dossier: file from ${window.opensOn} to ${window.closesOn} (${window.rule})`);
if (status.next)
  line(`Next deadline: ${status.next.name} on ${status.next.on} (${status.next.daysLeft} days)`);

heading("Evaluation rounds (Article 5)");
const round = evaluationRound("province", today);
line(
  `A proposal to the province today falls in round ${round.round} of ${round.year}: evaluated by ${round.lastEvaluationDay}.`,
);

heading("Plan: Hà Nội, 2,000 more products of 3★ or more (2021–2025)");
const plan = targetPreset("hanoi-2025/products-3-stars");
const progress = trackTarget(plan, { value: 595 + 518 + 544 + 606 }, "2025-06-30");
line(
  `${progress.achieved} of ${progress.required} by 2025-06-30: ${progress.status} — ${progress.reason.en}`,
);
