export {
  type Bilingual,
  describeValue,
  fail,
  type Language,
  OcopError,
  type OcopErrorCode,
  type OcopIssue,
  ocopIssue,
} from "./ocop-error.js";
