import { useNumberFormat } from "../format/useNumberFormat";
import { cellValue, type CrossTabCellInput, type CrossTabShow } from "./crosstab-grid";
import { heatColour } from "./heat-colour";
import { wrapWords } from "./wrap-words";

type HeatMapProps = {
  title: string;
  rowLabels: readonly string[];
  columnLabels: readonly string[];
  grid: readonly (readonly (CrossTabCellInput | undefined)[])[];
  show: CrossTabShow;
};

const ROW_LABEL_WIDTH = 190;
const COLUMN_WIDTH = 96;
const ROW_HEIGHT = 40;
const LINE = 14;

/**
 * The table as a heat map: darker is more. Drawn as plain SVG (recharts has no heat map) with the same export path
 * as the other charts; the data table beneath carries the exact figures for screen readers.
 */
export function HeatMap({ title, rowLabels, columnLabels, grid, show }: HeatMapProps) {
  const format = useNumberFormat();
  const headers = columnLabels.map((label) => wrapWords(label, 13));
  const headerHeight = Math.max(...headers.map((lines) => lines.length), 1) * LINE + 12;
  const width = ROW_LABEL_WIDTH + columnLabels.length * COLUMN_WIDTH;
  const height = headerHeight + rowLabels.length * ROW_HEIGHT;
  const values = grid.flatMap((cells) => cells.map((cell) => cellValue(cell, show) ?? 0));
  const max = show === "count" ? Math.max(...values, 0) : 100;

  return (
    <svg
      data-chart="heat-map"
      className="heat-map"
      width={width}
      height={height}
      // Grows with the page up to a third larger; on a phone it keeps a legible size and scrolls sideways.
      style={{ width: "100%", minWidth: width * 0.8, maxWidth: width * 1.35, height: "auto" }}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={title}
      fontFamily="system-ui, sans-serif"
      fontSize={12}
    >
      {headers.map((lines, c) => (
        <text
          key={c}
          x={ROW_LABEL_WIDTH + c * COLUMN_WIDTH + COLUMN_WIDTH / 2}
          y={headerHeight - 6 - (lines.length - 1) * LINE}
          textAnchor="middle"
          fill="#1d2430"
          fontWeight={600}
        >
          {lines.map((line, i) => (
            <tspan key={i} x={ROW_LABEL_WIDTH + c * COLUMN_WIDTH + COLUMN_WIDTH / 2} dy={i === 0 ? 0 : LINE}>
              {line}
            </tspan>
          ))}
        </text>
      ))}
      {rowLabels.map((label, r) => {
        const lines = wrapWords(label, 26);
        const top = headerHeight + r * ROW_HEIGHT;
        return (
          <g key={r}>
            <text
              x={ROW_LABEL_WIDTH - 8}
              y={top + ROW_HEIGHT / 2 - ((lines.length - 1) * LINE) / 2 + 4}
              textAnchor="end"
              fill="#1d2430"
              fontWeight={600}
            >
              {lines.map((line, i) => (
                <tspan key={i} x={ROW_LABEL_WIDTH - 8} dy={i === 0 ? 0 : LINE}>
                  {line}
                </tspan>
              ))}
            </text>
            {grid[r]!.map((cell, c) => {
              const value = cellValue(cell, show);
              const colour = heatColour(value, max);
              const x = ROW_LABEL_WIDTH + c * COLUMN_WIDTH;
              return (
                <g key={c} className="heat-cell" data-value={value ?? ""}>
                  <rect
                    x={x}
                    y={top}
                    width={COLUMN_WIDTH}
                    height={ROW_HEIGHT}
                    fill={colour.fill}
                    stroke="#ffffff"
                    strokeWidth={2}
                  />
                  <text
                    x={x + COLUMN_WIDTH / 2}
                    y={top + ROW_HEIGHT / 2 + 4}
                    textAnchor="middle"
                    fill={colour.text}
                  >
                    {value === null ? "–" : show === "count" ? format.integer(value) : format.percent(value)}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}
