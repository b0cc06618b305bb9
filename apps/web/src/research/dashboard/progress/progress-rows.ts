import {
  COUNTIES,
  SIZE_CLASS_LABELS,
  SIZE_CLASSES,
  type CountyCode,
  type Localized,
  type SizeClass,
} from "@smi/questionnaire";
import type { ProgressStage } from "./progress-stages";

/** The counts of one group as the server gives them. */
export type ProgressCounts = Readonly<Record<ProgressStage, number>> & {
  readonly invited: number;
  /** completed / sent, 0–1; null when nothing was sent. */
  readonly responseRate?: number | null;
};

export type ProgressGroupCounts = ProgressCounts & { readonly level?: string | null };

/** A row of the progress tables and charts: a county or a size class with its name and its rate in percent. */
export type ProgressRow = ProgressCounts & {
  readonly key: string;
  /** Short label for a chart axis (the county code); the name is in the table. */
  readonly short: string;
  readonly name: string;
  /** Response rate, 0–100, or null when nothing was sent. */
  readonly ratePercent: number | null;
};

const percent = (rate: number | null | undefined) =>
  rate === null || rate === undefined ? null : rate * 100;

/**
 * The counties in the study's order, only those the filter names (all seven when it names none): the server
 * lists every county, and a county left out by the filter would only show as zeros.
 */
export function countyProgressRows(
  groups: readonly ProgressGroupCounts[],
  countyFilter: readonly CountyCode[],
): ProgressRow[] {
  const counties = countyFilter.length ? COUNTIES.filter((c) => countyFilter.includes(c.code)) : COUNTIES;
  return counties.flatMap(({ code, name }) => {
    const group = groups.find((g) => g.level === code);
    return group
      ? [{ ...group, key: code, short: code, name, ratePercent: percent(group.responseRate) }]
      : [];
  });
}

/** Size classes micro to large (filtered as counties are), then companies of unknown size if the server has any. */
export function sizeClassProgressRows(
  groups: readonly ProgressGroupCounts[],
  sizeFilter: readonly SizeClass[],
  localized: (text: Localized) => string,
  unknownLabel: string,
): ProgressRow[] {
  const classes = sizeFilter.length ? SIZE_CLASSES.filter((s) => sizeFilter.includes(s)) : SIZE_CLASSES;
  const known = classes.flatMap((size) => {
    const group = groups.find((g) => g.level === size);
    const name = localized(SIZE_CLASS_LABELS[size]);
    return group
      ? [{ ...group, key: size, short: name, name, ratePercent: percent(group.responseRate) }]
      : [];
  });
  const unknown = groups.find((g) => g.level === null || g.level === undefined);
  return unknown && unknown.invited > 0
    ? [
        ...known,
        {
          ...unknown,
          key: "unknown",
          short: unknownLabel,
          name: unknownLabel,
          ratePercent: percent(unknown.responseRate),
        },
      ]
    : known;
}

type WeekCounts = { readonly weekStart: string; readonly sent: number; readonly completed: number };

export type RatePoint = WeekCounts & {
  readonly ratePercent: number | null;
  /** The compared county's cumulative figures in the same week; null when no county is compared. */
  readonly county: (WeekCounts & { readonly ratePercent: number | null }) | null;
};

type WeeklySeries = {
  readonly county?: string | null;
  readonly weeks: readonly (WeekCounts & { readonly responseRate?: number | null })[];
};

/**
 * The all-counties weekly series (county null) as percents and, when `compareCounty` is given, that county's
 * series week by week beside it. A county's series may start later or end earlier than the whole study's: before
 * its first week nothing was sent there yet (zeros), after its last its cumulative figures stay as they were.
 */
export function weeklyRates(
  series: readonly WeeklySeries[],
  compareCounty: string | null = null,
): RatePoint[] {
  const overall = series.find((s) => s.county === null || s.county === undefined);
  const county = compareCounty ? series.find((s) => s.county === compareCounty) : undefined;
  return (overall?.weeks ?? []).map((week) => {
    let counted: WeekCounts | null = null;
    if (compareCounty) {
      const reached = (county?.weeks ?? []).filter((w) => w.weekStart <= week.weekStart);
      const latest = reached.at(-1);
      counted = { weekStart: week.weekStart, sent: latest?.sent ?? 0, completed: latest?.completed ?? 0 };
    }
    return {
      weekStart: week.weekStart,
      sent: week.sent,
      completed: week.completed,
      ratePercent: percent(week.responseRate),
      county: counted && {
        ...counted,
        ratePercent: counted.sent > 0 ? (100 * counted.completed) / counted.sent : null,
      },
    };
  });
}
