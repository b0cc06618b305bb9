import { useNumberFormat } from "../format/useNumberFormat";
import { useDashboardT } from "../i18n";

export type ChiSquareFigures = {
  readonly statistic?: number | null;
  readonly df?: number | null;
  readonly p?: number | null;
  readonly cramersV?: number | null;
  readonly lowExpectedCells: number;
  readonly lowExpectedShare?: number | null;
  readonly approximationWarning: boolean;
};

/** Chi-square, its df and p, Cramér's V, and R's warning when expected counts are small. */
export function ChiSquareSummary({ test, n }: { test: ChiSquareFigures; n: number }) {
  const format = useNumberFormat();
  const t = useDashboardT().crossTab;
  const figure = (value: number | null | undefined, digits: number) =>
    value == null ? "–" : format.decimal(value, digits);
  const p =
    test.p == null ? "–" : test.p < 0.001 ? `< ${format.decimal(0.001, 3)}` : format.decimal(test.p, 3);
  return (
    <div className="stat-summary" data-testid="chi-square">
      <dl>
        <div>
          <dt>χ²</dt>
          <dd data-stat="chi-square">{figure(test.statistic, 2)}</dd>
        </div>
        <div>
          <dt>{t.df}</dt>
          <dd>{test.df ?? "–"}</dd>
        </div>
        <div>
          <dt>p</dt>
          <dd>{p}</dd>
        </div>
        <div>
          <dt>{t.cramersV}</dt>
          <dd data-stat="cramers-v">{figure(test.cramersV, 3)}</dd>
        </div>
        <div>
          <dt>n</dt>
          <dd>{format.integer(n)}</dd>
        </div>
      </dl>
      {test.approximationWarning && (
        <p className="stat-warning" role="note">
          {t.warning(
            test.lowExpectedCells,
            test.lowExpectedShare == null ? "–" : format.percent(100 * test.lowExpectedShare),
          )}
        </p>
      )}
    </div>
  );
}
