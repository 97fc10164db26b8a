/**
 * Corrections to the simplified new-moon formula, so that the lunar calendar of `ocop` agrees day for day with
 * the Vietnamese lunar calendar published by Hồ Ngọc Đức for 2000–2100.
 *
 * Hồ Ngọc Đức publishes two things: a simplified algorithm (the one `lunar.ts` implements: Meeus' short
 * new-moon series and sun longitude, at UTC+7) and year tables computed with his more precise program
 * (`TK21`/`TK22` in his `amlich` scripts). Compared over every day from 2000-01-01 to 2100-12-31, the two
 * differ only on the three month starts below, where the new moon falls within about a minute of local
 * midnight and the short series puts it on the wrong side. The `meeusChapter49` column is the time of the
 * new moon at UTC+7 computed with the full series of Meeus, *Astronomical Algorithms* (2nd ed.), ch. 49,
 * and the Espenak–Meeus ΔT polynomial — it agrees with the published table for 2072 and 2077 and is
 * 24 seconds past midnight for 2054, inside the uncertainty of ΔT so far ahead: the published table is
 * followed in all three cases (see docs/working-days.md).
 *
 * @module
 */

/** One new-moon day that the simplified formula computes one day off the published calendar. */
export interface NewMoonCorrection {
  /** The day the simplified formula gives for the new moon (first day of the lunar month). */
  readonly computed: string;
  /** The first day of the lunar month in the published calendar. */
  readonly published: string;
  /** The lunar month that starts on that day in the published calendar (`year/month`). */
  readonly lunarMonth: string;
  /** Time of the new moon at UTC+7 by Meeus ch. 49 with the Espenak–Meeus ΔT, for the record. */
  readonly meeusChapter49: string;
}

/** The corrections, in date order. Source: Hồ Ngọc Đức, Âm lịch Việt Nam, year tables 2000–2199. */
export const NEW_MOON_CORRECTIONS = [
  {
    computed: "2054-05-08",
    published: "2054-05-07",
    lunarMonth: "2054/4",
    meeusChapter49: "2054-05-08 00:00:24",
  },
  {
    computed: "2072-12-10",
    published: "2072-12-09",
    lunarMonth: "2072/11",
    meeusChapter49: "2072-12-09 23:58:48",
  },
  {
    computed: "2077-11-16",
    published: "2077-11-15",
    lunarMonth: "2077/10",
    meeusChapter49: "2077-11-15 23:59:54",
  },
] as const satisfies readonly NewMoonCorrection[];
