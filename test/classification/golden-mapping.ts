/**
 * Golden cases of the cross-regime mapping, for review by a domain expert: each case names the leaf, the
 * target decision, the expected corresponding leaves and kind, and the source of the judgement.
 */
import type { ClassificationRegulation, MappingKind } from "../../src/classification/types.js";

export interface MappingGoldenCase {
  readonly name: string;
  readonly source: string;
  readonly input: { readonly from: string; readonly to: ClassificationRegulation };
  readonly expected: {
    readonly to: readonly string[];
    readonly kind: MappingKind;
    readonly doubtful: boolean;
  };
}

const P1 = "26/2026/QĐ-TTg Phụ lục I and II; 148 set titles (transcription)";
const P2 = "1048 subgroup names (2020 database dump, press summaries); 148 set titles (transcription)";

export const MAPPING_GOLDEN: readonly MappingGoldenCase[] = [
  {
    name: "148 fresh vegetables → 26/2026 fresh vegetables (set 1 → set 1)",
    source: P1,
    input: { from: "148:I.1.a", to: "26/2026/QĐ-TTg" },
    expected: { to: ["26/2026:I.1.a"], kind: "same", doubtful: false },
  },
  {
    name: "148 bottled purified water → 26/2026 bottled drinking water (renamed)",
    source: P1,
    input: { from: "148:II.2.a", to: "26/2026/QĐ-TTg" },
    expected: { to: ["26/2026:II.2.a"], kind: "renamed", doubtful: false },
  },
  {
    name: "148 herbal cosmetics → 26/2026 cosmetics from medicinal herbs (renamed)",
    source: P1,
    input: { from: "148:III.2", to: "26/2026/QĐ-TTg" },
    expected: { to: ["26/2026:III.2"], kind: "renamed", doubtful: false },
  },
  {
    name: "1048 honey, honey products → 148 honey set and processed set 8 (split)",
    source: P2,
    input: { from: "1048:I.2.b", to: "148/QĐ-TTg" },
    expected: { to: ["148:I.2.b", "148:I.3.d"], kind: "split", doubtful: false },
  },
  {
    name: "1048 honey, honey products → 26/2026 (split, through 148)",
    source: `${P2}; ${P1}`,
    input: { from: "1048:I.2.b", to: "26/2026/QĐ-TTg" },
    expected: { to: ["26/2026:I.2.b", "26/2026:I.3.d"], kind: "split", doubtful: false },
  },
  {
    name: "1048 processed aquatic products → 148 set 8 (merged)",
    source: P2,
    input: { from: "1048:I.3.e", to: "148/QĐ-TTg" },
    expected: { to: ["148:I.3.d"], kind: "merged", doubtful: false },
  },
  {
    name: "26/2026 set 8 back to 1048: three older sets, one only in part (partial)",
    source: `${P1}; ${P2}`,
    input: { from: "26/2026:I.3.d", to: "1048/QĐ-TTg" },
    expected: { to: ["1048:I.2.b", "1048:I.3.d", "1048:I.3.e"], kind: "partial", doubtful: false },
  },
  {
    name: "26/2026 honey set back to 1048: the older set also fed set 8 (merged, seen backward)",
    source: `${P1}; ${P2}`,
    input: { from: "26/2026:I.2.b", to: "1048/QĐ-TTg" },
    expected: { to: ["1048:I.2.b"], kind: "merged", doubtful: false },
  },
  {
    name: "148 handicrafts back to 1048: the two 1048 handicraft groups (split, seen backward)",
    source: P2,
    input: { from: "148:IV.1", to: "1048/QĐ-TTg" },
    expected: { to: ["1048:IV.1", "1048:IV.2"], kind: "split", doubtful: false },
  },
  {
    name: "1048 decorative handicrafts → 26/2026 household and decorative handicrafts (merged)",
    source: `${P2}; ${P1}`,
    input: { from: "1048:IV.1", to: "26/2026/QĐ-TTg" },
    expected: { to: ["26/2026:IV.1"], kind: "merged", doubtful: false },
  },
  {
    name: "1048 medical equipment has no successor (removed)",
    source: P2,
    input: { from: "1048:III.3", to: "26/2026/QĐ-TTg" },
    expected: { to: [], kind: "removed", doubtful: false },
  },
  {
    name: "26/2026 flowers have no 1048 predecessor (added)",
    source: `${P1}; ${P2}`,
    input: { from: "26/2026:V.1", to: "1048/QĐ-TTg" },
    expected: { to: [], kind: "added", doubtful: false },
  },
  {
    name: "1048 other tea products → 26/2026 infusions from other plants (partial, doubtful)",
    source: `${P2}; ${P1}`,
    input: { from: "1048:I.5.b", to: "26/2026/QĐ-TTg" },
    expected: { to: ["26/2026:I.5.b"], kind: "partial", doubtful: true },
  },
  {
    name: "1048 tourism (renamed by 781) → 26/2026 community tourism, ecotourism (partial)",
    source: `${P2}; 781/QĐ-TTg; ${P1}`,
    input: { from: "1048:VI.1", to: "26/2026/QĐ-TTg" },
    expected: { to: ["26/2026:VI.1"], kind: "partial", doubtful: false },
  },
  {
    name: "1048 textiles → 26/2026 textiles (same name; moved under handicrafts)",
    source: `${P2}; ${P1}`,
    input: { from: "1048:V.1", to: "26/2026/QĐ-TTg" },
    expected: { to: ["26/2026:IV.2"], kind: "same", doubtful: false },
  },
  {
    name: "1048 purified water → 26/2026 bottled drinking water (renamed twice)",
    source: `${P2}; ${P1}`,
    input: { from: "1048:II.2.a", to: "26/2026/QĐ-TTg" },
    expected: { to: ["26/2026:II.2.a"], kind: "renamed", doubtful: false },
  },
  {
    name: "1048 fresh meat, eggs, milk → 26/2026 fresh meat, aquatic products, eggs, milk (partial: wider)",
    source: `${P2}; ${P1}`,
    input: { from: "1048:I.1.b", to: "26/2026/QĐ-TTg" },
    expected: { to: ["26/2026:I.1.b"], kind: "partial", doubtful: false },
  },
];
