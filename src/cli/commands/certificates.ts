/**
 * `ocop certificates <registry.csv> --within <days>`: reads a certificate registry and lists what expires,
 * opens or closes a re-evaluation filing window (26/2026/QĐ-TTg Article 7.6.a) or needs an expiry notice
 * (148/QĐ-TTg practice) within N days, grouped by locality and issuing body, most urgent first.
 *
 * @module
 */
import { type CalendarDate, isCalendarDate } from "../../calendar/calendar-date.js";
import {
  type UpcomingItem,
  type UpcomingKind,
  type UpcomingReport,
  upcomingCertificateDeadlines,
} from "../../certificates/registry.js";
import type { Certificate } from "../../certificates/types.js";
import { parseCertificate } from "../../certificates/validate.js";
import { type Bilingual, OcopError } from "../../errors/ocop-error.js";
import type { ParsedArgs } from "../args.js";
import { bi, dataError, usageError } from "../cli-error.js";
import {
  asOfOption,
  type Ctx,
  intOption,
  locatedLines,
  note,
  numberCell,
  print,
  put,
  say,
} from "../context.js";
import { EXIT, type ExitCode } from "../exit-codes.js";
import { type CsvTable, foldHeader, parseCsv, readText } from "../input.js";
import { csv, json, num, stars, table } from "../render.js";

/** The options of `ocop certificates`. */
export const CERTIFICATES_OPTIONS = {
  within: { type: "string" },
  "as-of": { type: "string" },
  kinds: { type: "string" },
  "group-by": { type: "string" },
  "skip-invalid": { type: "boolean" },
  "fail-on-due": { type: "boolean" },
  excel: { type: "boolean" },
} as const;

/** The fields of a registry row: the documented column name, its aliases, and whether it is required. */
export const REGISTRY_COLUMNS = [
  {
    field: "id",
    aliases: ["id", "certificate", "certificate_number", "so_giay_chung_nhan", "so_gcn"],
    required: false,
  },
  { field: "product", aliases: ["product", "san_pham", "ten_san_pham"], required: true },
  { field: "product_id", aliases: ["product_id", "ma_san_pham"], required: false },
  { field: "criteria_set", aliases: ["criteria_set", "bo_tieu_chi"], required: false },
  { field: "holder", aliases: ["holder", "chu_the", "chu_the_ocop"], required: true },
  { field: "holder_id", aliases: ["holder_id", "ma_chu_the", "ma_so_thue"], required: false },
  { field: "stars", aliases: ["stars", "so_sao", "hang_sao"], required: true },
  { field: "score", aliases: ["score", "diem"], required: false },
  { field: "decision_number", aliases: ["decision_number", "decision", "so_quyet_dinh"], required: true },
  {
    field: "issued_on",
    aliases: ["issued_on", "ngay_cap", "ngay_quyet_dinh", "ngay_cong_nhan"],
    required: true,
  },
  { field: "issuer_level", aliases: ["issuer_level", "cap_cong_nhan"], required: true },
  {
    field: "issuer",
    aliases: ["issuer", "issuing_body", "co_quan_cap", "co_quan_cong_nhan"],
    required: false,
  },
  { field: "province", aliases: ["province", "tinh"], required: true },
  { field: "district", aliases: ["district", "huyen"], required: false },
  { field: "commune", aliases: ["commune", "xa", "xa_phuong"], required: false },
  { field: "regime", aliases: ["regime", "che_do"], required: false },
  { field: "expires_on", aliases: ["expires_on", "ngay_het_han", "het_han"], required: false },
] as const;

type Field = (typeof REGISTRY_COLUMNS)[number]["field"];

/** The registry field of a certificate's path (`["issuer", "level"]` → `issuer_level`). */
const FIELD_OF_PATH: Readonly<Record<string, Field>> = {
  id: "id",
  "product.name": "product",
  product: "product",
  "product.id": "product_id",
  "product.criteriaSet": "criteria_set",
  "holder.name": "holder",
  holder: "holder",
  "holder.id": "holder_id",
  stars: "stars",
  score: "score",
  decisionNumber: "decision_number",
  issuedOn: "issued_on",
  "issuer.level": "issuer_level",
  issuer: "issuer_level",
  "issuer.name": "issuer",
  "locality.province": "province",
  locality: "province",
  "locality.district": "district",
  "locality.commune": "commune",
  regime: "regime",
  expiresOn: "expires_on",
};

const ISSUER_LEVELS: Readonly<Record<string, string>> = {
  central: "central",
  province: "province",
  district: "district",
  trung_uong: "central",
  cap_trung_uong: "central",
  quoc_gia: "central",
  bo: "central",
  tinh: "province",
  cap_tinh: "province",
  huyen: "district",
  cap_huyen: "district",
};

const KIND_LABELS: Readonly<Record<UpcomingKind, Bilingual>> = {
  "window-closes": bi("re-evaluation filing window closes", "hết hạn nộp hồ sơ đánh giá lại"),
  notice: bi("expiry notice due", "hạn gửi thông báo sắp hết hiệu lực"),
  expiry: bi("certificate expires", "giấy chứng nhận hết hiệu lực"),
  "window-opens": bi("re-evaluation filing window opens", "bắt đầu nộp hồ sơ đánh giá lại"),
};

const LEVEL_LABELS: Readonly<Record<string, Bilingual>> = {
  central: bi("central", "trung ương"),
  province: bi("province", "tỉnh"),
  district: bi("district", "huyện"),
};

/** A date cell: `YYYY-MM-DD`, or `D/M/YYYY` as written in Vietnam; anything else is passed on as written. */
function dateCell(cell: string): string {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(cell);
  if (m === null) return cell;
  const iso = `${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}`;
  return isCalendarDate(iso) ? iso : cell;
}

function starsCell(cell: string): unknown {
  const m = /^([1-5])\s*(?:★|\*|sao)?$/i.exec(cell);
  return m === null ? cell : Number(m[1]);
}

interface Row {
  readonly line: number;
  readonly certificate: Certificate;
}

/** Reads the registry rows into certificates; every invalid row is reported with its line and column. */
function readRegistry(ctx: Ctx, t: CsvTable, skipInvalid: boolean): { rows: Row[]; skipped: number } {
  const folded = t.header.map(foldHeader);
  const column = new Map<Field, number>();
  for (const spec of REGISTRY_COLUMNS) {
    const i = folded.findIndex((h) => (spec.aliases as readonly string[]).includes(h));
    if (i >= 0) column.set(spec.field, i);
  }
  const missing = REGISTRY_COLUMNS.filter((s) => s.required && !column.has(s.field)).map((s) => s.field);
  if (missing.length > 0) {
    throw dataError([
      bi(
        `${t.name}:${t.headerLine}: missing column(s): ${missing.join(", ")} (see 'ocop certificates --help')`,
        `${t.name}:${t.headerLine}: thiếu cột: ${missing.join(", ")} (xem 'ocop certificates --help')`,
      ),
    ]);
  }
  const used = new Set(column.values());
  const unused = t.header.filter((h, i) => h !== "" && !used.has(i));
  if (unused.length > 0) {
    note(
      ctx,
      bi(
        `${t.name}: column(s) not used: ${unused.join(", ")}`,
        `${t.name}: các cột không dùng: ${unused.join(", ")}`,
      ),
    );
  }
  const rows: Row[] = [];
  const problems: Bilingual[] = [];
  let skipped = 0;
  t.rows.forEach((row, index) => {
    const cell = (field: Field): string | undefined => {
      const i = column.get(field);
      const v = i === undefined ? "" : row.cells[i]!;
      return v === "" ? undefined : v;
    };
    const obj: Record<string, unknown> = {};
    const sub = (target: Record<string, unknown>, key: string, value: unknown): void => {
      if (value !== undefined) put(target, key, value);
    };
    sub(obj, "id", cell("id"));
    const product: Record<string, unknown> = {};
    sub(product, "name", cell("product") ?? "");
    sub(product, "id", cell("product_id"));
    sub(product, "criteriaSet", cell("criteria_set"));
    put(obj, "product", product);
    const holder: Record<string, unknown> = {};
    sub(holder, "name", cell("holder") ?? "");
    sub(holder, "id", cell("holder_id"));
    put(obj, "holder", holder);
    sub(obj, "stars", starsCell(cell("stars") ?? ""));
    const score = cell("score");
    sub(obj, "score", score === undefined ? undefined : (numberCell(score) ?? score));
    sub(obj, "decisionNumber", cell("decision_number") ?? "");
    sub(obj, "issuedOn", dateCell(cell("issued_on") ?? ""));
    const level = cell("issuer_level") ?? "";
    const issuer: Record<string, unknown> = {};
    sub(
      issuer,
      "level",
      Object.hasOwn(ISSUER_LEVELS, foldHeader(level)) ? ISSUER_LEVELS[foldHeader(level)] : level,
    );
    sub(issuer, "name", cell("issuer"));
    put(obj, "issuer", issuer);
    const locality: Record<string, unknown> = {};
    sub(locality, "province", cell("province") ?? "");
    sub(locality, "district", cell("district"));
    sub(locality, "commune", cell("commune"));
    put(obj, "locality", locality);
    sub(obj, "regime", cell("regime"));
    const expires = cell("expires_on");
    sub(obj, "expiresOn", expires === undefined ? undefined : dateCell(expires));
    try {
      rows.push({ line: row.line, certificate: parseCertificate(obj, ["certificates", index]) });
    } catch (error) {
      if (!(error instanceof OcopError)) throw error;
      skipped++;
      problems.push(
        ...locatedLines(error, (issue) => {
          const key = issue.path.slice(2).join(".");
          const field = Object.hasOwn(FIELD_OF_PATH, key) ? FIELD_OF_PATH[key] : undefined;
          const i = field === undefined ? undefined : column.get(field);
          return `${t.name}:${row.line}: ${i === undefined ? (field ?? key) : t.header[i]}`;
        }),
      );
    }
  });
  if (problems.length > 0) {
    if (!skipInvalid) throw dataError(problems);
    for (const p of problems) note(ctx, p);
    note(ctx, bi(`${skipped} invalid row(s) skipped`, `đã bỏ qua ${skipped} dòng không hợp lệ`));
  }
  return { rows, skipped };
}

interface LineItem extends UpcomingItem {
  readonly line: number;
}

function withLines(report: UpcomingReport, rows: readonly Row[]): LineItem[][] {
  const lines = new Map<string, number[]>();
  for (const r of rows) {
    const key = JSON.stringify(r.certificate);
    const list = lines.get(key);
    if (list === undefined) lines.set(key, [r.line]);
    else list.push(r.line);
  }
  return report.groups.map((g) =>
    g.items.map((item) => ({ ...item, line: lines.get(JSON.stringify(item.certificate))?.[0] ?? 0 })),
  );
}

function groupTitle(ctx: Ctx, g: UpcomingReport["groups"][number]): string {
  const place = g.commune === null ? g.province : `${g.province} · ${g.commune}`;
  const level = say(ctx, LEVEL_LABELS[g.issuerLevel] ?? bi(g.issuerLevel, g.issuerLevel));
  return `${place} — ${level}${g.issuerName === null ? "" : ` · ${g.issuerName}`}`;
}

/**
 * Runs `ocop certificates`.
 *
 * @example
 * ```ts
 * await certificatesCommand(ctx, parseArgs(["registry.csv", "--within", "90"], CERTIFICATES_OPTIONS));
 * ```
 */
export async function certificatesCommand(ctx: Ctx, args: ParsedArgs): Promise<ExitCode> {
  const c = "certificates";
  const [file, ...extra] = args.positionals;
  if (file === undefined)
    throw usageError(bi("a registry file is required", "cần tệp sổ theo dõi giấy chứng nhận"), c);
  if (extra.length > 0)
    throw usageError(bi(`unexpected argument "${extra[0]}"`, `thừa tham số "${extra[0]}"`), c);
  const v = args.values;
  const within = intOption("--within", typeof v["within"] === "string" ? v["within"] : "90", 0, 3650, c);
  const asOf: CalendarDate = asOfOption(ctx, typeof v["as-of"] === "string" ? v["as-of"] : undefined, c);
  const groupBy = typeof v["group-by"] === "string" ? v["group-by"] : "commune";
  if (groupBy !== "commune" && groupBy !== "province") {
    throw usageError(
      bi(
        `--group-by: "${groupBy}" is not commune or province`,
        `--group-by: "${groupBy}" không phải là commune hoặc province`,
      ),
      c,
    );
  }
  let kinds: UpcomingKind[] | undefined;
  if (typeof v["kinds"] === "string") {
    const all = Object.keys(KIND_LABELS) as UpcomingKind[];
    kinds = v["kinds"].split(",").map((k) => k.trim()) as UpcomingKind[];
    const wrong = kinds.find((k) => !all.includes(k));
    if (wrong !== undefined) {
      throw usageError(
        bi(
          `--kinds: "${wrong}" is not one of ${all.join(", ")}`,
          `--kinds: "${wrong}" không phải là một trong ${all.join(", ")}`,
        ),
        c,
      );
    }
  }
  const input = await readText(ctx.io, file);
  const { rows, skipped } = readRegistry(ctx, parseCsv(input), v["skip-invalid"] === true);
  const report = upcomingCertificateDeadlines(
    rows.map((r) => r.certificate),
    kinds === undefined
      ? { asOf, withinDays: within, groupBy }
      : { asOf, withinDays: within, groupBy, kinds },
  );
  const items = withLines(report, rows);
  const exit = v["fail-on-due"] === true && report.matched > 0 ? EXIT.ATTENTION : EXIT.OK;

  if (ctx.format === "json") {
    print(
      ctx,
      json({
        file: input.name,
        asOf: report.asOf,
        until: report.until,
        withinDays: within,
        read: rows.length + skipped,
        skipped,
        matched: report.matched,
        groups: report.groups.map((g, i) => ({ ...g, items: items[i] })),
      }),
    );
    return exit;
  }
  if (ctx.format === "csv") {
    const header = [
      "province",
      "commune",
      "issuer_level",
      "issuer",
      "days_left",
      "on",
      "kind",
      "product",
      "holder",
      "stars",
      "decision_number",
      "issued_on",
      "line",
    ];
    const out: unknown[][] = [];
    report.groups.forEach((g, i) => {
      for (const it of items[i]!) {
        const cert = it.certificate;
        out.push([
          g.province,
          g.commune ?? "",
          g.issuerLevel,
          g.issuerName ?? "",
          it.daysLeft,
          it.on,
          it.kind,
          cert.product.name,
          cert.holder.name,
          cert.stars,
          cert.decisionNumber,
          cert.issuedOn,
          it.line,
        ]);
      }
    });
    ctx.io.stdout(csv(header, out, ctx.excel));
    return exit;
  }
  const lines: string[] = [
    say(
      ctx,
      bi(
        `Deadlines from ${report.asOf} to ${report.until} (${within} days): ${input.name}, ${rows.length} certificate(s) read${skipped > 0 ? ` (${skipped} invalid skipped)` : ""}, ${report.matched} deadline(s) in ${report.groups.length} group(s)`,
        `Các mốc từ ${report.asOf} đến ${report.until} (${within} ngày): ${input.name}, đã đọc ${rows.length} giấy chứng nhận${skipped > 0 ? ` (bỏ qua ${skipped} dòng không hợp lệ)` : ""}, ${report.matched} mốc trong ${report.groups.length} nhóm`,
      ),
    ),
  ];
  if (report.matched === 0) lines.push(say(ctx, bi("Nothing is due.", "Không có mốc nào đến hạn.")));
  const header = [
    say(ctx, bi("Days", "Còn (ngày)")),
    say(ctx, bi("Date", "Ngày")),
    say(ctx, bi("Deadline", "Mốc")),
    say(ctx, bi("Stars", "Sao")),
    say(ctx, bi("Decision", "Quyết định")),
    say(ctx, bi("Line", "Dòng")),
    say(ctx, bi("Product — holder", "Sản phẩm — chủ thể")),
  ];
  const body: string[][] = [];
  const starts: number[] = [];
  report.groups.forEach((_g, i) => {
    starts.push(body.length);
    for (const it of items[i]!) {
      body.push([
        num(it.daysLeft),
        it.on,
        say(ctx, KIND_LABELS[it.kind]),
        stars(it.certificate.stars),
        it.certificate.decisionNumber,
        String(it.line),
        `${it.certificate.product.name} — ${it.certificate.holder.name}`,
      ]);
    }
  });
  if (body.length > 0) {
    const [head, rule, ...rest] = table(header, body, ["r", "l", "l", "l", "l", "r", "l"], "  ").split("\n");
    lines.push("", head!, rule!);
    rest.forEach((row, r) => {
      const g = starts.indexOf(r);
      if (g >= 0) lines.push(`${g === 0 ? "" : "\n"}${groupTitle(ctx, report.groups[g]!)}`);
      lines.push(row);
    });
  }
  print(ctx, lines.join("\n"));
  return exit;
}
