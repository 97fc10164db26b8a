/**
 * `run`: the whole command-line program as a function of its arguments and an injected {@link CliIo}, so
 * that it is tested in-process. It never throws: every failure becomes a message on stderr and an exit
 * code (see {@link EXIT}).
 *
 * @module
 */
import { type Language, OcopError } from "../errors/ocop-error.js";
import { type OptionSpec, parseArgs, splitCommand } from "./args.js";
import { bi, CliError, usageError } from "./cli-error.js";
import { CERTIFICATES_OPTIONS, certificatesCommand } from "./commands/certificates.js";
import { SCORE_OPTIONS, scoreCommand } from "./commands/score.js";
import { SHEET_OPTIONS, sheetCommand } from "./commands/sheet.js";
import { PRESETS_OPTIONS, presetsCommand, TRACK_OPTIONS, trackCommand } from "./commands/track.js";
import type { Ctx } from "./context.js";
import { EXIT, type ExitCode } from "./exit-codes.js";
import { HELP } from "./help.js";
import type { CliIo } from "./io.js";
import type { OutputFormat } from "./render.js";
import { VERSION } from "./version.js";

type Command = (ctx: Ctx, args: ReturnType<typeof parseArgs>) => Promise<ExitCode>;

const COMMANDS: Readonly<Record<string, { readonly options: OptionSpec; readonly run: Command }>> = {
  score: { options: SCORE_OPTIONS, run: scoreCommand },
  sheet: { options: SHEET_OPTIONS, run: sheetCommand },
  certificates: { options: CERTIFICATES_OPTIONS, run: certificatesCommand },
  track: { options: TRACK_OPTIONS, run: trackCommand },
  presets: { options: PRESETS_OPTIONS, run: presetsCommand },
};

/** At most this many problems are printed; the rest are counted. */
const MAX_LINES = 50;

/** The language asked for by `--lang` (checked), else by `OCOP_LANG` (`vi`, `vi_VN.UTF-8`...), else English. */
function languageOf(args: readonly string[], env: CliIo["env"]): { lang: Language; bad: string | undefined } {
  let asked: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--") break;
    if (arg === "--lang") asked = args[i + 1];
    else if (arg.startsWith("--lang=")) asked = arg.slice(7);
  }
  if (asked !== undefined) {
    return asked === "vi" || asked === "en" ? { lang: asked, bad: undefined } : { lang: "en", bad: asked };
  }
  const fromEnv = (env["OCOP_LANG"] ?? "").toLowerCase();
  return { lang: fromEnv.startsWith("vi") ? "vi" : "en", bad: undefined };
}

function report(io: CliIo, lang: Language, error: CliError): void {
  const lines = error.lines.slice(0, MAX_LINES).map((l) => `ocop: ${l[lang]}`);
  if (error.lines.length > MAX_LINES) {
    const more = error.lines.length - MAX_LINES;
    lines.push(lang === "vi" ? `ocop: ... và ${more} lỗi khác` : `ocop: ... and ${more} more problem(s)`);
  }
  if (error.hint !== undefined) lines.push(error.hint[lang]);
  io.stderr(`${lines.join("\n")}\n`);
}

/** The topic of `ocop help [topic]`: the first argument that is neither an option nor the value of `--lang`. */
function helpTopic(rest: readonly string[]): string {
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === "--lang") i++;
    else if (!a.startsWith("-")) return a;
  }
  return "";
}

/**
 * Runs the `ocop` command line.
 *
 * @param argv - the arguments after the program name (`process.argv.slice(2)`)
 * @param io - the outside world: writers, file and stdin reading, today's date, the environment
 * @returns the exit code: 0 ok, 1 attention (`--fail-on-due`, `--fail-on-risk`), 2 usage error, 3 input
 *   unreadable, 4 invalid data, 5 internal error
 * @example
 * ```ts
 * const out: string[] = [];
 * const io = { stdout: (t) => out.push(t), stderr: (t) => out.push(t), readFile, readStdin,
 *   today: () => "2026-06-01", env: {} };
 * await run(["sheet", "--set", "1", "--format", "csv"], io); // 0
 * ```
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const { lang, bad } = languageOf(argv, io.env);
  let command: string | undefined;
  try {
    if (bad !== undefined)
      throw usageError(bi(`--lang: "${bad}" is not en or vi`, `--lang: "${bad}" không phải là en hoặc vi`));
    const split = splitCommand(argv);
    command = split.command;
    if (command === undefined) {
      const top = parseArgs(split.rest, {});
      if (top.values["version"] === true) {
        io.stdout(`${VERSION}\n`);
        return EXIT.OK;
      }
      if (top.values["help"] === true) {
        io.stdout(`${HELP[""]![lang]}\n`);
        return EXIT.OK;
      }
      throw usageError(bi("a command is required", "cần một lệnh"));
    }
    if (command === "help") {
      const topic = helpTopic(split.rest);
      io.stdout(`${(Object.hasOwn(HELP, topic) ? HELP[topic]! : HELP[""]!)[lang]}\n`);
      return EXIT.OK;
    }
    const spec = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (spec === undefined) {
      const known = Object.keys(COMMANDS).join(", ");
      const name = command;
      command = undefined;
      throw usageError(
        bi(`unknown command "${name}" (commands: ${known})`, `không có lệnh "${name}" (các lệnh: ${known})`),
      );
    }
    const args = parseArgs(split.rest, spec.options, command);
    if (args.values["help"] === true) {
      io.stdout(`${HELP[command]![lang]}\n`);
      return EXIT.OK;
    }
    if (args.values["version"] === true) {
      io.stdout(`${VERSION}\n`);
      return EXIT.OK;
    }
    const format = args.values["format"] ?? "table";
    if (format !== "table" && format !== "json" && format !== "csv") {
      throw usageError(
        bi(
          `--format: "${String(format)}" is not table, json or csv`,
          `--format: "${String(format)}" không phải là table, json hoặc csv`,
        ),
        command,
      );
    }
    const ctx: Ctx = { io, lang, format: format as OutputFormat, excel: args.values["excel"] === true };
    return await spec.run(ctx, args);
  } catch (error) {
    if (error instanceof CliError) {
      report(io, lang, error);
      return error.exit;
    }
    if (error instanceof OcopError) {
      // An error of the library not located by the command: still the data's fault, in both languages.
      const lines = error.issues.map((i) => i.message);
      report(io, lang, new CliError(EXIT.INVALID_DATA, [lines[0]!, ...lines.slice(1)]));
      return EXIT.INVALID_DATA;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(
      `ocop: ${lang === "vi" ? "lỗi nội bộ, xin báo lại kèm lệnh đã chạy" : "internal error, please report it with the command you ran"}${command === undefined ? "" : ` (${command})`}\n${detail}\n`,
    );
    return EXIT.INTERNAL;
  }
}
