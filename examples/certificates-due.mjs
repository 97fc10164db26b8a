// What a provincial OCOP office checks in its certificate registry: the deadlines of the coming weeks
// (re-evaluation filing windows, expiry notices, expiries), the status of every certificate, and the
// certificates that the transition of Decision 26/2026/QĐ-TTg (Article 12.3) keeps alive.
//
// Usage (after `npm run build`): node examples/certificates-due.mjs [registry.csv] [YYYY-MM-DD] [days]
// Defaults: examples/data/registry.csv (the command line's test registry), today in Vietnam (OCOP_TODAY also
// sets the date), 90 days. The CSV is comma-separated, with the English column names of `ocop certificates
// --help` (docs/cli.md); the command line also reads `;`, tabs and the Vietnamese names.

import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { parse } from "csv-parse/sync";
import {
  certificateStatus,
  OcopError,
  parseCertificate,
  upcomingCertificateDeadlines,
  vietnamDateOf,
} from "ocop";

// Arguments only when run as a program (not when a test imports the file).
const args =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href
    ? process.argv.slice(2)
    : [];
const today =
  process.env.OCOP_TODAY ?? args.find((a) => /^\d{4}-\d{2}-\d{2}$/.test(a)) ?? vietnamDateOf(new Date());
const file = args.find((a) => a.endsWith(".csv")) ?? new URL("./data/registry.csv", import.meta.url);
const withinDays = Number(args.find((a) => /^\d{1,4}$/.test(a)) ?? 90);
const line = (text = "") => console.log(text);
const heading = (text) => line(`\n== ${text}`);

const KINDS = {
  "window-opens": "re-evaluation filing window opens",
  "window-closes": "re-evaluation filing window closes",
  notice: "expiry notice due",
  expiry: "certificate expires",
};

/** `20/11/2023` (as registries in Vietnam write it) → `2023-11-20`; anything else as written. */
function isoDate(text) {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  return m === null ? text : `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}`;
}

/** A registry row as a certificate (untrusted: the library validates it). Empty cells are left out. */
function certificateOf(row) {
  const optional = (key, value) => (value ? { [key]: value } : {});
  return {
    ...optional("id", row.id),
    product: { name: row.product },
    holder: { name: row.holder },
    stars: Number(row.stars),
    ...optional("score", row.score ? Number(row.score) : undefined),
    decisionNumber: row.decision_number,
    issuedOn: isoDate(row.issued_on),
    issuer: { level: row.issuer_level, ...optional("name", row.issuer) },
    locality: {
      province: row.province,
      ...optional("district", row.district),
      ...optional("commune", row.commune),
    },
  };
}

const rows = parse(readFileSync(file, "utf8"), {
  columns: true,
  bom: true,
  skip_empty_lines: true,
  trim: true,
});

/** The registry as a stream: a database cursor would do the same, in constant memory. */
function* registry() {
  for (const row of rows) yield certificateOf(row);
}

line(`OCOP — certificate registry ${file instanceof URL ? "examples/data/registry.csv" : file} — ${today}`);

heading(`Deadlines from ${today}, within ${withinDays} days`);
const report = upcomingCertificateDeadlines(registry(), { asOf: today, withinDays, onInvalid: "skip" });
line(
  `${report.scanned} certificates read (${report.skipped} invalid skipped): ${report.matched} deadline(s) ` +
    `until ${report.until}, in ${report.groups.length} group(s), most urgent first.`,
);
for (const group of report.groups) {
  const place = group.commune === null ? group.province : `${group.province} · ${group.commune}`;
  line(`${place} — ${group.issuerName ?? group.issuerLevel}`);
  for (const item of group.items) {
    const c = item.certificate;
    line(
      `  ${String(item.daysLeft).padStart(3)} days  ${item.on}  ${KINDS[item.kind]}: ${c.product.name} ` +
        `(${c.stars}★, ${c.decisionNumber})`,
    );
  }
}

heading(`Status of every certificate on ${today}`);
const statuses = [];
rows.forEach((row, i) => {
  try {
    const certificate = parseCertificate(certificateOf(row), ["registry", i + 2]);
    statuses.push({ certificate, status: certificateStatus(certificate, today) });
  } catch (error) {
    if (!(error instanceof OcopError)) throw error;
    for (const issue of error.issues) line(`  line ${i + 2}: ${issue.message.en}`);
  }
});
const counts = new Map();
for (const { status } of statuses) counts.set(status.status, (counts.get(status.status) ?? 0) + 1);
line([...counts].map(([status, n]) => `${status} ${n}`).join(", "));

const urgent = statuses
  .filter(({ status }) => status.next !== null)
  .sort((a, b) => a.status.next.daysLeft - b.status.next.daysLeft)[0];
if (urgent !== undefined) {
  const { certificate: c, status: s } = urgent;
  const o = s.obligations;
  heading(`Most urgent: ${c.product.name}, ${c.holder.name}`);
  line(`Issued ${c.issuedOn} (${c.decisionNumber}) under regime ${o.regime}; valid through ${o.expiresOn}.`);
  if (o.reEvaluationWindow !== null) {
    const w = o.reEvaluationWindow;
    line(`Re-evaluation dossier: file from ${w.opensOn} to ${w.closesOn} (${w.rule}).`);
  }
  if (o.expiryNotice !== null) {
    line(`Written notice by the issuing body due by ${o.expiryNotice.dueBy} (${o.expiryNotice.rule}).`);
  }
  line(`Status: ${s.status}; next: ${s.next.name} on ${s.next.on}, in ${s.next.daysLeft} day(s).`);
}

heading("Notices due: the 30-day notice of 148/QĐ-TTg (none under 26/2026/QĐ-TTg)");
const notices = statuses.filter(({ status }) => status.status === "notice-due");
if (notices.length === 0) line("None.");
for (const { certificate: c, status: s } of notices) {
  const notice = s.obligations.expiryNotice;
  line(
    `  ${c.product.name} (${c.issuer.name ?? c.issuer.level}): no notice recorded, due by ${notice.dueBy}; ` +
      `expires ${s.obligations.expiresOn}`,
  );
}

heading("Article 12.3: window passed before 22/05/2026; a filing by the expiry extends validity");
const covered = statuses.filter(({ status }) => status.obligations.transition?.graceCovered === true);
if (covered.length === 0) line("None.");
for (const { certificate: c, status: s } of covered) {
  const t = s.obligations.transition;
  line(
    `  ${c.product.name}: expires ${s.obligations.expiresOn}; if a re-evaluation is filed by then, valid until ` +
      `the decision, at most until ${t.extensionEndsOn} — today: ${s.status}`,
  );
}
