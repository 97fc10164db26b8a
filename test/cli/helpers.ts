import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { CliIo } from "../../src/cli/io.js";
import { run } from "../../src/cli/run.js";

/** The fixtures folder. */
export const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));

/** The outcome of one in-process run. */
export interface Outcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of {@link cli}. */
export interface CliOptions {
  readonly stdin?: string | Uint8Array;
  readonly env?: Readonly<Record<string, string>>;
  readonly today?: string;
  /** Extra files by name (read before the fixtures folder). */
  readonly files?: Readonly<Record<string, string | Uint8Array>>;
}

/** Runs `ocop` in-process: file names are resolved in test/cli/fixtures/. */
export async function cli(argv: readonly string[], options: CliOptions = {}): Promise<Outcome> {
  let stdout = "";
  let stderr = "";
  const bytes = (v: string | Uint8Array): Uint8Array => (typeof v === "string" ? Buffer.from(v) : v);
  const io: CliIo = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    readFile: async (path) => {
      const extra = options.files?.[path];
      if (extra !== undefined) return bytes(extra);
      return readFile(FIXTURES + path);
    },
    readStdin: async () => bytes(options.stdin ?? ""),
    today: () => (options.today ?? "2026-06-01") as `${number}-${number}-${number}`,
    env: options.env ?? {},
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}
