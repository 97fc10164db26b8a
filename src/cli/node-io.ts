/**
 * The {@link CliIo} of a real process: Node's streams and file system. The clock is given by `main.ts`.
 *
 * @module
 */
import { readFile } from "node:fs/promises";
import type { CalendarDate } from "../calendar/calendar-date.js";
import type { CliIo } from "./io.js";

/**
 * Reads a whole stream as bytes.
 *
 * @example
 * ```ts
 * await readAll(process.stdin);
 * ```
 */
export async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** A closed pipe (`ocop sheet --set 1 | head`) ends the output quietly. */
function ignoreBrokenPipe(stream: NodeJS.WriteStream): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
}

/**
 * The io of the running process, with `today` from the caller (the clock lives in `main.ts`).
 *
 * @example
 * ```ts
 * const io = nodeIo(() => vietnamDateOf(new Date()));
 * ```
 */
export function nodeIo(today: () => CalendarDate): CliIo {
  ignoreBrokenPipe(process.stdout);
  return {
    stdout: (text) => {
      process.stdout.write(text);
    },
    stderr: (text) => {
      process.stderr.write(text);
    },
    readFile: (path) => readFile(path),
    readStdin: () => readAll(process.stdin),
    today,
    env: process.env,
  };
}
