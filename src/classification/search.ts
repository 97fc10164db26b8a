/**
 * Search over the product classifications, ignoring case, diacritics and punctuation.
 *
 * @module
 */
import { describeValue, fail, readInput } from "../errors/ocop-error.js";
import {
  assertClassificationRegulation,
  CLASSIFICATION_DATA,
  CLASSIFICATION_INDEX,
  CLASSIFICATION_LEVELS,
} from "./classification.js";
import { foldVietnamese } from "./fold.js";
import type {
  ClassificationLevel,
  ClassificationMatch,
  ClassificationNode,
  ClassificationRegulation,
  SearchClassificationOptions,
  SearchField,
} from "./types.js";

interface SearchText {
  readonly field: SearchField;
  readonly text: string;
  readonly folded: string;
  readonly words: readonly string[];
  /** Added to the score: the Vietnamese name ranks above the other fields. */
  readonly bonus: number;
}

interface SearchEntry {
  readonly node: ClassificationNode;
  /** Newest regulation first, then annex order. */
  readonly rank: number;
  readonly texts: readonly SearchText[];
}

const FIELD_BONUS: Readonly<Record<SearchField, number>> = {
  "name.vi": 5,
  "setName.vi": 3,
  alias: 2,
  renamed: 2,
  "name.en": 0,
  "setName.en": 0,
};

function searchText(field: SearchField, text: string): SearchText {
  const folded = foldVietnamese(text);
  return { field, text, folded, words: folded.split(" "), bonus: FIELD_BONUS[field] };
}

function buildEntries(): readonly SearchEntry[] {
  const entries: SearchEntry[] = [];
  const regulations = CLASSIFICATION_DATA.map((d) => d.regulation).reverse();
  regulations.forEach((regulation, r) => {
    const tree = CLASSIFICATION_INDEX.trees.get(regulation)!;
    tree.nodes.forEach((node, i) => {
      const texts: SearchText[] = [searchText("name.vi", node.name.vi), searchText("name.en", node.name.en)];
      if (node.setName !== null) {
        texts.push(searchText("setName.vi", node.setName.vi), searchText("setName.en", node.setName.en));
      }
      for (const alias of node.aliases) texts.push(searchText("alias", alias));
      for (const rename of node.renames) {
        texts.push(searchText("renamed", rename.name.vi), searchText("renamed", rename.name.en));
      }
      entries.push({ node, rank: r * 1000 + i, texts });
    });
  });
  return entries;
}

/** Folded texts of every node, built once from the data. */
const SEARCH_ENTRIES: readonly SearchEntry[] = /* @__PURE__ */ buildEntries();

function scoreText(t: SearchText, query: string, tokens: readonly string[]): number {
  if (t.folded === query) return 100;
  if (t.folded.startsWith(query)) return 80;
  if (` ${t.folded}`.includes(` ${query}`)) return 60;
  if (t.folded.includes(query)) return 40;
  if (tokens.every((tok) => t.words.some((w) => w.startsWith(tok)))) return 30;
  if (tokens.every((tok) => t.folded.includes(tok))) return 20;
  return 0;
}

function readOptions(options: unknown): {
  regulation: ClassificationRegulation | undefined;
  level: ClassificationLevel | undefined;
} {
  if (options === undefined) return { regulation: undefined, level: undefined };
  return readInput(["options"], () => readObject(options));
}

function readObject(options: unknown): {
  regulation: ClassificationRegulation | undefined;
  level: ClassificationLevel | undefined;
} {
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    return fail("INVALID_ARGUMENT", ["options"], options, "options must be an object", {
      en: `options: ${describeValue(options)} is not an object`,
      vi: `options: ${describeValue(options, "vi")} không phải là một đối tượng`,
    });
  }
  const regulation = Object.hasOwn(options, "regulation")
    ? (options as { regulation?: unknown }).regulation
    : undefined;
  const level = Object.hasOwn(options, "level") ? (options as { level?: unknown }).level : undefined;
  if (regulation !== undefined) assertClassificationRegulation(regulation, ["options", "regulation"]);
  if (level !== undefined && !CLASSIFICATION_LEVELS.includes(level as ClassificationLevel)) {
    return fail(
      "INVALID_ARGUMENT",
      ["options", "level"],
      level,
      'level must be "product", "group" or "subgroup"',
      {
        en: `options.level: ${describeValue(level)} is not "product", "group" or "subgroup"`,
        vi: `options.level: ${describeValue(level, "vi")} không phải là "product", "group" hoặc "subgroup"`,
      },
    );
  }
  return { regulation, level: level as ClassificationLevel | undefined };
}

/**
 * Searches the product classifications by name, ignoring case, diacritics (including đ → d) and
 * punctuation: `"thuc pham"` finds "Thực phẩm", `"do uong"` finds "Đồ uống". Searches the Vietnamese and
 * English names, the criteria set titles, aliases and names given by amendments.
 *
 * Ranking: 100 exact, 80 prefix, 60 at a word start, 40 inside a word, 30 every query word starts a word,
 * 20 every query word occurs; plus up to 5 when the hit is on the Vietnamese name (3 set title, 2 alias).
 * Ties: newest regulation first, then annex order. A blank query returns no match.
 *
 * @param query - the text to look for
 * @param options - `regulation` and/or `level` to narrow the search
 * @throws {@link OcopError} `INVALID_ARGUMENT` for a non-string query, bad options or level;
 *   `UNKNOWN_REGULATION` for an unknown regulation
 * @example
 * ```ts
 * searchClassification("thuc pham tuoi song")[0]?.node.id; // "26/2026:I.1"
 * searchClassification("DO UONG CO CON", { regulation: "148/QĐ-TTg" })[0]?.node.id; // "148:II.1"
 * searchClassification("hoa", { level: "group" }).map((m) => m.node.id); // ["26/2026:V.1", "148:V.1"]
 * ```
 */
export function searchClassification(
  query: string,
  options?: SearchClassificationOptions,
): readonly ClassificationMatch[] {
  if (typeof query !== "string") {
    return fail("INVALID_ARGUMENT", ["query"], query, "the query must be a string", {
      en: `query: ${describeValue(query)} is not a string`,
      vi: `query: ${describeValue(query, "vi")} không phải là chuỗi ký tự`,
    });
  }
  const { regulation, level } = readOptions(options);
  const folded = foldVietnamese(query);
  if (folded === "") return [];
  const tokens = folded.split(" ");
  const hits: { match: ClassificationMatch; rank: number }[] = [];
  for (const entry of SEARCH_ENTRIES) {
    if (regulation !== undefined && entry.node.regulation !== regulation) continue;
    if (level !== undefined && entry.node.level !== level) continue;
    let best: ClassificationMatch | undefined;
    for (const t of entry.texts) {
      const base = scoreText(t, folded, tokens);
      if (base === 0) continue;
      const score = base + t.bonus;
      if (best === undefined || score > best.score) {
        best = { node: entry.node, score, matchedOn: t.field, matchedText: t.text };
      }
    }
    if (best !== undefined) hits.push({ match: best, rank: entry.rank });
  }
  hits.sort((a, b) => b.match.score - a.match.score || a.rank - b.rank);
  return hits.map((h) => h.match);
}
