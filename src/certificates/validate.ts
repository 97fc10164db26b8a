/**
 * Cheap run-time validation of untrusted certificates and events (no zod: the schemas live in
 * `src/schemas/`). Every problem found is reported in one {@link OcopError}.
 *
 * @module
 */
import { type CalendarDate, isCalendarDate, parseCalendarDate } from "../calendar/calendar-date.js";
import {
  describeValue,
  OcopError,
  type OcopErrorCode,
  type OcopIssue,
  ocopIssue,
} from "../errors/ocop-error.js";
import { ALL_REGIMES, regulationAt } from "../regulations/registry.js";
import type { RegimeId } from "../regulations/types.js";
import { bandFloor, starBands } from "../scoring/bands.js";
import { CERTIFICATE_ISSUERS } from "./data/recognition.js";
import { REVOCATION_GROUNDS } from "./data/revocation.js";
import type {
  Certificate,
  CertificateEvent,
  CertificateStars,
  IssuerLevel,
  RevocationGroundId,
} from "./types.js";

type Path = readonly (string | number)[];

const REGIME_IDS: ReadonlySet<string> = new Set(ALL_REGIMES.map((r) => r.id));
const GROUND_IDS: ReadonlySet<string> = new Set(REVOCATION_GROUNDS.map((g) => g.id));
const ISSUER_LEVELS: ReadonlySet<string> = new Set(["central", "province", "district"]);
const FIRST_REGIME_FROM = ALL_REGIMES[0]!.from;

const NON_BLANK = /\S/;

/**
 * Collects issues; reads untrusted objects without invoking inherited or throwing accessors. Paths are
 * built only when an issue is recorded, so that validating a valid input allocates little.
 */
class Checker {
  readonly issues: OcopIssue[] = [];
  constructor(private readonly code: OcopErrorCode) {}

  add(path: Path, value: unknown, rule: string, en: string, vi: string): void {
    const where = path.join(".");
    this.issues.push(
      ocopIssue(this.code, path, value, rule, {
        en: `${where}: ${describeValue(value)} ${en}`,
        vi: `${where}: ${describeValue(value, "vi")} ${vi}`,
      }),
    );
  }

  /** `value` when it is a non-array object, else `undefined` (with an issue at `path`). */
  object(value: unknown, path: Path): object | undefined {
    if (typeof value === "object" && value !== null && !this.isArray(value, path)) return value;
    this.add(path, value, "an object is required", "is not an object", "không phải là đối tượng");
    return undefined;
  }

  /** `Array.isArray`, where a revoked proxy is an issue (and counts as no object). */
  private isArray(value: object, path: Path): boolean {
    try {
      return Array.isArray(value);
    } catch {
      this.add(path, undefined, "fields must be readable", "cannot be read", "không đọc được");
      return true;
    }
  }

  /** An own property, never an inherited one; accessor errors become issues. */
  own(obj: object, key: string, path: Path): unknown {
    try {
      return Object.hasOwn(obj, key) ? (obj as Record<string, unknown>)[key] : undefined;
    } catch {
      this.add([...path, key], undefined, "fields must be readable", "cannot be read", "không đọc được");
      return undefined;
    }
  }

  /** The own field `key` of `obj` as a non-empty text (at most 1000 characters). */
  text(obj: object, key: string, path: Path, optional: boolean): string | undefined {
    const value = this.own(obj, key, path);
    if (value === undefined && optional) return undefined;
    if (typeof value === "string" && value.length <= 1000 && NON_BLANK.test(value)) return value;
    this.add(
      [...path, key],
      value,
      "a non-empty text of at most 1000 characters",
      "is not a non-empty text (at most 1000 characters)",
      "không phải là chuỗi ký tự khác rỗng (tối đa 1000 ký tự)",
    );
    return undefined;
  }

  /** The own field `key` of `obj` as a calendar date. */
  date(obj: object, key: string, path: Path, optional: boolean): CalendarDate | undefined {
    const value = this.own(obj, key, path);
    if (value === undefined && optional) return undefined;
    if (isCalendarDate(value)) return value;
    this.add(
      [...path, key],
      value,
      "a calendar date is written YYYY-MM-DD and names a real day",
      "is not a calendar date (YYYY-MM-DD, a real day)",
      "không phải là ngày hợp lệ (YYYY-MM-DD, ngày có thật)",
    );
    return undefined;
  }

  /** The own field `key` of `obj` as an object. */
  child(obj: object, key: string, path: Path): object | undefined {
    const value = this.own(obj, key, path);
    if (typeof value === "object" && value !== null && !this.isArray(value, [...path, key])) return value;
    this.add([...path, key], value, "an object is required", "is not an object", "không phải là đối tượng");
    return undefined;
  }

  throwIfAny(): void {
    const [first, ...rest] = this.issues;
    if (first !== undefined) throw new OcopError([first, ...rest]);
  }
}

function checkCertificate(input: unknown, path: Path, c: Checker): Certificate | undefined {
  const obj = c.object(input, path);
  if (obj === undefined) return undefined;
  const before = c.issues.length;
  const out: {
    -readonly [K in keyof Certificate]?: Certificate[K];
  } = {};

  const id = c.text(obj, "id", path, true);
  if (id !== undefined) out.id = id;

  const productObj = c.child(obj, "product", path);
  if (productObj !== undefined) {
    const pp = [...path, "product"];
    const name = c.text(productObj, "name", pp, false);
    const pid = c.text(productObj, "id", pp, true);
    const criteriaSet = c.text(productObj, "criteriaSet", pp, true);
    if (name !== undefined) {
      const product: { name: string; id?: string; criteriaSet?: string } = { name };
      if (pid !== undefined) product.id = pid;
      if (criteriaSet !== undefined) product.criteriaSet = criteriaSet;
      out.product = product;
    }
  }

  const holderObj = c.child(obj, "holder", path);
  if (holderObj !== undefined) {
    const hp = [...path, "holder"];
    const name = c.text(holderObj, "name", hp, false);
    const hid = c.text(holderObj, "id", hp, true);
    if (name !== undefined) out.holder = hid === undefined ? { name } : { name, id: hid };
  }

  const starsIn = c.own(obj, "stars", path);
  let stars: CertificateStars | undefined;
  if (starsIn === 3 || starsIn === 4 || starsIn === 5) stars = out.stars = starsIn;
  else
    c.add(
      [...path, "stars"],
      starsIn,
      "26/2026/QĐ-TTg, Article 4.1: only 3★, 4★ and 5★ products receive a certificate",
      "is not 3, 4 or 5 (only 3★–5★ products receive a certificate)",
      "không phải là 3, 4 hoặc 5 (chỉ sản phẩm 3–5 sao được cấp giấy chứng nhận)",
    );

  const scoreIn = c.own(obj, "score", path);
  if (scoreIn !== undefined) {
    if (typeof scoreIn === "number" && Number.isFinite(scoreIn) && scoreIn >= 0 && scoreIn <= 100) {
      out.score = scoreIn;
      // The lowest score of each rank (Article 3.3: 50, 70, 90; the same under every regime).
      const floor = stars === undefined ? 0 : bandFloor(starBands(), stars);
      if (scoreIn < floor) {
        c.add(
          [...path, "score"],
          scoreIn,
          `26/2026/QĐ-TTg, Article 3.3: ${stars}★ needs an average total score of at least ${floor}`,
          `is below ${floor}, the lowest score of ${stars}★`,
          `thấp hơn ${floor}, điểm thấp nhất của hạng ${stars} sao`,
        );
      }
    } else {
      c.add(
        [...path, "score"],
        scoreIn,
        "a score is a number from 0 to 100",
        "is not a number from 0 to 100",
        "không phải là số từ 0 đến 100",
      );
    }
  }

  const decisionNumber = c.text(obj, "decisionNumber", path, false);
  if (decisionNumber !== undefined) out.decisionNumber = decisionNumber;
  const issuedOn = c.date(obj, "issuedOn", path, false);
  if (issuedOn !== undefined) out.issuedOn = issuedOn;

  const regimeIn = c.own(obj, "regime", path);
  if (regimeIn !== undefined) {
    if (typeof regimeIn === "string" && REGIME_IDS.has(regimeIn)) out.regime = regimeIn as RegimeId;
    else
      c.add(
        [...path, "regime"],
        regimeIn,
        `a regime is one of ${[...REGIME_IDS].join(", ")}`,
        `is not a modelled regime (${[...REGIME_IDS].join(", ")})`,
        `không phải là chế độ được mô hình hóa (${[...REGIME_IDS].join(", ")})`,
      );
  }
  if (issuedOn !== undefined && issuedOn < FIRST_REGIME_FROM && out.regime === undefined) {
    c.add(
      [...path, "issuedOn"],
      issuedOn,
      `no national OCOP criteria decision before ${FIRST_REGIME_FROM} (1048/QĐ-TTg)`,
      `is before the first modelled regime (from ${FIRST_REGIME_FROM}); pass "regime"`,
      `trước chế độ đầu tiên được mô hình hóa (từ ${FIRST_REGIME_FROM}); hãy truyền "regime"`,
    );
  }
  const effectiveRegime: RegimeId | undefined =
    out.regime ??
    (issuedOn !== undefined && issuedOn >= FIRST_REGIME_FROM ? regulationAt(issuedOn).id : undefined);

  const issuerObj = c.child(obj, "issuer", path);
  if (issuerObj !== undefined) {
    const level = c.own(issuerObj, "level", [...path, "issuer"]);
    const name = c.text(issuerObj, "name", [...path, "issuer"], true);
    if (typeof level === "string" && ISSUER_LEVELS.has(level)) {
      out.issuer =
        name === undefined ? { level: level as IssuerLevel } : { level: level as IssuerLevel, name };
      if (stars !== undefined && effectiveRegime !== undefined) {
        const allowed: readonly IssuerLevel[] = CERTIFICATE_ISSUERS[effectiveRegime].issuers[stars];
        if (!allowed.includes(level as IssuerLevel)) {
          c.add(
            [...path, "issuer", "level"],
            level,
            `${CERTIFICATE_ISSUERS[effectiveRegime].basis}: ${stars}★ is certified at level ${allowed.join(" or ")}`,
            `cannot certify ${stars}★ under regime ${effectiveRegime} (allowed: ${allowed.join(", ")})`,
            `không có thẩm quyền công nhận ${stars} sao theo chế độ ${effectiveRegime} (được phép: ${allowed.join(", ")})`,
          );
        }
      }
    } else {
      c.add(
        [...path, "issuer", "level"],
        level,
        "an issuer level is central, province or district",
        "is not central, province or district",
        "không phải là central, province hoặc district",
      );
    }
  }

  const localityObj = c.child(obj, "locality", path);
  if (localityObj !== undefined) {
    const lp = [...path, "locality"];
    const province = c.text(localityObj, "province", lp, false);
    const district = c.text(localityObj, "district", lp, true);
    const commune = c.text(localityObj, "commune", lp, true);
    if (province !== undefined) {
      const locality: { province: string; district?: string; commune?: string } = { province };
      if (district !== undefined) locality.district = district;
      if (commune !== undefined) locality.commune = commune;
      out.locality = locality;
    }
  }

  const expiresOn = c.date(obj, "expiresOn", path, true);
  if (expiresOn !== undefined) {
    out.expiresOn = expiresOn;
    if (issuedOn !== undefined && expiresOn <= issuedOn) {
      c.add(
        [...path, "expiresOn"],
        expiresOn,
        "the last day of validity comes after the issue date",
        `is not after the issue date ${issuedOn}`,
        `không sau ngày cấp ${issuedOn}`,
      );
    }
  }

  if (
    c.issues.length > before ||
    out.product === undefined ||
    out.holder === undefined ||
    out.stars === undefined ||
    out.decisionNumber === undefined ||
    out.issuedOn === undefined ||
    out.issuer === undefined ||
    out.locality === undefined
  ) {
    return undefined;
  }
  return out as Certificate;
}

/**
 * Validates an untrusted certificate and returns a fresh copy holding only the known fields (the input is
 * never written to, unknown keys such as `__proto__` are dropped).
 *
 * Checks: required texts present; `stars` 3, 4 or 5; `score` (optional) in [0, 100] and not below the
 * rank's lowest score; dates real; `regime` known; the issuer level allowed to certify that rank under the
 * regime ({@link CERTIFICATE_ISSUERS}); a printed `expiresOn` after `issuedOn`.
 *
 * @param input - anything
 * @param path - the path used in errors (default `["certificate"]`)
 * @throws {@link OcopError} `INVALID_CERTIFICATE`, listing every problem in `issues`
 * @example
 * ```ts
 * const cert = parseCertificate({
 *   product: { name: "Chè Tân Cương" }, holder: { name: "HTX Chè Tân Cương" }, stars: 4, score: 78.5,
 *   decisionNumber: "1234/QĐ-UBND", issuedOn: "2026-06-15",
 *   issuer: { level: "province", name: "UBND tỉnh Thái Nguyên" }, locality: { province: "Thái Nguyên" },
 * });
 * cert.stars; // 4
 * ```
 */
export function parseCertificate(input: unknown, path: Path = ["certificate"]): Certificate {
  const c = new Checker("INVALID_CERTIFICATE");
  const cert = checkCertificate(input, path, c);
  c.throwIfAny();
  return cert!;
}

/**
 * Checks a value is a valid certificate, without throwing.
 *
 * @example
 * ```ts
 * isCertificate({ stars: 2 }); // false
 * ```
 */
export function isCertificate(input: unknown): input is Certificate {
  const c = new Checker("INVALID_CERTIFICATE");
  return checkCertificate(input, ["certificate"], c) !== undefined && c.issues.length === 0;
}

function checkEvent(
  input: unknown,
  path: Path,
  c: Checker,
  issuedOn: CalendarDate,
): CertificateEvent | undefined {
  const obj = c.object(input, path);
  if (obj === undefined) return undefined;
  const before = c.issues.length;
  const kind = c.own(obj, "kind", path);
  const on = c.date(obj, "on", path, false);
  if (on !== undefined && on < issuedOn) {
    c.add(
      [...path, "on"],
      on,
      "an event on a certificate happens on or after its issue date",
      `is before the certificate's issue date ${issuedOn}`,
      `trước ngày cấp giấy chứng nhận ${issuedOn}`,
    );
  }
  switch (kind) {
    case "re-evaluation-filed": {
      const received = c.date(obj, "completeFileReceivedOn", path, true);
      if (received !== undefined && on !== undefined && received < on) {
        c.add(
          [...path, "completeFileReceivedOn"],
          received,
          "the complete file reaches the evaluating body after it is filed with the commune",
          `is before the filing date ${on}`,
          `trước ngày nộp hồ sơ ${on}`,
        );
      }
      if (c.issues.length > before || on === undefined) return undefined;
      return { kind, on, ...(received !== undefined && { completeFileReceivedOn: received }) };
    }
    case "notice-sent":
      if (c.issues.length > before || on === undefined) return undefined;
      return { kind, on };
    case "decision": {
      const dossier = c.own(obj, "dossier", path);
      if (dossier !== undefined && dossier !== "re-evaluation" && dossier !== "upgrade") {
        c.add(
          [...path, "dossier"],
          dossier,
          "a decision is on a re-evaluation or an upgrade",
          "is not re-evaluation or upgrade",
          "không phải là re-evaluation hoặc upgrade",
        );
      }
      const resultIn = c.own(obj, "result", path);
      let result: Certificate | null | undefined = null;
      if (resultIn !== null) {
        result = checkCertificate(resultIn, [...path, "result"], c);
        if (result !== undefined && on !== undefined && result.issuedOn !== on) {
          c.add(
            [...path, "result", "issuedOn"],
            result.issuedOn,
            "the new certificate is issued by the decision, on its date",
            `is not the decision date ${on}`,
            `không trùng với ngày quyết định ${on}`,
          );
        }
      }
      if (c.issues.length > before || on === undefined || result === undefined) return undefined;
      return {
        kind,
        on,
        ...(dossier !== undefined && { dossier: dossier as "re-evaluation" | "upgrade" }),
        result,
      };
    }
    case "revocation": {
      const ground = c.own(obj, "ground", path);
      if (typeof ground !== "string" || !GROUND_IDS.has(ground)) {
        c.add(
          [...path, "ground"],
          ground,
          "26/2026/QĐ-TTg, Article 8.1 (or a recorded practice ground)",
          `is not a revocation ground (${[...GROUND_IDS].join(", ")})`,
          `không phải là căn cứ thu hồi (${[...GROUND_IDS].join(", ")})`,
        );
      }
      const conclusionOn = c.date(obj, "conclusionOn", path, true);
      if (conclusionOn !== undefined && on !== undefined && conclusionOn > on) {
        c.add(
          [...path, "conclusionOn"],
          conclusionOn,
          "26/2026/QĐ-TTg, Article 8.4: revocation follows the competent conclusion",
          `is after the revocation date ${on}`,
          `sau ngày thu hồi ${on}`,
        );
      }
      if (c.issues.length > before || on === undefined) return undefined;
      return {
        kind,
        on,
        ground: ground as RevocationGroundId,
        ...(conclusionOn !== undefined && { conclusionOn }),
      };
    }
    default:
      c.add(
        [...path, "kind"],
        kind,
        "an event kind is re-evaluation-filed, notice-sent, decision or revocation",
        "is not re-evaluation-filed, notice-sent, decision or revocation",
        "không phải là re-evaluation-filed, notice-sent, decision hoặc revocation",
      );
      return undefined;
  }
}

/**
 * Validates untrusted events of one certificate and returns fresh copies sorted by date (stable).
 *
 * @param input - an array (or other iterable) of events
 * @param issuedOn - the certificate's issue date: no event may come before it
 * @throws {@link OcopError} `INVALID_EVENT`, listing every problem; `INVALID_DATE` for a bad `issuedOn`
 * @example
 * ```ts
 * parseCertificateEvents([{ kind: "re-evaluation-filed", on: "2029-01-10" }], "2026-06-15").length; // 1
 * ```
 */
export function parseCertificateEvents(
  input: unknown,
  issuedOn: CalendarDate,
  path: Path = ["events"],
): CertificateEvent[] {
  const issued = parseCalendarDate(issuedOn, ["issuedOn"]);
  const c = new Checker("INVALID_EVENT");
  const out: CertificateEvent[] = [];
  let items: unknown[] | undefined;
  try {
    if (Array.isArray(input)) items = Array.from(input);
    else if (typeof input === "object" && input !== null && Symbol.iterator in input) {
      items = [...(input as Iterable<unknown>)];
    } else {
      c.add(path, input, "events are an array", "is not an array of events", "không phải là mảng sự kiện");
    }
  } catch {
    // A revoked proxy, a getter or an iterator of the caller's that throws.
    c.add(path, input, "events are an iterable", "cannot be iterated", "không duyệt được");
  }
  if (items !== undefined) {
    for (let i = 0; i < items.length; i++) {
      const e = checkEvent(items[i], [...path, i], c, issued);
      if (e !== undefined) out.push(e);
    }
  }
  c.throwIfAny();
  return out.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
}
