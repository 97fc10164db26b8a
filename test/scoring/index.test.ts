import { describe, expect, it } from "vitest";
import * as scoring from "../../src/scoring/index.js";

describe("scoring barrel", () => {
  it("exports the public API and nothing internal", () => {
    expect(Object.keys(scoring).sort()).toEqual([
      "RECOGNITION",
      "STAR_BANDS",
      "classify",
      "councilScore",
      "inBand",
      "nextStarGap",
      "recognitionRule",
      "scoreSheet",
      "starBands",
      "starsForScore",
    ]);
  });
});
