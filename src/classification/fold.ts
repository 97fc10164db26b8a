/**
 * Text folding for Vietnamese search: case, diacritics and punctuation are ignored.
 *
 * @module
 */

const COMBINING_MARKS = /\p{M}+/gu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/**
 * Folds a text for comparison: Unicode NFD, combining marks removed (so "ự" → "u"), "đ"/"Đ" → "d" (the
 * Vietnamese đ is a letter of its own, not a "d" with a mark, so NFD leaves it alone), lower case,
 * every run of punctuation or spaces → one space, trimmed.
 *
 * @example
 * ```ts
 * foldVietnamese("Thực phẩm"); // "thuc pham"
 * foldVietnamese("Đồ uống có cồn"); // "do uong co con"
 * foldVietnamese("Rau, củ, quả"); // "rau cu qua"
 * ```
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(NOT_LETTER_OR_DIGIT, " ")
    .trim();
}
