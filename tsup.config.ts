import { defineConfig } from "tsup";

// One output module per source module (no bundling), so that a consumer's bundler, with
// "sideEffects": false, drops every module it does not use: importing one pure function never
// drags in zod or the criteria data.
export default defineConfig({
  entry: ["src/**/*.ts", "!src/**/*.test.ts"],
  format: ["esm"],
  target: "node20",
  bundle: false,
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  sourcemap: false,
  clean: true,
  silent: true,
});
