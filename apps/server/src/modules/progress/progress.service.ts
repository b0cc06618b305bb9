import {
  AAPOR_DISPOSITIONS,
  COUNTY_CODES,
  DISPOSITION_OF_STATUS,
  responseRates,
  SIZE_CLASSES,
  type CountyCode,
  type SizeClass,
} from "@smi/questionnaire";
import type { DataSource } from "typeorm";
import { EFFECTIVE_STATUS_SQL } from "../invitations/invitation-view";
import type {
  ProgressFilterInput,
  ProgressCounts,
  ProgressGroup,
  ProgressSeries,
  ProgressWeek,
  StudyProgress,
} from "./progress.types";

export interface ProgressFilter {
  counties: CountyCode[];
  sizeClasses: SizeClass[];
}

/** GraphQL has checked the values; an omitted filter or list and an explicit null both mean the whole study. */
export const progressFilter = (given?: ProgressFilterInput | null): ProgressFilter => ({
  counties: given?.counties ?? [],
  sizeClasses: given?.sizeClasses ?? [],
});

type CountRow = Omit<ProgressCounts, "responseRate" | "dispositions" | "rr1" | "rr2"> &
  Record<(typeof AAPOR_DISPOSITIONS)[number], number> & { county: string; size_class: string | null };

/** The package's disposition rules as SQL, so the counts come from one GROUP BY. */
const DISPOSITION_SQL = `(CASE i.status ${Object.entries(DISPOSITION_OF_STATUS)
  .filter(([, disposition]) => disposition)
  .map(([status, disposition]) => `WHEN '${status}' THEN '${disposition}'`)
  .join(" ")} END)`;
const DISPOSITION_COUNTS = AAPOR_DISPOSITIONS.map(
  (d) => `count(*) FILTER (WHERE ${DISPOSITION_SQL} = '${d}')::int AS "${d}"`,
).join(",\n              ");
type WeekRow = { county: CountyCode; week: string; sent: number; completed: number };

const COUNT_KEYS = [
  "invited",
  "sent",
  "opened",
  "started",
  "completed",
  "screenedOut",
  "bounced",
  "expired",
  "refused",
] as const;
const WEEK_MS = 7 * 24 * 3600 * 1000;
const rate = (completed: number, sent: number) => (sent > 0 ? completed / sent : null);

/** Fieldwork progress from the invitations' statuses and timestamps: two GROUP BY queries, no entity of its own. */
export class ProgressService {
  constructor(private readonly dataSource: DataSource) {}

  async progress(filter: ProgressFilter): Promise<StudyProgress> {
    const params: unknown[] = [];
    const where = ["i.status <> 'revoked'"];
    if (filter.counties.length) where.push(`c.county = ANY($${params.push(filter.counties)}::text[])`);
    if (filter.sizeClasses.length)
      where.push(`c.size_class = ANY($${params.push(filter.sizeClasses)}::text[])`);
    const from = `FROM invitations i JOIN companies c ON c.id = i.company_id WHERE ${where.join(" AND ")}`;
    const counts = (await this.dataSource.query(
      `SELECT c.county, c.size_class, count(*)::int AS invited, count(i.sent_at)::int AS sent,
              count(i.opened_at)::int AS opened, count(i.started_at)::int AS started,
              count(i.completed_at)::int AS completed,
              count(*) FILTER (WHERE i.status = 'screened_out')::int AS "screenedOut",
              count(*) FILTER (WHERE i.status = 'bounced')::int AS bounced,
              count(*) FILTER (WHERE ${EFFECTIVE_STATUS_SQL} = 'expired')::int AS expired,
              count(*) FILTER (WHERE i.status = 'refused')::int AS refused,
              ${DISPOSITION_COUNTS}
         ${from} GROUP BY 1, 2`,
      params,
    )) as CountRow[];
    const weeks = (await this.dataSource.query(
      `SELECT county, to_char(week, 'YYYY-MM-DD') AS week, sum(sent)::int AS sent, sum(completed)::int AS completed
         FROM (SELECT c.county, date_trunc('week', i.sent_at AT TIME ZONE 'UTC') AS week, 1 AS sent, 0 AS completed
                 ${from} AND i.sent_at IS NOT NULL
               UNION ALL
               SELECT c.county, date_trunc('week', i.completed_at AT TIME ZONE 'UTC'), 0, 1
                 ${from} AND i.completed_at IS NOT NULL) events
        GROUP BY 1, 2`,
      params,
    )) as WeekRow[];

    const sizeLevels: (SizeClass | null)[] = [...SIZE_CLASSES];
    if (counts.some((r) => r.size_class === null)) sizeLevels.push(null);
    return {
      total: sum(counts),
      byCounty: COUNTY_CODES.map((county) => ({
        level: county,
        ...sum(counts.filter((r) => r.county === county)),
      })),
      bySizeClass: sizeLevels.map((size): ProgressGroup => ({
        level: size,
        ...sum(counts.filter((r) => r.size_class === size)),
      })),
      weekly: weeklySeries(weeks),
    };
  }
}

function sum(rows: CountRow[]): ProgressCounts {
  const totals = Object.fromEntries(COUNT_KEYS.map((k) => [k, rows.reduce((s, r) => s + r[k], 0)])) as Record<
    (typeof COUNT_KEYS)[number],
    number
  >;
  const dispositions = Object.fromEntries(
    AAPOR_DISPOSITIONS.map((d) => [d, rows.reduce((s, r) => s + r[d], 0)]),
  ) as unknown as ProgressCounts["dispositions"];
  return {
    ...totals,
    responseRate: rate(totals.completed, totals.sent),
    dispositions,
    ...responseRates(dispositions),
  };
}

/** Cumulative weekly counts for all counties and for each, on one shared range of weeks. */
function weeklySeries(rows: WeekRow[]): ProgressSeries[] {
  const starts = rows.map((r) => Date.parse(`${r.week}T00:00:00Z`));
  const range: string[] = [];
  if (starts.length)
    for (let t = Math.min(...starts); t <= Math.max(...starts); t += WEEK_MS)
      range.push(new Date(t).toISOString().slice(0, 10));
  const series = (county: CountyCode | null): ProgressSeries => {
    let sent = 0;
    let completed = 0;
    const weeks = range.map((weekStart): ProgressWeek => {
      for (const r of rows)
        if (r.week === weekStart && (county === null || r.county === county)) {
          sent += r.sent;
          completed += r.completed;
        }
      return { weekStart, sent, completed, responseRate: rate(completed, sent) };
    });
    return { county, weeks };
  };
  return [series(null), ...COUNTY_CODES.map(series)];
}
