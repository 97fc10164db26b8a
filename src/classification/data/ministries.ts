/**
 * The ministries named as managing agency (cơ quan chủ trì quản lý) in Phụ lục I of Decision
 * 26/2026/QĐ-TTg, with their names as printed.
 *
 * @module
 */

/** Bộ Nông nghiệp và Môi trường. */
export const MINISTRY_AGRICULTURE_ENVIRONMENT = {
  vi: "Bộ Nông nghiệp và Môi trường",
  en: "Ministry of Agriculture and Environment",
} as const;

/** Bộ Công Thương. */
export const MINISTRY_INDUSTRY_TRADE = {
  vi: "Bộ Công Thương",
  en: "Ministry of Industry and Trade",
} as const;

/** Bộ Y tế. */
export const MINISTRY_HEALTH = { vi: "Bộ Y tế", en: "Ministry of Health" } as const;

/** Bộ Văn hóa, Thể thao và Du lịch. */
export const MINISTRY_CULTURE_SPORTS_TOURISM = {
  vi: "Bộ Văn hóa, Thể thao và Du lịch",
  en: "Ministry of Culture, Sports and Tourism",
} as const;
