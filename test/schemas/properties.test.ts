import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { jsonSchemaOf } from "../../scripts/json-schema.js";
import { isCalendarDate } from "../../src/calendar/calendar-date.js";
import { OcopError } from "../../src/errors/ocop-error.js";
import {
  AnswersSchema,
  CalendarDateSchema,
  CertificateSchema,
  JourneyEventSchema,
  ProductRecordSchema,
  parseWith,
  SCHEMA_CATALOGUE,
  TargetSchema,
  TrackedTargetSchema,
} from "../../src/schemas/index.js";
import { makeCertificate } from "../certificates/fixtures.js";
import { examples } from "./examples.js";

/** Runs `parse`; returns "ok" or "ocop", and fails the property on any other throw. */
function outcome(parse: () => unknown): "ok" | "ocop" {
  try {
    parse();
    return "ok";
  } catch (error) {
    if (error instanceof OcopError) {
      expect(error.issues.length).toBeGreaterThan(0);
      for (const issue of error.issues) {
        expect(typeof issue.message.en).toBe("string");
        expect(typeof issue.message.vi).toBe("string");
        expect(issue.message.vi.length).toBeGreaterThan(0);
      }
      return "ocop";
    }
    throw error;
  }
}

/** Freezes a value deeply (plain objects and arrays), so that any write to the input throws. */
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value) && !ArrayBuffer.isView(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (descriptor !== undefined && "value" in descriptor) deepFreeze(descriptor.value);
    }
  }
  return value;
}

/** Objects whose keys include `__proto__`, `constructor` and other dangerous names, as JSON.parse makes them. */
const protoObjects = fc
  .dictionary(
    fc.constantFrom("__proto__", "constructor", "prototype", "toString", "stars", "kind", "1.1", "date"),
    fc.oneof(fc.jsonValue(), fc.constant({ polluted: true })),
  )
  .map((o) => JSON.parse(JSON.stringify(o)) as unknown);

const hugeNumbers = fc.oneof(
  fc.double(),
  fc.constantFrom(
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    Number.MAX_SAFE_INTEGER + 2,
    Number.MIN_VALUE,
    Number.POSITIVE_INFINITY,
    Number.NaN,
    -0,
  ),
);

const junk = fc.oneof(
  fc.anything({
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
  }),
  protoObjects,
  hugeNumbers,
);

describe("junk: the parse helpers throw only OcopError and never write to the input", () => {
  for (const entry of SCHEMA_CATALOGUE) {
    test(entry.name, () => {
      fc.assert(
        fc.property(junk, (input) => {
          const before = structuredClone(input);
          outcome(() => parseWith(entry.schema, deepFreeze(input), ["input"]));
          expect(input).toEqual(before);
          expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
        }),
        { numRuns: 60 },
      );
    });
  }

  test("library examples with one field replaced by junk, a huge number or a __proto__ object", () => {
    const all = [...examples()].flatMap(([name, list]) =>
      list
        .filter((e) => typeof e === "object" && e !== null && !Array.isArray(e))
        .map(
          (e) =>
            [SCHEMA_CATALOGUE.find((c) => c.name === name)!.schema, e as Record<string, unknown>] as const,
        ),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...all),
        fc.nat(),
        fc.oneof(junk, hugeNumbers, protoObjects),
        ([schema, example], index, replacement) => {
          const keys = Object.keys(example);
          const key = keys[index % keys.length]!;
          const input = deepFreeze({ ...example, [key]: replacement });
          outcome(() => parseWith(schema, input));
        },
      ),
      { numRuns: 300 },
    );
  });

  test("any string in a date field is either a real calendar date or an INVALID_DATE", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/)), (text) => {
        const result = outcome(() => parseWith(CalendarDateSchema, text));
        expect(result === "ok").toBe(isCalendarDate(text));
        if (result === "ocop") {
          try {
            parseWith(JourneyEventSchema, { type: "expire", date: text }, ["event"]);
          } catch (error) {
            expect((error as OcopError).code).toBe("INVALID_DATE");
            expect((error as OcopError).path).toEqual(["event", "date"]);
          }
        }
      }),
    );
  });

  test("numbers that are not finite are never accepted", () => {
    fc.assert(
      fc.property(fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY), (n) => {
        expect(outcome(() => parseWith(AnswersSchema, { "1.1": n }))).toBe("ocop");
        expect(outcome(() => parseWith(ProductRecordSchema, { stars: 3, year: n }))).toBe("ocop");
      }),
    );
  });
});

// ---------------------------------------------------------------------------------------------------------
// Valid inputs round-trip
// ---------------------------------------------------------------------------------------------------------

const calendarDate = fc
  .date({ min: new Date("0001-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const text = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => /\S/.test(s));
const bilingual = fc.record({ en: fc.string(), vi: fc.string() });
const nonNegative = fc.double({ min: 0, max: 1e12, noNaN: true });

const productRecord = fc.record(
  {
    stars: fc.constantFrom(1, 2, 3, 4, 5),
    potentialFiveStar: fc.boolean(),
    group: text,
    locality: text,
    year: fc.integer({ min: 1900, max: 2100 }),
  },
  { requiredKeys: ["stars"] },
);

const answers = fc.dictionary(
  fc.string({ minLength: 1, maxLength: 8 }).filter((k) => k !== "__proto__"),
  nonNegative,
);

const target = fc
  .tuple(calendarDate, calendarDate)
  .map(([a, b]) => (a <= b ? [a, b] : [b, a]))
  .chain(([start, deadline]) =>
    fc.oneof(
      fc.record(
        {
          kind: fc.constant("count" as const),
          id: text,
          name: bilingual,
          measure: bilingual,
          start: fc.constant(start!),
          deadline: fc.constant(deadline!),
          counting: fc.constantFrom("increment" as const, "cumulative" as const),
          target: nonNegative,
          baseline: nonNegative,
          recurrence: fc.constant("yearly" as const),
        },
        { requiredKeys: ["kind", "id", "name", "measure", "start", "deadline", "counting", "target"] },
      ),
      fc.record(
        {
          kind: fc.constant("share" as const),
          id: text,
          name: bilingual,
          measure: bilingual,
          start: fc.constant(start!),
          deadline: fc.constant(deadline!),
          percent: fc.double({ min: 0, max: 100, noNaN: true }),
          source: fc.record({
            document: fc.string(),
            quote: fc.string(),
            urls: fc.array(fc.constantFrom("https://example.org/a", "https://example.org/b"), {
              maxLength: 2,
            }),
          }),
        },
        { requiredKeys: ["kind", "id", "name", "measure", "start", "deadline", "percent"] },
      ),
      fc.tuple(nonNegative, nonNegative).map(([x, y]) => ({
        kind: "range" as const,
        id: "range",
        name: { en: "r", vi: "r" },
        measure: { en: "m", vi: "m" },
        start: start!,
        deadline: deadline!,
        counting: "cumulative" as const,
        min: Math.min(x, y),
        max: Math.max(x, y),
      })),
    ),
  );

const certificate = fc
  .record({
    name: text,
    holder: text,
    commune: text,
    issuedOn: calendarDate.filter((d) => d >= "2026-05-22" && d <= "2040-12-31"),
    stars: fc.constantFrom(3 as const, 4 as const),
  })
  .map(({ name, holder, commune, issuedOn, stars }) =>
    makeCertificate(issuedOn as `${number}-${number}-${number}`, {
      product: { name },
      holder: { name: holder },
      locality: { province: "Thái Nguyên", commune },
      stars,
      score: stars === 3 ? 60 : 80,
    }),
  );

const journeyEvent = fc.oneof(
  fc.record({ type: fc.constant("register-idea"), date: calendarDate }),
  fc.record({
    type: fc.constant("file-dossier"),
    date: calendarDate,
    kind: fc.constantFrom("first-evaluation", "upgrade", "re-evaluation"),
    complete: fc.boolean(),
  }),
  fc.record(
    {
      type: fc.constant("province-evaluation"),
      date: calendarDate,
      score: fc.double({ min: 0, max: 100, noNaN: true }),
      stars: fc.constantFrom(1, 2, 3, 4, 5),
    },
    { requiredKeys: ["type", "date", "score"] },
  ),
);

function ajvFor(name: string) {
  const ajv = new Ajv2020({ strict: true });
  ajv.addFormat("date", { type: "string", validate: (value: string) => isCalendarDate(value) });
  return ajv.compile(jsonSchemaOf(name));
}

describe("valid inputs round-trip and their JSON passes the JSON Schema", () => {
  const cases = [
    ["calendar-date", CalendarDateSchema, calendarDate],
    ["product-record", ProductRecordSchema, productRecord],
    ["answers", AnswersSchema, answers],
    ["target", TargetSchema, target],
    ["certificate", CertificateSchema, certificate],
    ["journey-event", JourneyEventSchema, journeyEvent],
  ] as const;
  for (const [name, schema, arbitrary] of cases) {
    test(name, () => {
      const validate = ajvFor(name);
      fc.assert(
        fc.property(arbitrary as fc.Arbitrary<unknown>, (value) => {
          expect(parseWith(schema, value)).toEqual(value);
          const json = JSON.parse(JSON.stringify(value)) as unknown;
          expect(parseWith(schema, json)).toEqual(json);
          expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
        }),
        { numRuns: 80 },
      );
    });
  }

  test("tracked targets: a generated target with data of its kind", () => {
    fc.assert(
      fc.property(target, fc.nat({ max: 1000 }), (t, value) => {
        const data = t.kind === "share" ? { part: value, whole: value + 1 } : { value };
        expect(parseWith(TrackedTargetSchema, { target: t, data, asOf: t.deadline })).toEqual({
          target: t,
          data,
          asOf: t.deadline,
        });
      }),
      { numRuns: 50 },
    );
  });
});
