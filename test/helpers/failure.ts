import { expect } from "vitest";
import { OcopError } from "../../src/errors/ocop-error.js";

/** The `OcopError` a call throws; the test fails if it returns or throws anything else. */
export function failure(call: () => unknown): OcopError {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(OcopError);
    return error as OcopError;
  }
  throw new Error("expected an OcopError");
}
