export { checkCount, roundedPercent } from "./percent.js";
export {
  type ProductRecord,
  productStatistics,
  type RegistryStatistics,
  type Share,
  type StatisticsOptions,
  sharesOf,
} from "./registry-statistics.js";
