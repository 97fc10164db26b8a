import { afterEach, describe, expect, it, vi } from "vitest";

describe("examples/demo.mjs (npm run demo)", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it("runs on the public API and prints what an officer needs", { timeout: 60_000 }, async () => {
    vi.stubEnv("OCOP_DEMO_DATE", "2026-11-25");
    const lines: string[] = [];
    vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
      lines.push(args.join(" "));
    });
    await import("../../examples/demo.mjs");
    const out = lines.join("\n");
    expect(out).toContain("A dossier filed today follows Decision 26/2026/QĐ-TTg");
    expect(out).toContain("6 products, 17 groups, 26 criteria sets.");
    expect(out).toContain("→ criteria set 11");
    expect(out).toContain("Council score (average, not rounded): 80.33 → band 4★");
    expect(out).toContain("Stars after the minimum markers: 3★");
    expect(out).toContain("held back: criterion 3.4");
    expect(out).toContain("Valid through 2027-03-15; status today: window-missed");
    expect(out).toContain("file from 2026-09-16 to 2026-11-15");
    expect(out).toContain("2263 of 2000 by 2025-06-30: met");
  });
});
