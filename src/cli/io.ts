/**
 * The outside world of the command-line program, injected so that `run` can be tested in-process.
 *
 * @module
 */
import type { CalendarDate } from "../calendar/calendar-date.js";

/** What `run` needs from the outside world: writers, file and stdin reading, the clock and the environment. */
export interface CliIo {
  /** Writes to the standard output (text as given; `run` adds the newlines). */
  readonly stdout: (text: string) => void;
  /** Writes to the standard error. */
  readonly stderr: (text: string) => void;
  /** Reads a whole file as bytes; rejects with a Node-style error (`code: "ENOENT"`, ...) when it cannot. */
  readonly readFile: (path: string) => Promise<Uint8Array>;
  /** Reads the whole standard input as bytes (used for the file name `-`). */
  readonly readStdin: () => Promise<Uint8Array>;
  /** Today's date in Vietnam (the default of `--as-of`). */
  readonly today: () => CalendarDate;
  /** The environment variables (`OCOP_LANG`). */
  readonly env: Readonly<Record<string, string | undefined>>;
}
