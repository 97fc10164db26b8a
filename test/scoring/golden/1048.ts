/**
 * Golden cases for Decision 1048/QĐ-TTg (2019) and its amendment 781/QĐ-TTg (2020): star bands as written
 * (closed integer ranges) and as read for decimal averages, council averages, and sheets of the recovered
 * set 1 (unconfirmed transcription). The set carries no minimum markers: 781/QĐ-TTg listed its minimums
 * apart (`MINIMUMS_781`, text only), so the stars of a 1048 sheet are its band's.
 */
import { band, type GoldenAnswers, type GoldenCase } from "./types.js";

const BANDS =
  "Decision 1048/QĐ-TTg, star bands (secondary sources: ciptek.vn, ocop.quangnam.gov.vn, proatc.vn): 90–100, 70–89, 50–69, 30–49, < 30";
const READING = `${BANDS}; decimals read half-open as in 148/QĐ-TTg and 26/2026/QĐ-TTg (docs/scoring.md)`;
const LEVELS = "1048/QĐ-TTg: UBND cấp tỉnh recognises 3★ and 4★, the Ministry 5★ (danang.gov.vn)";
const SET_1 = { regulation: "1048/QĐ-TTg", number: 1 } as const;

/** Set 1, every best option: A 35 + B 25 + C 40 = 100. */
const TOP: GoldenAnswers = {
  "1.1": 3,
  "1.2": 3,
  "1.3": 4,
  "1.4": 2,
  "1.5": 5,
  "1.6": 1,
  "2.1": 3,
  "2.2": 3,
  "2.3": 2,
  "3.1": 3,
  "3.2": 2,
  "3.3": 1,
  "3.4": 1,
  "3.5": 2,
  "4.1": 5,
  "4.2": 5,
  "4.3": 5,
  "5.1": 5,
  "5.2": 3,
  "5.3": 2,
  "6.1": 2,
  "6.2": 8,
  "6.3": 3,
  "6.4": 3,
  "6.5": 2,
  "7": 2,
  "8": 5,
  "9.1": 2,
  "9.2": 3,
  "10": 5,
  "11": 5,
};

/** 65: TOP less 1.5 −4, 4.1 −4, 4.2 −5, 4.3 −5, 5.1 −5, 6.2 −8, 11 −4 (= −35). */
const AT_65: GoldenAnswers = { ...TOP, "1.5": 1, "4.1": 1, "4.2": 0, "4.3": 0, "5.1": 0, "6.2": 0, "11": 1 };

export const GOLDEN_1048: readonly GoldenCase[] = [
  band("0 is 1★", BANDS, "1048", 0, 1),
  band("29 is 1★", BANDS, "1048", 29, 1),
  band("29.5 is 1★ (under 30)", READING, "1048", 29.5, 1),
  band("30 is 2★", BANDS, "1048", 30, 2),
  band("49 is 2★", BANDS, "1048+781", 49, 2),
  band("49.5, between the written 30–49 and 50–69, is 2★", READING, "1048+781", 49.5, 2),
  band("50 is 3★", BANDS, "1048+781", 50, 3),
  band("69 is 3★", BANDS, "1048/QĐ-TTg", 69, 3),
  band("69.5, between the written 50–69 and 70–89, is 3★", READING, "1048/QĐ-TTg", 69.5, 3),
  band("70 is 4★", BANDS, "1048/QĐ-TTg", 70, 4),
  band("89 is 4★", BANDS, "1048", 89, 4),
  band("89.5, between the written 70–89 and 90–100, is 4★", READING, "1048", 89.5, 4),
  band("89.99 is 4★", READING, "1048", 89.99, 4),
  band("90 is 5★", BANDS, "1048", 90, 5),
  band("100 is 5★", BANDS, "1048", 100, 5),
  {
    kind: "council",
    name: "council 89, 90 averages 89.5: 4★, not rounded up to 90",
    source: READING,
    set: null,
    answers: { totals: [89, 90], regulation: "1048+781" },
    expected: { average: 89.5, stars: 4 },
  },
  {
    kind: "sheet",
    name: "set 1, every best option: 100, 5★, the Ministry",
    source: `${BANDS}; ${LEVELS}`,
    set: SET_1,
    answers: TOP,
    expected: {
      score: 100,
      bandStars: 5,
      stars: 5,
      reasons: [],
      certifiable: true,
      potentialFiveStar: true,
      recognisedBy: "central",
      parts: { A: 35, B: 25, C: 40 },
    },
  },
  {
    kind: "sheet",
    name: "set 1 at 65: 3★ recognised by the province, no marker to miss",
    source: `${BANDS}; ${LEVELS}`,
    set: SET_1,
    regime: "1048",
    answers: AT_65,
    expected: {
      score: 65,
      bandStars: 3,
      stars: 3,
      reasons: [],
      certifiable: true,
      potentialFiveStar: false,
      recognisedBy: "province",
    },
  },
  {
    kind: "sheet",
    name: "set 1, council 65, 100, 100: average 88.33, 4★",
    source: `${BANDS}: tổng điểm trung bình`,
    set: SET_1,
    answers: [AT_65, TOP, TOP],
    expected: {
      score: 265 / 3,
      bandStars: 4,
      stars: 4,
      reasons: [],
      certifiable: true,
      potentialFiveStar: false,
      recognisedBy: "province",
    },
  },
];
