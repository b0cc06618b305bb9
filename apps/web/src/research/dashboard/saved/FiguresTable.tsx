import { CATEGORIES } from "@smi/questionnaire";
import { useMemo } from "react";
import { useLocale, useLocalized } from "../../../i18n/useT";
import { CATEGORY_COLOURS } from "../chart/category-colours";
import { useNumberFormat } from "../format/useNumberFormat";
import { useDashboardT } from "../i18n";
import { compareKeyFigures, keyFigures, type KeyFigure, type KeyFigureRun } from "./key-figures";

type FiguresTableProps = {
  saved: KeyFigureRun;
  /** Today's run of the same filter, k and seed: adds a column and the differences. */
  current?: KeyFigureRun;
};

/** The saved analysis' key figures, and once re-run, today's beside them with the change. */
export function FiguresTable({ saved, current }: FiguresTableProps) {
  const t = useDashboardT().saved;
  const localized = useLocalized();
  const format = useNumberFormat();
  const { locale } = useLocale();
  const signed = useMemo(
    () => (value: number, digits: number) =>
      new Intl.NumberFormat(locale === "ro" ? "ro-RO" : "en-GB", {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
        signDisplay: "exceptZero",
      }).format(value),
    [locale],
  );
  const rows = current
    ? compareKeyFigures(saved, current)
    : keyFigures(saved).map((figure) => ({
        id: figure.id,
        saved: figure,
        current: undefined,
        difference: null,
      }));

  const label = (id: KeyFigure["id"]) => {
    if (!id.startsWith("category:")) return t.figures[id as keyof typeof t.figures];
    const category = CATEGORIES.find((c) => `category:${c.id}` === id)!;
    return (
      <>
        <span
          className="chart-legend__swatch"
          style={{ background: CATEGORY_COLOURS[category.id] }}
          aria-hidden
        />
        {localized(category.label)}
      </>
    );
  };
  const value = (figure: KeyFigure) => {
    if (figure.value === null) return "–";
    const text = format.decimal(figure.value, figure.digits);
    return figure.percent === undefined || figure.percent === null
      ? text
      : `${text} (${format.percent(figure.percent)})`;
  };

  return (
    <div className="table-scroll" role="region" aria-labelledby="saved-figures-caption" tabIndex={0}>
      <table className="data-table" data-testid="saved-figures">
        <caption id="saved-figures-caption">{current ? t.compareCaption : t.figuresCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.figure}</th>
            <th scope="col">{t.savedColumn}</th>
            {current && <th scope="col">{t.todayColumn}</th>}
            {current && <th scope="col">{t.differenceColumn}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-figure={row.id}>
              <th scope="row">{label(row.id)}</th>
              <td data-column="saved">{value(row.saved)}</td>
              {row.current && <td data-column="today">{value(row.current)}</td>}
              {row.current && (
                <td data-column="difference" className={row.difference ? "figure-changed" : undefined}>
                  {row.difference === null ? "–" : signed(row.difference, row.saved.digits)}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
