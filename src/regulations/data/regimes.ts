import type { Regime } from "../types.js";

/**
 * The criteria-and-procedure regimes in the order they took effect. A dossier filed on a date falls under
 * the regime whose `[from, until]` contains it. The first modelled regime starts on 21/08/2019
 * (1048/QĐ-TTg); before it there was no national criteria decision.
 */
export const REGIMES = [
  {
    id: "1048",
    base: "1048/QĐ-TTg",
    amendments: [],
    from: "2019-08-21",
    until: "2020-06-07",
    name: { vi: "Quyết định 1048/QĐ-TTg", en: "Decision 1048/QĐ-TTg" },
    basis: "1048/QĐ-TTg signed 21/08/2019, assumed effective on signing",
  },
  {
    id: "1048+781",
    base: "1048/QĐ-TTg",
    amendments: ["781/QĐ-TTg"],
    from: "2020-06-08",
    until: "2023-02-23",
    name: {
      vi: "Quyết định 1048/QĐ-TTg, sửa đổi bởi Quyết định 781/QĐ-TTg",
      en: "Decision 1048/QĐ-TTg as amended by Decision 781/QĐ-TTg",
    },
    basis: "781/QĐ-TTg signed 08/06/2020, assumed effective on signing",
  },
  {
    id: "148",
    base: "148/QĐ-TTg",
    amendments: [],
    from: "2023-02-24",
    until: "2025-07-05",
    name: { vi: "Quyết định 148/QĐ-TTg", en: "Decision 148/QĐ-TTg" },
    basis: "148/QĐ-TTg effective on signing, 24/02/2023, replacing 1048/QĐ-TTg and 781/QĐ-TTg",
  },
  {
    id: "148+1489",
    base: "148/QĐ-TTg",
    amendments: ["1489/QĐ-TTg"],
    from: "2025-07-06",
    until: "2026-05-21",
    name: {
      vi: "Quyết định 148/QĐ-TTg, sửa đổi bởi Quyết định 1489/QĐ-TTg",
      en: "Decision 148/QĐ-TTg as amended by Decision 1489/QĐ-TTg",
    },
    basis: "1489/QĐ-TTg applied from 06/07/2025",
  },
  {
    id: "26/2026",
    base: "26/2026/QĐ-TTg",
    amendments: [],
    from: "2026-05-22",
    until: null,
    name: { vi: "Quyết định 26/2026/QĐ-TTg", en: "Decision 26/2026/QĐ-TTg" },
    basis:
      "26/2026/QĐ-TTg, Article 11.1: in force from 22/05/2026; dossiers filed before then follow Article 12.2",
  },
] as const satisfies readonly Regime[];
