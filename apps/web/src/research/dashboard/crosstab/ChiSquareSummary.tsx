import type { DashboardCrossTabQuery } from "../../../gql/dashboard/graphql";
import { useNumberFormat } from "../format/useNumberFormat";
import { useDashboardT } from "../i18n";

/** The test as the cross-tabulation query selects it (generated from the schema). */
export type ChiSquareFigures = DashboardCrossTabQuery["analysis"]["crossTab"]["chiSquare"];

/** Chi-square, its df and p, Cramér's V, and R's warning when expected counts are small. */
export function ChiSquareSummary({ test, n }: { test: ChiSquareFigures; n: number }) {
  const format = useNumberFormat();
  const t = useDashboardT().crossTab;
  const figure = (value: number | null | undefined, digits: number) =>
    value == null ? "–" : format.decimal(value, digits);
  const p = format.p(test.p);
  const method =
    test.p == null
      ? null
      : test.pMethod === "FISHER"
        ? t.pMethod.fisher
        : test.pMethod === "MONTE_CARLO"
          ? t.pMethod.monteCarlo(String(test.simulationReplicates ?? 0), test.simulationSeed ?? 0)
          : t.pMethod.asymptotic;
  const replaced = test.pMethod === "FISHER" || test.pMethod === "MONTE_CARLO";
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
      {method && (
        <p className="stat-note" data-testid="p-method">
          {method}
          {replaced && (
            <>
              {"; "}
              {t.pAsymptotic} {format.pRelation(test.pAsymptotic)}
            </>
          )}
          .
        </p>
      )}
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
