import { useId } from "react";
import { useLocalized } from "../../../i18n/useT";
import type { GroupComparisonsFieldsFragment } from "../../../gql/dashboard/graphql";
import type { LoadState } from "../chart/load-state";
import { LoadStatus } from "../chart/LoadStatus";
import { levelLabel } from "../crosstab/dimensions";
import { useNumberFormat } from "../format/useNumberFormat";
import { useDashboardT } from "../i18n";

/** The total score across counties, size classes and configurations: group means, ANOVA and Kruskal–Wallis. */
export function GroupComparisonsSection({
  run,
  state,
}: {
  run?: GroupComparisonsFieldsFragment;
  state: LoadState;
}) {
  const dt = useDashboardT();
  const t = dt.relations;
  const localized = useLocalized();
  const format = useNumberFormat();
  const headingId = useId();
  const comparisons = run?.n ? run.groupComparisons : null;
  const figure = (value: number | null | undefined, digits: number) =>
    value == null ? "–" : format.decimal(value, digits);
  const groupingName = {
    CATEGORY: dt.crossTab.dimensions.category,
    COUNTY: dt.crossTab.dimensions.county,
    SIZE_CLASS: dt.crossTab.dimensions.size,
    CONFIGURATION: dt.crossTab.dimensions.config,
  };
  return (
    <section className="chart-frame" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.groupsTitle}</h2>
      <LoadStatus state={state} />
      {run && !comparisons && <p className="dashboard-empty">{dt.frame.empty}</p>}
      {comparisons?.map((comparison) => (
        <div
          key={comparison.grouping}
          className="table-scroll"
          role="region"
          aria-label={groupingName[comparison.grouping]}
          tabIndex={0}
        >
          <table className="data-table" data-testid={`groups-${comparison.grouping}`}>
            <caption>
              {t.groupsCaption(groupingName[comparison.grouping])}{" "}
              <span className="caption-stats">
                ANOVA F({comparison.anova.df1 ?? "–"}, {comparison.anova.df2 ?? "–"}) ={" "}
                {figure(comparison.anova.f, 2)}, {format.pStatement(comparison.anova.p)}, η² ={" "}
                {figure(comparison.anova.etaSquared, 3)}; Kruskal–Wallis H(
                {comparison.kruskalWallis.df ?? "–"}) = {figure(comparison.kruskalWallis.h, 2)},{" "}
                {format.pStatement(comparison.kruskalWallis.p)}
              </span>
            </caption>
            <thead>
              <tr>
                <th scope="col">{groupingName[comparison.grouping]}</th>
                <th scope="col">n</th>
                <th scope="col">{t.mean}</th>
                <th scope="col">{t.sd}</th>
              </tr>
            </thead>
            <tbody>
              {comparison.groups.map((group) => (
                <tr key={group.group}>
                  <th scope="row">{levelLabel(comparison.grouping, group.group, localized)}</th>
                  <td>{group.n}</td>
                  <td data-stat="mean">{figure(group.mean, 1)}</td>
                  <td>{figure(group.sd, 1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}
