// Validating untrusted input where it enters an app (a request body, a form, a file) with the zod schemas of
// `ocop/schemas`: every problem comes back as an OcopError issue naming the path, the value and the rule, in
// English and Vietnamese; what passes is a typed, frozen copy the computing functions accept.
//
// Usage (after `npm run build`): node examples/validate-input.mjs [YYYY-MM-DD]
// The date is the day the certificate's status is asked for; OCOP_TODAY also sets it (default: today in Vietnam).
import { pathToFileURL } from "node:url";
import { certificateStatus, classify, criteriaSet, OcopError, trackTarget, vietnamDateOf } from "ocop";
import {
  CertificateSchema,
  CouncilAnswersSchema,
  parseWith,
  safeParseWith,
  TrackedTargetSchema,
} from "ocop/schemas";

// Arguments only when run as a program (not when a test imports the file).
const args =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href
    ? process.argv.slice(2)
    : [];
const today =
  process.env.OCOP_TODAY ?? args.find((a) => /^\d{4}-\d{2}-\d{2}$/.test(a)) ?? vietnamDateOf(new Date());
const line = (text = "") => console.log(text);
const heading = (text) => line(`\n== ${text}`);

/** Prints every issue of an error, in both languages. */
function report(error) {
  line(`Rejected: ${error.code}, ${error.issues.length} problem(s)`);
  for (const issue of error.issues) {
    // Criterion ids contain dots ("2.2"): print the path as a list, not joined with dots.
    line(`  ${issue.code} at ${JSON.stringify(issue.path)} (value ${JSON.stringify(issue.value)})`);
    line(`    en: ${issue.message.en}`);
    line(`    vi: ${issue.message.vi}`);
  }
}

line(`OCOP — validating input with ocop/schemas — ${today}`);

// A scoring app posts the council's sheets of set 1 (Decision 26/2026/QĐ-TTg, Phụ lục II) as JSON.
const sheet = {
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
  5.1: 5,
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
const set = criteriaSet("26/2026/QĐ-TTg", 1);

heading("A council's sheets with typing mistakes (CouncilAnswersSchema)");
const badBody = JSON.stringify([sheet, { ...sheet, 2.2: "2", 4.1: -3 }]);
line(`Body: two sheets; the second has "2.2": "2" (text) and "4.1": -3.`);
const parsed = safeParseWith(CouncilAnswersSchema, JSON.parse(badBody), ["sheets"]);
if (!parsed.success) report(parsed.error);

heading("The shape is right, but an answer is not an option of its criterion (classify)");
const sheets = parseWith(CouncilAnswersSchema, JSON.parse(JSON.stringify([sheet, { ...sheet, 6.2: 5 }])), [
  "sheets",
]);
line(`The schema accepts the body: ${sheets.length} sheets, frozen: ${Object.isFrozen(sheets)}.`);
try {
  classify(set, sheets);
} catch (error) {
  if (!(error instanceof OcopError)) throw error;
  report(error);
}

heading("The corrected sheets");
const good = parseWith(CouncilAnswersSchema, JSON.parse(JSON.stringify([sheet, { ...sheet, 6.2: 4 }])), [
  "sheets",
]);
const result = classify(set, good);
line(`Average ${result.score} → ${result.stars}★, certifiable: ${result.certifiable ? "yes" : "no"}.`);

heading("A certificate typed into a registration form (CertificateSchema)");
// Rows of the command line's test registry (test/cli/fixtures/registry-bad.csv), as a form would send them.
const honey = {
  product: { name: "Mật ong Vũ Quang" },
  holder: { name: " " },
  stars: 3,
  score: 55,
  decisionNumber: "1502/QĐ-UBND",
  issuedOn: "2024-04-31",
  issuer: { level: "province", name: "UBND tỉnh Hà Tĩnh" },
  locality: { province: "Hà Tĩnh", commune: "Vũ Quang" },
};
const checked = safeParseWith(CertificateSchema, honey, ["certificate"]);
if (!checked.success) report(checked.error);

heading("The shape is right, but a rule of the certificates module is broken");
const tea = {
  ...honey,
  product: { name: "Chè xanh" },
  holder: { name: "HTX Chè" },
  stars: 4,
  score: 62,
  decisionNumber: "1600/QĐ-UBND",
  issuedOn: "2024-03-01",
};
const rank = safeParseWith(CertificateSchema, tea, ["certificate"]);
if (!rank.success) report(rank.error);

heading("The honey's form corrected");
const certificate = parseWith(CertificateSchema, {
  ...honey,
  holder: { name: "Hộ kinh doanh Nguyễn Văn Tám" },
  issuedOn: "2023-09-12",
});
const status = certificateStatus(certificate, today);
line(`${certificate.product.name}: ${certificate.stars}★, valid through ${status.obligations.expiresOn}.`);
const next = status.next === null ? "" : `; next: ${status.next.name} on ${status.next.on}`;
line(`Status on ${today}: ${status.status}${next}.`);

heading("A target and its data from another system (TrackedTargetSchema)");
const payload = {
  target: {
    id: "919/products-3-stars",
    kind: "count",
    counting: "cumulative",
    target: 10000,
    baseLine: 4469,
    start: "2021-01-01",
    deadline: "2025-12-31",
    name: {
      vi: "Ít nhất 10.000 sản phẩm OCOP đạt từ 3 sao trở lên",
      en: "At least 10,000 OCOP products of 3 stars or more",
    },
    measure: { vi: "sản phẩm OCOP từ 3 sao trở lên", en: "OCOP products of 3 stars or more" },
  },
  data: { value: 10322 },
  asOf: "2023-12-06",
};
const misspelt = safeParseWith(TrackedTargetSchema, payload);
if (!misspelt.success) report(misspelt.error);
const { baseLine, ...target } = payload.target;
const tracked = parseWith(TrackedTargetSchema, { ...payload, target: { ...target, baseline: baseLine } });
const progress = trackTarget(tracked.target, tracked.data, tracked.asOf);
line(`With "baseline": ${progress.status} — ${progress.reason.en}`);
