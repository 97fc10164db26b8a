/**
 * Revocation of certificates: grounds, authority and time limit, per regime.
 *
 * @module
 */
import { addDays, type CalendarDate, parseCalendarDate } from "../calendar/calendar-date.js";
import { type Bilingual, describeValue, fail, readInput } from "../errors/ocop-error.js";
import { regulationAt } from "../regulations/registry.js";
import type { RegimeId } from "../regulations/types.js";
import { REVOCATION_GROUNDS, REVOCATION_RULES } from "./data/revocation.js";
import { parseRegimeId } from "./expiry.js";
import type { CertificateStars, RevocationGround, RevocationGroundId } from "./types.js";

/**
 * The revocation grounds of a regime: for 26/2026 the six of Article 8.1 (law); for the earlier regimes the
 * grounds seen in practice (each with its source). Without a regime, every ground.
 *
 * @throws {@link OcopError} `UNKNOWN_REGULATION`
 * @example
 * ```ts
 * revocationGrounds("26/2026").map((g) => g.article);
 * // ["26/2026/QĐ-TTg, Điều 8 khoản 1 điểm a", ..., "... điểm e"]
 * ```
 */
export function revocationGrounds(regime?: RegimeId): readonly RevocationGround[] {
  if (regime === undefined) return REVOCATION_GROUNDS;
  const id = parseRegimeId(regime);
  return REVOCATION_GROUNDS.filter((g) => (g.regimes as readonly RegimeId[]).includes(id));
}

/**
 * One revocation ground by id.
 *
 * @throws {@link OcopError} `UNKNOWN_ID`
 * @example
 * ```ts
 * revocationGround("mark-misuse").article; // "26/2026/QĐ-TTg, Điều 8 khoản 1 điểm d"
 * ```
 */
export function revocationGround(id: RevocationGroundId): RevocationGround {
  const found = REVOCATION_GROUNDS.find((g) => g.id === id);
  if (found === undefined) {
    return fail(
      "UNKNOWN_ID",
      ["ground"],
      id,
      "a revocation ground of 26/2026/QĐ-TTg Article 8.1 or of practice",
      {
        en: `ground: ${describeValue(id)} is not a revocation ground (${REVOCATION_GROUNDS.map((g) => g.id).join(", ")})`,
        vi: `ground: ${describeValue(id, "vi")} không phải là căn cứ thu hồi (${REVOCATION_GROUNDS.map((g) => g.id).join(", ")})`,
      },
    );
  }
  return found;
}

function parseStars(stars: unknown): CertificateStars {
  if (stars === 3 || stars === 4 || stars === 5) return stars;
  return fail(
    "INVALID_STARS",
    ["stars"],
    stars,
    "26/2026/QĐ-TTg, Article 4.1: certificates are for 3★ to 5★",
    {
      en: `stars: ${describeValue(stars)} is not 3, 4 or 5`,
      vi: `stars: ${describeValue(stars, "vi")} không phải là 3, 4 hoặc 5`,
    },
  );
}

/** Who revokes a certificate, and on what basis. */
export interface RevocationAuthority {
  readonly authority: Bilingual;
  readonly basis: "law" | "practice";
  readonly reference: string;
}

/**
 * Who revokes a certificate of a rank under a regime: under 26/2026 the provincial chairman for 3★ and 4★,
 * the Minister of Agriculture and Environment for 5★ (Article 8.2); earlier, in practice, the body that
 * issued the recognition.
 *
 * @param stars - 3, 4 or 5
 * @param regime - the regime (for the regime in force on a date: `regulationAt(date).id`)
 * @throws {@link OcopError} `INVALID_STARS`, `UNKNOWN_REGULATION`
 * @example
 * ```ts
 * revocationAuthority(5, "26/2026").authority.vi; // "Bộ trưởng Bộ Nông nghiệp và Môi trường"
 * ```
 */
export function revocationAuthority(stars: CertificateStars, regime: RegimeId): RevocationAuthority {
  const s = parseStars(stars);
  const rules = REVOCATION_RULES[parseRegimeId(regime)];
  return { authority: rules.authority[s], basis: rules.authorityBasis, reference: rules.authorityReference };
}

/** The time limit for a revocation. */
export interface RevocationDeadline {
  /** The date of the competent conclusion (or of the commune's confirmation that production stopped). */
  readonly conclusionOn: CalendarDate;
  /** The last day for the revocation decision. */
  readonly revokeBy: CalendarDate;
  readonly days: number;
  /** The regime in force on the conclusion date. */
  readonly regime: RegimeId;
  readonly rule: string;
  /** Who revokes, when `stars` was given. */
  readonly authority: RevocationAuthority | null;
}

/**
 * The last day to revoke a certificate: 15 days from the competent conclusion on the holder's breach or the
 * commune's confirmation that the product is no longer made (26/2026/QĐ-TTg, Article 8.4). Days are counted
 * as the Civil Code 2015, Article 147: the conclusion's day is not counted.
 *
 * @param conclusionOn - the date of the conclusion or confirmation
 * @param options - `stars` to name the authority; `regime` to override `regulationAt(conclusionOn)`
 * @throws {@link OcopError} `INVALID_DATE`; `NOT_COVERED` when the regime sets no time limit (every regime
 *   before 26/2026); `INVALID_STARS`, `UNKNOWN_REGULATION`
 * @example
 * ```ts
 * revocationDeadline("2026-09-01", { stars: 4 }).revokeBy; // "2026-09-16"
 * ```
 */
export function revocationDeadline(
  conclusionOn: CalendarDate | string,
  options: { readonly stars?: CertificateStars; readonly regime?: RegimeId } = {},
): RevocationDeadline {
  const day = parseCalendarDate(conclusionOn, ["conclusionOn"]);
  const opts: { stars?: unknown; regime?: unknown } = readInput(["options"], () =>
    typeof options === "object" && options !== null ? { stars: options.stars, regime: options.regime } : {},
  );
  const regime =
    opts.regime === undefined ? regulationAt(day).id : parseRegimeId(opts.regime, ["options", "regime"]);
  const rules = REVOCATION_RULES[regime];
  if (rules.deadlineDays === null || rules.deadlineReference === null) {
    return fail(
      "NOT_COVERED",
      ["conclusionOn"],
      day,
      "only 26/2026/QĐ-TTg, Article 8.4 sets a revocation time limit",
      {
        en: `conclusionOn: no revocation time limit is known under regime ${regime} (only 26/2026/QĐ-TTg, Article 8.4 sets one)`,
        vi: `conclusionOn: không có thời hạn thu hồi theo chế độ ${regime} (chỉ Điều 8 khoản 4 Quyết định 26/2026/QĐ-TTg quy định)`,
      },
    );
  }
  return {
    conclusionOn: day,
    revokeBy: addDays(day, rules.deadlineDays),
    days: rules.deadlineDays,
    regime,
    rule: rules.deadlineReference,
    authority: opts.stars === undefined ? null : revocationAuthority(parseStars(opts.stars), regime),
  };
}
