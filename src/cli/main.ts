#!/usr/bin/env node
/**
 * The `ocop` executable: runs {@link run} on the process's arguments with the real io and Vietnam's date
 * of today (the only place the clock is read).
 *
 * @module
 */
import { vietnamDateOf } from "../calendar/vietnam-date.js";
import { nodeIo } from "./node-io.js";
import { run } from "./run.js";

process.exitCode = await run(
  process.argv.slice(2),
  nodeIo(() => vietnamDateOf(new Date())),
);
