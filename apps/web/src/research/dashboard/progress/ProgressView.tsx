import { useQuery } from "@apollo/client/react";
import { COUNTIES, COUNTY_CODES } from "@smi/questionnaire";
import { useMemo } from "react";
import { useLocalized } from "../../../i18n/useT";
import { useDocumentTitle } from "../../../ui/useDocumentTitle";
import { ChartFrame, type ChartContent } from "../chart/ChartFrame";
import { CompareCounty } from "./CompareCounty";
import { LoadStatus } from "../chart/LoadStatus";
import { NO_FILTERS } from "../filters/dashboard-filters";
import { useDashboardFilters } from "../filters/useDashboardFilters";
import { useViewParam } from "../filters/useViewParam";
import { useNumberFormat } from "../format/useNumberFormat";
import { useDashboardT } from "../i18n";
import { ProgressFigures } from "./ProgressFigures";
import { StudyProgressQuery } from "./progress.query";
import { countyProgressRows, sizeClassProgressRows, type ProgressRow, weeklyRates } from "./progress-rows";
import { COMPARED_COUNTY_COLOUR, PROGRESS_STAGES, STAGE_COLOURS } from "./progress-stages";
import { RateChart } from "./RateChart";
import { RateOverTimeChart } from "./RateOverTimeChart";
import { RateTable } from "./RateTable";
import { StageChart } from "./StageChart";
import { StageTable } from "./StageTable";
import { useWeekLabel } from "./useWeekLabel";
import { WeeklyTable } from "./WeeklyTable";
import "./progress.css";

const percentCsv = (percent: number | null) => (percent === null ? null : Number(percent.toFixed(2)));
const rateCsv = (rate: number | null | undefined) =>
  rate === null || rate === undefined ? null : Number((rate * 100).toFixed(2));

const COMPARE_OPTIONS = ["none", ...COUNTY_CODES] as const;

/** Fieldwork progress: the invitation funnel per county, response rates per county and size class, and over time. */
export function ProgressView() {
  const t = useDashboardT();
  const tp = t.progress;
  const localized = useLocalized();
  const format = useNumberFormat();
  const weekLabel = useWeekLabel();
  useDocumentTitle(t.views.progress);
  const { filters } = useDashboardFilters();
  // Invitations have a county and a size class but no configuration or submission date: only those two apply.
  const filter = useMemo(
    () => ({
      ...(filters.counties.length ? { counties: [...filters.counties] } : {}),
      ...(filters.sizeClasses.length ? { sizeClasses: [...filters.sizeClasses] } : {}),
    }),
    [filters.counties, filters.sizeClasses],
  );
  const { data, loading, error, refetch } = useQuery(StudyProgressQuery, { variables: { filter } });
  // The charts' captions name only the filters fieldwork figures follow.
  const applied = { ...NO_FILTERS, counties: filters.counties, sizeClasses: filters.sizeClasses };
  const [compareParam, setCompare] = useViewParam("compare", COMPARE_OPTIONS);
  // A county the county filter leaves out has no series to compare with.
  const compared =
    compareParam !== "none" && (!filters.counties.length || filters.counties.includes(compareParam))
      ? compareParam
      : null;
  const comparedName = COUNTIES.find((c) => c.code === compared)?.name ?? null;
  const state = { loading, error, retry: () => void refetch() };
  const ignoredFilters = filters.configurations.length > 0 || Boolean(filters.from || filters.to);

  const progress = data?.studyProgress;
  const hasInvitations = Boolean(progress && progress.total.invited > 0);
  const rate = (value: number | null | undefined) =>
    value === null || value === undefined ? "–" : format.percent(value * 100);

  let stages: ChartContent | null = null;
  let countyRates: ChartContent | null = null;
  let sizeRates: ChartContent | null = null;
  let overTime: ChartContent | null = null;
  if (progress && hasInvitations) {
    const counties = countyProgressRows(progress.byCounty, filters.counties);
    const sizes = sizeClassProgressRows(progress.bySizeClass, filters.sizeClasses, localized, tp.unknownSize);
    const weeks = weeklyRates(progress.weekly, compared);
    const total = progress.total;
    stages = {
      n: total.invited,
      summary: tp.stageSummary({
        sent: total.sent,
        opened: total.opened,
        started: total.started,
        completed: total.completed,
        screenedOut: total.screenedOut,
        refused: total.refused,
        rate: rate(total.responseRate),
      }),
      chart: <StageChart rows={counties} />,
      legend: PROGRESS_STAGES.map((stage) => ({ label: tp.stages[stage], colour: STAGE_COLOURS[stage] })),
      table: <StageTable caption={tp.stageTitle} rows={counties} total={total} />,
      csv: {
        header: ["county_code", "county", ...PROGRESS_STAGES.map(snakeCase), "response_rate_pct"],
        rows: [
          ...counties.map((row) => [
            row.key,
            row.name,
            ...PROGRESS_STAGES.map((s) => row[s]),
            rateCsv(row.responseRate),
          ]),
          ["", tp.total, ...PROGRESS_STAGES.map((s) => total[s]), rateCsv(total.responseRate)],
        ],
      },
    };
    const rateContent = (rows: ProgressRow[], groupHeading: string, title: string, testId: string) => ({
      n: total.invited,
      summary: tp.rateSummary(
        rows.map((row) => `${row.name} ${row.ratePercent === null ? "–" : format.percent(row.ratePercent)}`),
      ),
      chart: <RateChart rows={rows} />,
      table: <RateTable caption={title} groupHeading={groupHeading} rows={rows} testId={testId} />,
      csv: {
        header: ["group_code", "group", "sent", "completed", "response_rate_pct"],
        rows: rows.map((row) => [row.key, row.name, row.sent, row.completed, rateCsv(row.responseRate)]),
      },
    });
    countyRates = rateContent(counties, tp.county, tp.countyRateTitle, "progress-county-rates");
    sizeRates = rateContent(sizes, tp.sizeClass, tp.sizeRateTitle, "progress-size-rates");
    const last = weeks.at(-1);
    overTime = weeks.length
      ? {
          n: total.invited,
          summary: tp.overTimeSummary(
            weeks.length,
            weekLabel(weeks[0]!.weekStart),
            last!.ratePercent === null ? "–" : format.percent(last!.ratePercent),
          ),
          chart: <RateOverTimeChart points={weeks} weekLabel={weekLabel} countyName={comparedName} />,
          legend: [
            { label: tp.allCounties, colour: STAGE_COLOURS.completed },
            ...(comparedName ? [{ label: comparedName, colour: COMPARED_COUNTY_COLOUR }] : []),
          ],
          table: (
            <WeeklyTable
              caption={tp.overTimeTitle}
              points={weeks}
              weekLabel={weekLabel}
              countyName={comparedName}
            />
          ),
          csv: {
            header: [
              "week_start",
              "sent_cumulative",
              "completed_cumulative",
              "response_rate_pct",
              ...(compared
                ? [
                    `${compared}_sent_cumulative`,
                    `${compared}_completed_cumulative`,
                    `${compared}_response_rate_pct`,
                  ]
                : []),
            ],
            rows: weeks.map((week) => [
              week.weekStart,
              week.sent,
              week.completed,
              percentCsv(week.ratePercent),
              ...(week.county
                ? [week.county.sent, week.county.completed, percentCsv(week.county.ratePercent)]
                : []),
            ]),
          },
        }
      : null;
  }

  const loaded = { loading: false, retry: state.retry };
  return (
    <div className="progress-view">
      <h2 className="progress-view__heading">{tp.heading}</h2>
      {ignoredFilters && <p className="dashboard-note">{tp.ignoredFilters}</p>}
      <LoadStatus state={state} />
      {progress && !loading && !hasInvitations && <p className="dashboard-empty">{tp.empty}</p>}
      {progress && !loading && hasInvitations && (
        <>
          <ProgressFigures total={progress.total} />
          <ChartFrame
            title={tp.stageTitle}
            fileName="smi-progress-by-county"
            state={loaded}
            appliedFilters={applied}
            content={stages}
          />
          <ChartFrame
            title={tp.countyRateTitle}
            fileName="smi-response-rate-by-county"
            state={loaded}
            appliedFilters={applied}
            content={countyRates}
          />
          <ChartFrame
            title={tp.sizeRateTitle}
            fileName="smi-response-rate-by-size-class"
            state={loaded}
            appliedFilters={applied}
            content={sizeRates}
          />
          {overTime ? (
            <ChartFrame
              title={tp.overTimeTitle}
              fileName="smi-response-rate-weekly"
              state={loaded}
              appliedFilters={applied}
              content={overTime}
              controls={
                <CompareCounty
                  value={compared ?? "none"}
                  counties={filters.counties.length ? filters.counties : COUNTY_CODES}
                  onChange={setCompare}
                />
              }
            />
          ) : (
            <p className="dashboard-empty">{tp.noneSent}</p>
          )}
        </>
      )}
    </div>
  );
}

function snakeCase(stage: string): string {
  return stage.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}
