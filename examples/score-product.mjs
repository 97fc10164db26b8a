// Scoring a product as a provincial OCOP council does: find its criteria set, score one evaluator's sheet,
// classify the council's sheets (minimum markers, who recognises), show the smallest gap to the next star and
// the evaluation round the commune's proposal falls into.
//
// Usage (after `npm run build`): node examples/score-product.mjs [YYYY-MM-DD]
// The date is the day the dossier is filed and the commune proposes it; OCOP_TODAY also sets it (default:
// today in Vietnam).
// The answers are those of the command line's test fixtures (test/cli/fixtures/council-26-2026-set1.csv).
import { pathToFileURL } from "node:url";
import {
  classify,
  criteriaSet,
  evaluationRound,
  nextStarGap,
  regulationAt,
  scoreSheet,
  searchClassification,
  vietnamDateOf,
} from "ocop";

// Arguments only when run as a program (not when a test imports the file).
const args =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href
    ? process.argv.slice(2)
    : [];
const today =
  process.env.OCOP_TODAY ?? args.find((a) => /^\d{4}-\d{2}-\d{2}$/.test(a)) ?? vietnamDateOf(new Date());
const line = (text = "") => console.log(text);
const heading = (text) => line(`\n== ${text}`);

const product = { name: "Bưởi Phúc Trạch", holder: "HTX Nông nghiệp Hương Trạch", province: "Hà Tĩnh" };

// One sheet per council member (Decision 26/2026/QĐ-TTg, Article 3.2): criterion id → points of the option ticked.
const an = {
  1.1: 3,
  1.2: 1,
  1.3: 2,
  1.4: 2,
  1.5: 2,
  1.6: 2,
  1.7: 1,
  2.1: 3,
  2.2: 2,
  2.3: 3,
  2.4: 1,
  3.1: 3,
  3.2: 0,
  3.3: 3,
  3.4: 2,
  3.5: 2,
  4.1: 3,
  4.2: 2,
  4.3: 3,
  5.1: 3,
  5.2: 2,
  5.3: 3,
  6.1: 2,
  6.2: 3,
  6.3: 3,
  6.4: 3,
  7: 1,
  8: 3,
  9: 4,
  10: 3,
  11: 2,
  12: 2,
};
const council = [
  { member: "Nguyễn Văn An", answers: an },
  { member: "Trần Thị Bình", answers: { ...an, 4.3: 5, 5.1: 5, 6.2: 4 } },
  { member: "Lê Minh Châu", answers: { ...an, 1.2: 2, 5.1: 5, 8: 5 } },
  { member: "Phạm Thu Dung", answers: { ...an, 4.2: 3, 5.1: 5, 5.3: 5 } },
  { member: "Hoàng Văn Em", answers: { ...an, 1.4: 3, 5.1: 5, 9: 5 } },
];

function main() {
  line(`OCOP — scoring ${product.name}, ${product.holder} (${product.province}) — filed on ${today}`);

  heading("The rules");
  const regime = regulationAt(today);
  line(`A dossier filed on ${today} follows ${regime.name.en} (in force since ${regime.from}).`);
  if (regime.base !== "26/2026/QĐ-TTg") {
    line(`These answers are for the sheets of Decision 26/2026/QĐ-TTg; ${regime.base} has other sheets.`);
    line("Give a date from 2026-05-22 on.");
    return;
  }

  heading("The criteria set (Phụ lục I and II)");
  const query = "rau cu qua tuoi";
  const [match] = searchClassification(query, { regulation: regime.base });
  const node = match.node;
  line(`Search "${query}" → ${node.id} ${node.name.vi} (${node.name.en}) → criteria set ${node.set}`);
  const set = criteriaSet(regime.base, node.set);
  line(
    `Set ${set.number}: ${set.name.vi} — ${set.criteria.length} criteria, ${set.max} points (${set.status})`,
  );
  for (const r of set.rejection) line(`  The dossier is rejected when: ${r.en}`);

  heading(`One evaluator's sheet: ${council[0].member}`);
  const sheet = scoreSheet(set, an);
  const part = (id) => {
    const p = set.parts.find((x) => x.id === id);
    return `${id} ${sheet.parts[id]}/${p.max}`;
  };
  line(`Total ${sheet.total}/${set.max} — parts ${part("A")}, ${part("B")}, ${part("C")}`);
  const alone = classify(set, sheet);
  line(
    `Band ${alone.band.stars}★ (${alone.band.wording.en}); stars after the minimum markers: ${alone.stars}★`,
  );
  for (const reason of alone.reasons) line(`  held back: ${reason.message.en}`);
  const gap = nextStarGap(set, sheet);
  if (gap === null) line("Next star: none (already 5★, or out of reach).");
  else {
    line(
      `Next star ${gap.to}★: change ${gap.changes.length} criterion(s), +${gap.pointsGained} points → ${gap.newScore}`,
    );
    for (const c of gap.changes) {
      const why = c.marker === null ? "for the score" : `${c.marker}★ minimum`;
      line(
        `  ${c.criterion.id} ${c.criterion.name.en}: ${c.from.points} → ${c.to.points} (${why}): ${c.to.text.en}`,
      );
    }
  }

  heading(`The council: ${council.length} members (Article 3.2 and 3.3)`);
  const result = classify(
    set,
    council.map((m) => m.answers),
  );
  const totals = council.map((m, i) => `${m.member} ${result.council.totals[i]}`).join(", ");
  line(`Totals: ${totals}`);
  line(
    `Average total (not rounded): ${result.score} (spread ${result.council.spread}) → band ${result.band.stars}★`,
  );
  line(
    `Stars after the minimum markers: ${result.stars}★ — certifiable: ${result.certifiable ? "yes" : "no"}`,
  );
  for (const reason of result.reasons) line(`  held back: ${reason.message.en}`);
  if (result.recognisedBy !== null) {
    line(`Recognised and certified by: ${result.recognisedBy.authority.en} (${result.recognisedBy.source})`);
  }
  line(`Potential 5★ (Article 7.3.e, 90 points): ${result.potentialFiveStar ? "yes" : "no"}`);

  heading("Evaluation round (Article 5.1)");
  const round = evaluationRound("province", today);
  const carried = round.carriedOver ? ", carried over to the next year" : "";
  line(`Proposed by the commune on ${today}: round ${round.round} of ${round.year}${carried},`);
  line(`  evaluated by the province by ${round.lastEvaluationDay} (${round.rule.rule}).`);
}

main();
