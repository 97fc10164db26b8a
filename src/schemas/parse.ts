/**
 * The validation boundary: parse untrusted input with a schema and turn a zod failure into the library's
 * {@link OcopError}, with one issue per zod issue (code, path, offending value, rule, and a message in
 * English and Vietnamese).
 *
 * @module
 */
import type * as z from "zod";
import {
  type Bilingual,
  describeValue,
  OcopError,
  type OcopErrorCode,
  type OcopIssue,
} from "../errors/ocop-error.js";
import { type IssueCode, SCHEMA_CATALOGUE } from "./catalogue.js";

type Path = readonly (string | number)[];

/** Options of {@link parseWith}. */
export interface ParseOptions {
  /**
   * The code of the issues (default: the schema's code in {@link SCHEMA_CATALOGUE}, or `INVALID_DATA`).
   * A date issue is always `INVALID_DATE`, and an issue of a rule of the library keeps its own code.
   */
  readonly code?: IssueCode;
}

/** The result of {@link safeParseWith}. */
export type SafeParseResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: OcopError };

const CODES: ReadonlyMap<z.ZodType, IssueCode> = new Map(SCHEMA_CATALOGUE.map((e) => [e.schema, e.code]));

/** A description of any value that never throws (a revoked proxy makes `describeValue` throw). */
function describe(value: unknown, lang: "en" | "vi" = "en"): string {
  try {
    return describeValue(value, lang);
  } catch {
    return lang === "vi" ? "một giá trị" : "a value";
  }
}

/**
 * The value at `path` under `root`, reading own properties only (`undefined` for a missing field), or
 * `null` when it cannot be read (a throwing getter).
 */
function valueAt(root: unknown, path: readonly PropertyKey[]): { readonly v: unknown } | null {
  let value = root;
  for (const key of path) {
    try {
      if (typeof value !== "object" || value === null || !Object.hasOwn(value, key)) return { v: undefined };
      value = (value as Record<PropertyKey, unknown>)[key];
    } catch {
      return null;
    }
  }
  return { v: value };
}

const TYPE_NAMES: Readonly<Record<string, Bilingual>> = {
  string: { en: "a text", vi: "chuỗi ký tự" },
  number: { en: "a finite number", vi: "số hữu hạn" },
  int: { en: "a whole number", vi: "số nguyên" },
  boolean: { en: "true or false", vi: "giá trị true hoặc false" },
  object: { en: "an object", vi: "đối tượng" },
  record: { en: "an object", vi: "đối tượng" },
  array: { en: "a list", vi: "danh sách (mảng)" },
  tuple: { en: "a list", vi: "danh sách (mảng)" },
  null: { en: "null", vi: "null" },
};

function typeName(expected: string): Bilingual {
  return Object.hasOwn(TYPE_NAMES, expected) ? TYPE_NAMES[expected]! : { en: expected, vi: expected };
}

const quoteAll = (values: readonly unknown[]): string =>
  values.map((v) => (typeof v === "string" ? JSON.stringify(v) : String(v))).join(", ");

/** Size words for too_small / too_big, by origin. */
function sizeText(
  origin: string,
  bound: number | bigint,
  inclusive: boolean,
  side: "min" | "max",
): { rule: string; en: string; vi: string } {
  const n = String(bound);
  if (origin === "string") {
    return side === "min"
      ? {
          rule: `at least ${n} characters`,
          en: `is too short (at least ${n} characters)`,
          vi: `quá ngắn (ít nhất ${n} ký tự)`,
        }
      : {
          rule: `at most ${n} characters`,
          en: `is too long (at most ${n} characters)`,
          vi: `quá dài (tối đa ${n} ký tự)`,
        };
  }
  if (origin === "array" || origin === "set") {
    return side === "min"
      ? {
          rule: `at least ${n} items`,
          en: `has too few items (at least ${n})`,
          vi: `có quá ít phần tử (ít nhất ${n})`,
        }
      : {
          rule: `at most ${n} items`,
          en: `has too many items (at most ${n})`,
          vi: `có quá nhiều phần tử (tối đa ${n})`,
        };
  }
  if (side === "min") {
    return inclusive
      ? { rule: `>= ${n}`, en: `is less than ${n}`, vi: `nhỏ hơn ${n}` }
      : { rule: `> ${n}`, en: `is not greater than ${n}`, vi: `không lớn hơn ${n}` };
  }
  return inclusive
    ? { rule: `<= ${n}`, en: `is greater than ${n}`, vi: `lớn hơn ${n}` }
    : { rule: `< ${n}`, en: `is not less than ${n}`, vi: `không nhỏ hơn ${n}` };
}

interface Described {
  readonly rule: string;
  readonly en: string;
  readonly vi: string;
  readonly code?: OcopErrorCode;
  /** Replaces the value read at the path. */
  readonly value?: { readonly v: unknown };
  /** The message already describes the value (a message of the library's own validators). */
  readonly describesValue?: boolean;
}

/** A library issue's message without its leading `path: ` (the path is re-added in full). */
function stripPath(message: string, path: Path): string {
  const prefix = `${path.join(".")}: `;
  return path.length > 0 && message.startsWith(prefix) ? message.slice(prefix.length) : message;
}

function isOcopParams(
  params: unknown,
): params is { code: OcopErrorCode; rule: string; en: string; vi: string } {
  if (typeof params !== "object" || params === null) return false;
  const p = params as Record<string, unknown>;
  return (
    typeof p["code"] === "string" &&
    typeof p["rule"] === "string" &&
    typeof p["en"] === "string" &&
    typeof p["vi"] === "string"
  );
}

/** What a zod issue means, in the library's words (without the path and the value). */
function describeIssue(issue: z.core.$ZodIssue, value: unknown): Described {
  switch (issue.code) {
    case "invalid_type": {
      const name = typeName(issue.expected);
      if (value === undefined) {
        return {
          rule: `required: ${name.en}`,
          en: `is missing (${name.en} is required)`,
          vi: `bị thiếu (cần ${name.vi})`,
        };
      }
      return { rule: `expected ${name.en}`, en: `is not ${name.en}`, vi: `không phải là ${name.vi}` };
    }
    case "too_small": {
      const t = sizeText(issue.origin, issue.minimum, issue.inclusive !== false, "min");
      return t;
    }
    case "too_big": {
      const t = sizeText(issue.origin, issue.maximum, issue.inclusive !== false, "max");
      return t;
    }
    case "invalid_value": {
      const values = quoteAll(issue.values);
      return issue.values.length === 1
        ? { rule: `the value ${values}`, en: `is not ${values}`, vi: `không phải là ${values}` }
        : {
            rule: `one of ${values}`,
            en: `is not one of ${values}`,
            vi: `không phải là một trong ${values}`,
          };
    }
    case "unrecognized_keys": {
      const keys = quoteAll(issue.keys);
      return {
        rule: "only the documented fields are allowed",
        en: `has unknown field${issue.keys.length === 1 ? "" : "s"} ${keys}`,
        vi: `có trường không xác định ${keys}`,
        value: { v: [...issue.keys] },
      };
    }
    case "invalid_format": {
      const pattern = "pattern" in issue && typeof issue.pattern === "string" ? issue.pattern : issue.format;
      if (pattern === "/\\S/") {
        return {
          rule: "a non-blank text",
          en: "is blank (a non-blank text is required)",
          vi: "để trống (cần chuỗi ký tự khác rỗng)",
        };
      }
      return {
        rule: `the format ${pattern}`,
        en: `does not have the expected format (${pattern})`,
        vi: `không đúng định dạng (${pattern})`,
      };
    }
    case "not_multiple_of":
      return {
        rule: `a multiple of ${String(issue.divisor)}`,
        en: `is not a multiple of ${String(issue.divisor)}`,
        vi: `không phải là bội số của ${String(issue.divisor)}`,
      };
    case "invalid_key":
      return { rule: "a valid key", en: "is not a valid key", vi: "không phải là khóa hợp lệ" };
    case "invalid_element":
      return { rule: "valid elements", en: "has an invalid element", vi: "có phần tử không hợp lệ" };
    case "invalid_union": {
      const options = (issue as { options?: unknown }).options;
      if (Array.isArray(options) && options.length > 0) {
        const list = quoteAll(options);
        return { rule: `one of ${list}`, en: `is not one of ${list}`, vi: `không phải là một trong ${list}` };
      }
      return {
        rule: "one of the documented forms",
        en: "does not match any of the allowed forms",
        vi: "không khớp với dạng hợp lệ nào",
      };
    }
    case "custom": {
      const params = issue.params;
      const library = params?.["libraryIssue"] as OcopIssue | undefined;
      if (library !== undefined) {
        return {
          code: library.code,
          rule: library.rule,
          en: stripPath(library.message.en, library.path),
          vi: stripPath(library.message.vi, library.path),
          value: { v: library.value },
          describesValue: true,
        };
      }
      if (isOcopParams(params)) return { code: params.code, rule: params.rule, en: params.en, vi: params.vi };
      return { rule: issue.message, en: `is not valid (${issue.message})`, vi: "không hợp lệ" };
    }
    default:
      return { rule: "a valid value", en: "is not valid", vi: "không hợp lệ" };
  }
}

/**
 * Turns the issues of a zod error into {@link OcopIssue}s: one per zod issue, in order.
 *
 * @param error - the zod error (of a parse with `reportInput: true`, so that issues carry their values)
 * @param input - the value parsed, to read the offending values zod does not report
 * @param path - the path of `input` in the caller's argument (prefixed to every issue's path)
 * @param code - the code of the issues that carry none of their own (default `INVALID_DATA`)
 * @example
 * ```ts
 * const result = TargetSchema.safeParse(input, { reportInput: true });
 * if (!result.success) toOcopIssues(result.error, input, ["target"], "INVALID_TARGET");
 * ```
 */
export function toOcopIssues(
  error: z.ZodError,
  input: unknown,
  path: Path = [],
  code: IssueCode = "INVALID_DATA",
): [OcopIssue, ...OcopIssue[]] {
  const issues = error.issues.map((issue): OcopIssue => {
    const relative = issue.path.map((key) => (typeof key === "symbol" ? String(key) : key));
    const full = [...path, ...relative];
    // The value zod reports, except where it reports the enclosing object rather than the field (a
    // refinement's issue at a sub-path, a discriminator): then the value read at the issue's path.
    const enclosing = issue.code === "custom" || issue.code === "invalid_union" || !("input" in issue);
    const found = enclosing ? valueAt(input, issue.path) : null;
    const read = found !== null ? found.v : "input" in issue ? issue.input : undefined;
    const d = describeIssue(issue, read);
    const value = d.value === undefined ? read : d.value.v;
    const where = full.length > 0 ? full.join(".") : "value";
    const shown = d.describesValue
      ? { en: "", vi: "" }
      : issue.code === "unrecognized_keys"
        ? { en: "the object ", vi: "đối tượng " }
        : { en: `${describe(value)} `, vi: `${describe(value, "vi")} ` };
    const isDate = issue.code === "custom" && issue.params?.["code"] === "INVALID_DATE";
    const fallback = typeof code === "function" ? code(relative) : code;
    return {
      code: d.code ?? (isDate ? "INVALID_DATE" : fallback),
      path: full,
      value,
      rule: d.rule,
      message: { en: `${where}: ${shown.en}${d.en}`, vi: `${where}: ${shown.vi}${d.vi}` },
    };
  });
  const [first, ...rest] = issues;
  return first === undefined
    ? [
        {
          code: typeof code === "function" ? code([]) : code,
          path,
          value: input,
          rule: "the documented shape",
          message: {
            en: `${path.join(".") || "value"}: is not valid`,
            vi: `${path.join(".") || "value"}: không hợp lệ`,
          },
        },
      ]
    : [first, ...rest];
}

/**
 * Parses untrusted input with a schema of `ocop/schemas` (or any zod schema) and returns a fresh, typed,
 * frozen copy; on failure throws an {@link OcopError} with one issue per problem. It never throws anything
 * else, and never writes to `input`.
 *
 * @param schema - the schema, e.g. {@link TargetSchema}
 * @param input - anything (typically `JSON.parse` of a request body or a file)
 * @param path - where `input` sits in the caller's argument (prefixed to the issues' paths; default none)
 * @param options - the code of the issues (default: the schema's, see {@link SCHEMA_CATALOGUE})
 * @throws OcopError listing every problem in `issues`
 * @example
 * ```ts
 * import { parseWith, TargetSchema } from "ocop/schemas";
 * const target = parseWith(TargetSchema, JSON.parse(body), ["target"]);
 * // a bad deadline: OcopError INVALID_TARGET, path ["target", "deadline"], messages in en and vi
 * ```
 */
export function parseWith<T extends z.ZodType>(
  schema: T,
  input: unknown,
  path: Path = [],
  options: ParseOptions = {},
): z.output<T> {
  const result = safeParseWith(schema, input, path, options);
  if (result.success) return result.data;
  throw result.error;
}

/**
 * Like {@link parseWith}, but returns the outcome instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeParseWith(CertificateSchema, input);
 * if (!result.success) console.log(result.error.issues.map((i) => i.message.vi));
 * ```
 */
export function safeParseWith<T extends z.ZodType>(
  schema: T,
  input: unknown,
  path: Path = [],
  options: ParseOptions = {},
): SafeParseResult<z.output<T>> {
  const code = options.code ?? CODES.get(schema) ?? "INVALID_DATA";
  try {
    // zod reads a copy: its `.readonly()` freezes the value it hands back even when the inner schema rejects
    // it (and then hands back the input itself), which would freeze the caller's own objects.
    const result = schema.safeParse(copyOf(input, new Map()), { reportInput: true }) as z.ZodSafeParseResult<
      z.output<T>
    >;
    if (result.success) return { success: true, data: result.data };
    // Still inside the try: zod words its own messages lazily, reading the values again.
    return { success: false, error: new OcopError(toOcopIssues(result.error, input, path, code)) };
  } catch (error) {
    if (error instanceof OcopError) return { success: false, error };
    const where = path.length > 0 ? path.join(".") : "value";
    const fallback = typeof code === "function" ? code([]) : code;
    return {
      success: false,
      error: new OcopError([
        {
          code: fallback,
          path,
          value: input,
          rule: "input must be plain data that can be read",
          message: {
            en: `${where}: ${describe(input)} cannot be read as plain data`,
            vi: `${where}: ${describe(input, "vi")} không đọc được như dữ liệu thông thường`,
          },
        },
      ]),
    };
  }
}

/**
 * A copy of `value` for zod to read: objects and arrays with their prototype and own enumerable properties
 * (getters read once), dates, maps and sets; primitives as they are. A getter or proxy that throws makes it
 * throw.
 */
function copyOf(value: unknown, seen: Map<object, unknown>): unknown {
  if (typeof value !== "object" || value === null) return value;
  const known = seen.get(value);
  if (known !== undefined) return known;
  let copy: object;
  if (Array.isArray(value)) copy = new Array(value.length);
  else if (value instanceof Date) copy = new Date(Date.prototype.getTime.call(value));
  else if (value instanceof Map) copy = new Map();
  else if (value instanceof Set) copy = new Set();
  else copy = Object.create(Object.getPrototypeOf(value) as object | null) as object;
  seen.set(value, copy);
  if (copy instanceof Map) {
    for (const [k, v] of Map.prototype.entries.call(value)) copy.set(copyOf(k, seen), copyOf(v, seen));
  } else if (copy instanceof Set) {
    for (const v of Set.prototype.values.call(value)) copy.add(copyOf(v, seen));
  }
  for (const key of Reflect.ownKeys(value)) {
    if (key === "length" && Array.isArray(value)) continue;
    if (!Object.prototype.propertyIsEnumerable.call(value, key)) continue;
    const v = copyOf((value as Record<PropertyKey, unknown>)[key], seen);
    Object.defineProperty(copy, key, { value: v, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}
