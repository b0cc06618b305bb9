import { useId, useRef, type CSSProperties, type ReactNode } from "react";
import type { DashboardFilters } from "../filters/dashboard-filters";
import { useFilterWords } from "../filters/FilterSummary";
import { useDashboardFilters } from "../filters/useDashboardFilters";
import { useDashboardT } from "../i18n";
import { toCsv, type CsvTable } from "./csv";
import { downloadBlob } from "./download-file";
import type { LoadState } from "./load-state";
import { LoadStatus } from "./LoadStatus";
import { chartSvgImage, svgToPng, type LegendEntry } from "./svg-export";

/** What a chart shows once its data is there. */
export type ChartContent = {
  /** One or two sentences a reader gets without seeing the chart. */
  readonly summary: ReactNode;
  readonly chart: ReactNode;
  readonly legend?: readonly LegendEntry[];
  /** The figures behind the chart, as a table: the chart's full text alternative. */
  readonly table: ReactNode;
  readonly csv: CsvTable;
  /** How many responses (or, in the fieldwork charts, invitations) the chart is drawn from. */
  readonly n: number;
};

type ChartFrameProps = {
  title: string;
  /** Base name of downloaded files, without extension. */
  fileName: string;
  state: LoadState;
  /** Null once loaded means there is nothing to draw (no responses match). */
  content: ChartContent | null;
  /** The view's own choices (counts or percents, which indicator…), above the chart. */
  controls?: ReactNode;
  /**
   * The chart's height in pixels. While the data loads, the frame reserves it with room for the legend, summary
   * and downloads, so frames below are not pushed down when the chart arrives (a layout shift).
   */
  chartHeight?: number;
  /** The part of the dashboard's filters the chart applies, when it is not all of them (fieldwork progress). */
  appliedFilters?: DashboardFilters;
};

/**
 * Every dashboard chart in the same frame: a heading, the view's controls, loading / error / empty states, the
 * chart with its legend and summary, downloads (data as CSV, chart as SVG or PNG, captioned with n and the
 * filters) and the data table beneath.
 */
export function ChartFrame({
  title,
  fileName,
  state,
  content,
  controls,
  chartHeight,
  appliedFilters,
}: ChartFrameProps) {
  const t = useDashboardT().frame;
  const { filters } = useDashboardFilters();
  const filterWords = useFilterWords()(appliedFilters ?? filters);
  const headingId = useId();
  const chartRef = useRef<HTMLDivElement>(null);
  const legend = content?.legend ?? [];

  const chartImage = () => {
    const svg = chartRef.current?.querySelector<SVGSVGElement>("svg.recharts-surface, svg[data-chart]");
    return svg && content ? chartSvgImage(svg, title, legend, t.caption(content.n, filterWords)) : null;
  };
  const handleCsv = () => {
    if (content)
      downloadBlob(new Blob([toCsv(content.csv)], { type: "text/csv;charset=utf-8" }), `${fileName}.csv`);
  };
  const handleSvg = () => {
    const image = chartImage();
    if (image)
      downloadBlob(new Blob([image.markup], { type: "image/svg+xml;charset=utf-8" }), `${fileName}.svg`);
  };
  const handlePng = async () => {
    const image = chartImage();
    if (image) downloadBlob(await svgToPng(image), `${fileName}.png`);
  };

  return (
    <section className="chart-frame" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {controls}
      {state.loading && chartHeight ? (
        <div
          className="chart-frame__reserved"
          style={{ "--chart-height": `${chartHeight}px` } as CSSProperties}
        >
          <LoadStatus state={state} />
        </div>
      ) : (
        <LoadStatus state={state} />
      )}
      {!state.loading && !state.error && !content && <p className="dashboard-empty">{t.empty}</p>}
      {!state.loading && !state.error && content && (
        <>
          <figure className="chart-frame__figure">
            <div className="chart-frame__chart" ref={chartRef}>
              {content.chart}
            </div>
            {legend.length > 0 && (
              <ul className="chart-legend">
                {legend.map((entry) => (
                  <li key={entry.label}>
                    <span className="chart-legend__swatch" style={{ background: entry.colour }} aria-hidden />
                    {entry.label}
                  </li>
                ))}
              </ul>
            )}
            <figcaption>{content.summary}</figcaption>
          </figure>
          <div className="chart-frame__downloads" role="group" aria-label={`${t.downloads}: ${title}`}>
            <button type="button" onClick={handleCsv}>
              {t.downloadCsv}
            </button>
            <button type="button" onClick={handleSvg}>
              {t.downloadSvg}
            </button>
            <button type="button" onClick={() => void handlePng()}>
              {t.downloadPng}
            </button>
          </div>
          <div className="table-scroll" role="region" aria-label={`${t.tableHeading}: ${title}`} tabIndex={0}>
            {content.table}
          </div>
        </>
      )}
    </section>
  );
}
