/**
 * Text folding for Vietnamese search: case, diacritics and punctuation are ignored.
 *
 * @module
 */
import { describeValue, fail } from "../errors/ocop-error.js";

const COMBINING_MARKS = /\p{M}+/gu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/**
 * Folds a text for comparison: Unicode NFD, combining marks removed (so "ự" → "u"), "đ"/"Đ" → "d" (the
 * Vietnamese đ is a letter of its own, not a "d" with a mark, so NFD leaves it alone), lower case,
 * every run of punctuation or spaces → one space, trimmed.
 *
 * @throws {@link OcopError} `INVALID_ARGUMENT` when `text` is not a string
 * @example
 * ```ts
 * foldVietnamese("Thực phẩm"); // "thuc pham"
 * foldVietnamese("Đồ uống có cồn"); // "do uong co con"
 * foldVietnamese("Rau, củ, quả"); // "rau cu qua"
 * ```
 */
export function foldVietnamese(text: string): string {
  if (typeof text !== "string") {
    fail("INVALID_ARGUMENT", ["text"], text, "the text to fold is a string", {
      en: `text: ${describeValue(text)} is not a string`,
      vi: `text: ${describeValue(text, "vi")} không phải là chuỗi ký tự`,
    });
  }
  // Lower case first: lower-casing can add a combining mark ("İ" → "i̇"), which NFD then removes.
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(/[đĐ]/g, "d")
    .replace(NOT_LETTER_OR_DIGIT, " ")
    .trim();
}
