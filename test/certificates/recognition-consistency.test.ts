import { describe, expect, it } from "vitest";
import { CERTIFICATE_ISSUERS } from "../../src/certificates/data/recognition.js";
import { ALL_REGIMES } from "../../src/regulations/registry.js";
import { RECOGNITION } from "../../src/scoring/data/recognition.js";

describe("certificate issuers agree with the recognition rules of scoring", () => {
  it.each(ALL_REGIMES.map((r) => r.id))(
    "%s: the level that recognises each rank may sign its certificate",
    (id) => {
      for (const stars of [3, 4, 5] as const) {
        const level = RECOGNITION[id].recognises[stars].level;
        expect(CERTIFICATE_ISSUERS[id].issuers[stars] as readonly string[]).toContain(level);
      }
    },
  );
});
