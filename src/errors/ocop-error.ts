/**
 * The one typed error family of `ocop`.
 *
 * Every function of the library that rejects its input throws an {@link OcopError}: it carries a
 * machine-readable `code`, the `path` of the offending field, the offending `value`, the `rule` that was
 * broken (a legal reference where there is one) and a message in English and in Vietnamese. Functions
 * that can find several problems at once (for example a scoring sheet with three bad answers) report
 * them all in `issues`.
 *
 * @module
 */

/** A message in the two languages the library speaks. */
export interface Bilingual {
  /** English. */
  readonly en: string;
  /** Vietnamese (tiếng Việt). */
  readonly vi: string;
}

/** The codes an {@link OcopError} or one of its issues can carry. */
export type OcopErrorCode =
  | "INVALID_DATE"
  | "INVALID_INSTANT"
  | "DATE_BEFORE_FIRST_REGIME"
  | "UNKNOWN_REGULATION"
  | "UNKNOWN_ID"
  | "INVALID_ARGUMENT"
  | "INVALID_SCORE"
  | "INVALID_ANSWERS"
  | "UNKNOWN_CRITERION"
  | "MISSING_CRITERION"
  | "POINTS_NOT_OFFERED"
  | "INVALID_CERTIFICATE"
  | "INVALID_TRANSITION"
  | "INVALID_TARGET"
  | "INVALID_DATA"
  | "INVALID_STARS"
  | "UNKNOWN_SET"
  | "INVALID_SHEETS"
  | "INVALID_EVENT"
  | "INVALID_PROPOSAL"
  | "INVALID_RECORD"
  | "NOT_COVERED";

/** One problem found in an input. */
export interface OcopIssue {
  /** Machine-readable code. */
  readonly code: OcopErrorCode;
  /** Path of the offending field, from the argument's root (`["answers", "1.1"]`). */
  readonly path: readonly (string | number)[];
  /** The offending value, as received. */
  readonly value: unknown;
  /** The rule that was broken, with its legal reference where there is one. */
  readonly rule: string;
  /** What went wrong, in English and in Vietnamese. */
  readonly message: Bilingual;
}

/** The language of {@link OcopError.message}. */
export type Language = "en" | "vi";

/**
 * The typed error thrown by every `ocop` function on bad input.
 *
 * `message` is the English text (so that stack traces read well); `messages.vi` holds the Vietnamese.
 *
 * @example
 * ```ts
 * import { OcopError, parseCalendarDate } from "ocop";
 * try {
 *   parseCalendarDate("2023-02-30");
 * } catch (error) {
 *   if (error instanceof OcopError) {
 *     error.code; // "INVALID_DATE"
 *     error.messages.vi; // "Ngày không hợp lệ ..."
 *   }
 * }
 * ```
 */
export class OcopError extends Error {
  override readonly name = "OcopError";
  /** Code of the first issue, or of the umbrella when one is given (e.g. `INVALID_ANSWERS`). */
  readonly code: OcopErrorCode;
  /** Path of the first issue, or of the umbrella. */
  readonly path: readonly (string | number)[];
  /** Offending value of the first issue, or of the umbrella. */
  readonly value: unknown;
  /** Rule of the first issue, or of the umbrella. */
  readonly rule: string;
  /** The message in both languages (a summary when there are several issues). */
  readonly messages: Bilingual;
  /** Every problem found, in the order found (at least one). */
  readonly issues: readonly OcopIssue[];

  /**
   * @param issues - every problem found, at least one
   * @param umbrella - when the input as a whole has a code of its own (a scoring sheet with three bad
   *   answers is `INVALID_ANSWERS`), its code, path, value and rule; the issues keep the details
   */
  constructor(
    issues: readonly [OcopIssue, ...OcopIssue[]],
    umbrella?: Pick<OcopIssue, "code" | "path" | "value" | "rule">,
  ) {
    const first = issues[0];
    const messages: Bilingual =
      issues.length === 1
        ? first.message
        : {
            en: `${issues.length} problems: ${issues.map((i) => i.message.en).join("; ")}`,
            vi: `${issues.length} lỗi: ${issues.map((i) => i.message.vi).join("; ")}`,
          };
    super(messages.en);
    const top = umbrella ?? first;
    this.code = top.code;
    this.path = top.path;
    this.value = top.value;
    this.rule = top.rule;
    this.messages = messages;
    this.issues = issues;
  }

  /**
   * The message in the language asked for (English for anything but `"vi"`).
   *
   * @example
   * ```ts
   * error.messageIn("vi");
   * ```
   */
  messageIn(language: Language): string {
    return language === "vi" ? this.messages.vi : this.messages.en;
  }
}

/**
 * Builds an {@link OcopIssue}. A small helper so that every module writes issues the same way.
 *
 * @example
 * ```ts
 * const issue = ocopIssue("INVALID_SCORE", ["score"], 101, "Decision 26/2026/QĐ-TTg, Article 3.3",
 *   { en: "score must be between 0 and 100", vi: "điểm phải từ 0 đến 100" });
 * ```
 */
export function ocopIssue(
  code: OcopErrorCode,
  path: readonly (string | number)[],
  value: unknown,
  rule: string,
  message: Bilingual,
): OcopIssue {
  return { code, path, value, rule, message };
}

/**
 * Throws an {@link OcopError} with a single issue.
 *
 * @example
 * ```ts
 * fail("INVALID_ARGUMENT", ["days"], -1, "days must be a whole number >= 0",
 *   { en: "days must be >= 0", vi: "số ngày phải >= 0" });
 * ```
 */
export function fail(
  code: OcopErrorCode,
  path: readonly (string | number)[],
  value: unknown,
  rule: string,
  message: Bilingual,
): never {
  throw new OcopError([{ code, path, value, rule, message }]);
}

/**
 * Describes a value for an error message without calling user code (no `toString` of foreign objects), in
 * English (default) or Vietnamese. Strings, numbers, booleans, `null` and `undefined` are shown as they are.
 *
 * @param lang - `"en"` (default) or `"vi"`
 * @example
 * ```ts
 * describeValue("abc"); // '"abc"'
 * describeValue({}); // "an object"
 * describeValue([1], "vi"); // "một mảng"
 * ```
 */
export function describeValue(value: unknown, lang: "en" | "vi" = "en"): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint")
    return String(value);
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  const vi = lang === "vi";
  try {
    if (value instanceof Date) {
      const invalid = Number.isNaN(Date.prototype.getTime.call(value));
      return vi ? (invalid ? "một Date không hợp lệ" : "một Date") : invalid ? "an invalid Date" : "a Date";
    }
    if (Array.isArray(value)) return vi ? "một mảng" : "an array";
  } catch {
    // A proxy whose traps throw, a revoked proxy, or an object posing as a Date: not read any further.
  }
  if (typeof value === "object") return vi ? "một đối tượng" : "an object";
  return vi ? `một giá trị kiểu ${typeof value}` : `a ${typeof value}`;
}

/**
 * Reads from a caller's object: returns `read()`, or, when a getter or proxy trap of the caller's throws
 * (anything but an `OcopError`), throws an {@link OcopError} `code` at `path` saying the input cannot be
 * read, so that junk input never lets a foreign error escape.
 *
 * @internal
 * @example
 * ```ts
 * const year = readInput(["lunar", "year"], () => (Object.hasOwn(lunar, "year") ? lunar.year : undefined));
 * ```
 */
export function readInput<T>(
  path: readonly (string | number)[],
  read: () => T,
  code: OcopErrorCode = "INVALID_ARGUMENT",
): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof OcopError) throw error;
    const where = path.length > 0 ? path.join(".") : "value";
    return fail(code, path, undefined, "input must be plain data that can be read", {
      en: `${where}: cannot be read (a getter or proxy of the input threw)`,
      vi: `${where}: không đọc được (getter hoặc proxy của dữ liệu đầu vào gây lỗi)`,
    });
  }
}
