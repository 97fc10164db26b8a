/**
 * Shared generators and checks of the robustness harness (issue "Performance and reliability harness").
 *
 * Every public function that takes input from a user is called with generated junk (wrong types, huge
 * numbers, `__proto__` keys, impossible dates, proxies, throwing getters, ...) and with near-valid input (a
 * valid value with one field corrupted). {@link robust} then checks the three promises of CONTRIBUTING.md:
 *
 * - only an `OcopError` comes out (with a code and messages in English and Vietnamese), never a raw
 *   `TypeError`, `RangeError` or an error of the caller's own getters;
 * - the input is the same before and after the call, and a deeply frozen copy of it works as well;
 * - no shared prototype (`Object.prototype`, `Array.prototype`, `Function.prototype`, ...) gains or loses a
 *   property.
 */
import { types } from "node:util";
import fc from "fast-check";
import { expect } from "vitest";
import { OcopError } from "../../src/errors/ocop-error.js";

/** Runs per property: enough to hit every corner of the generators, small enough for a ~20 s suite. */
/** Runs per property; `ROBUSTNESS_RUNS=5000 npx vitest run test/robustness` soaks them. */
export const RUNS = Number(process.env["ROBUSTNESS_RUNS"] ?? 200);

// ---------------------------------------------------------------------------------------------------------
// Leaves
// ---------------------------------------------------------------------------------------------------------

/** Keys that have a meaning on `Object.prototype` or to a parser. */
export const SPECIAL_KEYS = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "valueOf",
  "hasOwnProperty",
  "__defineGetter__",
  "then",
  "length",
  "0",
  "",
] as const;

/** Date-like texts: impossible days, padding, out-of-range years, the edges of the library's ranges. */
export const DATE_STRINGS = [
  "2023-02-30",
  "2026-13-01",
  "0000-01-01",
  " 2026-01-01",
  "2026-01-01 ",
  "2026-1-1",
  "+02026-01-01",
  "2026-02-29",
  "2024-02-29",
  "2026-00-10",
  "2026-01-00",
  "2026-01-32",
  "20260522",
  "2026-05-22T00:00:00Z",
  "0001-01-01",
  "1999-12-31",
  "2000-01-01",
  "2019-08-20",
  "2019-08-21",
  "2025-07-06",
  "2026-05-21",
  "2026-05-22",
  "2100-12-31",
  "2101-01-01",
  "9999-12-31",
] as const;

/** Strings that name (or almost name) something the library knows, and hostile texts. */
export const SPECIAL_STRINGS = [
  ...SPECIAL_KEYS,
  ...DATE_STRINGS,
  " ",
  "\u0000",
  "\uD800",
  "NaN",
  "Infinity",
  "-0",
  "1e999",
  "26/2026/QĐ-TTg",
  "148/QĐ-TTg",
  "1048/QĐ-TTg",
  "26/2026/QD-TTg",
  "26/2026",
  "148+1489",
  "148",
  "1048+781",
  "1048",
  "26/2026:I",
  "26/2026:I.1.a",
  "148:1",
  "province",
  "central",
  "district",
  "commune",
  "re-evaluation",
  "first-evaluation",
  "upgrade",
  "Đ",
  "İ",
  "x".repeat(3000),
] as const;

/** Numbers at the edges: not finite, negative zero, huge, tiny, the bounds the library checks. */
export const SPECIAL_NUMBERS = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  0,
  -1,
  1,
  0.5,
  2.5,
  3,
  4,
  5,
  6,
  26,
  27,
  49.99,
  69.99,
  70,
  89.99,
  90,
  100,
  100.0000001,
  101,
  1999,
  2000,
  2100,
  2101,
  3650,
  3651,
  2 ** 31,
  -(2 ** 31),
  1e21,
  8.64e15,
  8.64e15 + 1,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
] as const;

export const specialString = fc.constantFrom(...SPECIAL_STRINGS);
export const specialNumber = fc.constantFrom(...SPECIAL_NUMBERS);
export const specialKey = fc.constantFrom(...SPECIAL_KEYS);

// ---------------------------------------------------------------------------------------------------------
// Exotic values
// ---------------------------------------------------------------------------------------------------------

/** Field names the library reads somewhere: a throwing getter on each of them. */
const READ_KEYS = [
  "regime",
  "date",
  "stars",
  "kind",
  "type",
  "start",
  "deadline",
  "target",
  "value",
  "part",
  "whole",
  "units",
  "criteria",
  "set",
  "total",
  "parts",
  "asOf",
  "withinDays",
  "decimals",
  "entries",
  "history",
  "state",
  "certificate",
  "level",
  "score",
  "year",
  "month",
  "day",
  "leap",
  "extraDaysOff",
  "extraWorkingDays",
  "tetDaysBefore",
  "nationalDayAdjacent",
  "regulation",
  "product",
  "holder",
  "issuedOn",
  "events",
  "id",
  "min",
  "max",
  "percent",
  "from",
  "to",
  "toInclusive",
  "bands",
  "0",
  "length",
] as const;

/** The error every hostile getter and trap throws (not an OcopError: the library must convert it). */
export class Boom extends Error {
  override readonly name = "Boom";
}

const boom = (): never => {
  throw new Boom("boom");
};

/** An object every one of whose fields the library reads throws when read. */
export function throwingGetters(): object {
  const o = {};
  for (const key of READ_KEYS) Object.defineProperty(o, key, { get: boom, enumerable: true });
  return o;
}

/** A proxy every trap of which throws. */
export function hostileProxy(target: object = {}): object {
  return new Proxy(target, {
    get: boom,
    has: boom,
    ownKeys: boom,
    getOwnPropertyDescriptor: boom,
    getPrototypeOf: boom,
    set: boom,
    defineProperty: boom,
    deleteProperty: boom,
    isExtensible: boom,
    preventExtensions: boom,
    setPrototypeOf: boom,
  });
}

/** A revoked proxy: every operation on it, even `Array.isArray`, throws a TypeError. */
export function revokedProxy(target: object = {}): object {
  const { proxy, revoke } = Proxy.revocable(target, {});
  revoke();
  return proxy;
}

/**
 * A value built only when the function under test is called ({@link materialise}): fast-check inspects and
 * prints the values it generates, which a hostile proxy or a revoked proxy would not survive, and every run
 * gets a fresh value.
 */
export class Recipe {
  constructor(
    readonly name: string,
    readonly make: () => unknown,
  ) {}
  [fc.toStringMethod](): string {
    return `<${this.name}>`;
  }
}

/** In a plain object or array made by the generators: the field becomes a getter that throws. */
export class ThrowOnRead {
  [fc.toStringMethod](): string {
    return "<getter that throws>";
  }
}

const recipe = (name: string, make: () => unknown) => new Recipe(name, make);

/** Values most code does not expect, as recipes. */
export const EXOTIC: readonly Recipe[] = [
  recipe("JSON.parse of __proto__ and constructor keys", () =>
    JSON.parse('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}'),
  ),
  recipe("array of a __proto__ object", () => JSON.parse('[{"__proto__":{"polluted":"yes"}}]')),
  recipe("object whose getters throw", throwingGetters),
  recipe("hostile proxy", () => hostileProxy()),
  recipe("hostile array proxy", () => hostileProxy([])),
  recipe("revoked proxy", () => revokedProxy()),
  recipe("revoked array proxy", () => revokedProxy([])),
  recipe("frozen object", () => Object.freeze({ a: 1 })),
  recipe("frozen array", () => Object.freeze([1, 2, 3])),
  recipe("fake Date", () => Object.create(Date.prototype)),
  recipe("invalid Date", () => new Date(Number.NaN)),
  recipe("last Date", () => new Date(8.64e15)),
  recipe("first Date", () => new Date(-8.64e15)),
  recipe("a Date", () => new Date("2026-05-22T12:00:00Z")),
  recipe("proxy posing as a Date", () => new Proxy({}, { getPrototypeOf: () => Date.prototype })),
  recipe("object whose conversions throw", () => ({
    toString: boom,
    valueOf: boom,
    [Symbol.toPrimitive]: boom,
  })),
  recipe("iterable that throws", () => ({ [Symbol.iterator]: boom })),
  recipe("iterator that throws", () => ({ [Symbol.iterator]: () => ({ next: boom }) })),
  recipe("iterable of a hostile proxy", () => finiteIterable([hostileProxy(), 1])),
  recipe("array whose element getter throws", () => {
    const a: unknown[] = [1, 2];
    Object.defineProperty(a, 0, { get: boom, enumerable: true });
    return a;
  }),
  recipe("sparse array", () => {
    const a: unknown[] = [];
    a.length = 5;
    return a;
  }),
  recipe("object with inherited fields", () =>
    Object.create({
      stars: 4,
      regime: "26/2026",
      date: "2026-06-01",
      kind: "count",
      type: "expire",
      value: 1,
      criteria: [],
    }),
  ),
  recipe("null-prototype object", () => Object.create(null)),
  recipe("null-prototype object with fields", () =>
    Object.assign(Object.create(null), { stars: 4, "1.1": 3, __proto__: 1 }),
  ),
  recipe("symbol", () => Symbol("junk")),
  recipe("well-known symbol", () => Symbol.iterator),
  recipe("function", () => () => 1),
  recipe("class", () => class Junk {}),
  recipe(
    "class instance",
    () =>
      new (class Junk {
        readonly x = 1;
      })(),
  ),
  recipe("error", () => new Error("junk")),
  recipe("regular expression", () => /2026-01-01/),
  recipe("WeakMap", () => new WeakMap()),
  recipe("Map", () => new Map([["__proto__", 1]])),
  recipe("Set", () => new Set(["2026-01-01"])),
  recipe("Uint8Array", () => new Uint8Array([1, 2, 3])),
  recipe("ArrayBuffer", () => new ArrayBuffer(8)),
  recipe("boxed string", () => new String("2026-05-22")),
  recipe("boxed number", () => new Number(4)),
  recipe("array-like", () => Object.assign(Object.create(Array.prototype), { length: 2, 0: 1, 1: 2 })),
  recipe("huge bigint", () => 10n ** 30n),
];

/** An iterable over a fixed list (each iteration starts over). */
export function finiteIterable(items: readonly unknown[]): Iterable<unknown> {
  return {
    [Symbol.iterator]: () => {
      let i = 0;
      return {
        next: () =>
          i < items.length ? { done: false, value: items[i++] } : { done: true, value: undefined },
      };
    },
  };
}

export const exotic: fc.Arbitrary<unknown> = fc.constantFrom(...EXOTIC);

const leaf: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 12 }),
  specialString,
  fc.double(),
  specialNumber,
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);

/** fast-check's `anything`, with every kind of value it can make, special keys and special leaves. */
export const anything: fc.Arbitrary<unknown> = fc.anything({
  key: fc.oneof(fc.string({ maxLength: 6 }), specialKey),
  values: [leaf],
  maxDepth: 3,
  maxKeys: 5,
  withObjectString: true,
  withNullPrototype: true,
  withBigInt: true,
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withSparseArray: true,
  withDate: true,
});

/** Any junk at all. */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: anything, weight: 4 },
  { arbitrary: exotic, weight: 3 },
  { arbitrary: specialString, weight: 2 },
  { arbitrary: specialNumber, weight: 2 },
);

/** Junk that is a number (fast-check doubles and the special numbers). */
export const junkNumber: fc.Arbitrary<number> = fc.oneof(fc.double(), specialNumber, fc.integer());

/** Junk that is a string. */
export const junkString: fc.Arbitrary<string> = fc.oneof(fc.string({ maxLength: 20 }), specialString);

/** Valid calendar dates from `min` to `max` (inclusive, both `YYYY-MM-DD`). */
export function calendarDates(min = "2000-01-01", max = "2100-12-31"): fc.Arbitrary<string> {
  return fc
    .date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
}

/** A date field: mostly a valid date, else a date-like string or junk. */
export function dateOr(min = "2000-01-01", max = "2100-12-31"): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: calendarDates(min, max), weight: 4 },
    { arbitrary: fc.constantFrom(...DATE_STRINGS), weight: 2 },
    { arbitrary: junk, weight: 1 },
  );
}

/** `valid` most of the time, sometimes junk. */
export function orJunk<T>(valid: fc.Arbitrary<T>, weight = 3): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: valid, weight }, { arbitrary: junk, weight: 1 });
}

// ---------------------------------------------------------------------------------------------------------
// Near-valid values: a valid value with one field corrupted
// ---------------------------------------------------------------------------------------------------------

type Path = readonly (string | number)[];

/** How a field (or the value itself) is corrupted. */
export type Mutation =
  | { readonly kind: "set"; readonly value: unknown }
  | { readonly kind: "delete" }
  | { readonly kind: "getter" }
  | { readonly kind: "proxy" }
  | { readonly kind: "hostile" }
  | { readonly kind: "revoked" }
  | { readonly kind: "proto-key"; readonly value: unknown }
  | { readonly kind: "null-proto" }
  | { readonly kind: "freeze" };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: junk.map((value) => ({ kind: "set" as const, value })), weight: 8 },
  { arbitrary: fc.constant({ kind: "delete" as const }), weight: 2 },
  { arbitrary: fc.constant({ kind: "getter" as const }), weight: 1 },
  { arbitrary: fc.constant({ kind: "proxy" as const }), weight: 1 },
  { arbitrary: fc.constant({ kind: "hostile" as const }), weight: 1 },
  { arbitrary: fc.constant({ kind: "revoked" as const }), weight: 1 },
  { arbitrary: junk.map((value) => ({ kind: "proto-key" as const, value })), weight: 1 },
  { arbitrary: fc.constant({ kind: "null-proto" as const }), weight: 1 },
  { arbitrary: fc.constant({ kind: "freeze" as const }), weight: 1 },
);

function isContainer(value: unknown): value is Record<string | number, unknown> {
  return typeof value === "object" && value !== null && (Array.isArray(value) || isPlain(value));
}

function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Every path to a plain object, array or leaf inside `value` (the root included), up to `depth`. */
export function pathsOf(value: unknown, depth = 5): Path[] {
  const out: Path[] = [[]];
  const walk = (v: unknown, path: Path, left: number): void => {
    if (!isContainer(v) || left === 0) return;
    for (const key of Object.keys(v)) {
      const p = [...path, Array.isArray(v) ? Number(key) : key];
      out.push(p);
      walk(v[key], p, left - 1);
    }
  };
  walk(value, [], depth);
  return out;
}

function transform(value: unknown, m: Mutation): unknown {
  const target = (): object =>
    typeof value === "object" && value !== null ? (materialise(value) as object) : {};
  switch (m.kind) {
    case "set":
      return m.value;
    case "proxy":
      return typeof value === "object" && value !== null
        ? recipe("transparent proxy", () => new Proxy(target(), {}))
        : value;
    case "hostile":
      return recipe("hostile proxy", () => hostileProxy(target()));
    case "revoked":
      return recipe("revoked proxy", () => revokedProxy(target()));
    case "proto-key":
      if (isContainer(value) && !Array.isArray(value) && Object.isExtensible(value)) {
        Object.defineProperty(value, "__proto__", {
          value: m.value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
        return value;
      }
      return JSON.parse(`{"__proto__": {"polluted": "yes"}}`);
    case "null-proto":
      if (isContainer(value) && !Array.isArray(value)) return Object.assign(Object.create(null), value);
      return Object.create(null);
    case "freeze":
      return typeof value === "object" && value !== null ? Object.freeze(value) : value;
    default:
      return undefined;
  }
}

/** Applies `m` at `path` inside `root` (which is modified: pass a copy); returns the new root. */
export function applyMutation(root: unknown, path: Path, m: Mutation): unknown {
  if (path.length === 0) {
    return m.kind === "delete" || m.kind === "getter"
      ? transform(root, { kind: "hostile" })
      : transform(root, m);
  }
  let parent: unknown = root;
  for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[key];
  if (!isContainer(parent) || Object.isFrozen(parent)) return root;
  const key = path[path.length - 1]!;
  if (m.kind === "delete") {
    if (Array.isArray(parent) && typeof key === "number") parent.splice(key, 1);
    else delete parent[key];
  } else {
    Object.defineProperty(parent, key, {
      value: m.kind === "getter" ? new ThrowOnRead() : transform(parent[key], m),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return root;
}

/** Whether `value` holds a {@link Recipe} or {@link ThrowOnRead} in its plain objects and arrays. */
function needsMaking(value: unknown, depth = 8): boolean {
  if (value instanceof Recipe || value instanceof ThrowOnRead) return true;
  if (!isContainer(value) || depth === 0) return false;
  for (const key of Reflect.ownKeys(value)) {
    const d = Reflect.getOwnPropertyDescriptor(value, key)!;
    if ("value" in d && needsMaking(d.value, depth - 1)) return true;
  }
  return false;
}

/**
 * The value a generated value stands for: every {@link Recipe} made, every {@link ThrowOnRead} turned into a
 * throwing getter. Only the plain objects and arrays on the way to one are copied (with their prototype,
 * property flags and frozenness); everything else keeps its identity.
 */
export function materialise(value: unknown): unknown {
  if (value instanceof Recipe) return value.make();
  if (!isContainer(value) || !needsMaking(value)) return value;
  const copy: object = Array.isArray(value)
    ? new Array(value.length)
    : Object.create(Object.getPrototypeOf(value));
  for (const key of Reflect.ownKeys(value)) {
    if (Array.isArray(value) && key === "length") continue;
    const d = Reflect.getOwnPropertyDescriptor(value, key)!;
    if ("value" in d && d.value instanceof ThrowOnRead) {
      Object.defineProperty(copy, key, { get: boom, enumerable: d.enumerable ?? true, configurable: true });
    } else if ("value" in d) {
      Object.defineProperty(copy, key, { ...d, value: materialise(d.value) });
    } else Object.defineProperty(copy, key, d);
  }
  if (Object.isFrozen(value)) Object.freeze(copy);
  return copy;
}

/** A valid value (plain data) with one field, or the value itself, corrupted. */
export function corrupted<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return valid.chain((v) => {
    const paths = pathsOf(v);
    return fc
      .tuple(fc.constantFrom(...paths), mutation)
      .map(([path, m]) => applyMutation(copyPlain(v), path, m));
  });
}

/** A deep copy of the plain objects and arrays in `value` (prototype, flags and frozenness kept); anything else shared. */
export function copyPlain<T>(value: T, depth = 12): T {
  if (!isContainer(value) || depth === 0) return value;
  const copy: object = Array.isArray(value)
    ? new Array(value.length)
    : Object.create(Object.getPrototypeOf(value));
  for (const key of Reflect.ownKeys(value)) {
    if (Array.isArray(value) && key === "length") continue;
    const d = Reflect.getOwnPropertyDescriptor(value, key)!;
    Object.defineProperty(
      copy,
      key,
      "value" in d
        ? {
            value: copyPlain(d.value, depth - 1),
            enumerable: d.enumerable ?? true,
            writable: true,
            configurable: true,
          }
        : d,
    );
  }
  // A copy of the library's (frozen) data can be corrupted; a value frozen by a mutation stays frozen.
  if (Object.isFrozen(value) && !LIBRARY.has(value)) Object.freeze(copy);
  return copy as T;
}

/** `valid` (weight 3), the same with one field corrupted (weight 3), or junk (weight 1). */
export function nearValid<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: valid as fc.Arbitrary<unknown>, weight: 3 },
    { arbitrary: corrupted(valid), weight: 3 },
    { arbitrary: junk, weight: 1 },
  );
}

// ---------------------------------------------------------------------------------------------------------
// Snapshots
// ---------------------------------------------------------------------------------------------------------

const identities = new WeakMap<object, number>();
const symbolIds = new Map<symbol, number>();
let nextIdentity = 1;

function identity(value: object | symbol | null | undefined): string {
  if (value === null || value === undefined) return String(value);
  if (typeof value === "symbol") {
    let id = symbolIds.get(value);
    if (id === undefined) {
      id = nextIdentity++;
      symbolIds.set(value, id);
    }
    return `#${id}`;
  }
  let id = identities.get(value);
  if (id === undefined) {
    id = nextIdentity++;
    identities.set(value, id);
  }
  return `#${id}`;
}

/** The library's own data (criteria sets, presets, ...), deeply frozen: compared by identity. */
const LIBRARY = new WeakSet<object>();

/**
 * Deeply freezes the library's own data given and registers it: a write into it then throws (and fails the
 * property as a non-OcopError), snapshots compare it by identity, and frozen copies share it. Speeds up the
 * properties that pass whole criteria sets around.
 */
export function libraryData(...roots: readonly unknown[]): void {
  const walk = (v: unknown): void => {
    if (typeof v !== "object" || v === null || LIBRARY.has(v)) return;
    LIBRARY.add(v);
    Object.freeze(v);
    for (const key of Reflect.ownKeys(v)) {
      const d = Reflect.getOwnPropertyDescriptor(v, key)!;
      if ("value" in d) walk(d.value);
    }
  };
  for (const root of roots) walk(root);
}

/**
 * A text that changes whenever anything reachable in `value` changes: own keys (symbols included), property
 * flags, values, getters, prototypes, extensibility, and the contents of dates, maps, sets and boxed values.
 * Getters are never called and proxies are never entered (they are compared by identity), so taking a
 * snapshot cannot throw or change anything.
 */
export function snapshot(value: unknown): string {
  const seen = new Map<object, number>();
  const enc = (v: unknown): string => {
    switch (typeof v) {
      case "number":
        return Object.is(v, -0) ? "n:-0" : `n:${v}`;
      case "string":
        return `s:${JSON.stringify(v)}`;
      case "bigint":
        return `b:${v}`;
      case "boolean":
      case "undefined":
        return String(v);
      case "symbol":
        return `y${identity(v)}`;
      case "function":
        return `f${identity(v)}`;
      default:
        break;
    }
    if (v === null) return "null";
    const o = v as object;
    if (types.isProxy(o)) return `p${identity(o)}`;
    if (LIBRARY.has(o)) return `lib${identity(o)}`;
    const ref = seen.get(o);
    if (ref !== undefined) return `ref:${ref}`;
    seen.set(o, seen.size);
    const parts = [
      `proto${identity(Object.getPrototypeOf(o))}`,
      Object.isExtensible(o) ? "ext" : "noext",
      Object.isFrozen(o) ? "frozen" : "",
    ];
    if (types.isDate(o)) parts.push(`date:${Date.prototype.getTime.call(o)}`);
    if (types.isMap(o)) {
      for (const [k, x] of Map.prototype.entries.call(o as Map<unknown, unknown>))
        parts.push(`${enc(k)}=>${enc(x)}`);
    }
    if (types.isSet(o))
      for (const x of Set.prototype.values.call(o as Set<unknown>)) parts.push(`set:${enc(x)}`);
    if (types.isBoxedPrimitive(o)) parts.push(`boxed:${enc(boxedValue(o))}`);
    for (const key of Reflect.ownKeys(o)) {
      const d = Reflect.getOwnPropertyDescriptor(o, key)!;
      const name = typeof key === "symbol" ? `y${identity(key)}` : JSON.stringify(key);
      const flags = `${d.enumerable ? "e" : ""}${d.configurable ? "c" : ""}${"writable" in d && d.writable ? "w" : ""}`;
      parts.push(
        "value" in d
          ? `${name}(${flags}):${enc(d.value)}`
          : `${name}(${flags}):get${identity(d.get)}set${identity(d.set)}`,
      );
    }
    return `{${parts.join(",")}}`;
  };
  return enc(value);
}

function boxedValue(o: object): unknown {
  if (types.isNumberObject(o)) return Number.prototype.valueOf.call(o);
  if (types.isStringObject(o)) return String.prototype.valueOf.call(o);
  if (types.isBooleanObject(o)) return Boolean.prototype.valueOf.call(o);
  if (types.isBigIntObject(o)) return BigInt.prototype.valueOf.call(o);
  if (types.isSymbolObject(o)) return Symbol.prototype.valueOf.call(o);
  return undefined;
}

/** The prototypes a polluting write would land on. */
const SHARED_PROTOTYPES: readonly object[] = [
  Object.prototype,
  Array.prototype,
  Function.prototype,
  String.prototype,
  Number.prototype,
  Boolean.prototype,
  Symbol.prototype,
  BigInt.prototype,
  Date.prototype,
  RegExp.prototype,
  Error.prototype,
  Map.prototype,
  Set.prototype,
  Promise.prototype,
  Object.getPrototypeOf(Uint8Array.prototype) as object,
  Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())) as object,
];

interface Slot {
  readonly value: unknown;
  readonly get: unknown;
  readonly set: unknown;
}

function slotsOf(p: object): Map<PropertyKey, Slot> {
  const slots = new Map<PropertyKey, Slot>();
  for (const key of Reflect.ownKeys(p)) {
    const d = Reflect.getOwnPropertyDescriptor(p, key)!;
    slots.set(key, { value: d.value, get: d.get, set: d.set });
  }
  return slots;
}

/** The properties of the shared prototypes as they were when the harness was loaded. */
const PROTOTYPES_BEFORE: readonly Map<PropertyKey, Slot>[] = SHARED_PROTOTYPES.map(slotsOf);

/** Fails when a shared prototype gained, lost or changed a property. */
export function expectPrototypesUntouched(): void {
  expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>)["polluted"]).toBeUndefined();
  SHARED_PROTOTYPES.forEach((p, i) => {
    const before = PROTOTYPES_BEFORE[i]!;
    const keys = Reflect.ownKeys(p);
    let same = keys.length === before.size;
    for (let k = 0; same && k < keys.length; k++) {
      const key = keys[k]!;
      const d = Reflect.getOwnPropertyDescriptor(p, key)!;
      const b = before.get(key);
      same = b !== undefined && Object.is(d.value, b.value) && d.get === b.get && d.set === b.set;
    }
    if (!same) {
      const changed = keys.filter((key) => {
        const b = before.get(key);
        const d = Reflect.getOwnPropertyDescriptor(p, key)!;
        return b === undefined || !Object.is(d.value, b.value) || d.get !== b.get || d.set !== b.set;
      });
      const lost = [...before.keys()].filter((key) => !(keys as PropertyKey[]).includes(key));
      throw new Error(
        `a shared prototype was written to: ${[...changed, ...lost].map((k) => String(k)).join(", ")}`,
      );
    }
  });
}

// ---------------------------------------------------------------------------------------------------------
// The check
// ---------------------------------------------------------------------------------------------------------

/** The outcome of one call. */
export type Outcome =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly error: OcopError };

/** Fails unless `error` is a well-formed OcopError. */
export function expectOcopError(error: unknown): asserts error is OcopError {
  if (!(error instanceof OcopError)) {
    const e = error as { name?: unknown; message?: unknown; stack?: unknown };
    const text = error instanceof Error ? `${String(e.stack)}` : String(typeof error);
    throw new Error(`expected only OcopError, got ${text}`);
  }
  expect(typeof error.code).toBe("string");
  expect(error.code.length).toBeGreaterThan(0);
  expect(typeof error.messages.en).toBe("string");
  expect(typeof error.messages.vi).toBe("string");
  expect(error.messages.en.length).toBeGreaterThan(0);
  expect(error.messages.vi.length).toBeGreaterThan(0);
  expect(error.message).toBe(error.messages.en);
  expect(error.issues.length).toBeGreaterThan(0);
  for (const issue of error.issues) {
    expect(issue.code.length).toBeGreaterThan(0);
    expect(issue.message.en.length).toBeGreaterThan(0);
    expect(issue.message.vi.length).toBeGreaterThan(0);
  }
}

/** Runs `call`: its value, or the OcopError it threw (anything else fails the property). */
export function attempt(call: () => unknown): Outcome {
  try {
    return { ok: true, value: call() };
  } catch (error) {
    expectOcopError(error);
    return { ok: false, error };
  }
}

/** Freezes a value deeply (own data properties; typed arrays with elements cannot be frozen). */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return value;
  if (ArrayBuffer.isView(value)) return value;
  Object.freeze(value);
  for (const key of Reflect.ownKeys(value)) {
    const d = Reflect.getOwnPropertyDescriptor(value, key);
    if (d !== undefined && "value" in d) deepFreeze(d.value);
  }
  return value;
}

/**
 * Whether `value` is plain data that `structuredClone` copies faithfully: primitives (no symbols), and
 * arrays and plain objects (no accessors, no symbol keys, no proxies) of plain data.
 */
export function isPlainData(value: unknown, depth = 12): boolean {
  if (typeof value === "symbol" || typeof value === "function") return false;
  if (typeof value !== "object" || value === null || LIBRARY.has(value)) return true;
  if (depth === 0 || types.isProxy(value)) return false;
  const proto = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && proto !== Object.prototype) return false;
  if (Array.isArray(value) && proto !== Array.prototype) return false;
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key === "symbol") return false;
    const d = Reflect.getOwnPropertyDescriptor(value, key)!;
    if (!("value" in d) || !isPlainData(d.value, depth - 1)) return false;
  }
  return true;
}

/** A deeply frozen copy of `value`, or `undefined` when it is not plain data (see {@link isPlainData}). */
export function frozenCopy<T>(value: T): T | undefined {
  return isPlainData(value) ? deepFreeze(cloneData(value)) : undefined;
}

/** A deep copy of plain data (prototypes and `__proto__` keys kept); the library's data is shared. */
function cloneData<T>(value: T): T {
  if (typeof value !== "object" || value === null || LIBRARY.has(value)) return value;
  const copy: object = Array.isArray(value)
    ? new Array(value.length)
    : Object.create(Object.getPrototypeOf(value));
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key];
    Object.defineProperty(copy, key, {
      value: cloneData(v),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy as T;
}

/** The outcomes of {@link robust}: on the arguments, and on a deeply frozen copy of them (when copyable). */
export interface RobustResult {
  readonly outcome: Outcome;
  readonly frozen: Outcome | undefined;
  /** The arguments as called (recipes made: see {@link materialise}). */
  readonly args: readonly unknown[];
}

/**
 * Calls `fn(...args)` and checks the three promises: only an OcopError comes out, the arguments are not
 * changed, and no shared prototype is written to; then calls it again on a deeply frozen copy of the
 * arguments (when they can be copied), with the same checks.
 */
export function robust<A extends readonly unknown[]>(
  fn: (...args: A) => unknown,
  generated: A,
): RobustResult {
  const args = generated.map(materialise) as unknown as A;
  const before = snapshot(args);
  const outcome = attempt(() => fn(...args));
  expect(snapshot(args), "the arguments were changed").toBe(before);
  const copy = frozenCopy(args);
  const frozen = copy === undefined ? undefined : attempt(() => fn(...copy));
  expectPrototypesUntouched();
  return { outcome, frozen, args };
}

/**
 * Like {@link robust}, and the call on the frozen copy must end the same way (value or error code). Returns
 * the outcome with the arguments as called (`args`: recipes made).
 */
export function robustSame<A extends readonly unknown[]>(
  fn: (...args: A) => unknown,
  generated: A,
): Outcome & { readonly args: A } {
  const { outcome, frozen, args } = robust(fn, generated);
  if (frozen !== undefined) {
    expect(frozen.ok, "the frozen copy ends differently").toBe(outcome.ok);
    if (!frozen.ok && !outcome.ok) expect(frozen.error.code).toBe(outcome.error.code);
  }
  return { ...outcome, args: args as A };
}

/** Async variant of {@link attempt}, for the command line. */
export async function attemptAsync(call: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    expectOcopError(error);
    return { ok: false, error };
  }
}

/** The code of the OcopError `run` throws, `"returned"` when it returns, `"raw <name>"` for any other error. */
export function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return error instanceof OcopError
      ? error.code
      : `raw ${error instanceof Error ? error.name : typeof error}`;
  }
  return "returned";
}
