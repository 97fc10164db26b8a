/**
 * The edges of the journey state machine: each malformed event or journey gets its own code and the path of
 * the field at fault, each refusal names its rule and says why in both languages, and each guard's boundary
 * is exact. Written from the surviving mutants of a Stryker run (docs/mutation.md).
 */
import { describe, expect, it } from "vitest";
import type { OcopError } from "../../src/errors/ocop-error.js";
import {
  applyEvent,
  assertNever,
  JOURNEY_EVENT_TYPES,
  JOURNEY_STATUSES,
  type Journey,
  type JourneyEvent,
  replayJourney,
  startJourney,
} from "../../src/procedure/journey.js";
import { failure } from "../helpers/failure.js";

/** The error of applying `event` (of any shape) to `journey`. */
function refusal(journey: Journey, event: unknown): OcopError {
  return failure(() => applyEvent(journey, event as JourneyEvent));
}

/** A refused transition: INVALID_TRANSITION at event.type, with the rule and the reason in English. */
function expectRefused(journey: Journey, event: JourneyEvent, rule: string, why: string): OcopError {
  const e = refusal(journey, event);
  expect([e.code, e.path, e.value, e.rule]).toEqual([
    "INVALID_TRANSITION",
    ["event", "type"],
    event.type,
    rule,
  ]);
  expect(e.messages.en).toBe(
    `"${event.type}" is not allowed in state "${journey.state.status}": ${why} (${rule})`,
  );
  return e;
}

const run = (events: readonly JourneyEvent[], from?: Journey): Journey => replayJourney(events, from);

/** A journey holding a certificate recorded on `date`. */
const holding = (stars: 3 | 4 | 5, date = "2026-06-01", issuedBy: "province" | "central" = "province") =>
  run([
    {
      type: "record-existing-certificate",
      date: date as "2026-06-01",
      stars,
      issuedBy: stars === 5 ? "central" : issuedBy,
    },
  ]);

const filed = (complete = true, date = "2026-06-01") =>
  run([{ type: "file-dossier", date: date as "2026-06-01", kind: "first-evaluation", complete }]);

const checked = () => run([{ type: "commune-check", date: "2026-06-10" }], filed());

const atProvince = (score: number, stars?: 1 | 2 | 3 | 4 | 5) =>
  run(
    [
      stars === undefined
        ? { type: "province-evaluation", date: "2026-06-20", score }
        : { type: "province-evaluation", date: "2026-06-20", score, stars },
    ],
    checked(),
  );

const atCentral = (score: number, stars?: 1 | 2 | 3 | 4 | 5) =>
  run(
    [
      { type: "propose-to-ministry", date: "2026-07-01" },
      stars === undefined
        ? { type: "central-evaluation", date: "2026-09-15", score }
        : { type: "central-evaluation", date: "2026-09-15", score, stars },
    ],
    atProvince(95),
  );

/** A 148 dossier scored by the district. */
const atDistrict148 = (score: number) =>
  run([
    { type: "file-dossier", date: "2024-03-01", kind: "first-evaluation", complete: true },
    { type: "district-evaluation", date: "2024-04-01", score },
  ]);

/** A stored journey (as read back from JSON) with the given state and certificate. */
function stored(state: object, certificate: unknown = null, history: unknown[] = []): Journey {
  return { state, certificate, history } as unknown as Journey;
}

const dossier26 = { kind: "first-evaluation", regime: "26/2026", filedOn: "2026-06-01", complete: true };
const cert3 = {
  stars: 3,
  issuedOn: "2026-06-01",
  validUntil: "2029-06-01",
  issuedBy: "province",
  regime: "26/2026",
  via: "recorded",
};

// ---------------------------------------------------------------------------------------------------------
// The public lists and the helpers
// ---------------------------------------------------------------------------------------------------------

describe("lists, startJourney and assertNever", () => {
  it("the statuses and event types, in the usual order of a journey", () => {
    expect(JOURNEY_STATUSES).toEqual([
      "new",
      "idea-registered",
      "plan-accepted",
      "dossier-filed",
      "upgrade-filed",
      "re-evaluation-filed",
      "dossier-checked-by-commune",
      "evaluated-at-district",
      "evaluated-at-province",
      "proposed-to-ministry",
      "evaluated-at-central",
      "recognised",
      "certificate-issued",
      "not-recognised",
      "revoked",
      "expired",
    ]);
    expect(JOURNEY_EVENT_TYPES).toEqual([
      "register-idea",
      "accept-plan",
      "file-dossier",
      "complete-dossier",
      "commune-check",
      "district-evaluation",
      "province-evaluation",
      "propose-to-ministry",
      "central-evaluation",
      "recognise",
      "issue-certificate",
      "close-dossier",
      "revoke",
      "expire",
      "record-existing-certificate",
    ]);
  });

  it("a new journey is empty and frozen all the way down", () => {
    const j = startJourney();
    expect(j).toEqual({ state: { status: "new" }, certificate: null, history: [] });
    expect([Object.isFrozen(j), Object.isFrozen(j.state), Object.isFrozen(j.history)]).toEqual([
      true,
      true,
      true,
    ]);
    expect(startJourney()).not.toBe(j);
  });

  it("assertNever: INVALID_ARGUMENT at the path given (default value), in both languages", () => {
    const e = failure(() => assertNever("x" as never));
    expect([e.code, e.path, e.value, e.rule]).toEqual([
      "INVALID_ARGUMENT",
      ["value"],
      "x",
      "a value of a closed union",
    ]);
    expect(e.messages).toEqual({
      en: 'value: "x" is not an expected value',
      vi: 'value: "x" không phải là giá trị hợp lệ',
    });
    const nested = failure(() => assertNever({} as never, ["state", "status"]));
    expect([nested.path, nested.messages.en]).toEqual([
      ["state", "status"],
      "state.status: an object is not an expected value",
    ]);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Events: shape
// ---------------------------------------------------------------------------------------------------------

describe("events that are not well formed: INVALID_EVENT at the field at fault", () => {
  const j = startJourney();
  const ok = { type: "register-idea", date: "2026-03-01" };

  it("not an object", () => {
    for (const bad of [null, undefined, 1, "register-idea", [ok]]) {
      const e = refusal(j, bad);
      expect([e.code, e.path, e.value]).toEqual(["INVALID_EVENT", ["event"], bad]);
      expect(e.rule).toBe("a journey event has the documented shape");
    }
    expect(refusal(j, null).messages).toEqual({
      en: "event: null is not an event object",
      vi: "event: null không phải là sự kiện",
    });
  });

  it("a type that is not an event type (an inherited one does not count)", () => {
    const list = JOURNEY_EVENT_TYPES.join(", ");
    for (const bad of [
      undefined,
      "harvest",
      3,
      Object.create({ type: "register-idea", date: "2026-03-01" }),
    ]) {
      const event = typeof bad === "object" ? bad : { type: bad, date: "2026-03-01" };
      const e = refusal(j, event);
      expect([e.code, e.path]).toEqual(["INVALID_EVENT", ["event", "type"]]);
    }
    expect(refusal(j, { type: "harvest", date: "2026-03-01" }).messages).toEqual({
      en: `event.type: "harvest" is not an event type (${list})`,
      vi: `event.type: "harvest" không phải là loại sự kiện (${list})`,
    });
  });

  it("a date that is not YYYY-MM-DD", () => {
    for (const bad of [undefined, "2026-02-30", "01/03/2026", 20260301]) {
      const e = refusal(j, { type: "register-idea", date: bad });
      expect([e.code, e.path, e.value]).toEqual(["INVALID_EVENT", ["event", "date"], bad]);
    }
    expect(refusal(j, { type: "register-idea", date: "x" }).messages).toEqual({
      en: 'event.date: "x" is not a calendar date (YYYY-MM-DD)',
      vi: 'event.date: "x" không phải là ngày (YYYY-MM-DD)',
    });
  });

  it("file-dossier: a kind of the three, complete true or false", () => {
    const base = { type: "file-dossier", date: "2026-06-01", kind: "first-evaluation", complete: true };
    for (const bad of [undefined, "renewal", 1]) {
      const e = refusal(j, { ...base, kind: bad });
      expect([e.code, e.path, e.value]).toEqual(["INVALID_EVENT", ["event", "kind"], bad]);
    }
    expect(refusal(j, { ...base, kind: "renewal" }).messages).toEqual({
      en: 'event.kind: "renewal" is not a dossier kind (first-evaluation, upgrade, re-evaluation)',
      vi: 'event.kind: "renewal" không phải là loại hồ sơ (first-evaluation, upgrade, re-evaluation)',
    });
    for (const bad of [undefined, "true", 1, null]) {
      const e = refusal(j, { ...base, complete: bad });
      expect([e.code, e.path, e.value]).toEqual(["INVALID_EVENT", ["event", "complete"], bad]);
    }
    expect(refusal(j, { ...base, complete: 1 }).messages).toEqual({
      en: "event.complete: 1 is not true or false",
      vi: "event.complete: 1 không phải là true hoặc false",
    });
  });

  // 26/2026/QĐ-TTg, Article 3.3: a score from 0 to 100; stars from 1 to 5.
  it("evaluations: a score from 0 to 100 inclusive, stars from 1 to 5 when given", () => {
    for (const type of ["district-evaluation", "province-evaluation", "central-evaluation"]) {
      for (const bad of [-0.01, 100.01, Number.NaN, Number.POSITIVE_INFINITY, "80", undefined, null]) {
        const e = refusal(j, { type, date: "2026-06-01", score: bad });
        expect([e.code, e.path]).toEqual(["INVALID_EVENT", ["event", "score"]]);
        expect(e.value).toBe(bad);
      }
      for (const bad of [0, 6, 2.5, "3", null]) {
        const e = refusal(j, { type, date: "2026-06-01", score: 70, stars: bad });
        expect([e.code, e.path, e.value]).toEqual(["INVALID_EVENT", ["event", "stars"], bad]);
      }
    }
    expect(refusal(j, { type: "province-evaluation", date: "2026-06-01", score: 101 }).messages).toEqual({
      en: "event.score: 101 is not a score from 0 to 100",
      vi: "event.score: 101 không phải là điểm từ 0 đến 100",
    });
    expect(
      refusal(j, { type: "province-evaluation", date: "2026-06-01", score: 70, stars: 6 }).messages,
    ).toEqual({
      en: "event.stars: 6 is not a star level from 1 to 5",
      vi: "event.stars: 6 không phải là hạng sao từ 1 đến 5",
    });
    // A well-formed evaluation event reaches the transition rules (refused there, not as INVALID_EVENT).
    for (const score of [0, 100]) {
      expect(refusal(j, { type: "province-evaluation", date: "2026-06-01", score }).code).toBe(
        "INVALID_TRANSITION",
      );
    }
    for (const stars of [1, 5]) {
      expect(refusal(j, { type: "central-evaluation", date: "2026-06-01", score: 95, stars }).code).toBe(
        "INVALID_TRANSITION",
      );
    }
  });

  it("recognise: stars from 1 to 5", () => {
    for (const bad of [0, 6, 3.5, "4", undefined]) {
      const e = refusal(j, { type: "recognise", date: "2026-06-01", stars: bad });
      expect([e.code, e.path, e.value]).toEqual(["INVALID_EVENT", ["event", "stars"], bad]);
    }
    expect(refusal(j, { type: "recognise", date: "2026-06-01", stars: 0 }).messages).toEqual({
      en: "event.stars: 0 is not a star level from 1 to 5",
      vi: "event.stars: 0 không phải là hạng sao từ 1 đến 5",
    });
  });

  it("revoke: a known revocation ground", () => {
    for (const bad of [undefined, "whim", 1]) {
      const e = refusal(holding(3), { type: "revoke", date: "2026-07-01", ground: bad });
      expect([e.code, e.path, e.value]).toEqual(["INVALID_EVENT", ["event", "ground"], bad]);
    }
    const e = refusal(holding(3), { type: "revoke", date: "2026-07-01", ground: "whim" });
    expect(e.messages.en).toMatch(
      /^event\.ground: "whim" is not a revocation ground \(false-dossier, .*practice-holder-ceased\)$/,
    );
    expect(e.messages.vi).toMatch(
      /^event\.ground: "whim" không phải là căn cứ thu hồi \(false-dossier, .*practice-holder-ceased\)$/,
    );
  });

  it("record-existing-certificate: stars, a level, and a modelled regime when given", () => {
    const base = { type: "record-existing-certificate", date: "2026-06-01", stars: 3, issuedBy: "province" };
    for (const bad of [0, 6, "3", undefined]) {
      const e = refusal(j, { ...base, stars: bad });
      expect([e.code, e.path, e.value]).toEqual(["INVALID_EVENT", ["event", "stars"], bad]);
    }
    expect(refusal(j, { ...base, stars: 6 }).messages).toEqual({
      en: "event.stars: 6 is not a star level from 1 to 5",
      vi: "event.stars: 6 không phải là hạng sao từ 1 đến 5",
    });
    for (const bad of [undefined, "ministry", 1]) {
      const e = refusal(j, { ...base, issuedBy: bad });
      expect([e.code, e.path, e.value]).toEqual(["INVALID_EVENT", ["event", "issuedBy"], bad]);
    }
    expect(refusal(j, { ...base, issuedBy: "ministry" }).messages).toEqual({
      en: 'event.issuedBy: "ministry" is not a level (commune, district, province, central)',
      vi: 'event.issuedBy: "ministry" không phải là cấp (commune, district, province, central)',
    });
    for (const bad of [null, "2026", 148, "toString"]) {
      const e = refusal(j, { ...base, regime: bad });
      expect([e.code, e.path, e.value]).toEqual(["INVALID_EVENT", ["event", "regime"], bad]);
      expect(e.messages.en).toContain("is not a modelled regime");
    }
  });

  // 26/2026/QĐ-TTg, Article 4.1.a: no certificate below 3★, so none can be recorded.
  it("record-existing-certificate of 1★ or 2★: INVALID_TRANSITION at event.stars", () => {
    for (const stars of [1, 2]) {
      const e = refusal(startJourney(), {
        type: "record-existing-certificate",
        date: "2026-06-01",
        stars,
        issuedBy: "province",
      });
      expect([e.code, e.path, e.value, e.rule]).toEqual([
        "INVALID_TRANSITION",
        ["event", "stars"],
        stars,
        "26/2026/QĐ-TTg, Article 4.1.a",
      ]);
    }
    expect(
      refusal(startJourney(), {
        type: "record-existing-certificate",
        date: "2026-06-01",
        stars: 2,
        issuedBy: "province",
      }).messages,
    ).toEqual({
      en: "a 2★ product has no certificate (no recognition decision and no certificate below 3★)",
      vi: "sản phẩm 2 sao không có giấy chứng nhận (không công nhận, không cấp giấy dưới 3 sao)",
    });
  });

  it("an event whose reading throws is INVALID_EVENT at event", () => {
    const hostile = Object.defineProperty({ date: "2026-03-01" }, "type", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    const e = refusal(j, hostile);
    expect([e.code, e.path]).toEqual(["INVALID_EVENT", ["event"]]);
    expect(e.messages.en).toBe("event: cannot be read (a getter or proxy of the input threw)");
  });

  it("each event keeps exactly its documented fields", () => {
    const extra = {
      note: "x",
      score: 99,
      stars: 5,
      kind: "upgrade",
      complete: false,
      ground: "x",
      regime: "148",
    };
    const typed = (event: object) => ({ ...extra, ...event }) as unknown as JourneyEvent;
    const idea = applyEvent(j, typed({ type: "register-idea", date: "2026-03-01" }));
    expect(idea.history[0]?.event).toStrictEqual({ type: "register-idea", date: "2026-03-01" });
    const file = applyEvent(
      j,
      typed({ type: "file-dossier", date: "2026-06-01", kind: "first-evaluation", complete: true }),
    );
    expect(file.history[0]?.event).toStrictEqual({
      type: "file-dossier",
      date: "2026-06-01",
      kind: "first-evaluation",
      complete: true,
    });
    const scored = applyEvent(checked(), {
      type: "province-evaluation",
      date: "2026-06-20",
      score: 75,
      note: 1,
    } as never);
    expect(scored.history.at(-1)?.event).toStrictEqual({
      type: "province-evaluation",
      date: "2026-06-20",
      score: 75,
    });
    const withStars = applyEvent(checked(), {
      type: "province-evaluation",
      date: "2026-06-20",
      score: 75,
      stars: 3,
    });
    expect(withStars.history.at(-1)?.event).toStrictEqual({
      type: "province-evaluation",
      date: "2026-06-20",
      score: 75,
      stars: 3,
    });
    const recorded = applyEvent(j, {
      type: "record-existing-certificate",
      date: "2026-06-01",
      stars: 4,
      issuedBy: "province",
      note: 1,
    } as never);
    expect(recorded.history[0]?.event).toStrictEqual({
      type: "record-existing-certificate",
      date: "2026-06-01",
      stars: 4,
      issuedBy: "province",
    });
    const withRegime = applyEvent(j, {
      type: "record-existing-certificate",
      date: "2026-06-01",
      stars: 4,
      issuedBy: "province",
      regime: "148+1489",
    });
    expect(withRegime.history[0]?.event).toStrictEqual({
      type: "record-existing-certificate",
      date: "2026-06-01",
      stars: 4,
      issuedBy: "province",
      regime: "148+1489",
    });
    const revoked = applyEvent(holding(3), {
      type: "revoke",
      date: "2026-07-01",
      ground: "mark-misuse",
      x: 1,
    } as never);
    expect(revoked.history.at(-1)?.event).toStrictEqual({
      type: "revoke",
      date: "2026-07-01",
      ground: "mark-misuse",
    });
    const recognised = applyEvent(atProvince(75), {
      type: "recognise",
      date: "2026-06-25",
      stars: 4,
      x: 1,
    } as never);
    expect(recognised.history.at(-1)?.event).toStrictEqual({
      type: "recognise",
      date: "2026-06-25",
      stars: 4,
    });
  });
});

// ---------------------------------------------------------------------------------------------------------
// Journeys: shape
// ---------------------------------------------------------------------------------------------------------

describe("journeys that are not well formed: INVALID_ARGUMENT at the field at fault", () => {
  const event = { type: "register-idea", date: "2026-03-01" } as const;
  const bad = (journey: unknown) => failure(() => applyEvent(journey as Journey, event));

  it("not an object, or a history that is not a list", () => {
    for (const junk of [null, undefined, 1, "journey", [startJourney()]]) {
      const e = bad(junk);
      expect([e.code, e.path, e.value]).toEqual(["INVALID_ARGUMENT", ["journey"], junk]);
      expect(e.rule).toBe("a journey record has the documented shape");
    }
    expect(bad(null).messages).toEqual({
      en: "journey: null is not a journey",
      vi: "journey: null không phải là hành trình",
    });
    for (const history of [undefined, {}, "[]"]) {
      const e = bad({ state: { status: "new" }, certificate: null, history });
      expect([e.code, e.path, e.value]).toEqual(["INVALID_ARGUMENT", ["journey", "history"], history]);
    }
    expect(bad({ state: { status: "new" }, certificate: null, history: {} }).messages).toEqual({
      en: "journey.history: an object is not an array",
      vi: "journey.history: một đối tượng không phải là mảng",
    });
  });

  it("the last record of the history must be dated; it is named by its index", () => {
    const good = { event: { type: "register-idea", date: "2026-01-01" }, from: "new", to: "idea-registered" };
    for (const last of [null, {}, { event: null }, { event: { date: "soon" } }]) {
      const e = bad({ state: { status: "new" }, certificate: null, history: [good, last] });
      expect([e.code, e.path, e.value]).toEqual(["INVALID_ARGUMENT", ["journey", "history", 1], last]);
    }
    expect(bad({ state: { status: "new" }, certificate: null, history: [good, null] }).messages).toEqual({
      en: "journey.history.1: null is not a dated journey record",
      vi: "journey.history.1: null không phải là bản ghi có ngày",
    });
    // Only the last record's date is read: it is the one events are ordered against.
    const ok = applyEvent(stored({ status: "new" }, null, [null, good]), event);
    expect(ok.history).toHaveLength(3);
  });

  it("a state that is not an object, or an unknown status", () => {
    for (const state of [null, "new", [{ status: "new" }]]) {
      const e = bad({ state, certificate: null, history: [] });
      expect([e.code, e.path, e.value]).toEqual(["INVALID_ARGUMENT", ["journey", "state"], state]);
    }
    expect(bad({ state: null, certificate: null, history: [] }).messages.en).toBe(
      "journey.state: null is not a journey state",
    );
    for (const status of [undefined, "done", 1]) {
      const e = bad({ state: { status }, certificate: null, history: [] });
      expect([e.code, e.path, e.value]).toEqual(["INVALID_ARGUMENT", ["journey", "state", "status"], status]);
    }
    expect(bad(stored({ status: "done" })).messages.en).toBe(
      'journey.state.status: "done" is not a journey status',
    );
    expect(bad(stored(Object.create({ status: "new" }))).path).toEqual(["journey", "state", "status"]);
  });

  it("a state's dossier: an object with a kind, a modelled regime, a date and a boolean complete", () => {
    const broken = [
      null,
      "dossier",
      { ...dossier26, kind: "renewal" },
      { ...dossier26, kind: 1 },
      { ...dossier26, regime: "2026" },
      { ...dossier26, regime: 148 },
      { ...dossier26, filedOn: "2026-02-30" },
      { ...dossier26, complete: "yes" },
    ];
    for (const status of [
      "dossier-filed",
      "upgrade-filed",
      "re-evaluation-filed",
      "dossier-checked-by-commune",
      "recognised",
    ]) {
      for (const dossier of broken) {
        const e = bad(stored({ status, dossier, stars: 3, by: "province" }));
        expect([e.code, e.path, e.value]).toEqual([
          "INVALID_ARGUMENT",
          ["journey", "state", "dossier"],
          dossier,
        ]);
      }
    }
    expect(bad(stored({ status: "dossier-filed", dossier: null })).messages.en).toBe(
      "journey.state.dossier: null is not a dossier",
    );
    expect(bad(stored({ status: "dossier-filed", dossier: { ...dossier26, complete: 1 } })).messages).toEqual(
      {
        en: "journey.state.dossier: an object is not a dossier { kind, regime, filedOn, complete }",
        vi: "journey.state.dossier: một đối tượng không phải là hồ sơ { kind, regime, filedOn, complete }",
      },
    );
  });

  it("a state's result: an object with a score 0–100, stars 1–5 and a date", () => {
    const result = { score: 75, stars: 4, on: "2026-06-20" };
    const broken = [
      null,
      7,
      { ...result, score: 101 },
      { ...result, score: "75" },
      { ...result, stars: 0 },
      { ...result, stars: 6 },
      { ...result, on: "tomorrow" },
    ];
    for (const status of [
      "evaluated-at-district",
      "evaluated-at-province",
      "evaluated-at-central",
      "proposed-to-ministry",
    ]) {
      for (const r of broken) {
        if (r === null && status === "proposed-to-ministry") continue;
        const e = bad(stored({ status, dossier: dossier26, result: r }));
        expect([e.code, e.path, e.value]).toEqual(["INVALID_ARGUMENT", ["journey", "state", "result"], r]);
      }
      expect(bad(stored({ status, dossier: { ...dossier26, regime: 1 }, result })).path).toEqual([
        "journey",
        "state",
        "dossier",
      ]);
    }
    expect(bad(stored({ status: "evaluated-at-province", dossier: dossier26, result: 7 })).messages.en).toBe(
      "journey.state.result: 7 is not a result",
    );
    expect(
      bad(stored({ status: "evaluated-at-province", dossier: dossier26, result: { ...result, stars: 0 } }))
        .messages.en,
    ).toBe("journey.state.result: an object is not a result { score, stars, on }");
    // A proposal without a result (5★ re-evaluation, Article 7.6.e) keeps `null`.
    const proposed = applyEvent(
      stored({ status: "proposed-to-ministry", dossier: dossier26, result: null }),
      {
        type: "central-evaluation",
        date: "2026-07-01",
        score: 91,
      },
    );
    expect(proposed.state).toEqual({
      status: "evaluated-at-central",
      dossier: dossier26,
      result: { score: 91, stars: 5, on: "2026-07-01" },
    });
  });

  it("a recognised state: stars 3–5 and a level", () => {
    for (const [stars, by] of [
      [2, "province"],
      [6, "province"],
      ["4", "province"],
      [4, "ministry"],
      [4, 1],
    ]) {
      const state = { status: "recognised", dossier: dossier26, stars, by };
      const e = bad(stored(state));
      expect([e.code, e.path, e.value]).toEqual(["INVALID_ARGUMENT", ["journey", "state"], state]);
      expect(e.messages.en).toBe(
        "journey.state: an object is not a recognised state { dossier, stars 3–5, by }",
      );
    }
  });

  it("a revoked state: a known ground", () => {
    for (const ground of [undefined, "whim", 3]) {
      const e = bad(stored({ status: "revoked", ground }));
      expect([e.code, e.path, e.value]).toEqual(["INVALID_ARGUMENT", ["journey", "state", "ground"], ground]);
    }
    expect(bad(stored({ status: "revoked", ground: "whim" })).messages.en).toBe(
      'journey.state.ground: "whim" is not a revocation ground',
    );
  });

  it("a certificate: null, or 3★–5★ with dates, a level, a regime and how it came", () => {
    const broken = [
      "certificate",
      1,
      [],
      { ...cert3, stars: 2 },
      { ...cert3, stars: 6 },
      { ...cert3, stars: "3" },
      { ...cert3, issuedOn: "2026-13-01" },
      { ...cert3, validUntil: null },
      { ...cert3, issuedBy: "ministry" },
      { ...cert3, issuedBy: 3 },
      { ...cert3, regime: "2026" },
      { ...cert3, regime: 148 },
      { ...cert3, via: "gift" },
      { ...cert3, via: 1 },
    ];
    for (const certificate of broken) {
      const e = bad(stored({ status: "certificate-issued" }, certificate));
      expect([e.code, e.path, e.value]).toEqual([
        "INVALID_ARGUMENT",
        ["journey", "certificate"],
        certificate,
      ]);
    }
    expect(bad(stored({ status: "certificate-issued" }, [])).messages.en).toBe(
      "journey.certificate: an array is not a certificate or null",
    );
    expect(bad(stored({ status: "certificate-issued" }, { ...cert3, via: "gift" })).messages.en).toBe(
      "journey.certificate: an object is not a certificate { stars 3–5, issuedOn, validUntil, issuedBy, regime, via }",
    );
    for (const via of ["recorded", "first-evaluation", "upgrade", "re-evaluation"]) {
      const j = applyEvent(stored({ status: "certificate-issued" }, { ...cert3, via }), {
        type: "expire",
        date: "2029-06-02",
      });
      expect(j.state).toEqual({ status: "expired" });
    }
  });

  it("a journey whose reading throws is INVALID_ARGUMENT at journey", () => {
    const hostile = Object.defineProperty({ state: { status: "new" }, certificate: null }, "history", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    const e = bad(hostile);
    expect([e.code, e.path]).toEqual(["INVALID_ARGUMENT", ["journey"]]);
    expect(e.messages.en).toBe("journey: cannot be read (a getter or proxy of the input threw)");
  });
});

// ---------------------------------------------------------------------------------------------------------
// Dates, records, immutability
// ---------------------------------------------------------------------------------------------------------

describe("applyEvent: dates in order, records, frozen results", () => {
  it("an event dated before the last one: INVALID_EVENT at event.date; the same day is allowed", () => {
    const j = run([{ type: "register-idea", date: "2026-03-01" }]);
    const e = refusal(j, { type: "accept-plan", date: "2026-02-28" });
    expect([e.code, e.path, e.value]).toEqual(["INVALID_EVENT", ["event", "date"], "2026-02-28"]);
    expect(e.messages).toEqual({
      en: 'event.date: "2026-02-28" is earlier than the journey\'s last event (2026-03-01); events are dated in order',
      vi: 'event.date: "2026-02-28" sớm hơn sự kiện cuối của hành trình (2026-03-01); sự kiện phải theo thứ tự ngày',
    });
    expect(applyEvent(j, { type: "accept-plan", date: "2026-03-01" }).state.status).toBe("plan-accepted");
  });

  it("the date check runs before the transition rules", () => {
    const j = run([{ type: "register-idea", date: "2026-03-01" }]);
    expect(refusal(j, { type: "register-idea", date: "2026-02-01" }).code).toBe("INVALID_EVENT");
  });

  it("each record holds the event, the status before and after; everything returned is frozen", () => {
    const before = filed();
    const after = applyEvent(before, { type: "commune-check", date: "2026-06-10" });
    expect(after.history).toEqual([
      ...before.history,
      {
        event: { type: "commune-check", date: "2026-06-10" },
        from: "dossier-filed",
        to: "dossier-checked-by-commune",
      },
    ]);
    expect(after.history[0]).toBe(before.history[0]);
    const record = after.history.at(-1)!;
    expect([Object.isFrozen(after), Object.isFrozen(after.state), Object.isFrozen(after.history)]).toEqual([
      true,
      true,
      true,
    ]);
    expect([Object.isFrozen(record), Object.isFrozen(record.event)]).toEqual([true, true]);
    const certified = holding(4);
    expect(Object.isFrozen(certified.certificate)).toBe(true);
    expect(before.history).toHaveLength(1);
    expect(before.state.status).toBe("dossier-filed");
  });

  it("a stored (unfrozen) journey and event are left as they were", () => {
    const journey = JSON.parse(JSON.stringify(atProvince(75))) as Journey;
    const event = { type: "recognise", date: "2026-06-25", stars: 4 } as JourneyEvent;
    const copies = [structuredClone(journey), structuredClone(event)];
    const next = applyEvent(journey, event);
    expect([journey, event]).toEqual(copies);
    expect(next.history).not.toBe(journey.history);
  });
});

describe("replayJourney", () => {
  it("starts from a new journey by default, or from the journey given", () => {
    expect(replayJourney([])).toEqual(startJourney());
    const from = holding(3);
    expect(replayJourney([], from)).toBe(from);
    const j = replayJourney([{ type: "revoke", date: "2026-07-01", ground: "mark-misuse" }], from);
    expect(j.history.map((r) => r.to)).toEqual(["certificate-issued", "revoked"]);
  });

  it("events that are not a list: INVALID_EVENT at events", () => {
    for (const junk of [null, "events", { 0: { type: "register-idea", date: "2026-01-01" }, length: 1 }]) {
      const e = failure(() => replayJourney(junk as never));
      expect([e.code, e.path, e.value]).toEqual(["INVALID_EVENT", ["events"], junk]);
    }
    expect(failure(() => replayJourney(null as never)).messages).toEqual({
      en: "events: null is not an array of events",
      vi: "events: null không phải là mảng sự kiện",
    });
    const hostile = new Proxy([], {
      get() {
        throw new Error("boom");
      },
    });
    const e = failure(() => replayJourney(hostile));
    expect([e.code, e.path]).toEqual(["INVALID_EVENT", ["events"]]);
  });

  it("the journey is checked even when there is no event", () => {
    const e = failure(() => replayJourney([], { state: { status: "gone" } } as never));
    expect(e.code).toBe("INVALID_ARGUMENT");
    const s = failure(() => replayJourney([], stored({ status: "gone" })));
    expect(s.path).toEqual(["journey", "state", "status"]);
    const hostile = Object.defineProperty({ certificate: null, history: [] }, "state", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    const h = failure(() => replayJourney([], hostile as never));
    expect([h.code, h.path, h.messages.en]).toEqual([
      "INVALID_ARGUMENT",
      ["journey"],
      "journey: cannot be read (a getter or proxy of the input threw)",
    ]);
  });

  it("stops at the first event refused", () => {
    const e = failure(() =>
      replayJourney([
        { type: "register-idea", date: "2026-03-01" },
        { type: "register-idea", date: "2026-03-02" },
        { type: "nope", date: "2026-03-03" } as never,
      ]),
    );
    expect(e.code).toBe("INVALID_TRANSITION");
  });
});

// ---------------------------------------------------------------------------------------------------------
// Transitions: cycle steps and dossiers
// ---------------------------------------------------------------------------------------------------------

describe("cycle steps 2 and 3 (490/QĐ-TTg; 919/QĐ-TTg)", () => {
  it("an idea only on a new journey; a plan only after an idea", () => {
    const rule2 = "OCOP cycle, step 2 (490/QĐ-TTg; 919/QĐ-TTg)";
    const rule3 = "OCOP cycle, step 3 follows step 2 (490/QĐ-TTg; 919/QĐ-TTg)";
    for (const j of [run([{ type: "register-idea", date: "2026-03-01" }]), holding(3), filed()]) {
      const e = expectRefused(
        j,
        { type: "register-idea", date: "2026-07-01" },
        rule2,
        "an idea is registered at the start of a journey",
      );
      expect(e.messages.vi).toBe(
        `không được "register-idea" ở trạng thái "${j.state.status}": ý tưởng được đăng ký khi bắt đầu chu trình (${rule2})`,
      );
    }
    for (const j of [
      startJourney(),
      run([
        { type: "register-idea", date: "2026-03-01" },
        { type: "accept-plan", date: "2026-04-01" },
      ]),
    ]) {
      expectRefused(
        j,
        { type: "accept-plan", date: "2026-07-01" },
        rule3,
        "a business plan follows a registered idea",
      );
    }
    const plan = run([
      { type: "register-idea", date: "2026-03-01" },
      { type: "accept-plan", date: "2026-04-01" },
    ]);
    expect(plan).toMatchObject({ state: { status: "plan-accepted" }, certificate: null });
    expect(plan.history.map((r) => [r.from, r.to])).toEqual([
      ["new", "idea-registered"],
      ["idea-registered", "plan-accepted"],
    ]);
  });
});

describe("file-dossier (26/2026/QĐ-TTg, Articles 6.1 and 7)", () => {
  it("the dossier records its kind, the regime in force on the filing day, the date and completeness", () => {
    for (const [date, regime] of [
      ["2019-08-21", "1048"],
      ["2023-02-23", "1048+781"],
      ["2025-07-05", "148"],
      ["2025-07-06", "148+1489"],
      ["2026-05-21", "148+1489"],
      ["2026-05-22", "26/2026"],
    ] as const) {
      const j = applyEvent(startJourney(), {
        type: "file-dossier",
        date,
        kind: "first-evaluation",
        complete: false,
      });
      expect(j.state).toEqual({
        status: "dossier-filed",
        dossier: { kind: "first-evaluation", regime, filedOn: date, complete: false },
      });
      expect(j.certificate).toBeNull();
    }
  });

  it("upgrade and re-evaluation keep the certificate held and have their own status", () => {
    const up = applyEvent(holding(4), {
      type: "file-dossier",
      date: "2027-01-10",
      kind: "upgrade",
      complete: true,
    });
    expect(up.state).toEqual({
      status: "upgrade-filed",
      dossier: { kind: "upgrade", regime: "26/2026", filedOn: "2027-01-10", complete: true },
    });
    expect(up.certificate).toEqual(holding(4).certificate);
    const re = applyEvent(holding(5), {
      type: "file-dossier",
      date: "2027-01-10",
      kind: "re-evaluation",
      complete: true,
    });
    expect(re.state.status).toBe("re-evaluation-filed");
    expect(re.certificate?.stars).toBe(5);
  });

  it("a new dossier may follow a closed, revoked or expired one, or the plan", () => {
    const plan = run([
      { type: "register-idea", date: "2026-03-01" },
      { type: "accept-plan", date: "2026-04-01" },
    ]);
    const revoked = run([{ type: "revoke", date: "2026-07-01", ground: "mark-misuse" }], holding(3));
    const expired = run([{ type: "expire", date: "2029-06-02" }], holding(3));
    for (const j of [plan, revoked, expired]) {
      const next = applyEvent(j, {
        type: "file-dossier",
        date: "2029-07-01",
        kind: "first-evaluation",
        complete: true,
      });
      expect(next.state.status).toBe("dossier-filed");
    }
  });

  it("one dossier at a time, in every state that has one (Article 7)", () => {
    const recognised = applyEvent(atProvince(75), { type: "recognise", date: "2026-06-25", stars: 4 });
    for (const j of [filed(), checked(), atProvince(75), atCentral(80), recognised]) {
      const e = expectRefused(
        j,
        { type: "file-dossier", date: "2026-12-01", kind: "first-evaluation", complete: true },
        "26/2026/QĐ-TTg, Article 7",
        "a dossier is already being processed",
      );
      expect(e.messages.vi).toContain("đang có hồ sơ được xử lý");
    }
  });

  it("what each kind needs: no certificate for a first evaluation, one below 5★ for an upgrade, one for a re-evaluation", () => {
    expectRefused(
      holding(3),
      { type: "file-dossier", date: "2026-08-01", kind: "first-evaluation", complete: true },
      "26/2026/QĐ-TTg, Articles 6.1.b, 6.1.c, 7.5 and 7.6",
      "a certified product files an upgrade or a re-evaluation, not a first evaluation",
    );
    expectRefused(
      startJourney(),
      { type: "file-dossier", date: "2026-08-01", kind: "upgrade", complete: true },
      "26/2026/QĐ-TTg, Articles 6.1.b and 7.5",
      "an upgrade needs a product recognised and certified",
    );
    expectRefused(
      holding(5),
      { type: "file-dossier", date: "2026-08-01", kind: "upgrade", complete: true },
      "26/2026/QĐ-TTg, Article 3.3",
      "5★ is the highest rank; there is nothing to upgrade to",
    );
    expectRefused(
      startJourney(),
      { type: "file-dossier", date: "2026-08-01", kind: "re-evaluation", complete: true },
      "26/2026/QĐ-TTg, Articles 6.1.c and 7.6",
      "a re-evaluation needs a certificate that is still held (after expiry or revocation, file a first evaluation)",
    );
  });
});

describe("complete-dossier (26/2026/QĐ-TTg, Article 7.3.a)", () => {
  const rule = "26/2026/QĐ-TTg, Article 7.3.a";
  const why = "only a filed, incomplete dossier can be completed";

  it("completes a filed dossier and keeps its kind, status, regime and date", () => {
    const up = run(
      [
        { type: "file-dossier", date: "2027-01-10", kind: "upgrade", complete: false },
        { type: "complete-dossier", date: "2027-01-15" },
      ],
      holding(3),
    );
    expect(up.state).toEqual({
      status: "upgrade-filed",
      dossier: { kind: "upgrade", regime: "26/2026", filedOn: "2027-01-10", complete: true },
    });
    expect(up.certificate?.stars).toBe(3);
    const re = run(
      [
        { type: "file-dossier", date: "2027-01-10", kind: "re-evaluation", complete: false },
        { type: "complete-dossier", date: "2027-01-15" },
      ],
      holding(3),
    );
    expect(re.state.status).toBe("re-evaluation-filed");
  });

  it("refused: no dossier, a complete one, or one past the filing stage (even if stored incomplete)", () => {
    expectRefused(startJourney(), { type: "complete-dossier", date: "2026-06-02" }, rule, why);
    expectRefused(filed(true), { type: "complete-dossier", date: "2026-06-02" }, rule, why);
    const incomplete = { ...dossier26, complete: false };
    expectRefused(
      stored({ status: "dossier-checked-by-commune", dossier: incomplete }),
      { type: "complete-dossier", date: "2026-06-20" },
      rule,
      why,
    );
    expectRefused(
      stored({ status: "proposed-to-ministry", dossier: incomplete, result: null }),
      { type: "complete-dossier", date: "2026-06-20" },
      rule,
      why,
    );
  });
});

describe("commune-check (26/2026/QĐ-TTg, Article 7.2; 1489/QĐ-TTg)", () => {
  it("moves a filed, complete dossier on, unchanged", () => {
    const j = checked();
    expect(j.state).toEqual({ status: "dossier-checked-by-commune", dossier: { ...dossier26 } });
    const under1489 = run([
      { type: "file-dossier", date: "2025-08-01", kind: "first-evaluation", complete: true },
      { type: "commune-check", date: "2025-08-20" },
    ]);
    expect(under1489.state).toMatchObject({
      status: "dossier-checked-by-commune",
      dossier: { regime: "148+1489" },
    });
  });

  it("only a filed dossier: not twice, not with no dossier, not after an evaluation", () => {
    for (const j of [startJourney(), checked(), atProvince(75), holding(3)]) {
      expectRefused(
        j,
        { type: "commune-check", date: "2026-06-30" },
        "26/2026/QĐ-TTg, Article 7.2",
        "the commune checks a dossier that has been filed",
      );
    }
  });

  it("under 148 and 1048 the commune does not check; the district evaluates", () => {
    const e = expectRefused(
      filed(true, "2024-01-10"),
      { type: "commune-check", date: "2024-01-20" },
      "148/QĐ-TTg, Phụ lục II",
      "under 148 the commune does not check dossiers; the district evaluates",
    );
    expect(e.messages.vi).toContain("theo 148 UBND cấp xã không kiểm tra hồ sơ; cấp huyện đánh giá");
    // The regime is the dossier's, not the event date's.
    expectRefused(
      filed(true, "2024-01-10"),
      { type: "commune-check", date: "2026-06-01" },
      "148/QĐ-TTg, Phụ lục II",
      "under 148 the commune does not check dossiers; the district evaluates",
    );
  });

  it("an incomplete dossier is refused under the commune stage's rule", () => {
    const why = "the dossier is not complete; no check or evaluation without a complete dossier";
    const e = expectRefused(
      filed(false),
      { type: "commune-check", date: "2026-06-10" },
      "26/2026/QĐ-TTg, Article 7.2",
      why,
    );
    expect(e.messages.vi).toContain("hồ sơ chưa đầy đủ; không kiểm tra, đánh giá khi hồ sơ chưa đầy đủ");
    expectRefused(
      filed(false, "2025-08-01"),
      { type: "commune-check", date: "2025-08-10" },
      "1489/QĐ-TTg",
      why,
    );
  });
});

// ---------------------------------------------------------------------------------------------------------
// Transitions: evaluations
// ---------------------------------------------------------------------------------------------------------

describe("district-evaluation (148/QĐ-TTg and 1048/QĐ-TTg, Phụ lục II; 1489/QĐ-TTg)", () => {
  it("a filed, complete dossier of 148 or 1048 is scored; the result carries score, stars and date", () => {
    const j = atDistrict148(72);
    expect(j.state).toEqual({
      status: "evaluated-at-district",
      dossier: { kind: "first-evaluation", regime: "148", filedOn: "2024-03-01", complete: true },
      result: { score: 72, stars: 4, on: "2024-04-01" },
    });
    const marked = run([
      { type: "file-dossier", date: "2020-03-01", kind: "first-evaluation", complete: true },
      { type: "district-evaluation", date: "2020-04-01", score: 72, stars: 3 },
    ]);
    expect(marked.state).toMatchObject({ result: { score: 72, stars: 3, on: "2020-04-01" } });
  });

  it("only a filed dossier: not twice, not without one", () => {
    for (const j of [startJourney(), atDistrict148(72)]) {
      expectRefused(
        j,
        { type: "district-evaluation", date: "2024-05-01", score: 60 },
        "148/QĐ-TTg and 1048/QĐ-TTg, Phụ lục II",
        "the district evaluates a filed dossier",
      );
    }
  });

  it("no district under a regime without one (the dossier's), nor on a date from 06/07/2025", () => {
    expectRefused(
      filed(true, "2025-08-01"),
      { type: "district-evaluation", date: "2025-08-10", score: 60 },
      "148/QĐ-TTg, Phụ lục II as amended by 1489/QĐ-TTg (two levels: province and central)",
      "there is no district evaluation under 148+1489",
    );
    const late = "1489/QĐ-TTg (from 06/07/2025: evaluation at province and central levels only)";
    const why = "the district no longer evaluates OCOP products on that date";
    expectRefused(
      filed(true, "2025-07-05"),
      { type: "district-evaluation", date: "2025-07-06", score: 60 },
      late,
      why,
    );
    expect(
      applyEvent(filed(true, "2025-07-05"), { type: "district-evaluation", date: "2025-07-05", score: 60 })
        .state.status,
    ).toBe("evaluated-at-district");
  });

  it("an incomplete dossier is refused under the district stage's rule", () => {
    expectRefused(
      filed(false, "2024-01-10"),
      { type: "district-evaluation", date: "2024-01-20", score: 60 },
      "148/QĐ-TTg, Phụ lục II khoản 1 điểm b",
      "the dossier is not complete; no check or evaluation without a complete dossier",
    );
  });

  // 26/2026/QĐ-TTg, Article 3.3: stars at most the score's band.
  it("stars above the band are refused, naming the band", () => {
    const e = expectRefused(
      filed(true, "2024-01-10"),
      { type: "district-evaluation", date: "2024-01-20", score: 69.99, stars: 4 },
      "26/2026/QĐ-TTg, Article 3.3",
      "4★ is above the band of 69.99 points (3★)",
    );
    expect(e.messages.vi).toContain("4 sao cao hơn hạng của 69.99 điểm (3 sao)");
    expect(
      applyEvent(filed(true, "2024-01-10"), {
        type: "district-evaluation",
        date: "2024-01-20",
        score: 70,
        stars: 4,
      }).state,
    ).toMatchObject({ result: { stars: 4 } });
  });
});

describe("province-evaluation (26/2026/QĐ-TTg, Article 7.3)", () => {
  it("after the commune's check: the result, with the stars of the band by default", () => {
    expect(atProvince(89.99).state).toEqual({
      status: "evaluated-at-province",
      dossier: dossier26,
      result: { score: 89.99, stars: 4, on: "2026-06-20" },
    });
    expect(atProvince(95, 2).state).toMatchObject({ result: { score: 95, stars: 2 } });
    const e = expectRefused(
      checked(),
      { type: "province-evaluation", date: "2026-06-20", score: 89.99, stars: 5 },
      "26/2026/QĐ-TTg, Article 3.3",
      "5★ is above the band of 89.99 points (4★)",
    );
    expect(e.path).toEqual(["event", "type"]);
  });

  it("with no dossier in progress: refused", () => {
    for (const j of [startJourney(), holding(3)]) {
      expectRefused(
        j,
        { type: "province-evaluation", date: "2026-07-01", score: 60 },
        "26/2026/QĐ-TTg, Article 7.3",
        "the province evaluates a dossier in progress",
      );
    }
  });

  // 148/QĐ-TTg, Phụ lục II khoản 1 điểm b: the district forwards from 70 points.
  it("after the district: only what it forwards (148: from 70 points)", () => {
    const e = expectRefused(
      atDistrict148(69.99),
      { type: "province-evaluation", date: "2024-05-01", score: 80 },
      "148/QĐ-TTg, Phụ lục II khoản 1 điểm b",
      "the district forwards products from 70 points; 69.99 is not forwarded",
    );
    expect(e.messages.vi).toContain("cấp huyện chỉ chuyển sản phẩm từ 70 điểm; 69.99 điểm không được chuyển");
    expect(
      run([{ type: "province-evaluation", date: "2024-05-01", score: 80 }], atDistrict148(70)).state,
    ).toEqual({
      status: "evaluated-at-province",
      dossier: { kind: "first-evaluation", regime: "148", filedOn: "2024-03-01", complete: true },
      result: { score: 80, stars: 4, on: "2024-05-01" },
    });
    const marked = run([
      { type: "file-dossier", date: "2024-03-01", kind: "first-evaluation", complete: true },
      { type: "district-evaluation", date: "2024-04-01", score: 75, stars: 3 },
    ]);
    expect(refusal(marked, { type: "province-evaluation", date: "2024-05-01", score: 80 }).code).toBe(
      "INVALID_TRANSITION",
    );
    // 1048: from 50 points.
    const d1048 = run([
      { type: "file-dossier", date: "2020-03-01", kind: "first-evaluation", complete: true },
      { type: "district-evaluation", date: "2020-04-01", score: 49.99 },
    ]);
    expectRefused(
      d1048,
      { type: "province-evaluation", date: "2020-05-01", score: 80 },
      "1048/QĐ-TTg, Phụ lục II",
      "the district forwards products from 50 points; 49.99 is not forwarded",
    );
  });

  // Article 7.4, last paragraph: after a central result under 90, the province may evaluate.
  it("after the central council: only a result under 90 (or without the 5★ markers)", () => {
    expect(
      run([{ type: "province-evaluation", date: "2026-10-01", score: 80 }], atCentral(89.99)).state,
    ).toEqual({
      status: "evaluated-at-province",
      dossier: dossier26,
      result: { score: 80, stars: 4, on: "2026-10-01" },
    });
    expect(
      run([{ type: "province-evaluation", date: "2026-10-01", score: 80 }], atCentral(95, 4)).state.status,
    ).toBe("evaluated-at-province");
    const e = expectRefused(
      atCentral(90),
      { type: "province-evaluation", date: "2026-10-01", score: 80 },
      "26/2026/QĐ-TTg, Articles 4–8",
      "after the central result, the province evaluates only a product the central council scored under 90 (26/2026/QĐ-TTg, Article 7.4)",
    );
    expect(e.messages.vi).toContain("sau kết quả cấp trung ương, tỉnh chỉ đánh giá sản phẩm dưới 90 điểm");
    // 148+1489: what follows a central result under 90 is not covered, so no provincial evaluation.
    const old = run([
      { type: "file-dossier", date: "2025-08-01", kind: "first-evaluation", complete: true },
      { type: "commune-check", date: "2025-08-10" },
      { type: "province-evaluation", date: "2025-09-01", score: 95 },
      { type: "propose-to-ministry", date: "2025-09-10" },
      { type: "central-evaluation", date: "2025-10-01", score: 80 },
    ]);
    expect(refusal(old, { type: "province-evaluation", date: "2025-11-01", score: 80 }).rule).toBe(
      "148/QĐ-TTg, Phụ lục II as amended by 1489/QĐ-TTg",
    );
  });

  it("a filed dossier: incomplete first, then the level that comes before the province", () => {
    const incomplete = "the dossier is not complete; no check or evaluation without a complete dossier";
    expectRefused(
      filed(false),
      { type: "province-evaluation", date: "2026-06-10", score: 70 },
      "26/2026/QĐ-TTg, Articles 6.1 and 7.2.a",
      incomplete,
    );
    expectRefused(
      filed(false, "2024-01-10"),
      { type: "province-evaluation", date: "2024-01-20", score: 70 },
      "148/QĐ-TTg, Phụ lục II khoản 1 điểm b",
      incomplete,
    );
    const commune = expectRefused(
      filed(true),
      { type: "province-evaluation", date: "2026-06-10", score: 70 },
      "26/2026/QĐ-TTg, Article 7.2",
      "the commune checks the dossier and proposes the product before the province evaluates it",
    );
    expect(commune.messages.vi).toContain("UBND cấp xã kiểm tra hồ sơ và đề nghị trước khi tỉnh đánh giá");
    const district = expectRefused(
      filed(true, "2024-01-10"),
      { type: "province-evaluation", date: "2024-01-20", score: 70 },
      "148/QĐ-TTg, Phụ lục II khoản 1 điểm b",
      "the district evaluates the product before the province",
    );
    expect(district.messages.vi).toContain("cấp huyện đánh giá trước cấp tỉnh");
    expectRefused(
      run([{ type: "file-dossier", date: "2027-01-10", kind: "upgrade", complete: true }], holding(3)),
      { type: "province-evaluation", date: "2027-01-20", score: 70 },
      "26/2026/QĐ-TTg, Article 7.2",
      "the commune checks the dossier and proposes the product before the province evaluates it",
    );
  });

  it("anywhere else (already scored, proposed, recognised): refused", () => {
    const recognised = applyEvent(atProvince(75), { type: "recognise", date: "2026-06-25", stars: 4 });
    const proposed = applyEvent(atProvince(95), { type: "propose-to-ministry", date: "2026-07-01" });
    for (const j of [atProvince(75), proposed, recognised]) {
      const e = expectRefused(
        j,
        { type: "province-evaluation", date: "2026-07-02", score: 70 },
        "26/2026/QĐ-TTg, Article 7.3",
        "the province evaluates after the commune's proposal",
      );
      expect(e.messages.vi).toContain("cấp tỉnh đánh giá sau đề nghị của UBND cấp xã");
    }
  });
});

describe("propose-to-ministry (26/2026/QĐ-TTg, Articles 7.3.e and 7.6.e)", () => {
  it("from 90 points with the 5★ markers; the result goes along", () => {
    const j = applyEvent(atProvince(90), { type: "propose-to-ministry", date: "2026-07-01" });
    expect(j.state).toEqual({
      status: "proposed-to-ministry",
      dossier: dossier26,
      result: { score: 90, stars: 5, on: "2026-06-20" },
    });
  });

  it("under 90, or without the markers: refused, naming score and stars", () => {
    const rule = "26/2026/QĐ-TTg, Articles 4.1.a and 7.3; 26/2026/QĐ-TTg, Article 7.3.e";
    const e = expectRefused(
      atProvince(89.99),
      { type: "propose-to-ministry", date: "2026-07-01" },
      rule,
      "no national evaluation below 90 points (or without the 5★ minimum markers): 89.99 points, 4★",
    );
    expect(e.messages.vi).toContain(": 89.99 điểm, 4 sao");
    expectRefused(
      atProvince(95, 4),
      { type: "propose-to-ministry", date: "2026-07-01" },
      rule,
      "no national evaluation below 90 points (or without the 5★ minimum markers): 95 points, 4★",
    );
  });

  it("not from any other state", () => {
    for (const j of [startJourney(), filed(), checked(), holding(5)]) {
      expectRefused(
        j,
        { type: "propose-to-ministry", date: "2026-07-01" },
        "26/2026/QĐ-TTg, Article 7.3.e",
        "the province proposes a product to the Ministry after its council scored it 90 or more",
      );
    }
  });

  it("a 5★ product's re-evaluation goes straight to the Ministry after the commune, without a result", () => {
    const re = run(
      [
        { type: "file-dossier", date: "2028-12-15", kind: "re-evaluation", complete: true },
        { type: "commune-check", date: "2028-12-30" },
      ],
      holding(5),
    );
    const j = applyEvent(re, { type: "propose-to-ministry", date: "2029-01-05" });
    expect(j.state).toEqual({
      status: "proposed-to-ministry",
      dossier: { kind: "re-evaluation", regime: "26/2026", filedOn: "2028-12-15", complete: true },
      result: null,
    });
    expect(j.certificate?.stars).toBe(5);
  });

  it("but not a 4★ product's, nor a 5★ re-evaluation filed under 148+1489, nor another kind of dossier", () => {
    const why = "the province proposes a product to the Ministry after its council scored it 90 or more";
    const four = run(
      [
        { type: "file-dossier", date: "2028-12-15", kind: "re-evaluation", complete: true },
        { type: "commune-check", date: "2028-12-30" },
      ],
      holding(4),
    );
    expectRefused(
      four,
      { type: "propose-to-ministry", date: "2029-01-05" },
      "26/2026/QĐ-TTg, Article 7.3.e",
      why,
    );
    const old = run(
      [
        { type: "file-dossier", date: "2026-05-10", kind: "re-evaluation", complete: true },
        { type: "commune-check", date: "2026-05-20" },
      ],
      holding(5, "2025-08-01"),
    );
    expect(old.state).toMatchObject({ dossier: { regime: "148+1489" } });
    expectRefused(
      old,
      { type: "propose-to-ministry", date: "2026-06-01" },
      "26/2026/QĐ-TTg, Article 7.3.e",
      why,
    );
    // A stored journey: a first-evaluation dossier checked while a 5★ certificate is held.
    const first = stored(
      { status: "dossier-checked-by-commune", dossier: dossier26 },
      { ...cert3, stars: 5, issuedBy: "central" },
    );
    expectRefused(
      first,
      { type: "propose-to-ministry", date: "2026-07-01" },
      "26/2026/QĐ-TTg, Article 7.3.e",
      why,
    );
  });
});

describe("propose-to-ministry: the 5★ re-evaluation path is only the commune's", () => {
  const reFive = (extra: readonly JourneyEvent[]) =>
    run(
      [
        { type: "file-dossier", date: "2028-12-15", kind: "re-evaluation", complete: true },
        ...extra,
        { type: "commune-check", date: "2029-06-05" },
      ],
      holding(5, "2026-06-01"),
    );

  it("once the province has scored it, the ordinary rule applies and the result goes along", () => {
    const scored = run([{ type: "province-evaluation", date: "2029-06-20", score: 95 }], reFive([]));
    expect(applyEvent(scored, { type: "propose-to-ministry", date: "2029-06-25" }).state).toMatchObject({
      status: "proposed-to-ministry",
      result: { score: 95, stars: 5, on: "2029-06-20" },
    });
    const low = run([{ type: "province-evaluation", date: "2029-06-20", score: 80 }], reFive([]));
    expect(refusal(low, { type: "propose-to-ministry", date: "2029-06-25" }).code).toBe("INVALID_TRANSITION");
  });

  it("a 5★ certificate that expired meanwhile no longer opens it", () => {
    const lapsed = reFive([{ type: "expire", date: "2029-06-02" }]);
    expect(lapsed.certificate).toBeNull();
    expectRefused(
      lapsed,
      { type: "propose-to-ministry", date: "2029-06-10" },
      "26/2026/QĐ-TTg, Article 7.3.e",
      "the province proposes a product to the Ministry after its council scored it 90 or more",
    );
  });
});

describe("central-evaluation (26/2026/QĐ-TTg, Article 7.4)", () => {
  it("only after a proposal; the result is recorded", () => {
    expect(atCentral(91).state).toEqual({
      status: "evaluated-at-central",
      dossier: dossier26,
      result: { score: 91, stars: 5, on: "2026-09-15" },
    });
    for (const j of [startJourney(), atProvince(95), checked()]) {
      expectRefused(
        j,
        { type: "central-evaluation", date: "2026-09-15", score: 91 },
        "26/2026/QĐ-TTg, Articles 7.3.e and 7.4",
        "the central council evaluates products the province proposed",
      );
    }
  });
});

// ---------------------------------------------------------------------------------------------------------
// Transitions: recognition and certificates
// ---------------------------------------------------------------------------------------------------------

describe("recognise (26/2026/QĐ-TTg, Articles 4.1, 7.3.e, 7.4.e)", () => {
  it("recognition records the stars and the level that recognises", () => {
    expect(applyEvent(atProvince(75), { type: "recognise", date: "2026-06-25", stars: 4 }).state).toEqual({
      status: "recognised",
      dossier: dossier26,
      stars: 4,
      by: "province",
    });
    expect(
      applyEvent(atProvince(75, 3), { type: "recognise", date: "2026-06-25", stars: 3 }).state,
    ).toMatchObject({
      stars: 3,
      by: "province",
    });
    expect(
      applyEvent(atCentral(90), { type: "recognise", date: "2026-09-20", stars: 5 }).state,
    ).toMatchObject({
      stars: 5,
      by: "central",
    });
    // Article 7.4: after a central result under 90, the provincial chairman recognises.
    expect(
      applyEvent(atCentral(75), { type: "recognise", date: "2026-09-20", stars: 4 }).state,
    ).toMatchObject({
      stars: 4,
      by: "province",
    });
    const d = applyEvent(atDistrict148(65), { type: "recognise", date: "2024-04-10", stars: 3 });
    expect(d.state).toMatchObject({ stars: 3, by: "district" });
  });

  it("1★ and 2★ are refused first, in any state (Article 4.1.a)", () => {
    for (const j of [startJourney(), atProvince(45), atProvince(75)]) {
      const e = expectRefused(
        j,
        { type: "recognise", date: "2026-06-25", stars: 2 },
        "26/2026/QĐ-TTg, Article 4.1.a",
        "1★ and 2★ products get no recognition decision and no certificate",
      );
      expect(e.messages.vi).toContain("sản phẩm 1 sao, 2 sao không được công nhận");
    }
  });

  it("only after a council's evaluation", () => {
    const proposed = applyEvent(atProvince(95), { type: "propose-to-ministry", date: "2026-07-01" });
    for (const j of [startJourney(), filed(), checked(), proposed, holding(3)]) {
      expectRefused(
        j,
        { type: "recognise", date: "2026-07-02", stars: 4 },
        "26/2026/QĐ-TTg, Articles 7.3.e and 7.4.e",
        "recognition follows a council's evaluation",
      );
    }
  });

  it("a rank the result does not allow: refused under the first decision's rule, listing what is allowed", () => {
    const e = expectRefused(
      atProvince(95),
      { type: "recognise", date: "2026-06-25", stars: 5 },
      "26/2026/QĐ-TTg, Article 7.3.e",
      "the province result (95 points, 5★) allows: forward",
    );
    expect(e.messages.vi).toContain("kết quả province (95 điểm, 5 sao) cho phép: forward");
    const c = expectRefused(
      atCentral(75),
      { type: "recognise", date: "2026-09-20", stars: 5 },
      "26/2026/QĐ-TTg, Article 7.4 (last paragraph)",
      "the central result (75 points, 4★) allows: recognise 4★, evaluate-at-province",
    );
    expect(c.messages.vi).toContain("cho phép: công nhận 4 sao, evaluate-at-province");
    expectRefused(
      atProvince(60),
      { type: "recognise", date: "2026-06-25", stars: 4 },
      "26/2026/QĐ-TTg, Articles 4.1.a and 7.3",
      "the province result (60 points, 3★) allows: recognise 3★",
    );
    expectRefused(
      atProvince(45),
      { type: "recognise", date: "2026-06-25", stars: 3 },
      "26/2026/QĐ-TTg, Article 4.1.a; same under the earlier regimes",
      "the province result (45 points, 2★) allows: no-recognition",
    );
    // Not covered by the sources: the rule is the procedure's own reference.
    const p148 = run([{ type: "province-evaluation", date: "2024-05-01", score: 65 }], atDistrict148(75));
    expectRefused(
      p148,
      { type: "recognise", date: "2024-05-10", stars: 3 },
      "148/QĐ-TTg, Phụ lục II",
      "the province result (65 points, 3★) allows: not-covered",
    );
  });

  // Articles 6.1.b and 7.5: an upgrade reaches a rank above the certificate held.
  it("an upgrade must reach a higher rank than the certificate held", () => {
    const up = (stars: 3 | 4, score: number) =>
      run(
        [
          { type: "file-dossier", date: "2027-03-01", kind: "upgrade", complete: true },
          { type: "commune-check", date: "2027-03-10" },
          { type: "province-evaluation", date: "2027-04-20", score },
        ],
        holding(stars),
      );
    const e = expectRefused(
      up(4, 80),
      { type: "recognise", date: "2027-04-25", stars: 4 },
      "26/2026/QĐ-TTg, Articles 6.1.b and 7.5",
      "an upgrade recognises a rank above the current 4★; close the dossier instead",
    );
    expect(e.messages.vi).toContain("nâng hạng phải đạt hạng cao hơn 4 sao hiện có");
    expect(applyEvent(up(3, 80), { type: "recognise", date: "2027-04-25", stars: 4 }).state).toMatchObject({
      status: "recognised",
      stars: 4,
    });
    // A re-evaluation may give the same or a lower rank.
    const re = run(
      [
        { type: "file-dossier", date: "2027-03-01", kind: "re-evaluation", complete: true },
        { type: "commune-check", date: "2027-03-10" },
        { type: "province-evaluation", date: "2027-04-20", score: 80 },
      ],
      holding(4),
    );
    expect(applyEvent(re, { type: "recognise", date: "2027-04-25", stars: 4 }).state.status).toBe(
      "recognised",
    );
  });

  it("an upgrade whose certificate expired meanwhile is recognised at any rank the result allows", () => {
    const j = run(
      [
        { type: "file-dossier", date: "2029-01-10", kind: "upgrade", complete: true },
        { type: "expire", date: "2029-06-02" },
        { type: "commune-check", date: "2029-06-03" },
        { type: "province-evaluation", date: "2029-06-20", score: 65 },
      ],
      holding(3, "2026-06-01"),
    );
    expect(j.certificate).toBeNull();
    expect(applyEvent(j, { type: "recognise", date: "2029-06-25", stars: 3 }).state).toMatchObject({
      status: "recognised",
      stars: 3,
    });
  });
});

describe("issue-certificate (26/2026/QĐ-TTg, Articles 4.1 and 4.3)", () => {
  it("issues the recognised rank, valid 36 months, by the recognising level, under the dossier's regime", () => {
    const j = run(
      [
        { type: "recognise", date: "2024-04-10", stars: 3 },
        { type: "issue-certificate", date: "2024-04-12" },
      ],
      atDistrict148(65),
    );
    expect(j.state).toEqual({ status: "certificate-issued" });
    expect(j.certificate).toEqual({
      stars: 3,
      issuedOn: "2024-04-12",
      validUntil: "2027-04-12",
      issuedBy: "district",
      regime: "148",
      via: "first-evaluation",
    });
  });

  it("only after a recognition", () => {
    for (const j of [startJourney(), atProvince(75), holding(3)]) {
      const e = expectRefused(
        j,
        { type: "issue-certificate", date: "2026-07-01" },
        "26/2026/QĐ-TTg, Article 4.1",
        "a certificate is issued with a recognition decision, for 3★ to 5★ only",
      );
      expect(e.messages.vi).toContain("giấy chứng nhận được cấp cùng quyết định công nhận");
    }
  });
});

describe("close-dossier (26/2026/QĐ-TTg, Article 7)", () => {
  it("without a certificate: not recognised; with one: the certificate stays", () => {
    expect(run([{ type: "close-dossier", date: "2026-06-02" }], filed())).toMatchObject({
      state: { status: "not-recognised" },
      certificate: null,
    });
    const up = run(
      [
        { type: "file-dossier", date: "2027-03-01", kind: "upgrade", complete: true },
        { type: "close-dossier", date: "2027-03-05" },
      ],
      holding(4),
    );
    expect(up.state).toEqual({ status: "certificate-issued" });
    expect(up.certificate).toEqual(holding(4).certificate);
    expect(run([{ type: "close-dossier", date: "2026-09-20" }], atCentral(80)).state).toEqual({
      status: "not-recognised",
    });
  });

  it("refused with no dossier, or once recognised — each with its reason", () => {
    for (const j of [
      startJourney(),
      holding(3),
      run([{ type: "close-dossier", date: "2026-06-02" }], filed()),
    ]) {
      const e = expectRefused(
        j,
        { type: "close-dossier", date: "2026-07-01" },
        "26/2026/QĐ-TTg, Article 7",
        "no dossier is being processed",
      );
      expect(e.messages.vi).toContain("không có hồ sơ đang xử lý");
    }
    const recognised = applyEvent(atProvince(75), { type: "recognise", date: "2026-06-25", stars: 4 });
    const e = expectRefused(
      recognised,
      { type: "close-dossier", date: "2026-06-26" },
      "26/2026/QĐ-TTg, Article 7",
      "a recognised product receives its certificate",
    );
    expect(e.messages.vi).toContain("sản phẩm đã công nhận được cấp giấy chứng nhận");
  });
});

describe("revoke (26/2026/QĐ-TTg, Article 8)", () => {
  it("ends the certificate and any dossier in progress", () => {
    const during = run(
      [
        { type: "file-dossier", date: "2027-03-01", kind: "re-evaluation", complete: true },
        { type: "revoke", date: "2027-03-05", ground: "criteria-not-met" },
      ],
      holding(4),
    );
    expect(during).toMatchObject({
      state: { status: "revoked", ground: "criteria-not-met" },
      certificate: null,
    });
  });

  it("needs a certificate held", () => {
    const revoked = run([{ type: "revoke", date: "2026-07-01", ground: "mark-misuse" }], holding(3));
    for (const j of [startJourney(), filed(), revoked]) {
      const e = expectRefused(
        j,
        { type: "revoke", date: "2026-08-01", ground: "mark-misuse" },
        "26/2026/QĐ-TTg, Article 8",
        "only a certificate that is held can be revoked",
      );
      expect(e.messages.vi).toContain("chỉ thu hồi giấy chứng nhận đang có hiệu lực");
    }
  });

  it("the ground must be one of the regime in force on the day of revocation", () => {
    const e = expectRefused(
      holding(3),
      { type: "revoke", date: "2026-07-01", ground: "practice-holder-ceased" },
      "26/2026/QĐ-TTg, Article 8.1",
      '"practice-holder-ceased" is not a revocation ground under 26/2026',
    );
    expect(e.messages.vi).toContain('"practice-holder-ceased" không phải là căn cứ thu hồi theo 26/2026');
    const old = holding(3, "2024-01-10");
    expectRefused(
      old,
      { type: "revoke", date: "2026-05-21", ground: "false-dossier" },
      "grounds seen in practice (no text read)",
      '"false-dossier" is not a revocation ground under 148+1489',
    );
    // The same certificate, revoked once 26/2026 is in force, takes its grounds.
    expect(applyEvent(old, { type: "revoke", date: "2026-05-22", ground: "false-dossier" }).state).toEqual({
      status: "revoked",
      ground: "false-dossier",
    });
  });
});

describe("expire (26/2026/QĐ-TTg, Article 4.3: 36 months)", () => {
  const rule = "26/2026/QĐ-TTg, Article 4.3 (36 months)";

  it("the day after validUntil, not on it", () => {
    const j = holding(3, "2026-06-01");
    const e = expectRefused(
      j,
      { type: "expire", date: "2029-06-01" },
      rule,
      "the certificate is valid until 2029-06-01",
    );
    expect(e.messages.vi).toContain("giấy chứng nhận còn hiệu lực đến 2029-06-01");
    expect(applyEvent(j, { type: "expire", date: "2029-06-02" })).toMatchObject({
      state: { status: "expired" },
      certificate: null,
    });
  });

  it("with no certificate: refused, saying so", () => {
    for (const j of [startJourney(), filed()]) {
      const e = expectRefused(j, { type: "expire", date: "2029-06-02" }, rule, "no certificate is held");
      expect(e.messages.vi).toContain("không có giấy chứng nhận");
    }
  });

  it("during a dossier: the dossier goes on, its state unchanged", () => {
    const up = run(
      [
        { type: "file-dossier", date: "2029-01-10", kind: "upgrade", complete: false },
        { type: "expire", date: "2029-06-02" },
      ],
      holding(3, "2026-06-01"),
    );
    expect(up.state).toEqual({
      status: "upgrade-filed",
      dossier: { kind: "upgrade", regime: "26/2026", filedOn: "2029-01-10", complete: false },
    });
    expect(up.certificate).toBeNull();
    expect(up.history.at(-1)).toMatchObject({ from: "upgrade-filed", to: "upgrade-filed" });
  });
});

describe("record-existing-certificate (journey bookkeeping; issuers per regime)", () => {
  it("only on a new journey", () => {
    for (const j of [holding(3), run([{ type: "register-idea", date: "2026-03-01" }])]) {
      const e = expectRefused(
        j,
        { type: "record-existing-certificate", date: "2026-07-01", stars: 4, issuedBy: "province" },
        "journey bookkeeping",
        "an existing certificate is recorded only at the start of a journey",
      );
      expect(e.messages.vi).toContain("chỉ ghi nhận giấy chứng nhận đã có khi bắt đầu hành trình");
    }
  });

  it("the certificate: stars, date, 36 months, issuer, regime (given, or in force on the date), via recorded", () => {
    const j = applyEvent(startJourney(), {
      type: "record-existing-certificate",
      date: "2024-02-10",
      stars: 3,
      issuedBy: "district",
      regime: "148",
    });
    expect(j.state).toEqual({ status: "certificate-issued" });
    expect(j.certificate).toEqual({
      stars: 3,
      issuedOn: "2024-02-10",
      validUntil: "2027-02-10",
      issuedBy: "district",
      regime: "148",
      via: "recorded",
    });
    expect(holding(4, "2025-08-01").certificate).toMatchObject({
      regime: "148+1489",
      validUntil: "2028-08-01",
    });
  });

  it("the issuer must be one of the regime's for that rank", () => {
    // 148: the district issues 3★ certificates; under 26/2026 only the province does.
    const e = expectRefused(
      startJourney(),
      { type: "record-existing-certificate", date: "2026-06-01", stars: 3, issuedBy: "district" },
      "26/2026/QĐ-TTg, Điều 4 khoản 1",
      "under 26/2026 a 3★ certificate is issued by: province",
    );
    expect(e.messages.vi).toContain("theo 26/2026 giấy chứng nhận 3 sao do cấp sau cấp: province");
    // With the regime given as 148 (or in force on the date), the district may issue it.
    expect(
      applyEvent(startJourney(), {
        type: "record-existing-certificate",
        date: "2026-06-01",
        stars: 3,
        issuedBy: "district",
        regime: "148",
      }).certificate,
    ).toMatchObject({ issuedBy: "district", regime: "148", validUntil: "2029-06-01" });
    expect(
      applyEvent(startJourney(), {
        type: "record-existing-certificate",
        date: "2024-06-01",
        stars: 3,
        issuedBy: "district",
      }).certificate,
    ).toMatchObject({ issuedBy: "district", regime: "148" });
    expectRefused(
      startJourney(),
      { type: "record-existing-certificate", date: "2026-06-01", stars: 5, issuedBy: "province" },
      "26/2026/QĐ-TTg, Điều 4 khoản 1",
      "under 26/2026 a 5★ certificate is issued by: central",
    );
  });
});
