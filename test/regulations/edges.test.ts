/**
 * The edges of the regulation registry: each bad input gets its code and the path of the argument at fault,
 * the messages list what the library does model, and the Article 12 transition of 26/2026/QĐ-TTg has exact
 * day boundaries. Written from the surviving mutants of a Stryker run (docs/mutation.md).
 */
import { describe, expect, it } from "vitest";
import { dossierTransition, regime, regulation } from "../../src/regulations/registry.js";
import { failure } from "../helpers/failure.js";

const ALL_NUMBERS =
  "490/QĐ-TTg, 1048/QĐ-TTg, 781/QĐ-TTg, 919/QĐ-TTg, 148/QĐ-TTg, 1489/QĐ-TTg, 26/2026/QĐ-TTg";
const ALL_REGIME_IDS = "1048, 1048+781, 148, 148+1489, 26/2026";

describe("regulation(): an unknown number is named at regulation, listing every modelled instrument", () => {
  it.each([
    ["an unknown decision", "999/QĐ-TTg", '"999/QĐ-TTg"'],
    ["a number without its suffix", "148", '"148"'],
    ["a regime id, not a decision number", "148+1489", '"148+1489"'],
    ["null", null, "null"],
  ])("%s", (_name, value, shown) => {
    const e = failure(() => regulation(value as never));
    expect([e.code, e.path, e.value]).toEqual(["UNKNOWN_REGULATION", ["regulation"], value]);
    expect(e.messages.en).toBe(`regulation: ${shown} is not a modelled OCOP regulation (${ALL_NUMBERS})`);
    expect(e.messages.vi).toBe(
      `regulation: ${shown} không phải là văn bản OCOP được mô hình hóa (${ALL_NUMBERS})`,
    );
  });
});

describe("regime(): an unknown id is named at regime, listing every modelled regime", () => {
  it.each([
    ["a future regime", "2030", '"2030"'],
    ["a decision number, not a regime id", "26/2026/QĐ-TTg", '"26/2026/QĐ-TTg"'],
    ["a number", 148, "148"],
  ])("%s", (_name, value, shown) => {
    const e = failure(() => regime(value as never));
    expect([e.code, e.path, e.value]).toEqual(["UNKNOWN_REGULATION", ["regime"], value]);
    expect(e.messages.en).toBe(`regime: ${shown} is not a modelled regime (${ALL_REGIME_IDS})`);
    expect(e.messages.vi).toBe(`regime: ${shown} không phải là chế độ được mô hình hóa (${ALL_REGIME_IDS})`);
  });
});

describe("dossierTransition(): each bad argument is named at its own path", () => {
  // Dates are checked first (filedOn, then pendingOn), then the kind.
  const cases: [string, () => unknown, string, string[]][] = [
    [
      "an impossible filing date",
      () => dossierTransition("2026-02-30", "upgrade"),
      "INVALID_DATE",
      ["filedOn"],
    ],
    [
      "a filing date that is not a string",
      () => dossierTransition(20260510 as never, "upgrade"),
      "INVALID_DATE",
      ["filedOn"],
    ],
    [
      "a bad pending date",
      () => dossierTransition("2026-05-10", "upgrade", "2026-13-01"),
      "INVALID_DATE",
      ["pendingOn"],
    ],
    [
      "a bad filing date before a bad kind",
      () => dossierTransition("x", "nope" as never),
      "INVALID_DATE",
      ["filedOn"],
    ],
    [
      "a bad pending date before a bad kind",
      () => dossierTransition("2026-05-10", "nope" as never, "x"),
      "INVALID_DATE",
      ["pendingOn"],
    ],
    [
      "an unknown kind",
      () => dossierTransition("2026-05-10", "evaluation" as never),
      "INVALID_ARGUMENT",
      ["kind"],
    ],
    [
      "a kind in the wrong case",
      () => dossierTransition("2026-05-10", "Upgrade" as never),
      "INVALID_ARGUMENT",
      ["kind"],
    ],
    ["no kind", () => dossierTransition("2026-05-10", undefined as never), "INVALID_ARGUMENT", ["kind"]],
  ];
  it.each(cases)("%s", (_name, call, code, path) => {
    const e = failure(call);
    expect([e.code, e.path]).toEqual([code, path]);
  });

  it("the date messages start with the argument's name", () => {
    expect(failure(() => dossierTransition("2026-02-30", "upgrade")).messages.en).toMatch(
      /^filedOn: "2026-02-30"/,
    );
    expect(failure(() => dossierTransition("2026-05-10", "upgrade", "x")).messages.en).toMatch(
      /^pendingOn: "x"/,
    );
  });

  it("the kind message lists the three kinds, in English and Vietnamese", () => {
    const e = failure(() => dossierTransition("2026-05-10", "evaluation" as never));
    expect(e.value).toBe("evaluation");
    expect(e.messages.en).toBe(
      'kind: "evaluation" is not a dossier kind (first-evaluation, upgrade, re-evaluation)',
    );
    expect(e.messages.vi).toBe(
      'kind: "evaluation" không phải là loại hồ sơ (first-evaluation, upgrade, re-evaluation)',
    );
  });
});

describe("dossierTransition(): the day boundaries of 26/2026/QĐ-TTg Article 12.2", () => {
  // Filed on 21/05/2026, the day before 26/2026 takes effect: covered. Filed on 22/05/2026: not.
  it("covers a dossier filed the day before 22/05/2026, not one filed that day", () => {
    expect(dossierTransition("2026-05-21", "upgrade")?.completeBy).toBe("2026-07-21");
    expect(dossierTransition("2026-05-22", "upgrade")).toBeNull();
    expect(dossierTransition("2026-05-22", "re-evaluation")).toBeNull();
  });

  // A dossier still pending on 22/05/2026 (the day the new regime takes effect) is covered; one known to be
  // pending only up to 21/05/2026 is not yet (no new regime is in force by then).
  it.each([
    ["first-evaluation", "2026-07-21", "2026-07-21"],
    ["upgrade", "2026-07-21", "2026-07-21"],
    ["re-evaluation", "2026-06-21", "2026-06-22"],
  ] as const)(
    "%s: pending on 22/05/2026 is covered, pending on 21/05/2026 is not",
    (kind, completeBy, due) => {
      expect(dossierTransition("2026-05-10", kind, "2026-05-21")).toBeNull();
      const t = dossierTransition("2026-05-10", kind, "2026-05-22");
      expect(t).toMatchObject({ completeBy, due });
      expect(t?.regime.id).toBe("148+1489");
      expect(t?.rule.countedFrom).toBe("2026-05-22");
    },
  );
});
