import { Readable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { nodeIo, readAll } from "../../src/cli/node-io.js";
// Loaded here, not by main.ts inside the test below: module set-up belongs to no test (mutation testing
// attributes code run inside a test to that test).
import "../../src/cli/run.js";
import "../../src/calendar/vietnam-date.js";
import { FIXTURES } from "./helpers.js";

let before: unknown[] = [];
beforeEach(() => {
  before = process.stdout.listeners("error");
});
afterEach(() => {
  vi.restoreAllMocks();
  for (const l of process.stdout.listeners("error")) {
    if (!before.includes(l)) process.stdout.off("error", l as (...args: unknown[]) => void);
  }
});

describe("the io of a real process", () => {
  it("reads files, streams and the environment, and writes to the process's streams", async () => {
    const io = nodeIo(() => "2026-06-01");
    expect(io.today()).toBe("2026-06-01");
    expect(io.env).toBe(process.env);
    expect(Buffer.from(await io.readFile(`${FIXTURES}products-3-stars.csv`)).toString()).toBe(
      "value\n8500\n",
    );
    await expect(io.readFile(`${FIXTURES}nothing-here`)).rejects.toMatchObject({ code: "ENOENT" });
    expect(Buffer.from(await readAll(Readable.from(["a", Buffer.from("ã")]))).toString()).toBe("aã");
    const out = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    const err = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    io.stdout("x");
    io.stderr("y");
    expect(out).toHaveBeenCalledWith("x");
    expect(err).toHaveBeenCalledWith("y");
  });

  it("ignores a closed pipe on stdout but not other errors", () => {
    nodeIo(() => "2026-06-01");
    const added = process.stdout.listeners("error").filter((l) => !before.includes(l));
    expect(added).toHaveLength(1);
    const listener = added[0] as (e: NodeJS.ErrnoException) => void;
    expect(() => listener(Object.assign(new Error("pipe"), { code: "EPIPE" }))).not.toThrow();
    expect(() => listener(Object.assign(new Error("other"), { code: "EIO" }))).toThrow("other");
  });

  it("main.ts runs the command line of the process and sets the exit code", async () => {
    const argv = process.argv;
    const exitCode = process.exitCode;
    const out = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    process.argv = ["node", "ocop", "--version"];
    try {
      await import("../../src/cli/main.js");
      expect(process.exitCode).toBe(0);
      expect(out).toHaveBeenCalledWith(expect.stringMatching(/^\d+\.\d+\.\d+\n$/));
    } finally {
      process.argv = argv;
      process.exitCode = exitCode;
    }
  });
});
