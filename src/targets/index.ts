export * from "./presets/index.js";
export { trackTarget } from "./track-target.js";
export type * from "./types.js";
