/**
 * Look-ups of the cycle and procedure data.
 *
 * @module
 */
import type { CalendarDate } from "../calendar/calendar-date.js";
import { describeValue, fail, readInput } from "../errors/ocop-error.js";
import { regime as regimeById, regulationAt } from "../regulations/registry.js";
import type { RegimeId } from "../regulations/types.js";
import { CYCLE_STEPS } from "./data/cycle.js";
import { PROCEDURES } from "./data/procedures.js";
import type { CycleStep, CycleStepId, RegimeProcedure } from "./types.js";

/**
 * The procedure of a regime, or of the regime in force on a date.
 *
 * @param by - `{ regime }` or `{ date }` (the filing date of the dossier)
 * @throws {@link OcopError} `UNKNOWN_REGULATION`, `INVALID_DATE`, `DATE_BEFORE_FIRST_REGIME`, `INVALID_ARGUMENT`
 * @example
 * ```ts
 * procedureFor({ date: "2024-03-01" }).stages.map((s) => s.level); // ["district", "province", "central"]
 * procedureFor({ regime: "26/2026" }).stages[0].timeLimit?.amount; // 15
 * ```
 */
export function procedureFor(
  by: { readonly regime: RegimeId } | { readonly date: CalendarDate | string },
): RegimeProcedure {
  // Each field read once: a getter or proxy of the caller's that throws is an OcopError.
  const fields = readInput(["by"], () =>
    typeof by === "object" && by !== null
      ? {
          regime: Object.hasOwn(by, "regime") ? { v: (by as { regime: unknown }).regime } : null,
          date: Object.hasOwn(by, "date") ? { v: (by as { date: unknown }).date } : null,
        }
      : null,
  );
  if (fields !== null) {
    if (fields.regime !== null) {
      // The registry refuses an unknown regime (UNKNOWN_REGULATION at regime, listing the regimes).
      return PROCEDURES[regimeById(fields.regime.v as RegimeId).id];
    }
    if (fields.date !== null) return PROCEDURES[regulationAt(fields.date.v as string).id];
  }
  return fail("INVALID_ARGUMENT", ["by"], by, "procedureFor takes { regime } or { date }", {
    en: `by: ${describeValue(by)} is not { regime } or { date }`,
    vi: `by: ${describeValue(by, "vi")} không phải là { regime } hoặc { date }`,
  });
}

/**
 * One step of the annual OCOP cycle.
 *
 * @throws {@link OcopError} `UNKNOWN_ID`
 * @example
 * ```ts
 * cycleStep("evaluation").number; // 5
 * cycleStep("evaluation").responsible["26/2026"].levels; // ["commune", "province", "central"]
 * ```
 */
export function cycleStep(id: CycleStepId): CycleStep {
  const found = (CYCLE_STEPS as readonly CycleStep[]).find((s) => s.id === id);
  if (found === undefined) {
    return fail("UNKNOWN_ID", ["id"], id, "a step of the six-step OCOP cycle", {
      en: `id: ${describeValue(id)} is not a cycle step (${CYCLE_STEPS.map((s) => s.id).join(", ")})`,
      vi: `id: ${describeValue(id, "vi")} không phải là bước của chu trình (${CYCLE_STEPS.map((s) => s.id).join(", ")})`,
    });
  }
  return found;
}
