/**
 * Published figures that the statistics must reproduce exactly, each with its source (see
 * the project's domain notes, seed facts and targets).
 */
export interface PublishedShares {
  readonly name: string;
  readonly source: string;
  readonly total: number;
  readonly counts: Readonly<Record<string, number>>;
  /** The percentages as published. */
  readonly percents: Readonly<Record<string, number>>;
}

export const PUBLISHED_SHARES: readonly PublishedShares[] = [
  {
    name: "Hanoi, 630 products by group (2020 review)",
    source:
      "Hanoi Department of Agriculture and Rural Development, 2020 review of the programme (seed facts)",
    total: 630,
    counts: { food: 467, beverages: 19, herbal: 5, textiles: 24, souvenirs: 115 },
    percents: { food: 74.1, beverages: 3.0, herbal: 0.8, textiles: 3.8, souvenirs: 18.3 },
  },
  {
    name: "Hanoi, 1,054 products of 2019–2020 by rank",
    source:
      "https://lamgiau.laodongthudo.vn/ha-noi-da-co-1649-san-pham-ocop-duoc-danh-gia-phan-hang-2197.html",
    total: 1054,
    counts: { "potential-5": 17, "4": 731, "3": 306 },
    percents: { "potential-5": 1.6, "4": 69.4, "3": 29.0 },
  },
  {
    name: "Hanoi, 1,054 products of 2019–2020 by group (food, beverages, souvenirs)",
    source:
      "https://lamgiau.laodongthudo.vn/ha-noi-da-co-1649-san-pham-ocop-duoc-danh-gia-phan-hang-2197.html",
    total: 1054,
    counts: { food: 691, beverages: 30, souvenirs: 299 },
    percents: { food: 65.6, beverages: 2.8, souvenirs: 28.4 },
  },
];

/** Counts that must add up as published. */
export const PUBLISHED_TOTALS = [
  { name: "Hanoi 2020: 14 potential 5★ + 421 4★ + 195 3★ = 630", parts: [14, 421, 195], total: 630 },
  { name: "Thường Tín: 152 4★ + 27 3★ = 179 recognised products", parts: [152, 27], total: 179 },
  { name: "Kiến Thụy 2023: 11 4★ + 13 3★ = 24 products evaluated", parts: [11, 13], total: 24 },
  { name: "Chương Mỹ 2023: 26 3★ + 12 4★ = 38 of 40 evaluated (2 below 3★)", parts: [26, 12, 2], total: 40 },
  {
    name: "Hanoi batches: 1,054 + 595 + 518 + 544 + 606 = 3,317",
    parts: [1054, 595, 518, 544, 606],
    total: 3317,
  },
] as const;
